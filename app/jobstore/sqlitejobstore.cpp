#include "jobstore/sqlitejobstore.h"

#include "jobs/jobslogging.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>
#include <utility>

namespace {

QAtomicInteger<quint64> g_connectionCounter;

// Each entry moves the schema from version (index) to version (index + 1).
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE jobs ("
                           " arn TEXT PRIMARY KEY NOT NULL,"
                           " name TEXT NOT NULL,"
                           " dataset_arn TEXT NOT NULL,"
                           " dataset_group_arn TEXT,"
                           " region TEXT,"
                           " account TEXT,"
                           " profile TEXT,"
                           " status TEXT,"
                           " import_mode TEXT,"
                           " data_location TEXT,"
                           " role_arn TEXT,"
                           " publish_metrics INTEGER,"
                           " tags TEXT,"
                           " created_ms INTEGER,"
                           " updated_ms INTEGER,"
                           " failure_reason TEXT,"
                           " last_seen_ms INTEGER,"
                           " details_fetched INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " job_name TEXT NOT NULL,"
                           " dataset_arn TEXT NOT NULL,"
                           " region TEXT,"
                           " profile TEXT,"
                           " draft_json TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT,"
                           " job_arn TEXT,"
                           " created_ms INTEGER NOT NULL,"
                           " updated_ms INTEGER NOT NULL)"),
        },
        {
            QStringLiteral("CREATE TABLE watched_datasets ("
                           " dataset_arn TEXT PRIMARY KEY NOT NULL,"
                           " added_ms INTEGER NOT NULL)"),
            // Existing jobs' datasets were all opened or submitted to by the user.
            QStringLiteral("INSERT OR IGNORE INTO watched_datasets (dataset_arn, added_ms)"
                           " SELECT DISTINCT dataset_arn, %1 FROM jobs")
                .arg(QDateTime::currentMSecsSinceEpoch()),
            QStringLiteral("CREATE INDEX jobs_by_dataset ON jobs (dataset_arn)"),
            QStringLiteral("CREATE INDEX jobs_by_status ON jobs (status)"),
            QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state)"),
        },
        {
            QStringLiteral("ALTER TABLE jobs ADD COLUMN tags_fetched INTEGER NOT NULL DEFAULT 0"),
            // Jobs recorded with their tags are those this app submitted.
            QStringLiteral("UPDATE jobs SET tags_fetched = 1 WHERE tags IS NOT NULL"),
            QStringLiteral("ALTER TABLE watched_datasets ADD COLUMN history_complete INTEGER NOT "
                           "NULL DEFAULT 0"),
            // Newest first, without sorting the table at every start.
            QStringLiteral("CREATE INDEX jobs_by_created ON jobs (created_ms)"),
        },
        {
            // Compact JSON of a DataCheckReport; NULL for the many jobs submitted unchecked or
            // elsewhere.
            QStringLiteral("ALTER TABLE outbox ADD COLUMN data_check TEXT"),
            QStringLiteral("ALTER TABLE jobs ADD COLUMN data_check TEXT"),
        },
    };
    return steps;
}

const QString kJobColumns = QStringLiteral(
    "arn, name, dataset_arn, dataset_group_arn, region, account, profile, status, import_mode,"
    " data_location, role_arn, publish_metrics, tags, created_ms, updated_ms, failure_reason,"
    " last_seen_ms, details_fetched, tags_fetched, data_check");

const QString kOutboxColumns =
    QStringLiteral("id, draft_json, region, profile, state, attempts, error, job_arn, created_ms,"
                   " updated_ms, data_check");

QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString &text)
{
    return text.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString tagsToJson(const QList<Tag> &tags)
{
    if (tags.isEmpty())
        return {};
    QJsonArray array;
    for (const Tag &tag : tags) {
        array.append(QJsonObject{{QStringLiteral("tagKey"), tag.tagKey},
                                 {QStringLiteral("tagValue"), tag.tagValue}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<Tag> tagsFromJson(const QString &json)
{
    QList<Tag> tags;
    if (json.isEmpty())
        return tags;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        tags.append({object.value(QStringLiteral("tagKey")).toString(),
                     object.value(QStringLiteral("tagValue")).toString()});
    }
    return tags;
}

void bindJob(QSqlQuery &query, const JobRecord &job)
{
    query.addBindValue(job.arn);
    query.addBindValue(job.name);
    // Not yet known for a job found in an account-wide listing.
    query.addBindValue(job.datasetArn.isNull() ? QStringLiteral("") : job.datasetArn);
    query.addBindValue(textOrNull(job.datasetGroupArn));
    query.addBindValue(textOrNull(job.region));
    query.addBindValue(textOrNull(job.accountId));
    query.addBindValue(textOrNull(job.profile));
    query.addBindValue(textOrNull(job.status));
    query.addBindValue(textOrNull(job.importMode));
    query.addBindValue(textOrNull(job.dataLocation));
    query.addBindValue(textOrNull(job.roleArn));
    query.addBindValue(job.publishAttributionMetricsToS3
                           ? QVariant(*job.publishAttributionMetricsToS3 ? 1 : 0)
                           : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(textOrNull(tagsToJson(job.tags)));
    query.addBindValue(msOrNull(job.created));
    query.addBindValue(msOrNull(job.updated));
    query.addBindValue(textOrNull(job.failureReason));
    query.addBindValue(msOrNull(job.lastSeen));
    query.addBindValue(job.detailsFetched ? 1 : 0);
    query.addBindValue(job.tagsFetched ? 1 : 0);
    query.addBindValue(textOrNull(OutboxEntry::dataCheckToJson(job.dataCheck)));
}

JobRecord jobFrom(const QSqlQuery &query)
{
    JobRecord job;
    job.arn = query.value(0).toString();
    job.name = query.value(1).toString();
    job.datasetArn = query.value(2).toString();
    job.datasetGroupArn = query.value(3).toString();
    job.region = query.value(4).toString();
    job.accountId = query.value(5).toString();
    job.profile = query.value(6).toString();
    job.status = query.value(7).toString();
    job.importMode = query.value(8).toString();
    job.dataLocation = query.value(9).toString();
    job.roleArn = query.value(10).toString();
    const QVariant publish = query.value(11);
    if (!publish.isNull())
        job.publishAttributionMetricsToS3 = publish.toInt() != 0;
    job.tags = tagsFromJson(query.value(12).toString());
    job.created = timeFrom(query.value(13));
    job.updated = timeFrom(query.value(14));
    job.failureReason = query.value(15).toString();
    job.lastSeen = timeFrom(query.value(16));
    job.detailsFetched = query.value(17).toInt() != 0;
    job.tagsFetched = query.value(18).toInt() != 0;
    // A report that cannot be read is left out: the job itself is still good.
    job.dataCheck = OutboxEntry::dataCheckFromJson(query.value(19).toString());
    return job;
}

// Rolls back unless committed, so that every early return leaves the file unchanged.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        m_open = m_db.transaction();
    }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        return !m_open;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

// Equal strings share one copy: most fields of 100,000 jobs repeat a few values.
class StringPool
{
public:
    void intern(QString &text)
    {
        if (text.isEmpty())
            return;
        const auto it = m_strings.constFind(text);
        if (it != m_strings.cend())
            text = *it;
        else
            m_strings.insert(text);
    }

private:
    QSet<QString> m_strings;
};

// Runs in a thread of its own with a connection of its own: reads every job newest first,
// hands them over in batches, then checks the whole file.
void readJobsNewestFirst(
    const QString &path, const QString &connection, int batchSize,
    const std::atomic_bool &cancelled,
    const std::function<void(const Result<QList<JobRecord>, QString> &, bool)> &deliver)
{
    std::optional<Result<QList<JobRecord>, QString>> outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        const auto failed = [&path](const QString &detail) {
            return SqliteJobStore::tr("Reading the job history file %1 failed: %2")
                .arg(QDir::toNativeSeparators(path), detail);
        };
        if (!db.open()) {
            outcome = failed(db.lastError().text());
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            StringPool pool;
            QList<JobRecord> batch;
            batch.reserve(batchSize);
            if (!query.exec(u"SELECT " + kJobColumns + u" FROM jobs ORDER BY created_ms DESC")) {
                outcome = failed(query.lastError().text());
            } else {
                while (!cancelled && query.next()) {
                    JobRecord job = jobFrom(query);
                    for (QString *field : {&job.datasetArn, &job.datasetGroupArn, &job.region,
                                           &job.accountId, &job.profile, &job.status,
                                           &job.importMode, &job.roleArn, &job.failureReason})
                        pool.intern(*field);
                    batch.append(std::move(job));
                    if (batch.size() >= batchSize) {
                        deliver(batch, false);
                        batch.clear();
                        batch.reserve(batchSize);
                    }
                }
                if (query.lastError().isValid())
                    outcome = failed(query.lastError().text());
                else if (!batch.isEmpty())
                    deliver(batch, false);
            }
            query.finish();
            // The integrity check that used to delay every start.
            if (!outcome && !cancelled) {
                if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()) {
                    outcome = failed(query.lastError().text());
                } else if (const QString verdict = query.value(0).toString(); verdict != u"ok") {
                    qCWarning(lcJobs).noquote() << "job history damaged:" << path << verdict;
                    outcome =
                        SqliteJobStore::tr(
                            "The job history file %1 is damaged (%2). Move it aside and "
                            "restart Import Desk to begin a new history.")
                            .arg(QDir::toNativeSeparators(path), verdict.section(u'\n', 0, 0));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!cancelled)
        deliver(outcome.value_or(QList<JobRecord>()), true);
}

} // namespace

SqliteJobStore::SqliteJobStore()
    : m_connectionName(QStringLiteral("importdesk-jobs-%1").arg(++g_connectionCounter))
{}

SqliteJobStore::~SqliteJobStore()
{
    // A loader reads its own connection; it stops at the next row and is waited for, so that
    // no thread outlives the store.
    *m_loaderCancelled = true;
    for (const QPointer<QThread> &thread : std::as_const(m_loaders)) {
        if (thread)
            thread->wait();
    }
    close();
}

QString SqliteJobStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/importdesk.sqlite");
}

QSqlDatabase SqliteJobStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString SqliteJobStore::failure(const QString &what, const QString &detail) const
{
    const QString message = tr("%1 in the job history file %2 failed: %3")
                                .arg(what, QDir::toNativeSeparators(m_path), detail);
    qCWarning(lcJobs).noquote() << message;
    return message;
}

SqliteJobStore::StoreResult<bool> SqliteJobStore::open(const QString &path, int schemaVersion)
{
    close();
    m_path = path;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return tr("The job history cannot be opened: the Qt SQLite driver is not installed. "
                  "Reinstall Import Desk.");
    }
    const QFileInfo info(path);
    const bool folderExisted = QFileInfo::exists(info.absolutePath());
    if (!QDir().mkpath(info.absolutePath())) {
        return tr("The folder %1 for the job history cannot be created. Check its permissions.")
            .arg(QDir::toNativeSeparators(info.absolutePath()));
    }
    // The history names accounts, buckets, roles and tags: only its owner may read it. SQLite
    // gives its -wal and -shm files the mode of the database file.
    if (!folderExisted) {
        QFile::setPermissions(info.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    {
        QFile file(path);
        if (!file.exists() && !file.open(QIODevice::WriteOnly)) {
            return tr("The job history file %1 cannot be created (%2). Check that the folder is "
                      "writable.")
                .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        file.close();
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            close();
            return tr("The job history file %1 cannot be opened (%2). Check that the folder is "
                      "writable.")
                .arg(QDir::toNativeSeparators(path), detail);
        }
    }
    auto damaged = [this, &path](const QString &detail) {
        qCWarning(lcJobs).noquote() << "job history unusable:" << path << detail;
        close();
        return tr("The job history file %1 is damaged or is not an Import Desk database (%2). "
                  "Move it aside and restart Import Desk to begin a new history.")
            .arg(QDir::toNativeSeparators(path), detail);
    };
    QSqlQuery query(database());
    // A file that is not SQLite, or whose header is damaged, fails here on its first real
    // read. The whole file is checked later, in the background (see loadJobsInBatches()), so
    // that a large history does not delay the window.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
        return damaged(query.lastError().text());
    query.finish();
    // WAL: readers never block the writer, and a crash leaves committed rows intact.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return damaged(query.lastError().text());
    query.finish();
    // FULL: an outbox row is on disk before its request leaves, even across a power cut.
    if (!query.exec(QStringLiteral("PRAGMA synchronous=FULL")))
        return damaged(query.lastError().text());
    query.finish();

    const int version = this->schemaVersion();
    if (version > kSchemaVersion) {
        close();
        return tr("The job history file %1 was written by a newer version of Import Desk "
                  "(schema %2; this version knows up to %3). Update Import Desk.")
            .arg(QDir::toNativeSeparators(path))
            .arg(version)
            .arg(kSchemaVersion);
    }
    const StoreResult<bool> migrated = migrate(std::min(schemaVersion, kSchemaVersion));
    if (!migrated.ok()) {
        const QString message = migrated.error();
        close();
        return message;
    }
    return true;
}

void SqliteJobStore::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqliteJobStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

int SqliteJobStore::schemaVersion() const
{
    if (!isOpen())
        return 0;
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

SqliteJobStore::StoreResult<bool> SqliteJobStore::migrate(int targetVersion)
{
    int version = schemaVersion();
    while (version < targetVersion) {
        Transaction transaction(database());
        if (!transaction.isOpen())
            return failure(tr("Starting the upgrade"), database().lastError().text());
        QSqlQuery query(database());
        for (const QString &statement : migrations().at(version)) {
            if (!query.exec(statement)) {
                return failure(tr("Upgrading to schema %1").arg(version + 1),
                               query.lastError().text());
            }
        }
        // Part of the same transaction: a crash mid-upgrade leaves the old version intact.
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) ||
            !transaction.commit()) {
            return failure(tr("Upgrading to schema %1").arg(version + 1), query.lastError().text());
        }
        ++version;
        qCInfo(lcJobs) << "job history schema now at version" << version;
    }
    return true;
}

SqliteJobStore::StoreResult<bool> SqliteJobStore::upsertJobs(const QList<JobRecord> &jobs)
{
    if (!isOpen())
        return tr("The job history is not open.");
    if (jobs.isEmpty())
        return true;
    Transaction transaction(database());
    if (!transaction.isOpen())
        return failure(tr("Saving jobs"), database().lastError().text());
    QSqlQuery query(database());
    static const QString sql =
        u"INSERT INTO jobs (" + kJobColumns +
        u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (arn) DO UPDATE SET name = excluded.name,"
        " dataset_arn = excluded.dataset_arn, dataset_group_arn = excluded.dataset_group_arn,"
        " region = excluded.region, account = excluded.account, profile = excluded.profile,"
        " status = excluded.status, import_mode = excluded.import_mode,"
        " data_location = excluded.data_location, role_arn = excluded.role_arn,"
        " publish_metrics = excluded.publish_metrics, tags = excluded.tags,"
        " created_ms = excluded.created_ms, updated_ms = excluded.updated_ms,"
        " failure_reason = excluded.failure_reason, last_seen_ms = excluded.last_seen_ms,"
        " details_fetched = excluded.details_fetched, tags_fetched = excluded.tags_fetched,"
        // Listings and descriptions know nothing of the check run before the submission.
        " data_check = COALESCE(excluded.data_check, jobs.data_check)";
    if (!query.prepare(sql))
        return failure(tr("Saving jobs"), query.lastError().text());
    for (const JobRecord &job : jobs) {
        bindJob(query, job);
        if (!query.exec())
            return failure(tr("Saving job %1").arg(job.arn), query.lastError().text());
    }
    if (!transaction.commit())
        return failure(tr("Saving jobs"), database().lastError().text());
    return true;
}

SqliteJobStore::StoreResult<QList<JobRecord>>
SqliteJobStore::selectJobs(const QString &where, const QVariantList &values) const
{
    if (!isOpen())
        return tr("The job history is not open.");
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT " + kJobColumns + u" FROM jobs " + where))
        return failure(tr("Reading jobs"), query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(tr("Reading jobs"), query.lastError().text());
    QList<JobRecord> jobs;
    if (where.isEmpty() || where.startsWith(u"ORDER")) {
        // The whole table: size the list once instead of growing it 100,000 times.
        if (const auto count = jobCount(); count.ok())
            jobs.reserve(count.value());
    }
    while (query.next())
        jobs.emplaceBack(jobFrom(query));
    if (query.lastError().isValid())
        return failure(tr("Reading jobs"), query.lastError().text());
    return jobs;
}

SqliteJobStore::StoreResult<QList<JobRecord>> SqliteJobStore::loadJobs() const
{
    return selectJobs(QStringLiteral("ORDER BY created_ms"), {});
}

void SqliteJobStore::loadJobsInBatches(QObject *receiver, int batchSize, BatchCallback callback)
{
    if (!isOpen()) {
        QMetaObject::invokeMethod(
            receiver,
            [callback, message = tr("The job history is not open.")] { callback(message, true); },
            Qt::QueuedConnection);
        return;
    }
    const QString path = m_path;
    const QString connection = m_connectionName + QStringLiteral("-loader");
    const std::shared_ptr<std::atomic_bool> cancelled = m_loaderCancelled;
    const QPointer<QObject> guard(receiver);
    auto deliver = [guard, callback](const Result<QList<JobRecord>, QString> &batch, bool last) {
        if (guard) {
            QMetaObject::invokeMethod(
                guard, [callback, batch, last] { callback(batch, last); }, Qt::QueuedConnection);
        }
    };
    QThread *thread = QThread::create([path, connection, cancelled, deliver, batchSize] {
        readJobsNewestFirst(path, connection, std::max(1, batchSize), *cancelled, deliver);
    });
    thread->setObjectName(QStringLiteral("job history loader"));
    m_loaders.append(thread);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

SqliteJobStore::StoreResult<std::optional<JobRecord>> SqliteJobStore::job(const QString &arn) const
{
    const auto jobs = selectJobs(QStringLiteral("WHERE arn = ?"), {arn});
    if (!jobs.ok())
        return jobs.error();
    if (jobs->isEmpty())
        return std::optional<JobRecord>();
    return std::optional<JobRecord>(jobs->constFirst());
}

SqliteJobStore::StoreResult<QList<JobRecord>>
SqliteJobStore::jobsOfDataset(const QString &datasetArn) const
{
    return selectJobs(QStringLiteral("WHERE dataset_arn = ? ORDER BY created_ms"), {datasetArn});
}

SqliteJobStore::StoreResult<QList<JobRecord>> SqliteJobStore::runningJobs() const
{
    // Asked at every start and connection, on the window's thread: ranges around the two final
    // states let the status index find the few unfinished jobs among 100,000 finished ones
    // (NOT IN cannot use it), and "+" keeps the created index from making SQLite walk them all.
    QString first = importJobStatusToString(ImportJobStatus::Active);
    QString second = importJobStatusToString(ImportJobStatus::CreateFailed);
    if (second < first)
        std::swap(first, second);
    return selectJobs(QStringLiteral("WHERE status IS NULL OR status < ? OR (status > ? AND "
                                     "status < ?) OR status > ? ORDER BY +created_ms"),
                      {first, first, second, second});
}

SqliteJobStore::StoreResult<QSet<QString>> SqliteJobStore::jobArns() const
{
    if (!isOpen())
        return tr("The job history is not open.");
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT arn FROM jobs")))
        return failure(tr("Reading jobs"), query.lastError().text());
    QSet<QString> arns;
    while (query.next())
        arns.insert(query.value(0).toString());
    return arns;
}

SqliteJobStore::StoreResult<int> SqliteJobStore::jobCount() const
{
    if (!isOpen())
        return tr("The job history is not open.");
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM jobs")) || !query.next())
        return failure(tr("Counting jobs"), query.lastError().text());
    return query.value(0).toInt();
}

SqliteJobStore::StoreResult<bool> SqliteJobStore::addWatchedDataset(const QString &datasetArn)
{
    if (!isOpen())
        return tr("The job history is not open.");
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO watched_datasets (dataset_arn, added_ms) VALUES (?, ?)"));
    query.addBindValue(datasetArn);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return failure(tr("Remembering dataset %1").arg(datasetArn), query.lastError().text());
    return true;
}

SqliteJobStore::StoreResult<QStringList> SqliteJobStore::watchedDatasets() const
{
    if (!isOpen())
        return tr("The job history is not open.");
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT dataset_arn FROM watched_datasets ORDER BY added_ms, "
                                   "dataset_arn")))
        return failure(tr("Reading datasets"), query.lastError().text());
    QStringList datasets;
    while (query.next())
        datasets.append(query.value(0).toString());
    return datasets;
}

SqliteJobStore::StoreResult<bool> SqliteJobStore::setHistoryComplete(const QString &datasetArn)
{
    if (!isOpen())
        return tr("The job history is not open.");
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO watched_datasets (dataset_arn, added_ms, "
                                 "history_complete) VALUES (?, ?, 1) ON CONFLICT (dataset_arn) "
                                 "DO UPDATE SET history_complete = 1"));
    query.addBindValue(datasetArn);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return failure(tr("Remembering dataset %1").arg(datasetArn), query.lastError().text());
    return true;
}

SqliteJobStore::StoreResult<QSet<QString>> SqliteJobStore::datasetsWithCompleteHistory() const
{
    if (!isOpen())
        return tr("The job history is not open.");
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT dataset_arn FROM watched_datasets WHERE history_complete = 1")))
        return failure(tr("Reading datasets"), query.lastError().text());
    QSet<QString> datasets;
    while (query.next())
        datasets.insert(query.value(0).toString());
    return datasets;
}

SqliteJobStore::StoreResult<qint64>
SqliteJobStore::addPending(const ImportJobDraft &draft, const QString &region,
                           const QString &profile, const std::optional<DataCheckReport> &dataCheck)
{
    if (!isOpen())
        return tr("The job history is not open.");
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO outbox (job_name, dataset_arn, region, profile, draft_json, state, attempts,"
        " created_ms, updated_ms, data_check) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    query.addBindValue(draft.jobName.trimmed());
    query.addBindValue(draft.datasetArn.trimmed());
    query.addBindValue(textOrNull(region));
    query.addBindValue(textOrNull(profile));
    query.addBindValue(QString::fromUtf8(OutboxEntry::draftToJson(draft)));
    query.addBindValue(OutboxEntry::stateName(OutboxState::Pending));
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(textOrNull(OutboxEntry::dataCheckToJson(dataCheck)));
    if (!query.exec())
        return failure(tr("Saving the submission"), query.lastError().text());
    return query.lastInsertId().toLongLong();
}

SqliteJobStore::StoreResult<bool> SqliteJobStore::setOutboxState(qint64 id, OutboxState state,
                                                                 const QString &error,
                                                                 const QString &jobArn,
                                                                 bool countAttempt)
{
    if (!isOpen())
        return tr("The job history is not open.");
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("UPDATE outbox SET state = ?, error = ?, job_arn = COALESCE(?, job_arn),"
                       " attempts = attempts + ?, updated_ms = ? WHERE id = ?"));
    query.addBindValue(OutboxEntry::stateName(state));
    query.addBindValue(textOrNull(error));
    query.addBindValue(jobArn.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(jobArn));
    query.addBindValue(countAttempt ? 1 : 0);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    if (!query.exec())
        return failure(tr("Updating submission %1").arg(id), query.lastError().text());
    if (query.numRowsAffected() != 1)
        return tr("Submission %1 is not in the job history.").arg(id);
    return true;
}

SqliteJobStore::StoreResult<QList<OutboxEntry>>
SqliteJobStore::readOutbox(const QString &where, const QVariantList &values,
                           QList<qint64> *unreadable) const
{
    if (!isOpen())
        return tr("The job history is not open.");
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT " + kOutboxColumns + u" FROM outbox " + where + u" ORDER BY id"))
        return failure(tr("Reading submissions"), query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return failure(tr("Reading submissions"), query.lastError().text());
    QList<OutboxEntry> entries;
    while (query.next()) {
        OutboxEntry entry;
        entry.id = query.value(0).toLongLong();
        const auto draft = OutboxEntry::draftFromJson(query.value(1).toString().toUtf8());
        const auto state = OutboxEntry::stateFromName(query.value(4).toString());
        if (!draft || !state) {
            // One damaged row must not hide the others: skip it here; setAsideUnreadableRows()
            // takes it out of the way for good.
            qCWarning(lcJobs).noquote()
                << "submission" << entry.id << "in" << m_path << "is unreadable; skipped";
            if (unreadable)
                unreadable->append(entry.id);
            continue;
        }
        entry.draft = *draft;
        entry.region = query.value(2).toString();
        entry.profile = query.value(3).toString();
        entry.state = *state;
        entry.attempts = query.value(5).toInt();
        entry.error = query.value(6).toString();
        entry.jobArn = query.value(7).toString();
        entry.created = timeFrom(query.value(8));
        entry.updated = timeFrom(query.value(9));
        // Unreadable, it is left out rather than setting the whole submission aside.
        entry.dataCheck = OutboxEntry::dataCheckFromJson(query.value(10).toString());
        entries.append(entry);
    }
    if (query.lastError().isValid())
        return failure(tr("Reading submissions"), query.lastError().text());
    return entries;
}

SqliteJobStore::StoreResult<QList<OutboxEntry>>
SqliteJobStore::selectOutbox(const QList<OutboxState> &states) const
{
    if (states.isEmpty())
        return readOutbox(QString(), {}, nullptr);
    QStringList marks;
    QVariantList names;
    for (OutboxState state : states) {
        marks.append(QStringLiteral("?"));
        names.append(OutboxEntry::stateName(state));
    }
    return readOutbox(u"WHERE state IN (" + marks.join(u", ") + u')', names, nullptr);
}

SqliteJobStore::StoreResult<std::optional<OutboxEntry>> SqliteJobStore::outboxEntry(qint64 id) const
{
    const auto entries = readOutbox(QStringLiteral("WHERE id = ?"), {id}, nullptr);
    if (!entries.ok())
        return entries.error();
    if (entries->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(entries->constFirst());
}

SqliteJobStore::StoreResult<QList<qint64>> SqliteJobStore::setAsideUnreadableRows()
{
    QList<qint64> unreadable;
    const auto rows = readOutbox(QStringLiteral("WHERE state NOT IN (?, ?)"),
                                 {OutboxEntry::stateName(OutboxState::Confirmed),
                                  OutboxEntry::stateName(OutboxState::Failed)},
                                 &unreadable);
    if (!rows.ok())
        return rows.error();
    for (qint64 id : std::as_const(unreadable)) {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("UPDATE outbox SET state = ?, error = ?, updated_ms = ? "
                                     "WHERE id = ?"));
        query.addBindValue(OutboxEntry::stateName(OutboxState::Failed));
        query.addBindValue(tr("This submission's saved values could not be read."));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(id);
        if (!query.exec())
            return failure(tr("Setting aside submission %1").arg(id), query.lastError().text());
    }
    return unreadable;
}
