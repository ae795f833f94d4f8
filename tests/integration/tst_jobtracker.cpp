#include "aws/awsclient.h"
#include "common/datacheckexamples.h"
#include "jobs/jobtracker.h"
#include "jobstore/sqlitejobstore.h"
#include "personalize/arn.h"
#include "personalize/personalizeclient.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The tracker against the sandbox over loopback: an account's history listed once per dataset
// and never again past what is stored; hundreds of jobs followed to their end by account-wide
// listings within a request budget; Describe only for a job created elsewhere (once, for its
// dataset) and details and tags only when shown; jobs followed by ARN without any Describe;
// and the interval's reactions to age, a hidden window, throttling, pauses and a lost network.
class TestJobTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void intervalAdapts();
    void catchUpListsEachHistoryOnce();
    void manyJobsInFourDatasetsReachTheirEnd();
    void jobCreatedElsewhereIsDescribedOnce();
    void dataCheckOutlivesPolling();
    void detailsAndTagsWhenShown();
    void followByArnWithoutDescribe();
    void unknownArnIsReported();
    void otherRegionsAreNotPolled();
    void throttlingSlowsPolling();
    void pauseStopsRequests();
    void networkLossAndReturn();

private:
    void startServer(const SandboxOptions &options, quint16 port = 0);
    void connectClient();
    void makeTracker(JobTracker::Discovery discovery = JobTracker::Discovery::Describe);
    // Jobs of `datasetArn` in the sandbox (its seeded history included).
    int sandboxJobs(const QString &datasetArn);
    QString dataset(const QString &group, const QString &type) const;
    // Creates a job in the sandbox without a request (so it counts no CreateDatasetImportJob).
    JobRecord createInSandbox(const QString &name, const QString &datasetArn,
                              const QString &location = QStringLiteral("s3://bucket/data/"));
    int requests(const QString &operation) const { return m_server->requestCount(operation); }

    std::unique_ptr<QTemporaryDir> m_dir;
    SandboxOptions m_options;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<AwsClient> m_aws;
    std::unique_ptr<PersonalizeClient> m_client;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<JobTracker> m_tracker;
};

namespace {

const QString kList = QStringLiteral("ListDatasetImportJobs");
const QString kDescribe = QStringLiteral("DescribeDatasetImportJob");

JobTrackerIntervals fastIntervals()
{
    JobTrackerIntervals intervals;
    intervals.newJob = 40ms;
    intervals.longRunning = 160ms;
    intervals.rampDuration = 2s;
    intervals.maxInterval = 3s;
    return intervals;
}

} // namespace

void TestJobTracker::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJobTracker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = std::make_unique<SqliteJobStore>();
    QVERIFY(store->open(m_dir->filePath(QStringLiteral("jobs.sqlite"))).ok());
    m_store = std::move(store);
    m_options = SandboxOptions();
    m_options.port = 0;
    m_options.seed = 5;
    m_options.maxRunning = 1000;
}

