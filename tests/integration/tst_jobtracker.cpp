#include "aws/awsclient.h"
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

// The tracker against the sandbox over loopback: hundreds of jobs followed to their end with a
// bounded number of requests, Describe only where needed, discovery of jobs created
// elsewhere, and the interval's reactions to age, a hidden window, throttling, pauses and a
// lost network.
class TestJobTracker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void intervalAdapts();
    void manyJobsInFourDatasetsReachTheirEnd();
    void describeOnlyForWhatTheListLacks();
    void discoversJobsCreatedElsewhere();
    void throttlingSlowsPolling();
    void pauseStopsRequests();
    void networkLossAndReturn();

private:
    void startServer(const SandboxOptions &options, quint16 port = 0);
    void connectClient();
    void makeTracker();
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

void TestJobTracker::makeTracker()
{
    connectClient();
    m_tracker = std::make_unique<JobTracker>(m_store.get(), m_client.get());
    m_tracker->setIntervals(fastIntervals());
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
    job.fillFromArns();
    return job;
}

void TestJobTracker::intervalAdapts()
{
    startServer(m_options);
    connectClient();
    m_tracker = std::make_unique<JobTracker>(m_store.get(), m_client.get());
    m_tracker->setPaused(true); // arithmetic only: no request goes out
    JobRecord job = createInSandbox(
        QStringLiteral("ramp"), dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")));
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
    QSet<QString> seeded;
    for (int i = 0; i < 300; ++i) {
        SandboxImportJob job;
        job.jobName = QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'));
        // Half in one dataset, so that its running jobs span two pages.
        job.datasetArn = i < 150 ? datasets.at(0) : datasets.at(1 + i % 3);
        job.dataLocation = i % 10 == 0   ? QStringLiteral("s3://bucket/no-access/data.csv")
                           : i % 10 == 1 ? QStringLiteral("s3://bucket/missing-columns/data.csv")
                                         : QStringLiteral("s3://bucket/data/part-%1.csv").arg(i);
        job.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
        job.status = QStringLiteral("CREATE PENDING");
        job.created = now.addMSecs(-i);
        QVERIFY(m_server->state().addJob(job));
        seeded.insert(
            PersonalizeArn::datasetImportJobArn(options.region, options.accountId, job.jobName));
    }
    QHash<QString, int> jobsPerDataset;
    for (const SandboxImportJob &job : m_server->state().jobs())
        ++jobsPerDataset[job.datasetArn];
    int pagesPerPoll = 0; // every dataset read to its end: the most a poll can cost
    for (const QString &arn : datasets)
        pagesPerPoll += (jobsPerDataset.value(arn) + 99) / 100;
    QVERIFY(pagesPerPoll >= 4);

    makeTracker();
    QSignalSpy finished(m_tracker.get(), &JobTracker::jobFinished);
    QSet<QString> seenRunning;
    connect(m_tracker.get(), &JobTracker::jobChanged, this,
            [&seenRunning](const JobRecord &, const JobRecord &job) {
                if (job.isRunning())
                    seenRunning.insert(job.arn);
            });
    for (const QString &arn : datasets)
        m_tracker->watchDataset(arn);

    auto allDone = [&] {
        if (m_tracker->activeJobCount() > 0 || m_tracker->isTracking() ||
            m_tracker->pendingDetailCount() > 0)
            return false;
        const auto running = m_store->runningJobs();
        return running.ok() && running->isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), 60000);

    // Every job ended in the store as it ended in the sandbox; those found running also have
    // the details a listing lacks (finished ones get them when the user opens them).
    int failed = 0;
    for (const SandboxImportJob &expected : m_server->state().jobs()) {
        if (!seeded.contains(expected.arn))
            continue;
        const auto stored = m_store->job(expected.arn);
        QVERIFY(stored.ok() && stored->has_value());
        const JobRecord &job = **stored;
        QCOMPARE(job.status, expected.status);
        QCOMPARE(job.failureReason, expected.failureReason);
        if (seenRunning.contains(job.arn)) {
            QCOMPARE(job.dataLocation, expected.dataLocation);
            QCOMPARE(job.roleArn, expected.roleArn);
            QVERIFY(job.detailsFetched);
        }
        failed += job.status == u"CREATE FAILED" ? 1 : 0;
    }
    QCOMPARE(failed, 60);
    QVERIFY2(seenRunning.size() >= 250, qPrintable(QString::number(seenRunning.size())));
    QSet<QString> finishedArns;
    for (const QList<QVariant> &signal : std::as_const(finished))
        finishedArns.insert(signal.at(0).value<JobRecord>().arn);
    QCOMPARE(finishedArns, seenRunning);
    QCOMPARE(finished.count(), static_cast<qsizetype>(finishedArns.size())); // once per job

    const int lists = requests(kList);
    const int describes = requests(kDescribe);
    const int polls = m_tracker->pollCount();
    qInfo("%d jobs, %d polls, %d ListDatasetImportJobs (bound %d), %d DescribeDatasetImportJob",
          int(seenRunning.size()), polls, lists, polls * pagesPerPoll, describes);
    QVERIFY(lists <= polls * pagesPerPoll);
    // Describe at most once per job, and only for jobs found running (finished ones found by
    // the listing need nothing more).
    QVERIFY(describes <= seenRunning.size());
    QCOMPARE(requests(QStringLiteral("CreateDatasetImportJob")), 0);

    // Nothing is running: polling has stopped.
    QTest::qWait(400);
    QCOMPARE(requests(kList), lists);
}

