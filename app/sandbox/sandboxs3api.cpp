#include "sandbox/sandboxs3api.h"

#include "sandbox/sandboxauthenticator.h"

#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace {

const QByteArray kXmlHead = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
const QByteArray kNamespace =
    QByteArrayLiteral(" xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"");
const QByteArray kTokenTag = QByteArrayLiteral("after:");

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray element(const char *name, const QByteArray &value)
{
    return '<' + QByteArray(name) + '>' + value + "</" + QByteArray(name) + '>';
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray isoDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")).toLatin1();
}

// encoding-type=url: what S3 does so that any key survives XML.
QByteArray urlEncoded(const QString &text)
{
    return text.toUtf8().toPercentEncoding("/");
}

SandboxS3Api::Answer s3Error(int status, const QString &code, const QString &message,
                             const QByteArray &details = {})
{
    SandboxS3Api::Answer answer;
    answer.status = status;
    answer.errorCode = code;
    answer.body = kXmlHead + "<Error>" + element("Code", xmlEscaped(code)) +
                  element("Message", xmlEscaped(message)) + details + "</Error>";
    answer.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
    return answer;
}

SandboxS3Api::Answer noSuchBucket(const QString &bucket)
{
    return s3Error(404, QStringLiteral("NoSuchBucket"),
                   QStringLiteral("The specified bucket does not exist"),
                   element("BucketName", xmlEscaped(bucket)));
}

SandboxS3Api::Answer invalidArgument(const QString &message, const QString &name,
                                     const QString &value)
{
    return s3Error(400, QStringLiteral("InvalidArgument"), message,
                   element("ArgumentName", xmlEscaped(name)) +
                       element("ArgumentValue", xmlEscaped(value)));
}

struct ByteRange
{
    qint64 first = 0;
    qint64 last = 0; // inclusive
};

enum class RangeKind { None, Satisfiable, Unsatisfiable };

// RFC 9110 byte ranges, one range only: "bytes=a-b", "bytes=a-", "bytes=-n". Anything S3 does
// not understand (several ranges, another unit, a > b) is ignored: the whole object is sent.
RangeKind parseRange(const QByteArray &header, qint64 size, ByteRange &range)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes="))
        return RangeKind::None;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0 || spec.contains(','))
        return RangeKind::None;
    const QByteArray from = spec.left(dash).trimmed();
    const QByteArray to = spec.mid(dash + 1).trimmed();
    const auto digits = [](const QByteArray &text) {
        return !text.isEmpty() && text.size() <= 18 &&
               std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
    };
    if (from.isEmpty()) {
        if (!digits(to))
            return RangeKind::None;
        const qint64 suffix = to.toLongLong();
        if (suffix == 0 || size == 0)
            return RangeKind::Unsatisfiable;
        range.first = std::max<qint64>(0, size - suffix);
        range.last = size - 1;
        return RangeKind::Satisfiable;
    }
    if (!digits(from) || (!to.isEmpty() && !digits(to)))
        return RangeKind::None;
    const qint64 first = from.toLongLong();
    const qint64 last = to.isEmpty() ? std::max(first, size - 1) : to.toLongLong();
    if (last < first)
        return RangeKind::None;
    if (first >= size)
        return RangeKind::Unsatisfiable;
    range.first = first;
    range.last = std::min(last, size - 1);
    return RangeKind::Satisfiable;
}

