#include "jobs/jobscontroller.h"

#include "aws/awssession.h"
#include "jobs/jobslogging.h"
#include "jobs/jobstore.h"
#include "jobs/jobtablemodel.h"
#include "jobs/outboxentry.h"
#include "jobs/submissionservice.h"
#include "personalize/personalizeclient.h"

#include <QPointer>

namespace {

// Rows handed to the model at a time while the history loads: the first screenful arrives at
// once, and the event loop stays responsive in between.
constexpr int kLoadBatch = 2000;

} // namespace

// The followers of one (profile, region): a connection, when it is not the window's, and the
// tracker and submission service over it.
struct JobsController::Scope
{
    QString profile;
    QString region;
    std::shared_ptr<AwsSession> session; // null for the window's connection
    std::unique_ptr<PersonalizeClient> ownClient;
    QPointer<JobTracker> tracker;
    QPointer<SubmissionService> submissions;

    ~Scope()
    {
        // Before the client and the session they call through.
        delete tracker;
        delete submissions;
    }
};

JobsController::JobsController(JobStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_model(new JobTableModel(this))
{}

void JobsController::loadHistory()
{
    if (m_loadStarted)
        return;
    m_loadStarted = true;
    m_store->loadJobsInBatches(this, kLoadBatch,
                               [this](const Result<QList<JobRecord>, QString> &batch, bool last) {
                                   if (batch.ok())
                                       m_model->addLoaded(batch.value());
                                   else
                                       Q_EMIT problem(batch.error());
                                   if (last) {
                                       // Submissions queued in an earlier run wait on.
                                       showQueued();
                                       m_loading = false;
                                       Q_EMIT loaded();
                                   }
                               });
}

JobsController::~JobsController()
{
    m_scopes.clear();
}

QString JobsController::keyOf(const QString &profile, const QString &region)
{
    return profile + u'\n' + region;
}

void JobsController::setSessionOpener(SessionOpener opener)
{
    m_opener = std::move(opener);
    followEverything();
}

SubmissionService *JobsController::submissions() const
{
    const auto scope = m_scopes.value(m_currentKey);
    return scope ? scope->submissions.data() : nullptr;
}

JobTracker *JobsController::currentTracker() const
{
    const auto scope = m_scopes.value(m_currentKey);
    return scope ? scope->tracker.data() : nullptr;
}

JobsController::Scope *JobsController::makeScope(const QString &profile, const QString &region,
                                                 PersonalizeClient *client,
                                                 std::shared_ptr<AwsSession> session)
{
    auto scope = std::make_shared<Scope>();
    scope->profile = profile;
    scope->region = region;
    scope->session = std::move(session);
    if (scope->session) {
        scope->ownClient = std::make_unique<PersonalizeClient>(scope->session->client());
        client = scope->ownClient.get();
    }
    auto *tracker = new JobTracker(m_store, client, profile, region, this);
    scope->tracker = tracker;
    tracker->setWindowVisible(m_windowVisible);
    if (m_intervals)
        tracker->setIntervals(*m_intervals);
    connect(tracker, &JobTracker::jobsUpdated, this, &JobsController::onJobsUpdated);
    connect(tracker, &JobTracker::jobFinished, this, &JobsController::jobFinished);
    connect(tracker, &JobTracker::storeError, this, &JobsController::problem);
    connect(tracker, &JobTracker::datasetCaughtUp, this, [this, tracker](const QString &dataset) {
        Q_EMIT datasetJobsChanged(dataset);
        if (tracker == currentTracker())
            Q_EMIT catchUpProgress(tracker->catchUpRemaining());
    });
    connect(tracker, &JobTracker::pollFailed, this, [this, region](const AwsError &e) {
        Q_EMIT problem(tr("Could not check the import jobs in %1: %2").arg(region, e.summary()));
    });
    // A connection of its own closes once its jobs have finished and its details are read.
    const auto prune = [this] {
        QMetaObject::invokeMethod(this, &JobsController::pruneIdleScopes, Qt::QueuedConnection);
    };
    connect(tracker, &JobTracker::trackingChanged, this, prune);
    connect(tracker, &JobTracker::jobsUpdated, this, prune);
    const QString key = keyOf(profile, region);
    // Each poll and each finished job may free a slot for a queued submission.
    const auto serve = [this, key] {
        if (const auto it = m_scopes.constFind(key); it != m_scopes.cend())
            serveQueue(it->get());
    };
    connect(tracker, &JobTracker::pollFinished, this, serve);
    connect(tracker, &JobTracker::jobFinished, this, serve);

    auto *service = new SubmissionService(m_store, client, this);
    scope->submissions = service;
    service->setProfile(profile);
    service->setRegion(region);
    connect(service, &SubmissionService::submissionConfirmed, this,
            [this, tracker](const OutboxEntry &entry, const JobRecord &job) {
                m_model->merge({job});
                tracker->track(job);
                Q_EMIT datasetJobsChanged(job.datasetArn);
                // The queued row goes once the job's row is there, so that a selection can
                // move from one to the other.
                const QString queuedKey = JobRecord::fromQueued(entry).arn;
                if (m_queuedRows.contains(queuedKey)) {
                    Q_EMIT queuedJobSent(queuedKey, job.arn);
                    showQueued();
                }
                Q_EMIT submissionConfirmed(entry, job);
            });
    connect(service, &SubmissionService::submissionFailed, this, &JobsController::submissionFailed);
    connect(service, &SubmissionService::submissionUnresolved, this,
            &JobsController::submissionUnresolved);
    connect(service, &SubmissionService::unsentFound, this, &JobsController::unsentFound);
    connect(service, &SubmissionService::storeError, this, &JobsController::problem);
    connect(service, &SubmissionService::submissionQueued, this, [this](const OutboxEntry &entry) {
        showQueued();
        Q_EMIT submissionQueued(entry);
    });
    connect(service, &SubmissionService::submissionChanged, this, [this](const OutboxEntry &e) {
        // A confirmed one is replaced by its job on submissionConfirmed.
        if (e.state != OutboxState::Queued && e.state != OutboxState::Confirmed &&
            m_queuedRows.contains(JobRecord::fromQueued(e).arn))
            showQueued();
    });

    m_scopes.insert(key, scope);
    qCInfo(lcJobs).noquote() << "following jobs of region" << region << "profile" << profile;
    tracker->loadFromStore();
    serveQueue(scope.get());
    return scope.get();
}

void JobsController::dropScope(const QString &key)
{
    // Destroyed later: this may run inside one of the scope's own callbacks.
    if (const auto scope = m_scopes.take(key)) {
        QMetaObject::invokeMethod(
            this, [scope] {}, Qt::QueuedConnection);
    }
}

void JobsController::setConnection(PersonalizeClient *client, const QString &profile,
                                   const QString &region)
{
    // The previous window connection's client is gone: its followers go with it, and are
    // replaced below by a connection of their own if they still have jobs to follow.
    if (!m_currentKey.isEmpty())
        m_scopes.remove(m_currentKey);
    m_currentKey.clear();
    if (client) {
        const QString key = keyOf(profile, region);
        m_scopes.remove(key); // the window's connection replaces one of its own
        m_currentKey = key;
        Scope *scope = makeScope(profile, region, client, nullptr);
        scope->submissions->reconcilePending();
    }
    followEverything();
    Q_EMIT connectionChanged();
}

void JobsController::followEverything()
{
    const auto running = m_store->runningJobs();
    if (!running.ok()) {
        Q_EMIT problem(running.error());
        return;
    }
    QSet<QString> needed;
    for (const JobRecord &job : running.value()) {
        if (job.region.isEmpty())
            continue;
        // Jobs recorded without a profile are followed by the window's connection when it is
        // in their region.
        QString profile = job.profile;
        if (profile.isEmpty()) {
            const auto current = m_scopes.value(m_currentKey);
            if (current && current->region == job.region)
                continue;
        }
        const QString key = keyOf(profile, job.region);
        if (!m_scopes.contains(key))
            needed.insert(key);
    }
    for (const QString &key : std::as_const(needed)) {
        const QString profile = key.section(u'\n', 0, 0);
        const QString region = key.section(u'\n', 1);
        if (!m_opener || m_unreachable.contains(key))
            continue;
        auto opened = m_opener(profile, region);
        if (!opened.ok()) {
            m_unreachable.insert(key);
            Q_EMIT problem(tr("The import jobs in %1 (profile %2) cannot be followed: %3")
                               .arg(region, profile.isEmpty() ? tr("default") : profile,
                                    opened.error().message));
            continue;
        }
        makeScope(profile, region, nullptr, opened.value());
    }
}

void JobsController::pruneIdleScopes()
{
    QStringList idle;
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
        const Scope &scope = **it;
        if (it.key() == m_currentKey || !scope.tracker)
            continue;
        if (!scope.tracker->isTracking() && scope.tracker->pendingDetailCount() == 0 &&
            !scope.submissions->isReconciling())
            idle.append(it.key());
    }
    for (const QString &key : std::as_const(idle)) {
        qCInfo(lcJobs).noquote() << "no more jobs to follow in" << key.section(u'\n', 1);
        dropScope(key);
    }
}

