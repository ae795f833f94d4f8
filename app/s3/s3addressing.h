#pragma once

#include "aws/result.h"
#include "s3/s3client.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// Where one S3 request goes: the URL, and its path and query exactly as they are signed.
struct S3RequestTarget
{
    QUrl url;
    QByteArray path;  // percent-encoded, as on the wire
    QByteArray query; // percent-encoded and sorted, as on the wire; may be empty
    bool virtualHosted = false;
};

// How bucket, key and query parameters become an S3 URL (virtual-hosted or path style, AWS's
// regional endpoints or a custom one). Pure functions.
namespace S3Addressing {

// Whether `bucket` can be the first label of a host name: 3–63 lower-case letters, digits and
// hyphens, starting and ending with a letter or digit. Names with dots or capitals are read
// with path-style URLs (a dotted name would not match S3's TLS certificate).
bool isDnsCompatibleBucket(const QString &bucket);

// Whether `region` may go into a host name (a region named by an answer is checked too).
bool isValidRegion(const QString &region);

// A key percent-encoded as S3 signs it: every byte but A-Z a-z 0-9 - . _ ~ and '/' as %XX.
QByteArray encodeKey(const QString &key);

// Query parameters sorted by name and encoded as SigV4's canonical query string.
QByteArray encodeQuery(QList<QPair<QString, QString>> parameters);

// AWS's S3 endpoint for `region`: s3.REGION.DNS-SUFFIX, with "s3-fips" and ".dualstack" for
// the variants; the DNS suffix is that of the region's partition. Empty, with `problem` set to
// what to do, when there is no such endpoint.
QString awsHost(const QString &region, bool fips, bool dualStack, QString *problem);

// The target of a request for `key` (empty: the bucket itself) in `bucket`, signed for
// `region`. The error says in plain words what is wrong with the settings.
Result<S3RequestTarget, QString> target(const S3ClientSettings &settings, const QString &region,
                                        const QString &bucket, const QString &key,
                                        const QList<QPair<QString, QString>> &query = {});

} // namespace S3Addressing
