#pragma once

#include "jobs/outboxentry.h"
#include "personalize/apitypes.h"
#include "personalize/importjobdraft.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One dataset import job as Import Desk remembers it: what the service reported, where it
// came from (region, account, profile) and when the app last saw it.
struct JobRecord
{
    QString arn;
    QString name;
    QString datasetArn;
    QString datasetGroupArn;
    QString region;
    QString accountId;
    QString profile;
    QString status; // the wire string, e.g. "CREATE IN_PROGRESS"
    QString importMode;
    QString dataLocation;
    QString roleArn;
    std::optional<bool> publishAttributionMetricsToS3;
    QList<Tag> tags;
    QDateTime created;
    QDateTime updated;
    QString failureReason;
    QDateTime lastSeen;
    // DescribeDatasetImportJob has filled the fields the list leaves out (location, role, flag).
    bool detailsFetched = false;
    // The tags are known (from the submission, or ListTagsForResource).
    bool tagsFetched = false;
    // Not a job yet: a submission waiting in the outbox for a free slot (status "QUEUED", and
    // an arn of the form "queued:<id>" that no service knows).
    qint64 queuedOutboxId = 0;
    // The data check the user ran before submitting the job, if any. Kept for good: a store
    // keeps it when a record without one (a listing, a description) replaces the job's.
    std::optional<DataCheckReport> dataCheck;

    ImportJobStatus statusValue() const { return importJobStatusFromString(status); }
    // Still moving: anything that is not ACTIVE or CREATE FAILED (unknown states included).
    bool isRunning() const { return !isTerminal(statusValue()); }

    static constexpr auto kQueuedStatus = "QUEUED";
    bool isQueued() const { return queuedOutboxId != 0; }
    // The row a queued submission shows as.
    static JobRecord fromQueued(const OutboxEntry &entry);

    // A record for a job first seen in a listing of `datasetArn`; region, account and dataset
    // group are taken from the ARNs.
    static JobRecord fromSummary(const DatasetImportJobSummary &summary, const QString &datasetArn);
    // Takes the listing's view of the job; keeps the fields a listing does not carry.
    void applySummary(const DatasetImportJobSummary &summary);
    // Takes every field a description carries and marks the details as fetched.
    void applyDetails(const DatasetImportJob &job);
    // Fills dataset group, region and account from the ARNs where they are empty.
    void fillFromArns();

    // The draft that submits this job again as it was submitted, under its own name.
    ImportJobDraft toDraft() const;
    // The draft a clone starts from: the job's values under a fresh name.
    ImportJobDraft cloneDraft(const QDateTime &now) const;

    // Same job state, ignoring lastSeen (which changes on every poll).
    bool sameContent(const JobRecord &other) const;

    bool operator==(const JobRecord &) const = default;
};

Q_DECLARE_METATYPE(JobRecord)
