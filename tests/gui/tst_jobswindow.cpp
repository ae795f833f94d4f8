// The window with its jobs panel over a real store, against the in-process sandbox: a job
// submitted in the form goes through the outbox, appears in the table, moves to its final
// state live, shows its failure reason and hint, clones back into the form, and is still there
// after a restart. Jobs of two regions, each with its own endpoint, are followed at the same
// time, each through its own region, whichever region the window shows.
#include "common/jobbuilder.h"
#include "common/sandboxfixture.h"
#include "gui/guitestsupport.h"

#include "jobs/jobscontroller.h"
#include "jobs/jobtablemodel.h"
#include "jobstore/sqlitejobstore.h"
#include "sandbox/sandboxdefaults.h"
#include "ui/connectionbar.h"
#include "ui/fieldmessage.h"
#include "ui/jobspanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QWindow>

using namespace std::chrono_literals;

class TestJobsWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void submittedJobsMoveLiveAndSurviveARestart();
    void jobsOfTwoRegionsAreFollowedEachAtItsEndpoint();
    void storedHistoryArrivesAfterTheFirstFrame();

private:
    void openJobs(GuiHarness &app);
    JobTableModel *model(GuiHarness &app) const { return app.app->jobs()->model(); }
};

void TestJobsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJobsWindow::openJobs(GuiHarness &app)
{
    JobTrackerIntervals fast;
    fast.newJob = 100ms;
    fast.longRunning = 200ms;
    fast.rampDuration = 1s;
    app.openWindow(fast);
    QVERIFY(app.app->storeProblem().isEmpty()); // the real file store
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    QVERIFY(app.waitUntilReady());
    app.openForm();
}

