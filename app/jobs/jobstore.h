#pragma once

#include "aws/result.h"
#include "jobs/jobrecord.h"
#include "jobs/outboxentry.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// The app's memory of import jobs and submissions: every job it has seen and every submission
// it has made (the outbox). The tracker and the submission service read and write it through
// this interface; SqliteJobStore keeps it in a file, MemoryJobStore for one process (the CLI,
// or the app when the file cannot be opened). Every call returns a Result, so that a damaged
// store is reported, never fatal.
class JobStore
{
    Q_DISABLE_COPY_MOVE(JobStore)

public:
    template<typename T>
    using StoreResult = Result<T, QString>;

    JobStore() = default;
    virtual ~JobStore();

    // Whether the store is usable; false for a file store that is closed or failed to open.
    virtual bool isOpen() const = 0;

    // Receives the jobs of loadJobsInBatches(), newest first; `last` is true for the final call
    // (whose batch may be empty). An error ends the loading.
    using BatchCallback =
        std::function<void(const Result<QList<JobRecord>, QString> &batch, bool last)>;

    // Jobs. Upserts write whole records, all of them or none; except that a job's data check
    // report stays when a record without one replaces it (listings and descriptions carry none).
    virtual StoreResult<bool> upsertJobs(const QList<JobRecord> &jobs) = 0;
    StoreResult<bool> upsertJob(const JobRecord &job) { return upsertJobs({job}); }
    // Oldest first.
    virtual StoreResult<QList<JobRecord>> loadJobs() const = 0;
    // Every job, newest first, in batches of about `batchSize`, delivered through the event
    // loop of `receiver`'s thread (never during this call), and dropped once `receiver` is
    // gone. The file store reads in a thread of its own, so that the caller never waits.
    virtual void loadJobsInBatches(QObject *receiver, int batchSize, BatchCallback callback) = 0;
    virtual StoreResult<std::optional<JobRecord>> job(const QString &arn) const = 0;
    virtual StoreResult<QList<JobRecord>> jobsOfDataset(const QString &datasetArn) const = 0;
    // Jobs not yet ACTIVE or CREATE FAILED, oldest first.
    virtual StoreResult<QList<JobRecord>> runningJobs() const = 0;
    virtual StoreResult<QSet<QString>> jobArns() const = 0;
    virtual StoreResult<int> jobCount() const = 0;

    // Datasets the user opened or submitted to; the tracker discovers their jobs.
    virtual StoreResult<bool> addWatchedDataset(const QString &datasetArn) = 0;
    virtual StoreResult<QStringList> watchedDatasets() const = 0;
    // Datasets whose whole history of jobs has been listed into the store at least once: from
    // then on, a listing (newest first) can stop at the first job stored and finished.
    virtual StoreResult<bool> setHistoryComplete(const QString &datasetArn) = 0;
    virtual StoreResult<QSet<QString>> datasetsWithCompleteHistory() const = 0;

    // Outbox. addPending() comes before the request is sent; it returns the row id. `dataCheck`:
    // the report of the check run on the draft, kept with the row and then with its job.
    virtual StoreResult<qint64>
    addPending(const ImportJobDraft &draft, const QString &region, const QString &profile,
               const std::optional<DataCheckReport> &dataCheck = std::nullopt) = 0;
    // The request is about to leave: counts an attempt and records when it left.
    StoreResult<bool> markSent(qint64 id);
    StoreResult<bool> confirm(qint64 id, const QString &jobArn);
    StoreResult<bool> fail(qint64 id, const QString &error);
    StoreResult<bool> markUnsent(qint64 id);
    StoreResult<bool> markQueued(qint64 id);
    virtual StoreResult<std::optional<OutboxEntry>> outboxEntry(qint64 id) const = 0;
    // Rows whose outcome is not known (pending or sent), oldest first.
    StoreResult<QList<OutboxEntry>> pendingRows() const;
    StoreResult<QList<OutboxEntry>> outboxRows(OutboxState state) const;
    StoreResult<QList<OutboxEntry>> allOutboxRows() const { return selectOutbox({}); }
    // Rows that can no longer be read (a damaged file) are marked failed, so that they block
    // nothing; returns their ids. Readers skip such rows in the meantime.
    virtual StoreResult<QList<qint64>> setAsideUnreadableRows() = 0;

protected:
    // Rows in any of `states` (all rows when empty), oldest first; unreadable rows skipped.
    virtual StoreResult<QList<OutboxEntry>>
    selectOutbox(const QList<OutboxState> &states) const = 0;
    virtual StoreResult<bool> setOutboxState(qint64 id, OutboxState state, const QString &error,
                                             const QString &jobArn, bool countAttempt) = 0;
};
