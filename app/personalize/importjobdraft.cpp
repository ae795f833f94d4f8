#include "personalize/importjobdraft.h"

#include <QJsonArray>

CreateDatasetImportJobRequest ImportJobDraft::toRequest() const
{
    CreateDatasetImportJobRequest request;
    request.jobName = jobName.trimmed();
    request.datasetArn = datasetArn.trimmed();
    request.dataSource.dataLocation = dataLocation.trimmed();
    const QString role = roleArn.trimmed();
    if (!role.isEmpty())
        request.roleArn = role;
    QList<Tag> requestTags;
    for (const auto &[key, value] : tags) {
        Tag tag{key.trimmed(), value.trimmed()};
        // A row the operator added but has not filled in yet is not a tag.
        if (tag.tagKey.isEmpty() && tag.tagValue.isEmpty())
            continue;
        requestTags.append(tag);
    }
    if (!requestTags.isEmpty())
        request.tags = requestTags;
    const QString mode = importMode.trimmed();
    request.importMode = mode.isEmpty() ? importModeToString(ImportMode::Full) : mode;
    if (publishAttributionMetricsToS3)
        request.publishAttributionMetricsToS3 = true;
    return request;
}

ImportJobDraft ImportJobDraft::fromRequest(const CreateDatasetImportJobRequest &request)
{
    ImportJobDraft draft;
    draft.jobName = request.jobName;
    draft.datasetArn = request.datasetArn;
    draft.dataLocation = request.dataSource.dataLocation.value_or(QString());
    draft.roleArn = request.roleArn.value_or(QString());
    for (const Tag &tag : request.tags.value_or(QList<Tag>()))
        draft.tags.append({tag.tagKey, tag.tagValue});
    draft.importMode = request.importMode.value_or(importModeToString(ImportMode::Full));
    draft.publishAttributionMetricsToS3 = request.publishAttributionMetricsToS3.value_or(false);
    return draft;
}

QJsonObject ImportJobDraft::toJson() const
{
    QJsonArray tagRows;
    for (const auto &[key, value] : tags)
        tagRows.append(QJsonArray{key, value});
    return QJsonObject{
        {QStringLiteral("jobName"), jobName},
        {QStringLiteral("datasetArn"), datasetArn},
        {QStringLiteral("dataLocation"), dataLocation},
        {QStringLiteral("roleArn"), roleArn},
        {QStringLiteral("tags"), tagRows},
        {QStringLiteral("importMode"), importMode},
        {QStringLiteral("publishAttributionMetricsToS3"), publishAttributionMetricsToS3},
    };
}

ImportJobDraft ImportJobDraft::fromJson(const QJsonObject &object)
{
    ImportJobDraft draft;
    draft.jobName = object.value(QLatin1String("jobName")).toString();
    draft.datasetArn = object.value(QLatin1String("datasetArn")).toString();
    draft.dataLocation = object.value(QLatin1String("dataLocation")).toString();
    draft.roleArn = object.value(QLatin1String("roleArn")).toString();
    const QJsonArray tagRows = object.value(QLatin1String("tags")).toArray();
    for (const QJsonValue &row : tagRows) {
        const QJsonArray pair = row.toArray();
        draft.tags.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    draft.importMode = object.value(QLatin1String("importMode")).toString(draft.importMode);
    draft.publishAttributionMetricsToS3 =
        object.value(QLatin1String("publishAttributionMetricsToS3")).toBool();
    return draft;
}
