#include "desktop/desktopapp.h"

#include "desktop/activitylog.h"
#include "desktop/appsettings.h"
#include "desktop/connectionmanager.h"
#include "desktop/datasetcatalog.h"
#include "desktop/draftautosave.h"
#include "jobs/jobscontroller.h"
#include "jobs/memoryjobstore.h"
#include "jobs/submissionservice.h"
#include "jobstore/sqlitejobstore.h"
#include "personalize/arn.h"
#include "personalize/personalizeclient.h"

#include <QDir>
#include <QStandardPaths>

void DesktopOptions::placeFilesIn(const QString &folder)
{
    const QDir dir(folder);
    settingsFile = dir.filePath(QStringLiteral("importdesk.ini"));
    draftFile = dir.filePath(QStringLiteral("draft.json"));
    storeFile = dir.filePath(QStringLiteral("importdesk.sqlite"));
}

std::unique_ptr<DesktopApp> DesktopApp::create(const DesktopOptions &options)
{
    return std::unique_ptr<DesktopApp>(new DesktopApp(options));
}

DesktopApp::DesktopApp(const DesktopOptions &options)
    : m_options(options)
    , m_settings(std::make_unique<AppSettings>(options.settingsFile))
    , m_autosave(std::make_unique<DraftAutosave>(options.draftFile))
{
    openStore();
    m_connection = std::make_unique<ConnectionManager>(options.session);
    m_connection->setSandbox(options.sandbox);
    m_catalog = std::make_unique<DatasetCatalog>();
    m_activity = std::make_unique<ActivityLogModel>();
    m_jobs = std::make_unique<JobsController>(m_store.get());

    connect(m_connection.get(), &ConnectionManager::sessionChanged, this,
            &DesktopApp::onSessionChanged);
    connect(m_connection.get(), &ConnectionManager::stateChanged, this,
            &DesktopApp::onConnectionState);
    connect(m_connection.get(), &ConnectionManager::callFinished, m_activity.get(),
            &ActivityLogModel::append);
    connect(m_connection.get(), &ConnectionManager::accountIdChanged, this,
            [this] { Q_EMIT accountChanged(accountId()); });
    connect(m_catalog.get(), &DatasetCatalog::datasetsChanged, this,
            [this] { Q_EMIT accountChanged(accountId()); });
    connect(m_jobs.get(), &JobsController::problem, this, &DesktopApp::problem);

    connect(m_jobs.get(), &JobsController::submissionConfirmed, this,
            [this](const OutboxEntry &entry, const JobRecord &job) {
                if (entry.id != m_formSubmission)
                    return;
                const CreateDatasetImportJobRequest request = m_formRequest;
                finishSubmission();
                if (request.roleArn)
                    m_settings->addRecentRoleArn(*request.roleArn);
                if (request.dataSource.dataLocation)
                    m_settings->addRecentDataLocation(*request.dataSource.dataLocation);
                m_catalog->noteJobCreated(request.datasetArn, request.jobName);
                Q_EMIT submitted(job.arn, request);
            });
    connect(m_jobs.get(), &JobsController::submissionFailed, this,
            [this](const OutboxEntry &entry, const AwsError &error) {
                if (entry.id != m_formSubmission)
                    return;
                const CreateDatasetImportJobRequest request = m_formRequest;
                finishSubmission();
                // Someone else may have used the name meanwhile: refresh what the form knows.
                if (error.code == u"ResourceAlreadyExistsException")
                    m_catalog->reload(request.datasetArn);
                Q_EMIT submitFailed(error, request);
            });
    connect(m_jobs.get(), &JobsController::submissionUnresolved, this,
            [this](const OutboxEntry &entry, const AwsError &error) {
                if (entry.id != m_formSubmission)
                    return;
                const CreateDatasetImportJobRequest request = m_formRequest;
                finishSubmission();
                AwsError unresolved = error;
                unresolved.message +=
                    u' ' + tr("The job may have been created. The submission is kept and looked "
                              "up by name when Import Desk next connects; it is never sent "
                              "twice. Meanwhile, check the dataset's jobs before sending it "
                              "again.");
                Q_EMIT submitFailed(unresolved, request);
            });
}

