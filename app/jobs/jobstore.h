#pragma once

#include "aws/result.h"
#include "jobs/jobrecord.h"
#include "jobs/outboxentry.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlDatabase;

// The app's durable memory: every import job it has seen and every submission it has made,
// in one SQLite file (WAL, schema versioned through PRAGMA user_version). The only place that
// writes the database. Each instance has its own connection; every call returns a Result so
// that a damaged file is reported, never fatal.
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
    Q_DISABLE_COPY_MOVE(JobStore)

public:
    template<typename T>
    using StoreResult = Result<T, QString>;

    // Version 1: jobs and outbox. Version 2: watched datasets and lookup indexes.
    static constexpr int kSchemaVersion = 2;

    JobStore();
    ~JobStore();

    // <AppDataLocation>/importdesk.sqlite
    static QString defaultPath();

    // Opens (creating when missing) and migrates the file up to `schemaVersion`; a lower
    // version is only for tests of the migrations. An error for a damaged file, a file of a
    // newer version, or a folder that cannot be written.
    StoreResult<bool> open(const QString &path = defaultPath(), int schemaVersion = kSchemaVersion);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // PRAGMA user_version of the open file; 0 when closed.
    int schemaVersion() const;

    // Jobs. Upserts write whole records, in one transaction per call.
    StoreResult<bool> upsertJob(const JobRecord &job);
    StoreResult<bool> upsertJobs(const QList<JobRecord> &jobs);
    StoreResult<QList<JobRecord>> loadJobs() const;
    StoreResult<std::optional<JobRecord>> job(const QString &arn) const;
    StoreResult<QList<JobRecord>> jobsOfDataset(const QString &datasetArn) const;
    // Jobs not yet ACTIVE or CREATE FAILED.
    StoreResult<QList<JobRecord>> runningJobs() const;
    StoreResult<QSet<QString>> jobArns() const;
    StoreResult<int> jobCount() const;

    // Datasets the user opened or submitted to; the tracker discovers their jobs.
    StoreResult<bool> addWatchedDataset(const QString &datasetArn);
    StoreResult<QStringList> watchedDatasets() const;

    // Outbox. addPending() comes before the request is sent; it returns the row id.
    StoreResult<qint64> addPending(const ImportJobDraft &draft, const QString &region,
                                   const QString &profile);
    // The request is about to leave: counts an attempt.
    StoreResult<bool> markSent(qint64 id);
    StoreResult<bool> confirm(qint64 id, const QString &jobArn);
    StoreResult<bool> fail(qint64 id, const QString &error);
    StoreResult<bool> markUnsent(qint64 id);
    StoreResult<std::optional<OutboxEntry>> outboxEntry(qint64 id) const;
    // Rows whose outcome is not known (pending or sent), oldest first.
    StoreResult<QList<OutboxEntry>> pendingRows() const;
    StoreResult<QList<OutboxEntry>> outboxRows(OutboxState state) const;
    StoreResult<QList<OutboxEntry>> allOutboxRows() const;

private:
    QSqlDatabase database() const;
    StoreResult<bool> migrate(int targetVersion);
    StoreResult<bool> setOutboxState(qint64 id, OutboxState state, const QString &error,
                                     const QString &jobArn, bool countAttempt);
    StoreResult<QList<JobRecord>> selectJobs(const QString &where,
                                             const QVariantList &values) const;
    StoreResult<QList<OutboxEntry>> selectOutbox(const QString &where,
                                                 const QVariantList &values) const;
    QString failure(const QString &what, const QString &detail) const;

    QString m_connectionName;
    QString m_path;
};
