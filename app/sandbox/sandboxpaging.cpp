#include "sandbox/sandboxpaging.h"

#include "sandbox/sandboxerrors.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray seal(const QByteArray &payload, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(payload, key, QCryptographicHash::Sha256).left(16);
}

} // namespace

namespace SandboxPaging {

QString encodeToken(const Cursor &cursor, const QByteArray &key)
{
    const QJsonObject json{{QStringLiteral("v"), 1},
                           {QStringLiteral("l"), cursor.listing},
                           {QStringLiteral("f"), cursor.filter},
                           {QStringLiteral("a"), cursor.after}};
    const QByteArray payload = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(payload.toBase64(kBase64) + '.' +
                               seal(payload, key).toBase64(kBase64));
}

std::optional<Cursor> decodeToken(const QString &token, const QByteArray &key)
{
    // Tokens are ASCII and at most 1,500 characters by contract; anything else is not ours.
    if (token.size() > 1500)
        return std::nullopt;
    const QByteArray text = token.toLatin1();
    const qsizetype dot = text.indexOf('.');
    if (dot <= 0)
        return std::nullopt;
    const auto options = kBase64 | QByteArray::AbortOnBase64DecodingErrors;
    const auto payload = QByteArray::fromBase64Encoding(text.left(dot), options);
    const auto mac = QByteArray::fromBase64Encoding(text.mid(dot + 1), options);
    if (!payload || !mac || *mac != seal(*payload, key))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(*payload).object();
    if (json.value(QStringLiteral("v")).toInt() != 1)
        return std::nullopt;
    return Cursor{json.value(QStringLiteral("l")).toString(),
                  json.value(QStringLiteral("f")).toString(),
                  json.value(QStringLiteral("a")).toString()};
}

QString sortKey(const QDateTime &created, const QString &arn)
{
    constexpr qint64 kFarFuture = 9999999999999; // ms, year 2286
    return QStringLiteral("%1|%2")
        .arg(kFarFuture - created.toMSecsSinceEpoch(), 13, 10, QLatin1Char('0'))
        .arg(arn);
}

Result<Range, SandboxError>
pageOfSorted(qsizetype size, const std::function<QString(qsizetype)> &keyAt,
             const std::optional<QString> &nextToken, const std::optional<int> &maxResults,
             const QString &listing, const QString &filter, const QByteArray &tokenKey,
             std::optional<QString> *continuation)
{
    if (auto error = SandboxErrors::checkMaxResults(maxResults))
        return *error;
    Range range;
    if (nextToken && !nextToken->isEmpty()) {
        const auto cursor = decodeToken(*nextToken, tokenKey);
        if (!cursor || cursor->listing != listing || cursor->filter != filter) {
            return SandboxError{QStringLiteral("InvalidNextTokenException"),
                                QStringLiteral("The next token is not valid for this request."),
                                400};
        }
        // The first item after the cursor: items added since the last page neither repeat nor
        // shift the rest.
        qsizetype low = 0;
        qsizetype high = size;
        while (low < high) {
            const qsizetype middle = low + (high - low) / 2;
            if (keyAt(middle) <= cursor->after)
                low = middle + 1;
            else
                high = middle;
        }
        range.first = low;
    }
    range.last = std::min(size, range.first + maxResults.value_or(100));
    if (range.last < size)
        *continuation = encodeToken({listing, filter, keyAt(range.last - 1)}, tokenKey);
    return range;
}

Result<QList<int>, SandboxError> page(QList<Item> items, const std::optional<QString> &nextToken,
                                      const std::optional<int> &maxResults, const QString &listing,
                                      const QString &filter, const QByteArray &tokenKey,
                                      std::optional<QString> *continuation)
{
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.key < b.key; });
    const auto range = pageOfSorted(
        items.size(), [&items](qsizetype i) { return items.at(i).key; }, nextToken, maxResults,
        listing, filter, tokenKey, continuation);
    if (!range)
        return range.error();
    QList<int> indexes;
    for (qsizetype i = range->first; i < range->last; ++i)
        indexes.append(items.at(i).index);
    return indexes;
}

} // namespace SandboxPaging
