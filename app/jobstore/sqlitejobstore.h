#pragma once

#include "jobs/jobstore.h"

#include <QPointer>

#include <atomic>
#include <memory>

class QSqlDatabase;
class QThread;

// The JobStore of the desktop app: one SQLite file (WAL, schema versioned through
// PRAGMA user_version), readable only by its owner. The only place that writes the database.
// Each instance has its own connection.
class SqliteJobStore final : public JobStore
{
    Q_DECLARE_TR_FUNCTIONS(SqliteJobStore)

public:
    // Version 1: jobs and outbox. Version 2: watched datasets and lookup indexes. Version 3:
    // tags fetched, complete dataset histories, jobs by creation time. Version 4: the data check
    // report of a submission and of its job.
    static constexpr int kSchemaVersion = 4;

    SqliteJobStore();
    ~SqliteJobStore() override;

    // <AppDataLocation>/importdesk.sqlite
    static QString defaultPath();

    // Opens (creating when missing) and migrates the file up to `schemaVersion`; a lower
    // version is only for tests of the migrations. An error for a damaged file, a file of a
    // newer version, or a folder that cannot be written.
    StoreResult<bool> open(const QString &path = defaultPath(), int schemaVersion = kSchemaVersion);
    void close();
    bool isOpen() const override;
    QString path() const { return m_path; }
    // PRAGMA user_version of the open file; 0 when closed.
    int schemaVersion() const;

    StoreResult<bool> upsertJobs(const QList<JobRecord> &jobs) override;
    StoreResult<QList<JobRecord>> loadJobs() const override;
    // Also checks the whole file once every job is read; damage ends the loading with an error.
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
    StoreResult<QList<qint64>> setAsideUnreadableRows() override;

protected:
    StoreResult<QList<OutboxEntry>> selectOutbox(const QList<OutboxState> &states) const override;
    StoreResult<bool> setOutboxState(qint64 id, OutboxState state, const QString &error,
                                     const QString &jobArn, bool countAttempt) override;

private:
    QSqlDatabase database() const;
    StoreResult<bool> migrate(int targetVersion);
    StoreResult<QList<JobRecord>> selectJobs(const QString &where,
                                             const QVariantList &values) const;
    // Every row matching `where`, with the ids of those that cannot be read.
    StoreResult<QList<OutboxEntry>> readOutbox(const QString &where, const QVariantList &values,
                                               QList<qint64> *unreadable) const;
    QString failure(const QString &what, const QString &detail) const;

    QString m_connectionName;
    QString m_path;
    QList<QPointer<QThread>> m_loaders;
    std::shared_ptr<std::atomic_bool> m_loaderCancelled = std::make_shared<std::atomic_bool>(false);
};
