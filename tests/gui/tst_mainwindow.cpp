// The main window against the in-process sandbox: datasets from the service, the import mode
// and metrics rules fed by the dataset's history, submission by keyboard, a duplicate name,
// the activity log, and the draft surviving a crash.

#include "gui/guitestsupport.h"
#include "gui/screenreader.h"

#include "desktop/activitylog.h"
#include "desktop/datasetcatalog.h"
#include "jobs/jobtablemodel.h"
#include "jobstore/sqlitejobstore.h"
#include "personalize/personalizeclient.h"
#include "ui/activitylogdock.h"
#include "ui/connectionbar.h"
#include "ui/fieldmessage.h"
#include "ui/jobdetailspane.h"
#include "ui/jobspanel.h"
#include "ui/mfacodedialog.h"
#include "ui/tageditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>

namespace {

const QString kNewsItems = QStringLiteral("news-articles / news-articles-items (Items)");
const QString kRetailInteractions =
    QStringLiteral("retail-shop / retail-shop-interactions (Interactions)");

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectsToTheSandboxAndListsDatasets();
    void incrementalFollowsTheDatasetHistory();
    void submitByKeyboardListsTheJob();
    void duplicateNameShowsTheServiceError();
    void draftSurvivesACrash();
    void layoutAndRecentValuesAreRestored();
    void missingAndExpiredCredentialsAreExplained();
    void newImportOpensThePaneAndEscapeClosesIt();
    void formIsBuiltWhenFirstOpened();
    void preferencesApplyAtOnce();
    void tabWalksFormJobsDetailsAndLog();
    void screenReaderReadsTheTables();
    void fieldsAndButtonsAreNamed();
    void connectionBarShowsTheCaller();
    void mfaCodeIsAskedForInADialog();

private:
    void pickDataset(const QString &text);
    std::unique_ptr<GuiHarness> m_app;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_app = std::make_unique<GuiHarness>();
    QVERIFY(m_app->listening);
    m_app->openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QVERIFY(m_app->waitUntilReady());
    // The table is the main area: the form is a pane that opens for a new import.
    QVERIFY(!m_app->window->formPane()->isVisible());
    m_app->openForm();
    QVERIFY(m_app->form()->isVisible());
}

void TestMainWindow::cleanup()
{
    m_app.reset();
}

void TestMainWindow::pickDataset(const QString &text)
{
    auto *combo = m_app->find<QComboBox>("datasetCombo");
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setFocus();
    combo->setCurrentIndex(index);
    QCOMPARE(combo->currentText(), text);
}

void TestMainWindow::connectsToTheSandboxAndListsDatasets()
{
    auto *badge = m_app->find<QLabel>("sandboxBadge");
    QVERIFY(badge->isVisible());
    QVERIFY(badge->text().contains(QStringLiteral("Sandbox")));
    QVERIFY(m_app->find<QLabel>("accountLabel")
                ->text()
                .startsWith(QStringLiteral("Account: ") + SandboxDefaults::kAccountId));
    auto *status = m_app->find<FieldMessage>("connectionStatus");
    QCOMPARE(status->kind(), FieldMessage::Kind::Success);
    auto *combo = m_app->find<QComboBox>("datasetCombo");
    QCOMPARE(combo->count(), 8);
    QVERIFY(combo->findText(kNewsItems) >= 0);
    QVERIFY(combo->findText(kRetailInteractions) >= 0);
    QVERIFY(m_app->window->windowTitle().contains(QStringLiteral("Sandbox")));
    // Every call is in the activity log, with its outcome and request id.
    auto *log = qobject_cast<ActivityLogModel *>(m_app->window->activityLogDock()->view()->model());
    QVERIFY(log->rowCount() >= 4);
    // The caller's identity may be asked for at the same time as the groups.
    const int first =
        log->index(0, ActivityLogModel::Operation).data().toString() == u"GetCallerIdentity" ? 1
                                                                                             : 0;
    QCOMPARE(log->index(first, ActivityLogModel::Operation).data().toString(),
             QStringLiteral("ListDatasetGroups"));
    QCOMPARE(log->index(first, ActivityLogModel::Outcome).data().toString(), QStringLiteral("OK"));
    QVERIFY(!log->index(first, ActivityLogModel::RequestId).data().toString().isEmpty());
}

