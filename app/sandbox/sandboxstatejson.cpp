// Saving and loading the whole sandbox state as one versioned JSON document.

#include "sandbox/sandboxstate.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

namespace {

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toMSecsSinceEpoch()) : QJsonValue();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return value.isDouble()
               ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(value.toDouble()), Qt::UTC)
               : QDateTime();
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

QJsonObject jobToJson(const SandboxImportJob &job)
{
    QJsonObject json{{QStringLiteral("jobName"), job.jobName},
                     {QStringLiteral("arn"), job.arn},
                     {QStringLiteral("datasetArn"), job.datasetArn},
                     {QStringLiteral("dataLocation"), job.dataLocation},
                     {QStringLiteral("roleArn"), job.roleArn},
                     {QStringLiteral("importMode"), job.importMode},
                     {QStringLiteral("status"), job.status},
                     {QStringLiteral("created"), timeToJson(job.created)},
                     {QStringLiteral("lastUpdated"), timeToJson(job.lastUpdated)},
                     {QStringLiteral("failureReason"), job.failureReason},
                     {QStringLiteral("startsAt"), timeToJson(job.startsAt)},
                     {QStringLiteral("endsAt"), timeToJson(job.endsAt)},
                     {QStringLiteral("plannedFailure"), job.plannedFailure}};
    if (job.publishAttributionMetricsToS3)
        json.insert(QStringLiteral("publishAttributionMetricsToS3"),
                    *job.publishAttributionMetricsToS3);
    return json;
}

// One copy of each text that many jobs repeat (dataset, role, status, reason, location).
class TextPool
{
public:
    QString operator()(const QString &text)
    {
        const auto it = m_texts.constFind(text);
        return it != m_texts.cend() ? *it : *m_texts.insert(text, text);
    }

private:
    QHash<QString, QString> m_texts;
};

SandboxImportJob jobFromJson(const QJsonObject &json, TextPool &pool)
{
    SandboxImportJob job;
    job.jobName = text(json, "jobName");
    job.arn = text(json, "arn");
    job.datasetArn = pool(text(json, "datasetArn"));
    job.dataLocation = pool(text(json, "dataLocation"));
    job.roleArn = pool(text(json, "roleArn"));
    job.importMode = pool(text(json, "importMode"));
    job.status = pool(text(json, "status"));
    job.created = timeFromJson(json.value(QStringLiteral("created")));
    job.lastUpdated = timeFromJson(json.value(QStringLiteral("lastUpdated")));
    job.failureReason = pool(text(json, "failureReason"));
    job.startsAt = timeFromJson(json.value(QStringLiteral("startsAt")));
    job.endsAt = timeFromJson(json.value(QStringLiteral("endsAt")));
    job.plannedFailure = pool(text(json, "plannedFailure"));
    const QJsonValue publish = json.value(QStringLiteral("publishAttributionMetricsToS3"));
    if (publish.isBool())
        job.publishAttributionMetricsToS3 = publish.toBool();
    return job;
}

// JSON text, as QJsonDocument writes it, straight into `out`.
void appendString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    const auto needsEscape = [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    };
    out += '"';
    if (std::none_of(utf8.cbegin(), utf8.cend(), needsEscape)) {
        out += utf8; // nearly always
    } else {
        for (const char c : utf8) {
            if (!needsEscape(c)) {
                out += c;
            } else if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else {
                const auto byte = static_cast<unsigned char>(c);
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xf];
            }
        }
    }
    out += '"';
}

void appendMember(QByteArray &out, const char *name, const QString &text)
{
    out += '"';
    out += name;
    out += "\":";
    appendString(out, text);
    out += ',';
}

void appendMember(QByteArray &out, const char *name, const QDateTime &time)
{
    out += '"';
    out += name;
    out += "\":";
    out += time.isValid() ? QByteArray::number(time.toMSecsSinceEpoch()) : QByteArray("null");
    out += ',';
}

