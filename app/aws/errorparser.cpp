#include "aws/errorparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QXmlStreamReader>

#include <optional>

namespace ErrorParser {
namespace {

constexpr qsizetype kMaxCodeLength = 128;

QString tr(const char *text)
{
    return QCoreApplication::translate("ErrorParser", text);
}

// HTML or XML: a proxy's or web server's page rather than an answer of an AWS JSON service.
bool isMarkup(const QByteArray &body)
{
    return body.trimmed().startsWith('<');
}

struct XmlError
{
    QString code;
    QString message;
    QString requestId;
};

// The error document of an AWS Query service:
// <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>.
// Anything else (a web page, a cut-off document) gives nothing.
std::optional<XmlError> parseXmlError(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    XmlError found;
    QStringList path;
    bool inError = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(xml.name().toString());
            if (path.size() == 1 && path.first() != u"ErrorResponse")
                return std::nullopt;
            if (path.size() == 2 && path.last() == u"Error")
                inError = true;
            break;
        case QXmlStreamReader::EndElement:
            if (path.size() == 2 && path.last() == u"Error")
                inError = false;
            path.removeLast();
            break;
        case QXmlStreamReader::Characters:
            if (inError && path.size() == 3 && path.last() == u"Code")
                found.code += xml.text();
            else if (inError && path.size() == 3 && path.last() == u"Message")
                found.message += xml.text();
            else if (path.size() == 2 && path.last() == u"RequestId")
                found.requestId += xml.text();
            break;
        default:
            break;
        }
        // A message this long is not read further: it is cut for display anyway.
        if (found.message.size() > kMaxMessageLength * 8 || found.code.size() > kMaxCodeLength * 8)
            break;
    }
    if (found.code.trimmed().isEmpty() || (xml.hasError() && found.message.isEmpty()))
        return std::nullopt;
    return found;
}

} // namespace

QString shortened(const QString &text, qsizetype maxLength)
{
    // Only the start can be shown, so only the start is simplified: a huge body costs nothing.
    QString out = text.left(maxLength * 4 + 16).simplified();
    if (out.size() <= maxLength && text.size() <= maxLength * 4 + 16)
        return out;
    // The text goes on, so the "…" must fit as well.
    if (out.size() < maxLength)
        return out + u'…';
    qsizetype cut = maxLength - 1;
    const qsizetype space = out.lastIndexOf(u' ', cut);
    if (space >= maxLength * 3 / 4)
        cut = space;
    else if (cut > 0 && out.at(cut - 1).isHighSurrogate())
        --cut;
    return out.left(cut).trimmed() + u'…';
}

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
                           const QByteArray &requestId, const QByteArray &body,
                           const QByteArray &location)
{
    AwsError error;
    error.kind = AwsError::Kind::Service;
    error.httpStatus = httpStatus;
    error.requestId = QString::fromLatin1(requestId);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();

    const std::optional<XmlError> xmlError =
        isMarkup(body) ? parseXmlError(body) : std::optional<XmlError>();
    if (xmlError && error.requestId.isEmpty())
        error.requestId = shortened(xmlError->requestId.trimmed(), kMaxCodeLength);

    QString code = sanitizeCode(QString::fromUtf8(errorTypeHeader));
    if (code.isEmpty() && xmlError)
        code = sanitizeCode(xmlError->code);
    if (code.isEmpty() && isJsonObject) {
        code = sanitizeCode(object.value(u"__type").toString());
        if (code.isEmpty())
            code = sanitizeCode(object.value(u"code").toString());
    }
    if (code.isEmpty())
        code = QString::number(httpStatus);
    error.code = shortened(code, kMaxCodeLength);

    if (httpStatus >= 300 && httpStatus < 400) {
        const QString target = QString::fromUtf8(location).trimmed();
        if (target.isEmpty()) {
            error.message = tr("The endpoint answered with a redirect (HTTP %1) that names no "
                               "address. Check the endpoint URL and the region.")
                                .arg(httpStatus);
        } else {
            const QString shown = shortened(QUrl(target).isValid()
                                                ? QUrl(target).toDisplayString(QUrl::RemoveUserInfo)
                                                : target,
                                            200);
            error.message = tr("The endpoint answered with a redirect (HTTP %1) to %2, which is "
                               "not followed: requests are signed for one address. Check the "
                               "endpoint URL and the region.")
                                .arg(httpStatus)
                                .arg(shown);
        }
        return error;
    }

    if (isJsonObject) {
        error.message = object.value(u"message").toString();
        if (error.message.isEmpty())
            error.message = object.value(u"Message").toString();
    } else if (xmlError) {
        error.message = xmlError->message;
    } else if (isMarkup(body)) {
        error.message = tr("The endpoint answered HTTP %1 with a web page instead of an AWS "
                           "error. Check the endpoint URL, and any proxy between this computer "
                           "and AWS.")
                            .arg(httpStatus);
    } else {
        error.message = QString::fromUtf8(body.left(kMaxMessageLength * 8));
    }
    error.message = shortened(error.message);
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
