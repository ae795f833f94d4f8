#pragma once

#include "aws/awserror.h"
#include "aws/result.h"
#include "jobs/jobrecord.h"
#include "jobs/outboxentry.h"

#include <QObject>
#include <QSet>

class JobStore;
class PersonalizeClient;
struct DatasetImportJobSummary;

// Sends new import jobs without ever losing or duplicating one: each submission is written to
// the outbox before its request leaves, confirmed with the job's ARN afterwards, and, when
// the answer was lost or the app stopped in between, settled by looking the job up by name.
class SubmissionService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionService)

public:
    SubmissionService(JobStore *store, PersonalizeClient *client, QObject *parent = nullptr);
    ~SubmissionService() override;

    // Recorded with each submission and on the jobs it creates.
    void setProfile(const QString &profile) { m_profile = profile; }
    void setRegion(const QString &region) { m_region = region; }

    // Writes the outbox row, then sends. An error means the row could not be written and
    // nothing was sent; otherwise the outcome arrives through the signals.
    Result<qint64, QString> submit(const ImportJobDraft &draft);
    // Settles every pending or sent row (start-up): a job found by name is confirmed; a row
    // whose job does not exist becomes unsent and is offered through unsentFound().
    void reconcilePending();
    // Sends an unsent row again (after the user agreed). An error when the row is not unsent
    // or is already on its way.
    Result<bool, QString> resubmit(qint64 id);
    // The user chose not to resubmit an unsent row.
    Result<bool, QString> discard(qint64 id);

    bool isInFlight(qint64 id) const { return m_inFlight.contains(id); }
    bool isReconciling() const { return m_reconciling > 0; }

Q_SIGNALS:
    // Any change of a row's state.
    void submissionChanged(const OutboxEntry &entry);
    void submissionConfirmed(const OutboxEntry &entry, const JobRecord &job);
    // The service refused the submission; nothing was created.
    void submissionFailed(const OutboxEntry &entry, const AwsError &error);
    // The answer was lost and the job could not be looked up yet; the row stays open and is
    // settled by the next reconcilePending().
    void submissionUnresolved(const OutboxEntry &entry, const AwsError &error);
    // Rows whose job was never created, to offer for resubmission.
    void unsentFound(const QList<OutboxEntry> &entries);
    void reconcileFinished();
    void storeError(const QString &message);

private:
    void send(OutboxEntry entry);
    void onSendFailed(const OutboxEntry &entry, const AwsError &error);
    // Lists `datasetArn`'s jobs and settles `entries` by name. `unresolvedOnError`: report a
    // listing failure as submissionUnresolved (after a lost answer) rather than leave it silent.
    void reconcileDataset(const QString &datasetArn, const QList<OutboxEntry> &entries,
                          const AwsError *sendError);
    void settle(const OutboxEntry &entry, const std::optional<DatasetImportJobSummary> &found,
                const AwsError *sendError);
    void confirm(const OutboxEntry &entry, const QString &arn,
                 const std::optional<DatasetImportJobSummary> &summary);
    void markFailed(const OutboxEntry &entry, const AwsError &error);
    OutboxEntry reload(const OutboxEntry &entry) const;
    void finishReconcileStep();

    JobStore *m_store;
    PersonalizeClient *m_client;
    QString m_profile;
    QString m_region;
    QSet<qint64> m_inFlight;
    int m_reconciling = 0;
};
