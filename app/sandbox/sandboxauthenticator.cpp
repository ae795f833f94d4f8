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

SandboxError s3AccessDenied(const QString &message)
{
    return {QStringLiteral("AccessDenied"), message, 403};
}

// S3's form of the signature check: the path goes into the canonical request as sent, each
// segment encoded once and without removing dot segments.
bool s3SignatureMatches(const SigV4::Request &request, const QByteArray &decodedPath,
                        const SigV4::ParsedAuthorization &parsed, const QDateTime &signedAt,
                        const QByteArray &secret)
{
    if (!parsed.signedHeaders.contains("host"))
        return false;
    for (const QByteArray &name : parsed.signedHeaders) {
        if (!request.hasHeader(name))
            return false;
    }
    SigV4::Request canonical = request;
    canonical.path = decodedPath.isEmpty() ? QByteArrayLiteral("/") : decodedPath;
    const QByteArray expected = SigV4::signature(
        SigV4::signingKey(secret, parsed.date, parsed.region, parsed.service),
        SigV4::stringToSign(SigV4::canonicalRequest(canonical, parsed.signedHeaders, false),
                            signedAt,
                            SigV4::credentialScope(parsed.date, parsed.region, parsed.service)));
    // Constant time, as the product's verify() does: a signature is a secret's proof.
    if (expected.size() != parsed.signature.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<char>(expected.at(i) ^ parsed.signature.at(i));
    return difference == 0;
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
    return checkAs(request, now, m_service, Dialect::Json, {});
}

std::optional<SandboxError> SandboxAuthenticator::check(const SigV4::Request &request,
                                                        const QDateTime &now,
                                                        const QString &service) const
{
    return checkAs(request, now, service, Dialect::Json, {});
}

std::optional<SandboxError> SandboxAuthenticator::checkS3(const SigV4::Request &request,
                                                          const QByteArray &decodedPath,
                                                          const QDateTime &now) const
{
    return checkAs(request, now, QStringLiteral("s3"), Dialect::S3, decodedPath);
}

std::optional<SandboxError> SandboxAuthenticator::checkAs(const SigV4::Request &request,
                                                          const QDateTime &now,
                                                          const QString &service, Dialect dialect,
                                                          const QByteArray &decodedPath) const
{
    const bool s3 = dialect == Dialect::S3;
    const auto malformed = [](const QString &message) {
        return SandboxError{QStringLiteral("AuthorizationHeaderMalformed"), message, 400};
    };
    const QByteArray authorization = request.header("authorization");
    if (authorization.isEmpty()) {
        if (s3)
            return s3AccessDenied(QStringLiteral("Access Denied"));
        return SandboxError{QStringLiteral("MissingAuthenticationTokenException"),
                            QStringLiteral("Missing Authentication Token"), 403};
    }
    const auto parsed = SigV4::parseAuthorization(authorization);
    if (!parsed) {
        const QString message = QStringLiteral("Authorization header requires 'Credential', "
                                               "'Signature' and 'SignedHeaders' parameters of "
                                               "the AWS4-HMAC-SHA256 algorithm.");
        return s3 ? malformed(message) : incomplete(message);
    }
    QByteArray secret = m_secret;
    if (parsed->accessKeyId != m_accessKeyId) {
        const auto temporary = m_temporaryKeys.constFind(parsed->accessKeyId);
        if (temporary == m_temporaryKeys.cend()) {
            if (s3) {
                return SandboxError{QStringLiteral("InvalidAccessKeyId"),
                                    QStringLiteral("The AWS Access Key Id you provided does not "
                                                   "exist in our records."),
                                    403};
            }
            return SandboxError{QStringLiteral("UnrecognizedClientException"),
                                QStringLiteral("The security token included in the request is "
                                               "invalid."),
                                400};
        }
        if (request.header("x-amz-security-token") != temporary->sessionToken) {
            if (s3) {
                return SandboxError{QStringLiteral("InvalidToken"),
                                    QStringLiteral("The provided token is malformed or otherwise "
                                                   "invalid."),
                                    400};
            }
            return SandboxError{QStringLiteral("UnrecognizedClientException"),
                                QStringLiteral("The security token included in the request is "
                                               "invalid."),
                                400};
        }
        if (temporary->expires < now.toUTC()) {
            if (s3) {
                return SandboxError{QStringLiteral("ExpiredToken"),
                                    QStringLiteral("The provided token has expired."), 400};
            }
            return SandboxError{QStringLiteral("ExpiredTokenException"),
                                QStringLiteral("The security token included in the request is "
                                               "expired"),
                                400};
        }
        secret = temporary->secret;
    }
    if (parsed->region != m_region) {
        if (s3) {
            return malformed(QStringLiteral("The authorization header is malformed; the region "
                                            "'%1' is wrong; expecting '%2'")
                                 .arg(parsed->region, m_region));
        }
        return invalidSignature(QStringLiteral("Credential should be scoped to a valid region, "
                                               "not '%1'. This endpoint expects '%2'.")
                                    .arg(parsed->region, m_region));
    }
    if (parsed->service != service) {
        if (s3) {
            return malformed(QStringLiteral("The authorization header is malformed; incorrect "
                                            "service '%1'. This endpoint belongs to 's3'.")
                                 .arg(parsed->service));
        }
        return invalidSignature(QStringLiteral("Credential should be scoped to correct service: "
                                               "'%1'.")
                                    .arg(service));
    }

    const QByteArray dateHeader = request.header("x-amz-date");
    const auto signedAt = parseAmzDate(dateHeader);
    if (!signedAt) {
        if (s3) {
            return s3AccessDenied(
                QStringLiteral("AWS authentication requires a valid Date or x-amz-date header"));
        }
        return incomplete(QStringLiteral("Authorization header requires existence of a valid "
                                         "'X-Amz-Date' header."));
    }
    const QDateTime serverNow = now.toUTC();
    const QDateTime earliest = serverNow.addSecs(-kAllowedSkewSeconds);
    const QDateTime latest = serverNow.addSecs(kAllowedSkewSeconds);
    const QString signedText = QString::fromLatin1(amzDate(*signedAt));
    const QString nowText = QString::fromLatin1(amzDate(serverNow));
    if (s3 && (*signedAt < earliest || *signedAt > latest)) {
        return SandboxError{QStringLiteral("RequestTimeTooSkewed"),
                            QStringLiteral("The difference between the request time and the "
                                           "current time is too large."),
                            403};
    }
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
        const QString message =
            QStringLiteral("Date in Credential scope does not match YYYYMMDD "
                           "from ISO-8601 version of date from HTTP: '%1' != "
                           "'%2', from '%3'.")
                .arg(parsed->date.toString(QStringLiteral("yyyyMMdd")),
                     signedAt->toString(QStringLiteral("yyyyMMdd")), signedText);
        return s3 ? malformed(message) : invalidSignature(message);
    }

    const QByteArray declaredHash = request.header("x-amz-content-sha256").trimmed();
    if (s3) {
        // S3 signs the payload hash header rather than the body; it must be there, and be the
        // body's hash or say that the body is not signed.
        if (declaredHash.isEmpty()) {
            return SandboxError{QStringLiteral("InvalidRequest"),
                                QStringLiteral("Missing required header for this request: "
                                               "x-amz-content-sha256"),
                                400};
        }
        if (declaredHash != "UNSIGNED-PAYLOAD") {
            if (!isHexSha256(declaredHash)) {
                return SandboxError{QStringLiteral("InvalidArgument"),
                                    QStringLiteral("x-amz-content-sha256 must be "
                                                   "UNSIGNED-PAYLOAD, or a valid sha256 value."),
                                    400};
            }
            if (declaredHash.compare(SigV4::sha256Hex(request.body), Qt::CaseInsensitive) != 0) {
                return SandboxError{QStringLiteral("XAmzContentSHA256Mismatch"),
                                    QStringLiteral("The provided 'x-amz-content-sha256' header "
                                                   "does not match what was computed."),
                                    400};
            }
        }
        if (!s3SignatureMatches(request, decodedPath, *parsed, *signedAt, secret)) {
            return SandboxError{QStringLiteral("SignatureDoesNotMatch"),
                                QStringLiteral("The request signature we calculated does not "
                                               "match the signature you provided. Check your key "
                                               "and signing method."),
                                403};
        }
        return std::nullopt;
    }

    // A payload hash in the header stands in for the body in the signature; JSON APIs accept
    // only the real hash there, never UNSIGNED-PAYLOAD, so a body cannot change under a valid
    // signature.
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
