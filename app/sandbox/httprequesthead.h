#pragma once

#include <QByteArray>

#include <optional>

// The framing facts of an HTTP/1.1 request head (request line and header fields) that a server
// must know before it reads the body: where the head ends, how long the body is and whether it
// is sent in a transfer coding. Pure functions over the bytes received so far, so that a
// connection can be judged before the HTTP parser buffers anything.
namespace HttpRequestHead {

// The size of the head at the start of `bytes` including the blank line that ends it, or
// std::nullopt while that line has not arrived. Empty lines before the request line are part of
// the head (servers skip them). Lines may end in CRLF or, leniently, LF.
std::optional<qsizetype> length(const QByteArray &bytes);

struct Framing
{
    std::optional<qint64> contentLength; // absent: no body
    bool transferCoded = false;          // Transfer-Encoding present (chunked or other)
    bool malformed = false;              // Content-Length not a number, or two that differ
    QByteArray target;                   // X-Amz-Target, for the request log
};

// Reads the framing headers of a complete head (the first `length(head)` bytes).
Framing framing(const QByteArray &head);

} // namespace HttpRequestHead
