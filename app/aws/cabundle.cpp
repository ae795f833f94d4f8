#include "aws/cabundle.h"

#include "aws/endpointpolicy.h"
#include "aws/logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QSslCertificate>

#include <QMutex>
#include <QMutexLocker>

namespace {

// Bundles read so far in this process, by path. A bundle lives as long as a session uses it,
// and a later session that reads the same file finds its parsed certificates here.
struct Registry
{
    QMutex mutex;
    QHash<QString, std::weak_ptr<const CaBundle>> bundles;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

CaBundle::CaBundle(const QString &path, const QByteArray &pem, const QString &setting)
    : m_path(path)
    , m_pem(pem)
    , m_setting(setting)
{}

CaBundle::~CaBundle() = default;

std::shared_ptr<const CaBundle> CaBundle::fromFile(const QString &path, const QByteArray &pem,
                                                   const QString &setting)
{
    Registry &shared = registry();
    const QMutexLocker lock(&shared.mutex);
    if (const auto known = shared.bundles.value(path).lock()) {
        // The same file, unchanged: its certificates are parsed once. (Named differently, the
        // messages name the setting that named it first, which points at the same file.)
        if (known->m_pem == pem)
            return known;
    }
    std::shared_ptr<const CaBundle> bundle(new CaBundle(path, pem, setting));
    shared.bundles.insert(path, bundle);
    return bundle;
}

bool CaBundle::isParsed() const
{
    // Written once under the once_flag; read here only for tests and logs.
    Registry &shared = registry();
    const QMutexLocker lock(&shared.mutex);
    return m_result.has_value();
}

Result<QSslConfiguration, QString> CaBundle::sslConfiguration() const
{
    std::call_once(m_parseOnce, [this] {
        QElapsedTimer timer;
        timer.start();
        QList<QSslCertificate> certificates = QSslCertificate::fromData(m_pem, QSsl::Pem);
        certificates.removeIf(
            [](const QSslCertificate &certificate) { return certificate.isNull(); });
        std::optional<Result<QSslConfiguration, QString>> result;
        if (certificates.isEmpty()) {
            result.emplace(tr("The certificate bundle %1 named by %2 holds no PEM certificate. "
                              "Point it at a .pem file with \"-----BEGIN CERTIFICATE-----\" "
                              "blocks.")
                               .arg(QDir::toNativeSeparators(m_path), m_setting));
        } else {
            result.emplace(EndpointPolicy::sslConfiguration(certificates));
            qCDebug(lcAwsConfig).noquote()
                << QStringLiteral("Loaded %1 certificates from %2 in %3 ms")
                       .arg(certificates.size())
                       .arg(QDir::toNativeSeparators(m_path))
                       .arg(timer.elapsed());
        }
        Registry &shared = registry();
        const QMutexLocker lock(&shared.mutex);
        m_result = std::move(result);
    });
    Registry &shared = registry();
    const QMutexLocker lock(&shared.mutex);
    return *m_result;
}
