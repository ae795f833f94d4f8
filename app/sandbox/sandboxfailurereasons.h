#pragma once

#include <QString>
#include <QStringList>

// The failure reasons of the sandbox's import jobs, worded in one place so that a job failed by
// a keyword in its data location and one failed by what its files hold read the same. `type` is
// the dataset type as the service names it in its messages: INTERACTIONS, ITEMS or USERS.
namespace SandboxFailureReasons {

// The role cannot read the data.
QString noAccess(const QString &type);
// No object at the location, or no CSV object in the folder.
QString invalidLocation();
// Required schema fields not in the header, in schema order.
QString missingColumns(const QString &type, const QStringList &columns);
// A row (starting on 1-based physical line `line`) with a field count other than the header's,
// or with a quote that never closes.
QString raggedRow(const QString &type, qint64 line, qsizetype fields, qsizetype headerFields);
QString emptyRequired(const QString &type, qint64 line, const QString &column);
// Values over the service's length limit (1000, 20000 or 256 characters) in `column`.
QString tooLong(int limit, const QString &column);
// Time values in milliseconds rather than seconds in `column`.
QString millisecondTimestamps(const QString &type, const QString &column);
// Fewer records than an import needs.
QString tooFewRecords(const QString &type, qint64 records);
// More data than an import of `mode` (FULL, INCREMENTAL) may read; `limit` as shown, "1 GB".
QString overSizeLimit(const QString &type, const QString &limit, const QString &mode);

} // namespace SandboxFailureReasons