void TestJobTracker::cleanup()
{
    m_tracker.reset();
    // Calls still in flight end first (an AwsClient destroyed under them would crash).
    if (m_aws)
        QTRY_VERIFY_WITH_TIMEOUT(m_aws->findChildren<AwsCall *>().isEmpty(), 30000);
    m_client.reset();
    m_aws.reset();
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

void TestJobTracker::startServer(const SandboxOptions &options, quint16 port)
{
    m_options = options;
    m_server = std::make_unique<SandboxServer>(options);
    if (!options.stateFile.isEmpty())
        QVERIFY(m_server->restoreState().ok());
    QVERIFY(m_server->listen(port));
}

void TestJobTracker::connectClient()
{
    m_aws = std::make_unique<AwsClient>();
    AwsClientSettings settings;
    settings.region = m_options.region;
    settings.endpoint = m_server->url();
    settings.attemptTimeout = 5s;
    settings.callDeadline = 20s;
    m_aws->setSettings(settings);
    AwsCredentials credentials;
    credentials.accessKeyId = m_options.accessKeyId;
    credentials.secretAccessKey = m_options.secretAccessKey;
    m_aws->setStaticCredentials(credentials);
    m_aws->setBackoffFunction([](int) { return 0ms; });
    m_client = std::make_unique<PersonalizeClient>(m_aws.get());
}

void TestJobTracker::makeTracker(JobTracker::Discovery discovery)
{
    connectClient();
    m_tracker = std::make_unique<JobTracker>(m_store.get(), m_client.get(), QStringLiteral("test"),
                                             m_options.region);
    m_tracker->setIntervals(fastIntervals());
    m_tracker->setDiscovery(discovery);
}

int TestJobTracker::sandboxJobs(const QString &datasetArn)
{
    int count = 0;
    for (const SandboxImportJob &job : m_server->state().jobs())
        count += job.datasetArn == datasetArn ? 1 : 0;
    return count;
}

QString TestJobTracker::dataset(const QString &group, const QString &type) const
{
    return PersonalizeArn::datasetArn(m_options.region, m_options.accountId, group, type);
}

JobRecord TestJobTracker::createInSandbox(const QString &name, const QString &datasetArn,
                                          const QString &location)
{
    CreateDatasetImportJobRequest request;
    request.jobName = name;
    request.datasetArn = datasetArn;
    request.dataSource.dataLocation = location;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
    const auto created = m_server->state().createDatasetImportJob(request);
    if (!created.ok())
        qWarning() << created.error().code << created.error().message;
    JobRecord job;
    job.arn = created.ok() ? created->datasetImportJobArn.value_or(QString()) : QString();
    job.name = name;
    job.datasetArn = datasetArn;
    job.status = QStringLiteral("CREATE PENDING");
    job.importMode = QStringLiteral("FULL");
    job.dataLocation = location;
    job.roleArn = *request.roleArn;
    job.created = m_server->now();
    job.updated = job.created;
    job.detailsFetched = true; // as a submission from this app knows them
    job.tagsFetched = true;
    job.profile = QStringLiteral("test");
    job.fillFromArns();
    return job;
}

void TestJobTracker::intervalAdapts()
{
    startServer(m_options);
    makeTracker();
    m_tracker->setPaused(true); // arithmetic only: no request goes out
    JobRecord job = createInSandbox(
        QStringLiteral("ramp"), dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")));
    m_tracker->setIntervals(JobTrackerIntervals());
    QDateTime now = job.created;
    m_tracker->setClock([&now] { return now; });
    m_tracker->track(job);
    QCOMPARE(m_tracker->activeJobCount(), 1);
    QCOMPARE(m_tracker->currentInterval(), 10000ms); // new job
    now = job.created.addSecs(5 * 60);
    QCOMPARE(m_tracker->currentInterval(), 35000ms); // half way up the ramp
    now = job.created.addSecs(3600);
    QCOMPARE(m_tracker->currentInterval(), 60000ms); // long-running
    m_tracker->setWindowVisible(false);
    QCOMPARE(m_tracker->currentInterval(), 180000ms);
    m_tracker->setWindowVisible(true);
    // A second, newer job brings polling back to the fast pace.
    JobRecord fresh = createInSandbox(QStringLiteral("ramp-2"), job.datasetArn);
    fresh.created = now;
    m_tracker->track(fresh);
    QCOMPARE(m_tracker->currentInterval(), 10000ms);
    QCOMPARE(requests(kList), 0);
    QVERIFY(!m_tracker->isTracking());
}

void TestJobTracker::catchUpListsEachHistoryOnce()
{
    startServer(m_options);
    const QString users = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    const QDateTime now = m_server->now();
    for (int i = 0; i < 250; ++i) { // a history of three pages
        SandboxImportJob old;
        old.jobName = QStringLiteral("history-%1").arg(i);
        old.datasetArn = users;
        old.dataLocation = QStringLiteral("s3://bucket/users/");
        old.status = i % 7 == 0 ? QStringLiteral("CREATE FAILED") : QStringLiteral("ACTIVE");
        old.failureReason = i % 7 == 0 ? QStringLiteral("Input CSV is missing columns") : QString();
        old.created = now.addDays(-30).addSecs(i);
        QVERIFY(m_server->state().addJob(old));
    }
    // Every dataset of the sandbox, as the catalogue lists them.
    QStringList datasets;
    int budget = 0;
    for (const SandboxDataset &entry : m_server->state().datasets()) {
        datasets.append(entry.arn);
        // An empty history still costs the page that says so.
        budget += std::max(1, (sandboxJobs(entry.arn) + 99) / 100);
    }
    QVERIFY(datasets.size() >= 6);

    makeTracker();
    QSignalSpy caughtUp(m_tracker.get(), &JobTracker::datasetCaughtUp);
    m_tracker->catchUp(datasets);
    QCOMPARE(m_tracker->catchUpRemaining(), datasets.size());
    QTRY_COMPARE_WITH_TIMEOUT(caughtUp.count(), datasets.size(), 20000);
    QCOMPARE(m_tracker->catchUpRemaining(), 0);
    QCOMPARE(requests(kList), budget);
    QCOMPARE(requests(kDescribe), 0);
    int stored = 0;
    for (const QString &arn : std::as_const(datasets)) {
        QCOMPARE(int(m_store->jobsOfDataset(arn)->size()), sandboxJobs(arn));
        QVERIFY(m_tracker->isCaughtUp(arn));
        stored += sandboxJobs(arn);
    }
    QCOMPARE(m_store->jobCount().value(), stored);
    const auto failed = m_store->job(PersonalizeArn::datasetImportJobArn(
        m_options.region, m_options.accountId, QStringLiteral("history-0")));
    QCOMPARE(failed.value()->failureReason, QStringLiteral("Input CSV is missing columns"));
    QCOMPARE(failed.value()->datasetArn, users);

    // A later start: the store knows the histories, so one page each tells what is new.
    QTRY_VERIFY(!m_tracker->isTracking());
    m_tracker.reset();
    createInSandbox(QStringLiteral("while-closed"), users);
    makeTracker();
    m_tracker->setIntervals(JobTrackerIntervals()); // no poll of the new job in between
    QVERIFY(m_tracker->isCaughtUp(users));
    const int before = requests(kList);
    m_tracker->loadFromStore();
    m_tracker->catchUp(datasets);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->catchUpRemaining(), 0, 20000);
    QCOMPARE(requests(kList) - before, datasets.size());
    QVERIFY(m_store
                ->job(PersonalizeArn::datasetImportJobArn(m_options.region, m_options.accountId,
                                                          QStringLiteral("while-closed")))
                ->has_value());
    QCOMPARE(requests(kDescribe), 0);
}

void TestJobTracker::manyJobsInFourDatasetsReachTheirEnd()
{
    SandboxOptions options = m_options;
    options.timeScale = 100; // a job takes about 0.7 s instead of 70 s
    startServer(options);
    const QStringList datasets{
        dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS")),
        dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")),
        dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS")),
        dataset(QStringLiteral("streaming-catalog"), QStringLiteral("INTERACTIONS")),
    };
    const QDateTime now = m_server->now();
    QList<JobRecord> submitted;
    for (int i = 0; i < 300; ++i) {
        JobRecord job =
            createInSandbox(QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0')),
                            i < 150 ? datasets.at(0) : datasets.at(1 + i % 3),
                            i % 10 == 0   ? QStringLiteral("s3://bucket/no-access/data.csv")
                            : i % 10 == 1 ? QStringLiteral("s3://bucket/missing-columns/data.csv")
                                          : QStringLiteral("s3://bucket/data/part-%1.csv").arg(i));
        QVERIFY(!job.arn.isEmpty());
        job.created = now;
        submitted.append(job);
    }
    makeTracker();
    QSignalSpy finished(m_tracker.get(), &JobTracker::jobFinished);
    // Each account-wide poll reads back to the oldest unfinished job: the jobs created since it
    // (the 300, and nothing older) fit in three pages.
    int maxPages = 0;
    int pagesThisPoll = 0;
    connect(m_server.get(), &SandboxServer::requestLogged, this,
            [&](const SandboxRequestRecord &record) {
                if (record.operation == kList)
                    maxPages = std::max(maxPages, ++pagesThisPoll);
            });
    connect(m_tracker.get(), &JobTracker::pollStarted, this, [&] { pagesThisPoll = 0; });
    for (const JobRecord &job : std::as_const(submitted))
        m_tracker->track(job);

    auto allDone = [&] {
        if (m_tracker->activeJobCount() > 0 || m_tracker->isTracking() ||
            m_tracker->pendingDetailCount() > 0)
            return false;
        const auto running = m_store->runningJobs();
        return running.ok() && running->isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), 60000);

    int failed = 0;
    for (const SandboxImportJob &expected : m_server->state().jobs()) {
        if (!expected.jobName.startsWith(u"bulk-"))
            continue;
        const auto stored = m_store->job(expected.arn);
        QVERIFY(stored.ok() && stored->has_value());
        const JobRecord &job = **stored;
        QCOMPARE(job.status, expected.status);
        QCOMPARE(job.failureReason, expected.failureReason);
        QCOMPARE(job.dataLocation, expected.dataLocation); // kept from the submission
        failed += job.status == u"CREATE FAILED" ? 1 : 0;
    }
    QCOMPARE(failed, 60);
    QSet<QString> finishedArns;
    for (const QList<QVariant> &signal : std::as_const(finished))
        finishedArns.insert(signal.at(0).value<JobRecord>().arn);
    QCOMPARE(finishedArns.size(), 300);
    QCOMPARE(finished.count(), 300); // once per job

    const int lists = requests(kList);
    qInfo("300 jobs, %d polls, %d ListDatasetImportJobs, at most %d a poll, %d Describe",
          m_tracker->pollCount(), lists, maxPages, requests(kDescribe));
    QVERIFY2(maxPages <= 3, qPrintable(QString::number(maxPages)));
    QCOMPARE(requests(kDescribe), 0); // every job was in a listing
    QCOMPARE(requests(QStringLiteral("CreateDatasetImportJob")), 0);

    // Nothing is running: polling has stopped.
    QTest::qWait(400);
    QCOMPARE(requests(kList), lists);
}