void TestMainWindow::incrementalFollowsTheDatasetHistory()
{
    auto *mode = m_app->find<QComboBox>("importModeCombo");
    auto *model = qobject_cast<QStandardItemModel *>(mode->model());
    const int incremental = mode->findData(QStringLiteral("INCREMENTAL"));
    auto *modeMessage = m_app->find<FieldMessage>("importModeMessage");
    auto *metrics = m_app->find<QCheckBox>("publishMetricsCheck");
    QVERIFY(!model->item(incremental)->isEnabled());

    pickDataset(kNewsItems);
    QTRY_VERIFY(modeMessage->text().contains(QStringLiteral("no finished FULL import")));
    QVERIFY(!model->item(incremental)->isEnabled());
    // The group's metric attribution is looked up by its own request.
    auto *metricsMessage = m_app->find<FieldMessage>("publishMetricsMessage");
    QTRY_VERIFY(metricsMessage->text().contains(QStringLiteral("no metric attribution")));
    QVERIFY(!metrics->isEnabled());

    pickDataset(kRetailInteractions);
    QTRY_VERIFY(model->item(incremental)->isEnabled());
    QVERIFY(!modeMessage->isVisible());
    QTRY_VERIFY(metrics->isEnabled());
    QCOMPARE(m_app->app->validationContext().datasetHasFinishedBulkImport, true);
}