// The same object as jobToJson(job), written directly: building a QJsonObject for each of
// 100,000 jobs and then the document takes seconds, this a small fraction of that.
void appendJob(QByteArray &out, const SandboxImportJob &job)
{
    out += '{';
    appendMember(out, "jobName", job.jobName);
    appendMember(out, "arn", job.arn);
    appendMember(out, "datasetArn", job.datasetArn);
    appendMember(out, "dataLocation", job.dataLocation);
    appendMember(out, "roleArn", job.roleArn);
    appendMember(out, "importMode", job.importMode);
    appendMember(out, "status", job.status);
    appendMember(out, "created", job.created);
    appendMember(out, "lastUpdated", job.lastUpdated);
    appendMember(out, "failureReason", job.failureReason);
    appendMember(out, "startsAt", job.startsAt);
    appendMember(out, "endsAt", job.endsAt);
    appendMember(out, "plannedFailure", job.plannedFailure);
    if (job.publishAttributionMetricsToS3) {
        out += "\"publishAttributionMetricsToS3\":";
        out += *job.publishAttributionMetricsToS3 ? "true," : "false,";
    }
    out.chop(1); // the last comma
    out += '}';
}

QJsonArray tagsToJson(const QList<Tag> &tags)
{
    QJsonArray array;
    for (const Tag &tag : tags)
        array.append(QJsonObject{{QStringLiteral("tagKey"), tag.tagKey},
                                 {QStringLiteral("tagValue"), tag.tagValue}});
    return array;
}

QList<Tag> tagsFromJson(const QJsonArray &array)
{
    QList<Tag> tags;
    for (const QJsonValue &value : array)
        tags.append({text(value.toObject(), "tagKey"), text(value.toObject(), "tagValue")});
    return tags;
}

} // namespace

QJsonObject SandboxState::toJson() const
{
    QJsonObject json = toJsonWithoutJobs();
    QJsonArray jobs;
    for (const SandboxImportJob &job : m_jobs)
        jobs.append(jobToJson(job));
    json.insert(QStringLiteral("jobs"), jobs);
    return json;
}

QJsonObject SandboxState::toJsonWithoutJobs() const
{
    QJsonArray groups;
    for (const SandboxDatasetGroup &g : m_groups)
        groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("arn"), g.arn},
                                  {QStringLiteral("domain"), g.domain},
                                  {QStringLiteral("created"), timeToJson(g.created)}});
    QJsonArray datasets;
    for (const SandboxDataset &d : m_datasets)
        datasets.append(QJsonObject{{QStringLiteral("name"), d.name},
                                    {QStringLiteral("arn"), d.arn},
                                    {QStringLiteral("groupArn"), d.groupArn},
                                    {QStringLiteral("datasetType"), d.datasetType},
                                    {QStringLiteral("schemaArn"), d.schemaArn},
                                    {QStringLiteral("created"), timeToJson(d.created)}});
    QJsonArray attributions;
    for (const SandboxMetricAttribution &m : m_attributions)
        attributions.append(QJsonObject{{QStringLiteral("name"), m.name},
                                        {QStringLiteral("arn"), m.arn},
                                        {QStringLiteral("groupArn"), m.groupArn},
                                        {QStringLiteral("created"), timeToJson(m.created)}});
    QJsonObject tags;
    for (auto it = m_tags.cbegin(); it != m_tags.cend(); ++it)
        tags.insert(it.key(), tagsToJson(it.value()));

    return QJsonObject{{QStringLiteral("format"), QStringLiteral("importdesk-sandbox-state")},
                       {QStringLiteral("version"), kStateVersion},
                       {QStringLiteral("region"), m_config.region},
                       {QStringLiteral("accountId"), m_config.accountId},
                       {QStringLiteral("datasetGroups"), groups},
                       {QStringLiteral("datasets"), datasets},
                       {QStringLiteral("metricAttributions"), attributions},
                       {QStringLiteral("tags"), tags}};
}

QByteArray SandboxState::toJsonText() const
{
    // Everything but the jobs through QJsonDocument, the jobs (nearly all of it) spliced in one
    // a line.
    QByteArray text = QJsonDocument(toJsonWithoutJobs()).toJson(QJsonDocument::Compact);
    text.chop(1); // the closing brace
    text.reserve(text.size() + m_jobs.size() * 640 + 16);
    text += ",\"jobs\":[";
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        text += i == 0 ? "\n" : ",\n";
        appendJob(text, m_jobs.at(i));
    }
    text += "\n]}\n";
    return text;
}