void TestJobTracker::jobCreatedElsewhereIsDescribedOnce()
{
    startServer(m_options); // time scale 1: jobs stay pending for about 10 s
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    makeTracker();
    const JobRecord submitted = createInSandbox(QStringLiteral("from-the-form"), items);
    m_tracker->track(submitted);
    QSignalSpy polls(m_tracker.get(), &JobTracker::pollFinished);
    QTRY_VERIFY(polls.count() >= 3);
    QCOMPARE(requests(kDescribe), 0);
    // One page a poll: only the submitted job is unfinished.
    QCOMPARE(requests(kList), m_tracker->pollCount());

    // Created with the console: the account-wide listing shows it; one Describe learns its
    // dataset and details, and the listings follow it from then on.
    SandboxImportJob outside;
    outside.jobName = QStringLiteral("from-the-console");
    outside.datasetArn = items;
    outside.dataLocation = QStringLiteral("s3://other-bucket/items.csv");
    outside.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Console");
    outside.status = QStringLiteral("CREATE PENDING");
    QVERIFY(m_server->state().addJob(outside));
    const QString outsideArn =
        PersonalizeArn::datasetImportJobArn(m_options.region, m_options.accountId, outside.jobName);
    QTRY_VERIFY(m_store->job(outsideArn)->has_value() &&
                m_store->job(outsideArn).value()->detailsFetched);
    const int pollsThen = static_cast<int>(polls.count());
    QTRY_VERIFY(polls.count() >= pollsThen + 3);
    QCOMPARE(requests(kDescribe), 1);
    const JobRecord stored = *m_store->job(outsideArn).value();
    QCOMPARE(stored.datasetArn, items);
    QCOMPARE(stored.dataLocation, outside.dataLocation);
    QCOMPARE(stored.roleArn, outside.roleArn);
    QCOMPARE(stored.profile, QStringLiteral("test"));
    QCOMPARE(m_tracker->activeJobCount(), 2);
}

