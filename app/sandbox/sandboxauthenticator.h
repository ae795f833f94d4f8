#pragma once

#include "aws/sigv4.h"
#include "sandbox/sandboxtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

// Checks the SigV4 signature of each request the sandbox receives, in the order the service
// does and with its error codes and messages: missing authentication, unknown access key,
// wrong credential scope, a request time too far from the sandbox clock, an unsigned or
// mismatched payload hash, and a signature that does not match; for S3 reads with S3's codes.
class SandboxAuthenticator
{
public:
    static constexpr qint64 kAllowedSkewSeconds = 5 * 60;

    SandboxAuthenticator(const QString &accessKeyId, const QString &secretAccessKey,
                         const QString &region, const QString &service);

    // std::nullopt when the request is correctly signed by the known key at about `now`.
    std::optional<SandboxError> check(const SigV4::Request &request, const QDateTime &now) const;
    // The same for another service's signing name (the sandbox's STS answers "sts").
    std::optional<SandboxError> check(const SigV4::Request &request, const QDateTime &now,
                                      const QString &service) const;

    // The same for Amazon S3: service "s3", S3's error codes (AccessDenied, InvalidAccessKeyId,
    // SignatureDoesNotMatch, …), a required x-amz-content-sha256 that is the body's hash or
    // UNSIGNED-PAYLOAD, and the path signed as sent (not normalised), `decodedPath` being the
    // request path with its percent-escapes decoded.
    std::optional<SandboxError> checkS3(const SigV4::Request &request,
                                        const QByteArray &decodedPath, const QDateTime &now) const;

    // Also accepts temporary credentials the sandbox's STS handed out at `now`, until `expires`;
    // requests signed with them must carry the session token.
    void addTemporaryKey(const QString &accessKeyId, const QString &secretAccessKey,
                         const QString &sessionToken, const QDateTime &now,
                         const QDateTime &expires);

    // X-Amz-Date form, e.g. 20150830T123600Z.
    static QByteArray amzDate(const QDateTime &time);
    static std::optional<QDateTime> parseAmzDate(const QByteArray &value);

private:
    enum class Dialect { Json, S3 };

    std::optional<SandboxError> checkAs(const SigV4::Request &request, const QDateTime &now,
                                        const QString &service, Dialect dialect,
                                        const QByteArray &decodedPath) const;

    struct TemporaryKey
    {
        QByteArray secret;
        QByteArray sessionToken;
        QDateTime expires;
    };

    QHash<QString, TemporaryKey> m_temporaryKeys;
    QString m_accessKeyId;
    QByteArray m_secret;
    QString m_region;
    QString m_service;
};
