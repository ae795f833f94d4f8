#include "common/datacheckexamples.h"
#include "common/jobbuilder.h"
#include "jobs/memoryjobstore.h"
#include "jobstore/sqlitejobstore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The JobStore contract, for the SQLite store and the in-memory one: round trips of every field,
// queries and the outbox life cycle. And what only the file store has: schema and migrations,
// batch transactions, survival of a killed writer, damaged files and rows, and owner-only
// permissions.
class TestJobStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void freshFileHasTheCurrentSchema();
    void migratesFromVersionOne();
    void migratesFromVersionThree();
    void newerSchemaIsRefused();
    void jobsRoundTrip_data();
    void jobsRoundTrip();
    void upsertReplacesByArn_data() { storeKinds(); }
    void upsertReplacesByArn();
    void failedBatchLeavesNothing();
    void queries_data() { storeKinds(); }
    void queries();
    void outboxLifeCycle_data() { storeKinds(); }
    void outboxLifeCycle();
    void outboxKeepsTheDraftAsTyped_data() { storeKinds(); }
    void outboxKeepsTheDraftAsTyped();
    void outboxKeepsTheDataCheck_data() { storeKinds(); }
    void outboxKeepsTheDataCheck();
    void dataCheckOutlivesListings_data() { storeKinds(); }
    void dataCheckOutlivesListings();
    void unreadableDataCheckIsLeftOut();
    void unreadableOutboxRowIsSetAside();
    void filesAreReadableByTheOwnerOnly();
    void twoStoresOnOneFile();
    void killedWriterLosesNothingCommitted();
    void historyLoadsNewestFirstInBatches_data() { storeKinds(); }
    void historyLoadsNewestFirstInBatches();
    void damagedFileGivesAnError_data();
    void damagedFileGivesAnError();
    void unwritableFolderGivesAnError();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("jobs.sqlite")); }
    static void storeKinds();
    // The store of the current row's kind ("sqlite" opens path()).
    std::unique_ptr<JobStore> makeStore() const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

const QString kDataset =
    JobBuilder::datasetArn(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));

// Adds an outbox row with only the columns every schema version has.
bool insertOldOutboxRow(const QString &path, const ImportJobDraft &draft, const QString &region,
                        const QString &profile)
{
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-outbox"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral(
                "INSERT INTO outbox (job_name, dataset_arn, region, profile, draft_json, state,"
                " attempts, created_ms, updated_ms) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)"));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const QVariant &value :
                 {QVariant(draft.jobName), QVariant(draft.datasetArn), QVariant(region),
                  QVariant(profile), QVariant(QString::fromUtf8(OutboxEntry::draftToJson(draft))),
                  QVariant(now), QVariant(now)})
                query.addBindValue(value);
            ok = query.exec();
            if (!ok)
                qWarning("%s", qPrintable(query.lastError().text()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old-outbox"));
    return ok;
}

// Runs in a child process: writes, then dies without closing anything.
int crashingWriter(const QString &path)
{
    SqliteJobStore store;
    if (!store.open(path).ok())
        return 2;
    QList<JobRecord> jobs;
    for (int i = 0; i < 50; ++i)
        jobs.append(JobBuilder(QStringLiteral("killed-%1").arg(i)).build());
    if (!store.upsertJobs(jobs).ok())
        return 3;
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("in-the-outbox");
    draft.datasetArn = kDataset;
    const auto id = store.addPending(draft, QStringLiteral("us-east-1"), QString());
    if (!id.ok() || !store.markSent(id.value()).ok())
        return 4;
    std::raise(SIGKILL);
    return 5;
}

} // namespace

void TestJobStore::storeKinds()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("memory") << QStringLiteral("memory");
}

std::unique_ptr<JobStore> TestJobStore::makeStore() const
{
    QFETCH(QString, kind);
    if (kind == u"memory")
        return std::make_unique<MemoryJobStore>();
    auto store = std::make_unique<SqliteJobStore>();
    const auto opened = store->open(path());
    if (!opened.ok())
        qWarning("%s", qPrintable(opened.error()));
    return store;
}

void TestJobStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJobStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestJobStore::freshFileHasTheCurrentSchema()
{
    SqliteJobStore store;
    QVERIFY(!store.isOpen());
    const auto opened = store.open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    QVERIFY(store.isOpen());
    QCOMPARE(store.schemaVersion(), SqliteJobStore::kSchemaVersion);
    QVERIFY(store.upsertJob(JobBuilder(QStringLiteral("first")).build()).ok());
    // Write-ahead logging is on: the log file sits beside the database while it is open.
    QVERIFY(QFile::exists(path() + QStringLiteral("-wal")));
    QVERIFY(SqliteJobStore::defaultPath().endsWith(QStringLiteral("/importdesk.sqlite")));
}

void TestJobStore::migratesFromVersionOne()
{
    JobRecord job = JobBuilder(QStringLiteral("from-v1")).build();
    job.tags = {{QStringLiteral("team"), QStringLiteral("recs")}};
    {
        SqliteJobStore old;
        QVERIFY(old.open(path(), 1).ok());
        QCOMPARE(old.schemaVersion(), 1);
        // Written as version 1 wrote it: the columns of its time only.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version-one"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO jobs (arn, name, dataset_arn, region, account, status, import_mode, "
            "tags, created_ms, updated_ms, details_fetched) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, 0)"));
        for (const QVariant &value :
             {QVariant(job.arn), QVariant(job.name), QVariant(job.datasetArn), QVariant(job.region),
              QVariant(job.accountId), QVariant(job.status), QVariant(job.importMode),
              QVariant(QStringLiteral(R"([{"tagKey":"team","tagValue":"recs"}])")),
              QVariant(job.created.toMSecsSinceEpoch()), QVariant(job.updated.toMSecsSinceEpoch())})
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        db.close();
        ImportJobDraft draft;
        draft.jobName = QStringLiteral("queued");
        draft.datasetArn = kDataset;
        QVERIFY(
            insertOldOutboxRow(path(), draft, QStringLiteral("us-east-1"), QStringLiteral("dev")));
        // Version 1 has no watched datasets yet.
        QVERIFY(!old.watchedDatasets().ok());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version-one"));
    SqliteJobStore store;
    const auto opened = store.open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    QCOMPARE(store.schemaVersion(), SqliteJobStore::kSchemaVersion);
    // A job recorded with tags was submitted from the app: its tags are known.
    job.datasetGroupArn.clear();
    JobRecord expected = job;
    expected.tagsFetched = true;
    JobRecord loaded = store.loadJobs().value().constFirst();
    loaded.datasetGroupArn.clear();
    QCOMPARE(loaded, expected);
    QCOMPARE(store.pendingRows()->size(), 1);
    QCOMPARE(store.pendingRows()->constFirst().profile, QStringLiteral("dev"));
    // The upgrade watches the datasets of the jobs already known, whose histories are still
    // to be listed.
    QCOMPARE(store.watchedDatasets().value(), QStringList{kDataset});
    QVERIFY(store.datasetsWithCompleteHistory()->isEmpty());
    QVERIFY(store.setHistoryComplete(kDataset).ok());
    QCOMPARE(store.datasetsWithCompleteHistory().value(), QSet<QString>{kDataset});
}

