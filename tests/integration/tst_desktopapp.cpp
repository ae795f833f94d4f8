#include "common/sandboxfixture.h"
#include "desktop/activitylog.h"
#include "desktop/appsettings.h"
#include "desktop/connectionmanager.h"
#include "desktop/datasetcatalog.h"
#include "desktop/desktopapp.h"
#include "desktop/draftautosave.h"
#include "jobs/jobscontroller.h"
#include "jobs/jobtablemodel.h"
#include "jobs/jobtracker.h"
#include "jobs/submissionservice.h"
#include "jobstore/sqlitejobstore.h"
#include "personalize/arn.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The app's object graph without a window, against the sandbox: it connects and lists the
// datasets, sends the form's draft through the outbox and reports the outcome once, refuses a
// second submission while one is on its way, keeps working in memory when its job history
// cannot be opened, reports a submission cut off by a change of connection, offers the queue when
// the region runs as many imports as allowed, and follows only the datasets of the connected
// region.
class TestDesktopApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startConnectsAndListsDatasets();
    void submissionIsReportedWithItsArn();
    void refusedSubmissionLeavesTheFormAlone();
    void secondSubmissionWaitsForTheFirst();
    void fullRegionOffersTheQueue();
    void queuedSubmissionCanBeTakenBack();
    void unusableHistoryFileFallsBackToMemory();
    void connectionChangeCancelsTheSubmission();
    void onlyDatasetsOfTheRegionAreFollowed();
    void filesAreOwnerOnly();
    void pollAndRetryPreferencesApplyAtOnce();
    void retryPreferenceWaitsForTheSubmission();
    void defaultProfileAndRegionComeBeforeTheLastUsed();
    void mfaCodeThroughThePrompt_data();
    void mfaCodeThroughThePrompt();

private:
    DesktopOptions options() const;
    // Creates the app on options(), starts it and waits for the connection.
    bool startApp(const DesktopOptions &options);
    ImportJobDraft draft(const QString &name) const;
    // A sandbox whose region runs as many imports as allowed, for an hour.
    void startFullRegion();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DesktopApp> m_app;
};

namespace {

const QString kRole = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");

QStringList recentLists(const AppSettings *settings)
{
    return settings->recentRoleArns() + settings->recentDataLocations();
}

} // namespace

void TestDesktopApp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDesktopApp::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
}

void TestDesktopApp::cleanup()
{
    m_app.reset();
    m_sandbox.reset();
    m_dir.reset();
}

void TestDesktopApp::pollAndRetryPreferencesApplyAtOnce()
{
    QVERIFY(startApp(options()));
    AppSettings *settings = m_app->settings();
    const ClientConfiguration &first = m_app->connection()->session()->configuration();
    QCOMPARE(first.maxAttempts, 3);
    QCOMPARE(first.maxAttemptsOrigin, DesktopApp::tr("Preferences"));
    QCOMPARE(m_app->jobs()->trackerIntervals().longRunning, std::chrono::seconds(60));

    settings->setPollIntervalSeconds(120);
    QCOMPARE(m_app->jobs()->trackerIntervals().longRunning, std::chrono::seconds(120));
    QCOMPARE(m_app->jobs()->trackerIntervals().newJob, std::chrono::seconds(10));
    // Never slower for new jobs than for old ones.
    settings->setPollIntervalSeconds(AppSettings::kMinPollSeconds);
    QCOMPARE(m_app->jobs()->trackerIntervals().newJob, std::chrono::seconds(10));
    settings->setValue(AppSettings::Key::PollIntervalSeconds, 2);
    QCOMPARE(m_app->jobs()->trackerIntervals().longRunning,
             std::chrono::seconds(AppSettings::kMinPollSeconds));

    QSignalSpy sessions(m_app.get(), &DesktopApp::sessionChanged);
    settings->setMaxAttempts(5);
    QCOMPARE(sessions.count(), 1);
    QCOMPARE(m_app->connection()->session()->configuration().maxAttempts, 5);
    QTRY_COMPARE(m_app->connection()->state(), ConnectionManager::State::Ready);
}

