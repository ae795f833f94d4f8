#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

// AWS Signature Version 4 (header signing), as pure functions so that tests can table them.
// SigV4Signer (sigv4signer.h) puts them together for outgoing requests; the sandbox uses
// verify() on incoming ones.
namespace SigV4 {

// A request as it goes on the wire, before or after signing.
struct Request
{
    QByteArray method;                            // "POST"
    QByteArray path;                              // as on the wire, percent-encoded, e.g. "/"
    QByteArray query;                             // without '?', as on the wire, may be empty
    QList<QPair<QByteArray, QByteArray>> headers; // in send order, any case, may repeat
    QByteArray body;

    // First value of the header `name` (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
    // Replaces the first header called `name` (case-insensitive) and drops its repeats, or
    // appends it when absent.
    void setHeader(const QByteArray &name, const QByteArray &value);
    // Drops every header called `name` (case-insensitive).
    void removeHeader(const QByteArray &name);
    bool hasHeader(const QByteArray &name) const;
};

struct Params
{
    QString region;  // "us-east-1"
    QString service; // the signing name, e.g. "sts"
    QDateTime time;  // signing time (UTC used)
    // false for S3: the path is signed as given (no dot-segment removal, encoded once, not
    // twice); true for every other service, as the vectors' normalize-path cases need.
    bool normalizePath = true;
    bool addContentSha256 = false; // add x-amz-content-sha256 (S3 needs it, JSON APIs do not)
};

struct ParsedAuthorization
{
    QString accessKeyId;
    QDate date;
    QString region;
    QString service;
    QList<QByteArray> signedHeaders; // lower-case, as listed
    QByteArray signature;            // hex
};

// ASCII case-insensitive equality, the comparison of header names.
bool sameName(const QByteArray &a, const QByteArray &b);

// Canonical request of `r` over `signedHeaders` (lower-case, in the order given). The payload
// hash is the x-amz-content-sha256 header when the request has one, else SHA-256 of the body.
QByteArray canonicalRequest(const Request &r, const QList<QByteArray> &signedHeaders,
                            bool normalizePath);
// The same over defaultSignedHeaders(r), in one pass; `signedHeaderList` gets those names
// joined by ';'. The signer's path.
QByteArray canonicalRequest(const Request &r, bool normalizePath, QByteArray *signedHeaderList);
// Every header name of `r` except Authorization, lower-cased, sorted, unique.
QList<QByteArray> defaultSignedHeaders(const Request &r);
QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &time,
                        const QString &scope);
// The same from an already formatted X-Amz-Date and scope (the signer's path, which needs
// both again for the headers).
QByteArray stringToSign(const QByteArray &canonicalRequest, const QByteArray &amzDate,
                        const QByteArray &scope);
// "20150830/us-east-1/service/aws4_request"
QString credentialScope(const QDate &date, const QString &region, const QString &service);
QByteArray credentialScopeUtf8(const QDate &date, const QString &region, const QString &service);
QByteArray signingKey(const QByteArray &secret, const QDate &date, const QString &region,
                      const QString &service);
// Hex HMAC-SHA256 of `stringToSign` under `signingKey`.
QByteArray signature(const QByteArray &signingKey, const QByteArray &stringToSign);
QByteArray authorizationHeader(const QString &accessKeyId, const QString &scope,
                               const QList<QByteArray> &signedHeaders,
                               const QByteArray &signatureHex);
// The same with the scope in UTF-8 and the signed header names already joined by ';'.
QByteArray authorizationHeader(const QString &accessKeyId, const QByteArray &scope,
                               const QByteArray &signedHeaderList, const QByteArray &signatureHex);
QByteArray amzDate(const QDateTime &utc);     // 20150830T123600Z
QByteArray dateStamp(const QDate &date);      // 20150830
QByteArray sha256Hex(const QByteArray &data); // lower-case hex
std::optional<QDateTime> parseAmzDate(const QByteArray &value);
std::optional<ParsedAuthorization> parseAuthorization(const QByteArray &authorization);

// Recomputes the signature of an already signed request: takes signed headers, scope and
// X-Amz-Date from the request itself; true when it matches. The path is normalised unless the
// scope's service is "s3". `why` gets a short reason (never the secret) on mismatch. Used by
// the sandbox server and tests.
bool verify(const Request &r, const QByteArray &secretAccessKey, QString *why = nullptr);

} // namespace SigV4
