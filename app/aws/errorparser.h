#pragma once

#include "aws/awserror.h"

#include <QByteArray>
#include <QNetworkReply>

// Turns what came back from an AWS JSON or Query endpoint into an AwsError. Pure functions.
namespace ErrorParser {

// "com.amazonaws.dynamodb#ResourceNotFoundException" → "ResourceNotFoundException",
// "Foo:http://internal.amazon.com/…" → "Foo".
QString sanitizeCode(const QString &raw);

// An error answer of an AWS JSON 1.0/1.1 service. The code comes from the x-amzn-ErrorType
// header when present, else from the body's __type or code member, else the HTTP status; the
// message from message or Message; a body that is not JSON becomes the message (a web page
// never does). The error document of an AWS Query service (<ErrorResponse><Error><Code/>
// <Message/></Error><RequestId/></ErrorResponse>) gives the code, the message and, when the
// header is missing, the request id. A redirect (3xx) says where it points (`location`, the
// Location header) and that it was not followed. Messages are cut to kMaxMessageLength characters.
AwsError parseServiceError(int httpStatus, const QByteArray &errorTypeHeader,
                           const QByteArray &requestId, const QByteArray &body,
                           const QByteArray &location = {});

// Longer messages are not messages: an error page, a dump, or an attack on the terminal.
constexpr qsizetype kMaxMessageLength = 300;

// `text` on one line (runs of white space as one space) and at most `maxLength` characters,
// cut at a word boundary where one is near and ended with "…".
QString shortened(const QString &text, qsizetype maxLength = kMaxMessageLength);

// A transport failure (no HTTP answer) mapped to a category and a plain-language message.
AwsError fromNetworkError(QNetworkReply::NetworkError error, const QString &detail,
                          const QString &host);

} // namespace ErrorParser