void TestMainWindow::submitByKeyboardListsTheJob()
{
    auto *name = m_app->find<QLineEdit>("jobNameEdit");
    name->setFocus();
    QTest::keyClicks(name, QStringLiteral("gui-first-import"));
    pickDataset(kRetailInteractions);
    QTest::keyClicks(m_app->find<QLineEdit>("dataLocationEdit"),
                     QStringLiteral("s3://importdesk-demo-retail-shop/interactions.csv"));
    QTest::keyClicks(m_app->find<QComboBox>("roleCombo"),
                     QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read"));
    auto *submit = m_app->find<QPushButton>("submitButton");
    QTRY_VERIFY(submit->isEnabled());

    QTest::keyClick(name, Qt::Key_Return, Qt::ControlModifier);
    // Through the outbox into the jobs table, where the new job is selected.
    JobsPanel *panel = m_app->window->jobsPanel();
    QTRY_VERIFY(panel->selectedJob().has_value());
    const JobRecord job = *panel->selectedJob();
    QCOMPARE(job.name, QStringLiteral("gui-first-import"));
    QVERIFY(job.arn.endsWith(QStringLiteral(":dataset-import-job/gui-first-import")));
    auto *result = m_app->find<FieldMessage>("resultMessage");
    QCOMPARE(result->kind(), FieldMessage::Kind::Success);
    QVERIFY(result->text().contains(job.arn));
    // The name is used; the rest stays for the next import, and the role is remembered.
    QCOMPARE(name->text(), QString());
    QCOMPARE(m_app->form()->draft().dataLocation,
             QStringLiteral("s3://importdesk-demo-retail-shop/interactions.csv"));
    QCOMPARE(m_app->settings()->recentRoleArns(),
             QStringList{QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read")});
    QCOMPARE(m_app->server->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);
    // Typing the same name again is caught before sending.
    QTest::keyClicks(name, QStringLiteral("gui-first-import"));
    QTRY_VERIFY(m_app->find<FieldMessage>("jobNameMessage")->isVisible());
    QVERIFY(!submit->isEnabled());
}

void TestMainWindow::duplicateNameShowsTheServiceError()
{
    pickDataset(kRetailInteractions);
    QTRY_VERIFY(!m_app->app->isLoadingValidationFacts());
    // A colleague took the name 5 s ago, after the form learnt the dataset's job names.
    SandboxImportJob colleague;
    colleague.jobName = QStringLiteral("taken-by-a-colleague");
    colleague.datasetArn = m_app->form()->draft().datasetArn;
    colleague.dataLocation = QStringLiteral("s3://importdesk-demo-retail-shop/x.csv");
    colleague.status = QStringLiteral("CREATE PENDING");
    colleague.created = m_app->server->now().addSecs(-5);
    QVERIFY(m_app->server->state().addJob(colleague));

    auto *name = m_app->find<QLineEdit>("jobNameEdit");
    QTest::keyClicks(name, QStringLiteral("taken-by-a-colleague"));
    QTest::keyClicks(m_app->find<QLineEdit>("dataLocationEdit"),
                     QStringLiteral("s3://importdesk-demo-retail-shop/new.csv"));
    const ImportJobDraft typed = m_app->form()->draft();
    QTRY_VERIFY(m_app->find<QPushButton>("submitButton")->isEnabled());
    QTest::mouseClick(m_app->find<QPushButton>("submitButton"), Qt::LeftButton);

    // A refusal, never mistaken for this submission's own job.
    auto *result = m_app->find<FieldMessage>("resultMessage");
    QTRY_COMPARE(result->kind(), FieldMessage::Kind::Error);
    QVERIFY2(result->text().contains(QStringLiteral("ResourceAlreadyExistsException")),
             qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("Request ID: ")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("Choose another job name")),
             qPrintable(result->text()));
    QCOMPARE(m_app->form()->draft(), typed);
    QCOMPARE(name->text(), QStringLiteral("taken-by-a-colleague"));
    QVERIFY(name->isEnabled());
    SqliteJobStore store;
    QVERIFY(store.open(m_app->path(QStringLiteral("importdesk.sqlite"))).ok());
    const auto rows = store.allOutboxRows();
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->constFirst().state, OutboxState::Failed);
    QVERIFY(rows->constFirst().jobArn.isEmpty());
    // The form learns the name is taken and says so under the field.
    QTRY_VERIFY(m_app->find<FieldMessage>("jobNameMessage")->isVisible());
}

void TestMainWindow::draftSurvivesACrash()
{
    QTest::keyClicks(m_app->find<QLineEdit>("jobNameEdit"), QStringLiteral("half-typed"));
    pickDataset(kNewsItems);
    QTest::keyClicks(m_app->find<QLineEdit>("dataLocationEdit"),
                     QStringLiteral("s3://bucket/folder/"));
    m_app->form()->findChild<TagEditor *>()->pasteLines(QStringLiteral("team=data\n=orphan"));
    const ImportJobDraft typed = m_app->form()->draft();

    // The debounced save reaches the disk by itself, without a clean shutdown.
    const QString path = m_app->autosave()->filePath();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path) && !m_app->autosave()->isPending(), 5000);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto onDisk = DraftAutosave::fromJson(file.readAll());
    QVERIFY(onDisk);
    QCOMPARE(*onDisk, typed);

    m_app->closeWindow();
    m_app->openWindow();
    QVERIFY(m_app->waitUntilReady());
    QCOMPARE(m_app->form()->draft(), typed);
    QCOMPARE(m_app->find<QLineEdit>("jobNameEdit")->text(), QStringLiteral("half-typed"));
    QCOMPARE(m_app->find<QComboBox>("datasetCombo")->currentText(), kNewsItems);
    // Restored values are validated like typed ones.
    QTRY_VERIFY(m_app->find<FieldMessage>("tagsMessage")->isVisible());
}

