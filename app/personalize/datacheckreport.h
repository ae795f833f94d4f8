#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One thing the data check found, with where it applies and how to fix it.
struct DataCheckFinding
{
    enum class Severity {
        Error,   // the import would fail
        Warning, // the import may fail or import less than intended
        Info,    // worth knowing, nothing to fix
    };

    Severity severity = Severity::Error;
    QString rule;    // stable id, e.g. "missing-column" (see DataCheckRules)
    QString message; // what is wrong, in plain words
    QString fix;     // what to do about it
    QString file;    // s3://bucket/key it applies to; empty for the location as a whole
    int line = 0;    // 1-based line in that file; 0 when not about one line
    QString column;  // the column it is about, if any

    bool operator==(const DataCheckFinding &) const = default;
};

// The outcome of one data check of a location against a dataset's schema.
struct DataCheckReport
{
    Q_DECLARE_TR_FUNCTIONS(DataCheckReport)

public:
    enum class State {
        Completed,  // the check ran; findings say what it saw
        Incomplete, // the check could not run to the end (error says why); findings so far
    };

    State state = State::Completed;
    QString error; // why the check is incomplete, in plain words
    QString datasetArn;
    QString dataLocation;
    QString importMode; // FULL or INCREMENTAL
    QDateTime checkedAt;
    int filesFound = 0;   // CSV files at the location
    int filesSampled = 0; // of which were read
    qint64 totalBytes = 0;
    qint64 bytesRead = 0;
    std::optional<qint64> estimatedRecords; // from the total size and the sample's rows
    QList<DataCheckFinding> findings;

    bool hasErrors() const;
    int count(DataCheckFinding::Severity severity) const;
    // "2 errors, 1 warning" / "No problems found in 3 files" / "Check incomplete: …".
    QString summary() const;

    QJsonObject toJson() const;
    // std::nullopt for JSON that is not a report.
    static std::optional<DataCheckReport> fromJson(const QJsonObject &json);

    static QString severityName(DataCheckFinding::Severity severity);  // "error", "warning", "info"
    static QString severityLabel(DataCheckFinding::Severity severity); // translated

    bool operator==(const DataCheckReport &) const = default;
};

Q_DECLARE_METATYPE(DataCheckReport)
