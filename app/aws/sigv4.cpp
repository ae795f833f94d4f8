#include "aws/sigv4.h"

#include <QTimeZone>
#include <QVarLengthArray>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <array>
#include <cstring>

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

// S3's canonical path: the path as on the wire, neither normalised nor encoded a second time.
// Escapes (%XX) stay as they are; only bytes that cannot appear raw are encoded, so that a
// path given unencoded ("/a b") comes out as it would be sent ("/a%20b").
QByteArray encodeOnce(const QByteArray &path)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    const auto isHex = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    };
    QByteArray out;
    out.reserve(path.size() * 3);
    for (qsizetype i = 0; i < path.size(); ++i) {
        const char c = path.at(i);
        if (isUnreserved(c) || c == '/' ||
            (c == '%' && i + 2 < path.size() && isHex(path.at(i + 1)) && isHex(path.at(i + 2)))) {
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
    if (path.isEmpty() || path == "/") // every JSON API call
        return QByteArrayLiteral("/");
    if (!normalizePath)
        return encodeOnce(path);
    return uriEncode(removeDotSegments(path), true);
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

// Appends `value` trimmed, with every run of white space turned into one space (also inside
// quotes, as the vectors expect, and across folded lines).
void appendTrimmed(QByteArray &out, const QByteArray &value)
{
    const qsizetype start = out.size();
    out.resize(start + value.size()); // the most it can take
    char *const begin = out.data() + start;
    char *to = begin;
    const char *from = value.constData();
    const char *const end = from + value.size();
    while (from != end) {
        // Copy the next run of non-space bytes in one go (a token is usually one run).
        const char *run = from;
        while (run != end && !(static_cast<unsigned char>(*run) <= ' ' && isSpace(*run)))
            ++run;
        if (run != from) {
            if (to != begin && from != value.constData() && isSpace(from[-1]))
                *to++ = ' ';
            std::memcpy(to, from, size_t(run - from));
            to += run - from;
        }
        from = run;
        while (from != end && isSpace(*from))
            ++from;
    }
    out.truncate(start + (to - begin));
}

QByteArray trimAll(const QByteArray &value)
{
    QByteArray out;
    out.reserve(value.size());
    appendTrimmed(out, value);
    return out;
}

using Digest = std::array<unsigned char, 32>;

// OpenSSL uses the CPU's SHA extensions. Algorithms are fetched once per process (an implicit
// fetch on every call costs more than hashing a request); contexts are reused per thread.
EVP_MD *sha256Algorithm()
{
    static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
}

EVP_MAC *hmacAlgorithm()
{
    static EVP_MAC *const algorithm = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return algorithm;
}

[[noreturn]] void cryptoUnavailable()
{
    // Without SHA-256 nothing can be signed; OpenSSL always has it unless badly misconfigured.
    qFatal("OpenSSL's SHA-256 or HMAC is unavailable; check the OpenSSL installation");
}

class ThreadContexts final
{
public:
    ThreadContexts()
        : m_digest(EVP_MD_CTX_new())
        , m_mac(hmacAlgorithm() ? EVP_MAC_CTX_new(hmacAlgorithm()) : nullptr)
    {
        char digestName[] = "SHA256";
        const OSSL_PARAM settings[] = {
            OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
            OSSL_PARAM_construct_end()};
        if (!m_digest || !m_mac || !sha256Algorithm() || !EVP_MAC_CTX_set_params(m_mac, settings))
            cryptoUnavailable();
    }
    ~ThreadContexts()
    {
        EVP_MAC_CTX_free(m_mac);
        EVP_MD_CTX_free(m_digest);
    }
    Q_DISABLE_COPY_MOVE(ThreadContexts)

    Digest sha256(const char *data, qsizetype size)
    {
        Digest out;
        unsigned int written = 0;
        if (!EVP_DigestInit_ex(m_digest, sha256Algorithm(), nullptr) ||
            !EVP_DigestUpdate(m_digest, data, size_t(size)) ||
            !EVP_DigestFinal_ex(m_digest, out.data(), &written) || written != out.size()) {
            cryptoUnavailable();
        }
        return out;
    }

    Digest hmac(const char *key, qsizetype keySize, const char *message, qsizetype messageSize)
    {
        Digest out;
        size_t written = 0;
        if (!EVP_MAC_init(m_mac, reinterpret_cast<const unsigned char *>(key), size_t(keySize),
                          nullptr) ||
            !EVP_MAC_update(m_mac, reinterpret_cast<const unsigned char *>(message),
                            size_t(messageSize)) ||
            !EVP_MAC_final(m_mac, out.data(), &written, out.size()) || written != out.size()) {
            cryptoUnavailable();
        }
        return out;
    }

private:
    EVP_MD_CTX *m_digest;
    EVP_MAC_CTX *m_mac;
};

ThreadContexts &crypto()
{
    thread_local ThreadContexts contexts;
    return contexts;
}

void appendHex(QByteArray &out, const Digest &digest)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + qsizetype(digest.size()) * 2);
    char *to = out.data() + start;
    for (const unsigned char byte : digest) {
        *to++ = kHex[byte >> 4];
        *to++ = kHex[byte & 0x0f];
    }
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    const Digest mac =
        crypto().hmac(key.constData(), key.size(), message.constData(), message.size());
    return QByteArray(reinterpret_cast<const char *>(mac.data()), qsizetype(mac.size()));
}

