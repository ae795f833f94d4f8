#include "s3/s3xml.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QXmlStreamReader>

namespace S3Xml {
namespace {

// Longer fields are not what S3 sends: they are cut, so that a hostile answer costs nothing.
constexpr qsizetype kMaxFieldLength = 8192; // a 1,024-byte key, URL-encoded, is at most 3,072

QString tr(const char *text)
{
    return QCoreApplication::translate("S3Xml", text);
}

void appendBounded(QString &field, QStringView text)
{
    if (field.size() < kMaxFieldLength)
        field += text.left(kMaxFieldLength - field.size());
}

QString xmlProblem(const QXmlStreamReader &xml, qsizetype size)
{
    return tr("it is not well-formed XML (%1 at byte %2 of %3)")
        .arg(xml.errorString())
        .arg(xml.characterOffset())
        .arg(size);
}

} // namespace

QString decodeUrlEncoded(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(bytes));
}

std::optional<ErrorDocument> parseError(const QByteArray &body)
{
    if (!body.trimmed().startsWith('<'))
        return std::nullopt;
    QXmlStreamReader xml(body);
    ErrorDocument found;
    int depth = 0;
    QString element;
    bool codeComplete = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1 && xml.name() != u"Error")
                return std::nullopt;
            element = depth == 2 ? xml.name().toString() : QString();
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 2 && element == u"Code")
                codeComplete = true;
            --depth;
            element.clear();
            break;
        case QXmlStreamReader::Characters:
            if (depth != 2)
                break;
            if (element == u"Code")
                appendBounded(found.code, xml.text());
            else if (element == u"Message")
                appendBounded(found.message, xml.text());
            else if (element == u"RequestId")
                appendBounded(found.requestId, xml.text());
            else if (element == u"Region")
                appendBounded(found.region, xml.text());
            break;
        default:
            break;
        }
    }
    found.code = found.code.trimmed();
    found.message = found.message.trimmed();
    found.requestId = found.requestId.trimmed();
    found.region = found.region.trimmed();
    // A document cut short still says what went wrong when its code arrived whole.
    if (found.code.isEmpty() || (xml.hasError() && !codeComplete))
        return std::nullopt;
    return found;
}

Result<S3ListPage, QString> parseListBucketResult(const QByteArray &body)
{
    using Error = Result<S3ListPage, QString>;
    if (body.trimmed().isEmpty())
        return Error(tr("it is empty where S3 always sends a <ListBucketResult>"));
    QXmlStreamReader xml(body);
    S3ListPage page;
    QStringList path;
    S3ObjectSummary current;
    QString text;
    QString isTruncated;
    QString encodingType;
    bool sawRoot = false;
    bool sawKey = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(xml.name().toString());
            text.clear();
            if (path.size() == 1) {
                if (path.first() != u"ListBucketResult") {
                    return Error(tr("it is a <%1> document where a <ListBucketResult> was "
                                    "expected")
                                     .arg(path.first().left(64)));
                }
                sawRoot = true;
            }
            if (path.size() == 2 && path.last() == u"Contents") {
                current = S3ObjectSummary();
                sawKey = false;
            }
            break;
        case QXmlStreamReader::Characters:
            appendBounded(text, xml.text());
            break;
        case QXmlStreamReader::EndElement: {
            const QString name = path.isEmpty() ? QString() : path.last();
            if (path.size() == 3 && path.at(1) == u"Contents") {
                if (name == u"Key") {
                    current.key = text;
                    sawKey = true;
                } else if (name == u"Size") {
                    bool ok = false;
                    current.size = text.trimmed().toLongLong(&ok);
                    if (!ok || current.size < 0) {
                        return Error(
                            tr("the size \"%1\" of an object is not a number").arg(text.left(64)));
                    }
                } else if (name == u"LastModified") {
                    current.lastModified =
                        QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs).toUTC();
                }
            } else if (path.size() == 2) {
                if (name == u"Contents") {
                    if (!sawKey)
                        return Error(tr("an object in it has no key"));
                    page.objects.append(current);
                } else if (name == u"IsTruncated") {
                    isTruncated = text.trimmed();
                } else if (name == u"NextContinuationToken") {
                    page.nextContinuationToken = text.trimmed();
                } else if (name == u"EncodingType") {
                    encodingType = text.trimmed();
                }
            }
            if (!path.isEmpty())
                path.removeLast();
            text.clear();
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError())
        return Error(xmlProblem(xml, body.size()));
    if (!sawRoot)
        return Error(tr("it is empty where S3 always sends a <ListBucketResult>"));
    page.isTruncated = isTruncated.compare(u"true", Qt::CaseInsensitive) == 0;
    if (page.isTruncated && page.nextContinuationToken.isEmpty())
        return Error(tr("it says more objects follow but gives no continuation token"));
    if (!page.isTruncated)
        page.nextContinuationToken.clear();
    if (encodingType.compare(u"url", Qt::CaseInsensitive) == 0) {
        for (S3ObjectSummary &object : page.objects)
            object.key = decodeUrlEncoded(object.key);
    }
    return page;
}

} // namespace S3Xml