DesktopApp::~DesktopApp()
{
    m_autosave->flush();
    m_settings->sync();
}

void DesktopApp::openStore()
{
    QString path = m_options.storeFile;
    if (path.isEmpty()) {
        const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        // Jobs seen on the sandbox are kept apart from real ones.
        path = m_options.sandbox ? data + QStringLiteral("/sandbox/importdesk.sqlite")
                                 : SqliteJobStore::defaultPath();
    }
    auto file = std::make_unique<SqliteJobStore>();
    const auto opened = file->open(path);
    if (opened.ok()) {
        m_store = std::move(file);
        return;
    }
    m_storeProblem = tr("%1 Jobs are kept only until Import Desk closes.").arg(opened.error());
    m_store = std::make_unique<MemoryJobStore>();
}

void DesktopApp::start()
{
    const QString profile =
        !m_options.profile.isEmpty() ? m_options.profile : m_settings->lastProfile();
    const QString region =
        !m_options.region.isEmpty() ? m_options.region : m_settings->lastRegion();
    m_connection->connectTo(profile, region);
}

void DesktopApp::connectTo(const QString &profile, const QString &region)
{
    m_settings->setLastProfile(profile);
    m_settings->setLastRegion(region);
    m_connection->connectTo(profile, region);
}

QString DesktopApp::accountId() const
{
    const QString account = m_connection->accountId();
    return account.isEmpty() ? m_catalog->accountId() : account;
}

void DesktopApp::onSessionChanged()
{
    if (m_formSubmission != 0) {
        // The old submission service is gone; its row is settled by the next reconciliation.
        const CreateDatasetImportJobRequest request = m_formRequest;
        finishSubmission();
        Q_EMIT submitFailed(AwsError::make(AwsError::Kind::Cancelled,
                                           tr("The connection changed while the job was being "
                                              "sent. Check the dataset's jobs before sending it "
                                              "again.")),
                            request);
    }
    PersonalizeClient *client = m_connection->client();
    m_catalog->setClient(client);
    m_catalog->setRegion(m_connection->region());
    m_jobs->setConnection(client, m_connection->profile(), m_connection->region());
    Q_EMIT sessionChanged();
    Q_EMIT accountChanged(accountId());
}

void DesktopApp::onConnectionState()
{
    if (m_connection->state() == ConnectionManager::State::Ready &&
        m_catalog->datasets().isEmpty() && !m_catalog->isLoading())
        m_catalog->refresh();
}

void DesktopApp::selectDataset(const QString &datasetArn)
{
    const QString arn = datasetArn.trimmed();
    m_catalog->selectDataset(arn);
    const std::optional<Arn> parsed = Arn::parse(arn);
    if (parsed && PersonalizeArn::isDatasetArn(*parsed) && parsed->region == m_connection->region())
        m_jobs->watchDataset(arn);
}

bool DesktopApp::submit(const ImportJobDraft &draft)
{
    SubmissionService *service = m_jobs->submissions();
    if (m_formSubmission != 0 || !service)
        return false;
    m_formRequest = draft.toRequest();
    const auto recorded = service->submit(draft);
    if (!recorded.ok()) {
        const CreateDatasetImportJobRequest request = m_formRequest;
        // Reported later, as every outcome is.
        QMetaObject::invokeMethod(
            this,
            [this, request, message = recorded.error()] {
                Q_EMIT submitFailed(AwsError::make(AwsError::Kind::Configuration,
                                                   tr("The submission could not be recorded, "
                                                      "so nothing was sent: %1")
                                                       .arg(message)),
                                    request);
            },
            Qt::QueuedConnection);
        return true;
    }
    m_formSubmission = recorded.value();
    return true;
}

void DesktopApp::finishSubmission()
{
    m_formSubmission = 0;
    m_formRequest = CreateDatasetImportJobRequest();
}
