// The error answer of an AWS JSON endpoint. Input in the shape of an HTTP response: the status
// code on the first line, header lines ("x-amzn-ErrorType: …", "x-amzn-RequestId: …",
// "Location: …"), an empty line, the body. A "Max-Length: n" line also runs shortened() with
// that limit.
#include "fuzzinput.h"

#include "aws/errorparser.h"

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
    QByteArray errorType;
    QByteArray requestId;
    QByteArray location;
    qsizetype maxLength = ErrorParser::kMaxMessageLength;
    for (qsizetype i = 1; i < message.lines.size(); ++i) {
        const auto [name, value] = FuzzInput::headerField(message.lines.at(i));
        const QByteArray lower = name.toLower();
        if (lower == "x-amzn-errortype")
            errorType = value;
        else if (lower == "x-amzn-requestid")
            requestId = value;
        else if (lower == "location")
            location = value;
        else if (lower == "max-length")
            maxLength = qBound(1, value.toInt(), 1000);
    }

    const AwsError error =
        ErrorParser::parseServiceError(status, errorType, requestId, message.body, location);
    FuzzInput::check(error.kind == AwsError::Kind::Service);
    FuzzInput::check(error.httpStatus == status);
    FuzzInput::check(!error.code.isEmpty() && error.code.size() <= 128);
    FuzzInput::check(!error.message.isEmpty() && isOneLine(error.message));
    if (status < 300 || status >= 400)
        FuzzInput::check(error.message.size() <= ErrorParser::kMaxMessageLength);
    (void)error.summary();
    (void)error.suggestion();

    const QString text = QString::fromUtf8(message.body);
    const QString shown = ErrorParser::shortened(text, maxLength);
    FuzzInput::check(shown.size() <= maxLength && isOneLine(shown));
    (void)ErrorParser::sanitizeCode(text);
    return 0;
}
