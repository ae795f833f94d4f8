#include "ui/mainwindow.h"

#include "aws/ssodeviceauthorization.h"
#include "desktop/activitylog.h"
#include "desktop/appsettings.h"
#include "desktop/connectionmanager.h"
#include "desktop/datasetcatalog.h"
#include "desktop/desktopapp.h"
#include "desktop/draftautosave.h"
#include "desktop/storedkeys.h"
#include "jobs/jobscontroller.h"
#include "jobs/submissionservice.h"
#include "ui/activitylogdock.h"
#include "ui/connectionbar.h"
#include "ui/importform.h"
#include "ui/jobdetailspane.h"
#include "ui/jobspanel.h"
#include "ui/mfacodedialog.h"
#include "ui/newprofiledialog.h"
#include "ui/preferencesdialog.h"
#include "ui/ssosignindialog.h"
#include "ui/storedkeysdialog.h"
#include "ui/translations.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWindow>

#include <chrono>

MainWindow::MainWindow(DesktopApp *app, QWidget *parent)
    : QMainWindow(parent)
    , m_app(app)
    , m_connectionBar(new ConnectionBar(this))
    , m_jobsPanel(new JobsPanel(app->jobs()->model(), this))
    , m_formDock(new QDockWidget(tr("New import"), this))
    , m_activityDock(new ActivityLogDock(app->activityLog(), this))
    , m_endpointLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(app->isSandbox() ? tr("Import Desk — Sandbox") : tr("Import Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/importdesk.svg")));

    // The jobs are the main area; the form is a pane at the right, the full height of the
    // window, that opens for a new import and closes when done.
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_connectionBar);
    layout->addWidget(m_jobsPanel, 1);
    setCentralWidget(central);
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    m_formDock->setObjectName(QStringLiteral("formPane"));
    m_formDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_formDock);
    m_formDock->hide();
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);

    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setText(tr("Job history not saved"));
    m_storeLabel->setToolTip(app->storeProblem());
    m_storeLabel->setAccessibleDescription(app->storeProblem());
    m_storeLabel->setVisible(!app->storeProblem().isEmpty());
    statusBar()->addPermanentWidget(m_storeLabel);
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    statusBar()->addPermanentWidget(m_endpointLabel);

    createActions();
    bindConnection();
    bindForm();
    bindJobs();
    connect(m_app, &DesktopApp::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    if (!app->storeProblem().isEmpty())
        statusBar()->showMessage(app->storeProblem());

    m_connectionBar->setSandbox(m_app->isSandbox());
    onSessionChanged();
    resize(1280, 800);
    restoreLayout();
}

MainWindow::~MainWindow()
{
    // Closing the window is not the user closing the pane.
    disconnect(m_formDock->toggleViewAction(), nullptr, this, nullptr);
}