void TestJobTracker::dataCheckOutlivesPolling()
{
    SandboxOptions options = m_options;
    options.timeScale = 100; // the job ends in about a second
    startServer(options);
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    makeTracker();
    m_tracker->setPaused(true);
    JobRecord submitted = createInSandbox(QStringLiteral("checked"), items);
    // The tracker met the job in a listing before the submission was confirmed: what it holds
    // is newer, and has no report.
    JobRecord listed = submitted;
    listed.status = QStringLiteral("CREATE IN_PROGRESS");
    listed.updated = submitted.updated.addSecs(1);
    m_tracker->track(listed);
    submitted.dataCheck = DataCheckExamples::mixed();
    QVERIFY(m_store->upsertJob(submitted).ok()); // as the submission service stores it
    m_tracker->track(submitted);
    QCOMPARE(m_store->job(submitted.arn).value()->dataCheck, submitted.dataCheck);

    QSignalSpy updated(m_tracker.get(), &JobTracker::jobsUpdated);
    QSignalSpy finished(m_tracker.get(), &JobTracker::jobFinished);
    m_tracker->setPaused(false);
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->pendingDetailCount() == 0 && !m_tracker->isTracking(),
                             20000);
    // Every update the window was given, and the stored job, still carry it.
    QVERIFY(!updated.isEmpty());
    for (const QList<QVariant> &signal : std::as_const(updated)) {
        for (const JobRecord &job : signal.at(0).value<QList<JobRecord>>()) {
            if (job.arn == submitted.arn)
                QCOMPARE(job.dataCheck, submitted.dataCheck);
        }
    }
    const JobRecord done = finished.at(0).at(0).value<JobRecord>();
    QCOMPARE(done.status, QStringLiteral("ACTIVE"));
    QCOMPARE(done.dataCheck, submitted.dataCheck);
    const JobRecord stored = *m_store->job(submitted.arn).value();
    QCOMPARE(stored.status, QStringLiteral("ACTIVE"));
    QCOMPARE(stored.dataCheck, submitted.dataCheck);
}