// Appends `text` as UTF-8 without a temporary for the usual all-ASCII case.
void appendUtf8(QByteArray &out, const QString &text)
{
    const bool ascii =
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (!ascii) {
        out += text.toUtf8();
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + text.size());
    char *to = out.data() + start;
    for (const QChar c : text)
        *to++ = char(c.unicode());
}

// Writes `value` as exactly `width` decimal digits.
void putDigits(char *to, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        to[i] = char('0' + value % 10);
        value /= 10;
    }
}

void appendDateStamp(QByteArray &out, const QDate &date)
{
    const int year = date.year();
    if (!date.isValid() || year < 0 || year > 9999) {
        // Not a date anyone signs with; formatted as before, through the locale.
        out += date.toString(QStringLiteral("yyyyMMdd")).toLatin1();
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + 8);
    char *to = out.data() + start;
    putDigits(to, year, 4);
    putDigits(to + 4, date.month(), 2);
    putDigits(to + 6, date.day(), 2);
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

// Orders names as their lower-case forms would sort, without making them.
bool lowerLess(const QByteArray &a, const QByteArray &b)
{
    const qsizetype common = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < common; ++i) {
        const auto x = static_cast<unsigned char>(asciiLower(a.at(i)));
        const auto y = static_cast<unsigned char>(asciiLower(b.at(i)));
        if (x != y)
            return x < y;
    }
    return a.size() < b.size();
}

void appendLower(QByteArray &out, const QByteArray &name)
{
    const qsizetype start = out.size();
    out.resize(start + name.size());
    std::transform(name.cbegin(), name.cend(), out.data() + start, asciiLower);
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

// The last line of a canonical request: the payload hash the request declares
// (x-amz-content-sha256), else the hash of its body.
void appendPayloadHash(QByteArray &out, const Request &r)
{
    static const QByteArray contentSha256 = QByteArrayLiteral("x-amz-content-sha256");
    const QByteArray declaredHash = trimAll(r.header(contentSha256));
    if (declaredHash.isEmpty())
        appendHex(out, crypto().sha256(r.body.constData(), r.body.size()));
    else
        out += declaredHash;
}

} // namespace

bool sameName(const QByteArray &a, const QByteArray &b)
{
    const qsizetype size = a.size();
    if (size != b.size())
        return false;
    const char *x = a.constData();
    const char *y = b.constData();
    for (qsizetype i = 0; i < size; ++i) {
        if (x[i] == y[i])
            continue;
        const char lower = char(x[i] | 0x20);
        if (lower != char(y[i] | 0x20) || lower < 'a' || lower > 'z')
            return false;
    }
    return true;
}

QByteArray Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

bool Request::hasHeader(const QByteArray &name) const
{
    return std::any_of(headers.cbegin(), headers.cend(),
                       [&name](const auto &header) { return sameName(header.first, name); });
}

void Request::setHeader(const QByteArray &name, const QByteArray &value)
{
    bool replaced = false;
    for (auto it = headers.begin(); it != headers.end();) {
        if (!sameName(it->first, name)) {
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
        return sameName(header.first, name);
    });
}

