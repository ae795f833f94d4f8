#pragma once

#include "jobs/jobstore.h"

#include <QHash>
#include <QMap>

#include <functional>

// A JobStore that lives as long as the process: for importdesk-cli, which follows jobs for one
// command, and for the app when its job history file cannot be opened.
class MemoryJobStore final : public JobStore
{
    Q_DECLARE_TR_FUNCTIONS(MemoryJobStore)

public:
    MemoryJobStore() = default;
    ~MemoryJobStore() override;

    bool isOpen() const override { return true; }

    StoreResult<bool> upsertJobs(const QList<JobRecord> &jobs) override;
    StoreResult<QList<JobRecord>> loadJobs() const override;
    void loadJobsInBatches(QObject *receiver, int batchSize, BatchCallback callback) override;
    StoreResult<std::optional<JobRecord>> job(const QString &arn) const override;
    StoreResult<QList<JobRecord>> jobsOfDataset(const QString &datasetArn) const override;
    StoreResult<QList<JobRecord>> runningJobs() const override;
    StoreResult<QSet<QString>> jobArns() const override;
    StoreResult<int> jobCount() const override;

    StoreResult<bool> addWatchedDataset(const QString &datasetArn) override;
    StoreResult<QStringList> watchedDatasets() const override;
    StoreResult<bool> setHistoryComplete(const QString &datasetArn) override;
    StoreResult<QSet<QString>> datasetsWithCompleteHistory() const override;

    StoreResult<qint64>
    addPending(const ImportJobDraft &draft, const QString &region, const QString &profile,
               const std::optional<DataCheckReport> &dataCheck = std::nullopt) override;
    StoreResult<std::optional<OutboxEntry>> outboxEntry(qint64 id) const override;
    StoreResult<QList<qint64>> setAsideUnreadableRows() override { return QList<qint64>(); }

protected:
    StoreResult<QList<OutboxEntry>> selectOutbox(const QList<OutboxState> &states) const override;
    StoreResult<bool> setOutboxState(qint64 id, OutboxState state, const QString &error,
                                     const QString &jobArn, bool countAttempt) override;

private:
    QList<JobRecord> sortedJobs(const std::function<bool(const JobRecord &)> &keep) const;

    QHash<QString, JobRecord> m_jobs;
    QStringList m_watched;
    QSet<QString> m_complete;
    QMap<qint64, OutboxEntry> m_outbox; // by id, which grows with time
    qint64 m_nextId = 1;
};
