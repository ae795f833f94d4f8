#pragma once

#include "aws/awserror.h"
#include "aws/awssession.h"
#include "desktop/appsettings.h"
#include "personalize/apitypes.h"
#include "personalize/datacheck.h"
#include "personalize/importjobdraft.h"
#include "personalize/importjobvalidator.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class ActivityLogModel;
class KeyStore;
class StoredKeys;
class AppSettings;
class ConnectionManager;
class DatasetCatalog;
class DraftAutosave;
class JobStore;
class JobsController;

// Where the desktop app keeps its files and what it connects to first. Empty paths mean the
// standard folders of the platform.
struct DesktopOptions
{
    // Environment and config files; for the sandbox also its credentials and endpoint.
    AwsSessionOptions session;
    bool sandbox = false;
    QString settingsFile; // importdesk.ini in the app's config folder
    QString draftFile;    // draft.json in the app's data folder
    QString storeFile;    // importdesk.sqlite in the app's data folder (sandbox/ for the sandbox)
    // The first connection; empty: the one used last.
    QString profile;
    QString region;
    // Where stored access keys are kept; empty: the system keychain.
    std::function<std::unique_ptr<KeyStore>()> keyStore;

    // Every file in one folder (tests, and a portable installation).
    void placeFilesIn(const QString &folder);
};

// Everything the main window works with that is not a widget: settings, the draft autosave,
// the connection, the dataset catalogue, the activity log, the job history and its tracker,
// and the submission of the form's draft through the outbox. Rewires them all when the
// connection changes. Built by create(), the one factory that main() and the GUI tests share.
class DesktopApp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopApp)

public:
    // Opens the settings, the draft and the job history (in memory, with storeProblem() saying
    // why, when the file cannot be opened). Does not connect yet: see start().
    static std::unique_ptr<DesktopApp> create(const DesktopOptions &options);
    ~DesktopApp() override;

    bool isSandbox() const { return m_options.sandbox; }
    AppSettings *settings() const { return m_settings.get(); }
    DraftAutosave *autosave() const { return m_autosave.get(); }
    ConnectionManager *connection() const { return m_connection.get(); }
    DatasetCatalog *catalog() const { return m_catalog.get(); }
    ActivityLogModel *activityLog() const { return m_activity.get(); }
    JobsController *jobs() const { return m_jobs.get(); }
    // Asks the user for the code of an MFA device when a profile's role needs one, and answers
    // later through `answer` (std::nullopt: declined). Without a prompt the role is not assumed.
    using MfaCodePrompt =
        std::function<void(const QString &profile, const QString &mfaSerial,
                           std::function<void(std::optional<QString> code)> answer)>;
    void setMfaCodePrompt(MfaCodePrompt prompt) { m_mfaPrompt = std::move(prompt); }

    StoredKeys *storedKeys() const { return m_storedKeys.get(); }
    // Why the job history is kept in memory only; empty when its file is in use.
    QString storeProblem() const { return m_storeProblem; }

    // Reads the job history (in the background) and opens the first connection (the
    // options', else the one used last). Once: later calls do nothing. The window calls it
    // after its first frame, so that none of this delays it.
    void start();
    // Preferences take effect as they change: polling and retries at once (reconnecting, or
    // after the form's submission is answered), the default profile and region by switching
    // to them.
    // The jobs seen through a stored key are recorded under this prefix and the key's name.
    static const QString kStoredKeyJobs;

    // Switches profile and region and remembers them for the next start.
    void connectTo(const QString &profile, const QString &region);
    // Connects with the access key stored as `name`, read from the keychain first; the key's
    // own Region wins when the key is newly chosen. Remembered for the next start.
    void connectWithStoredKey(const QString &name, const QString &region);
    // The account of the connection, or of the listed resources until the credentials say.
    QString accountId() const;

    // The form points at this dataset (typed, pasted or chosen): its facts are loaded, and its
    // history listed when it is a dataset of the connected region.
    void selectDataset(const QString &datasetArn);
    // What the form's checks know about the selected dataset: region, job names in use, a
    // finished FULL import, the group's metric attribution.
    ValidationContext validationContext() const;
    // True while some of those facts are still being fetched.
    bool isLoadingValidationFacts() const;

    // Why the jobs table may be empty, for what it shows then.
    enum class JobsActivity {
        Idle,            // nothing under way: an empty table means no jobs
        LoadingHistory,  // the stored history is still being read
        ListingDatasets, // datasets' histories are being listed (datasetsToList())
        NotConnected,    // no usable connection
    };
    JobsActivity jobsActivity() const;
    int datasetsToList() const;

    // Sends the form's draft through the outbox; false when one is already on its way or
    // there is no connection. The outcome comes as submitted(), regionFull() or submitFailed().
    // The data check's report, when there is one for this draft, is kept with the job.
    bool submit(const ImportJobDraft &draft,
                const std::optional<DataCheckReport> &dataCheck = std::nullopt);

    // Checks the data at a location against its dataset's schema with the connection's
    // credentials (see DataCheck); a new check replaces the one under way. dataCheckStarted()
    // and then dataCheckFinished() follow, unless cancelled or replaced.
    void startDataCheck(const DataCheckRequest &request);
    void cancelDataCheck();
    bool isCheckingData() const;
    bool isSubmitting() const { return m_formSubmission != 0; }

    // Queues the draft in the connection's region (after regionFull(), when the user agrees):
    // it is sent when fewer imports run there. Its role and data location are remembered as
    // for a submission; queued() follows. An error says why nothing was queued.
    Result<qint64, QString> enqueue(const ImportJobDraft &draft,
                                    const std::optional<DataCheckReport> &dataCheck = std::nullopt);
    // Drops a queued submission.
    Result<bool, QString> cancelQueued(qint64 outboxId);
    // Takes a queued submission out of the queue and returns it, for the form to edit: it is
    // sent again only when the user submits or queues it from there.
    Result<ImportJobDraft, QString> takeQueued(qint64 outboxId);

