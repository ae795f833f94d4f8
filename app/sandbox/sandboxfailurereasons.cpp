#include "sandbox/sandboxfailurereasons.h"

namespace SandboxFailureReasons {

// The texts for access, location, columns and length copy the wording the service is known to
// use, dots included, so that the app's hints are exercised on realistic input. The service's
// exact wording for the others is not known; the sandbox words them in the same style.

QString noAccess(const QString &type)
{
    return QStringLiteral("Failed to create a data import job for %1 dataset....Insufficient "
                          "privileges for accessing data in Amazon S3.")
        .arg(type);
}

QString invalidLocation()
{
    return QStringLiteral("Invalid Data location.");
}

QString missingColumns(const QString &type, const QStringList &columns)
{
    return QStringLiteral("Failed to create a data import job %1 dataset...Input CSV is missing "
                          "the following columns:[%2].")
        .arg(type, columns.join(QStringLiteral(", ")));
}

QString raggedRow(const QString &type, qint64 line, qsizetype fields, qsizetype headerFields)
{
    return QStringLiteral("Failed to create a data import job for %1 dataset. Line %2 has %3 "
                          "fields; the header has %4.")
        .arg(type)
        .arg(line)
        .arg(fields)
        .arg(headerFields);
}

QString emptyRequired(const QString &type, qint64 line, const QString &column)
{
    return QStringLiteral("Failed to create a data import job for %1 dataset. Line %2 has no "
                          "value for the required column %3.")
        .arg(type)
        .arg(line)
        .arg(column);
}

QString tooLong(int limit, const QString &column)
{
    return QStringLiteral("Length cannot be more than %1 characters for %2. If no values exceed "
                          "the character limit, make sure your data follows the formatting "
                          "guidelines listed in "
                          "https://docs.aws.amazon.com/personalize/latest/dg/"
                          "data-prep-formatting.html.")
        .arg(limit)
        .arg(column);
}

QString millisecondTimestamps(const QString &type, const QString &column)
{
    return QStringLiteral("Failed to create a data import job for %1 dataset. %2 values must be "
                          "Unix epoch time in seconds; the values found look like milliseconds.")
        .arg(type, column);
}

QString tooFewRecords(const QString &type, qint64 records)
{
    const QString what = type == QLatin1String("INTERACTIONS")
                             ? QStringLiteral("interaction records")
                             : QStringLiteral("records");
    return QStringLiteral("Failed to create a data import job for %1 dataset. The data has %2 "
                          "%3; an import needs at least 1000.")
        .arg(type)
        .arg(records)
        .arg(what);
}

QString overSizeLimit(const QString &type, const QString &limit, const QString &mode)
{
    return QStringLiteral("Failed to create a data import job for %1 dataset. The data is larger "
                          "than the %2 limit of a %3 import.")
        .arg(type, limit, mode);
}

} // namespace SandboxFailureReasons