QByteArray canonicalRequest(const Request &r, const QList<QByteArray> &signedHeaders,
                            bool normalizePath)
{
    const QByteArray method = r.method.toUpper();
    const QByteArray uri = canonicalUri(r.path, normalizePath);
    const QByteArray query = canonicalQuery(r.query);
    qsizetype size = method.size() + uri.size() + query.size() + 64 + 4;
    for (const auto &[key, value] : r.headers)
        size += key.size() + value.size() + 3;
    QByteArray out;
    out.reserve(size * 2);
    out += method;
    out += '\n';
    out += uri;
    out += '\n';
    out += query;
    out += '\n';
    for (const QByteArray &signedName : signedHeaders) {
        const QByteArray name = signedName.toLower();
        out += name;
        out += ':';
        bool first = true;
        for (const auto &[key, value] : r.headers) {
            if (!sameName(key, name))
                continue;
            if (!first)
                out += ',';
            appendTrimmed(out, value);
            first = false;
        }
        out += '\n';
    }
    out += '\n';
    for (qsizetype i = 0; i < signedHeaders.size(); ++i) {
        if (i > 0)
            out += ';';
        out += signedHeaders.at(i).toLower();
    }
    out += '\n';
    appendPayloadHash(out, r);
    return out;
}

QByteArray canonicalRequest(const Request &r, bool normalizePath, QByteArray *signedHeaderList)
{
    // One sort of the headers replaces the lookup of each signed name among them: the same
    // output as the general form, without a lower-cased copy of any name.
    static const QByteArray authorization = QByteArrayLiteral("authorization");
    QVarLengthArray<const QPair<QByteArray, QByteArray> *, 24> sorted;
    qsizetype size = r.method.size() + r.path.size() * 3 + r.query.size() * 3 + 64 + 8;
    for (const auto &header : r.headers) {
        const QByteArray &name = header.first;
        if (!name.isEmpty() && (isSpace(name.front()) || isSpace(name.back()))) {
            // A name with white space around it is listed trimmed but matches nothing: rare
            // enough to leave to the general form.
            const QList<QByteArray> names = defaultSignedHeaders(r);
            *signedHeaderList = names.join(';');
            return canonicalRequest(r, names, normalizePath);
        }
        if (sameName(name, authorization))
            continue;
        sorted.append(&header);
        size += 2 * name.size() + header.second.size() + 3;
    }
    // Insertion sort: stable, no allocation, and quickest for a dozen headers.
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        const auto *header = sorted.at(i);
        qsizetype j = i;
        for (; j > 0 && lowerLess(header->first, sorted.at(j - 1)->first); --j)
            sorted[j] = sorted.at(j - 1);
        sorted[j] = header;
    }

    QByteArray out;
    out.reserve(size);
    out += r.method.toUpper();
    out += '\n';
    out += canonicalUri(r.path, normalizePath);
    out += '\n';
    out += canonicalQuery(r.query);
    out += '\n';
    QByteArray list;
    list.reserve(size / 4);
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const QByteArray &name = sorted.at(i)->first;
        const bool repeat = i > 0 && sameName(sorted.at(i - 1)->first, name);
        if (repeat) {
            out.chop(1); // the '\n' after the earlier value
            out += ',';
        } else {
            appendLower(out, name);
            out += ':';
            if (i > 0) // not list.isEmpty(): the first name may be empty
                list += ';';
            appendLower(list, name);
        }
        appendTrimmed(out, sorted.at(i)->second);
        out += '\n';
    }
    out += '\n';
    out += list;
    out += '\n';
    appendPayloadHash(out, r);
    *signedHeaderList = list;
    return out;
}

QList<QByteArray> defaultSignedHeaders(const Request &r)
{
    static const QByteArray authorization = QByteArrayLiteral("authorization");
    QList<QByteArray> names;
    names.reserve(r.headers.size());
    for (const auto &header : r.headers) {
        QByteArray name = header.first.trimmed().toLower();
        // The Authorization header carries the signature, so it can never be part of it.
        if (name != authorization)
            names.append(std::move(name));
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &time,
                        const QString &scope)
{
    QByteArray scopeUtf8;
    appendUtf8(scopeUtf8, scope);
    return stringToSign(canonicalRequest, amzDate(time), scopeUtf8);
}

QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &amzDate,
                        const QByteArray &scope)
{
    QByteArray out;
    out.reserve(kAlgorithm.size() + amzDate.size() + scope.size() + 64 + 3);
    out += kAlgorithm;
    out += '\n';
    out += amzDate;
    out += '\n';
    out += scope;
    out += '\n';
    appendHex(out, crypto().sha256(canonicalRequest.constData(), canonicalRequest.size()));
    return out;
}

