#include "sandbox/httprequesthead.h"

#include <QList>

namespace HttpRequestHead {

std::optional<qsizetype> length(const QByteArray &bytes)
{
    qsizetype start = 0;
    while (start < bytes.size() && (bytes.at(start) == '\r' || bytes.at(start) == '\n'))
        ++start;
    for (qsizetype i = bytes.indexOf('\n', start); i >= 0; i = bytes.indexOf('\n', i + 1)) {
        qsizetype next = i + 1;
        if (next < bytes.size() && bytes.at(next) == '\r')
            ++next;
        if (next < bytes.size() && bytes.at(next) == '\n')
            return next + 1;
    }
    return std::nullopt;
}

Framing framing(const QByteArray &head)
{
    Framing result;
    const QList<QByteArray> lines = head.split('\n');
    bool requestLine = true;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.endsWith('\r') ? raw.chopped(1) : raw;
        if (line.isEmpty())
            continue;
        if (requestLine) {
            requestLine = false;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = value.size() <= 18 && !value.isEmpty();
            for (char c : value)
                ok = ok && c >= '0' && c <= '9';
            const qint64 declared = ok ? value.toLongLong(&ok) : -1;
            if (!ok || (result.contentLength && *result.contentLength != declared))
                result.malformed = true;
            else
                result.contentLength = declared;
        } else if (name == "transfer-encoding") {
            result.transferCoded = true;
        } else if (name == "x-amz-target" && result.target.isEmpty()) {
            result.target = value;
        }
    }
    return result;
}

} // namespace HttpRequestHead
