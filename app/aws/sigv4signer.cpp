#include "aws/sigv4signer.h"

#include "aws/awscredentials.h"
#include "aws/logging.h"

#include <QMutexLocker>

namespace {
// Enough for a few profiles and regions across a date change; the oldest key goes when full.
constexpr qsizetype kMaxCachedKeys = 16;

// Header names as constants: a literal would be turned into a new QByteArray on every call.
const QByteArray kAuthorization = QByteArrayLiteral("Authorization");
const QByteArray kAmzDate = QByteArrayLiteral("X-Amz-Date");
const QByteArray kSecurityToken = QByteArrayLiteral("X-Amz-Security-Token");
const QByteArray kContentSha256 = QByteArrayLiteral("x-amz-content-sha256");
} // namespace

void SigV4Signer::sign(SigV4::Request &request, const AwsCredentials &credentials,
                       const SigV4::Params &params)
{
    const QDateTime utc = params.time.toUTC();
    const QDate date = utc.date();

    // A retry re-signs the same request: drop what an earlier attempt added.
    request.headers.removeIf([](const QPair<QByteArray, QByteArray> &header) {
        const QByteArray &name = header.first;
        return SigV4::sameName(name, kAuthorization) || SigV4::sameName(name, kAmzDate) ||
               SigV4::sameName(name, kSecurityToken);
    });
    if (!credentials.sessionToken.isEmpty())
        request.headers.append({kSecurityToken, credentials.sessionToken.toUtf8()});
    const QByteArray amzDate = SigV4::amzDate(utc);
    request.headers.append({kAmzDate, amzDate});
    if (params.addContentSha256)
        request.setHeader(kContentSha256, SigV4::sha256Hex(request.body));

    QByteArray signedHeaderList;
    const QByteArray canonical =
        SigV4::canonicalRequest(request, params.normalizePath, &signedHeaderList);
    const QByteArray scope = SigV4::credentialScopeUtf8(date, params.region, params.service);
    const QByteArray toSign = SigV4::stringToSign(canonical, amzDate, scope);
    const QByteArray key =
        cachedSigningKey(credentials.secretAccessKey, date, params.region, params.service);
    const QByteArray signatureHex = SigV4::signature(key, toSign);

    // The string to sign holds only hashes and the scope, so it is safe to log.
    qCDebug(lcAwsSigning).noquote()
        << "signed headers" << signedHeaderList << "string to sign" << Redaction::redact(toSign);
    request.headers.append(
        {kAuthorization, SigV4::authorizationHeader(credentials.accessKeyId, scope,
                                                    signedHeaderList, signatureHex)});
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

QByteArray SigV4Signer::cachedSigningKey(const QString &secret, const QDate &date,
                                         const QString &region, const QString &service)
{
    const QMutexLocker locker(&m_mutex);
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        const CachedKey &entry = m_keys.at(i);
        if (entry.date == date && entry.region == region && entry.service == service &&
            entry.secret == secret) {
            if (i > 0)
                m_keys.move(i, 0);
            return m_keys.constFirst().key;
        }
    }
    if (m_keys.size() >= kMaxCachedKeys)
        m_keys.removeLast();
    const QByteArray key = SigV4::signingKey(secret.toUtf8(), date, region, service);
    m_keys.prepend({secret, date, region, service, key});
    ++m_derivations;
    return key;
}
