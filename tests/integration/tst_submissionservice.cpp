#include "common/datacheckexamples.h"
#include "common/sandboxfixture.h"
#include "jobs/submissionservice.h"
#include "jobstore/sqlitejobstore.h"
#include "personalize/arn.h"
#include "personalize/personalizeclient.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

// The outbox against the sandbox: a submission is confirmed exactly once, a lost answer is
// settled by name, rows left open by a restart are reconciled, and nothing is sent twice.
class TestSubmissionService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void submissionIsConfirmed();
    void dataCheckTravelsWithTheSubmission();
    void queuedSubmissionKeepsItsDataCheck();
    void lostAnswerKeepsTheDataCheck();
    void droppedAnswerIsReconciled_data();
    void droppedAnswerIsReconciled();
    void restartWithOpenRowsIsReconciled();
    void refusedSubmissionFails();
    void nameTakenBeforeTheSubmission_data();
    void nameTakenBeforeTheSubmission();
    void lostAnswerWithTheNameTakenByAnother();
    void resendFindsItsOwnEarlierJob();
    void judge_data();
    void judge();
    void queuedSubmissionWaitsForASlot();
    void queuedSubmissionCanBeCancelled();
    void capacityErrorIsRecognised();
    void unsentRowCanBeDiscarded();

private:
    void startServer(const SandboxOptions &options);
    void connectClient(int maxAttempts);
    ImportJobDraft draft(const QString &name, const QString &type = QStringLiteral("ITEMS")) const;
    int jobsNamed(const QString &name) const { return m_sandbox->jobsNamed(name); }
    OutboxEntry entry(qint64 id) const { return *m_store->outboxEntry(id).value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    SandboxOptions m_options;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<SubmissionService> m_service;
};

namespace {
const QString kCreate = QStringLiteral("CreateDatasetImportJob");
const QString kList = QStringLiteral("ListDatasetImportJobs");
} // namespace

void TestSubmissionService::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSubmissionService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = std::make_unique<SqliteJobStore>();
    QVERIFY(store->open(m_dir->filePath(QStringLiteral("jobs.sqlite"))).ok());
    m_store = std::move(store);
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.seed = 3;
    startServer(options);
    connectClient(3);
}

void TestSubmissionService::cleanup()
{
    m_service.reset();
    m_sandbox.reset();
    m_store.reset();
    m_dir.reset();
}

void TestSubmissionService::startServer(const SandboxOptions &options)
{
    m_service.reset();
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
    m_options = m_sandbox->options();
}

void TestSubmissionService::connectClient(int maxAttempts)
{
    m_service.reset();
    TestClientOptions client;
    client.maxAttempts = maxAttempts;
    m_sandbox->reconnect(client);
    m_service = std::make_unique<SubmissionService>(m_store.get(), m_sandbox->client());
    m_service->setProfile(QStringLiteral("sandbox"));
    m_service->setRegion(m_options.region);
}

ImportJobDraft TestSubmissionService::draft(const QString &name, const QString &type) const
{
    ImportJobDraft draft;
    draft.jobName = name;
    draft.datasetArn = PersonalizeArn::datasetArn(m_options.region, m_options.accountId,
                                                  QStringLiteral("retail-shop"), type);
    draft.dataLocation = QStringLiteral("s3://bucket/%1/").arg(name);
    draft.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
    draft.tags = {{QStringLiteral("team"), QStringLiteral("recs")}};
    return draft;
}

