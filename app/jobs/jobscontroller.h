#pragma once

#include "aws/awserror.h"
#include "jobs/jobrecord.h"
#include "jobs/jobtracker.h"
#include "jobs/outboxentry.h"

#include <QObject>
#include <QPointer>

class JobStore;
class JobTableModel;
class PersonalizeClient;
class SubmissionService;

// The jobs side of the application for one store: keeps the table model in step with the
// store and the tracker, and gives each connection (profile and region) its own tracker and
// submission service. The only owner of the objects that write the job history.
class JobsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsController)

public:
    // Borrows the store, which must be open and outlive the controller; loads its jobs.
    explicit JobsController(JobStore *store, QObject *parent = nullptr);
    ~JobsController() override;

    JobTableModel *model() const { return m_model; }
    // The submission service of the current connection; null without one.
    SubmissionService *submissions() const;

    // Replaces the tracker and the submission service for a new connection (null: none).
    // Start-up work follows: running jobs are followed again and open submissions settled.
    void setConnection(PersonalizeClient *client, const QString &profile, const QString &region);
    // Applied to every tracker from now on (tests use short ones).
    void setTrackerIntervals(const JobTrackerIntervals &intervals);
    void setWindowVisible(bool visible);
    void refreshNow();
    // The user opened this dataset: its jobs, including those created elsewhere, are listed
    // and followed.
    void watchDataset(const QString &datasetArn);
    // Describes the job once if its record lacks what only a description carries.
    void fetchDetails(const QString &jobArn);

Q_SIGNALS:
    void connectionChanged();
    // A followed job reached ACTIVE or CREATE FAILED.
    void jobFinished(const JobRecord &job);
    // Submissions whose job was never created (found at start-up): offer to send them again.
    void unsentFound(const QList<OutboxEntry> &entries);
    // The outcomes of submissions, whichever connection's service sent them (see
    // SubmissionService).
    void submissionConfirmed(const OutboxEntry &entry, const JobRecord &job);
    void submissionFailed(const OutboxEntry &entry, const AwsError &error);
    void submissionUnresolved(const OutboxEntry &entry, const AwsError &error);
    // A problem worth a line in the status bar.
    void problem(const QString &message);

private:
    JobStore *m_store;
    JobTableModel *m_model;
    QPointer<JobTracker> m_tracker;
    QPointer<SubmissionService> m_submissions;
    bool m_windowVisible = true;
    std::optional<JobTrackerIntervals> m_intervals;
};
