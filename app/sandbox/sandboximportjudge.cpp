#include "sandbox/sandboximportjudge.h"

#include "sandbox/sandboxfailurereasons.h"
#include "sandbox/sandboxscenarios.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace {

// Reads CSV records one at a time: comma-separated, RFC 4180 quoting ("" for a quote inside
// quotes), and \" inside quotes also taken as a quote, as the service accepts it.
class CsvCursor
{
public:
    CsvCursor(const QByteArray &bytes, qsizetype start)
        : m_data(bytes.constData())
        , m_size(bytes.size())
        , m_pos(start)
    {}

    bool atEnd() const { return m_pos >= m_size; }
    qint64 line() const { return m_line; }

    // Reads the next record into `fields`; false at the end. `startLine` gets the physical line
    // it starts on, `unterminated` whether a quote was still open at the end of the data.
    bool next(std::vector<QByteArray> &fields, qsizetype &count, qint64 &startLine,
              bool &unterminated)
    {
        if (atEnd())
            return false;
        count = 0;
        unterminated = false;
        startLine = m_line;
        for (;;) {
            QByteArray &field = slot(fields, count++);
            if (m_pos < m_size && m_data[m_pos] == '"') {
                ++m_pos;
                unterminated = !readQuoted(field);
            }
            // Unquoted, or what follows a closing quote up to the next separator.
            while (m_pos < m_size && m_data[m_pos] != ',' && m_data[m_pos] != '\n')
                field += m_data[m_pos++];
            if (field.endsWith('\r') && (m_pos >= m_size || m_data[m_pos] == '\n'))
                field.chop(1);
            if (m_pos >= m_size)
                return true;
            if (m_data[m_pos++] == '\n') {
                ++m_line;
                return true;
            }
        }
    }

private:
    static QByteArray &slot(std::vector<QByteArray> &fields, qsizetype index)
    {
        if (static_cast<size_t>(index) >= fields.size())
            fields.emplace_back();
        QByteArray &field = fields[static_cast<size_t>(index)];
        field.resize(0); // keeps the capacity for the next record
        return field;
    }

    // After an opening quote: false when the data ends before the closing one.
    bool readQuoted(QByteArray &field)
    {
        while (m_pos < m_size) {
            const char c = m_data[m_pos];
            if (c == '\\' && m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                field += '"';
                m_pos += 2;
            } else if (c == '"') {
                if (m_pos + 1 < m_size && m_data[m_pos + 1] == '"') {
                    field += '"';
                    m_pos += 2;
                } else {
                    ++m_pos;
                    return true;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field += c;
                ++m_pos;
            }
        }
        return false;
    }

    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos;
    qint64 m_line = 1;
};

// Characters, not bytes: UTF-8 continuation bytes do not start one.
qsizetype characterCount(const QByteArray &value)
{
    qsizetype count = 0;
    for (const char c : value)
        count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

bool isEmptyLine(qsizetype count, const std::vector<QByteArray> &fields)
{
    return count == 1 && fields.front().isEmpty();
}

const char *keywordOf(const QString &rule)
{
    // The scenario of the same kind gives the time a job of this rule runs.
    if (rule == u"no-access")
        return "no-access";
    if (rule == u"no-data" || rule == u"size-over-limit")
        return "invalid-location";
    if (rule == u"bom")
        return "bom";
    if (rule == u"value-too-long")
        return "too-long";
    if (rule == u"timestamp-milliseconds")
        return "bad-timestamp";
    if (rule == u"too-few-records")
        return "too-few-rows";
    return "missing-columns"; // the other problems of the files' text
}

} // namespace

SandboxImportJudge::SandboxImportJudge(const QString &datasetType, const QString &schemaJson)
    : m_type(datasetType.toUpper())
{
    const QJsonArray fields =
        QJsonDocument::fromJson(schemaJson.toUtf8()).object().value(u"fields").toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject object = value.toObject();
        Field field;
        field.name = object.value(u"name").toString();
        const QJsonValue type = object.value(u"type");
        field.required = !(type.isArray() && type.toArray().contains(QStringLiteral("null")));
        const bool isString = type.toString() == u"string" ||
                              (type.isArray() && type.toArray().contains(QStringLiteral("string")));
        if (field.name == u"USER_ID" || field.name == u"ITEM_ID")
            field.maxLength = 256;
        else if (isString && object.value(u"textual").toBool())
            field.maxLength = 20000;
        else if (isString && object.value(u"categorical").toBool())
            field.maxLength = 1000;
        field.timestamp = field.name == u"TIMESTAMP" || field.name == u"CREATION_TIMESTAMP";
        m_fields.append(field);
    }
}

