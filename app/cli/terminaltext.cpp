#include "cli/terminaltext.h"

#include "aws/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

// What to print instead of `c`, or an empty string when it is shown as it is.
QString escapeFor(char16_t c)
{
    switch (c) {
    case u'\n':
        return QStringLiteral("\\n");
    case u'\r':
        return QStringLiteral("\\r");
    case u'\t':
        return QStringLiteral("\\t");
    default:
        break;
    }
    if (c < 0x20 || c == 0x7F)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    if ((c >= 0x80 && c <= 0x9F) || isBidiControl(c))
        return QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    return {};
}

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

QJsonValue redacted(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return Redaction::redact(value.toString());
    case QJsonValue::Array: {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redacted(item));
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = redacted(*it);
        return object;
    }
    default:
        return value;
    }
}

} // namespace

namespace TerminalText {

QString escaped(const QString &text)
{
    if (!hasControlCharacters(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        const QString escape = escapeFor(c.unicode());
        if (escape.isEmpty())
            out.append(c);
        else
            out.append(escape);
    }
    return out;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return needsEscape(c.unicode()); });
}

QString shown(const QString &text)
{
    return escaped(Redaction::redact(text));
}

QByteArray json(const QJsonDocument &document)
{
    const QJsonValue root =
        document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonValue clean = redacted(root);
    const QByteArray written =
        (clean.isArray() ? QJsonDocument(clean.toArray()) : QJsonDocument(clean.toObject()))
            .toJson(QJsonDocument::Indented);
    // Outside strings JSON text is printable ASCII, so these characters can only be inside a
    // string, where \uHHHH stands for the same character.
    const QString text = QString::fromUtf8(written);
    if (!hasControlCharacters(text))
        return written;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar c : text) {
        if (needsEscape(c.unicode()) && c != u'\n')
            out.append(QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0')));
        else
            out.append(c);
    }
    return out.toUtf8();
}

} // namespace TerminalText
