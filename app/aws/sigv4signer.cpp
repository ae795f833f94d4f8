#include "aws/sigv4signer.h"

#include "aws/awscredentials.h"
#include "aws/logging.h"

#include <QCryptographicHash>
#include <QMutexLocker>

namespace {
// Enough for a few profiles and regions across a date change; the cache is cleared when full.
constexpr qsizetype kMaxCachedKeys = 16;
} // namespace

void SigV4Signer::sign(SigV4::Request &request, const AwsCredentials &credentials,
                       const SigV4::Params &params)
{
    const QDateTime utc = params.time.toUTC();
    const QDate date = utc.date();

    // A retry re-signs the same request: drop what an earlier attempt added.
    request.removeHeader("authorization");
    request.removeHeader("x-amz-date");
    request.removeHeader("x-amz-security-token");
    if (!credentials.sessionToken.isEmpty())
        request.setHeader("X-Amz-Security-Token", credentials.sessionToken.toUtf8());
    request.setHeader("X-Amz-Date", SigV4::amzDate(utc));
    if (params.addContentSha256) {
        request.setHeader(
            "x-amz-content-sha256",
            QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    }

    const QList<QByteArray> signedHeaders = SigV4::defaultSignedHeaders(request);
    const QString scope = SigV4::credentialScope(date, params.region, params.service);
    const QByteArray canonical =
        SigV4::canonicalRequest(request, signedHeaders, params.normalizePath);
    const QByteArray toSign = SigV4::stringToSign(canonical, utc, scope);
    const QByteArray key =
        cachedSigningKey(credentials.secretAccessKey.toUtf8(), date, params.region, params.service);
    const QByteArray signatureHex = SigV4::signature(key, toSign);

    // The string to sign holds only hashes and the scope, so it is safe to log.
    qCDebug(lcAwsSigning).noquote() << "signed headers" << signedHeaders.join(';')
                                    << "string to sign" << Redaction::redact(toSign);
    request.setHeader("Authorization", SigV4::authorizationHeader(credentials.accessKeyId, scope,
                                                                  signedHeaders, signatureHex));
}

int SigV4Signer::keyDerivations() const
{
    const QMutexLocker locker(&m_mutex);
    return m_derivations;
}

qsizetype SigV4Signer::cachedKeyCount() const
{
    const QMutexLocker locker(&m_mutex);
    return m_keys.size();
}

QByteArray SigV4Signer::cachedSigningKey(const QByteArray &secret, const QDate &date,
                                         const QString &region, const QString &service)
{
    const QByteArray cacheKey = QCryptographicHash::hash(secret, QCryptographicHash::Sha256) +
                                '\n' + date.toString(QStringLiteral("yyyyMMdd")).toLatin1() + '\n' +
                                region.toUtf8() + '\n' + service.toUtf8();
    const QMutexLocker locker(&m_mutex);
    const auto found = m_keys.constFind(cacheKey);
    if (found != m_keys.cend())
        return *found;
    if (m_keys.size() >= kMaxCachedKeys)
        m_keys.clear();
    const QByteArray key = SigV4::signingKey(secret, date, region, service);
    m_keys.insert(cacheKey, key);
    ++m_derivations;
    return key;
}