void TestMainWindow::layoutAndRecentValuesAreRestored()
{
    m_app->window->resize(1150, 700);
    m_app->window->hideImportForm();
    QHeaderView *header = m_app->window->jobsPanel()->table()->horizontalHeader();
    header->moveSection(header->visualIndex(JobTableModel::FailureReasonColumn), 1);
    header->hideSection(JobTableModel::DatasetColumn);
    header->showSection(JobTableModel::UpdatedColumn);
    m_app->settings()->addRecentRoleArn(QStringLiteral("arn:aws:iam::111122223333:role/A"));
    m_app->window->close();
    m_app->closeWindow();

    m_app->openWindow();
    QVERIFY(m_app->waitUntilReady());
    QCOMPARE(m_app->window->size(), QSize(1150, 700));
    QVERIFY(m_app->window->formPane()->isHidden());
    header = m_app->window->jobsPanel()->table()->horizontalHeader();
    QCOMPARE(header->visualIndex(JobTableModel::FailureReasonColumn), 1);
    QVERIFY(header->isSectionHidden(JobTableModel::DatasetColumn));
    QVERIFY(!header->isSectionHidden(JobTableModel::UpdatedColumn));
    QVERIFY(header->isSectionHidden(JobTableModel::ModeColumn));
    QCOMPARE(m_app->find<QComboBox>("roleCombo")
                 ->findText(QStringLiteral("arn:aws:iam::111122223333:role/A")),
             0);

    // An open pane opens again, even after a crash.
    m_app->openForm();
    m_app->closeWindow();
    m_app->openWindow();
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QVERIFY(m_app->window->formPane()->isVisible());
}

void TestMainWindow::missingAndExpiredCredentialsAreExplained()
{
    m_app.reset();
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws")));
    QFile config(home.filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile nokeys]\nregion = eu-west-1\n\n"
                 "[profile sso-dev]\nsso_session = corp\nsso_account_id = 111122223333\n"
                 "sso_role_name = Importer\nregion = us-east-1\n\n"
                 "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
                 "sso_region = us-east-1\n");
    config.close();
    DesktopOptions options;
    options.session.environment = QProcessEnvironment();
    options.session.homeDir = home.path();
    options.placeFilesIn(home.path());
    options.profile = QStringLiteral("nokeys");
    const std::unique_ptr<DesktopApp> app = DesktopApp::create(options);
    MainWindow window(app.get());
    app->start();
    window.show();
    auto *status = window.findChild<FieldMessage *>(QStringLiteral("connectionStatus"));
    QTRY_COMPARE(status->kind(), FieldMessage::Kind::Error);
    QVERIFY2(status->text().contains(QStringLiteral("nokeys")), qPrintable(status->text()));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("sandboxBadge"))->isVisible());
    auto *profiles = window.connectionBar()->profileCombo();
    QCOMPARE(profiles->count(), 2);
    QCOMPARE(window.connectionBar()->regionCombo()->currentText(), QStringLiteral("eu-west-1"));

    // Switching to the IAM Identity Center profile says how to sign in.
    profiles->setFocus();
    profiles->setCurrentIndex(profiles->findText(QStringLiteral("sso-dev")));
    Q_EMIT profiles->activated(profiles->currentIndex());
    QTRY_VERIFY2(status->text().contains(QStringLiteral("aws sso login --profile sso-dev")),
                 qPrintable(status->text()));
    QCOMPARE(status->kind(), FieldMessage::Kind::Error);
    QCOMPARE(app->settings()->lastProfile(), QStringLiteral("sso-dev"));
    QVERIFY(!window.importForm()
                 ->findChild<QPushButton *>(QStringLiteral("submitButton"))
                 ->isEnabled());
    // The empty jobs table says why, and what to do.
    QTRY_COMPARE(window.jobsPanel()->emptyStateTitle(), QStringLiteral("Not connected"));
    QVERIFY(window.jobsPanel()->isShowingEmptyState());
}