void TestJobTracker::detailsAndTagsWhenShown()
{
    startServer(m_options);
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    makeTracker();
    m_tracker->catchUp({items});
    QTRY_COMPARE(m_tracker->catchUpRemaining(), 0);
    const QList<JobRecord> jobs = m_store->jobsOfDataset(items).value();
    QVERIFY(!jobs.isEmpty());
    const JobRecord &listed = jobs.constFirst();
    QVERIFY(!listed.detailsFetched);
    QVERIFY(!listed.tagsFetched);
    QVERIFY(listed.dataLocation.isEmpty());

    QSignalSpy updated(m_tracker.get(), &JobTracker::jobsUpdated);
    m_tracker->fetchDetails(listed.arn);
    m_tracker->fetchDetails(listed.arn); // asked twice, read once
    QTRY_VERIFY(m_tracker->pendingDetailCount() == 0 && updated.count() >= 2);
    const JobRecord shown = *m_store->job(listed.arn).value();
    QVERIFY(shown.detailsFetched);
    QVERIFY(shown.tagsFetched);
    QVERIFY(!shown.dataLocation.isEmpty());
    QCOMPARE(requests(kDescribe), 1);
    QCOMPARE(requests(QStringLiteral("ListTagsForResource")), 1);
    m_tracker->fetchDetails(listed.arn);
    QTest::qWait(100);
    QCOMPARE(requests(kDescribe), 1);
    QCOMPARE(requests(QStringLiteral("ListTagsForResource")), 1);
}

void TestJobTracker::followByArnWithoutDescribe()
{
    // importdesk-cli watch: jobs given by ARN, unknown to the store, found by listings alone.
    SandboxOptions options = m_options;
    options.timeScale = 100;
    startServer(options);
    const QString interactions =
        dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    QStringList arns;
    for (int i = 0; i < 150; ++i)
        arns.append(createInSandbox(QStringLiteral("watched-%1").arg(i), interactions).arn);
    makeTracker(JobTracker::Discovery::Ignore);
    QSignalSpy finished(m_tracker.get(), &JobTracker::jobFinished);
    QSignalSpy polls(m_tracker.get(), &JobTracker::pollFinished);
    m_tracker->follow(arns);
    QCOMPARE(m_tracker->activeJobCount(), 150);
    // The first poll is a listing: every job is known after it.
    QVERIFY(polls.wait(10000));
    QCOMPARE(requests(kList), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->activeJobCount() == 0, 30000);
    QCOMPARE(finished.count(), 150);
    QCOMPARE(requests(kDescribe), 0);
    // Only the followed jobs were recorded: not the sandbox's history.
    QCOMPARE(m_store->jobCount().value(), 150);
}