Q_SIGNALS:
    // The connection changed and everything has been rewired to it.
    void sessionChanged();
    void accountChanged(const QString &accountId);
    void submitted(const QString &datasetImportJobArn,
                   const CreateDatasetImportJobRequest &request);
    void submitFailed(const AwsError &error, const CreateDatasetImportJobRequest &request);
    // The form's submission was refused because the region already runs as many imports as the
    // service allows; nothing was created. The draft can be queued with enqueue().
    void regionFull(const AwsError &error, const CreateDatasetImportJobRequest &request,
                    const QString &region);
    // A draft waits in the queue; `rowKey` is its row in the jobs table.
    void queued(const QString &rowKey, const CreateDatasetImportJobRequest &request);
    void validationContextChanged();
    void jobsActivityChanged();
    // A problem worth a line in the status bar.
    void problem(const QString &message);
    void dataCheckStarted(const DataCheckRequest &request);
    void dataCheckFinished(const DataCheckReport &report);

private:
    explicit DesktopApp(const DesktopOptions &options);

    void openStore();
    // The profile jobs are recorded under: the sandbox has one of its own.
    QString jobsProfile() const;
    void onSessionChanged();
    void onConnectionState();
    void finishSubmission();
    void rememberRecents(const CreateDatasetImportJobRequest &request);
    void applyPreference(AppSettings::Key key);
    void reconnect();
    void applyRetryPreference();
    void applyPollPreference();

    DesktopOptions m_options;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<StoredKeys> m_storedKeys;
    int m_keyRequest = 0; // the stored key read last; older answers are dropped
    std::unique_ptr<DraftAutosave> m_autosave;
    std::unique_ptr<JobStore> m_store;
    QString m_storeProblem;
    // In the order of use: each borrows from those above it and is destroyed before them.
    std::unique_ptr<ConnectionManager> m_connection;
    MfaCodePrompt m_mfaPrompt;
    std::unique_ptr<DatasetCatalog> m_catalog;
    std::unique_ptr<ActivityLogModel> m_activity;
    std::unique_ptr<JobsController> m_jobs;
    std::unique_ptr<DataCheck> m_dataCheck; // on the current connection's clients

    bool m_started = false;
    bool m_reconnectAfterSubmission = false; // a preference changed while the form was sending
    qint64 m_formSubmission = 0;             // outbox row of the form's submission in flight
    CreateDatasetImportJobRequest m_formRequest;
};
