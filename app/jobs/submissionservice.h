#pragma once

#include "aws/awserror.h"
#include "aws/result.h"
#include "jobs/jobrecord.h"
#include "jobs/outboxentry.h"

#include <QObject>
#include <QSet>

#include <optional>

class JobStore;
class PersonalizeClient;
struct DatasetImportJobSummary;

// The only way an import job is sent. Each submission is written to the outbox before its
// request leaves and confirmed with the job's ARN afterwards. When the outcome is uncertain (the
// answer was lost, or the app stopped in between) the job is looked up by name: a job of that
// name created after the submission was recorded is this submission's; an older one belongs to
// someone else, and the submission was refused. Nothing is lost and nothing is sent twice.
class SubmissionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionService)

public:
    // How long before the submission was recorded a job of its name may have been created and
    // still be its own: the service's creation time is read from a clock whose offset is known
    // only to the second.
    static constexpr qint64 kCreationMarginMs = 2000;

    enum class Verdict {
        Ours,         // created by this submission
        SomeoneElses, // the name was taken before this submission
        NotFound,     // no job of that name
    };

    SubmissionService(JobStore *store, PersonalizeClient *client, QObject *parent = nullptr);
    ~SubmissionService() override;

    // Recorded with each submission and on the jobs it creates.
    void setProfile(const QString &profile) { m_profile = profile; }
    void setRegion(const QString &region) { m_region = region; }

    // Writes the outbox row, then sends. An error means the row could not be written and
    // nothing was sent; otherwise the outcome arrives through the signals. `dataCheck`: the
    // report of the data check run on the draft, kept with the row and then with the job.
    Result<qint64, QString> submit(const ImportJobDraft &draft,
                                   const std::optional<DataCheckReport> &dataCheck = std::nullopt);
    // Settles every open row (start-up): a sent row whose job is found by name is confirmed; a
    // row whose job does not exist becomes unsent and is offered through unsentFound().
    void reconcilePending();
    // Sends an unsent row again (after the user agreed). An error when the row is not unsent
    // or is already on its way.
    Result<bool, QString> resubmit(qint64 id);
    // The user chose not to resubmit an unsent row.
    Result<bool, QString> discard(qint64 id);

    // The service runs at most this many imports per region at once.
    static constexpr int kMaxRunningImports = 5;
    // Whether the service refused a create because the region already runs as many imports as
    // it allows (a quota: retrying at once does not help, a finished import does).
    static bool isCapacityError(const AwsError &error);
    // Keeps the draft in the outbox, queued, until a slot is free; sendQueued() sends it.
    Result<qint64, QString> enqueue(const ImportJobDraft &draft,
                                    const std::optional<DataCheckReport> &dataCheck = std::nullopt);
    // Sends up to `freeSlots` queued submissions of this region and profile, oldest first; one
    // that meets the limit again goes back to the queue, keeping its place.
    void sendQueued(int freeSlots);
    // A queued submission the user no longer wants (or takes back to edit it).
    Result<bool, QString> cancelQueued(qint64 id);
    // Queued submissions of this region and profile, oldest first.
    QList<OutboxEntry> queued() const;

    bool isInFlight(qint64 id) const { return m_inFlight.contains(id); }
    bool isReconciling() const { return m_reconciling > 0; }

    // Whose `found` is: the job of the submission's name that a listing returned (or none),
    // for a submission recorded at `recorded` (local clock), given that the service's clock is
    // `serviceOffsetMs` ahead of ours.
    static Verdict judge(const std::optional<DatasetImportJobSummary> &found,
                         const QDateTime &recorded, qint64 serviceOffsetMs);

Q_SIGNALS:
    // Any change of a row's state.
    void submissionChanged(const OutboxEntry &entry);
    void submissionConfirmed(const OutboxEntry &entry, const JobRecord &job);
    // The service refused the submission; nothing was created.
    void submissionFailed(const OutboxEntry &entry, const AwsError &error);
    // The answer was lost and the job could not be looked up yet; the row stays open and is
    // settled by the next reconcilePending().
    void submissionUnresolved(const OutboxEntry &entry, const AwsError &error);
    // A submission waits in the queue (again, after the limit was met once more).
    void submissionQueued(const OutboxEntry &entry);
    // A queued submission was cancelled.
    void submissionCancelled(const OutboxEntry &entry);
    // Rows whose job was never created, to offer for resubmission.
    void unsentFound(const QList<OutboxEntry> &entries);
    void reconcileFinished();
    void storeError(const QString &message);

private:
    void send(OutboxEntry entry);
    void onSendFailed(const OutboxEntry &entry, const AwsError &error, bool uncertain);
    // Lists `datasetArn`'s jobs and settles `entries` by name. `sendError`: the error of an
    // uncertain send (a listing failure is then reported as submissionUnresolved); empty for
    // the start-up reconciliation.
    void lookUp(const QString &datasetArn, const QList<OutboxEntry> &entries,
                const std::optional<AwsError> &sendError);
    void settle(const OutboxEntry &entry, const std::optional<DatasetImportJobSummary> &found,
                const std::optional<AwsError> &sendError);
    void confirm(const OutboxEntry &entry, const QString &arn,
                 const std::optional<DatasetImportJobSummary> &summary);
    void markFailed(const OutboxEntry &entry, const AwsError &error);
    void markUnsent(const OutboxEntry &entry);
    OutboxEntry reload(const OutboxEntry &entry) const;
    void reconcileOpenRows();
    void finishReconcileStep();

    JobStore *m_store;
    PersonalizeClient *m_client;
    QString m_profile;
    QString m_region;
    QSet<qint64> m_inFlight;
    QSet<qint64> m_fromQueue; // in flight from the queue: back to it if the limit is met
    int m_reconciling = 0;
};