void TestJobStore::migratesFromVersionThree()
{
    JobRecord job =
        JobBuilder(QStringLiteral("from-v3")).status(QStringLiteral("CREATE PENDING")).build();
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("waiting");
    draft.datasetArn = kDataset;
    {
        SqliteJobStore old;
        QVERIFY(old.open(path(), 3).ok());
        QCOMPARE(old.schemaVersion(), 3);
        // Version 3 keeps no data checks: the store of this version cannot write to it.
        QVERIFY(!old.upsertJob(job).ok());
        QVERIFY(!old.addPending(draft, {}, {}).ok());
        QVERIFY(insertOldOutboxRow(path(), draft, QStringLiteral("us-east-1"), QString()));
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("version-three"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO jobs (arn, name, dataset_arn, region, account, status, import_mode,"
            " created_ms, updated_ms, details_fetched, tags_fetched) VALUES (?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, 0, 1)"));
        for (const QVariant &value :
             {QVariant(job.arn), QVariant(job.name), QVariant(job.datasetArn), QVariant(job.region),
              QVariant(job.accountId), QVariant(job.status), QVariant(job.importMode),
              QVariant(job.created.toMSecsSinceEpoch()), QVariant(job.updated.toMSecsSinceEpoch())})
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version-three"));

    SqliteJobStore store;
    const auto opened = store.open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    QCOMPARE(store.schemaVersion(), SqliteJobStore::kSchemaVersion);
    // What was there is read as it was, without a report.
    const auto loaded = store.job(job.arn);
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->status, job.status);
    QCOMPARE(loaded.value()->dataCheck, std::nullopt);
    const auto rows = store.pendingRows();
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().draft, draft);
    QCOMPARE(rows->constFirst().dataCheck, std::nullopt);
    // And reports can be kept from now on.
    JobRecord checked = *loaded.value();
    checked.dataCheck = DataCheckExamples::mixed();
    QVERIFY(store.upsertJob(checked).ok());
    QCOMPARE(store.job(job.arn).value()->dataCheck, checked.dataCheck);
    const auto id = store.addPending(draft, {}, {}, DataCheckExamples::clean());
    QVERIFY(id.ok());
    QCOMPARE(store.outboxEntry(id.value()).value()->dataCheck, DataCheckExamples::clean());
}

void TestJobStore::newerSchemaIsRefused()
{
    {
        SqliteJobStore store;
        QVERIFY(store.open(path()).ok());
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    SqliteJobStore store;
    const auto opened = store.open(path());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(QStringLiteral("newer version")), qPrintable(opened.error()));
    QVERIFY(!store.isOpen());
}

void TestJobStore::jobsRoundTrip_data()
{
    QTest::addColumn<JobRecord>("job");
    const JobRecord full =
        JobBuilder(QStringLiteral("everything"))
            .failure(QStringLiteral("First line.\nSecond line with \"quotes\" and ünïcode."))
            .profile(QStringLiteral("prod"))
            .dataLocation(QStringLiteral("s3://bucket/été/data.csv"))
            .roleArn(QStringLiteral("arn:aws:iam::111122223333:role/service-role/Reader"))
            .publishMetrics(true)
            .tags({{QStringLiteral("team"), QStringLiteral("recs")},
                   {QStringLiteral("empty"), QString()}})
            .lastSeen(QDateTime(QDate(2024, 5, 2), QTime(8, 30, 15, 250), Qt::UTC))
            .detailsFetched()
            .build();
    QTest::newRow("every field") << full;

    JobRecord sparse =
        JobBuilder(QStringLiteral("sparse")).status(QStringLiteral("CREATE PENDING")).build();
    sparse.updated = QDateTime();
    sparse.importMode.clear();
    QTest::newRow("optional fields absent") << sparse;

    const JobRecord off = JobBuilder(QStringLiteral("metrics-off")).publishMetrics(false).build();
    QTest::newRow("metrics flag false") << off;

    JobRecord checked = JobBuilder(QStringLiteral("checked")).build();
    checked.dataCheck = DataCheckExamples::mixed();
    QTest::newRow("with a data check") << checked;

    JobRecord incomplete = JobBuilder(QStringLiteral("check-incomplete")).build();
    incomplete.dataCheck = DataCheckReport();
    incomplete.dataCheck->state = DataCheckReport::State::Incomplete;
    incomplete.dataCheck->error = QStringLiteral("The bucket could not be listed.");
    QTest::newRow("with an incomplete data check") << incomplete;
}

