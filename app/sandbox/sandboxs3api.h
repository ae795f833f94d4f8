#pragma once

#include "aws/sigv4.h"
#include "sandbox/httpservercompat.h"
#include "sandbox/sandboxbuckets.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrlQuery>

#include <memory>

class SandboxAuthenticator;

// The read side of the Amazon S3 REST API over SandboxBuckets, path-style only: ListObjectsV2
// (GET /bucket?list-type=2), HeadObject, GetObject with a byte Range, plus HeadBucket and
// GetBucketLocation. Every request must be signed with SigV4 for "s3" by a sandbox key; errors
// are S3's XML errors with S3's codes and statuses, and every answer has an x-amz-request-id.
class SandboxS3Api final
{
public:
    // An answer for the server to send. A HEAD answer has no body but announces
    // `contentLength`.
    struct Answer
    {
        int status = 200;
        HttpServerCompat::Headers headers;
        QByteArray body;
        bool headOnly = false;
        qint64 contentLength = 0;
        QString operation; // "ListObjectsV2", "HeadObject", "GetObject", …
        QString errorCode;
    };

    // One GetObject answer holds at most this much; ask for a Range to read beyond.
    static constexpr qint64 kMaxGetBytes = 64LL * 1024 * 1024;
    static constexpr int kMaxKeys = 1000;

    SandboxS3Api(std::shared_ptr<const SandboxBuckets> buckets,
                 const SandboxAuthenticator *authenticator, const QString &region);

    // Whether a request is for S3: GET or HEAD, no X-Amz-Target, and a path below "/".
    static bool handles(const QByteArray &method, const QString &path, bool hasTarget);

    // `decodedPath` is the path with percent-escapes decoded (the bucket and key), `query` the
    // query, `signable` the request as it came for the signature check.
    Answer handle(const QByteArray &method, const QString &decodedPath, const QUrlQuery &query,
                  const SigV4::Request &signable, const QDateTime &now) const;

private:
    Answer listObjects(const QString &bucket, const QUrlQuery &query) const;
    Answer getObject(const QString &bucket, const QString &key, const QByteArray &range,
                     bool head) const;

    std::shared_ptr<const SandboxBuckets> m_buckets;
    const SandboxAuthenticator *m_authenticator;
    QString m_region;
};
