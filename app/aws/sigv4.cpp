#include "aws/sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTimeZone>

#include <algorithm>

namespace SigV4 {
namespace {

const QByteArray kAlgorithm = QByteArrayLiteral("AWS4-HMAC-SHA256");
const QByteArray kTerminator = QByteArrayLiteral("aws4_request");

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

// RFC 3986 encoding with the unreserved set only; '%' is encoded too, which is what makes
// the path of non-S3 services "double encoded" relative to the wire.
QByteArray uriEncode(const QByteArray &in, bool keepSlash)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(in.size() * 3);
    for (const char c : in) {
        if (isUnreserved(c) || (keepSlash && c == '/')) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(kHex[byte >> 4]);
            out.append(kHex[byte & 0x0f]);
        }
    }
    return out;
}

// RFC 3986 section 5.2.4, plus dropping empty segments, which AWS services also do.
QByteArray removeDotSegments(const QByteArray &path)
{
    if (path.isEmpty())
        return QByteArrayLiteral("/");
    QList<QByteArray> output;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!output.isEmpty())
                output.removeLast();
            continue;
        }
        output.append(segment);
    }
    QByteArray result = path.startsWith('/') ? QByteArrayLiteral("/") : QByteArray();
    result += output.join('/');
    if (path.endsWith('/') && !output.isEmpty())
        result += '/';
    return result;
}

QByteArray canonicalUri(const QByteArray &path, bool normalizePath)
{
    QByteArray p = path.isEmpty() ? QByteArrayLiteral("/") : path;
    if (normalizePath)
        p = removeDotSegments(p);
    return uriEncode(p, true);
}

QByteArray canonicalQuery(const QByteArray &query)
{
    if (query.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> params;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray name = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        // Decode first so that a query that arrives encoded or not ends up encoded once.
        params.append({uriEncode(QByteArray::fromPercentEncoding(name), false),
                       uriEncode(QByteArray::fromPercentEncoding(value), false)});
    }
    std::sort(params.begin(), params.end());
    QByteArray out;
    for (const auto &[name, value] : std::as_const(params)) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + value;
    }
    return out;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