void TestSubmissionService::submissionIsConfirmed()
{
    QSignalSpy changed(m_service.get(), &SubmissionService::submissionChanged);
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    const auto id = m_service->submit(draft(QStringLiteral("plain")));
    QVERIFY(id.ok());
    QCOMPARE(entry(id.value()).state, OutboxState::Pending); // recorded before anything leaves
    QCOMPARE(confirmed.count(), 0); // every outcome comes after submit() returns
    QVERIFY(confirmed.wait(10000));

    QList<OutboxState> states;
    for (const QList<QVariant> &signal : std::as_const(changed))
        states.append(signal.at(0).value<OutboxEntry>().state);
    QCOMPARE(states,
             (QList<OutboxState>{OutboxState::Pending, OutboxState::Sent, OutboxState::Confirmed}));
    const OutboxEntry row = entry(id.value());
    QCOMPARE(row.state, OutboxState::Confirmed);
    QCOMPARE(row.attempts, 1);
    const JobRecord job = confirmed.at(0).at(1).value<JobRecord>();
    QCOMPARE(row.jobArn, job.arn);
    QCOMPARE(job.name, QStringLiteral("plain"));
    QCOMPARE(job.profile, QStringLiteral("sandbox"));
    QCOMPARE(job.region, m_options.region);
    QCOMPARE(job.dataLocation, QStringLiteral("s3://bucket/plain/"));
    QCOMPARE(job.tags.size(), 1);
    QVERIFY(job.detailsFetched);
    QCOMPARE(*m_store->job(job.arn).value(), job);
    QVERIFY(m_store->watchedDatasets()->contains(job.datasetArn));
    QCOMPARE(jobsNamed(QStringLiteral("plain")), 1);
    QCOMPARE(m_sandbox->requestCount(kCreate), 1);
    QCOMPARE(m_sandbox->requestCount(kList), 0);
}

void TestSubmissionService::dataCheckTravelsWithTheSubmission()
{
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    const DataCheckReport report = DataCheckExamples::mixed();
    const auto id = m_service->submit(draft(QStringLiteral("checked")), report);
    QVERIFY(id.ok());
    QCOMPARE(entry(id.value()).dataCheck, report); // kept before anything leaves
    QVERIFY(confirmed.wait(10000));
    QCOMPARE(confirmed.at(0).at(0).value<OutboxEntry>().dataCheck, report);
    const JobRecord job = confirmed.at(0).at(1).value<JobRecord>();
    QCOMPARE(job.dataCheck, report);
    QCOMPARE(m_store->job(job.arn).value()->dataCheck, report);

    // Submitted without a check, a job has no report.
    const auto plain = m_service->submit(draft(QStringLiteral("unchecked")));
    QVERIFY(plain.ok());
    QVERIFY(confirmed.wait(10000));
    const JobRecord unchecked = confirmed.at(1).at(1).value<JobRecord>();
    QCOMPARE(unchecked.dataCheck, std::nullopt);
    QCOMPARE(m_store->job(unchecked.arn).value()->dataCheck, std::nullopt);
}

void TestSubmissionService::lostAnswerKeepsTheDataCheck()
{
    SandboxOptions options = m_options;
    options.dropRate = 1.0;
    startServer(options);
    connectClient(1);
    // The create is processed and its answer lost: the job is found by name.
    connect(m_sandbox->server(), &SandboxServer::requestLogged, this,
            [this](const SandboxRequestRecord &record) {
                if (record.operation == kCreate)
                    m_sandbox->server()->setFaultPlanEnabled(false);
            });
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    const DataCheckReport report = DataCheckExamples::mixed();
    const auto id = m_service->submit(draft(QStringLiteral("checked-lost")), report);
    QVERIFY(id.ok());
    QVERIFY(confirmed.wait(15000));
    QVERIFY(m_sandbox->requestCount(kList) >= 1);
    const JobRecord found = confirmed.at(0).at(1).value<JobRecord>();
    QCOMPARE(found.name, QStringLiteral("checked-lost"));
    QCOMPARE(found.dataCheck, report);
    QCOMPARE(m_store->job(found.arn).value()->dataCheck, report);
}

void TestSubmissionService::queuedSubmissionKeepsItsDataCheck()
{
    SandboxOptions options = m_options;
    options.timeScale = 100000; // imports end at once
    startServer(options);
    connectClient(3);
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    const DataCheckReport report = DataCheckExamples::clean();
    const auto id = m_service->enqueue(draft(QStringLiteral("queued-checked")), report);
    QVERIFY(id.ok());
    QCOMPARE(m_service->queued().size(), 1);
    QCOMPARE(m_service->queued().constFirst().dataCheck, report);
    m_service->sendQueued(1);
    QVERIFY(confirmed.wait(10000));
    const JobRecord job = confirmed.at(0).at(1).value<JobRecord>();
    QCOMPARE(job.dataCheck, report);
    QCOMPARE(m_store->job(job.arn).value()->dataCheck, report);
}