void JobsController::onJobsUpdated(const QList<JobRecord> &jobs)
{
    m_model->merge(jobs);
    QSet<QString> datasets;
    for (const JobRecord &job : jobs)
        datasets.insert(job.datasetArn);
    for (const QString &dataset : std::as_const(datasets))
        Q_EMIT datasetJobsChanged(dataset);
}

void JobsController::catchUp(const QStringList &datasetArns)
{
    if (JobTracker *tracker = currentTracker()) {
        tracker->catchUp(datasetArns);
        Q_EMIT catchUpProgress(tracker->catchUpRemaining());
    }
}

int JobsController::catchUpRemaining() const
{
    const JobTracker *tracker = currentTracker();
    return tracker ? tracker->catchUpRemaining() : 0;
}

DatasetJobFacts JobsController::datasetFacts(const QString &datasetArn) const
{
    DatasetJobFacts facts;
    const JobTracker *tracker = currentTracker();
    facts.known = tracker && tracker->isCaughtUp(datasetArn);
    const auto jobs = m_store->jobsOfDataset(datasetArn);
    if (!jobs.ok())
        return facts;
    for (const JobRecord &job : jobs.value()) {
        facts.jobNames.append(job.name);
        const bool full = job.importMode.isEmpty() || job.importMode == u"FULL";
        if (full && job.statusValue() == ImportJobStatus::Active)
            facts.hasFinishedFullImport = true;
    }
    return facts;
}