void TestJobsWindow::submittedJobsMoveLiveAndSurviveARestart()
{
    GuiHarness app(200); // pending 50 ms, failing a few hundred ms later
    QVERIFY(app.listening);
    openJobs(app);
    JobsPanel *panel = app.window->jobsPanel();
    QVERIFY(panel);
    // The account's whole history fills the table, with no clicks.
    const int history = static_cast<int>(app.server->state().jobs().size());
    QVERIFY(history >= 10);
    QTRY_COMPARE_WITH_TIMEOUT(model(app)->rowCount(), history, 10000);
    QTRY_COMPARE(app.app->jobs()->catchUpRemaining(), 0);

    // Fill and submit by keyboard; the data location asks the sandbox for a failure.
    auto *name = app.find<QLineEdit>("jobNameEdit");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("will-fail"));
    auto *combo = app.find<QComboBox>("datasetCombo");
    combo->setFocus();
    const int index =
        combo->findText(QStringLiteral("retail-shop / retail-shop-interactions (Interactions)"));
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    QTest::keyClicks(app.find<QLineEdit>("dataLocationEdit"),
                     QStringLiteral("s3://importdesk-demo/missing-columns/interactions.csv"));
    QTRY_VERIFY(app.find<QPushButton>("submitButton")->isEnabled());
    QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);

    // Through the outbox into the table, selected.
    QTRY_COMPARE(model(app)->rowCount(), history + 1);
    SqliteJobStore store;
    QVERIFY(store.open(app.path(QStringLiteral("importdesk.sqlite"))).ok());
    QTRY_VERIFY(store.pendingRows()->isEmpty());
    QCOMPARE(store.allOutboxRows()->size(), 1);
    QCOMPARE(store.allOutboxRows()->constFirst().state, OutboxState::Confirmed);
    QTRY_VERIFY(panel->selectedJob().has_value());
    QCOMPARE(panel->selectedJob()->name, QStringLiteral("will-fail"));

    // The tracker follows it to CREATE FAILED; the details explain why and what to fix.
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectedJob()->status == u"CREATE FAILED", 20000);
    auto *reason = panel->findChild<QLabel *>(QStringLiteral("detailsFailureReason"));
    QVERIFY(reason);
    QTRY_VERIFY(!reason->text().isEmpty());
    auto *hint = panel->findChild<QLabel *>(QStringLiteral("detailsHintText"));
    QVERIFY(hint);
    QVERIFY(!hint->text().isEmpty());

    QDir().mkpath(QStringLiteral(IMPORTDESK_SCREENSHOT_DIR));
    QVERIFY(app.window->grab().save(QStringLiteral(IMPORTDESK_SCREENSHOT_DIR) +
                                    QStringLiteral("/main-window-with-jobs.png")));

    // Clone opens the form with the same values and a fresh, valid name.
    app.window->hideImportForm();
    panel->cloneAction()->trigger();
    QVERIFY(app.form()->isVisible());
    const ImportJobDraft draft = app.form()->draft();
    QVERIFY(draft.jobName.startsWith(u"will-fail-copy-"));
    QCOMPARE(draft.dataLocation,
             QStringLiteral("s3://importdesk-demo/missing-columns/interactions.csv"));
    QVERIFY(draft.datasetArn.endsWith(u"dataset/retail-shop/INTERACTIONS"));
    QTRY_VERIFY(app.find<QPushButton>("submitButton")->isEnabled());

    // A restart shows the same history, from the store, newest first, soon after the window.
    app.closeWindow();
    const int listsBefore = app.server->requestCount(QStringLiteral("ListDatasetImportJobs"));
    openJobs(app);
    QTRY_COMPARE(model(app)->rowCount(), history + 1);
    QVERIFY(!app.app->jobs()->isLoading());
    QString arn;
    for (int row = 0; row < model(app)->rowCount(); ++row) {
        const QString candidate = model(app)->index(row, 0).data(JobTableModel::ArnRole).toString();
        if (candidate.endsWith(u":dataset-import-job/will-fail"))
            arn = candidate;
    }
    QVERIFY(!arn.isEmpty());
    QVERIFY(app.window->jobsPanel()->selectJob(arn));
    QCOMPARE(app.window->jobsPanel()->selectedJob()->status, QStringLiteral("CREATE FAILED"));

    // A job found by listing lacks its data location until it is shown: then it is described.
    QTRY_VERIFY(model(app)->rowCount() >= 2);
    QString discovered;
    for (int row = 0; row < model(app)->rowCount() && discovered.isEmpty(); ++row) {
        const QString candidate = model(app)->index(row, 0).data(JobTableModel::ArnRole).toString();
        if (candidate != arn)
            discovered = candidate;
    }
    QVERIFY(app.window->jobsPanel()->selectJob(discovered));
    QTRY_VERIFY(!app.window->jobsPanel()->selectedJob()->dataLocation.isEmpty());
    // Catching up after the restart cost one page per dataset: the store knew the rest.
    QTRY_COMPARE(app.app->jobs()->catchUpRemaining(), 0);
    QCOMPARE(app.server->requestCount(QStringLiteral("ListDatasetImportJobs")) - listsBefore,
             app.server->state().datasets().size());
    app.closeWindow();
}

