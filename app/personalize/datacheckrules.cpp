#include "personalize/datacheckrules.h"

#include "personalize/csvsample.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace {

using Severity = DataCheckFinding::Severity;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("DataCheckRules", text, disambiguation, n);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString gigabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / 1e9, 'f', bytes < 10'000'000'000LL ? 2 : 1);
}

DataCheckFinding finding(Severity severity, const char *rule, const QString &message,
                         const QString &fix, const QString &file = {}, int line = 0,
                         const QString &column = {})
{
    return DataCheckFinding{severity, QString::fromLatin1(rule), message, fix, file, line, column};
}

// Collects findings of one file, at most kMaxFindingsPerRule of each rule, and says how many
// more there were.
class FileFindings
{
public:
    FileFindings(QList<DataCheckFinding> &out, const QString &file)
        : m_out(out)
        , m_file(file)
    {}
    ~FileFindings()
    {
        for (auto it = m_extra.cbegin(); it != m_extra.cend(); ++it) {
            const DataCheckFinding &first = m_first.value(it.key());
            m_out.append(finding(
                first.severity, it.key().toLatin1().constData(),
                tr("Other rows in this file have the same problem (%n more).", nullptr, it.value()),
                first.fix, m_file, 0, first.column));
        }
    }
    Q_DISABLE_COPY_MOVE(FileFindings)

    void add(DataCheckFinding f)
    {
        f.file = m_file;
        int &seen = m_seen[f.rule];
        ++seen;
        if (seen > DataCheckRules::kMaxFindingsPerRule) {
            if (!m_first.contains(f.rule))
                m_first.insert(f.rule, f);
            ++m_extra[f.rule];
            return;
        }
        m_out.append(f);
    }

private:
    QList<DataCheckFinding> &m_out;
    QString m_file;
    QHash<QString, int> m_seen;
    QHash<QString, int> m_extra;
    QHash<QString, DataCheckFinding> m_first;
};

QString where(const CsvRow &row)
{
    return row.line > 0 ? tr("Line %1").arg(row.line) : tr("A row near the end of the file");
}

bool isTimestampField(const QString &name)
{
    return name == u"TIMESTAMP" || name == u"CREATION_TIMESTAMP";
}

int lengthLimit(const AvroField &field)
{
    if (field.name == u"USER_ID" || field.name == u"ITEM_ID")
        return DataCheckRules::kIdMaxLength;
    if (field.type != u"string")
        return 0;
    if (field.textual)
        return DataCheckRules::kTextualMaxLength;
    if (field.categorical)
        return DataCheckRules::kCategoricalMaxLength;
    return 0;
}

