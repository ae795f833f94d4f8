// Saving and loading the whole sandbox state as one versioned JSON document.

#include "sandbox/sandboxstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

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

SandboxImportJob jobFromJson(const QJsonObject &json)
{
    SandboxImportJob job;
    job.jobName = text(json, "jobName");
    job.arn = text(json, "arn");
    job.datasetArn = text(json, "datasetArn");
    job.dataLocation = text(json, "dataLocation");
    job.roleArn = text(json, "roleArn");
    job.importMode = text(json, "importMode");
    job.status = text(json, "status");
    job.created = timeFromJson(json.value(QStringLiteral("created")));
    job.lastUpdated = timeFromJson(json.value(QStringLiteral("lastUpdated")));
    job.failureReason = text(json, "failureReason");
    job.startsAt = timeFromJson(json.value(QStringLiteral("startsAt")));
    job.endsAt = timeFromJson(json.value(QStringLiteral("endsAt")));
    job.plannedFailure = text(json, "plannedFailure");
    const QJsonValue publish = json.value(QStringLiteral("publishAttributionMetricsToS3"));
    if (publish.isBool())
        job.publishAttributionMetricsToS3 = publish.toBool();
    return job;
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
    QJsonArray jobs;
    for (const SandboxImportJob &job : m_jobs)
        jobs.append(jobToJson(job));
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
                       {QStringLiteral("jobs"), jobs},
                       {QStringLiteral("tags"), tags}};
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
    for (const QJsonValue &value : json.value(QStringLiteral("jobs")).toArray()) {
        SandboxImportJob job = jobFromJson(value.toObject());
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
    Q_EMIT changed();
    return true;
}

Result<bool, QString> SandboxState::saveToFile(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write the sandbox state to %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return tr("Cannot write the sandbox state to %1: %2").arg(path, file.errorString());
    return true;
}

Result<bool, QString> SandboxState::loadFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the sandbox state from %1: %2").arg(path, file.errorString());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        return tr("The sandbox state file %1 is not valid JSON (%2). Fix or remove it.")
            .arg(path, error.errorString());
    }
    return fromJson(document.object());
}
