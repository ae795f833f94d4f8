#pragma once

#include "personalize/datacheckreport.h"

#include <QDateTime>
#include <QString>

// Data check reports for tests, as the check produces them for a location of two CSV files.
namespace DataCheckExamples {

inline DataCheckFinding finding(DataCheckFinding::Severity severity, const QString &rule,
                                const QString &message, const QString &fix,
                                const QString &file = QString(), int line = 0,
                                const QString &column = QString())
{
    DataCheckFinding f;
    f.severity = severity;
    f.rule = rule;
    f.message = message;
    f.fix = fix;
    f.file = file;
    f.line = line;
    f.column = column;
    return f;
}

// An error, a warning and a note, about s3://<bucket>/<folder>/.
inline DataCheckReport mixed(const QString &location = QStringLiteral("s3://demo-bucket/nightly/"))
{
    using S = DataCheckFinding::Severity;
    DataCheckReport report;
    report.datasetArn = QStringLiteral(
        "arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/INTERACTIONS");
    report.dataLocation = location;
    report.importMode = QStringLiteral("FULL");
    report.checkedAt = QDateTime(QDate(2024, 5, 1), QTime(9, 58, 30), Qt::UTC);
    report.filesFound = 2;
    report.filesSampled = 2;
    report.totalBytes = 1'234'567;
    report.bytesRead = 81'920;
    report.estimatedRecords = 25'000;
    report.findings = {
        finding(S::Error, QStringLiteral("timestamp-milliseconds"),
                QStringLiteral("TIMESTAMP holds 1714557600000, a time in milliseconds; the "
                               "service expects seconds since 1970."),
                QStringLiteral("Divide the TIMESTAMP values by 1000 when exporting the data."),
                location + QStringLiteral("interactions-1.csv"), 2, QStringLiteral("TIMESTAMP")),
        finding(S::Warning, QStringLiteral("non-csv-object"),
                QStringLiteral("notes.txt is not a CSV file; the import skips it."),
                QStringLiteral("Move files that are not data out of the folder."),
                location + QStringLiteral("notes.txt")),
        finding(S::Info, QStringLiteral("extra-column"),
                QStringLiteral("The column SESSION_ID is not in the dataset's schema; it is "
                               "not imported."),
                QString(), location + QStringLiteral("interactions-2.csv"), 1,
                QStringLiteral("SESSION_ID")),
    };
    return report;
}

// No findings in two files.
inline DataCheckReport clean(const QString &location = QStringLiteral("s3://demo-bucket/nightly/"))
{
    DataCheckReport report = mixed(location);
    report.findings.clear();
    return report;
}

} // namespace DataCheckExamples