namespace {

// Starts an import in the sandbox as another tool would: the app learns of it by listing.
QString startJobIn(SandboxFixture &sandbox, const QString &name)
{
    CreateDatasetImportJobRequest request;
    request.jobName = name;
    request.datasetArn =
        sandbox.datasetArn(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    request.dataSource.dataLocation = QStringLiteral("s3://importdesk-demo/%1.csv").arg(name);
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
    const auto created = sandbox.server()->state().createDatasetImportJob(request);
    return created.ok() ? created->datasetImportJobArn.value_or(QString()) : QString();
}

// Requests that reached `sandbox` naming a dataset, job or resource of another region, or
// that it refused: each would be a job followed through the wrong endpoint.
QStringList strayRequests(const SandboxFixture &sandbox)
{
    const QString region = u':' + sandbox.options().region + u':';
    QStringList stray;
    for (const SandboxRequestRecord &record : sandbox.server()->requestLog()) {
        const bool foreign =
            (!record.datasetArn.isEmpty() && !record.datasetArn.contains(region)) ||
            (!record.resourceArn.isEmpty() && !record.resourceArn.contains(region));
        if (foreign || !record.errorCode.isEmpty()) {
            stray.append(QStringLiteral("%1 %2 %3 %4")
                             .arg(record.operation, record.datasetArn, record.resourceArn,
                                  record.errorCode));
        }
    }
    return stray;
}

} // namespace

void TestJobsWindow::jobsOfTwoRegionsAreFollowedEachAtItsEndpoint()
{
    // Two endpoints, one per region, named in the user's AWS configuration, as a profile with
    // endpoint_url does for a private or local endpoint. Jobs run for about a minute there.
    SandboxOptions eastOptions = SandboxFixture::defaultOptions();
    eastOptions.timeScale = 1;
    SandboxOptions westOptions = eastOptions;
    westOptions.region = QStringLiteral("eu-west-1");
    SandboxFixture east(eastOptions);
    SandboxFixture west(westOptions);
    QVERIFY(east.isListening() && west.isListening());
    QCOMPARE(east.options().region, QStringLiteral("us-east-1"));
    const QString eastJob = startJobIn(east, QStringLiteral("running-in-virginia"));
    const QString westJob = startJobIn(west, QStringLiteral("running-in-ireland"));
    QVERIFY(eastJob.contains(u":us-east-1:") && westJob.contains(u":eu-west-1:"));

    GuiHarness app;
    QFile config(app.path(QStringLiteral("aws-config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("[profile east]\nregion = us-east-1\nendpoint_url = %1\n\n"
                                "[profile west]\nregion = eu-west-1\nendpoint_url = %2\n")
                     .arg(east.url().toString(), west.url().toString())
                     .toUtf8());
    config.close();
    QFile credentials(app.path(QStringLiteral("aws-credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    for (const char *profile : {"east", "west"}) {
        credentials.write(QStringLiteral("[%1]\naws_access_key_id = %2\naws_secret_access_key = "
                                         "%3\n\n")
                              .arg(QLatin1String(profile), SandboxDefaults::kAccessKeyId,
                                   SandboxDefaults::kSecretAccessKey)
                              .toUtf8());
    }
    credentials.close();
    DesktopOptions options;
    options.session.environment = QProcessEnvironment();
    options.session.environment.insert(QStringLiteral("AWS_CONFIG_FILE"), config.fileName());
    options.session.environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                                       credentials.fileName());
    options.session.homeDir = app.path(QStringLiteral("home"));
    options.placeFilesIn(app.dir.path());
    options.profile = QStringLiteral("east");
    JobTrackerIntervals fast;
    fast.newJob = 100ms;
    fast.longRunning = 200ms;
    fast.rampDuration = 1s;
    app.openWindow(options, fast);
    QVERIFY(!app.app->isSandbox());
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    QVERIFY(app.waitUntilReady());
    QCOMPARE(app.connection()->region(), QStringLiteral("us-east-1"));
    JobsPanel *panel = app.window->jobsPanel();
    const auto inTable = [&](const QString &arn) {
        return model(app)->rowOf(arn) >= 0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(inTable(eastJob), 10000);
    QTRY_COMPARE(app.app->jobs()->catchUpRemaining(), 0);
    QVERIFY(!inTable(westJob));

    // The window switches to the other profile and its region, as one choice.
    ConnectionBar *bar = app.window->connectionBar();
    bar->profileCombo()->setCurrentIndex(bar->profileCombo()->findText(QStringLiteral("west")));
    const int westIndex = bar->regionCombo()->findText(QStringLiteral("eu-west-1"));
    QVERIFY(westIndex >= 0);
    bar->regionCombo()->setCurrentIndex(westIndex);
    Q_EMIT bar->regionCombo()->activated(westIndex);
    QTRY_COMPARE(app.connection()->region(), QStringLiteral("eu-west-1"));
    QVERIFY(app.waitUntilReady());
    QTRY_VERIFY_WITH_TIMEOUT(inTable(westJob), 10000);
    QTRY_COMPARE(app.app->jobs()->catchUpRemaining(), 0);

    // Both regions' jobs are in the table, and the region filter offers both.
    QVERIFY(inTable(eastJob));
    auto *regionFilter = app.find<QComboBox>("jobRegionFilter");
    QVERIFY(regionFilter);
    QTRY_VERIFY(regionFilter->findText(QStringLiteral("us-east-1")) >= 0);
    QVERIFY(regionFilter->findText(QStringLiteral("eu-west-1")) >= 0);

    // Both endpoints go on being polled, each for its own region's running job.
    const QString list = QStringLiteral("ListDatasetImportJobs");
    const int eastLists = east.requestCount(list);
    const int westLists = west.requestCount(list);
    QVERIFY(east.waitForRequests(list, eastLists + 3));
    QVERIFY(west.waitForRequests(list, westLists + 3));
    const auto scopes = app.app->jobs()->followedScopes();
    QVERIFY(scopes.contains(qMakePair(QStringLiteral("east"), QStringLiteral("us-east-1"))));
    QVERIFY(scopes.contains(qMakePair(QStringLiteral("west"), QStringLiteral("eu-west-1"))));

    // Showing a job of the other region reads its details through its own endpoint.
    const QString describe = QStringLiteral("DescribeDatasetImportJob");
    const int eastDescribes = east.requestCount(describe);
    QVERIFY(panel->selectJob(eastJob));
    QVERIFY(east.waitForRequests(describe, eastDescribes + 1));
    QTRY_VERIFY(!panel->selectedJob()->dataLocation.isEmpty());

    // No request for a job, dataset or resource ever went to the other region's endpoint.
    QVERIFY2(strayRequests(east).isEmpty(), qPrintable(strayRequests(east).join(u'\n')));
    QVERIFY2(strayRequests(west).isEmpty(), qPrintable(strayRequests(west).join(u'\n')));
    QCOMPARE(west.requestCount(describe), 0);
    app.closeWindow();
}

QTEST_MAIN(TestJobsWindow)
#include "tst_jobswindow.moc"

void TestJobsWindow::storedHistoryArrivesAfterTheFirstFrame()
{
    // A large stored history, and an account to connect to: neither may hold the first frame
    // back. Both start once the window has been drawn.
    GuiHarness app;
    constexpr int kStored = 6000;
    {
        SqliteJobStore store;
        QVERIFY(store.open(app.options().storeFile).ok());
        QList<JobRecord> jobs;
        for (int i = 0; i < kStored; ++i) {
            jobs.append(JobBuilder(QStringLiteral("stored-%1").arg(i))
                            .created(JobBuilder::defaultCreated().addSecs(-60LL * i))
                            .build());
        }
        QVERIFY(store.upsertJobs(jobs).ok());
    }
    const auto requests = [&app] {
        int sum = 0;
        for (const char *operation : {"ListDatasetGroups", "ListDatasets", "ListDatasetImportJobs",
                                      "DescribeDatasetImportJob"})
            sum += app.server->requestCount(QLatin1String(operation));
        return sum;
    };
    const int requestsBefore = requests();
    app.app = DesktopApp::create(app.options());
    app.window = std::make_unique<MainWindow>(app.app.get());
    int rowsAtFirstFrame = -1;
    int requestsAtFirstFrame = -1;
    bool exposedAtFirstFrame = false;
    QObject::connect(app.window.get(), &MainWindow::firstFrameShown, app.app.get(), [&] {
        rowsAtFirstFrame = model(app)->rowCount();
        requestsAtFirstFrame = requests();
        exposedAtFirstFrame = app.window->windowHandle()->isExposed();
        app.app->start();
    });
    QSignalSpy frames(app.window.get(), &MainWindow::firstFrameShown);
    app.window->show();
    QVERIFY(frames.wait(5000));
    QVERIFY(exposedAtFirstFrame);
    QCOMPARE(rowsAtFirstFrame, 0);
    QCOMPARE(requestsAtFirstFrame, requestsBefore);
    // Newest first, then all of them; the connection follows.
    QTRY_VERIFY(model(app)->rowCount() > 0);
    QCOMPARE(model(app)->job(0)->name, QStringLiteral("stored-0"));
    QTRY_VERIFY_WITH_TIMEOUT(!app.app->jobs()->isLoading(), 20000);
    // Every stored job, beside those the connection lists from the sandbox meanwhile.
    QVERIFY(model(app)->rowCount() >= kStored);
    QVERIFY(model(app)->rowOf(
                JobBuilder(QStringLiteral("stored-%1").arg(kStored - 1)).build().arn) >= 0);
    QVERIFY(app.waitUntilReady());
    // Shown again (restored from the tray, say): nothing starts twice.
    app.window->hide();
    app.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    QCoreApplication::processEvents();
    QCOMPARE(frames.count(), 1);
    app.closeWindow();
}