void TestJobTracker::describeOnlyForWhatTheListLacks()
{
    startServer(m_options); // time scale 1: jobs stay pending for about 10 s
    makeTracker();
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const JobRecord submitted = createInSandbox(QStringLiteral("from-the-form"), items);
    m_tracker->track(submitted);
    QSignalSpy polls(m_tracker.get(), &JobTracker::pollFinished);
    QTRY_VERIFY(polls.count() >= 3);
    QCOMPARE(requests(kDescribe), 0); // the submission already knew location and role

    // A job created elsewhere shows up on the same page and is described once.
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
    QCOMPARE(stored.dataLocation, outside.dataLocation);
    QCOMPARE(stored.roleArn, outside.roleArn);
    QCOMPARE(m_tracker->activeJobCount(), 2);
    // Each poll read one page of the one dataset with running jobs.
    QCOMPARE(requests(kList), m_tracker->pollCount());
}

void TestJobTracker::discoversJobsCreatedElsewhere()
{
    SandboxOptions options = m_options;
    options.timeScale = 100;
    startServer(options);
    const QString users = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    const QDateTime now = m_server->now();
    for (int i = 0; i < 150; ++i) { // history spanning two pages
        SandboxImportJob old;
        old.jobName = QStringLiteral("history-%1").arg(i);
        old.datasetArn = users;
        old.dataLocation = QStringLiteral("s3://bucket/users/");
        old.status = QStringLiteral("ACTIVE");
        old.created = now.addDays(-30).addSecs(i);
        QVERIFY(m_server->state().addJob(old));
    }
    int expected = 0;
    for (const SandboxImportJob &job : m_server->state().jobs())
        expected += job.datasetArn == users ? 1 : 0;

    makeTracker();
    QSignalSpy tracking(m_tracker.get(), &JobTracker::trackingChanged);
    m_tracker->watchDataset(users);
    QTRY_VERIFY(m_store->jobsOfDataset(users)->size() == expected && !m_tracker->isTracking());
    QCOMPARE(requests(kList), (expected + 99) / 100); // the first look reads every page
    QCOMPARE(m_store->watchedDatasets().value(), QStringList{users});

    // Created with the console: found by a refresh, on its first page, then followed.
    QSignalSpy changed(m_tracker.get(), &JobTracker::jobChanged);
    QSignalSpy finished(m_tracker.get(), &JobTracker::jobFinished);
    const JobRecord console = createInSandbox(QStringLiteral("console-job"), users);
    const int before = requests(kList);
    m_tracker->refreshNow();
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.at(0).at(0).value<JobRecord>().arn, QString()); // new to the app
    QCOMPARE(changed.at(0).at(1).value<JobRecord>().arn, console.arn);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.at(0).at(0).value<JobRecord>().status, QStringLiteral("ACTIVE"));
    QTRY_VERIFY(!m_tracker->isTracking());
    // One page for the refresh, then one page per poll while the job ran.
    QCOMPARE(requests(kList) - before, m_tracker->pollCount() - 1);
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