// A reconnection would abandon the submission in flight: it waits for the answer.
void TestDesktopApp::retryPreferenceWaitsForTheSubmission()
{
    QVERIFY(startApp(options()));
    QTRY_COMPARE(m_app->catalog()->datasets().size(), 8);
    QSignalSpy submitted(m_app.get(), &DesktopApp::submitted);
    QSignalSpy failed(m_app.get(), &DesktopApp::submitFailed);
    QSignalSpy sessions(m_app.get(), &DesktopApp::sessionChanged);
    QVERIFY(m_app->submit(draft(QStringLiteral("while-settings-change"))));
    m_app->settings()->setMaxAttempts(4);
    QCOMPARE(sessions.count(), 0);
    QVERIFY(submitted.wait(10000));
    QCOMPARE(failed.count(), 0);
    QTRY_COMPARE(sessions.count(), 1);
    QCOMPARE(m_app->connection()->session()->configuration().maxAttempts, 4);
}

void TestDesktopApp::defaultProfileAndRegionComeBeforeTheLastUsed()
{
    QDir(m_dir->path()).mkpath(QStringLiteral("home/.aws"));
    QFile config(m_dir->filePath(QStringLiteral("home/.aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[default]\nregion = eu-west-1\n\n[profile second]\nregion = us-east-1\n");
    config.close();
    DesktopOptions options;
    options.session.environment = QProcessEnvironment();
    options.session.homeDir = m_dir->filePath(QStringLiteral("home"));
    options.placeFilesIn(m_dir->path());
    {
        AppSettings settings(options.settingsFile);
        settings.setLastProfile(QStringLiteral("default"));
        settings.setLastRegion(QStringLiteral("eu-west-1"));
        settings.setDefaultProfile(QStringLiteral("second"));
    }
    m_app = DesktopApp::create(options);
    m_app->start();
    QCOMPARE(m_app->connection()->profile(), QStringLiteral("second"));
    QCOMPARE(m_app->connection()->region(), QStringLiteral("eu-west-1"));

    // Chosen in Preferences: the app switches to it at once.
    m_app->settings()->setDefaultRegion(QStringLiteral("ca-central-1"));
    QCOMPARE(m_app->connection()->region(), QStringLiteral("ca-central-1"));
    m_app->settings()->setDefaultProfile(QStringLiteral("default"));
    QCOMPARE(m_app->connection()->profile(), QStringLiteral("default"));
    QCOMPARE(m_app->settings()->lastProfile(), QStringLiteral("default"));
    // Back to "the one used last": nothing to switch.
    m_app->settings()->setDefaultProfile(QString());
    QCOMPARE(m_app->connection()->profile(), QStringLiteral("default"));
}

DesktopOptions TestDesktopApp::options() const
{
    DesktopOptions options;
    options.sandbox = true;
    options.session = m_sandbox->sessionOptions();
    options.session.homeDir = m_dir->filePath(QStringLiteral("home"));
    options.placeFilesIn(m_dir->path());
    return options;
}

bool TestDesktopApp::startApp(const DesktopOptions &options)
{
    m_app = DesktopApp::create(options);
    m_app->start();
    return QTest::qWaitFor(
        [this] { return m_app->connection()->state() == ConnectionManager::State::Ready; }, 10000);
}

ImportJobDraft TestDesktopApp::draft(const QString &name) const
{
    ImportJobDraft draft;
    draft.jobName = name;
    draft.datasetArn =
        m_sandbox->datasetArn(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    draft.dataLocation = QStringLiteral("s3://importdesk-demo-retail-shop/items/%1/").arg(name);
    draft.roleArn = kRole;
    draft.tags = {{QStringLiteral("team"), QStringLiteral("recs")}, {QString(), QString()}};
    return draft;
}

void TestDesktopApp::startConnectsAndListsDatasets()
{
    m_app = DesktopApp::create(options());
    QVERIFY(m_app->isSandbox());
    QVERIFY(m_app->storeProblem().isEmpty());
    QCOMPARE(m_app->connection()->state(), ConnectionManager::State::Disconnected);
    QCOMPARE(m_sandbox->requestCount(), 0); // nothing before start()
    QSignalSpy sessions(m_app.get(), &DesktopApp::sessionChanged);
    QSignalSpy accounts(m_app.get(), &DesktopApp::accountChanged);
    QSignalSpy calls(m_app->activityLog(), &ActivityLogModel::rowsInserted);

    m_app->start();
    QCOMPARE(sessions.count(), 1);
    QVERIFY(m_app->jobs()->submissions() != nullptr);
    QTRY_COMPARE(m_app->connection()->state(), ConnectionManager::State::Ready);
    QVERIFY2(m_app->connection()->statusMessage().contains(m_sandbox->url().toDisplayString()),
             qPrintable(m_app->connection()->statusMessage()));
    QTRY_COMPARE(m_app->catalog()->datasets().size(), 8);
    QCOMPARE(m_app->accountId(), m_sandbox->options().accountId);
    QVERIFY(!accounts.isEmpty());
    QCOMPARE(accounts.constLast().at(0).toString(), m_sandbox->options().accountId);
    QCOMPARE(m_app->connection()->region(), m_sandbox->options().region);
    // Every call shows in the activity log.
    QTRY_VERIFY(m_app->activityLog()->rowCount() >= 4); // the groups, then each group's datasets
    QVERIFY(calls.count() >= 4);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("ListDatasetGroups")), 1);
}

void TestDesktopApp::submissionIsReportedWithItsArn()
{
    QVERIFY(startApp(options()));
    const ImportJobDraft form = draft(QStringLiteral("nightly-items"));
    m_app->selectDataset(form.datasetArn);
    QTRY_VERIFY(!m_app->catalog()->isLoadingFacts());
    QSignalSpy submitted(m_app.get(), &DesktopApp::submitted);
    QSignalSpy failed(m_app.get(), &DesktopApp::submitFailed);

    QVERIFY(m_app->submit(form));
    QVERIFY(m_app->isSubmitting());
    QCOMPARE(submitted.count(), 0); // the outcome comes later
    QVERIFY(submitted.wait(10000));
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!m_app->isSubmitting());

    const QString arn = submitted.at(0).at(0).toString();
    QCOMPARE(arn, PersonalizeArn::datasetImportJobArn(m_sandbox->options().region,
                                                      m_sandbox->options().accountId,
                                                      QStringLiteral("nightly-items")));
    const auto request = submitted.at(0).at(1).value<CreateDatasetImportJobRequest>();
    QCOMPARE(request, form.toRequest());
    QCOMPARE(m_sandbox->jobsNamed(QStringLiteral("nightly-items")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);

    // Remembered for the next form, most recent first.
    QCOMPARE(m_app->settings()->recentRoleArns(), QStringList{kRole});
    QCOMPARE(m_app->settings()->recentDataLocations(), QStringList{form.dataLocation});
    // The form's checks know the name is taken now, without asking the service.
    QVERIFY(m_app->validationContext().existingJobNames.contains(QStringLiteral("nightly-items")));
    // The job is in the table.
    QTRY_VERIFY(m_app->jobs()->model()->rowOf(arn) >= 0);
}

void TestDesktopApp::refusedSubmissionLeavesTheFormAlone()
{
    QVERIFY(startApp(options()));
    const ImportJobDraft form = draft(QStringLiteral("taken-name"));
    m_app->autosave()->schedule(form);
    QVERIFY(m_app->autosave()->flush());
    m_app->selectDataset(form.datasetArn);
    QTRY_VERIFY(!m_app->catalog()->isLoadingFacts());
    // Someone else uses the name after the form learnt the dataset's jobs.
    SandboxImportJob taken;
    taken.jobName = QStringLiteral("taken-name");
    taken.datasetArn = form.datasetArn;
    taken.status = QStringLiteral("ACTIVE");
    taken.created = m_sandbox->server()->now().addSecs(-60);
    QVERIFY(m_sandbox->server()->state().addJob(taken));
    QVERIFY(!m_app->validationContext().existingJobNames.contains(QStringLiteral("taken-name")));

    QSignalSpy submitted(m_app.get(), &DesktopApp::submitted);
    QSignalSpy failed(m_app.get(), &DesktopApp::submitFailed);
    QVERIFY(m_app->submit(form));
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(submitted.count(), 0);
    const AwsError error = failed.at(0).at(0).value<AwsError>();
    QCOMPARE(error.kind, AwsError::Kind::Service);
    QCOMPARE(error.code, QStringLiteral("ResourceAlreadyExistsException"));
    QVERIFY2(error.message.contains(u"taken-name"), qPrintable(error.message));
    QCOMPARE(failed.at(0).at(1).value<CreateDatasetImportJobRequest>(), form.toRequest());
    QVERIFY(!m_app->isSubmitting());

    // What the operator typed is all still there, and nothing was remembered as used.
    QCOMPARE(m_app->autosave()->restore().value_or(ImportJobDraft()), form);
    QCOMPARE(recentLists(m_app->settings()), QStringList());
    QCOMPARE(m_sandbox->jobsNamed(QStringLiteral("taken-name")), 1);
    // The form learns the dataset's jobs again, so that it can say the name is taken.
    QTRY_VERIFY(m_app->validationContext().existingJobNames.contains(QStringLiteral("taken-name")));

    // Corrected, it goes through.
    QVERIFY(m_app->submit(draft(QStringLiteral("fresh-name"))));
    QVERIFY(submitted.wait(10000));
}

void TestDesktopApp::secondSubmissionWaitsForTheFirst()
{
    QVERIFY(startApp(options()));
    QSignalSpy submitted(m_app.get(), &DesktopApp::submitted);
    QSignalSpy failed(m_app.get(), &DesktopApp::submitFailed);
    QVERIFY(m_app->submit(draft(QStringLiteral("first"))));
    QVERIFY(!m_app->submit(draft(QStringLiteral("second"))));
    QVERIFY(!m_app->submit(draft(QStringLiteral("first")))); // a double click
    QVERIFY(submitted.wait(10000));
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(submitted.at(0).at(1).value<CreateDatasetImportJobRequest>().jobName,
             QStringLiteral("first"));
    QCOMPARE(m_sandbox->jobsNamed(QStringLiteral("first")), 1);
    QCOMPARE(m_sandbox->jobsNamed(QStringLiteral("second")), 0);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);

    // Once it is through, the next one goes.
    QVERIFY(m_app->submit(draft(QStringLiteral("second"))));
    QVERIFY(submitted.wait(10000));
    QCOMPARE(m_sandbox->jobsNamed(QStringLiteral("second")), 1);
}