void TestSubmissionService::droppedAnswerIsReconciled_data()
{
    QTest::addColumn<int>("maxAttempts");
    QTest::newRow("settled by the service's lookup") << 1;
    QTest::newRow("settled by the client's retry") << 3;
}

void TestSubmissionService::droppedAnswerIsReconciled()
{
    QFETCH(int, maxAttempts);
    SandboxOptions options = m_options;
    options.dropRate = 1.0;
    startServer(options);
    connectClient(maxAttempts);
    // The first create is processed, then its connection is closed without an answer; the
    // requests after it are answered normally.
    connect(m_sandbox->server(), &SandboxServer::requestLogged, this,
            [this](const SandboxRequestRecord &record) {
                if (record.operation == kCreate)
                    m_sandbox->server()->setFaultPlanEnabled(false);
            });
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    QSignalSpy failed(m_service.get(), &SubmissionService::submissionFailed);
    const auto id = m_service->submit(draft(QStringLiteral("lost-answer")));
    QVERIFY(id.ok());
    QVERIFY(confirmed.wait(15000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(m_sandbox->server()->requestLog().constFirst().fault, QStringLiteral("drop"));
    QCOMPARE(jobsNamed(QStringLiteral("lost-answer")), 1);
    const OutboxEntry row = entry(id.value());
    QCOMPARE(row.state, OutboxState::Confirmed);
    QCOMPARE(row.jobArn, PersonalizeArn::datasetImportJobArn(m_options.region, m_options.accountId,
                                                             QStringLiteral("lost-answer")));
    QVERIFY(m_sandbox->requestCount(kList) >= 1); // found by name, not created again
    QVERIFY(m_store->job(row.jobArn)->has_value());
}

void TestSubmissionService::restartWithOpenRowsIsReconciled()
{
    // A previous run wrote two rows and stopped before any answer: the first request had
    // reached the service, the second had not.
    const ImportJobDraft reached = draft(QStringLiteral("reached"), QStringLiteral("ITEMS"));
    const ImportJobDraft neverSent = draft(QStringLiteral("never-sent"), QStringLiteral("USERS"));
    const qint64 reachedId = m_store->addPending(reached, m_options.region, {}).value();
    QVERIFY(m_store->markSent(reachedId).ok());
    const qint64 neverSentId = m_store->addPending(neverSent, m_options.region, {}).value();
    QVERIFY(m_sandbox->server()->state().createDatasetImportJob(reached.toRequest()).ok());

    QSignalSpy unsent(m_service.get(), &SubmissionService::unsentFound);
    QSignalSpy finished(m_service.get(), &SubmissionService::reconcileFinished);
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    m_service->reconcilePending();
    QVERIFY(m_service->isReconciling());
    QCOMPARE(unsent.count(), 0); // every outcome comes after reconcilePending() returns
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.count(), 1);

    QCOMPARE(entry(reachedId).state, OutboxState::Confirmed);
    QCOMPARE(confirmed.count(), 1);
    QCOMPARE(entry(neverSentId).state, OutboxState::Unsent);
    QCOMPARE(unsent.count(), 1);
    const auto offered = unsent.at(0).at(0).value<QList<OutboxEntry>>();
    QCOMPARE(offered.size(), 1);
    QCOMPARE(offered.constFirst().id, neverSentId);
    QCOMPARE(offered.constFirst().draft, neverSent);
    QCOMPARE(m_sandbox->requestCount(kCreate), 0); // reconciling never sends
    // A row that never left needs no lookup; one lookup per dataset with a sent row.
    QCOMPARE(m_sandbox->requestCount(kList), 1);

    // The user agrees to send it: it is sent once, and once only.
    QVERIFY(m_service->resubmit(neverSentId).ok());
    QVERIFY(!m_service->resubmit(neverSentId).ok());
    QTRY_COMPARE(confirmed.count(), 2);
    QCOMPARE(entry(neverSentId).state, OutboxState::Confirmed);
    QCOMPARE(entry(neverSentId).attempts, 1);
    QVERIFY(!m_service->resubmit(neverSentId).ok());
    QCOMPARE(m_sandbox->requestCount(kCreate), 1);
    QCOMPARE(jobsNamed(QStringLiteral("never-sent")), 1);
    QCOMPARE(jobsNamed(QStringLiteral("reached")), 1);

    // A second reconcile has nothing left to do.
    m_service->reconcilePending();
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(m_sandbox->requestCount(kList), 1);
    QVERIFY(m_store->pendingRows()->isEmpty());
}

void TestSubmissionService::refusedSubmissionFails()
{
    QSignalSpy failed(m_service.get(), &SubmissionService::submissionFailed);
    ImportJobDraft missing = draft(QStringLiteral("nowhere"));
    missing.datasetArn =
        PersonalizeArn::datasetArn(m_options.region, m_options.accountId,
                                   QStringLiteral("no-such-group"), QStringLiteral("ITEMS"));
    const auto id = m_service->submit(missing);
    QVERIFY(id.ok());
    QVERIFY(failed.wait(10000));
    const AwsError error = failed.at(0).at(1).value<AwsError>();
    QCOMPARE(error.code, QStringLiteral("ResourceNotFoundException"));
    const OutboxEntry row = entry(id.value());
    QCOMPARE(row.state, OutboxState::Failed);
    QVERIFY(row.error.contains(QStringLiteral("ResourceNotFoundException")));
    QCOMPARE(m_sandbox->requestCount(kList), 0); // a clear refusal needs no lookup
}

void TestSubmissionService::nameTakenBeforeTheSubmission_data()
{
    QTest::addColumn<int>("secondsBefore");
    QTest::newRow("a day before") << 86400;
    QTest::newRow("5 s before") << 5;
}

void TestSubmissionService::nameTakenBeforeTheSubmission()
{
    // Someone else created a job of that name shortly before: the service's plain refusal is
    // final, without a lookup that could mistake their job for ours.
    QFETCH(int, secondsBefore);
    SandboxImportJob old;
    old.jobName = QStringLiteral("taken");
    old.datasetArn = draft(old.jobName).datasetArn;
    old.dataLocation = QStringLiteral("s3://bucket/old/");
    old.status = QStringLiteral("CREATE PENDING");
    old.created = m_sandbox->server()->now().addSecs(-secondsBefore);
    QVERIFY(m_sandbox->server()->state().addJob(old));
    QSignalSpy failed(m_service.get(), &SubmissionService::submissionFailed);
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    const auto id = m_service->submit(draft(QStringLiteral("taken")));
    QVERIFY(failed.wait(10000));
    QCOMPARE(confirmed.count(), 0);
    QCOMPARE(entry(id.value()).state, OutboxState::Failed);
    const AwsError error = failed.at(0).at(1).value<AwsError>();
    QCOMPARE(error.code, QStringLiteral("ResourceAlreadyExistsException"));
    QVERIFY(error.message.contains(QStringLiteral("already")));
    QCOMPARE(jobsNamed(QStringLiteral("taken")), 1);
    QCOMPARE(m_sandbox->requestCount(kList), 0);
}

void TestSubmissionService::lostAnswerWithTheNameTakenByAnother()
{
    // Our answer is lost, so the refusal of the retry is uncertain and the job is looked up:
    // the job found is 5 s older than our submission, so it is someone else's.
    SandboxOptions options = m_options;
    options.dropRate = 1.0;
    startServer(options);
    connectClient(3);
    SandboxImportJob old;
    old.jobName = QStringLiteral("taken");
    old.datasetArn = draft(old.jobName).datasetArn;
    old.status = QStringLiteral("CREATE PENDING");
    old.created = m_sandbox->server()->now().addSecs(-5);
    QVERIFY(m_sandbox->server()->state().addJob(old));
    connect(m_sandbox->server(), &SandboxServer::requestLogged, this,
            [this](const SandboxRequestRecord &record) {
                if (record.operation == kCreate)
                    m_sandbox->server()->setFaultPlanEnabled(false);
            });
    QSignalSpy failed(m_service.get(), &SubmissionService::submissionFailed);
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    const auto id = m_service->submit(draft(QStringLiteral("taken")));
    QVERIFY(failed.wait(15000));
    QCOMPARE(confirmed.count(), 0);
    QVERIFY(m_sandbox->requestCount(kList) >= 1);
    const AwsError error = failed.at(0).at(1).value<AwsError>();
    QCOMPARE(error.code, QStringLiteral("ResourceAlreadyExistsException"));
    QVERIFY2(error.message.contains(QStringLiteral("already existed")), qPrintable(error.message));
    QCOMPARE(entry(id.value()).state, OutboxState::Failed);
    QCOMPARE(jobsNamed(QStringLiteral("taken")), 1);
}

void TestSubmissionService::resendFindsItsOwnEarlierJob()
{
    // A row left unsent (its lookup found nothing) is sent again, but the earlier request had
    // created the job after all: "already exists" then means ours.
    const ImportJobDraft late = draft(QStringLiteral("late"));
    const qint64 id = m_store->addPending(late, m_options.region, {}).value();
    QVERIFY(m_store->markSent(id).ok());
    QVERIFY(m_store->markUnsent(id).ok());
    QVERIFY(m_sandbox->server()->state().createDatasetImportJob(late.toRequest()).ok());
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    QVERIFY(m_service->resubmit(id).ok());
    QVERIFY(confirmed.wait(10000));
    QCOMPARE(entry(id).state, OutboxState::Confirmed);
    QCOMPARE(entry(id).attempts, 2);
    QCOMPARE(jobsNamed(QStringLiteral("late")), 1);
    QCOMPARE(m_sandbox->requestCount(kList), 1);
}

void TestSubmissionService::judge_data()
{
    QTest::addColumn<int>("createdAfterMs"); // relative to the submission; INT_MIN: none found
    QTest::addColumn<int>("serviceOffsetMs");
    QTest::addColumn<int>("verdict");
    using V = SubmissionService::Verdict;
    QTest::newRow("none") << std::numeric_limits<int>::min() << 0 << int(V::NotFound);
    QTest::newRow("after") << 800 << 0 << int(V::Ours);
    QTest::newRow("within the clock's resolution") << -1500 << 0 << int(V::Ours);
    QTest::newRow("5 s before") << -5000 << 0 << int(V::SomeoneElses);
    QTest::newRow("service clock 60 s ahead") << 60400 << 60000 << int(V::Ours);
    QTest::newRow("before, in the service's clock") << 55000 << 60000 << int(V::SomeoneElses);
    QTest::newRow("service clock 60 s behind") << -59500 << -60000 << int(V::Ours);
}

void TestSubmissionService::judge()
{
    QFETCH(int, createdAfterMs);
    QFETCH(int, serviceOffsetMs);
    QFETCH(int, verdict);
    const QDateTime recorded(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    std::optional<DatasetImportJobSummary> found;
    if (createdAfterMs != std::numeric_limits<int>::min()) {
        found = DatasetImportJobSummary();
        found->datasetImportJobArn =
            QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/x");
        found->jobName = QStringLiteral("x");
        found->creationDateTime = recorded.addMSecs(createdAfterMs);
    }
    QCOMPARE(int(SubmissionService::judge(found, recorded, serviceOffsetMs)), verdict);
}

void TestSubmissionService::unsentRowCanBeDiscarded()
{
    const qint64 id = m_store->addPending(draft(QStringLiteral("abandoned")), {}, {}).value();
    QVERIFY(!m_service->discard(id).ok()); // only unsent rows
    QSignalSpy finished(m_service.get(), &SubmissionService::reconcileFinished);
    m_service->reconcilePending();
    QVERIFY(finished.wait(10000));
    QCOMPARE(entry(id).state, OutboxState::Unsent);
    QVERIFY(m_service->discard(id).ok());
    QCOMPARE(entry(id).state, OutboxState::Failed);
    QVERIFY(!m_service->resubmit(id).ok());
    QCOMPARE(m_sandbox->requestCount(kCreate), 0);
}

void TestSubmissionService::queuedSubmissionWaitsForASlot()
{
    SandboxOptions options = m_options;
    options.maxRunning = 1;
    startServer(options);
    connectClient(3);
    // An import that keeps the region's only slot for a few seconds.
    SandboxImportJob busy;
    busy.jobName = QStringLiteral("busy");
    busy.datasetArn = draft(QStringLiteral("busy")).datasetArn;
    busy.status = QStringLiteral("CREATE IN_PROGRESS");
    busy.created = m_sandbox->server()->now();
    busy.startsAt = busy.created;
    busy.endsAt = busy.created.addSecs(4);
    QVERIFY(m_sandbox->server()->state().addJob(busy));

    QSignalSpy queued(m_service.get(), &SubmissionService::submissionQueued);
    QSignalSpy confirmed(m_service.get(), &SubmissionService::submissionConfirmed);
    const auto first = m_service->enqueue(draft(QStringLiteral("first"), QStringLiteral("USERS")));
    const auto second =
        m_service->enqueue(draft(QStringLiteral("second"), QStringLiteral("INTERACTIONS")));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(queued.count(), 2);
    QCOMPARE(entry(first.value()).state, OutboxState::Queued);
    QCOMPARE(m_service->queued().size(), 2);
    QCOMPARE(m_sandbox->requestCount(kCreate), 0); // nothing leaves until there is a slot
    // Queued rows are not open: a reconciliation leaves them alone.
    QVERIFY(m_store->pendingRows()->isEmpty());

    // A tracker that miscounted sends one: the service refuses it, and it keeps its place.
    m_service->sendQueued(1);
    QVERIFY(queued.wait(10000));
    QCOMPARE(queued.count(), 3);
    QCOMPARE(m_sandbox->requestCount(kCreate), 1);
    QCOMPARE(entry(first.value()).state, OutboxState::Queued);
    QCOMPARE(m_service->queued().constFirst().id, first.value());

    // The slot frees up: the oldest goes first, and only one while it is on its way.
    m_sandbox->server()->state().setTimeScale(100000); // imports from now on end at once
    QTRY_VERIFY_WITH_TIMEOUT(m_sandbox->server()->state().runningJobCount() == 0, 10000);
    m_service->sendQueued(5);
    m_service->sendQueued(5);
    QVERIFY(confirmed.wait(10000));
    QCOMPARE(confirmed.at(0).at(1).value<JobRecord>().name, QStringLiteral("first"));
    QCOMPARE(entry(second.value()).state, OutboxState::Queued);
    QTRY_VERIFY(m_sandbox->server()->state().runningJobCount() == 0);
    m_service->sendQueued(5);
    QVERIFY(confirmed.wait(10000));
    QCOMPARE(entry(second.value()).state, OutboxState::Confirmed);
    QVERIFY(m_service->queued().isEmpty());
    QCOMPARE(jobsNamed(QStringLiteral("first")), 1);
    QCOMPARE(jobsNamed(QStringLiteral("second")), 1);
}

void TestSubmissionService::queuedSubmissionCanBeCancelled()
{
    QSignalSpy cancelled(m_service.get(), &SubmissionService::submissionCancelled);
    const auto id = m_service->enqueue(draft(QStringLiteral("never-mind")));
    QVERIFY(id.ok());
    QVERIFY(m_service->cancelQueued(id.value()).ok());
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(entry(id.value()).state, OutboxState::Failed);
    QVERIFY(!m_service->cancelQueued(id.value()).ok()); // once
    m_service->sendQueued(5);
    QTest::qWait(100);
    QCOMPARE(m_sandbox->requestCount(kCreate), 0);
}

void TestSubmissionService::capacityErrorIsRecognised()
{
    const auto error = [](const QString &code, const QString &message) {
        return AwsError::make(AwsError::Kind::Service, message, code);
    };
    QVERIFY(SubmissionService::isCapacityError(
        error(QStringLiteral("LimitExceededException"),
              QStringLiteral("More than 5 resources with PENDING or IN_PROGRESS status."))));
    QVERIFY(!SubmissionService::isCapacityError(
        error(QStringLiteral("LimitExceededException"),
              QStringLiteral("The limit on the number of requests per second has been "
                             "exceeded."))));
    QVERIFY(!SubmissionService::isCapacityError(
        error(QStringLiteral("ThrottlingException"), QStringLiteral("PENDING"))));
}

QTEST_GUILESS_MAIN(TestSubmissionService)
#include "tst_submissionservice.moc"
