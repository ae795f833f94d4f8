// The window with its jobs panel over a real store, against the in-process sandbox: a job
// submitted in the form goes through the outbox, appears in the table, moves to its final
// state live, shows its failure reason and hint, clones back into the form, and is still there
// after a restart.
#include "gui/guitestsupport.h"

#include "jobs/jobscontroller.h"
#include "jobs/jobtablemodel.h"
#include "jobstore/sqlitejobstore.h"
#include "ui/fieldmessage.h"
#include "ui/jobspanel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace std::chrono_literals;

class TestJobsWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void submittedJobsMoveLiveAndSurviveARestart();

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

QTEST_MAIN(TestJobsWindow)
#include "tst_jobswindow.moc"
