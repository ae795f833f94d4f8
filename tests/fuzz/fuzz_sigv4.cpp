// SigV4 canonicalisation, signing and verification. Input in the shape of an HTTP request: the
// method, the path and the query (without '?') on the first three lines, header lines
// ("Name: value"), an empty line, the body.
#include "fuzzinput.h"

#include "aws/sigv4.h"

#include <QTimeZone>

#include <algorithm>

namespace {

// HTTP's token characters: what a header name is made of.
bool isToken(const QByteArray &name)
{
    static const QByteArray punctuation = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               punctuation.contains(c);
    });
}

// The query with its parameters in reverse order.
QByteArray reversedQuery(const QByteArray &query)
{
    QList<QByteArray> pairs = query.split('&');
    std::reverse(pairs.begin(), pairs.end());
    return pairs.join('&');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FuzzInput::Message message = FuzzInput::splitMessage(FuzzInput::bytes(data, size));
    SigV4::Request request;
    request.method = message.lines.value(0);
    request.path = message.lines.value(1);
    request.query = message.lines.value(2);
    for (qsizetype i = 3; i < message.lines.size(); ++i)
        request.headers.append(FuzzInput::headerField(message.lines.at(i)));
    request.body = message.body;

    // The signer's one-pass form gives what the general form gives over the default headers.
    const bool normalizePath = !request.method.startsWith('G');
    QByteArray signedList;
    const QByteArray canonical = SigV4::canonicalRequest(request, normalizePath, &signedList);
    const QList<QByteArray> names = SigV4::defaultSignedHeaders(request);
    FuzzInput::check(signedList == names.join(';'));
    FuzzInput::check(canonical == SigV4::canonicalRequest(request, names, normalizePath));
    // The order of the query's parameters does not matter.
    SigV4::Request reordered = request;
    reordered.query = reversedQuery(request.query);
    QByteArray reorderedList;
    FuzzInput::check(SigV4::canonicalRequest(reordered, normalizePath, &reorderedList) ==
                     canonical);

    // What the sandbox reads from an incoming request.
    (void)SigV4::parseAuthorization(request.header("authorization"));
    (void)SigV4::parseAmzDate(request.header("x-amz-date"));
    QString why;
    (void)SigV4::verify(request, "secret", &why);

    // A request signed here verifies, whatever its method, path, query, header values and body.
    const bool tokenNames = std::all_of(request.headers.cbegin(), request.headers.cend(),
                                        [](const auto &header) { return isToken(header.first); });
    if (!tokenNames)
        return 0;
    const QDateTime time(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    const QByteArray secret = QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    SigV4::Request signing = request;
    signing.removeHeader("authorization");
    signing.removeHeader("x-amz-content-sha256");
    signing.setHeader("X-Amz-Date", SigV4::amzDate(time));
    if (!signing.hasHeader("host"))
        signing.setHeader("Host", "personalize.us-east-1.amazonaws.com");
    QByteArray list;
    const QByteArray toSign = SigV4::canonicalRequest(signing, true, &list);
    const QByteArray scope = SigV4::credentialScopeUtf8(time.date(), QStringLiteral("us-east-1"),
                                                        QStringLiteral("personalize"));
    const QByteArray signature =
        SigV4::signature(SigV4::signingKey(secret, time.date(), QStringLiteral("us-east-1"),
                                           QStringLiteral("personalize")),
                         SigV4::stringToSign(toSign, SigV4::amzDate(time), scope));
    signing.setHeader("Authorization", SigV4::authorizationHeader(QStringLiteral("AKIDEXAMPLE"),
                                                                  scope, list, signature));
    FuzzInput::check(SigV4::verify(signing, secret, &why));
    return 0;
}