void TestJobStore::jobsRoundTrip()
{
    QFETCH(JobRecord, job);
    {
        SqliteJobStore store;
        QVERIFY(store.open(path()).ok());
        QVERIFY(store.upsertJob(job).ok());
    }
    SqliteJobStore reopened;
    QVERIFY(reopened.open(path()).ok());
    const auto loaded = reopened.job(job.arn);
    QVERIFY(loaded.ok());
    QVERIFY(loaded.value().has_value());
    QCOMPARE(*loaded.value(), job);
}

void TestJobStore::upsertReplacesByArn()
{
    const std::unique_ptr<JobStore> owned = makeStore();
    JobStore &store = *owned;
    QVERIFY(store.isOpen());
    JobRecord job =
        JobBuilder(QStringLiteral("moving")).status(QStringLiteral("CREATE PENDING")).build();
    QVERIFY(store.upsertJob(job).ok());
    job.status = QStringLiteral("CREATE IN_PROGRESS");
    job.updated = job.updated.addSecs(60);
    QVERIFY(store.upsertJob(job).ok());
    QCOMPARE(store.jobCount().value(), 1);
    QCOMPARE(store.loadJobs().value(), QList<JobRecord>{job});
}

void TestJobStore::failedBatchLeavesNothing()
{
    SqliteJobStore store;
    QVERIFY(store.open(path()).ok());
    QList<JobRecord> batch;
    for (int i = 0; i < 1000; ++i)
        batch.append(JobBuilder(QStringLiteral("batch-%1").arg(i)).build());
    QVERIFY(store.upsertJobs(batch).ok());
    QCOMPARE(store.jobCount().value(), 1000);

    QList<JobRecord> broken{JobBuilder(QStringLiteral("ok-1")).build(),
                            JobBuilder(QStringLiteral("ok-2")).build()};
    JobRecord nameless = JobBuilder(QStringLiteral("nameless")).build();
    nameless.name = QString(); // NOT NULL column: the whole batch must roll back
    broken.append(nameless);
    const auto result = store.upsertJobs(broken);
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(path()));
    QCOMPARE(store.jobCount().value(), 1000);
    QVERIFY(!store.job(broken.constFirst().arn)->has_value());
}

