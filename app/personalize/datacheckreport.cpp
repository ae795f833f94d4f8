#include "personalize/datacheckreport.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

struct SeverityName
{
    DataCheckFinding::Severity severity;
    const char *name;
};

constexpr SeverityName kSeverities[] = {
    {DataCheckFinding::Severity::Error, "error"},
    {DataCheckFinding::Severity::Warning, "warning"},
    {DataCheckFinding::Severity::Info, "info"},
};

std::optional<DataCheckFinding::Severity> severityFromName(const QString &name)
{
    for (const SeverityName &entry : kSeverities) {
        if (name == QLatin1String(entry.name))
            return entry.severity;
    }
    return std::nullopt;
}

QString stateName(DataCheckReport::State state)
{
    return state == DataCheckReport::State::Completed ? QStringLiteral("completed")
                                                      : QStringLiteral("incomplete");
}

std::optional<DataCheckReport::State> stateFromName(const QString &name)
{
    if (name == u"completed")
        return DataCheckReport::State::Completed;
    if (name == u"incomplete")
        return DataCheckReport::State::Incomplete;
    return std::nullopt;
}

// A whole, non-negative number that a double holds exactly; std::nullopt for anything else, so
// that a report whose counts were damaged is refused rather than read as zero.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    constexpr double kLargestExact = 9007199254740992.0; // 2^53
    if (!(number >= 0 && number <= kLargestExact) || std::trunc(number) != number)
        return std::nullopt;
    return static_cast<qint64>(number);
}

// The text at `key`: an absent key reads as empty, anything but a string as damage.
std::optional<QString> text(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<DataCheckFinding> findingFromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const auto severity = severityFromName(object.value(QLatin1String("severity")).toString());
    const auto rule = text(object, QLatin1String("rule"));
    const auto message = text(object, QLatin1String("message"));
    const auto fix = text(object, QLatin1String("fix"));
    const auto file = text(object, QLatin1String("file"));
    const auto column = text(object, QLatin1String("column"));
    if (!severity || !rule || !message || !fix || !file || !column || message->isEmpty())
        return std::nullopt;
    DataCheckFinding finding;
    finding.severity = *severity;
    finding.rule = *rule;
    finding.message = *message;
    finding.fix = *fix;
    finding.file = *file;
    finding.column = *column;
    const QJsonValue line = object.value(QLatin1String("line"));
    if (!line.isUndefined()) {
        const auto number = wholeNumber(line);
        if (!number || *number > std::numeric_limits<int>::max())
            return std::nullopt;
        finding.line = static_cast<int>(*number);
    }
    return finding;
}

} // namespace

bool DataCheckReport::hasErrors() const
{
    return count(DataCheckFinding::Severity::Error) > 0;
}

int DataCheckReport::count(DataCheckFinding::Severity severity) const
{
    return static_cast<int>(std::count_if(
        findings.cbegin(), findings.cend(),
        [severity](const DataCheckFinding &finding) { return finding.severity == severity; }));
}

QString DataCheckReport::summary() const
{
    if (state == State::Incomplete) {
        const QString why =
            error.isEmpty() ? tr("the check stopped before it read the data.") : error;
        return tr("Check incomplete: %1").arg(why);
    }
    const int errors = count(DataCheckFinding::Severity::Error);
    const int warnings = count(DataCheckFinding::Severity::Warning);
    // The files read, and how many there are when only some of them were.
    QString files;
    if (filesSampled < filesFound) {
        files = filesFound == 1 ? tr("%1 of 1 file", "files read of files found").arg(filesSampled)
                                : tr("%1 of %2 files", "files read of files found")
                                      .arg(filesSampled)
                                      .arg(filesFound);
    } else {
        files = filesSampled == 1 ? tr("1 file") : tr("%1 files").arg(filesSampled);
    }
    if (errors == 0 && warnings == 0)
        return tr("No problems found in %1", "in N files").arg(files);
    QStringList parts;
    if (errors > 0)
        parts << (errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors));
    if (warnings > 0)
        parts << (warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings));
    return tr("%1 in %2", "2 errors, 1 warning in 3 files")
        .arg(parts.join(tr(", ", "between the counts of a data check summary")), files);
}

