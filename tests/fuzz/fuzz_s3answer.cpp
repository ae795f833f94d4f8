// The answers of Amazon S3 to the data check's reads. Input in the shape of an HTTP response:
// the status code on the first line, header lines ("x-amz-request-id: …",
// "x-amz-bucket-region: …", "Location: …"), an empty line, the body. The body is read as a
// ListObjectsV2 page, as an S3 error document, and as the error answer of each read.
#include "fuzzinput.h"

#include "s3/s3errors.h"
#include "s3/s3xml.h"

namespace {

bool isOneLine(const QString &text)
{
    return !text.contains(u'\n') && !text.contains(u'\r');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzInput::Message message = FuzzInput::splitMessage(FuzzInput::bytes(data, size));
    if (message.lines.isEmpty())
        return 0;
    const int status = message.lines.first().trimmed().toInt();
    QByteArray requestId;
    QByteArray bucketRegion;
    QByteArray location;
    for (qsizetype i = 1; i < message.lines.size(); ++i) {
        const auto [name, value] = FuzzInput::headerField(message.lines.at(i));
        const QByteArray lower = name.toLower();
        if (lower == "x-amz-request-id")
            requestId = value;
        else if (lower == "x-amz-bucket-region")
            bucketRegion = value;
        else if (lower == "location")
            location = value;
    }

    const auto page = S3Xml::parseListBucketResult(message.body);
    if (page.ok()) {
        // A page that says more follows always says where to go on.
        FuzzInput::check(page->isTruncated == !page->nextContinuationToken.isEmpty());
        for (const S3ObjectSummary &object : page->objects)
            FuzzInput::check(object.size >= 0);
    } else {
        FuzzInput::check(!page.error().isEmpty());
    }

    if (const auto document = S3Xml::parseError(message.body))
        FuzzInput::check(!document->code.isEmpty());

    const S3ErrorAnswer answer =
        S3Errors::fromAnswer(status, message.body, requestId, bucketRegion, location);
    FuzzInput::check(answer.error.kind == AwsError::Kind::Service);
    FuzzInput::check(answer.error.httpStatus == status);
    FuzzInput::check(!answer.error.code.isEmpty() && answer.error.code.size() <= 128);
    FuzzInput::check(!answer.error.message.isEmpty() && isOneLine(answer.error.message));
    const S3Location where{QStringLiteral("my-bucket"), QStringLiteral("data/file.csv")};
    for (const char *operation : {"ListObjectsV2", "HeadObject", "GetObject"}) {
        AwsError error = answer.error;
        S3Errors::explain(error, QString::fromLatin1(operation), where, QStringLiteral("us-east-1"),
                          answer.bucketRegion);
        FuzzInput::check(error.code == answer.error.code);
        FuzzInput::check(!error.message.isEmpty());
        (void)error.summary();
        (void)S3Errors::isRegionRedirect(error, true);
    }
    return 0;
}