// The window's first frame has no form in it; opened later, it holds what the app knew meanwhile.
void TestMainWindow::formIsBuiltWhenFirstOpened()
{
    GuiHarness harness;
    QVERIFY(harness.listening);
    // A draft from an earlier session, waiting on disk.
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("left-from-yesterday");
    harness.openWindow();
    harness.autosave()->schedule(draft);
    QVERIFY(harness.autosave()->flush());
    harness.closeWindow();
    harness.openWindow();
    MainWindow *window = harness.window.get();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE(harness.connection()->state(), ConnectionManager::State::Ready);
    QTRY_COMPARE(harness.app->catalog()->datasets().size(), 8);
    QVERIFY(!window->isImportFormBuilt());
    QVERIFY(!window->findChild<QComboBox *>(QStringLiteral("datasetCombo")));

    // Ctrl+Return before the form exists opens it and checks what it holds.
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(window->isImportFormBuilt());
    QVERIFY(window->formPane()->isVisible());
    ImportForm *form = window->importForm();
    QCOMPARE(form->draft().jobName, draft.jobName);
    auto *combo = form->findChild<QComboBox *>(QStringLiteral("datasetCombo"));
    QCOMPARE(combo->count(), 8);
    // File -> Submit is the form's own action now, enabled as the form decides.
    const QList<QAction *> fileActions =
        window->menuBar()->actions().constFirst()->menu()->actions();
    QVERIFY(fileActions.contains(form->submitAction()));
    QCOMPARE(std::count_if(fileActions.cbegin(), fileActions.cend(),
                           [](const QAction *action) {
                               return action->text() == MainWindow::tr("Submit import job");
                           }),
             1);
}

void TestMainWindow::preferencesApplyAtOnce()
{
    MainWindow *window = m_app->window.get();
    auto *action = window->findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window->findChild<QDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // The sandbox has one profile and Region: those choices wait for a real connection.
    QVERIFY(!m_app->find<QComboBox>("defaultProfileCombo")->isEnabled());
    QCOMPARE(m_app->find<FieldMessage>("connectionNote")->kind(), FieldMessage::Kind::Info);

    auto *attempts = m_app->find<QSpinBox>("maxAttemptsSpin");
    QCOMPARE(attempts->value(), 3);
    attempts->setFocus();
    QTest::keyClick(attempts, Qt::Key_Up);
    QTest::keyClick(attempts, Qt::Key_Up);
    QCOMPARE(m_app->settings()->maxAttempts(), 5);
    QTRY_COMPARE(m_app->connection()->session()->configuration().maxAttempts, 5);
    QVERIFY(m_app->find<FieldMessage>("retryNote")->text().isEmpty());

    auto *poll = m_app->find<QSpinBox>("pollSecondsSpin");
    poll->setValue(300);
    QCOMPARE(m_app->app->jobs()->trackerIntervals().longRunning, std::chrono::seconds(300));

    auto *notifications = m_app->find<QCheckBox>("notificationsCheck");
    QVERIFY(notifications->isChecked());
    QTest::mouseClick(notifications, Qt::LeftButton, {}, QPoint(8, notifications->height() / 2));
    QVERIFY(!m_app->settings()->notifications());

    // Another language: stored, and a restart is offered.
    auto *language = m_app->find<QComboBox>("languageCombo");
    auto *restart = m_app->find<QPushButton>("restartButton");
    QVERIFY(!restart->isVisible());
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    Q_EMIT language->activated(language->currentIndex());
    QCOMPARE(m_app->settings()->language(), QStringLiteral("fr"));
    QVERIFY(restart->isVisible());
    QVERIFY2(m_app->find<FieldMessage>("languageNote")->text().contains(u"next start"),
             qPrintable(m_app->find<FieldMessage>("languageNote")->text()));
    QSignalSpy restarts(window, &MainWindow::restartRequested);
    QTest::mouseClick(restart, Qt::LeftButton);
    QCOMPARE(restarts.count(), 1);
    QTRY_VERIFY(!window->findChild<QDialog *>(QStringLiteral("preferencesDialog")));

    // Opened again, it shows what was chosen; Restore Defaults puts everything back.
    window->showPreferences();
    QCOMPARE(m_app->find<QSpinBox>("maxAttemptsSpin")->value(), 5);
    auto *box = m_app->find<QDialog>("preferencesDialog")->findChild<QDialogButtonBox *>();
    box->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(m_app->settings()->maxAttempts(), 3);
    QCOMPARE(m_app->settings()->language(), QString());
    QVERIFY(m_app->settings()->notifications());
    QCOMPARE(m_app->find<QSpinBox>("pollSecondsSpin")->value(), 60);
}