// Trims and turns every run of white space into one space (also inside quotes, as the
// vectors expect, and across folded lines).
QByteArray trimAll(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    bool pendingSpace = false;
    for (const char c : value) {
        if (isSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

bool isHex(const QByteArray &text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    });
}

// Compares in time independent of where the first difference is.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

void setWhy(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
}

} // namespace

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool Request::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(), [&name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

void Request::setHeader(const QByteArray &name, const QByteArray &value)
{
    bool replaced = false;
    for (auto it = headers.begin(); it != headers.end();) {
        if (it->first.compare(name, Qt::CaseInsensitive) != 0) {
            ++it;
        } else if (!replaced) {
            it->second = value;
            replaced = true;
            ++it;
        } else {
            it = headers.erase(it);
        }
    }
    if (!replaced)
        headers.append({name, value});
}

void Request::removeHeader(const QByteArray &name)
{
    headers.removeIf([&name](const QPair<QByteArray, QByteArray> &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray canonicalRequest(const Request &r, const QList<QByteArray> &signedHeaders,
                            bool normalizePath)
{
    QByteArray out = r.method.toUpper() + '\n';
    out += canonicalUri(r.path, normalizePath) + '\n';
    out += canonicalQuery(r.query) + '\n';
    for (const QByteArray &name : signedHeaders) {
        QByteArray joined;
        bool first = true;
        for (const auto &[key, value] : r.headers) {
            if (key.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (!first)
                joined += ',';
            joined += trimAll(value);
            first = false;
        }
        out += name.toLower() + ':' + joined + '\n';
    }
    out += '\n';
    out += signedHeaders.join(';').toLower() + '\n';
    const QByteArray declaredHash = trimAll(r.header("x-amz-content-sha256"));
    out += declaredHash.isEmpty() ? sha256Hex(r.body) : declaredHash;
    return out;
}

QList<QByteArray> defaultSignedHeaders(const Request &r)
{
    QList<QByteArray> names;
    names.reserve(r.headers.size());
    for (const auto &header : r.headers) {
        const QByteArray name = header.first.trimmed().toLower();
        // The Authorization header carries the signature, so it can never be part of it.
        if (name != "authorization")
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &time,
                        const QString &scope)
{
    return kAlgorithm + '\n' + amzDate(time) + '\n' + scope.toUtf8() + '\n' +
           sha256Hex(canonicalRequest);
}

QString credentialScope(const QDate &date, const QString &region, const QString &service)
{
    return date.toString(QStringLiteral("yyyyMMdd")) + u'/' + region + u'/' + service + u'/' +
           QString::fromLatin1(kTerminator);
}

QByteArray signingKey(const QByteArray &secret, const QDate &date, const QString &region,
                      const QString &service)
{
    const QByteArray dateKey =
        hmac("AWS4" + secret, date.toString(QStringLiteral("yyyyMMdd")).toLatin1());
    const QByteArray regionKey = hmac(dateKey, region.toUtf8());
    const QByteArray serviceKey = hmac(regionKey, service.toUtf8());
    return hmac(serviceKey, kTerminator);
}

QByteArray signature(const QByteArray &signingKey, const QByteArray &stringToSign)
{
    return hmac(signingKey, stringToSign).toHex();
}

QByteArray authorizationHeader(const QString &accessKeyId, const QString &scope,
                               const QList<QByteArray> &signedHeaders,
                               const QByteArray &signatureHex)
{
    return kAlgorithm + " Credential=" + accessKeyId.toUtf8() + '/' + scope.toUtf8() +
           ", SignedHeaders=" + signedHeaders.join(';') + ", Signature=" + signatureHex;
}

QByteArray amzDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

std::optional<QDateTime> parseAmzDate(const QByteArray &value)
{
    if (value.size() != 16)
        return std::nullopt;
    const QDate date =
        QDate::fromString(QString::fromLatin1(value.left(8)), QStringLiteral("yyyyMMdd"));
    const QTime time =
        QTime::fromString(QString::fromLatin1(value.mid(8)), QStringLiteral("'T'HHmmss'Z'"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc());
}

std::optional<ParsedAuthorization> parseAuthorization(const QByteArray &authorization)
{
    const QByteArray text = authorization.trimmed();
    if (!text.startsWith(kAlgorithm) || text.size() <= kAlgorithm.size() ||
        text.at(kAlgorithm.size()) != ' ') {
        return std::nullopt;
    }

    QByteArray credential;
    QByteArray signedHeaders;
    QByteArray signatureHex;
    for (const QByteArray &part : text.mid(kAlgorithm.size() + 1).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            return std::nullopt;
        const QByteArray key = item.left(eq);
        const QByteArray value = item.mid(eq + 1);
        if (key == "Credential")
            credential = value;
        else if (key == "SignedHeaders")
            signedHeaders = value;
        else if (key == "Signature")
            signatureHex = value;
        else
            return std::nullopt;
    }
    if (credential.isEmpty() || signedHeaders.isEmpty() || !isHex(signatureHex))
        return std::nullopt;

    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope.at(4) != kTerminator || scope.at(0).isEmpty() ||
        scope.at(2).isEmpty() || scope.at(3).isEmpty()) {
        return std::nullopt;
    }
    ParsedAuthorization parsed;
    parsed.accessKeyId = QString::fromUtf8(scope.at(0));
    parsed.date = QDate::fromString(QString::fromLatin1(scope.at(1)), QStringLiteral("yyyyMMdd"));
    if (!parsed.date.isValid())
        return std::nullopt;
    parsed.region = QString::fromUtf8(scope.at(2));
    parsed.service = QString::fromUtf8(scope.at(3));
    for (const QByteArray &name : signedHeaders.split(';')) {
        if (name.isEmpty())
            return std::nullopt;
        parsed.signedHeaders.append(name.toLower());
    }
    parsed.signature = signatureHex.toLower();
    return parsed;
}

bool verify(const Request &r, const QByteArray &secretAccessKey, QString *why)
{
    const auto parsed = parseAuthorization(r.header("authorization"));
    if (!parsed) {
        setWhy(why, QStringLiteral("missing or malformed Authorization header"));
        return false;
    }
    const auto signedAt = parseAmzDate(r.header("x-amz-date").trimmed());
    if (!signedAt) {
        setWhy(why, QStringLiteral("missing or malformed X-Amz-Date header"));
        return false;
    }
    if (signedAt->date() != parsed->date) {
        setWhy(why, QStringLiteral("credential scope date does not match X-Amz-Date"));
        return false;
    }
    if (!parsed->signedHeaders.contains("host")) {
        setWhy(why, QStringLiteral("the Host header is not signed"));
        return false;
    }
    for (const QByteArray &name : parsed->signedHeaders) {
        if (!r.hasHeader(name)) {
            setWhy(why, QStringLiteral("signed header '%1' is missing from the request")
                            .arg(QString::fromLatin1(name)));
            return false;
        }
    }
    // A declared payload hash stands in for the body in the canonical request, so the body
    // must be checked against it separately.
    const QByteArray declaredHash = r.header("x-amz-content-sha256").trimmed();
    if (!declaredHash.isEmpty() && declaredHash != "UNSIGNED-PAYLOAD" &&
        declaredHash.compare(sha256Hex(r.body), Qt::CaseInsensitive) != 0) {
        setWhy(why, QStringLiteral("the body does not match x-amz-content-sha256"));
        return false;
    }

    const QString scope = credentialScope(parsed->date, parsed->region, parsed->service);
    const QByteArray canonical = canonicalRequest(r, parsed->signedHeaders, true);
    const QByteArray expected =
        signature(signingKey(secretAccessKey, parsed->date, parsed->region, parsed->service),
                  stringToSign(canonical, *signedAt, scope));
    if (!constantTimeEquals(expected, parsed->signature)) {
        setWhy(why, QStringLiteral("signature does not match"));
        return false;
    }
    return true;
}

} // namespace SigV4