void TestJobStore::queries()
{
    const std::unique_ptr<JobStore> owned = makeStore();
    JobStore &store = *owned;
    QVERIFY(store.isOpen());
    JobRecord pending =
        JobBuilder(QStringLiteral("a")).status(QStringLiteral("CREATE PENDING")).build();
    JobRecord running =
        JobBuilder(QStringLiteral("b")).status(QStringLiteral("CREATE IN_PROGRESS")).build();
    JobRecord done = JobBuilder(QStringLiteral("c")).status(QStringLiteral("ACTIVE")).build();
    JobRecord failed =
        JobBuilder(QStringLiteral("d")).status(QStringLiteral("CREATE FAILED")).build();
    const JobRecord elsewhere =
        JobBuilder(QStringLiteral("e"))
            .status(QStringLiteral("CREATE PENDING"))
            .dataset(JobBuilder::datasetArn(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")))
            .build();
    // States the app does not know count as unfinished, whatever they sort next to.
    QList<JobRecord> unknown;
    for (const char *status : {"ABORTED", "ACTIVE_UPDATE", "DELETE PENDING"}) {
        unknown.append(JobBuilder(QString::fromLatin1(status).toLower())
                           .status(QString::fromLatin1(status))
                           .build());
    }
    QVERIFY(store.upsertJobs({pending, running, done, failed, elsewhere}).ok());
    QVERIFY(store.upsertJobs(unknown).ok());

    QCOMPARE(store.runningJobs()->size(), 6);
    QCOMPARE(store.jobsOfDataset(kDataset)->size(), 7);
    QCOMPARE(store.jobArns()->size(), 8);
    QVERIFY(store.jobArns()->contains(failed.arn));
    QVERIFY(!store.job(QStringLiteral("arn:nope"))->has_value());

    QVERIFY(store.addWatchedDataset(kDataset).ok());
    QVERIFY(store.addWatchedDataset(kDataset).ok()); // twice is harmless
    QCOMPARE(store.watchedDatasets().value(), QStringList{kDataset});
}

void TestJobStore::outboxLifeCycle()
{
    const std::unique_ptr<JobStore> owned = makeStore();
    JobStore &store = *owned;
    QVERIFY(store.isOpen());
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("nightly");
    draft.datasetArn = kDataset;
    draft.dataLocation = QStringLiteral("s3://bucket/nightly/");

    const auto id = store.addPending(draft, QStringLiteral("us-east-1"), QStringLiteral("prod"));
    QVERIFY(id.ok());
    auto entry = store.outboxEntry(id.value()).value();
    QVERIFY(entry.has_value());
    QCOMPARE(entry->state, OutboxState::Pending);
    QCOMPARE(entry->attempts, 0);
    QCOMPARE(entry->draft, draft);
    QCOMPARE(entry->region, QStringLiteral("us-east-1"));
    QVERIFY(entry->created.isValid());
    QCOMPARE(store.pendingRows()->size(), 1);

    QVERIFY(store.markSent(id.value()).ok());
    entry = store.outboxEntry(id.value()).value();
    QCOMPARE(entry->state, OutboxState::Sent);
    QCOMPARE(entry->attempts, 1);
    QCOMPARE(store.pendingRows()->size(), 1); // outcome still unknown

    const QString arn =
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/nightly");
    QVERIFY(store.confirm(id.value(), arn).ok());
    entry = store.outboxEntry(id.value()).value();
    QCOMPARE(entry->state, OutboxState::Confirmed);
    QCOMPARE(entry->jobArn, arn);
    QVERIFY(store.pendingRows()->isEmpty());

    const auto second = store.addPending(draft, {}, {});
    QVERIFY(store.markSent(second.value()).ok());
    QVERIFY(store.markUnsent(second.value()).ok());
    QCOMPARE(store.outboxRows(OutboxState::Unsent)->size(), 1);
    QVERIFY(store.markSent(second.value()).ok());
    QCOMPARE(store.outboxEntry(second.value()).value()->attempts, 2);
    QVERIFY(store.fail(second.value(), QStringLiteral("InvalidInputException: no")).ok());
    entry = store.outboxEntry(second.value()).value();
    QCOMPARE(entry->state, OutboxState::Failed);
    QCOMPARE(entry->error, QStringLiteral("InvalidInputException: no"));
    QCOMPARE(store.allOutboxRows()->size(), 2);

    QVERIFY(!store.markSent(12345).ok()); // no such row
}

void TestJobStore::outboxKeepsTheDraftAsTyped()
{
    const std::unique_ptr<JobStore> owned = makeStore();
    JobStore &store = *owned;
    QVERIFY(store.isOpen());
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("  spaced name ");
    draft.datasetArn = kDataset;
    draft.dataLocation = QStringLiteral("s3://bucket/ü/");
    draft.roleArn = QStringLiteral(" arn:aws:iam::111122223333:role/R ");
    draft.tags = {{QStringLiteral("k"), QStringLiteral("v")},
                  {QString(), QString()},
                  {QStringLiteral("k"), QStringLiteral("dup")}};
    draft.importMode = QStringLiteral("INCREMENTAL");
    draft.publishAttributionMetricsToS3 = true;
    const auto id = store.addPending(draft, {}, {});
    QVERIFY(id.ok());
    QCOMPARE(store.outboxEntry(id.value()).value()->draft, draft);
}

void TestJobStore::outboxKeepsTheDataCheck()
{
    std::unique_ptr<JobStore> owned = makeStore();
    QVERIFY(owned->isOpen());
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("checked");
    draft.datasetArn = kDataset;
    const DataCheckReport report = DataCheckExamples::mixed();
    const auto checked = owned->addPending(draft, QStringLiteral("us-east-1"), {}, report);
    QVERIFY(checked.ok());
    const auto unchecked = owned->addPending(draft, QStringLiteral("us-east-1"), {});
    QVERIFY(unchecked.ok());
    QCOMPARE(owned->outboxEntry(checked.value()).value()->dataCheck, report);
    QCOMPARE(owned->outboxEntry(unchecked.value()).value()->dataCheck, std::nullopt);
    // Through the life cycle of the row, and (for the file) a restart.
    QVERIFY(owned->markSent(checked.value()).ok());
    QVERIFY(owned->markQueued(checked.value()).ok());
    QFETCH(QString, kind);
    if (kind == u"sqlite") {
        owned.reset();
        owned = makeStore();
    }
    const auto queued = owned->outboxRows(OutboxState::Queued);
    QVERIFY(queued.ok());
    QCOMPARE(queued->size(), 1);
    QCOMPARE(queued->constFirst().dataCheck, report);
    QCOMPARE(JobRecord::fromQueued(queued->constFirst()).dataCheck, report);
}

void TestJobStore::dataCheckOutlivesListings()
{
    const std::unique_ptr<JobStore> owned = makeStore();
    JobStore &store = *owned;
    QVERIFY(store.isOpen());
    JobRecord submitted =
        JobBuilder(QStringLiteral("checked")).status(QStringLiteral("CREATE PENDING")).build();
    submitted.dataCheck = DataCheckExamples::mixed();
    QVERIFY(store.upsertJob(submitted).ok());

    // A listing's record knows nothing of the check; the rest of it is taken.
    JobRecord listed = JobBuilder(QStringLiteral("checked")).build();
    QVERIFY(!listed.dataCheck);
    QVERIFY(store.upsertJobs({listed, JobBuilder(QStringLiteral("other")).build()}).ok());
    JobRecord expected = listed;
    expected.dataCheck = submitted.dataCheck;
    QCOMPARE(store.job(listed.arn).value(), std::optional<JobRecord>(expected));
    QCOMPARE(store.job(JobBuilder(QStringLiteral("other")).build().arn).value()->dataCheck,
             std::nullopt);
    const auto running = store.loadJobs();
    QVERIFY(running.ok());
    QCOMPARE(running->constFirst().dataCheck, submitted.dataCheck);

    // A record with a report of its own replaces the one stored.
    JobRecord rechecked = listed;
    rechecked.dataCheck = DataCheckExamples::clean();
    QVERIFY(store.upsertJob(rechecked).ok());
    QCOMPARE(store.job(listed.arn).value()->dataCheck, DataCheckExamples::clean());
}

void TestJobStore::unreadableDataCheckIsLeftOut()
{
    SqliteJobStore store;
    QVERIFY(store.open(path()).ok());
    JobRecord job = JobBuilder(QStringLiteral("scribbled")).build();
    job.dataCheck = DataCheckExamples::mixed();
    QVERIFY(store.upsertJob(job).ok());
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("scribbled");
    draft.datasetArn = kDataset;
    const qint64 id = store.addPending(draft, {}, {}, DataCheckExamples::mixed()).value();
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scribbler"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("UPDATE outbox SET data_check = '{\"state\":1'")));
        QVERIFY(query.exec(QStringLiteral("UPDATE jobs SET data_check = '[]'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scribbler"));
    // The job and the submission are still good; only the report is gone.
    const auto loaded = store.job(job.arn);
    QVERIFY(loaded.ok() && loaded.value());
    QCOMPARE(loaded.value()->dataCheck, std::nullopt);
    QCOMPARE(loaded.value()->name, job.name);
    const auto entry = store.outboxEntry(id);
    QVERIFY(entry.ok() && entry.value());
    QCOMPARE(entry.value()->draft, draft);
    QCOMPARE(entry.value()->dataCheck, std::nullopt);
    QVERIFY(store.setAsideUnreadableRows()->isEmpty());
}

void TestJobStore::unreadableOutboxRowIsSetAside()
{
    SqliteJobStore store;
    QVERIFY(store.open(path()).ok());
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("first");
    draft.datasetArn = kDataset;
    const qint64 damaged = store.addPending(draft, {}, {}).value();
    draft.jobName = QStringLiteral("second");
    const qint64 healthy = store.addPending(draft, {}, {}).value();
    QVERIFY(store.markSent(damaged).ok());
    QVERIFY(store.markSent(healthy).ok());
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("scribbler"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(
            query.exec(QStringLiteral("UPDATE outbox SET draft_json = '{not json' WHERE id = %1")
                           .arg(damaged)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("scribbler"));

    // The damaged row hides nothing else.
    const auto rows = store.pendingRows();
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().id, healthy);

    const auto setAside = store.setAsideUnreadableRows();
    QVERIFY(setAside.ok());
    QCOMPARE(setAside.value(), QList<qint64>{damaged});
    QVERIFY(store.setAsideUnreadableRows()->isEmpty()); // once
    QCOMPARE(store.pendingRows()->size(), 1);
}

void TestJobStore::filesAreReadableByTheOwnerOnly()
{
    const QString folder = m_dir->filePath(QStringLiteral("new-folder"));
    const QString file = folder + QStringLiteral("/jobs.sqlite");
    SqliteJobStore store;
    QVERIFY(store.open(file).ok());
    QVERIFY(store.upsertJob(JobBuilder(QStringLiteral("private")).build()).ok());
    const auto owner = QFile::ReadOwner | QFile::WriteOwner;
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther |
                        QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther;
    QCOMPARE(QFile::permissions(file) & (owner | others), owner);
    QCOMPARE(QFile::permissions(file + QStringLiteral("-wal")) & others, QFile::Permissions());
    QCOMPARE(QFile::permissions(folder) & others, QFile::Permissions());

    // A file created by an earlier version with the default mode is tightened.
    store.close();
    QFile::setPermissions(file, owner | QFile::ReadGroup | QFile::ReadOther);
    QVERIFY(store.open(file).ok());
    QCOMPARE(QFile::permissions(file) & others, QFile::Permissions());
}

void TestJobStore::twoStoresOnOneFile()
{
    SqliteJobStore first;
    SqliteJobStore second;
    QVERIFY(first.open(path()).ok());
    QVERIFY(second.open(path()).ok());
    QVERIFY(first.upsertJob(JobBuilder(QStringLiteral("one")).build()).ok());
    QCOMPARE(second.jobCount().value(), 1);
    first.close();
    QVERIFY(!first.isOpen());
    QVERIFY(second.isOpen());
    QVERIFY(!first.loadJobs().ok());
}

void TestJobStore::killedWriterLosesNothingCommitted()
{
    QProcess writer;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IMPORTDESK_JOBSTORE_CRASH_WRITER"), path());
    writer.setProcessEnvironment(environment);
    writer.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(writer.waitForFinished(30000));
    QCOMPARE(writer.exitStatus(), QProcess::CrashExit); // killed, nothing closed

    SqliteJobStore store;
    const auto opened = store.open(path());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error()));
    QCOMPARE(store.jobCount().value(), 50);
    QCOMPARE(*store.job(JobBuilder(QStringLiteral("killed-7")).build().arn).value(),
             JobBuilder(QStringLiteral("killed-7")).build());
    const auto pending = store.pendingRows();
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->constFirst().state, OutboxState::Sent);
    QCOMPARE(pending->constFirst().draft.jobName, QStringLiteral("in-the-outbox"));
}

void TestJobStore::historyLoadsNewestFirstInBatches()
{
    const std::unique_ptr<JobStore> owned = makeStore();
    QList<JobRecord> jobs;
    for (int i = 0; i < 1234; ++i) {
        JobRecord job = JobBuilder(QStringLiteral("job-%1").arg(i)).build();
        job.created = job.created.addSecs(i);
        jobs.append(job);
    }
    QVERIFY(owned->upsertJobs(jobs).ok());
    QList<JobRecord> loaded;
    int batches = 0;
    bool last = false;
    QObject receiver;
    owned->loadJobsInBatches(&receiver, 500,
                             [&](const Result<QList<JobRecord>, QString> &batch, bool isLast) {
                                 QVERIFY(batch.ok());
                                 QVERIFY(!last);
                                 loaded += batch.value();
                                 ++batches;
                                 last = isLast;
                             });
    QCOMPARE(batches, 0); // never during the call
    QTRY_VERIFY_WITH_TIMEOUT(last, 20000);
    QVERIFY(batches >= 3);
    QCOMPARE(loaded.size(), 1234);
    QCOMPARE(loaded.constFirst().name, QStringLiteral("job-1233"));
    QCOMPARE(loaded.constLast().name, QStringLiteral("job-0"));
    // Repeated values read from the file share one copy of their text.
    QFETCH(QString, kind);
    if (kind == u"sqlite") {
        QCOMPARE(loaded.at(0).datasetArn.constData(), loaded.at(1).datasetArn.constData());
        QCOMPARE(loaded.at(0).status.constData(), loaded.at(999).status.constData());
    }

    // A receiver that is gone receives nothing.
    bool called = false;
    {
        QObject shortLived;
        owned->loadJobsInBatches(
            &shortLived, 500,
            [&](const Result<QList<JobRecord>, QString> &, bool) { called = true; });
    }
    QTest::qWait(300);
    QVERIFY(!called);
}

void TestJobStore::damagedFileGivesAnError_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("not a database") << QStringLiteral("text");
    QTest::newRow("header overwritten") << QStringLiteral("header");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("pages scribbled") << QStringLiteral("scribble");
}