void JobsController::setTrackerIntervals(const JobTrackerIntervals &intervals)
{
    m_intervals = intervals;
    for (const auto &scope : std::as_const(m_scopes)) {
        if (scope->tracker)
            scope->tracker->setIntervals(intervals);
    }
}

void JobsController::setWindowVisible(bool visible)
{
    m_windowVisible = visible;
    for (const auto &scope : std::as_const(m_scopes)) {
        if (scope->tracker)
            scope->tracker->setWindowVisible(visible);
    }
}

void JobsController::refreshNow()
{
    for (const auto &scope : std::as_const(m_scopes)) {
        if (scope->tracker)
            scope->tracker->refreshNow();
    }
}

void JobsController::fetchDetails(const QString &jobArn)
{
    if (jobArn.isEmpty())
        return;
    const auto stored = m_store->job(jobArn);
    if (!stored.ok() || !stored.value())
        return;
    const JobRecord &job = *stored.value();
    if (job.detailsFetched && job.tagsFetched)
        return;
    // Through the connection of the job's own region: never another region's endpoint.
    QString key = keyOf(job.profile, job.region);
    const auto current = m_scopes.value(m_currentKey);
    if (!m_scopes.contains(key) && current && current->region == job.region &&
        job.profile.isEmpty())
        key = m_currentKey;
    if (!m_scopes.contains(key)) {
        if (!m_opener || m_unreachable.contains(key))
            return;
        auto opened = m_opener(job.profile, job.region);
        if (!opened.ok()) {
            m_unreachable.insert(key);
            Q_EMIT problem(
                tr("The details of %1 cannot be read: %2").arg(job.name, opened.error().message));
            return;
        }
        makeScope(job.profile, job.region, nullptr, opened.value());
    }
    if (const auto scope = m_scopes.value(key); scope && scope->tracker)
        scope->tracker->fetchDetails(jobArn);
}