void TestDesktopApp::startFullRegion()
{
    for (int i = 1; i <= SubmissionService::kMaxRunningImports; ++i) {
        SandboxImportJob busy;
        busy.jobName = QStringLiteral("busy-%1").arg(i);
        busy.datasetArn =
            m_sandbox->datasetArn(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
        busy.status = QStringLiteral("CREATE IN_PROGRESS");
        busy.created = m_sandbox->server()->now();
        busy.startsAt = busy.created;
        busy.endsAt = busy.created.addSecs(3600);
        QVERIFY(m_sandbox->server()->state().addJob(busy));
    }
    QVERIFY(startApp(options()));
    // The tracker knows the region is full once the account's history is listed.
    QTRY_COMPARE(m_app->catalog()->datasets().size(), 8);
    QTRY_COMPARE(m_app->jobs()->catchUpRemaining(), 0);
    QTRY_COMPARE(m_app->jobs()->currentTracker()->activeJobCount(),
                 SubmissionService::kMaxRunningImports);
}

void TestDesktopApp::fullRegionOffersTheQueue()
{
    startFullRegion();
    const ImportJobDraft form = draft(QStringLiteral("waits-its-turn"));
    m_app->autosave()->schedule(form);
    QVERIFY(m_app->autosave()->flush());
    m_app->selectDataset(form.datasetArn);
    QTRY_VERIFY(!m_app->catalog()->isLoadingFacts());
    QSignalSpy submitted(m_app.get(), &DesktopApp::submitted);
    QSignalSpy failed(m_app.get(), &DesktopApp::submitFailed);
    QSignalSpy full(m_app.get(), &DesktopApp::regionFull);
    QSignalSpy queued(m_app.get(), &DesktopApp::queued);

    QVERIFY(m_app->submit(form));
    QVERIFY(full.wait(10000));
    QCOMPARE(full.count(), 1);
    QCOMPARE(failed.count(), 0); // an offer, not a failure
    QCOMPARE(submitted.count(), 0);
    const AwsError error = full.at(0).at(0).value<AwsError>();
    QCOMPARE(error.code, QStringLiteral("LimitExceededException"));
    QCOMPARE(full.at(0).at(1).value<CreateDatasetImportJobRequest>(), form.toRequest());
    QCOMPARE(full.at(0).at(2).toString(), m_sandbox->options().region);
    QVERIFY(!m_app->isSubmitting());
    // Sent once, not retried; nothing created, nothing remembered, the draft as typed.
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);
    QCOMPARE(m_sandbox->jobsNamed(form.jobName), 0);
    QCOMPARE(recentLists(m_app->settings()), QStringList());
    QCOMPARE(m_app->autosave()->restore().value_or(ImportJobDraft()), form);

    // Accepted: it waits in the outbox and shows in the table at once.
    const auto id = m_app->enqueue(form);
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
    QCOMPARE(queued.count(), 1);
    const QString rowKey = queued.at(0).at(0).toString();
    QCOMPARE(rowKey, QStringLiteral("queued:%1").arg(id.value()));
    QCOMPARE(queued.at(0).at(1).value<CreateDatasetImportJobRequest>(), form.toRequest());
    const JobTableModel *model = m_app->jobs()->model();
    QVERIFY(model->rowOf(rowKey) >= 0);
    QVERIFY(model->index(model->rowOf(rowKey), 0)
                .data(JobTableModel::RecordRole)
                .value<JobRecord>()
                .isQueued());
    // Remembered as a submission is, and its name counts as taken.
    QCOMPARE(m_app->settings()->recentRoleArns(), QStringList{kRole});
    QCOMPARE(m_app->settings()->recentDataLocations(), QStringList{form.dataLocation});
    QVERIFY(m_app->validationContext().existingJobNames.contains(form.jobName));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);

    // Cancelled: gone from the outbox and the table, and the name is free again.
    QVERIFY(m_app->cancelQueued(id.value()).ok());
    QVERIFY(model->rowOf(rowKey) < 0);
    QVERIFY(m_app->jobs()->submissions()->queued().isEmpty());
    QVERIFY(!m_app->validationContext().existingJobNames.contains(form.jobName));
    const auto again = m_app->cancelQueued(id.value());
    QVERIFY(!again.ok());
    QCOMPARE(again.error(), QStringLiteral("Submission %1 cannot be cancelled: it is not waiting "
                                           "in the queue.")
                                .arg(id.value()));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);
}