void TestMainWindow::newImportOpensThePaneAndEscapeClosesIt()
{
    MainWindow *window = m_app->window.get();
    QDockWidget *pane = window->formPane();
    window->hideImportForm();
    QVERIFY(!pane->isVisible());
    QVERIFY(!m_app->settings()->formPaneVisible());
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Ctrl+N opens it with the cursor in the job name, whatever has the focus.
    auto *name = m_app->find<QLineEdit>("jobNameEdit");
    QTest::keyClick(window->jobsPanel()->table(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(pane->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QVERIFY(m_app->settings()->formPaneVisible());
    QTest::keyClicks(name, QStringLiteral("kept"));

    // Escape in the pane closes it and returns to the jobs; the draft is kept.
    QTest::keyClick(name, Qt::Key_Escape);
    QVERIFY(!pane->isVisible());
    QVERIFY(!m_app->settings()->formPaneVisible());
    QVERIFY(window->jobsPanel()->isAncestorOf(QApplication::focusWidget()));
    QCOMPARE(m_app->form()->draft().jobName, QStringLiteral("kept"));

    // The File menu and the toolbar have the action; the pane has a close button.
    QVERIFY(window->jobsPanel()->toolBar()->actions().contains(window->newImportAction()));
    auto *jobsToolBarButton =
        window->jobsPanel()->toolBar()->widgetForAction(window->newImportAction());
    QVERIFY(jobsToolBarButton && jobsToolBarButton->isVisible());
    QTest::mouseClick(jobsToolBarButton, Qt::LeftButton);
    QVERIFY(pane->isVisible());
    auto *close = pane->findChild<QAbstractButton *>(QStringLiteral("qt_dockwidget_closebutton"));
    QVERIFY(close && close->isVisible());
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(!pane->isVisible());
    QVERIFY(!m_app->settings()->formPaneVisible());
}

void TestMainWindow::tabWalksFormJobsDetailsAndLog()
{
    MainWindow *window = m_app->window.get();
    JobsPanel *panel = window->jobsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->table()->model()->rowCount() > 0, 10000);
    QTRY_VERIFY(m_app->window->activityLogDock()->view()->model()->rowCount() > 0);
    QVERIFY(panel->selectJob(
        panel->table()->model()->index(0, 0).data(JobTableModel::ArnRole).toString()));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    auto *first = m_app->find<QLineEdit>("jobNameEdit");
    first->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), first);
    QWidget *table = panel->table();
    QWidget *details = panel->detailsPane();
    QWidget *log = window->activityLogDock()->view();
    QWidget *tags = m_app->find<QWidget>("tagTable");
    QStringList walk;
    int formAt = -1;
    int tableAt = -1;
    int detailsAt = -1;
    int logAt = -1;
    bool cycled = false;
    for (int step = 1; step <= 150; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        walk << (focus->objectName().isEmpty()
                     ? QString::fromLatin1(focus->metaObject()->className())
                     : focus->objectName());
        if (focus == first) {
            cycled = true;
            break;
        }
        if (window->importForm()->isAncestorOf(focus) && formAt < 0)
            formAt = step;
        if (focus == table) {
            QVERIFY2(tableAt < 0, qPrintable(walk.join(u' ')));
            tableAt = step;
        }
        if (details->isAncestorOf(focus) && detailsAt < 0)
            detailsAt = step;
        if (focus == log) {
            QVERIFY2(logAt < 0, qPrintable(walk.join(u' ')));
            logAt = step;
        }
        // Each table is one stop: the next Tab leaves it.
        if (walk.size() >= 2 && (focus == table || focus == log || focus == tags))
            QVERIFY2(walk.at(walk.size() - 2) != walk.last(), qPrintable(walk.join(u' ')));
    }
    const QString order = walk.join(u' ');
    QVERIFY2(cycled, qPrintable(order));
    QVERIFY2(formAt > 0 && tableAt > formAt, qPrintable(order));
    QVERIFY2(detailsAt > tableAt, qPrintable(order));
    QVERIFY2(logAt > detailsAt, qPrintable(order));
    QVERIFY2(walk.contains(QStringLiteral("tagTable")), qPrintable(order));
}