QList<QPair<QString, QString>> JobsController::followedScopes() const
{
    QList<QPair<QString, QString>> scopes;
    if (const auto current = m_scopes.value(m_currentKey))
        scopes.append({current->profile, current->region});
    for (auto it = m_scopes.cbegin(); it != m_scopes.cend(); ++it) {
        if (it.key() != m_currentKey)
            scopes.append({(*it)->profile, (*it)->region});
    }
    return scopes;
}

void JobsController::serveQueue(Scope *scope)
{
    if (!scope || !scope->tracker || !scope->submissions)
        return;
    const bool waiting = !scope->submissions->queued().isEmpty();
    scope->tracker->setKeepPolling(waiting);
    if (!waiting || !scope->tracker->isOnline())
        return;
    scope->submissions->sendQueued(SubmissionService::kMaxRunningImports -
                                   scope->tracker->activeJobCount());
}

void JobsController::showQueued()
{
    const auto rows = m_store->outboxRows(OutboxState::Queued);
    if (!rows.ok()) {
        Q_EMIT problem(rows.error());
        return;
    }
    QList<JobRecord> queued;
    QSet<QString> keys;
    for (const OutboxEntry &entry : rows.value()) {
        queued.append(JobRecord::fromQueued(entry));
        keys.insert(queued.constLast().arn);
    }
    // A row sent from the queue stays until its answer: on a full region it waits on, in the
    // same place, rather than leave the table and come back.
    const auto inFlight = [this](qint64 id) {
        for (const auto &scope : std::as_const(m_scopes)) {
            if (scope->submissions && scope->submissions->isInFlight(id))
                return true;
        }
        return false;
    };
    QStringList gone;
    QHash<QString, qint64> rowsNow;
    for (auto it = m_queuedRows.cbegin(); it != m_queuedRows.cend(); ++it) {
        if (keys.contains(it.key()))
            continue;
        if (inFlight(it.value()))
            rowsNow.insert(it.key(), it.value());
        else
            gone.append(it.key());
    }
    for (const JobRecord &record : std::as_const(queued))
        rowsNow.insert(record.arn, record.queuedOutboxId);
    m_queuedRows = rowsNow;
    m_model->removeJobs(gone);
    m_model->merge(queued);
}

Result<qint64, QString> JobsController::enqueue(const ImportJobDraft &draft,
                                                const std::optional<DataCheckReport> &dataCheck)
{
    const auto scope = m_scopes.value(m_currentKey);
    if (!scope || !scope->submissions)
        return tr("Not connected: the submission cannot be queued.");
    const auto id = scope->submissions->enqueue(draft, dataCheck);
    if (id.ok())
        serveQueue(scope.get());
    return id;
}

Result<bool, QString> JobsController::cancelQueued(qint64 outboxId)
{
    const auto entry = m_store->outboxEntry(outboxId);
    if (!entry.ok())
        return entry.error();
    if (!entry.value())
        return tr("Submission %1 is not in the job history.").arg(outboxId);
    // Through the service of its own region and profile when one is open, else directly.
    const auto scope = m_scopes.value(keyOf(entry.value()->profile, entry.value()->region));
    Result<bool, QString> cancelled = true;
    if (scope && scope->submissions) {
        cancelled = scope->submissions->cancelQueued(outboxId);
    } else if (entry.value()->state != OutboxState::Queued) {
        cancelled =
            tr("Submission %1 cannot be cancelled: it is not waiting in the queue.").arg(outboxId);
    } else if (const auto failed = m_store->fail(outboxId, tr("Cancelled while queued."));
               !failed.ok()) {
        cancelled = failed.error();
    }
    showQueued();
    if (scope)
        serveQueue(scope.get());
    return cancelled;
}