// The header's checks. Returns false when the header is unusable for the row checks.
bool checkHeader(const DataCheckInput &input, const CsvSample &sample, FileFindings &out)
{
    if (sample.startsWithBom) {
        out.add(finding(Severity::Error, "bom",
                        tr("The file starts with a byte-order mark (BOM). Personalize reads it as "
                           "part of the first column's name, so that column counts as missing."),
                        tr("Save the file as UTF-8 without a byte-order mark (spreadsheet "
                           "programs add one when saving as \"CSV UTF-8\"; most text editors "
                           "can leave it out)."),
                        {}, 1));
    }
    if (sample.rows.isEmpty()) {
        out.add(finding(Severity::Error, "no-header",
                        tr("The file has no header line: it is empty or holds no complete line."),
                        tr("Put the column names on the first line, then one record per line.")));
        return false;
    }
    const QStringList header = sample.rows.constFirst().fields;
    if (header.size() == 1) {
        const QString only = header.constFirst();
        for (const QChar delimiter : {QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
            if (only.contains(delimiter)) {
                const QString name = delimiter == u'\t'  ? tr("tabs")
                                     : delimiter == u';' ? tr("semicolons")
                                                         : tr("vertical bars");
                out.add(finding(Severity::Error, "delimiter",
                                tr("The header separates its columns with %1; Personalize reads "
                                   "only commas, so it sees one column named \"%2\".")
                                    .arg(name, only.left(80)),
                                tr("Export the file as comma-separated values."), {}, 1));
                return false;
            }
        }
    }

    QHash<QString, QString> byLowerCase;
    for (const QString &name : header)
        byLowerCase.insert(name.toLower(), name);
    const QStringList schemaNames = input.schema.fieldNames();
    for (const QString &required : input.schema.requiredFieldNames()) {
        if (header.contains(required))
            continue;
        const QString similar = byLowerCase.value(required.toLower());
        if (!similar.isEmpty()) {
            out.add(
                finding(Severity::Error, "missing-column",
                        tr("The required column %1 is missing: the header has \"%2\", and "
                           "names must match the schema exactly, including case.")
                            .arg(required, similar),
                        tr("Rename the column \"%1\" to %2 in the header.").arg(similar, required),
                        {}, 1, required));
        } else {
            out.add(finding(Severity::Error, "missing-column",
                            tr("The required column %1 is missing from the header.").arg(required),
                            tr("Add a %1 column, or check that the file belongs to this dataset "
                               "(the header names must match the dataset's schema).")
                                .arg(required),
                            {}, 1, required));
        }
    }
    QStringList extra;
    for (const QString &name : header) {
        if (!schemaNames.contains(name) && !schemaNames.contains(name, Qt::CaseInsensitive))
            extra.append(name);
    }
    if (!extra.isEmpty()) {
        out.add(finding(Severity::Info, "extra-column",
                        tr("Columns not in the schema: %1.").arg(extra.join(QLatin1String(", "))),
                        tr("Nothing to do if they are not meant to be imported; add them to the "
                           "schema otherwise."),
                        {}, 1));
    }
    return true;
}

void checkRow(const DataCheckInput &input, const QStringList &header, const CsvRow &row,
              FileFindings &out)
{
    if (row.fields.size() != header.size()) {
        out.add(
            finding(Severity::Error, "ragged-row",
                    tr("%1 does not have as many values as the header has columns (%2 instead of "
                       "%3). A comma inside a value that is not in double quotes, or a missing "
                       "quote, shifts the columns.")
                        .arg(where(row))
                        .arg(row.fields.size())
                        .arg(header.size()),
                    tr("Put values that contain commas or line breaks in double quotes and "
                       "double any quote inside them (\"\")."),
                    {}, row.line));
        return;
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        const AvroField *field = input.schema.field(header.at(i));
        if (!field)
            continue;
        const QString &value = row.fields.at(i);
        if (value.isEmpty()) {
            if (!field->optional) {
                out.add(finding(
                    Severity::Error, "empty-required",
                    tr("%1 has no value for %2, which the schema requires.")
                        .arg(where(row), field->name),
                    tr("Fill in %1 on every row, or remove rows without it.").arg(field->name), {},
                    row.line, field->name));
            }
            continue;
        }
        if (isTimestampField(field->name)) {
            bool isNumber = false;
            const qint64 stamp = value.toLongLong(&isNumber);
            if (isNumber && stamp >= DataCheckRules::kMillisecondsThreshold) {
                out.add(finding(Severity::Error, "timestamp-milliseconds",
                                tr("%1: %2 is %3, which looks like milliseconds; Personalize "
                                   "expects Unix epoch time in seconds.")
                                    .arg(where(row), field->name, value),
                                tr("Divide the %1 values by 1000 (whole seconds since 1 January "
                                   "1970, UTC).")
                                    .arg(field->name),
                                {}, row.line, field->name));
            }
        }
        const int limit = lengthLimit(*field);
        if (limit > 0 && value.size() > limit) {
            out.add(finding(Severity::Error, "value-too-long",
                            tr("%1: the %2 value has %3 characters; the limit is %4.")
                                .arg(where(row), field->name, number(value.size()), number(limit)),
                            tr("Shorten the values of %1, or check the quoting: a missing closing "
                               "quote runs a value into the following lines.")
                                .arg(field->name),
                            {}, row.line, field->name));
        }
    }
}

struct FileRecords
{
    qint64 dataRows = 0;
    qint64 dataRowBytes = 0;
    qint64 headerBytes = 0;
    bool exact = false;
};

FileRecords checkSample(const DataCheckInput &input, const DataCheckSample &sample,
                        QList<DataCheckFinding> &findings)
{
    FileRecords records;
    const QString file = S3Location{input.location.bucket, sample.key}.toUrl();
    FileFindings out(findings, file);

    if (sample.serverSideEncryption.startsWith(QLatin1String("aws:kms"))) {
        const QString key =
            sample.kmsKeyId.isEmpty() ? tr("the bucket's KMS key") : sample.kmsKeyId;
        out.add(finding(Severity::Warning, "kms-encrypted",
                        tr("The file is encrypted with AWS KMS (%1). The import role must be "
                           "allowed to decrypt with that key, or the import fails for lack of "
                           "access.")
                            .arg(key),
                        tr("Allow kms:Decrypt (and kms:GenerateDataKey) on the key to the import "
                           "role, or in the key policy to the Personalize service principal.")));
    }
    if (sample.readError) {
        const AwsError &error = *sample.readError;
        if (error.code == u"AccessDenied" || error.httpStatus == 403) {
            out.add(finding(Severity::Warning, "caller-access-denied",
                            tr("Your credentials may not read this file, so it was not checked. "
                               "Personalize reads it with the import role and the bucket policy, "
                               "not with your rights, so the import may still work."),
                            tr("Check that the import role may s3:GetObject this file and that the "
                               "bucket policy allows the Personalize service principal.")));
        } else {
            out.add(finding(Severity::Warning, "unreadable",
                            tr("The file could not be read for the check: %1").arg(error.message),
                            tr("Try the check again; if it persists, check the file in the S3 "
                               "console.")));
        }
        return records;
    }

    const CsvSample head = CsvSample::read(sample.head, true, sample.complete);
    if (!checkHeader(input, head, out))
        return records;
    const QStringList header = head.rows.constFirst().fields;
    records.headerBytes = head.rows.constFirst().bytes;
    for (qsizetype i = 1; i < head.rows.size(); ++i) {
        checkRow(input, header, head.rows.at(i), out);
        ++records.dataRows;
        records.dataRowBytes += head.rows.at(i).bytes;
    }
    if (head.unterminatedQuote) {
        out.add(finding(Severity::Error, "ragged-row",
                        tr("Line %1 opens a double quote that is never closed, so the rest of the "
                           "file reads as one value.")
                            .arg(head.unterminatedQuoteLine),
                        tr("Close the quote, or double the quote character if it is part of the "
                           "value (\"\")."),
                        {}, head.unterminatedQuoteLine));
    }
    if (!sample.complete && !sample.tail.isEmpty()) {
        const CsvSample tail = CsvSample::read(sample.tail, false, true);
        for (const CsvRow &row : tail.rows)
            checkRow(input, header, row, out);
        if (tail.unterminatedQuote) {
            out.add(finding(Severity::Error, "ragged-row",
                            tr("The file ends inside a double-quoted value that is never closed."),
                            tr("Close the quote, or double the quote character if it is part of "
                               "the value (\"\").")));
        }
    }
    records.exact = sample.complete;
    return records;
}

} // namespace

