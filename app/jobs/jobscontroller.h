#pragma once

#include "aws/awserror.h"
#include "aws/result.h"
#include "jobs/jobrecord.h"
#include "jobs/jobtracker.h"
#include "jobs/outboxentry.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class AwsSession;
class JobStore;
class JobTableModel;
class PersonalizeClient;
class SubmissionService;

// What the job history says about one dataset, for the new-import form's checks.
struct DatasetJobFacts
{
    bool known = false; // the dataset's whole history is in the store
    QStringList jobNames;
    bool hasFinishedFullImport = false;
};

// The jobs side of the application over one store: loads the history into the table model
// (newest first, in the background), and follows every unfinished job through a connection of
// its own region and profile, all at once. The window's connection (setConnection()) also
// catches up on the datasets of the catalogue and sends the form's submissions; jobs of other
// regions and profiles get connections of their own, opened when needed and closed when their
// jobs have finished. The only owner of the objects that write the job history.
class JobsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsController)

public:
    using SessionOpener = std::function<Result<std::shared_ptr<AwsSession>, AwsError>(
        const QString &profile, const QString &region)>;

    // Borrows the store, which must be open and outlive the controller.
    explicit JobsController(JobStore *store, QObject *parent = nullptr);
    ~JobsController() override;

    // Reads the stored history into the model in the background, newest first (once; later
    // calls do nothing). loaded() follows the last row.
    void loadHistory();

    JobTableModel *model() const { return m_model; }
    // True until every stored job is in the model.
    bool isLoading() const { return m_loading; }

    // How connections for other regions and profiles are opened; without one, only the
    // window's connection follows jobs.
    void setSessionOpener(SessionOpener opener);
    // The window's connection (null: none). Jobs of the previous one go on being followed.
    void setConnection(PersonalizeClient *client, const QString &profile, const QString &region);
    // The submission service of the window's connection; null without one.
    SubmissionService *submissions() const;
    // The tracker of the window's connection; null without one.
    JobTracker *currentTracker() const;

    // Lists these datasets' histories through the window's connection.
    void catchUp(const QStringList &datasetArns);
    DatasetJobFacts datasetFacts(const QString &datasetArn) const;
    // Datasets of the window's connection whose history is still being listed.
    int catchUpRemaining() const;

    // Applied to every tracker from now on (tests use short ones).
    void setTrackerIntervals(const JobTrackerIntervals &intervals);
    JobTrackerIntervals trackerIntervals() const
    {
        return m_intervals.value_or(JobTrackerIntervals());
    }
    void setWindowVisible(bool visible);
    void refreshNow();
    // Reads what a listing lacks (data location, role, tags) through the job's own region.
    void fetchDetails(const QString &jobArn);

    // Queues the draft in the window connection's region: it is sent when fewer imports run
    // there than the service allows. `dataCheck`: the report of the check run on the draft.
    Result<qint64, QString> enqueue(const ImportJobDraft &draft,
                                    const std::optional<DataCheckReport> &dataCheck = std::nullopt);
    // Takes a queued submission out of the queue (to drop it, or to edit it in the form).
    Result<bool, QString> cancelQueued(qint64 outboxId);
    // (profile, region) of every connection following jobs, the window's first.
    QList<QPair<QString, QString>> followedScopes() const;

Q_SIGNALS:
    void connectionChanged();
    void loaded();
    // A followed job reached ACTIVE or CREATE FAILED.
    void jobFinished(const JobRecord &job);
    // Jobs of a dataset changed, or its history arrived.
    void datasetJobsChanged(const QString &datasetArn);
    void catchUpProgress(int remaining);
    // Submissions whose job was never created (found at start-up): offer to send them again.
    void unsentFound(const QList<OutboxEntry> &entries);
    // The outcomes of submissions, whichever connection's service sent them (see
    // SubmissionService).
    void submissionConfirmed(const OutboxEntry &entry, const JobRecord &job);
    void submissionFailed(const OutboxEntry &entry, const AwsError &error);
    void submissionUnresolved(const OutboxEntry &entry, const AwsError &error);
    void submissionQueued(const OutboxEntry &entry);
    // A queued submission was sent and created `jobArn`; its row (key `queuedKey`) goes.
    void queuedJobSent(const QString &queuedKey, const QString &jobArn);
    // A problem worth a line in the status bar.
    void problem(const QString &message);

private:
    struct Scope;

    static QString keyOf(const QString &profile, const QString &region);
    Scope *makeScope(const QString &profile, const QString &region, PersonalizeClient *client,
                     std::shared_ptr<AwsSession> session);
    void dropScope(const QString &key);
    // Opens connections for the unfinished jobs no connection follows yet.
    void followEverything();
    void pruneIdleScopes();
    void onJobsUpdated(const QList<JobRecord> &jobs);
    // Sends queued submissions of the scope when its region has free slots, and keeps its
    // tracker polling while any wait.
    void serveQueue(Scope *scope);
    // The table's rows for queued submissions, kept in step with the outbox.
    void showQueued();

    JobStore *m_store;
    JobTableModel *m_model;
    bool m_loading = true;
    bool m_loadStarted = false;
    SessionOpener m_opener;
    QHash<QString, std::shared_ptr<Scope>> m_scopes;
    QString m_currentKey;
    QSet<QString> m_unreachable;         // scopes that could not be opened (said once)
    QHash<QString, qint64> m_queuedRows; // the table's "queued:<id>" rows, by outbox id
    bool m_windowVisible = true;
    std::optional<JobTrackerIntervals> m_intervals;
};