void TestJobTracker::unknownArnIsReported()
{
    startServer(m_options);
    makeTracker(JobTracker::Discovery::Ignore);
    const QString missing = PersonalizeArn::datasetImportJobArn(
        m_options.region, m_options.accountId, QStringLiteral("never-created"));
    QSignalSpy notFound(m_tracker.get(), &JobTracker::jobNotFound);
    m_tracker->follow({missing});
    QVERIFY(notFound.wait(10000));
    QCOMPARE(notFound.at(0).at(0).toString(), missing);
    QCOMPARE(notFound.at(0).at(1).value<AwsError>().code,
             QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(m_tracker->activeJobCount(), 0);
    QCOMPARE(requests(kDescribe), 1); // the listing had no such job: described to be sure
}

void TestJobTracker::otherRegionsAreNotPolled()
{
    startServer(m_options);
    // An unfinished job of another region, and another profile's job of this region, in the
    // store: neither is this tracker's to follow.
    JobRecord elsewhere;
    elsewhere.arn =
        QStringLiteral("arn:aws:personalize:eu-west-1:111122223333:dataset-import-job/in-ireland");
    elsewhere.name = QStringLiteral("in-ireland");
    elsewhere.datasetArn =
        QStringLiteral("arn:aws:personalize:eu-west-1:111122223333:dataset/news/ITEMS");
    elsewhere.status = QStringLiteral("CREATE IN_PROGRESS");
    elsewhere.profile = QStringLiteral("test");
    elsewhere.fillFromArns();
    JobRecord otherProfile =
        createInSandbox(QStringLiteral("other-profile"),
                        dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS")));
    otherProfile.profile = QStringLiteral("someone-else");
    QVERIFY(m_store->upsertJobs({elsewhere, otherProfile}).ok());
    makeTracker();
    m_tracker->loadFromStore();
    QCOMPARE(m_tracker->activeJobCount(), 0);
    m_tracker->fetchDetails(elsewhere.arn);
    QTest::qWait(200);
    QCOMPARE(requests(kList), 0);
    QCOMPARE(requests(kDescribe), 0);
    QVERIFY(m_server->requestLog().isEmpty()); // least of all with the other region's ARN
}

void TestJobTracker::throttlingSlowsPolling()
{
    SandboxOptions options = m_options;
    options.throttleRate = 0.5;
    startServer(options);
    makeTracker();
    JobTrackerIntervals intervals = fastIntervals();
    intervals.longRunning = intervals.newJob; // a steady 40 ms unless something slows it
    m_tracker->setIntervals(intervals);
    m_tracker->track(
        createInSandbox(QStringLiteral("throttled"),
                        dataset(QStringLiteral("news-articles"), QStringLiteral("INTERACTIONS"))));
    QList<std::chrono::milliseconds> delays;
    connect(m_tracker.get(), &JobTracker::nextPollScheduled, this,
            [&delays](std::chrono::milliseconds delay) { delays.append(delay); });
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->backoffFactor() >= 4.0, 30000);
    QVERIFY(m_tracker->currentInterval() >= 160ms);
    QVERIFY(*std::max_element(delays.cbegin(), delays.cend()) >= 160ms);

    // The pressure goes away: the interval comes back down.
    m_server->setFaultPlanEnabled(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->backoffFactor(), 1.0, 30000);
    QCOMPARE(m_tracker->currentInterval(), 40ms);
    QVERIFY(m_tracker->isOnline());
}

void TestJobTracker::pauseStopsRequests()
{
    startServer(m_options);
    makeTracker();
    const JobRecord job = createInSandbox(
        QStringLiteral("paused"), dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS")));
    m_tracker->setClock([created = job.created] { return created; });
    m_tracker->track(job);
    QTRY_VERIFY(requests(kList) >= 2);
    m_tracker->setPaused(true);
    QTRY_VERIFY(!m_tracker->isTracking());
    const int lists = requests(kList);
    QTest::qWait(300);
    QCOMPARE(requests(kList), lists);

    m_tracker->setWindowVisible(false);
    QCOMPARE(m_tracker->currentInterval(), 120ms);
    m_tracker->setPaused(false);
    QTRY_VERIFY(requests(kList) > lists);
    QVERIFY(m_tracker->isTracking());
}

void TestJobTracker::networkLossAndReturn()
{
    SandboxOptions options = m_options;
    options.timeScale = 20; // the job needs about 3.5 s
    options.stateFile = m_dir->filePath(QStringLiteral("sandbox-state.json"));
    startServer(options);
    makeTracker();
    const quint16 port = m_server->port();
    QSignalSpy connectivity(m_tracker.get(), &JobTracker::connectivityChanged);
    QSignalSpy failures(m_tracker.get(), &JobTracker::pollFailed);
    QSignalSpy finished(m_tracker.get(), &JobTracker::jobFinished);
    const JobRecord job =
        createInSandbox(QStringLiteral("survivor"),
                        dataset(QStringLiteral("streaming-catalog"), QStringLiteral("ITEMS")));
    QVERIFY(m_server->saveState().ok());
    m_tracker->track(job);
    QSignalSpy polls(m_tracker.get(), &JobTracker::pollFinished);
    QTRY_VERIFY(polls.count() >= 1);

    m_server.reset(); // the endpoint goes away
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->isOnline(), 10000);
    QCOMPARE(connectivity.count(), 1);
    QCOMPARE(connectivity.at(0).at(0).toBool(), false);
    QVERIFY(!failures.isEmpty());
    QVERIFY(m_tracker->isTracking()); // still trying
    QCOMPARE(m_tracker->activeJobCount(), 1);
    QTRY_VERIFY(failures.count() >= 3); // probes keep going while offline

    startServer(options, port); // back, on the same port, with the same state
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->isOnline(), 10000);
    QCOMPARE(connectivity.count(), 2);
    QCOMPARE(connectivity.at(1).at(0).toBool(), true);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).value<JobRecord>().arn, job.arn);
    QTRY_VERIFY(!m_tracker->isTracking());
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
