#pragma once

#include "aws/result.h"
#include "s3/s3types.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Reads the XML documents S3 answers with: a ListObjectsV2 page and an error. Pure functions.
namespace S3Xml {

// <Error><Code/><Message/><RequestId/><Region/>…</Error>, S3's error body.
struct ErrorDocument
{
    QString code;
    QString message;
    QString requestId;
    QString region; // the bucket's region, when the error names it (redirects)
};

// The error document in `body`; std::nullopt when it is not one (a web page, a cut-off
// document, an empty body). Every field is trimmed and at most a few hundred characters.
std::optional<ErrorDocument> parseError(const QByteArray &body);

// A <ListBucketResult> of ListObjectsV2. Keys are decoded when the answer says it used
// <EncodingType>url</EncodingType>. The error says in plain words what is wrong with the
// document (not XML, another document, a truncated page without a continuation token, a
// Size that is not a number).
Result<S3ListPage, QString> parseListBucketResult(const QByteArray &body);

// A key as S3 sends it with encoding-type=url: '+' for a space, %XX for other bytes.
QString decodeUrlEncoded(const QString &text);

} // namespace S3Xml
