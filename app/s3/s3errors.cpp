#include "s3/s3errors.h"

#include "aws/errorparser.h"
#include "s3/s3xml.h"

#include <QCoreApplication>
#include <QSet>

namespace S3Errors {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("S3Errors", text);
}

QString codeForStatus(int status)
{
    switch (status) {
    case 301:
        return QStringLiteral("PermanentRedirect");
    case 307:
        return QStringLiteral("TemporaryRedirect");
    case 400:
        return QStringLiteral("BadRequest");
    case 403:
        return QStringLiteral("AccessDenied");
    case 404:
        return QStringLiteral("NoSuchKey");
    case 412:
        return QStringLiteral("PreconditionFailed");
    case 416:
        return QStringLiteral("InvalidRange");
    case 500:
        return QStringLiteral("InternalError");
    case 503:
        return QStringLiteral("SlowDown");
    default:
        return QString::number(status);
    }
}

QString bodylessMessage(int status, const QString &code)
{
    return tr("S3 answered HTTP %1 (%2) without an explanation.").arg(status).arg(code);
}

// S3's messages that only repeat the code: nothing is gained by showing them after ours.
bool saysNothingMore(const QString &message)
{
    static const QSet<QString> generic = {
        QStringLiteral("Access Denied"),
        QStringLiteral("The specified key does not exist."),
        QStringLiteral("The specified bucket does not exist"),
        QStringLiteral("The AWS Access Key Id you provided does not exist in our records."),
        QStringLiteral("The request signature we calculated does not match the signature you "
                       "provided. Check your key and signing method."),
        QStringLiteral("The provided token has expired."),
        QStringLiteral("Please reduce your request rate."),
        QStringLiteral("We encountered an internal error. Please try again."),
    };
    return message.isEmpty() || generic.contains(message);
}

} // namespace

S3ErrorAnswer fromAnswer(int status, const QByteArray &body, const QByteArray &requestId,
                         const QByteArray &bucketRegionHeader, const QByteArray &location)
{
    S3ErrorAnswer answer;
    answer.bucketRegion = QString::fromLatin1(bucketRegionHeader).trimmed();
    AwsError &error = answer.error;
    if (const std::optional<S3Xml::ErrorDocument> document = S3Xml::parseError(body)) {
        error.kind = AwsError::Kind::Service;
        error.httpStatus = status;
        error.code = ErrorParser::shortened(document->code, 128);
        error.message = ErrorParser::shortened(document->message);
        if (error.message.isEmpty())
            error.message = bodylessMessage(status, error.code);
        error.requestId = requestId.isEmpty() ? ErrorParser::shortened(document->requestId, 128)
                                              : QString::fromLatin1(requestId);
        if (answer.bucketRegion.isEmpty())
            answer.bucketRegion = document->region;
    } else if (body.trimmed().isEmpty()) {
        error.kind = AwsError::Kind::Service;
        error.httpStatus = status;
        error.code = codeForStatus(status);
        error.requestId = QString::fromLatin1(requestId);
        error.message = bodylessMessage(status, error.code);
    } else {
        error = ErrorParser::parseServiceError(status, {}, requestId, body, location);
    }
    return answer;
}

bool isRegionRedirect(const AwsError &error, bool isHead)
{
    if (!error.isService())
        return false;
    return error.httpStatus == 301 || error.code == u"PermanentRedirect" ||
           error.code == u"AuthorizationHeaderMalformed" ||
           error.code == u"IllegalLocationConstraintException" ||
           (isHead && error.httpStatus == 400 && error.code == u"BadRequest");
}