SandboxImportJudge::Verdict SandboxImportJudge::failure(const QString &rule,
                                                        const QString &reason) const
{
    return {rule, reason, SandboxScenarios::runningFor(QLatin1String(keywordOf(rule)))};
}

std::optional<SandboxImportJudge::Verdict>
SandboxImportJudge::judgeObjects(const QList<SandboxObject> &objects, bool isFolder,
                                 const QString &importMode) const
{
    QList<SandboxObject> read;
    for (const SandboxObject &object : objects) {
        // Folder markers are no data, and an import of a folder takes only its CSV files.
        if (object.key.endsWith(QLatin1Char('/')) ||
            (isFolder && !object.key.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)))
            continue;
        read.append(object);
    }
    for (const SandboxObject &object : std::as_const(read)) {
        if (object.denied)
            return failure(QStringLiteral("no-access"), SandboxFailureReasons::noAccess(m_type));
    }
    if (read.isEmpty())
        return failure(QStringLiteral("no-data"), SandboxFailureReasons::invalidLocation());
    qint64 total = 0;
    for (const SandboxObject &object : std::as_const(read))
        total += object.size;
    const bool incremental = importMode == u"INCREMENTAL";
    if (total > (incremental ? kIncrementalLimitBytes : kFullLimitBytes)) {
        return failure(QStringLiteral("size-over-limit"),
                       SandboxFailureReasons::overSizeLimit(
                           m_type, incremental ? QStringLiteral("1 GB") : QStringLiteral("100 GB"),
                           incremental ? QStringLiteral("INCREMENTAL") : QStringLiteral("FULL")));
    }
    return std::nullopt;
}

void SandboxImportJudge::addFile(const QByteArray &bytes, bool complete)
{
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QByteArray data = bytes;
    if (!complete) {
        // Only whole lines of a file read in part: its cut-off end is no problem of the file.
        data.truncate(data.lastIndexOf('\n') + 1);
    }
    CsvCursor cursor(data, bom ? 3 : 0);
    std::vector<QByteArray> values;
    qsizetype count = 0;
    qint64 line = 0;
    bool unterminated = false;
    QStringList header;
    if (cursor.next(values, count, line, unterminated)) {
        for (qsizetype i = 0; i < count; ++i)
            header.append(QString::fromUtf8(values[static_cast<size_t>(i)]));
    }
    if (bom && !m_first[Bom]) {
        // The service reads the mark as part of the first name, so that column goes missing.
        m_first[Bom] = SandboxFailureReasons::missingColumns(
            m_type, {header.isEmpty() ? QString() : header.constFirst()});
    }

    // Where each schema field is in the header (-1: not there).
    QList<qsizetype> positions;
    QStringList missing;
    for (const Field &field : std::as_const(m_fields)) {
        positions.append(header.indexOf(field.name));
        if (field.required && positions.constLast() < 0)
            missing.append(field.name);
    }
    if (!missing.isEmpty() && !m_first[MissingColumn])
        m_first[MissingColumn] = SandboxFailureReasons::missingColumns(m_type, missing);

    while (cursor.next(values, count, line, unterminated)) {
        if (isEmptyLine(count, values) && !unterminated)
            continue;
        ++m_rows;
        if (count != header.size() || unterminated) {
            if (!m_first[RaggedRow]) {
                m_first[RaggedRow] =
                    SandboxFailureReasons::raggedRow(m_type, line, count, header.size());
            }
            continue;
        }
        for (qsizetype f = 0; f < m_fields.size(); ++f) {
            const qsizetype at = positions.at(f);
            if (at < 0)
                continue;
            const Field &field = m_fields.at(f);
            const QByteArray &value = values[static_cast<size_t>(at)];
            if (value.isEmpty()) {
                if (field.required && !m_first[EmptyRequired]) {
                    m_first[EmptyRequired] =
                        SandboxFailureReasons::emptyRequired(m_type, line, field.name);
                }
                continue;
            }
            if (field.maxLength > 0 && !m_first[TooLong] && value.size() > field.maxLength &&
                characterCount(value) > field.maxLength) {
                m_first[TooLong] = SandboxFailureReasons::tooLong(field.maxLength, field.name);
            }
            if (field.timestamp && !m_first[Milliseconds]) {
                bool ok = false;
                const double number = value.trimmed().toDouble(&ok);
                if (ok && number >= static_cast<double>(kMillisecondThreshold)) {
                    m_first[Milliseconds] =
                        SandboxFailureReasons::millisecondTimestamps(m_type, field.name);
                }
            }
        }
    }
}