void TestDesktopApp::queuedSubmissionCanBeTakenBack()
{
    startFullRegion();
    const ImportJobDraft form = draft(QStringLiteral("to-be-edited"));
    const auto id = m_app->enqueue(form);
    QVERIFY(id.ok());
    const QString rowKey = QStringLiteral("queued:%1").arg(id.value());
    QVERIFY(m_app->jobs()->model()->rowOf(rowKey) >= 0);

    // Taken back for editing: the whole draft returns, and it no longer waits.
    const auto taken = m_app->takeQueued(id.value());
    QVERIFY(taken.ok());
    QCOMPARE(taken.value(), form);
    QVERIFY(m_app->jobs()->model()->rowOf(rowKey) < 0);
    QVERIFY(m_app->jobs()->submissions()->queued().isEmpty());
    // Once only: a second edit cannot bring a copy back.
    const auto twice = m_app->takeQueued(id.value());
    QVERIFY(!twice.ok());
    QVERIFY2(twice.error().contains(u"not waiting in the queue"), qPrintable(twice.error()));
    QVERIFY(!m_app->takeQueued(id.value() + 100).ok());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateDatasetImportJob")), 0);
}

void TestDesktopApp::unusableHistoryFileFallsBackToMemory()
{
    // The history's folder is taken by a file.
    const QString blocker = m_dir->filePath(QStringLiteral("history"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    DesktopOptions broken = options();
    broken.storeFile = blocker + QStringLiteral("/importdesk.sqlite");
    QVERIFY(startApp(broken));
    const QString problem = m_app->storeProblem();
    QVERIFY2(problem.contains(blocker), qPrintable(problem));
    QVERIFY2(problem.contains(u"cannot be created"), qPrintable(problem));
    QVERIFY2(problem.endsWith(u"Jobs are kept only until Import Desk closes."),
             qPrintable(problem));

    // The app works on as usual meanwhile.
    QSignalSpy submitted(m_app.get(), &DesktopApp::submitted);
    QVERIFY(m_app->submit(draft(QStringLiteral("kept-in-memory"))));
    QVERIFY(submitted.wait(10000));
    const QString arn = submitted.at(0).at(0).toString();
    QVERIFY(arn.endsWith(u"/kept-in-memory"));
    QTRY_VERIFY(m_app->jobs()->model()->rowOf(arn) >= 0);
    QVERIFY(QFileInfo(blocker).isFile());
}

void TestDesktopApp::connectionChangeCancelsTheSubmission()
{
    QVERIFY(startApp(options()));
    QSignalSpy submitted(m_app.get(), &DesktopApp::submitted);
    QSignalSpy failed(m_app.get(), &DesktopApp::submitFailed);
    QVERIFY(m_app->submit(draft(QStringLiteral("cut-off"))));
    m_app->connectTo(QString(), QString()); // a new session before the answer
    QCOMPARE(failed.count(), 1);
    const AwsError error = failed.at(0).at(0).value<AwsError>();
    QCOMPARE(error.kind, AwsError::Kind::Cancelled);
    QCOMPARE(error.message,
             QStringLiteral("The connection changed while the job was being sent. Check the "
                            "dataset's jobs before sending it again."));
    QCOMPARE(failed.at(0).at(1).value<CreateDatasetImportJobRequest>().jobName,
             QStringLiteral("cut-off"));
    QVERIFY(!m_app->isSubmitting());

    // The new connection takes the next submission; the cut-off one is reported only once.
    QTRY_COMPARE(m_app->connection()->state(), ConnectionManager::State::Ready);
    QVERIFY(m_app->submit(draft(QStringLiteral("after-the-change"))));
    QVERIFY(submitted.wait(10000));
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(submitted.at(0).at(1).value<CreateDatasetImportJobRequest>().jobName,
             QStringLiteral("after-the-change"));
    QCOMPARE(failed.count(), 1);
}

void TestDesktopApp::onlyDatasetsOfTheRegionAreFollowed()
{
    const DesktopOptions opened = options();
    QVERIFY(startApp(opened));
    const QString elsewhere =
        PersonalizeArn::datasetArn(QStringLiteral("eu-west-1"), m_sandbox->options().accountId,
                                   QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const QString here =
        m_sandbox->datasetArn(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    m_app->selectDataset(elsewhere);
    QCOMPARE(m_app->catalog()->selectedDataset(), elsewhere); // the form still judges it
    m_app->selectDataset(u' ' + here + u'\n');
    QCOMPARE(m_app->catalog()->selectedDataset(), here);

    // Choosing a dataset follows nothing of its own: the region's jobs are followed anyway.
    SqliteJobStore history;
    QVERIFY(history.open(opened.storeFile).ok());
    QVERIFY(!history.watchedDatasets().value().contains(elsewhere));
}

void TestDesktopApp::filesAreOwnerOnly()
{
    const QFile::Permissions file = QFile::ReadOwner | QFile::WriteOwner;
    const QFile::Permissions folder = file | QFile::ExeOwner;
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    DesktopOptions nested = options();
    const QString folderPath = m_dir->filePath(QStringLiteral("new/app"));
    nested.placeFilesIn(folderPath);
    QVERIFY(startApp(nested));
    m_app->settings()->setLastRegion(QStringLiteral("us-east-1"));
    m_app->autosave()->schedule(draft(QStringLiteral("private")));
    m_app.reset(); // writes the settings and the draft
    for (const QString &path : {nested.settingsFile, nested.draftFile, nested.storeFile}) {
        QVERIFY2(QFileInfo::exists(path), qPrintable(path));
        QVERIFY2(!(QFileInfo(path).permissions() & others), qPrintable(path));
        QVERIFY2(QFileInfo(path).permissions().testFlags(file), qPrintable(path));
    }
    QVERIFY(!(QFileInfo(folderPath).permissions() & others));
    QVERIFY(!(QFileInfo(QFileInfo(folderPath).absolutePath()).permissions() & others));
    QVERIFY(QFileInfo(folderPath).permissions().testFlags(folder));
}

void TestDesktopApp::mfaCodeThroughThePrompt_data()
{
    QTest::addColumn<QString>("code"); // empty: the prompt declines
    QTest::addColumn<bool>("connects");
    QTest::addColumn<QString>("message");
    QTest::newRow("given") << QStringLiteral("738215") << true << QString();
    QTest::newRow("declined") << QString() << false
                              << QStringLiteral("No MFA code was entered for the profile "
                                                "\"guarded\" (device "
                                                "arn:aws:iam::111122223333:mfa/ops)");
    QTest::newRow("wrong format") << QStringLiteral("12ab56") << false
                                  << QStringLiteral("MultiFactorAuthentication failed");
}

// A role with mfa_serial asks the prompt the window installs (here the test answers it), and
// the connection follows the answer.
void TestDesktopApp::mfaCodeThroughThePrompt()
{
    QFETCH(QString, code);
    QFETCH(bool, connects);
    QFETCH(QString, message);
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(QDir(home).mkpath(QStringLiteral(".aws")));
    QFile config(home + QStringLiteral("/.aws/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile guarded]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
                 "source_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/ops\n"
                 "region = " +
                 m_sandbox->options().region.toUtf8() + "\n");
    config.close();
    QFile credentials(home + QStringLiteral("/.aws/credentials"));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write("[base]\naws_access_key_id = " + m_sandbox->options().accessKeyId.toUtf8() +
                      "\naws_secret_access_key = " + m_sandbox->options().secretAccessKey.toUtf8() +
                      "\n");
    credentials.close();

    DesktopOptions options = this->options();
    options.sandbox = false;
    options.session = AwsSessionOptions();
    options.session.environment = QProcessEnvironment();
    options.session.environment.insert(QStringLiteral("AWS_ENDPOINT_URL"),
                                       m_sandbox->url().toString());
    options.session.homeDir = home;
    options.profile = QStringLiteral("guarded");
    m_app = DesktopApp::create(options);
    QStringList asked;
    m_app->setMfaCodePrompt([&asked, code](const QString &profile, const QString &serial,
                                           std::function<void(std::optional<QString>)> answer) {
        asked << profile + u' ' + serial;
        QTimer::singleShot(0, [answer, code] {
            answer(code.isEmpty() ? std::nullopt : std::optional<QString>(code));
        });
    });
    m_app->start();
    QTRY_VERIFY(m_app->connection()->state() != ConnectionManager::State::Checking);
    QCOMPARE(asked, QStringList{QStringLiteral("guarded arn:aws:iam::111122223333:mfa/ops")});
    QCOMPARE(m_app->connection()->state() == ConnectionManager::State::Ready, connects);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("AssumeRole")), code.isEmpty() ? 0 : 1);
    if (!connects) {
        const QString status = m_app->connection()->statusMessage();
        QVERIFY2(status.contains(message), qPrintable(status));
    }
}

QTEST_GUILESS_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
