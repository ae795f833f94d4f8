#include "aws/errorparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace ErrorParser {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorParser", text);
}
} // namespace

QString sanitizeCode(const QString &raw)
{
    QString code = raw.trimmed();
    const qsizetype colon = code.indexOf(u':');
    if (colon >= 0)
        code.truncate(colon);
    const qsizetype hash = code.lastIndexOf(u'#');
    if (hash >= 0)
        code = code.mid(hash + 1);
    return code;
}

AwsError parseServiceError(int httpStatus, const QByteArray &errorTypeHeader,
                           const QByteArray &requestId, const QByteArray &body)
{
    AwsError error;
    error.kind = AwsError::Kind::Service;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromLatin1(requestId);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();

    QString code = sanitizeCode(QString::fromUtf8(errorTypeHeader));
    if (code.isEmpty() && isJsonObject) {
        code = sanitizeCode(object.value(u"__type").toString());
        if (code.isEmpty())
            code = sanitizeCode(object.value(u"code").toString());
    }
    if (code.isEmpty())
        code = QString::number(httpStatus);
    error.code = code;

    if (isJsonObject) {
        error.message = object.value(u"message").toString();
        if (error.message.isEmpty())
            error.message = object.value(u"Message").toString();
    } else {
        error.message = QString::fromUtf8(body).trimmed();
    }
    if (error.message.isEmpty())
        error.message = tr("The service answered HTTP %1 without an explanation.").arg(httpStatus);
    return error;
}

AwsError fromNetworkError(QNetworkReply::NetworkError networkError, const QString &detail,
                          const QString &host)
{
    using Kind = AwsError::Kind;
    AwsError error;
    switch (networkError) {
    case QNetworkReply::HostNotFoundError:
        error.kind = Kind::HostNotFound;
        error.message = tr("The address %1 could not be found (DNS lookup failed).").arg(host);
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.kind = Kind::ConnectionRefused;
        error.message = tr("%1 refused the connection.").arg(host);
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        error.kind = Kind::ConnectionClosed;
        error.message = tr("%1 closed the connection before answering.").arg(host);
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::ProxyTimeoutError:
        error.kind = Kind::Timeout;
        error.message = tr("%1 did not answer in time.").arg(host);
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        error.kind = Kind::Tls;
        error.message =
            tr("A secure connection to %1 could not be established: %2").arg(host, detail);
        break;
    default:
        error.kind = Kind::Network;
        error.message = tr("The request to %1 failed: %2").arg(host, detail);
        break;
    }
    return error;
}

} // namespace ErrorParser