SandboxImportJudge::Verdict SandboxImportJudge::verdict() const
{
    static const char *const names[RuleCount] = {"bom",
                                                 "missing-column",
                                                 "ragged-row",
                                                 "empty-required",
                                                 "value-too-long",
                                                 "timestamp-milliseconds"};
    for (int rule = 0; rule < RuleCount; ++rule) {
        if (m_first[rule])
            return failure(QLatin1String(names[rule]), *m_first[rule]);
    }
    if (m_type == u"INTERACTIONS" && m_rows < kMinInteractions) {
        return failure(QStringLiteral("too-few-records"),
                       SandboxFailureReasons::tooFewRecords(m_type, m_rows));
    }
    return {QString(), QString(), SandboxScenarios::kRunning};
}

std::optional<std::pair<QString, QString>>
SandboxImportJudge::parseLocation(const QString &location)
{
    if (!location.startsWith(QLatin1String("s3://"), Qt::CaseInsensitive))
        return std::nullopt;
    const QString rest = location.mid(5);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    const QString bucket = slash < 0 ? rest : rest.left(slash);
    if (bucket.isEmpty())
        return std::nullopt;
    return std::pair{bucket, slash < 0 ? QString() : rest.mid(slash + 1)};
}

SandboxImportJudge::Verdict SandboxImportJudge::judgeLocation(const SandboxBuckets &buckets,
                                                              const QString &location,
                                                              const QString &datasetType,
                                                              const QString &schemaJson,
                                                              const QString &importMode)
{
    SandboxImportJudge judge(datasetType, schemaJson);
    const auto parsed = parseLocation(location);
    const QString bucket = parsed ? parsed->first : QString();
    const QString key = parsed ? parsed->second : QString();
    const bool isFolder = key.isEmpty() || key.endsWith(QLatin1Char('/'));
    QList<SandboxObject> objects;
    if (parsed && buckets.hasBucket(bucket)) {
        if (isFolder) {
            objects = buckets.list(bucket, key);
        } else if (SandboxBuckets::isDeniedKey(key)) {
            // Whether it exists is as hidden as what it holds.
            SandboxObject denied;
            denied.key = key;
            denied.denied = true;
            objects.append(denied);
        } else if (const auto object = buckets.head(bucket, key)) {
            objects.append(*object);
        }
    }
    if (const auto early = judge.judgeObjects(objects, isFolder, importMode))
        return *early;

    qint64 budget = kMaxReadBytes;
    for (const SandboxObject &object : std::as_const(objects)) {
        if (object.key.endsWith(QLatin1Char('/')) ||
            (isFolder && !object.key.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)))
            continue;
        if (budget <= 0)
            break;
        const qint64 length = std::min(object.size, budget);
        const auto bytes = buckets.read(bucket, object.key, 0, length);
        if (!bytes) {
            // Listed but unreadable (permissions of a file under --s3-root): as the service
            // says when it cannot read.
            return judge.failure(QStringLiteral("no-access"),
                                 SandboxFailureReasons::noAccess(judge.m_type));
        }
        budget -= bytes->size();
        judge.addFile(*bytes, bytes->size() >= object.size);
    }
    return judge.verdict();
}
