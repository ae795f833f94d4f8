#include "sandbox/sandboxauthenticator.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>

namespace {

SandboxError invalidSignature(const QString &message, int status = 403)
{
    return {QStringLiteral("InvalidSignatureException"), message, status};
}

SandboxError incomplete(const QString &message)
{
    return {QStringLiteral("IncompleteSignatureException"), message, 400};
}

bool isHexSha256(const QByteArray &value)
{
    if (value.size() != 64)
        return false;
    return std::all_of(value.cbegin(), value.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

} // namespace

SandboxAuthenticator::SandboxAuthenticator(const QString &accessKeyId,
                                           const QString &secretAccessKey, const QString &region,
                                           const QString &service)
    : m_accessKeyId(accessKeyId)
    , m_secret(secretAccessKey.toUtf8())
    , m_region(region)
    , m_service(service)
{}

QByteArray SandboxAuthenticator::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

std::optional<QDateTime> SandboxAuthenticator::parseAmzDate(const QByteArray &value)
{
    QDateTime parsed =
        QDateTime::fromString(QString::fromLatin1(value), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!parsed.isValid())
        return std::nullopt;
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

void SandboxAuthenticator::addTemporaryKey(const QString &accessKeyId,
                                           const QString &secretAccessKey,
                                           const QString &sessionToken, const QDateTime &now,
                                           const QDateTime &expires)
{
    // Expired keys go first, so that a long-running sandbox does not collect them.
    m_temporaryKeys.removeIf(
        [utc = now.toUTC()](const auto &entry) { return entry.value().expires < utc; });
    m_temporaryKeys.insert(accessKeyId,
                           {secretAccessKey.toUtf8(), sessionToken.toUtf8(), expires.toUTC()});
}

std::optional<SandboxError> SandboxAuthenticator::check(const SigV4::Request &request,
                                                        const QDateTime &now) const
{
    return check(request, now, m_service);
}

std::optional<SandboxError> SandboxAuthenticator::check(const SigV4::Request &request,
                                                        const QDateTime &now,
                                                        const QString &service) const
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        return SandboxError{QStringLiteral("MissingAuthenticationTokenException"),
                            QStringLiteral("Missing Authentication Token"), 403};
    }
    const auto parsed = SigV4::parseAuthorization(authorization);
    if (!parsed) {
        return incomplete(QStringLiteral("Authorization header requires 'Credential', "
                                         "'Signature' and 'SignedHeaders' parameters of the "
                                         "AWS4-HMAC-SHA256 algorithm."));
    }
    QByteArray secret = m_secret;
    if (parsed->accessKeyId != m_accessKeyId) {
        const auto temporary = m_temporaryKeys.constFind(parsed->accessKeyId);
        if (temporary == m_temporaryKeys.cend() ||
            request.header("x-amz-security-token") != temporary->sessionToken) {
            return SandboxError{QStringLiteral("UnrecognizedClientException"),
                                QStringLiteral("The security token included in the request is "
                                               "invalid."),
                                400};
        }
        if (temporary->expires < now.toUTC()) {
            return SandboxError{QStringLiteral("ExpiredTokenException"),
                                QStringLiteral("The security token included in the request is "
                                               "expired"),
                                400};
        }
        secret = temporary->secret;
    }
    if (parsed->region != m_region) {
        return invalidSignature(QStringLiteral("Credential should be scoped to a valid region, "
                                               "not '%1'. This endpoint expects '%2'.")
                                    .arg(parsed->region, m_region));
    }
    if (parsed->service != service) {
        return invalidSignature(QStringLiteral("Credential should be scoped to correct service: "
                                               "'%1'.")
                                    .arg(service));
    }

    const QByteArray dateHeader = request.header("x-amz-date");
    const auto signedAt = parseAmzDate(dateHeader);
    if (!signedAt) {
        return incomplete(QStringLiteral("Authorization header requires existence of a valid "
                                         "'X-Amz-Date' header."));
    }
    const QDateTime serverNow = now.toUTC();
    const QDateTime earliest = serverNow.addSecs(-kAllowedSkewSeconds);
    const QDateTime latest = serverNow.addSecs(kAllowedSkewSeconds);
    const QString signedText = QString::fromLatin1(amzDate(*signedAt));
    const QString nowText = QString::fromLatin1(amzDate(serverNow));
    // Same wording as the service, which clients such as the AWS SDKs recognise.
    if (*signedAt < earliest) {
        return invalidSignature(
            QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 5 min.)")
                .arg(signedText, QString::fromLatin1(amzDate(earliest)), nowText),
            400);
    }
    if (*signedAt > latest) {
        return invalidSignature(
            QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + 5 min.)")
                .arg(signedText, QString::fromLatin1(amzDate(latest)), nowText),
            400);
    }
    if (parsed->date != signedAt->date()) {
        return invalidSignature(QStringLiteral("Date in Credential scope does not match YYYYMMDD "
                                               "from ISO-8601 version of date from HTTP: '%1' != "
                                               "'%2', from '%3'.")
                                    .arg(parsed->date.toString(QStringLiteral("yyyyMMdd")),
                                         signedAt->toString(QStringLiteral("yyyyMMdd")),
                                         signedText));
    }

    // A payload hash in the header stands in for the body in the signature; JSON APIs accept
    // only the real hash there, never UNSIGNED-PAYLOAD, so a body cannot change under a valid
    // signature.
    const QByteArray declaredHash = request.header("x-amz-content-sha256").trimmed();
    if (!declaredHash.isEmpty()) {
        if (!isHexSha256(declaredHash)) {
            return invalidSignature(
                QStringLiteral("The request payload must be signed: x-amz-content-sha256 is "
                               "'%1', but this API accepts only the SHA-256 of the body there "
                               "(or no such header).")
                    .arg(QString::fromLatin1(declaredHash.left(64))));
        }
        const QByteArray actual =
            QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
        if (declaredHash.compare(actual, Qt::CaseInsensitive) != 0) {
            return invalidSignature(QStringLiteral("The x-amz-content-sha256 header does not "
                                                   "match the SHA-256 of the request body."));
        }
    }

    QString why;
    if (!SigV4::verify(request, secret, &why)) {
        return invalidSignature(QStringLiteral(
            "The request signature we calculated does not match the signature you provided. "
            "Check your AWS Secret Access Key and signing method. Consult the service "
            "documentation for details."));
    }
    return std::nullopt;
}
