#include "desktop/desktopapp.h"

#include "aws/credentialchain.h"

#include "desktop/activitylog.h"
#include "desktop/appsettings.h"
#include "desktop/connectionmanager.h"
#include "desktop/datasetcatalog.h"
#include "desktop/draftautosave.h"
#include "desktop/keychainkeystore.h"
#include "desktop/storedkeys.h"
#include "jobs/jobscontroller.h"
#include "jobs/memoryjobstore.h"
#include "jobs/submissionservice.h"
#include "jobstore/sqlitejobstore.h"
#include "personalize/arn.h"
#include "personalize/personalizeclient.h"
#include "personalize/personalizeservice.h"

#include <QDir>
#include <QPointer>
#include <QStandardPaths>

const QString DesktopApp::kStoredKeyJobs = QStringLiteral("stored-key:");

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
    // A role with mfa_serial asks through the window's prompt (setMfaCodePrompt()), for the
    // connection and for the connections that follow other regions' jobs.
    m_options.session.mfaCodeProvider =
        [guard = QPointer<DesktopApp>(this)](const QString &profile, const QString &serial,
                                             std::function<void(std::optional<QString>)> answer) {
            if (guard && guard->m_mfaPrompt)
                guard->m_mfaPrompt(profile, serial, std::move(answer));
            else
                answer(std::nullopt);
        };
    m_storedKeys = std::make_unique<StoredKeys>(
        m_settings.get(),
        options.keyStore ? options.keyStore() : std::make_unique<KeychainKeyStore>());
    m_connection = std::make_unique<ConnectionManager>(m_options.session);
    m_connection->setSandbox(options.sandbox);
    m_connection->setLooksUpCallerIdentity(true);
    m_catalog = std::make_unique<DatasetCatalog>();
    m_activity = std::make_unique<ActivityLogModel>();
    m_jobs = std::make_unique<JobsController>(m_store.get());
    applyRetryPreference();
    applyPollPreference();
    connect(m_settings.get(), &AppSettings::changed, this, &DesktopApp::applyPreference);

    connect(m_connection.get(), &ConnectionManager::sessionChanged, this,
            &DesktopApp::onSessionChanged);
    connect(m_connection.get(), &ConnectionManager::stateChanged, this,
            &DesktopApp::onConnectionState);
    connect(m_connection.get(), &ConnectionManager::callFinished, m_activity.get(),
            &ActivityLogModel::append);
    connect(m_connection.get(), &ConnectionManager::accountIdChanged, this,
            [this] { Q_EMIT accountChanged(accountId()); });
    connect(m_connection.get(), &ConnectionManager::callerIdentityChanged, this,
            &DesktopApp::validationContextChanged);
    connect(m_catalog.get(), &DatasetCatalog::datasetsChanged, this, [this] {
        Q_EMIT accountChanged(accountId());
        // The whole account's history fills the table, with no clicks.
        QStringList datasets;
        for (const DatasetCatalog::Entry &entry : m_catalog->datasets())
            datasets.append(entry.datasetArn);
        m_jobs->catchUp(datasets);
        Q_EMIT jobsActivityChanged();
    });
    connect(m_catalog.get(), &DatasetCatalog::contextChanged, this,
            &DesktopApp::validationContextChanged);
    connect(m_jobs.get(), &JobsController::datasetJobsChanged, this,
            [this](const QString &datasetArn) {
                if (datasetArn == m_catalog->selectedDataset())
                    Q_EMIT validationContextChanged();
            });
    connect(m_jobs.get(), &JobsController::catchUpProgress, this, &DesktopApp::jobsActivityChanged);
    connect(m_jobs.get(), &JobsController::loaded, this, &DesktopApp::jobsActivityChanged);
    connect(m_connection.get(), &ConnectionManager::stateChanged, this,
            &DesktopApp::jobsActivityChanged);
    connect(m_jobs.get(), &JobsController::problem, this, &DesktopApp::problem);

    // Jobs of other regions and profiles are followed through connections of their own.
    m_jobs->setSessionOpener([this](const QString &profile, const QString &region)
                                 -> Result<std::shared_ptr<AwsSession>, AwsError> {
        AwsSessionOptions session = m_options.session;
        if (profile.startsWith(kStoredKeyJobs)) {
            // Only the key in use is at hand: others are read from the keychain when
            // chosen.
            const QString key = profile.mid(kStoredKeyJobs.size());
            AwsSession *current = m_connection->session();
            if (key != m_connection->storedKey() || !current) {
                return AwsError::make(AwsError::Kind::Configuration,
                                      tr("choose the stored key “%1” to follow them").arg(key));
            }
            session.explicitCredentials = current->credentials()->settings().explicitCredentials;
            session.overrides.profile = QStringLiteral("default");
            session.overrides.region = region;
            return AwsSession::open(PersonalizeService::info(), session);
        }
        if (m_options.sandbox) {
            if (region != session.overrides.region) {
                return AwsError::make(AwsError::Kind::Configuration,
                                      tr("the sandbox has no region %1").arg(region));
            }
        } else {
            session.overrides.profile = profile;
            session.overrides.region = region;
        }
        return AwsSession::open(PersonalizeService::info(), session);
    });

    connect(m_jobs.get(), &JobsController::submissionConfirmed, this,
            [this](const OutboxEntry &entry, const JobRecord &job) {
                if (entry.id != m_formSubmission)
                    return;
                const CreateDatasetImportJobRequest request = m_formRequest;
                finishSubmission();
                rememberRecents(request);
                Q_EMIT submitted(job.arn, request);
            });
    connect(m_jobs.get(), &JobsController::submissionFailed, this,
            [this](const OutboxEntry &entry, const AwsError &error) {
                if (entry.id != m_formSubmission) {
                    // Sent from the queue, or again after a restart: the form no longer holds
                    // it, so the window's status bar says what became of it.
                    Q_EMIT problem(tr("The import job “%1” was not created: %2")
                                       .arg(entry.draft.jobName.trimmed(), error.summary()));
                    return;
                }
                const CreateDatasetImportJobRequest request = m_formRequest;
                finishSubmission();
                if (SubmissionService::isCapacityError(error)) {
                    Q_EMIT regionFull(error, request, m_connection->region());
                    return;
                }
                // Someone else may have used the name meanwhile: the history learns it.
                if (error.code == u"ResourceAlreadyExistsException")
                    m_jobs->refreshNow();
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
    if (m_started)
        return;
    m_started = true;
    m_jobs->loadHistory();
    // The command line, else Preferences, else what was used last (a stored key included).
    const auto first = [](const QString &a, const QString &b, const QString &c) {
        return !a.isEmpty() ? a : !b.isEmpty() ? b : c;
    };
    const QString profile =
        first(m_options.profile, m_settings->defaultProfile(), m_settings->lastProfile());
    const QString region =
        first(m_options.region, m_settings->defaultRegion(), m_settings->lastRegion());
    const QString storedKey = m_settings->lastStoredKey();
    if (!m_options.sandbox && m_options.profile.isEmpty() &&
        m_settings->defaultProfile().isEmpty() && !storedKey.isEmpty() &&
        m_storedKeys->contains(storedKey)) {
        connectWithStoredKey(storedKey, region);
        return;
    }
    m_connection->connectTo(profile, region);
}

// The same connection again, for settings that are read when it opens.
void DesktopApp::reconnect()
{
    if (!m_connection->storedKey().isEmpty())
        connectWithStoredKey(m_connection->storedKey(), m_connection->region());
    else
        m_connection->connectTo(m_connection->profile(), m_connection->region());
}

void DesktopApp::applyPreference(AppSettings::Key key)
{
    switch (key) {
    case AppSettings::Key::PollIntervalSeconds:
        applyPollPreference();
        break;
    case AppSettings::Key::MaxAttempts:
        applyRetryPreference();
        if (!m_started)
            break;
        if (m_formSubmission != 0)
            m_reconnectAfterSubmission = true;
        else
            reconnect();
        break;
    case AppSettings::Key::DefaultProfile:
    case AppSettings::Key::DefaultRegion: {
        // A stored key in use stays in use unless a start profile is chosen.
        if (!m_started || m_options.sandbox ||
            (!m_connection->storedKey().isEmpty() && m_settings->defaultProfile().isEmpty()))
            break;
        const QString profile = m_settings->defaultProfile().isEmpty()
                                    ? m_connection->profile()
                                    : m_settings->defaultProfile();
        const QString region = m_settings->defaultRegion().isEmpty() ? m_connection->region()
                                                                     : m_settings->defaultRegion();
        if ((profile != m_connection->profile() || region != m_connection->region()) &&
            m_formSubmission == 0)
            connectTo(profile, region);
        break;
    }
    default:
        break;
    }
}

void DesktopApp::applyRetryPreference()
{
    const int attempts = m_settings->maxAttempts();
    m_options.session.overrides.defaultMaxAttempts = attempts;
    m_options.session.overrides.defaultMaxAttemptsOrigin = tr("Preferences");
    m_connection->setDefaultMaxAttempts(attempts, tr("Preferences"));
}

// Jobs are checked often while they are new, then at the chosen interval.
void DesktopApp::applyPollPreference()
{
    JobTrackerIntervals intervals = m_jobs->trackerIntervals();
    const std::chrono::milliseconds chosen{std::chrono::seconds(m_settings->pollIntervalSeconds())};
    intervals.longRunning = chosen;
    intervals.newJob = std::min(JobTrackerIntervals().newJob, chosen);
    m_jobs->setTrackerIntervals(intervals);
}

void DesktopApp::connectTo(const QString &profile, const QString &region)
{
    ++m_keyRequest;
    m_settings->setLastProfile(profile);
    m_settings->setLastRegion(region);
    m_settings->setLastStoredKey(QString());
    m_connection->connectTo(profile, region);
}

void DesktopApp::connectWithStoredKey(const QString &name, const QString &region)
{
    const int request = ++m_keyRequest;
    const bool newlyChosen = m_connection->storedKey() != name;
    m_settings->setLastStoredKey(name);
    m_storedKeys->read(
        name, this,
        [this, request, name, region, newlyChosen](const Result<StoredKey, QString> &key) {
            if (request != m_keyRequest)
                return;
            if (!key) {
                m_connection->failStoredKey(name, region, key.error());
                return;
            }
            const QString chosen = newlyChosen && !key->region.isEmpty() ? key->region : region;
            m_settings->setLastRegion(chosen);
            m_connection->connectWithKey(name, key->credentials(), chosen);
        });
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
    // A check under way read with the old credentials: it is dropped, the form asks again.
    m_dataCheck.reset();
    if (client && m_connection->s3Client()) {
        m_dataCheck = std::make_unique<DataCheck>(client, m_connection->s3Client());
        connect(m_dataCheck.get(), &DataCheck::started, this, &DesktopApp::dataCheckStarted);
        connect(m_dataCheck.get(), &DataCheck::finished, this, &DesktopApp::dataCheckFinished);
    }
    m_catalog->setClient(client);
    m_catalog->setRegion(m_connection->region());
    m_jobs->setConnection(client, jobsProfile(), m_connection->region());
    Q_EMIT sessionChanged();
    Q_EMIT accountChanged(accountId());
}

void DesktopApp::onConnectionState()
{
    if (m_connection->state() == ConnectionManager::State::Ready &&
        m_catalog->datasets().isEmpty() && !m_catalog->isLoading())
        m_catalog->refresh();
}

QString DesktopApp::jobsProfile() const
{
    if (m_options.sandbox)
        return QStringLiteral("sandbox");
    // Jobs seen through a stored key are followed with it, not with a profile's credentials.
    if (!m_connection->storedKey().isEmpty())
        return kStoredKeyJobs + m_connection->storedKey();
    return m_connection->profile();
}

void DesktopApp::selectDataset(const QString &datasetArn)
{
    const QString arn = datasetArn.trimmed();
    m_catalog->selectDataset(arn);
    const std::optional<Arn> parsed = Arn::parse(arn);
    if (parsed && PersonalizeArn::isDatasetArn(*parsed) &&
        parsed->region == m_connection->region() && !m_jobs->datasetFacts(arn).known)
        m_jobs->catchUp({arn});
    Q_EMIT validationContextChanged();
}

ValidationContext DesktopApp::validationContext() const
{
    ValidationContext context = m_catalog->context();
    context.callerAccount = m_connection->callerAccount();
    const QString selected = m_catalog->selectedDataset();
    if (selected.isEmpty())
        return context;
    const DatasetJobFacts facts = m_jobs->datasetFacts(selected);
    // Names this app already knows are taken for sure, even before the history is listed.
    context.existingJobNames = facts.jobNames;
    // Queued submissions will take their names when they are sent.
    if (const SubmissionService *service = m_jobs->submissions()) {
        for (const OutboxEntry &entry : service->queued()) {
            if (entry.draft.datasetArn.trimmed() == selected)
                context.existingJobNames.append(entry.draft.jobName.trimmed());
        }
    }
    if (facts.known || facts.hasFinishedFullImport)
        context.datasetHasFinishedBulkImport = facts.hasFinishedFullImport;
    return context;
}

bool DesktopApp::isLoadingValidationFacts() const
{
    const QString selected = m_catalog->selectedDataset();
    if (selected.isEmpty())
        return false;
    const std::optional<Arn> parsed = Arn::parse(selected);
    const bool listable = parsed && PersonalizeArn::isDatasetArn(*parsed) &&
                          parsed->region == m_connection->region() && m_connection->client();
    return m_catalog->isLoadingFacts() || (listable && !m_jobs->datasetFacts(selected).known);
}

DesktopApp::JobsActivity DesktopApp::jobsActivity() const
{
    if (m_jobs->isLoading())
        return JobsActivity::LoadingHistory;
    if (m_connection->state() == ConnectionManager::State::Failed ||
        m_connection->state() == ConnectionManager::State::Disconnected)
        return JobsActivity::NotConnected;
    if (m_catalog->isLoading() || m_jobs->catchUpRemaining() > 0)
        return JobsActivity::ListingDatasets;
    return JobsActivity::Idle;
}

int DesktopApp::datasetsToList() const
{
    return m_catalog->isLoading() ? static_cast<int>(m_catalog->datasets().size())
                                  : m_jobs->catchUpRemaining();
}

void DesktopApp::startDataCheck(const DataCheckRequest &request)
{
    if (m_dataCheck) {
        m_dataCheck->start(request);
        return;
    }
    // Said as a report, like every outcome, so that the form shows why nothing was checked.
    DataCheckReport report;
    report.state = DataCheckReport::State::Incomplete;
    report.datasetArn = request.datasetArn;
    report.dataLocation = request.dataLocation;
    report.importMode = request.importMode;
    report.checkedAt = QDateTime::currentDateTimeUtc();
    report.error = m_connection->session() && !m_connection->s3Problem().isEmpty()
                       ? tr("Amazon S3 cannot be reached with this profile's settings: %1")
                             .arg(m_connection->s3Problem())
                       : tr("There is no connection to check with.");
    Q_EMIT dataCheckStarted(request);
    QMetaObject::invokeMethod(
        this, [this, report] { Q_EMIT dataCheckFinished(report); }, Qt::QueuedConnection);
}

void DesktopApp::cancelDataCheck()
{
    if (m_dataCheck)
        m_dataCheck->cancel();
}

bool DesktopApp::isCheckingData() const
{
    return m_dataCheck && m_dataCheck->isRunning();
}

bool DesktopApp::submit(const ImportJobDraft &draft,
                        const std::optional<DataCheckReport> &dataCheck)
{
    SubmissionService *service = m_jobs->submissions();
    if (m_formSubmission != 0 || !service)
        return false;
    m_formRequest = draft.toRequest();
    const auto recorded = service->submit(draft, dataCheck);
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
    if (m_reconnectAfterSubmission) {
        m_reconnectAfterSubmission = false;
        // After the answer has been delivered: the new connection starts from a settled form.
        QMetaObject::invokeMethod(this, &DesktopApp::reconnect, Qt::QueuedConnection);
    }
}

void DesktopApp::rememberRecents(const CreateDatasetImportJobRequest &request)
{
    if (request.roleArn)
        m_settings->addRecentRoleArn(*request.roleArn);
    if (request.dataSource.dataLocation)
        m_settings->addRecentDataLocation(*request.dataSource.dataLocation);
}

Result<qint64, QString> DesktopApp::enqueue(const ImportJobDraft &draft,
                                            const std::optional<DataCheckReport> &dataCheck)
{
    const auto id = m_jobs->enqueue(draft, dataCheck);
    if (!id.ok())
        return id;
    const CreateDatasetImportJobRequest request = draft.toRequest();
    rememberRecents(request);
    OutboxEntry entry;
    entry.id = id.value();
    // The form's checks count the queued name as taken.
    Q_EMIT validationContextChanged();
    Q_EMIT queued(JobRecord::fromQueued(entry).arn, request);
    return id;
}

Result<bool, QString> DesktopApp::cancelQueued(qint64 outboxId)
{
    const auto cancelled = m_jobs->cancelQueued(outboxId);
    Q_EMIT validationContextChanged();
    return cancelled;
}

Result<ImportJobDraft, QString> DesktopApp::takeQueued(qint64 outboxId)
{
    const auto entry = m_store->outboxEntry(outboxId);
    if (!entry.ok())
        return entry.error();
    if (!entry.value())
        return tr("Submission %1 is not in the job history.").arg(outboxId);
    const auto cancelled = cancelQueued(outboxId);
    if (!cancelled.ok())
        return cancelled.error();
    return entry.value()->draft;
}
