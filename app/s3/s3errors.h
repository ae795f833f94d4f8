#pragma once

#include "aws/awserror.h"
#include "s3/s3types.h"

#include <QByteArray>
#include <QString>

// An error answer of S3 read: the error, and the region the answer says the bucket is in.
struct S3ErrorAnswer
{
    AwsError error;
    QString bucketRegion; // x-amz-bucket-region, else the document's <Region>; may be empty
};

// Turns S3's error answers into AwsError values with messages that say what to do. Pure
// functions.
namespace S3Errors {

// The error of an answer with HTTP status `status` (not 2xx). S3's <Error> document gives the
// code and message; an answer without a body (HEAD) is named from its status: 301
// PermanentRedirect, 400 BadRequest, 403 AccessDenied, 404 NoSuchKey (S3 does not tell a
// missing key from a missing bucket there), 412 PreconditionFailed, 416 InvalidRange, 500
// InternalError, 503 SlowDown. Any other body (a proxy's web page) is read as ErrorParser
// reads it.
S3ErrorAnswer fromAnswer(int status, const QByteArray &body, const QByteArray &requestId,
                         const QByteArray &bucketRegionHeader, const QByteArray &location = {});

// Whether the error asks for the request to be signed for another region: a 301
// PermanentRedirect, a 400 AuthorizationHeaderMalformed or IllegalLocationConstraintException,
// or a HEAD's bare 400 (S3 says no more to a HEAD signed for the wrong region).
bool isRegionRedirect(const AwsError &error, bool isHead);

// Replaces the message of a service error with one in plain words about `location`, for the
// operation (ListObjectsV2, HeadObject, GetObject) that got it; S3's own message is kept after
// it when it says more than the code. Other kinds of error are left as they are.
void explain(AwsError &error, const QString &operation, const S3Location &location,
             const QString &signingRegion, const QString &bucketRegion = {});

} // namespace S3Errors