void explain(AwsError &error, const QString &operation, const S3Location &location,
             const QString &signingRegion, const QString &bucketRegion)
{
    if (!error.isService())
        return;
    const QString bucket = location.bucket;
    const QString url = location.toUrl();
    const bool listing = operation == u"ListObjectsV2";
    const QString &code = error.code;
    QString plain;
    if (code == u"AccessDenied" || code == u"AllAccessDisabled") {
        plain = listing ? tr("Your AWS credentials are not allowed to list %1. Amazon Personalize "
                             "reads the data with the import job's IAM role, not with your "
                             "credentials, so this only stops the check here. To check the data, "
                             "ask your administrator to allow s3:ListBucket on the bucket %2 for "
                             "you.")
                              .arg(url, bucket)
                        : tr("Your AWS credentials cannot read %1. Amazon Personalize reads the "
                             "data with the import job's IAM role, not with your credentials, so "
                             "this only stops the check here. To check the data, ask your "
                             "administrator to allow s3:GetObject on it for you (and kms:Decrypt "
                             "if it is encrypted with a KMS key).")
                              .arg(url);
    } else if (code == u"NoSuchBucket") {
        plain = tr("There is no bucket named “%1”. Check the bucket name in the S3 location.")
                    .arg(bucket);
    } else if (code == u"NoSuchKey") {
        plain = operation == u"HeadObject"
                    ? tr("There is no object %1 (or no bucket “%2”). Check the location: keys "
                         "are case-sensitive, and a folder ends with “/”.")
                          .arg(url, bucket)
                    : tr("There is no object %1. Check the key: keys are case-sensitive, and a "
                         "folder ends with “/”.")
                          .arg(url);
    } else if (code == u"InvalidAccessKeyId") {
        plain = tr("AWS does not know the access key id of these credentials. Check the "
                   "profile's access key id, or sign in again if it uses temporary "
                   "credentials.");
    } else if (code == u"SignatureDoesNotMatch") {
        plain = tr("S3 rejected the request's signature: the secret access key does not match "
                   "the access key id. Check the profile's secret key, and that this "
                   "computer's clock is right.");
    } else if (code == u"ExpiredToken" || code == u"TokenRefreshRequired" ||
               code == u"ExpiredTokenException" || code == u"RequestExpired") {
        plain = tr("The temporary credentials have expired. Sign in again (for IAM Identity "
                   "Center: aws sso login) and try again.");
    } else if (code == u"InvalidToken") {
        plain = tr("The session token of these credentials is not valid. Sign in again and "
                   "try again.");
    } else if (code == u"RequestTimeTooSkewed") {
        plain = tr("This computer's clock differs too much from AWS's. Set the clock right "
                   "(turn on automatic time) and try again.");
    } else if (isRegionRedirect(error, false) || code == u"TemporaryRedirect") {
        plain = bucketRegion.isEmpty() || bucketRegion == signingRegion
                    ? tr("The bucket “%1” is not in the region %2 and S3 did not say where it "
                         "is. Choose the bucket's region for this profile and try again.")
                          .arg(bucket, signingRegion)
                    : tr("The bucket “%1” is in the region %2, not %3, and could not be read "
                         "there either. Choose the region %2 for this profile and try again.")
                          .arg(bucket, bucketRegion, signingRegion);
    } else if (code == u"InvalidObjectState") {
        plain = tr("%1 is archived (S3 Glacier Flexible Retrieval or Deep Archive) and cannot "
                   "be read until it is restored. Restore it, or choose other data: Amazon "
                   "Personalize cannot import it either.")
                    .arg(url);
    } else if (code == u"InvalidBucketName") {
        plain = tr("“%1” is not a valid bucket name. Check the S3 location.").arg(bucket);
    } else if (code == u"SlowDown" || code == u"ServiceUnavailable" || code == u"InternalError" ||
               error.httpStatus >= 500) {
        plain = tr("S3 could not answer for the bucket “%1” just now (%2). Wait a moment and "
                   "try again.")
                    .arg(bucket, code);
    }
    if (plain.isEmpty())
        return;
    if (!saysNothingMore(error.message) &&
        error.message != bodylessMessage(error.httpStatus, error.code)) {
        plain += u' ' + tr("S3 said: “%1”").arg(error.message);
    }
    error.message = plain;
}

} // namespace S3Errors
