#pragma once

#include "aws/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSslConfiguration>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

// The extra certificate authorities named by AWS_CA_BUNDLE or a profile's ca_bundle. The file is
// read when the configuration is resolved (so that a wrong path is reported at once), but its
// certificates are parsed, and the system's added to them, only when an HTTPS connection first
// needs them, and once per process for a given file: a call to a plain-HTTP loopback endpoint
// never pays for it, and later connections reuse the work.
class CaBundle final
{
    Q_DECLARE_TR_FUNCTIONS(CaBundle)
    Q_DISABLE_COPY_MOVE(CaBundle)

public:
    // The bundle read from `path` with content `pem`, shared with every earlier caller that read
    // the same content from the same path. `setting` names where the path came from
    // ("AWS_CA_BUNDLE", "ca_bundle in profile default"), for messages.
    static std::shared_ptr<const CaBundle> fromFile(const QString &path, const QByteArray &pem,
                                                    const QString &setting);
    ~CaBundle();

    QString path() const { return m_path; }
    QString setting() const { return m_setting; }
    // Whether the certificates were parsed yet.
    bool isParsed() const;

    // A TLS configuration trusting the system's CAs and the bundle's, or why the bundle cannot
    // be used. Parsed at the first call; later calls return the same result.
    Result<QSslConfiguration, QString> sslConfiguration() const;

private:
    CaBundle(const QString &path, const QByteArray &pem, const QString &setting);

    const QString m_path;
    const QByteArray m_pem;
    const QString m_setting;
    mutable std::once_flag m_parseOnce;
    mutable std::optional<Result<QSslConfiguration, QString>> m_result;
};