void TestMainWindow::screenReaderReadsTheTables()
{
    JobsPanel *panel = m_app->window->jobsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->table()->model()->rowCount() > 0, 10000);
    QTRY_COMPARE(m_app->app->jobs()->catchUpRemaining(), 0);
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(panel->table()),
          static_cast<QAbstractItemView *>(m_app->window->activityLogDock()->view())}) {
        const ScreenReader::Reading reading = ScreenReader::read(view);
        QVERIFY2(reading.warnings.isEmpty(), qPrintable(reading.warnings.join(u'\n')));
        QCOMPARE(reading.misplaced, 0);
        QCOMPARE(reading.cells, view->model()->rowCount() * view->model()->columnCount());
    }
}

void TestMainWindow::fieldsAndButtonsAreNamed()
{
    // The text fields inside the combos and the scroll area have names of their own.
    QCOMPARE(m_app->find<QComboBox>("datasetCombo")->lineEdit()->accessibleName(),
             QStringLiteral("Dataset"));
    QCOMPARE(m_app->find<QComboBox>("roleCombo")->lineEdit()->accessibleName(),
             QStringLiteral("IAM role ARN"));
    QVERIFY(!m_app->find<QScrollArea>("formScroll")->accessibleName().isEmpty());
    for (const char *name : {"copyCliButton", "saveJsonButton", "loadJsonButton"})
        QVERIFY2(!m_app->find<QPushButton>(name)->toolTip().isEmpty(), name);
    // Jobs are named by the profile the connection bar shows.
    JobsPanel *panel = m_app->window->jobsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->table()->model()->rowCount() > 0, 10000);
    QVERIFY(panel->selectJob(
        panel->table()->model()->index(0, 0).data(JobTableModel::ArnRole).toString()));
    const QString region = panel->findChild<QLabel *>(QStringLiteral("detailsRegion"))->text();
    QVERIFY2(region.endsWith(u", profile sandbox"), qPrintable(region));
    QCOMPARE(m_app->window->connectionBar()->profile(), QStringLiteral("sandbox"));
}

// What AWS STS says about the credentials replaces the configuration's guess; a dataset of
// another account is flagged in the form.
void TestMainWindow::connectionBarShowsTheCaller()
{
    auto *account = m_app->find<QLabel>("accountLabel");
    const QString arn = u"arn:aws:iam::" + SandboxDefaults::kAccountId + u":user/sandbox-operator";
    ConnectionBar *bar = m_app->window->connectionBar();
    QTRY_COMPARE(bar->accountText(),
                 u"Account: " + SandboxDefaults::kAccountId + u" · user sandbox-operator");
    // Shortened to the room it has, never below the account itself.
    QVERIFY(account->text().startsWith(u"Account: " + SandboxDefaults::kAccountId));
    QCOMPARE(account->accessibleName(), bar->accountText());
    QVERIFY2(account->toolTip().contains(arn), qPrintable(account->toolTip()));
    QVERIFY(account->accessibleDescription().contains(arn));
    QCOMPARE(m_app->server->requestCount(QStringLiteral("GetCallerIdentity")), 1);

    auto *combo = m_app->find<QComboBox>("datasetCombo");
    auto *message = m_app->find<FieldMessage>("datasetMessage");
    pickDataset(kRetailInteractions);
    QTRY_VERIFY(!message->isVisible());
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(combo, Qt::Key_Delete);
    QTest::keyClicks(combo, QStringLiteral("arn:aws:personalize:us-east-1:444455556666:dataset/"
                                           "other-shop/INTERACTIONS"));
    QTRY_VERIFY(message->isVisible());
    QCOMPARE(message->kind(), FieldMessage::Kind::Warning);
    QVERIFY2(message->text().contains(u"belongs to the account 444455556666, but you are "
                                      u"signed in to the account " +
                                      SandboxDefaults::kAccountId),
             qPrintable(message->text()));
    QVERIFY(message->accessibleText().startsWith(u"Warning"));
}