QJsonObject DataCheckReport::toJson() const
{
    QJsonArray items;
    for (const DataCheckFinding &finding : findings) {
        items.append(QJsonObject{
            {QStringLiteral("severity"), severityName(finding.severity)},
            {QStringLiteral("rule"), finding.rule},
            {QStringLiteral("message"), finding.message},
            {QStringLiteral("fix"), finding.fix},
            {QStringLiteral("file"), finding.file},
            {QStringLiteral("line"), finding.line},
            {QStringLiteral("column"), finding.column},
        });
    }
    QJsonObject json{
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("datasetArn"), datasetArn},
        {QStringLiteral("dataLocation"), dataLocation},
        {QStringLiteral("importMode"), importMode},
        {QStringLiteral("filesFound"), filesFound},
        {QStringLiteral("filesSampled"), filesSampled},
        {QStringLiteral("totalBytes"), totalBytes},
        {QStringLiteral("bytesRead"), bytesRead},
        {QStringLiteral("findings"), items},
    };
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (checkedAt.isValid())
        json.insert(QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODateWithMs));
    if (estimatedRecords)
        json.insert(QStringLiteral("estimatedRecords"), *estimatedRecords);
    return json;
}

std::optional<DataCheckReport> DataCheckReport::fromJson(const QJsonObject &json)
{
    // A report says what state it is in and what it found; anything else is not one.
    const auto state = stateFromName(json.value(QLatin1String("state")).toString());
    const QJsonValue findingsValue = json.value(QLatin1String("findings"));
    if (!state || !findingsValue.isArray())
        return std::nullopt;
    DataCheckReport report;
    report.state = *state;

    const auto error = text(json, QLatin1String("error"));
    const auto datasetArn = text(json, QLatin1String("datasetArn"));
    const auto dataLocation = text(json, QLatin1String("dataLocation"));
    const auto importMode = text(json, QLatin1String("importMode"));
    const auto checkedAt = text(json, QLatin1String("checkedAt"));
    if (!error || !datasetArn || !dataLocation || !importMode || !checkedAt)
        return std::nullopt;
    report.error = *error;
    report.datasetArn = *datasetArn;
    report.dataLocation = *dataLocation;
    report.importMode = *importMode;
    if (!checkedAt->isEmpty()) {
        report.checkedAt = QDateTime::fromString(*checkedAt, Qt::ISODateWithMs);
        if (!report.checkedAt.isValid())
            return std::nullopt;
        report.checkedAt = report.checkedAt.toUTC();
    }

    // Counts: absent reads as zero, anything but a whole number as damage.
    const auto count = [&json](QLatin1String key, qint64 limit) -> std::optional<qint64> {
        const QJsonValue value = json.value(key);
        if (value.isUndefined())
            return 0;
        const auto number = wholeNumber(value);
        if (!number || *number > limit)
            return std::nullopt;
        return number;
    };
    constexpr qint64 kIntMax = std::numeric_limits<int>::max();
    constexpr qint64 kAnySize = std::numeric_limits<qint64>::max();
    const auto filesFound = count(QLatin1String("filesFound"), kIntMax);
    const auto filesSampled = count(QLatin1String("filesSampled"), kIntMax);
    const auto totalBytes = count(QLatin1String("totalBytes"), kAnySize);
    const auto bytesRead = count(QLatin1String("bytesRead"), kAnySize);
    if (!filesFound || !filesSampled || !totalBytes || !bytesRead)
        return std::nullopt;
    report.filesFound = static_cast<int>(*filesFound);
    report.filesSampled = static_cast<int>(*filesSampled);
    report.totalBytes = *totalBytes;
    report.bytesRead = *bytesRead;
    const QJsonValue estimated = json.value(QLatin1String("estimatedRecords"));
    if (!estimated.isUndefined() && !estimated.isNull()) {
        const auto records = wholeNumber(estimated);
        if (!records)
            return std::nullopt;
        report.estimatedRecords = *records;
    }

    const QJsonArray items = findingsValue.toArray();
    report.findings.reserve(items.size());
    for (const QJsonValue &item : items) {
        const auto finding = findingFromJson(item);
        if (!finding)
            return std::nullopt;
        report.findings.append(*finding);
    }
    return report;
}

QString DataCheckReport::severityName(DataCheckFinding::Severity severity)
{
    for (const SeverityName &entry : kSeverities) {
        if (entry.severity == severity)
            return QLatin1String(entry.name);
    }
    return {};
}

QString DataCheckReport::severityLabel(DataCheckFinding::Severity severity)
{
    switch (severity) {
    case DataCheckFinding::Severity::Error:
        return tr("Error", "severity of a data check finding");
    case DataCheckFinding::Severity::Warning:
        return tr("Warning", "severity of a data check finding");
    case DataCheckFinding::Severity::Info:
        return tr("Note", "severity of a data check finding: worth knowing, nothing to fix");
    }
    return {};
}