void addObjectHeaders(SandboxS3Api::Answer &answer, const SandboxObject &object)
{
    answer.headers.append({QByteArrayLiteral("Content-Type"), object.contentType});
    answer.headers.append({QByteArrayLiteral("Last-Modified"), httpDate(object.lastModified)});
    answer.headers.append({QByteArrayLiteral("ETag"), object.etag});
    answer.headers.append({QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes")});
    if (!object.serverSideEncryption.isEmpty()) {
        answer.headers.append(
            {QByteArrayLiteral("x-amz-server-side-encryption"), object.serverSideEncryption});
    }
    if (!object.kmsKeyId.isEmpty()) {
        answer.headers.append(
            {QByteArrayLiteral("x-amz-server-side-encryption-aws-kms-key-id"), object.kmsKeyId});
    }
}

} // namespace

SandboxS3Api::SandboxS3Api(std::shared_ptr<const SandboxBuckets> buckets,
                           const SandboxAuthenticator *authenticator, const QString &region)
    : m_buckets(std::move(buckets))
    , m_authenticator(authenticator)
    , m_region(region)
{}

bool SandboxS3Api::handles(const QByteArray &method, const QString &path, bool hasTarget)
{
    return !hasTarget && (method == "GET" || method == "HEAD") && path.size() > 1 &&
           path.startsWith(QLatin1Char('/'));
}

SandboxS3Api::Answer SandboxS3Api::handle(const QByteArray &method, const QString &decodedPath,
                                          const QUrlQuery &query, const SigV4::Request &signable,
                                          const QDateTime &now) const
{
    const bool head = method == "HEAD";
    const QString rest = decodedPath.mid(1);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString bucket = slash < 0 ? rest : rest.left(slash);
    const QString key = slash < 0 ? QString() : rest.mid(slash + 1);

    Answer answer;
    if (!key.isEmpty())
        answer.operation = head ? QStringLiteral("HeadObject") : QStringLiteral("GetObject");
    else if (head)
        answer.operation = QStringLiteral("HeadBucket");
    else if (query.hasQueryItem(QStringLiteral("location")))
        answer.operation = QStringLiteral("GetBucketLocation");
    else
        answer.operation = QStringLiteral("ListObjectsV2");

    if (const auto error = m_authenticator->checkS3(signable, decodedPath.toUtf8(), now)) {
        const QString operation = answer.operation;
        answer = s3Error(error->httpStatus, error->code, error->message);
        answer.operation = operation;
    } else if (!m_buckets || !m_buckets->hasBucket(bucket)) {
        const QString operation = answer.operation;
        answer = noSuchBucket(bucket);
        answer.operation = operation;
    } else if (!key.isEmpty()) {
        answer = getObject(bucket, key, signable.header("range"), head);
    } else if (head) {
        answer.headers.append({QByteArrayLiteral("x-amz-bucket-region"), m_region.toUtf8()});
    } else if (answer.operation == u"GetBucketLocation") {
        // us-east-1 is the one region S3 leaves empty here.
        const QByteArray region = m_region == u"us-east-1" ? QByteArray() : m_region.toUtf8();
        answer.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
        answer.body =
            kXmlHead + "<LocationConstraint" + kNamespace + '>' + region + "</LocationConstraint>";
    } else if (query.queryItemValue(QStringLiteral("list-type")) != u"2") {
        answer = s3Error(501, QStringLiteral("NotImplemented"),
                         QStringLiteral("The sandbox lists objects with ListObjectsV2 only: add "
                                        "list-type=2 to the query."));
        answer.operation = QStringLiteral("ListObjects");
    } else {
        answer = listObjects(bucket, query);
    }

    // An id on every answer, as S3 gives, so that a report can name the request.
    const QByteArray requestId = QUuid::createUuid().toRfc4122().toHex().left(16).toUpper();
    answer.headers.append({QByteArrayLiteral("x-amz-request-id"), requestId});
    answer.headers.append({QByteArrayLiteral("Date"), httpDate(now)});
    answer.headers.append({QByteArrayLiteral("Server"), QByteArrayLiteral("AmazonS3")});
    if (!answer.errorCode.isEmpty() && answer.body.endsWith("</Error>")) {
        answer.body.chop(8);
        answer.body += element("RequestId", requestId) + "</Error>";
    }
    if (head) {
        // HEAD answers carry no body, errors included; the length is the object's.
        answer.headOnly = true;
        if (!answer.errorCode.isEmpty())
            answer.contentLength = 0;
        answer.body.clear();
    }
    return answer;
}

SandboxS3Api::Answer SandboxS3Api::getObject(const QString &bucket, const QString &key,
                                             const QByteArray &rangeHeader, bool head) const
{
    const QString operation = head ? QStringLiteral("HeadObject") : QStringLiteral("GetObject");
    const auto object = m_buckets->head(bucket, key);
    const bool denied = SandboxBuckets::isDeniedKey(key) || (object && object->denied);
    Answer answer;
    if (denied) {
        answer = s3Error(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
    } else if (!object) {
        answer = s3Error(404, QStringLiteral("NoSuchKey"),
                         QStringLiteral("The specified key does not exist."),
                         element("Key", xmlEscaped(key)));
    } else if (head) {
        addObjectHeaders(answer, *object);
        answer.contentLength = object->size;
    } else {
        ByteRange range{0, object->size - 1};
        const RangeKind kind = parseRange(rangeHeader, object->size, range);
        if (kind == RangeKind::Unsatisfiable) {
            answer =
                s3Error(416, QStringLiteral("InvalidRange"),
                        QStringLiteral("The requested range is not satisfiable"),
                        element("RangeRequested",
                                xmlEscaped(QString::fromLatin1(rangeHeader.trimmed().left(200)))) +
                            element("ActualObjectSize", QByteArray::number(object->size)));
            answer.headers.append({QByteArrayLiteral("Content-Range"),
                                   "bytes */" + QByteArray::number(object->size)});
        } else if (range.last - range.first + 1 > kMaxGetBytes) {
            answer = s3Error(
                501, QStringLiteral("NotImplemented"),
                QStringLiteral("The sandbox sends at most %1 bytes per GetObject; read this "
                               "object in parts with a Range header.")
                    .arg(kMaxGetBytes));
        } else {
            const auto bytes =
                m_buckets->read(bucket, key, range.first, range.last - range.first + 1);
            if (!bytes) {
                answer =
                    s3Error(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied"));
            } else {
                addObjectHeaders(answer, *object);
                answer.body = *bytes;
                if (kind == RangeKind::Satisfiable) {
                    answer.status = 206;
                    answer.headers.append({QByteArrayLiteral("Content-Range"),
                                           "bytes " + QByteArray::number(range.first) + '-' +
                                               QByteArray::number(range.first + bytes->size() - 1) +
                                               '/' + QByteArray::number(object->size)});
                }
            }
        }
    }
    answer.operation = operation;
    return answer;
}

SandboxS3Api::Answer SandboxS3Api::listObjects(const QString &bucket, const QUrlQuery &query) const
{
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QString prefix = value("prefix");
    const QString delimiter = value("delimiter");
    const QString startAfter = value("start-after");
    const QString token = value("continuation-token");
    const bool urlEncoding = value("encoding-type") == u"url";
    if (query.hasQueryItem(QStringLiteral("encoding-type")) && !urlEncoding) {
        return invalidArgument(QStringLiteral("Invalid Encoding Method specified in Request"),
                               QStringLiteral("encoding-type"), value("encoding-type"));
    }
    int maxKeys = kMaxKeys;
    if (query.hasQueryItem(QStringLiteral("max-keys"))) {
        bool ok = false;
        const qint64 asked = value("max-keys").toLongLong(&ok);
        if (!ok || asked < 0 || asked > std::numeric_limits<int>::max()) {
            return invalidArgument(
                QStringLiteral("Provided max-keys not an integer or within integer range"),
                QStringLiteral("max-keys"), value("max-keys"));
        }
        maxKeys = static_cast<int>(std::min<qint64>(asked, kMaxKeys));
    }
    // The token names where the previous page stopped; a continuation ignores start-after.
    QString after = startAfter;
    if (query.hasQueryItem(QStringLiteral("continuation-token"))) {
        const QByteArray decoded =
            QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding |
                                                         QByteArray::AbortOnBase64DecodingErrors);
        if (token.isEmpty() || !decoded.startsWith(kTokenTag)) {
            return invalidArgument(QStringLiteral("The continuation token provided is incorrect"),
                                   QStringLiteral("continuation-token"), token);
        }
        after = QString::fromUtf8(decoded.mid(kTokenTag.size()));
    }
    const QByteArray afterUtf8 = after.toUtf8();
    const bool afterPrefix = !delimiter.isEmpty() && after.endsWith(delimiter);

    const auto shown = [urlEncoding](const QString &text) {
        return urlEncoding ? urlEncoded(text) : xmlEscaped(text);
    };
    QByteArray contents;
    QByteArray prefixes;
    int count = 0;
    bool truncated = false;
    QString last;
    QString lastPrefix;
    const QList<SandboxObject> objects = m_buckets->list(bucket, prefix);
    for (const SandboxObject &object : objects) {
        if (!after.isEmpty() &&
            (object.key.toUtf8() <= afterUtf8 || (afterPrefix && object.key.startsWith(after))))
            continue;
        QString common;
        if (!delimiter.isEmpty()) {
            const qsizetype at = object.key.indexOf(delimiter, prefix.size());
            if (at >= 0)
                common = object.key.left(at + delimiter.size());
        }
        if (!common.isEmpty() && common == lastPrefix)
            continue;
        if (count >= maxKeys) {
            truncated = count > 0;
            break;
        }
        ++count;
        if (!common.isEmpty()) {
            lastPrefix = common;
            last = common;
            prefixes += "<CommonPrefixes>" + element("Prefix", shown(common)) + "</CommonPrefixes>";
            continue;
        }
        last = object.key;
        contents += "<Contents>" + element("Key", shown(object.key)) +
                    element("LastModified", isoDate(object.lastModified)) +
                    element("ETag", xmlEscaped(QString::fromLatin1(object.etag))) +
                    element("Size", QByteArray::number(object.size)) +
                    element("StorageClass", QByteArrayLiteral("STANDARD")) + "</Contents>";
    }

    Answer answer;
    answer.operation = QStringLiteral("ListObjectsV2");
    answer.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/xml")});
    QByteArray body = kXmlHead + "<ListBucketResult" + kNamespace + '>' +
                      element("Name", xmlEscaped(bucket)) + element("Prefix", shown(prefix));
    if (!delimiter.isEmpty())
        body += element("Delimiter", shown(delimiter));
    body += element("MaxKeys", QByteArray::number(maxKeys));
    if (urlEncoding)
        body += element("EncodingType", QByteArrayLiteral("url"));
    body +=
        element("KeyCount", QByteArray::number(count)) +
        element("IsTruncated", truncated ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
    if (query.hasQueryItem(QStringLiteral("continuation-token")))
        body += element("ContinuationToken", xmlEscaped(token));
    if (truncated) {
        body +=
            element("NextContinuationToken",
                    QByteArray(kTokenTag + last.toUtf8()).toBase64(QByteArray::Base64UrlEncoding));
    }
    if (!startAfter.isEmpty())
        body += element("StartAfter", shown(startAfter));
    answer.body = body + contents + prefixes + "</ListBucketResult>";
    return answer;
}