void MainWindow::createActions()
{
    m_newImportAction = new QAction(tr("&New import"), this);
    m_newImportAction->setObjectName(QStringLiteral("newImportAction"));
    m_newImportAction->setShortcut(QKeySequence::New);
    m_newImportAction->setToolTip(
        tr("Open the form for a new import job (%1)")
            .arg(m_newImportAction->shortcut().toString(QKeySequence::NativeText)));
    m_newImportAction->setIconText(tr("New import"));
    connect(m_newImportAction, &QAction::triggered, this, &MainWindow::showImportForm);
    addAction(m_newImportAction);
    m_jobsPanel->setNewImportAction(m_newImportAction);

    // Escape in the pane closes it; the draft stays for the next time it opens.
    auto *closeForm = new QAction(tr("Close the form"), m_formDock);
    closeForm->setObjectName(QStringLiteral("closeFormAction"));
    closeForm->setShortcut(QKeySequence(Qt::Key_Escape));
    closeForm->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(closeForm, &QAction::triggered, this, &MainWindow::hideImportForm);
    m_formDock->addAction(closeForm);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_newImportAction);
    // The form's own Submit takes this place once the form is built.
    m_submitPlaceholder = file->addAction(tr("Submit import job"), this, [this] {
        showImportForm();
        m_form->submitAction()->trigger();
    });
    m_submitPlaceholder->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QAction *generate =
        file->addAction(tr("&Generate a job name"), this, [this] { importForm()->generateName(); });
    generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    file->addSeparator();
    QAction *preferences = file->addAction(tr("P&references…"), this, &MainWindow::showPreferences);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    QAction *signIn = file->addAction(tr("Sign &in to IAM Identity Center…"), this,
                                      &MainWindow::signInToIdentityCenter);
    signIn->setObjectName(QStringLiteral("signInAction"));
    signIn->setEnabled(false);
    connect(m_app->connection(), &ConnectionManager::stateChanged, signIn,
            [this, signIn] { signIn->setEnabled(m_app->connection()->canSignIn()); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    createConnectionMenu();

    // Every job action, for the keyboard as much as for the mouse.
    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    jobs->setObjectName(QStringLiteral("jobsMenu"));
    jobs->addAction(m_jobsPanel->refreshAction());
    jobs->addSeparator();
    jobs->addAction(m_jobsPanel->cloneAction());
    jobs->addAction(m_jobsPanel->copyArnAction());
    jobs->addAction(m_jobsPanel->copyCliAction());
    jobs->addAction(m_jobsPanel->openConsoleAction());
    jobs->addSeparator();
    jobs->addAction(m_jobsPanel->editQueuedAction());
    jobs->addAction(m_jobsPanel->cancelQueuedAction());
    jobs->addSeparator();
    jobs->addAction(m_jobsPanel->exportCsvAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh =
        view->addAction(tr("&Refresh datasets"), m_app->catalog(), &DatasetCatalog::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    view->addMenu(m_jobsPanel->columnsMenu());
    QAction *pane = m_formDock->toggleViewAction();
    pane->setText(tr("New import &pane"));
    view->addAction(pane);
    QAction *log = m_activityDock->toggleViewAction();
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(log);
    connect(pane, &QAction::toggled, this,
            [this](bool visible) { m_app->settings()->setFormPaneVisible(visible); });
    // However the pane comes into view (this action, a restored layout), the form is in it.
    connect(m_formDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            importForm();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Import Desk"), this, [this] {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("About Import Desk"),
            tr("Import Desk %1\nCreates and follows Amazon Personalize dataset import jobs.")
                .arg(QStringLiteral(IMPORTDESK_VERSION)),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

ImportForm *MainWindow::importForm()
{
    if (!m_form)
        buildForm();
    return m_form;
}

void MainWindow::createConnectionMenu()
{
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->setObjectName(QStringLiteral("connectionMenu"));
    m_addAccessKeyAction = connection->addAction(tr("&Add access key…"), this, [this] {
        StoredKeysDialog::openKeyDialog(m_app->storedKeys(), this);
    });
    m_addAccessKeyAction->setObjectName(QStringLiteral("addAccessKeyAction"));
    m_storedKeysAction = connection->addAction(tr("&Stored keys…"), this, [this] {
        auto *dialog = new StoredKeysDialog(m_app->storedKeys(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_storedKeysAction->setObjectName(QStringLiteral("storedKeysAction"));
    connection->addSeparator();
    m_newProfileAction =
        connection->addAction(tr("&New profile…"), this, &MainWindow::showNewProfile);
    m_newProfileAction->setObjectName(QStringLiteral("newProfileAction"));
    // The sandbox has its own fixed keys and no profiles.
    m_addAccessKeyAction->setEnabled(!m_app->isSandbox());
    m_storedKeysAction->setEnabled(!m_app->isSandbox());
    m_newProfileAction->setEnabled(!m_app->isSandbox());
}

void MainWindow::showNewProfile()
{
    ConnectionManager *connection = m_app->connection();
    auto *dialog = new NewProfileDialog(
        connection->profiles(), connection->ssoSessions(), ConnectionManager::regions(),
        connection->configFilePath(),
        [this](const NewProfile &profile) -> QString {
            const auto written = m_app->connection()->writeProfile(profile);
            if (!written)
                return written.error();
            statusBar()->showMessage(tr("Profile “%1” written to %2.")
                                         .arg(profile.name, m_app->connection()->configFilePath()),
                                     10000);
            // Listed at once; chosen when no job is being sent.
            if (m_form && m_form->isBusy()) {
                ConnectionManager *current = m_app->connection();
                m_connectionBar->setProfiles(current->profiles(), current->profile());
                updateStoredKeyEntries();
            } else {
                m_app->connectTo(profile.name, profile.region.isEmpty() ? m_connectionBar->region()
                                                                        : profile.region);
            }
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::bindStoredKeys()
{
    StoredKeys *keys = m_app->storedKeys();
    connect(m_connectionBar, &ConnectionBar::storedKeyRequested, m_app,
            &DesktopApp::connectWithStoredKey);
    connect(keys, &StoredKeys::changed, this, [this] {
        ConnectionManager *connection = m_app->connection();
        if (!m_app->isSandbox()) {
            m_connectionBar->setProfiles(connection->profiles(), connection->profile());
        }
        updateStoredKeyEntries();
    });
    connect(keys, &StoredKeys::saved, this, [this](const QString &name, const QString &warning) {
        if (!warning.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Key kept for this session only"),
                                        warning, QMessageBox::Close, this);
            box->setObjectName(QStringLiteral("keychainWarningBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        statusBar()->showMessage(
            warning.isEmpty() ? tr("The key “%1” is stored in the system keychain.").arg(name)
                              : warning,
            10000);
        // A key just added or replaced is the one to use, unless a job is being sent.
        if (!m_app->isSandbox() && !(m_form && m_form->isBusy()))
            m_app->connectWithStoredKey(name, m_connectionBar->region());
    });
    connect(keys, &StoredKeys::failed, this,
            [this](const QString &, const QString &message) { statusBar()->showMessage(message); });
}

void MainWindow::updateStoredKeyEntries()
{
    if (m_app->isSandbox())
        return;
    m_connectionBar->setStoredKeys(m_app->storedKeys()->names(), m_app->connection()->storedKey());
}

void MainWindow::showImportForm()
{
    importForm();
    m_formDock->show();
    m_formDock->raise();
    m_form->focusJobName();
}

void MainWindow::showPreferences()
{
    if (!m_preferences) {
        auto *dialog = new PreferencesDialog(m_app, Translations::currentLanguage(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &PreferencesDialog::restartRequested, this, &MainWindow::restartRequested);
        m_preferences = dialog;
    }
    m_preferences->show();
    m_preferences->raise();
    m_preferences->activateWindow();
}

void MainWindow::hideImportForm()
{
    m_formDock->hide();
    m_jobsPanel->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::bindConnection()
{
    // A role with mfa_serial: the code is asked for in a window-modal dialog, answered later.
    m_app->setMfaCodePrompt(
        [window = QPointer<MainWindow>(this)](const QString &profile, const QString &serial,
                                              std::function<void(std::optional<QString>)> answer) {
            if (!window) {
                answer(std::nullopt);
                return;
            }
            auto *dialog = new MfaCodeDialog(profile, serial, window);
            connect(dialog, &MfaCodeDialog::answered, window,
                    [answer](const std::optional<QString> &code) { answer(code); });
            // Another profile or region was chosen meanwhile: nobody waits for this code.
            connect(window->m_app, &DesktopApp::sessionChanged, dialog, &MfaCodeDialog::reject);
            dialog->open();
        });
    ConnectionManager *connection = m_app->connection();
    connect(m_connectionBar, &ConnectionBar::connectionRequested, m_app, &DesktopApp::connectTo);
    connect(m_app, &DesktopApp::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(connection, &ConnectionManager::stateChanged, this,
            [this](ConnectionManager::State state, const QString &message) {
                const ConnectionBar::Status status =
                    state == ConnectionManager::State::Ready    ? ConnectionBar::Status::Ready
                    : state == ConnectionManager::State::Failed ? ConnectionBar::Status::Failed
                                                                : ConnectionBar::Status::Checking;
                m_connectionBar->setStatus(status, message);
                m_connectionBar->setSignInAvailable(m_app->connection()->canSignIn());
                if (m_form)
                    m_form->setConnectionReady(state == ConnectionManager::State::Ready);
            });
    connect(m_connectionBar, &ConnectionBar::signInRequested, this,
            &MainWindow::signInToIdentityCenter);
    connect(m_app, &DesktopApp::accountChanged, m_connectionBar, &ConnectionBar::setAccountId);
    connect(connection, &ConnectionManager::callerIdentityChanged, this, [this, connection] {
        m_connectionBar->setCaller(connection->callerName(), connection->callerArn());
    });
    bindStoredKeys();
}

void MainWindow::signInToIdentityCenter()
{
    ConnectionManager *connection = m_app->connection();
    if (!connection->canSignIn())
        return;
    // One sign-in at a time: a new one replaces the window of the previous.
    if (auto *previous = findChild<SsoSignInDialog *>())
        previous->close();
    const QString profile = connection->profile();
    SsoDeviceAuthorization *flow = connection->signIn();
    if (!flow)
        return;
    auto *dialog = new SsoSignInDialog(profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(flow, &SsoDeviceAuthorization::codeReady, dialog, [dialog](const SsoUserCode &code) {
        dialog->showCode(code.userCode, code.verificationUri, code.verificationUriComplete);
    });
    connect(flow, &SsoDeviceAuthorization::failed, dialog, &SsoSignInDialog::showFailure);
    connect(flow, &SsoDeviceAuthorization::signedIn, dialog, &QDialog::accept);
    connect(dialog, &QDialog::rejected, flow, &SsoDeviceAuthorization::cancel);
    dialog->show();
}

void MainWindow::bindForm()
{
    DatasetCatalog *catalog = m_app->catalog();
    connect(catalog, &DatasetCatalog::datasetsChanged, this, [this, catalog] {
        if (m_form)
            m_form->setDatasets(catalog->datasets());
        if (!catalog->datasets().isEmpty())
            statusBar()->showMessage(tr("Datasets found: %1.").arg(catalog->datasets().size()),
                                     5000);
    });
    connect(catalog, &DatasetCatalog::datasetsFailed, this, [this](const AwsError &error) {
        statusBar()->showMessage(tr("The datasets could not be listed: %1").arg(error.summary()));
    });
    connect(catalog, &DatasetCatalog::factsFailed, this,
            [this](const QString &, const AwsError &error) {
                statusBar()->showMessage(
                    tr("The dataset's import history could not be read: %1").arg(error.summary()));
            });
    connect(m_app, &DesktopApp::validationContextChanged, this, [this] {
        if (m_form)
            m_form->setValidationContext(m_app->validationContext(),
                                         m_app->isLoadingValidationFacts());
    });
    connect(m_app->autosave(), &DraftAutosave::saveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    // What the app answers about a submission comes from the form, which exists by then.
    connect(m_app, &DesktopApp::submitted, this,
            [this](const QString &arn, const CreateDatasetImportJobRequest &request) {
                onSubmitted(arn, request.jobName);
            });
    connect(m_app, &DesktopApp::regionFull, this,
            [this](const AwsError &error, const CreateDatasetImportJobRequest &,
                   const QString &region) {
                m_connectionBar->setLocked(false);
                importForm()->offerQueue(region, SubmissionService::kMaxRunningImports, error);
                statusBar()->showMessage(
                    tr("Not sent: %1 runs as many imports as allowed. The job can be queued.")
                        .arg(region));
            });
    connect(m_app, &DesktopApp::queued, this,
            [this](const QString &rowKey, const CreateDatasetImportJobRequest &request) {
                updateRecents();
                importForm()->showQueued(request.jobName, m_app->connection()->region());
                m_jobsPanel->selectJob(rowKey);
                statusBar()->showMessage(tr("Import job “%1” queued.").arg(request.jobName), 8000);
            });
    connect(m_app, &DesktopApp::submitFailed, this, [this](const AwsError &error) {
        m_connectionBar->setLocked(false);
        importForm()->showSubmitError(error);
        statusBar()->showMessage(tr("The import job was not created: %1").arg(error.summary()));
    });
}

// The form comes up as if it had been there all along: the connection, the datasets, the
// validation facts and the recent values the app holds now, and the draft of the last session.
void MainWindow::buildForm()
{
    m_form = new ImportForm(m_formDock);
    m_formDock->setWidget(m_form);

    connect(m_form, &ImportForm::datasetChanged, m_app, &DesktopApp::selectDataset);
    DraftAutosave *autosave = m_app->autosave();
    connect(m_form, &ImportForm::draftChanged, autosave, &DraftAutosave::schedule);
    connect(m_form, &ImportForm::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_form, &ImportForm::submitRequested, this, [this](const ImportJobDraft &draft) {
        if (!m_app->submit(draft, m_form->dataCheckReport()))
            return;
        m_form->setBusy(true);
        m_connectionBar->setLocked(true);
        statusBar()->showMessage(tr("Sending the import job…"));
    });
    connect(m_form, &ImportForm::dataCheckRequested, m_app, &DesktopApp::startDataCheck);
    connect(m_form, &ImportForm::dataCheckCancelled, m_app, &DesktopApp::cancelDataCheck);
    connect(m_app, &DesktopApp::dataCheckStarted, m_form, &ImportForm::showDataCheckStarted);
    connect(m_app, &DesktopApp::dataCheckFinished, m_form, &ImportForm::showDataCheckReport);
    connect(m_form, &ImportForm::queueRequested, this, [this](const ImportJobDraft &draft) {
        const auto queued = m_app->enqueue(draft, m_form->dataCheckReport());
        if (!queued.ok()) {
            m_form->showSubmitError(AwsError::make(AwsError::Kind::Configuration, queued.error()));
            statusBar()->showMessage(queued.error());
        }
    });

    // The form's Submit, with its enabled state, replaces the one that opened it.
    m_fileMenu->insertAction(m_submitPlaceholder, m_form->submitAction());
    m_fileMenu->removeAction(m_submitPlaceholder);
    m_submitPlaceholder->setEnabled(false);

    // Tab walks the form, the jobs (filters, table, details) and the log, then wraps to the
    // connection bar and the form again.
    QWidget::setTabOrder(m_form->findChild<QWidget *>(QStringLiteral("loadJsonButton")),
                         m_jobsPanel->findChild<QWidget *>(QStringLiteral("jobSearchEdit")));

    applySessionToForm();
    m_form->setConnectionReady(m_app->connection()->state() == ConnectionManager::State::Ready);
    m_form->setDatasets(m_app->catalog()->datasets());
    m_form->setValidationContext(m_app->validationContext(), m_app->isLoadingValidationFacts());
    updateRecents();
    if (const auto draft = autosave->restore())
        m_form->setDraft(*draft);
}

void MainWindow::bindJobs()
{
    JobsController *jobs = m_app->jobs();
    AppSettings *settings = m_app->settings();
    m_jobsPanel->restoreHeaderState(settings->jobsHeader());
    m_jobsPanel->restoreSplitterState(settings->jobsSplitter());

    connect(m_jobsPanel, &JobsPanel::cloneRequested, this,
            [this](const ImportJobDraft &draft, const QString &sourceName) {
                importForm()->setDraft(draft);
                showImportForm();
                statusBar()->showMessage(
                    tr("The form holds a copy of “%1” named “%2”.").arg(sourceName, draft.jobName),
                    8000);
            });
    connect(m_jobsPanel, &JobsPanel::refreshRequested, jobs, &JobsController::refreshNow);
    // A listing lacks the data location, role and metrics flag: describe once when shown.
    connect(m_jobsPanel, &JobsPanel::selectedJobChanged, jobs, &JobsController::fetchDetails);
    connect(m_jobsPanel, &JobsPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(jobs, &JobsController::jobFinished, this, &MainWindow::notifyFinished);
    connect(m_app, &DesktopApp::jobsActivityChanged, this, &MainWindow::updateJobsEmptyState);
    updateJobsEmptyState();
    // Jobs are shown under the profile's name as the connection bar has it.
    m_jobsPanel->detailsPane()->setProfileNamer([this](const QString &profile) {
        if (profile.startsWith(DesktopApp::kStoredKeyJobs))
            return tr("Stored key: %1").arg(profile.mid(DesktopApp::kStoredKeyJobs.size()));
        return m_app->isSandbox() ? tr("sandbox") : profile;
    });
    connect(jobs, &JobsController::unsentFound, this, &MainWindow::offerResubmission);

    connect(m_jobsPanel, &JobsPanel::cancelQueuedRequested, this, &MainWindow::confirmCancelQueued);
    connect(m_jobsPanel, &JobsPanel::editQueuedRequested, this, &MainWindow::editQueued);
    // A queued job that is sent stays selected as the job it became.
    connect(jobs, &JobsController::queuedJobSent, this,
            [this](const QString &queuedKey, const QString &jobArn) {
                const auto selected = m_jobsPanel->selectedJob();
                if (selected && selected->arn == queuedKey)
                    m_jobsPanel->selectJob(jobArn);
            });
}

void MainWindow::confirmCancelQueued(qint64 outboxId)
{
    const auto job = m_jobsPanel->selectedJob();
    const QString name = job ? job->name : QString();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove from the queue"),
                                tr("Remove “%1” from the queue? It has not been sent, so nothing "
                                   "is created; what it held is lost unless you edit it instead.")
                                    .arg(name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("cancelQueuedBox"));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Keep"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().constLast()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, outboxId, name](QAbstractButton *clicked) {
                if (clicked != remove)
                    return;
                // Sent meanwhile: the service says so and the row is a job now.
                const auto cancelled = m_app->cancelQueued(outboxId);
                statusBar()->showMessage(
                    cancelled.ok() ? tr("Import job “%1” removed from the queue.").arg(name)
                                   : cancelled.error(),
                    8000);
            });
    box->open();
}

// Out of the queue and into the form: it is sent only when submitted or queued from there, so
// a slot that frees meanwhile never sends the version being changed.
void MainWindow::editQueued(qint64 outboxId)
{
    if (m_form && m_form->isBusy()) {
        statusBar()->showMessage(
            tr("The form is sending an import job. Edit the queued one once it is answered."),
            10000);
        return;
    }
    const auto take = [this, outboxId] {
        const auto draft = m_app->takeQueued(outboxId);
        if (!draft.ok()) {
            statusBar()->showMessage(draft.error(), 10000);
            return;
        }
        m_form->setDraft(draft.value());
        showImportForm();
        statusBar()->showMessage(tr("“%1” is out of the queue and in the form: change it, then "
                                    "submit or queue it again.")
                                     .arg(draft.value().jobName),
                                 15000);
    };
    const ImportJobDraft current = importForm()->draft();
    if (!m_form->hasUnsentChanges()) {
        take();
        return;
    }
    // What the form holds would be replaced: ask first.
    const auto job = m_jobsPanel->selectedJob();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Replace the form"),
        tr("The form holds “%1”, which has not been submitted. Replace it with the queued job "
           "“%2”?")
            .arg(current.jobName.trimmed().isEmpty() ? tr("an unnamed job")
                                                     : current.jobName.trimmed(),
                 job ? job->name : QString()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("replaceFormBox"));
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box->addButton(tr("&Keep the Form"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().constLast()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [replace, take](QAbstractButton *clicked) {
        if (clicked == replace)
            take();
    });
    box->open();
}

void MainWindow::onSessionChanged()
{
    ConnectionManager *connection = m_app->connection();
    AwsSession *session = connection->session();
    applySessionToForm();
    m_connectionBar->setSandbox(m_app->isSandbox(),
                                session ? session->endpoint().toDisplayString() : QString());
    m_connectionBar->setProfiles(m_app->isSandbox() ? QStringList{tr("sandbox")}
                                                    : connection->profiles(),
                                 m_app->isSandbox() ? tr("sandbox") : connection->profile());
    updateStoredKeyEntries();
    m_connectionBar->setRegions(ConnectionManager::regions(), connection->region());
    m_connectionBar->setAccountId(m_app->accountId());
    m_connectionBar->setCaller(connection->callerName(), connection->callerArn());
    m_endpointLabel->setText(session ? tr("Endpoint: %1").arg(session->endpoint().toDisplayString())
                                     : tr("Not connected"));
}

void MainWindow::applySessionToForm()
{
    if (!m_form)
        return;
    ConnectionManager *connection = m_app->connection();
    AwsSession *session = connection->session();
    const QUrl custom = session && session->hasCustomEndpoint() ? session->endpoint() : QUrl();
    m_form->setConnection(connection->region(),
                          m_app->isSandbox() ? QString() : connection->profile(), custom);
}

// Why the table is empty, from what the app is doing.
void MainWindow::updateJobsEmptyState()
{
    JobsPanel::EmptyReason reason = JobsPanel::EmptyReason::NoJobs;
    switch (m_app->jobsActivity()) {
    case DesktopApp::JobsActivity::Idle:
        reason = JobsPanel::EmptyReason::NoJobs;
        break;
    case DesktopApp::JobsActivity::LoadingHistory:
        reason = JobsPanel::EmptyReason::LoadingHistory;
        break;
    case DesktopApp::JobsActivity::ListingDatasets:
        reason = JobsPanel::EmptyReason::ListingDatasets;
        break;
    case DesktopApp::JobsActivity::NotConnected:
        reason = JobsPanel::EmptyReason::NotConnected;
        break;
    }
    m_jobsPanel->setEmptyReason(reason, m_app->datasetsToList());
}

void MainWindow::updateRecents()
{
    if (!m_form)
        return;
    m_form->setRecentRoleArns(m_app->settings()->recentRoleArns());
    m_form->setRecentDataLocations(m_app->settings()->recentDataLocations());
}

void MainWindow::onSubmitted(const QString &arn, const QString &jobName)
{
    m_connectionBar->setLocked(false);
    updateRecents();
    importForm()->showSubmitted(jobName, arn);
    m_jobsPanel->selectJob(arn);
    statusBar()->showMessage(tr("Import job “%1” created.").arg(jobName), 8000);
}

void MainWindow::notifyFinished(const JobRecord &job)
{
    const bool failed = importJobStatusFromString(job.status) == ImportJobStatus::CreateFailed;
    const QString text = failed ? tr("Import job “%1” failed: %2").arg(job.name, job.failureReason)
                                : tr("Import job “%1” is active.").arg(job.name);
    statusBar()->showMessage(text, 15000);
    if (m_form)
        m_form->noteJobFinished(job.name, failed);
    if (!m_app->settings()->notifications())
        return;
    if (isActiveWindow() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Import Desk"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            activateWindow();
        });
    }
    m_tray->show();
    m_tray->showMessage(failed ? tr("Import failed") : tr("Import finished"), text,
                        failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

// Submissions from an earlier run whose job was never created: ask, without blocking.
void MainWindow::offerResubmission(const QList<OutboxEntry> &entries)
{
    if (entries.isEmpty())
        return;
    QStringList names;
    for (const OutboxEntry &entry : entries)
        names.append(entry.draft.jobName);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Submissions not sent"),
                                tr("These import jobs were submitted before Import Desk stopped, "
                                   "but the service never created them:\n\n%1\n\nSend them "
                                   "now?")
                                    .arg(names.join(u'\n')),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("resubmitBox"));
    QPushButton *send = box->addButton(tr("&Send again"), QMessageBox::AcceptRole);
    box->addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, send, entries](QAbstractButton *clicked) {
                SubmissionService *service = m_app->jobs()->submissions();
                if (!service)
                    return;
                for (const OutboxEntry &entry : entries) {
                    const auto done =
                        clicked == send ? service->resubmit(entry.id) : service->discard(entry.id);
                    if (!done)
                        statusBar()->showMessage(done.error(), 10000);
                }
            });
    box->open();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        updateWindowVisibility();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateWindowVisibility();
    if (!m_firstFrameAnnounced) {
        // The window is drawn when the window system exposes it, after this.
        if (QWindow *handle = windowHandle())
            handle->installEventFilter(this);
        // A window manager that never exposes it (shown minimised, on another desktop) does
        // not hold the rest back for long.
        QTimer::singleShot(std::chrono::seconds(1), this, &MainWindow::announceFirstFrame);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && watched == windowHandle() &&
        windowHandle()->isExposed()) {
        // Queued: the expose is handled (painted and flushed) before this runs.
        QMetaObject::invokeMethod(this, &MainWindow::announceFirstFrame, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::announceFirstFrame()
{
    if (m_firstFrameAnnounced)
        return;
    m_firstFrameAnnounced = true;
    if (QWindow *handle = windowHandle())
        handle->removeEventFilter(this);
    Q_EMIT firstFrameShown();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateWindowVisibility();
}

// The tracker polls less often while nobody looks.
void MainWindow::updateWindowVisibility()
{
    m_app->jobs()->setWindowVisible(isVisible() && !isMinimized());
}

void MainWindow::saveLayout()
{
    AppSettings *settings = m_app->settings();
    settings->setWindowGeometry(saveGeometry());
    settings->setWindowState(saveState());
    settings->setFormPaneVisible(!m_formDock->isHidden());
    settings->setJobsHeader(m_jobsPanel->headerState());
    settings->setJobsSplitter(m_jobsPanel->splitterState());
    settings->sync();
}

void MainWindow::restoreLayout()
{
    AppSettings *settings = m_app->settings();
    if (!settings->windowGeometry().isEmpty())
        restoreGeometry(settings->windowGeometry());
    if (!settings->windowState().isEmpty())
        restoreState(settings->windowState());
    else
        resizeDocks({m_activityDock}, {130}, Qt::Vertical);
    // The pane left open last time is in the first frame, and so is its form.
    if (settings->formPaneVisible())
        importForm();
    m_formDock->setVisible(settings->formPaneVisible());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_app->autosave()->flush();
    QMainWindow::closeEvent(event);
}
