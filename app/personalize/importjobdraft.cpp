#include "importjobdraft.h"

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