namespace DataCheckRules {

bool isCsvKey(const QString &key)
{
    return key.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
}

bool isFolderMarker(const S3ObjectSummary &object)
{
    return object.size == 0 && object.key.endsWith(QLatin1Char('/'));
}

DataCheckOutcome check(const DataCheckInput &input)
{
    DataCheckOutcome outcome;
    QList<DataCheckFinding> &findings = outcome.findings;
    const QString location = input.location.toUrl();

    QList<S3ObjectSummary> csv;
    QList<S3ObjectSummary> other;
    for (const S3ObjectSummary &object : input.objects) {
        if (isFolderMarker(object))
            continue;
        // A file location is imported whatever its name.
        if (!input.location.isFolder() || isCsvKey(object.key))
            csv.append(object);
        else
            other.append(object);
    }
    outcome.csvFiles = int(csv.size());
    for (const S3ObjectSummary &object : std::as_const(csv))
        outcome.csvBytes += object.size;

    if (input.location.isFolder()) {
        for (qsizetype i = 0; i < other.size() && i < kMaxFindingsPerRule; ++i) {
            findings.append(
                finding(Severity::Warning, "non-csv-object",
                        tr("This file is not a .csv file; the import expects CSV files only in the "
                           "folder."),
                        tr("Move it out of the folder, or rename it if it is CSV data."),
                        S3Location{input.location.bucket, other.at(i).key}.toUrl()));
        }
        if (other.size() > kMaxFindingsPerRule) {
            findings.append(
                finding(Severity::Warning, "non-csv-object",
                        tr("Other files in the folder are not .csv files either (%n more).",
                           nullptr, int(other.size() - kMaxFindingsPerRule)),
                        tr("Keep only the data files in the import folder."), location));
        }
        if (csv.isEmpty()) {
            findings.append(finding(
                Severity::Error, "no-data",
                input.objects.isEmpty()
                    ? tr("Nothing is stored under %1: the folder is empty or does not exist.")
                          .arg(location)
                    : tr("The folder %1 holds no .csv file.").arg(location),
                tr("Upload the CSV files to this folder, or correct the location (a folder ends "
                   "with /, a file is named in full)."),
                location));
        }
        if (!input.listingComplete) {
            findings.append(finding(Severity::Info, "listing-cut",
                                    tr("The folder holds more objects than the check lists; "
                                       "the figures below cover the first %n.",
                                       nullptr, int(input.objects.size())),
                                    tr("Nothing to do."), location));
        }
    } else if (csv.isEmpty()) {
        findings.append(finding(Severity::Error, "no-data",
                                tr("There is no file at %1.").arg(location),
                                tr("Check the bucket and the file name (they are case-sensitive); "
                                   "for a folder of files, end the location with /."),
                                location));
    }

    const bool full = input.importMode != u"INCREMENTAL";
    const qint64 limit = full ? kFullImportMaxBytes : kIncrementalImportMaxBytes;
    if (outcome.csvBytes > limit) {
        findings.append(finding(
            Severity::Error, "size-over-limit",
            full ? tr("The data is %1 GB; a FULL import takes at most %2 GB.")
                       .arg(gigabytes(outcome.csvBytes), gigabytes(limit))
                 : tr("The data is %1 GB; an INCREMENTAL import takes at most %2 GB.")
                       .arg(gigabytes(outcome.csvBytes), gigabytes(limit)),
            tr("Split the data over several import jobs (INCREMENTAL after the first), each under "
               "the limit."),
            location));
    }

    FileRecords total;
    bool everyFileReadWhole = !csv.isEmpty() && input.listingComplete;
    int sampled = 0;
    qint64 unsampledBytes = 0;
    for (const S3ObjectSummary &object : std::as_const(csv)) {
        const auto sample =
            std::find_if(input.samples.cbegin(), input.samples.cend(),
                         [&](const DataCheckSample &s) { return s.key == object.key; });
        if (sample == input.samples.cend()) {
            everyFileReadWhole = false;
            unsampledBytes += object.size;
            continue;
        }
        const FileRecords records = checkSample(input, *sample, findings);
        if (sample->readError) {
            everyFileReadWhole = false;
            unsampledBytes += object.size;
            continue;
        }
        ++sampled;
        total.dataRows += records.dataRows;
        total.dataRowBytes += records.dataRowBytes;
        if (!records.exact) {
            everyFileReadWhole = false;
            // The part of this file not covered by the head's rows.
            unsampledBytes +=
                std::max<qint64>(0, object.size - records.headerBytes - records.dataRowBytes);
        }
    }

    if (sampled > 0) {
        if (everyFileReadWhole) {
            outcome.estimatedRecords = total.dataRows;
            outcome.recordsExact = true;
        } else if (total.dataRows > 0) {
            const double meanRow = double(total.dataRowBytes) / double(total.dataRows);
            outcome.estimatedRecords =
                total.dataRows + qint64(double(unsampledBytes) / std::max(1.0, meanRow));
        }
    }
    if (input.datasetType.compare(QLatin1String("INTERACTIONS"), Qt::CaseInsensitive) == 0 &&
        outcome.estimatedRecords && *outcome.estimatedRecords < kMinInteractions &&
        input.listingComplete) {
        const qint64 records = *outcome.estimatedRecords;
        findings.append(finding(
            outcome.recordsExact ? Severity::Error : Severity::Warning, "too-few-records",
            outcome.recordsExact
                ? tr("The data holds %1 interactions; an import needs at least %2.")
                      .arg(number(records), number(kMinInteractions))
                : tr("The data holds about %1 interactions (estimated from the files' sizes); "
                     "an import needs at least %2.")
                      .arg(number(records), number(kMinInteractions)),
            tr("Import at least %1 interaction records, for example by collecting more history "
               "before the first import.")
                .arg(number(kMinInteractions)),
            location));
    }

    std::stable_sort(findings.begin(), findings.end(),
                     [](const DataCheckFinding &a, const DataCheckFinding &b) {
                         return int(a.severity) < int(b.severity);
                     });
    return outcome;
}

} // namespace DataCheckRules
