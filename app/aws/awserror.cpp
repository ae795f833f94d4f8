#include "aws/awserror.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AwsError", text);
}
} // namespace

AwsError AwsError::make(Kind kind, const QString &message, const QString &code)
{
    AwsError error;
    error.kind = kind;
    error.message = message;
    error.code = code;
    return error;
}

bool AwsError::mayHaveBeenProcessed() const
{
    switch (kind) {
    case Kind::ConnectionClosed:
    case Kind::Timeout:
    case Kind::Network:
        return true;
    case Kind::Service:
        return httpStatus >= 500;
    case Kind::InvalidResponse:
        // The service said it succeeded, but what it sent with that could not be read.
        return httpStatus >= 200 && httpStatus < 300;
    default:
        return false;
    }
}

QString AwsError::summary() const
{
    QString text = code.isEmpty() ? message : (message.isEmpty() ? code : code + u": " + message);
    if (!requestId.isEmpty())
        text += u" (" + tr("request id %1").arg(requestId) + u')';
    return text;
}

QString AwsError::suggestion() const
{
    switch (kind) {
    case Kind::HostNotFound:
        return tr("Check the region and the endpoint address, and that this computer is online.");
    case Kind::ConnectionRefused:
        return tr("Nothing answers at the endpoint. Check the endpoint address, or start the "
                  "sandbox if you use one.");
    case Kind::ConnectionClosed:
    case Kind::Network:
        return tr("Check the network connection and try again.");
    case Kind::Timeout:
        return tr("The service took too long to answer. Try again in a moment.");
    case Kind::Tls:
        return tr("The endpoint's certificate is not trusted. If your network inspects TLS "
                  "traffic, point AWS_CA_BUNDLE or the profile's ca_bundle at its certificate.");
    case Kind::Credentials:
        return tr("Configure credentials for this profile, or choose another profile.");
    case Kind::Configuration:
    case Kind::InvalidResponse:
    case Kind::Cancelled:
        return {};
    case Kind::Service:
        break;
    }
    if (code == u"UnrecognizedClientException" || code == u"InvalidClientTokenId")
        return tr("The access key is not known to AWS. Check the profile's access key id.");
    if (code == u"InvalidSignatureException" || code == u"SignatureDoesNotMatch")
        return tr("The secret access key does not match the access key id. Check the profile's "
                  "secret key, and that this computer's clock is right.");
    if (code == u"ExpiredTokenException" || code == u"ExpiredToken" || code == u"RequestExpired")
        return tr("The temporary credentials have expired. Sign in again (for IAM Identity "
                  "Center: aws sso login) and retry.");
    if (code == u"AccessDeniedException")
        return tr("Your identity lacks a permission for this action. Ask your administrator to "
                  "allow it in your IAM policy.");
    if (code == u"ThrottlingException" || code == u"LimitExceededException")
        return tr("The service is limiting requests. Wait a little and try again.");
    if (httpStatus >= 500)
        return tr("The service had a temporary problem. Try again in a moment.");
    return {};
}
