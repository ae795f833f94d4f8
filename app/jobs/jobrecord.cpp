#include "jobs/jobrecord.h"

#include "personalize/arn.h"
#include "personalize/jobnaming.h"

JobRecord JobRecord::fromSummary(const DatasetImportJobSummary &summary, const QString &datasetArn)
{
    JobRecord record;
    record.arn = summary.datasetImportJobArn.value_or(QString());
    record.datasetArn = datasetArn;
    record.applySummary(summary);
    record.fillFromArns();
    return record;
}

void JobRecord::applySummary(const DatasetImportJobSummary &summary)
{
    if (summary.datasetImportJobArn)
        arn = *summary.datasetImportJobArn;
    if (summary.jobName)
        name = *summary.jobName;
    if (summary.status)
        status = *summary.status;
    if (summary.creationDateTime)
        created = *summary.creationDateTime;
    if (summary.lastUpdatedDateTime)
        updated = *summary.lastUpdatedDateTime;
    // A job that failed and was described keeps its reason even if a listing omits it.
    if (summary.failureReason)
        failureReason = *summary.failureReason;
    if (summary.importMode)
        importMode = *summary.importMode;
}

void JobRecord::applyDetails(const DatasetImportJob &job)
{
    if (job.datasetImportJobArn)
        arn = *job.datasetImportJobArn;
    if (job.jobName)
        name = *job.jobName;
    if (job.datasetArn)
        datasetArn = *job.datasetArn;
    if (job.dataSource && job.dataSource->dataLocation)
        dataLocation = *job.dataSource->dataLocation;
    if (job.roleArn)
        roleArn = *job.roleArn;
    if (job.status)
        status = *job.status;
    if (job.creationDateTime)
        created = *job.creationDateTime;
    if (job.lastUpdatedDateTime)
        updated = *job.lastUpdatedDateTime;
    if (job.failureReason)
        failureReason = *job.failureReason;
    if (job.importMode)
        importMode = *job.importMode;
    if (job.publishAttributionMetricsToS3)
        publishAttributionMetricsToS3 = job.publishAttributionMetricsToS3;
    detailsFetched = true;
    fillFromArns();
}

void JobRecord::fillFromArns()
{
    if (datasetGroupArn.isEmpty()) {
        if (const auto group = PersonalizeArn::datasetGroupArnOf(datasetArn))
            datasetGroupArn = *group;
    }
    if (region.isEmpty() || accountId.isEmpty()) {
        const auto parsed = Arn::parse(arn.isEmpty() ? datasetArn : arn);
        if (parsed) {
            if (region.isEmpty())
                region = parsed->region;
            if (accountId.isEmpty())
                accountId = parsed->accountId;
        }
    }
}

bool JobRecord::sameContent(const JobRecord &other) const
{
    JobRecord copy = other;
    copy.lastSeen = lastSeen;
    return copy == *this;
}

ImportJobDraft JobRecord::toDraft() const
{
    ImportJobDraft draft;
    draft.jobName = name;
    draft.datasetArn = datasetArn;
    draft.dataLocation = dataLocation;
    draft.roleArn = roleArn;
    for (const Tag &tag : tags)
        draft.tags.append({tag.tagKey, tag.tagValue});
    if (!importMode.isEmpty())
        draft.importMode = importMode;
    draft.publishAttributionMetricsToS3 = publishAttributionMetricsToS3.value_or(false);
    return draft;
}

ImportJobDraft JobRecord::cloneDraft(const QDateTime &now) const
{
    ImportJobDraft draft = toDraft();
    draft.jobName = JobNaming::cloneName(name, now);
    return draft;
}

JobRecord JobRecord::fromQueued(const OutboxEntry &entry)
{
    const CreateDatasetImportJobRequest request = entry.draft.toRequest();
    JobRecord record;
    record.queuedOutboxId = entry.id;
    record.arn = QStringLiteral("queued:%1").arg(entry.id);
    record.name = request.jobName;
    record.datasetArn = request.datasetArn;
    record.region = entry.region;
    record.profile = entry.profile;
    record.status = QLatin1String(kQueuedStatus);
    record.importMode = request.importMode.value_or(QStringLiteral("FULL"));
    record.dataLocation = request.dataSource.dataLocation.value_or(QString());
    record.roleArn = request.roleArn.value_or(QString());
    record.publishAttributionMetricsToS3 = request.publishAttributionMetricsToS3.value_or(false);
    record.tags = request.tags.value_or(QList<Tag>());
    record.created = entry.created;
    record.updated = entry.updated;
    record.detailsFetched = true;
    record.tagsFetched = true;
    record.dataCheck = entry.dataCheck;
    record.fillFromArns();
    return record;
}
