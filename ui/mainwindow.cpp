#include "ui/mainwindow.h"

#include "desktop/activitylog.h"
#include "desktop/appsettings.h"
#include "desktop/connectionmanager.h"
#include "desktop/datasetcatalog.h"
#include "desktop/draftautosave.h"
#include "desktop/submission.h"
#include "jobs/jobscontroller.h"
#include "jobs/jobtracker.h"
#include "jobs/submissionservice.h"
#include "personalize/arn.h"
#include "personalize/personalizeclient.h"
#include "ui/activitylogdock.h"
#include "ui/connectionbar.h"
#include "ui/importform.h"
#include "ui/jobspanel.h"
#include "ui/submittedjobslist.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

MainWindow::MainWindow(ConnectionManager *connection, AppSettings *settings,
                       DraftAutosave *autosave, QWidget *parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_autosave(autosave)
    , m_catalog(new DatasetCatalog(this))
    , m_submitter(new ImportSubmitter(this))
    , m_activity(new ActivityLogModel(this))
    , m_connectionBar(new ConnectionBar(this))
    , m_form(new ImportForm(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_activityDock(new ActivityLogDock(m_activity, this))
    , m_endpointLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(connection->isSandbox() ? tr("Import Desk — Sandbox") : tr("Import Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/importdesk.svg")));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_form);
    m_splitter->setChildrenCollapsible(false);
    setJobsArea(new SubmittedJobsList(this));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_connectionBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    m_endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    statusBar()->addPermanentWidget(m_endpointLabel);

    createActions();

    // Connection.
    connect(m_connectionBar, &ConnectionBar::connectionRequested, this,
            [this](const QString &profile, const QString &region) {
                m_settings->setLastProfile(profile);
                m_settings->setLastRegion(region);
                m_connection->connectTo(profile, region);
            });
    connect(m_connection, &ConnectionManager::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(m_connection, &ConnectionManager::stateChanged, this,
            [this](ConnectionManager::State state, const QString &message) {
                const ConnectionBar::Status status =
                    state == ConnectionManager::State::Ready    ? ConnectionBar::Status::Ready
                    : state == ConnectionManager::State::Failed ? ConnectionBar::Status::Failed
                                                                : ConnectionBar::Status::Checking;
                m_connectionBar->setStatus(status, message);
                m_form->setConnectionReady(state == ConnectionManager::State::Ready);
                if (state == ConnectionManager::State::Ready && m_catalog->datasets().isEmpty() &&
                    !m_catalog->isLoading())
                    m_catalog->refresh();
            });
    connect(m_connection, &ConnectionManager::accountIdChanged, this, &MainWindow::updateAccount);
    connect(m_connection, &ConnectionManager::callFinished, m_activity, &ActivityLogModel::append);

    // Datasets and what the form knows about the chosen one.
    connect(m_catalog, &DatasetCatalog::datasetsChanged, this, [this] {
        m_form->setDatasets(m_catalog->datasets());
        updateAccount();
        if (!m_catalog->datasets().isEmpty())
            statusBar()->showMessage(tr("Datasets found: %1.").arg(m_catalog->datasets().size()),
                                     5000);
    });
    connect(m_catalog, &DatasetCatalog::datasetsFailed, this, [this](const AwsError &error) {
        statusBar()->showMessage(tr("The datasets could not be listed: %1").arg(error.summary()));
    });
    connect(m_catalog, &DatasetCatalog::factsFailed, this,
            [this](const QString &, const AwsError &error) {
                statusBar()->showMessage(
                    tr("The dataset's import history could not be read: %1").arg(error.summary()));
            });
    connect(m_catalog, &DatasetCatalog::contextChanged, this, [this] {
        m_form->setValidationContext(m_catalog->context(), m_catalog->isLoadingFacts());
    });
    connect(m_form, &ImportForm::datasetChanged, m_catalog, &DatasetCatalog::selectDataset);

    // Draft and submission.
    connect(m_form, &ImportForm::draftChanged, m_autosave, &DraftAutosave::schedule);
    connect(m_autosave, &DraftAutosave::saveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_form, &ImportForm::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_form, &ImportForm::submitRequested, this, [this](const ImportJobDraft &draft) {
        if (!m_submitter->submit(draft))
            return;
        m_form->setBusy(true);
        m_connectionBar->setLocked(true);
        statusBar()->showMessage(tr("Sending the import job…"));
    });
    connect(m_submitter, &ImportSubmitter::succeeded, this, &MainWindow::onSubmitted);
    connect(m_submitter, &ImportSubmitter::failed, this,
            [this](const AwsError &error, const CreateDatasetImportJobRequest &request) {
                m_connectionBar->setLocked(false);
                m_form->showSubmitError(error);
                statusBar()->showMessage(
                    tr("The import job was not created: %1").arg(error.summary()));
                // Someone else may have used the name meanwhile: refresh what the form knows.
                if (error.code == u"ResourceAlreadyExistsException")
                    m_catalog->reload(request.datasetArn);
            });

    m_form->setRecentRoleArns(m_settings->recentRoleArns());
    m_form->setRecentDataLocations(m_settings->recentDataLocations());
    if (const auto draft = m_autosave->restore())
        m_form->setDraft(*draft);

    resize(1280, 860);
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *submit = m_form->submitAction();
    file->addAction(submit);
    QAction *generate =
        file->addAction(tr("&Generate a job name"), m_form, &ImportForm::generateName);
    generate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh =
        view->addAction(tr("&Refresh datasets"), m_catalog, &DatasetCatalog::refresh);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *log = m_activityDock->toggleViewAction();
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(log);

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

void MainWindow::connectInitially(const QString &profile, const QString &region)
{
    m_connectionBar->setSandbox(m_connection->isSandbox());
    m_connection->connectTo(profile, region);
}

void MainWindow::setJobsController(JobsController *jobs)
{
    m_jobs = jobs;
    m_jobsPanel = new JobsPanel(jobs->model());
    m_jobsPanel->setObjectName(QStringLiteral("jobsPanel"));
    setJobsArea(m_jobsPanel);
    m_jobsPanel->restoreHeaderState(m_settings->jobsHeader());
    m_jobsPanel->restoreSplitterState(m_settings->jobsSplitter());

    connect(m_jobsPanel, &JobsPanel::cloneRequested, this, [this](const ImportJobDraft &draft) {
        m_form->setDraft(draft);
        m_form->setFocus();
        statusBar()->showMessage(
            tr("The form holds a copy of “%1” with a new name.").arg(draft.jobName), 8000);
    });
    connect(m_jobsPanel, &JobsPanel::refreshRequested, m_jobs, &JobsController::refreshNow);
    // A listing lacks the data location, role and metrics flag: describe once when shown.
    connect(m_jobsPanel, &JobsPanel::selectedJobChanged, m_jobs, &JobsController::fetchDetails);
    connect(m_form, &ImportForm::datasetChanged, m_jobs, [this](const QString &datasetArn) {
        const std::optional<Arn> arn = Arn::parse(datasetArn.trimmed());
        if (m_jobs && arn && arn->service == u"personalize" && arn->resourceType() == u"dataset" &&
            arn->region == m_connection->region())
            m_jobs->watchDataset(arn->toString());
    });
    connect(m_jobsPanel, &JobsPanel::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_jobs, &JobsController::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_jobs, &JobsController::jobFinished, this, &MainWindow::notifyFinished);
    connect(m_jobs, &JobsController::unsentFound, this, &MainWindow::offerResubmission);
    if (m_connection->client())
        onSessionChanged();
}

void MainWindow::notifyFinished(const JobRecord &job)
{
    const bool failed = importJobStatusFromString(job.status) == ImportJobStatus::CreateFailed;
    const QString text = failed ? tr("Import job “%1” failed: %2").arg(job.name, job.failureReason)
                                : tr("Import job “%1” is active.").arg(job.name);
    statusBar()->showMessage(text, 15000);
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
    if (entries.isEmpty() || !m_jobs)
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
                SubmissionService *service = m_jobs ? m_jobs->submissions() : nullptr;
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
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateWindowVisibility();
}

// The tracker polls less often while nobody looks.
void MainWindow::updateWindowVisibility()
{
    if (m_jobs)
        m_jobs->setWindowVisible(isVisible() && !isMinimized());
}

void MainWindow::onSessionChanged()
{
    PersonalizeClient *client = m_connection->client();
    m_catalog->setClient(client);
    m_submitter->setClient(client);
    if (m_jobs) {
        m_jobs->setConnection(client, m_connection->profile(), m_connection->region());
        m_submitter->setSubmissionService(m_jobs->submissions());
    }
    m_catalog->setRegion(m_connection->region());
    AwsSession *session = m_connection->session();
    const QUrl custom = session && session->hasCustomEndpoint() ? session->endpoint() : QUrl();
    m_form->setConnection(m_connection->region(),
                          m_connection->isSandbox() ? QString() : m_connection->profile(), custom);
    m_connectionBar->setSandbox(m_connection->isSandbox(),
                                session ? session->endpoint().toDisplayString() : QString());
    m_connectionBar->setProfiles(
        m_connection->isSandbox() ? QStringList{tr("sandbox")} : m_connection->profiles(),
        m_connection->isSandbox() ? tr("sandbox") : m_connection->profile());
    m_connectionBar->setRegions(ConnectionManager::regions(), m_connection->region());
    m_endpointLabel->setText(session ? tr("Endpoint: %1").arg(session->endpoint().toDisplayString())
                                     : tr("Not connected"));
    updateAccount();
}

void MainWindow::updateAccount()
{
    QString account = m_connection->accountId();
    if (account.isEmpty())
        account = m_catalog->accountId();
    m_connectionBar->setAccountId(account);
}

void MainWindow::onSubmitted(const QString &arn, const CreateDatasetImportJobRequest &request)
{
    m_connectionBar->setLocked(false);
    if (request.roleArn)
        m_settings->addRecentRoleArn(*request.roleArn);
    if (request.dataSource.dataLocation)
        m_settings->addRecentDataLocation(*request.dataSource.dataLocation);
    m_form->setRecentRoleArns(m_settings->recentRoleArns());
    m_form->setRecentDataLocations(m_settings->recentDataLocations());
    m_catalog->noteJobCreated(request.datasetArn, request.jobName);
    m_form->showSubmitted(request.jobName, arn);
    if (SubmittedJobsList *list = submittedJobsList())
        list->addJob(request.jobName, arn, QDateTime::currentDateTime());
    if (m_jobsPanel)
        m_jobsPanel->selectJob(arn);
    statusBar()->showMessage(tr("Import job “%1” created.").arg(request.jobName), 8000);
    Q_EMIT jobSubmitted(arn, request);
}

void MainWindow::setJobsArea(QWidget *area)
{
    if (!area || area == m_jobsArea)
        return;
    if (m_jobsArea) {
        QWidget *old = m_splitter->replaceWidget(1, area);
        delete old;
    } else {
        m_splitter->addWidget(area);
    }
    m_jobsArea = area;
}

SubmittedJobsList *MainWindow::submittedJobsList() const
{
    return qobject_cast<SubmittedJobsList *>(m_jobsArea.data());
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setMainSplitter(m_splitter->saveState());
    if (m_jobsPanel) {
        m_settings->setJobsHeader(m_jobsPanel->headerState());
        m_settings->setJobsSplitter(m_jobsPanel->splitterState());
    }
    m_settings->sync();
}

void MainWindow::restoreLayout()
{
    if (!m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    if (!m_settings->windowState().isEmpty())
        restoreState(m_settings->windowState());
    else
        resizeDocks({m_activityDock}, {150}, Qt::Vertical);
    if (!m_settings->mainSplitter().isEmpty())
        m_splitter->restoreState(m_settings->mainSplitter());
    else
        m_splitter->setSizes({760, 520});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_autosave->flush();
    QMainWindow::closeEvent(event);
}
