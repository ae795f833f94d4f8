// The framing of HTTP requests that reach the sandbox, judged on the bytes received so far.
// Input: the bytes of a connection.
#include "fuzzinput.h"

#include "sandbox/httprequesthead.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInput::bytes(data, size);
    const std::optional<qsizetype> length = HttpRequestHead::length(bytes);
    if (!length)
        return 0;
    FuzzInput::check(*length > 0 && *length <= bytes.size());
    // Bytes arrive in pieces: the head is found complete exactly when its last byte arrived.
    FuzzInput::check(HttpRequestHead::length(bytes.left(*length)) == length);
    FuzzInput::check(!HttpRequestHead::length(bytes.left(*length - 1)));
    const HttpRequestHead::Framing framing = HttpRequestHead::framing(bytes.left(*length));
    if (framing.contentLength)
        FuzzInput::check(*framing.contentLength >= 0);
    return 0;
}
