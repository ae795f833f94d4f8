#include "jobs/jobscontroller.h"

#include "jobs/jobstore.h"
#include "jobs/jobtablemodel.h"
#include "jobs/submissionservice.h"

JobsController::JobsController(JobStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(new JobTableModel(this))
{
    const auto jobs = m_store->loadJobs();
    if (jobs)
        m_model->setJobs(jobs.value());
    else
        QMetaObject::invokeMethod(
            this, [this, message = jobs.error()] { Q_EMIT problem(message); },
            Qt::QueuedConnection);
}

JobsController::~JobsController() = default;

SubmissionService *JobsController::submissions() const
{
    return m_submissions;
}

void JobsController::setConnection(PersonalizeClient *client, const QString &profile,
                                   const QString &region)
{
    delete m_tracker;
    delete m_submissions;
    if (!client) {
        Q_EMIT connectionChanged();
        return;
    }

    m_submissions = new SubmissionService(m_store, client, this);
    m_submissions->setProfile(profile);
    m_submissions->setRegion(region);
    m_tracker = new JobTracker(m_store, client, this);
    m_tracker->setWindowVisible(m_windowVisible);
    if (m_intervals)
        m_tracker->setIntervals(*m_intervals);

    connect(m_tracker, &JobTracker::jobsUpdated, m_model, &JobTableModel::merge);
    connect(m_tracker, &JobTracker::jobFinished, this, &JobsController::jobFinished);
    connect(m_tracker, &JobTracker::storeError, this, &JobsController::problem);
    connect(m_tracker, &JobTracker::pollFailed, this, [this](const AwsError &error) {
        Q_EMIT problem(tr("Could not check the import jobs: %1").arg(error.summary()));
    });
    connect(m_submissions, &SubmissionService::submissionConfirmed, this,
            [this](const OutboxEntry &, const JobRecord &job) {
                m_model->merge({job});
                if (m_tracker)
                    m_tracker->track(job);
            });
    connect(m_submissions, &SubmissionService::submissionConfirmed, this,
            &JobsController::submissionConfirmed);
    connect(m_submissions, &SubmissionService::submissionFailed, this,
            &JobsController::submissionFailed);
    connect(m_submissions, &SubmissionService::submissionUnresolved, this,
            &JobsController::submissionUnresolved);
    connect(m_submissions, &SubmissionService::unsentFound, this, &JobsController::unsentFound);
    connect(m_submissions, &SubmissionService::storeError, this, &JobsController::problem);

    m_tracker->loadFromStore();
    m_submissions->reconcilePending();
    Q_EMIT connectionChanged();
}

void JobsController::setTrackerIntervals(const JobTrackerIntervals &intervals)
{
    m_intervals = intervals;
    if (m_tracker)
        m_tracker->setIntervals(intervals);
}

void JobsController::setWindowVisible(bool visible)
{
    m_windowVisible = visible;
    if (m_tracker)
        m_tracker->setWindowVisible(visible);
}

void JobsController::refreshNow()
{
    if (m_tracker)
        m_tracker->refreshNow();
}

void JobsController::watchDataset(const QString &datasetArn)
{
    if (m_tracker)
        m_tracker->watchDataset(datasetArn);
}

void JobsController::fetchDetails(const QString &jobArn)
{
    if (m_tracker && !jobArn.isEmpty())
        m_tracker->fetchDetails(jobArn);
}
