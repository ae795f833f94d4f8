#pragma once

#include "aws/result.h"
#include "sandbox/sandboxtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Pagination of the sandbox's listings. The nextToken is opaque to clients: it records where a
// listing stopped (the sort key of the last item returned, so that items added between pages
// neither repeat nor go missing), for which listing and filter, sealed with a keyed checksum so
// that edited tokens and tokens of another listing, filter or sandbox are refused with
// InvalidNextTokenException instead of being misread.
namespace SandboxPaging {

struct Cursor
{
    QString listing; // the operation, e.g. "ListDatasetImportJobs"
    QString filter;  // the ARN the listing was filtered by, or empty
    QString after;   // sort key of the last item returned
    bool operator==(const Cursor &) const = default;
};

QString encodeToken(const Cursor &cursor, const QByteArray &key);
// std::nullopt for anything encodeToken() did not produce with the same key.
std::optional<Cursor> decodeToken(const QString &token, const QByteArray &key);

// Listings run newest first, then by ARN; this key sorts that way as a plain string.
QString sortKey(const QDateTime &created, const QString &arn);

struct Item
{
    QString key; // sortKey() of the item
    int index;   // where the caller keeps it
};

// The indexes of one page of `items` (maxResults 1–100, default 100) continuing after the
// cursor in `nextToken`; sets *continuation when more items follow. Sorts the items first.
Result<QList<int>, SandboxError> page(QList<Item> items, const std::optional<QString> &nextToken,
                                      const std::optional<int> &maxResults, const QString &listing,
                                      const QString &filter, const QByteArray &tokenKey,
                                      std::optional<QString> *continuation);

// Positions [first, last) of a listing.
struct Range
{
    qsizetype first = 0;
    qsizetype last = 0;
};

// The same for a listing of `size` items the caller already keeps in order: keyAt(i) is the
// sortKey() of its item i, and keys ascend with i. Costs O(log size + page) keyAt() calls.
Result<Range, SandboxError>
pageOfSorted(qsizetype size, const std::function<QString(qsizetype)> &keyAt,
             const std::optional<QString> &nextToken, const std::optional<int> &maxResults,
             const QString &listing, const QString &filter, const QByteArray &tokenKey,
             std::optional<QString> *continuation);

} // namespace SandboxPaging
