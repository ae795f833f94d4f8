#pragma once

#include "aws/awserror.h"

#include <QByteArray>
#include <QNetworkReply>

// Turns what came back from an AWS JSON endpoint into an AwsError. Pure functions.
namespace ErrorParser {

// "com.amazonaws.dynamodb#ResourceNotFoundException" → "ResourceNotFoundException",
// "Foo:http://internal.amazon.com/…" → "Foo".
QString sanitizeCode(const QString &raw);

// An error answer of an AWS JSON 1.0/1.1 service. The code comes from the x-amzn-ErrorType
// header when present, else from the body's __type or code member, else the HTTP status; the
// message from message or Message; a body that is not JSON becomes the message as it is.
AwsError parseServiceError(int httpStatus, const QByteArray &errorTypeHeader,
                           const QByteArray &requestId, const QByteArray &body);

// A transport failure (no HTTP answer) mapped to a category and a plain-language message.
AwsError fromNetworkError(QNetworkReply::NetworkError error, const QString &detail,
                          const QString &host);

} // namespace ErrorParser