QString credentialScope(const QDate &date, const QString &region, const QString &service)
{
    return QString::fromUtf8(credentialScopeUtf8(date, region, service));
}

QByteArray credentialScopeUtf8(const QDate &date, const QString &region, const QString &service)
{
    QByteArray out;
    out.reserve(8 + region.size() + service.size() + kTerminator.size() + 3);
    appendDateStamp(out, date);
    out += '/';
    appendUtf8(out, region);
    out += '/';
    appendUtf8(out, service);
    out += '/';
    out += kTerminator;
    return out;
}

QByteArray signingKey(const QByteArray &secret, const QDate &date, const QString &region,
                      const QString &service)
{
    const QByteArray dateKey = hmac("AWS4" + secret, dateStamp(date));
    const QByteArray regionKey = hmac(dateKey, region.toUtf8());
    const QByteArray serviceKey = hmac(regionKey, service.toUtf8());
    return hmac(serviceKey, kTerminator);
}

QByteArray signature(const QByteArray &signingKey, const QByteArray &stringToSign)
{
    QByteArray out;
    out.reserve(64);
    appendHex(out, crypto().hmac(signingKey.constData(), signingKey.size(),
                                 stringToSign.constData(), stringToSign.size()));
    return out;
}

QByteArray authorizationHeader(const QString &accessKeyId, const QString &scope,
                               const QList<QByteArray> &signedHeaders,
                               const QByteArray &signatureHex)
{
    QByteArray scopeUtf8;
    appendUtf8(scopeUtf8, scope);
    return authorizationHeader(accessKeyId, scopeUtf8, signedHeaders.join(';'), signatureHex);
}

QByteArray authorizationHeader(const QString &accessKeyId, const QByteArray &scope,
                               const QByteArray &signedHeaderList, const QByteArray &signatureHex)
{
    static const QByteArray credential = QByteArrayLiteral(" Credential=");
    static const QByteArray signedHeadersLabel = QByteArrayLiteral(", SignedHeaders=");
    static const QByteArray signatureLabel = QByteArrayLiteral(", Signature=");
    QByteArray out;
    out.reserve(kAlgorithm.size() + credential.size() + accessKeyId.size() * 3 + 1 + scope.size() +
                signedHeadersLabel.size() + signedHeaderList.size() + signatureLabel.size() +
                signatureHex.size());
    out += kAlgorithm;
    out += credential;
    appendUtf8(out, accessKeyId);
    out += '/';
    out += scope;
    out += signedHeadersLabel;
    out += signedHeaderList;
    out += signatureLabel;
    out += signatureHex;
    return out;
}

QByteArray amzDate(const QDateTime &utc)
{
    const QDateTime time = utc.toUTC();
    if (!time.isValid())
        return {};
    QByteArray out;
    out.reserve(16);
    appendDateStamp(out, time.date());
    const QTime clock = time.time();
    const qsizetype start = out.size();
    out.resize(start + 8);
    char *to = out.data() + start;
    to[0] = 'T';
    putDigits(to + 1, clock.hour(), 2);
    putDigits(to + 3, clock.minute(), 2);
    putDigits(to + 5, clock.second(), 2);
    to[7] = 'Z';
    return out;
}

QByteArray dateStamp(const QDate &date)
{
    QByteArray out;
    out.reserve(8);
    appendDateStamp(out, date);
    return out;
}

QByteArray sha256Hex(const QByteArray &data)
{
    QByteArray out;
    out.reserve(64);
    appendHex(out, crypto().sha256(data.constData(), data.size()));
    return out;
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
    // The service decides: S3 takes the path as it is, every other service normalises it.
    const bool normalizePath = parsed->service != u"s3";
    const QByteArray canonical = canonicalRequest(r, parsed->signedHeaders, normalizePath);
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