void TestJobStore::damagedFileGivesAnError()
{
    QFETCH(QString, damage);
    if (damage != u"text") {
        SqliteJobStore store;
        QVERIFY(store.open(path()).ok());
        QList<JobRecord> jobs;
        for (int i = 0; i < 2000; ++i) {
            JobRecord job = JobBuilder(QStringLiteral("bulk-%1").arg(i)).build();
            job.failureReason = QString(200, u'x');
            jobs.append(job);
        }
        QVERIFY(store.upsertJobs(jobs).ok());
        store.close();
        QVERIFY(!QFile::exists(path() + QStringLiteral("-wal"))); // checkpointed on close
    }
    QFile file(path());
    if (damage == u"text") {
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are my notes, not a database.\n");
    } else if (damage == u"header") {
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.write(QByteArray(100, '\x5a'));
    } else if (damage == u"truncate") {
        QVERIFY(file.resize(file.size() / 2 + 1234));
    } else {
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (qint64 offset = 4096; offset + 512 < file.size(); offset += 8192) {
            file.seek(offset + 100);
            file.write(QByteArray(400, '\xff'));
        }
    }
    file.close();

    SqliteJobStore store;
    const auto opened = store.open(path());
    if (!opened.ok()) {
        QVERIFY2(opened.error().contains(QDir::toNativeSeparators(path())),
                 qPrintable(opened.error()));
        QVERIFY(!store.isOpen());
        QVERIFY(!store.loadJobs().ok()); // and nothing crashes afterwards
        return;
    }
    // Damage inside the file is found by the check that runs after the history is loaded, in
    // the background, so that it does not delay the window.
    QVERIFY2(damage == u"scribble" || damage == u"truncate", qPrintable(damage));
    std::optional<QString> error;
    bool done = false;
    QObject receiver;
    store.loadJobsInBatches(&receiver, 500,
                            [&](const Result<QList<JobRecord>, QString> &batch, bool last) {
                                if (!batch.ok())
                                    error = batch.error();
                                done = done || last || !batch.ok();
                            });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(QDir::toNativeSeparators(path())), qPrintable(*error));
}

void TestJobStore::unwritableFolderGivesAnError()
{
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SqliteJobStore store;
    const auto opened = store.open(blocker.fileName() + QStringLiteral("/jobs.sqlite"));
    QVERIFY(!opened.ok());
    QVERIFY(!store.isOpen());
}

int main(int argc, char **argv)
{
    const QString crashPath = qEnvironmentVariable("IMPORTDESK_JOBSTORE_CRASH_WRITER");
    QCoreApplication app(argc, argv);
    if (!crashPath.isEmpty())
        return crashingWriter(crashPath);
    TestJobStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_jobstore.moc"