// A role with mfa_serial: the window asks for the code, and the answer reaches the credential
// chain; Cancel fails the connection with a message that says why.
void TestMainWindow::mfaCodeIsAskedForInADialog()
{
    m_app.reset();
    auto app = std::make_unique<GuiHarness>();
    QVERIFY(app->listening);
    const QString home = app->path(QStringLiteral("home"));
    QVERIFY(QDir(home).mkpath(QStringLiteral(".aws")));
    QFile config(home + QStringLiteral("/.aws/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile guarded]\nrole_arn = arn:aws:iam::444455556666:role/Operator\n"
                 "source_profile = base\nmfa_serial = arn:aws:iam::444455556666:mfa/ops\n"
                 "region = us-east-1\n");
    config.close();
    QFile credentials(home + QStringLiteral("/.aws/credentials"));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write(
        "[base]\naws_access_key_id = " + QByteArray(SandboxDefaults::kAccessKeyId.data()) +
        "\naws_secret_access_key = " + QByteArray(SandboxDefaults::kSecretAccessKey.data()) + "\n");
    credentials.close();
    DesktopOptions options = app->options();
    options.sandbox = false;
    options.session = AwsSessionOptions();
    options.session.environment = QProcessEnvironment();
    // Personalize and STS both at the sandbox.
    options.session.environment.insert(QStringLiteral("AWS_ENDPOINT_URL"),
                                       app->server->url().toString());
    options.session.homeDir = home;
    options.profile = QStringLiteral("guarded");
    app->openWindow(options);
    QVERIFY(QTest::qWaitForWindowExposed(app->window.get()));

    MfaCodeDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = app->window->findChild<MfaCodeDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->isModal());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("mfaIntro"))->text().contains(u"“guarded”"));
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("mfaDevice"))->text(),
             QStringLiteral("arn:aws:iam::444455556666:mfa/ops"));
    QCOMPARE(app->connection()->state(), ConnectionManager::State::Checking);
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("mfaOk"));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("12x"));
    QCOMPARE(dialog->codeEdit()->text(), QStringLiteral("12")); // digits only
    QVERIFY(!ok->isEnabled());
    QVERIFY2(dialog->message().contains(u"6 digits"), qPrintable(dialog->message()));
    QTest::keyClick(dialog->codeEdit(), Qt::Key_Return); // refused while incomplete
    QVERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("3456"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_COMPARE(app->connection()->state(), ConnectionManager::State::Ready);
    QCOMPARE(app->server->requestCount(QStringLiteral("AssumeRole")), 1);
    QTRY_COMPARE(app->connection()->callerArn(),
                 QStringLiteral("arn:aws:sts::444455556666:assumed-role/Operator/") +
                     app->connection()->callerArn().section(u'/', -1));
    QTRY_VERIFY(app->window->connectionBar()->accountText().contains(u"role Operator"));

    // Choosing the profile again while the question is open replaces the question.
    app->app->connectTo(QStringLiteral("guarded"), QStringLiteral("us-east-1"));
    QTRY_VERIFY((dialog = app->window->findChild<MfaCodeDialog *>()) && dialog->isVisible());
    const QPointer<MfaCodeDialog> stale = dialog;
    app->app->connectTo(QStringLiteral("guarded"), QStringLiteral("us-east-1"));
    QTRY_VERIFY(!stale);
    QTRY_COMPARE(app->window->findChildren<MfaCodeDialog *>().size(), 1);

    // Cancel: the connection fails and says the code was not given.
    dialog = app->window->findChild<MfaCodeDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("mfaCancel")),
                      Qt::LeftButton);
    auto *status = app->find<FieldMessage>("connectionStatus");
    QTRY_COMPARE(app->connection()->state(), ConnectionManager::State::Failed);
    QTRY_VERIFY2(status->text().contains(u"No MFA code was entered for the profile \"guarded\""),
                 qPrintable(status->text()));
    QCOMPARE(app->server->requestCount(QStringLiteral("AssumeRole")), 1);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
