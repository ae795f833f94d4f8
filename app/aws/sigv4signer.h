#pragma once

#include "aws/sigv4.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMutex>
#include <QString>

struct AwsCredentials;

// Signs outgoing requests with SigV4 and remembers derived signing keys, which only change
// once a day per secret, region and service.
class SigV4Signer
{
public:
    // Adds X-Amz-Date, X-Amz-Security-Token (when credentials have a session token; it IS signed),
    // optional x-amz-content-sha256, and Authorization to `request` (replacing existing ones).
    // Signs all headers present in the request (Host must be present; callers add it).
    void sign(SigV4::Request &request, const AwsCredentials &credentials,
              const SigV4::Params &params);

    // How many signing keys were derived so far, and how many are cached (for tests).
    int keyDerivations() const;
    qsizetype cachedKeyCount() const;

private:
    // A derived key and everything it was derived from. The secret is compared, not hashed:
    // a comparison of a few dozen bytes costs less than hashing them on every signature, and
    // equal inputs are the only way to get the key back. Entries live in memory only.
    struct CachedKey
    {
        QString secret;
        QDate date;
        QString region;
        QString service;
        QByteArray key;
    };

    QByteArray cachedSigningKey(const QString &secret, const QDate &date, const QString &region,
                                const QString &service);

    mutable QMutex m_mutex;
    QList<CachedKey> m_keys; // most recently used first
    int m_derivations = 0;
};