Result<bool, QString> SandboxState::fromJson(const QJsonObject &json)
{
    if (text(json, "format") != QLatin1String("importdesk-sandbox-state"))
        return tr("This is not an Import Desk sandbox state file.");
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version != kStateVersion) {
        return tr("The sandbox state file has format version %1; this sandbox reads version %2. "
                  "Remove the file to start over.")
            .arg(version)
            .arg(kStateVersion);
    }
    if (text(json, "region") != m_config.region || text(json, "accountId") != m_config.accountId) {
        return tr("The sandbox state file is for account %1 in %2, not %3 in %4. Use the same "
                  "--account-id and --region, or another --state file.")
            .arg(text(json, "accountId"), text(json, "region"), m_config.accountId,
                 m_config.region);
    }

    QList<SandboxDatasetGroup> groups;
    for (const QJsonValue &value : json.value(QStringLiteral("datasetGroups")).toArray()) {
        const QJsonObject g = value.toObject();
        groups.append({text(g, "name"), text(g, "arn"), text(g, "domain"),
                       timeFromJson(g.value(QStringLiteral("created")))});
    }
    QList<SandboxDataset> datasets;
    for (const QJsonValue &value : json.value(QStringLiteral("datasets")).toArray()) {
        const QJsonObject d = value.toObject();
        datasets.append({text(d, "name"), text(d, "arn"), text(d, "groupArn"),
                         text(d, "datasetType"), text(d, "schemaArn"),
                         timeFromJson(d.value(QStringLiteral("created")))});
    }
    QList<SandboxMetricAttribution> attributions;
    for (const QJsonValue &value : json.value(QStringLiteral("metricAttributions")).toArray()) {
        const QJsonObject m = value.toObject();
        attributions.append({text(m, "name"), text(m, "arn"), text(m, "groupArn"),
                             timeFromJson(m.value(QStringLiteral("created")))});
    }
    QList<SandboxImportJob> jobs;
    QHash<QString, int> index;
    const QJsonArray jobArray = json.value(QStringLiteral("jobs")).toArray();
    jobs.reserve(jobArray.size());
    index.reserve(jobArray.size());
    TextPool pool;
    for (const QJsonValue &value : jobArray) {
        SandboxImportJob job = jobFromJson(value.toObject(), pool);
        if (job.arn.isEmpty() || index.contains(job.arn))
            return tr("The sandbox state file lists a job without an ARN or twice: %1.")
                .arg(job.arn);
        index.insert(job.arn, static_cast<int>(jobs.size()));
        jobs.append(job);
    }
    QHash<QString, QList<Tag>> tags;
    const QJsonObject tagObject = json.value(QStringLiteral("tags")).toObject();
    for (auto it = tagObject.constBegin(); it != tagObject.constEnd(); ++it)
        tags.insert(it.key(), tagsFromJson(it.value().toArray()));

    m_groups = groups;
    m_datasets = datasets;
    m_attributions = attributions;
    m_jobs = jobs;
    m_jobIndex = index;
    m_tags = tags;
    rebuildIndexes();
    Q_EMIT changed();
    return true;
}

Result<bool, QString> SandboxState::saveToFile(const QString &path) const
{
    const auto cannotWrite = [&path](const QString &why) {
        return tr("Cannot write the sandbox state to %1: %2").arg(path, why);
    };
    // Folders the sandbox creates are the user's alone; existing ones are left as they are.
    const QFileInfo info(path);
    QDir folder = info.absoluteDir();
    QStringList missing;
    for (QDir probe = folder; !probe.exists(); probe.setPath(QFileInfo(probe.path()).path())) {
        missing.prepend(probe.path());
        if (probe.isRoot())
            break;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
            !QFileInfo(dir).isDir())
            return cannotWrite(tr("cannot create the folder %1").arg(dir));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    // Set on the temporary file before anything is written, so the data is never readable by
    // others, not even while it is being written.
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return cannotWrite(file.errorString());
    file.write(toJsonText());
    if (!file.commit())
        return cannotWrite(file.errorString());
    return true;
}

Result<bool, QString> SandboxState::loadFromFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return tr("The sandbox state %1 is not a regular file.").arg(path);
    if (info.size() > kMaxStateFileBytes) {
        return tr("The sandbox state file %1 is larger than %2 MB; it cannot be a state this "
                  "sandbox wrote. Remove it to start over.")
            .arg(path)
            .arg(kMaxStateFileBytes / (1024 * 1024));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the sandbox state from %1: %2").arg(path, file.errorString());
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(file.read(kMaxStateFileBytes + 1), &error);
    if (!document.isObject()) {
        return tr("The sandbox state file %1 is not valid JSON (%2). Fix or remove it.")
            .arg(path, error.errorString());
    }
    return fromJson(document.object());
}
