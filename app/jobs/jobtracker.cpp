#include "jobs/jobtracker.h"

#include "aws/awscall.h"
#include "aws/awsclient.h"
#include "aws/retrystrategy.h"
#include "jobs/jobslogging.h"
#include "jobs/jobstore.h"
#include "personalize/personalizeclient.h"

#include <algorithm>
#include <memory>

using namespace std::chrono_literals;

namespace {

bool isNetworkLoss(const AwsError &error)
{
    switch (error.kind) {
    case AwsError::Kind::HostNotFound:
    case AwsError::Kind::ConnectionRefused:
    case AwsError::Kind::ConnectionClosed:
    case AwsError::Kind::Timeout:
    case AwsError::Kind::Network:
        return true;
    default:
        return false;
    }
}

} // namespace

JobTracker::JobTracker(JobStore *store, PersonalizeClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobTracker::poll);
    // Retries hidden inside a successful call still mean the service is pushing back.
    connect(m_client->awsClient(), &AwsClient::callFinished, this, &JobTracker::onCallFinished);
}

JobTracker::~JobTracker() = default;

void JobTracker::setIntervals(const JobTrackerIntervals &intervals)
{
    m_intervals = intervals;
    if (m_timer.isActive() && !m_pollInFlight)
        scheduleNext();
}

void JobTracker::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

std::chrono::milliseconds JobTracker::currentInterval() const
{
    const auto cap = m_intervals.maxInterval;
    if (!m_online)
        return std::min(std::max(m_offlineDelay, m_intervals.newJob), cap);
    QDateTime youngest;
    for (const JobRecord &job : m_active) {
        if (job.created.isValid() && (!youngest.isValid() || job.created > youngest))
            youngest = job.created;
    }
    double ms = static_cast<double>(m_intervals.newJob.count());
    if (youngest.isValid() && m_intervals.rampDuration.count() > 0) {
        const double age = static_cast<double>(std::max<qint64>(0, youngest.msecsTo(m_clock())));
        const double share =
            std::clamp(age / static_cast<double>(m_intervals.rampDuration.count()), 0.0, 1.0);
        ms += share * static_cast<double>((m_intervals.longRunning - m_intervals.newJob).count());
    }
    if (!m_visible)
        ms *= m_intervals.hiddenFactor;
    ms *= m_backoff;
    ms = std::min(ms, static_cast<double>(cap.count()));
    return std::chrono::milliseconds(static_cast<qint64>(ms));
}

bool JobTracker::hasWork() const
{
    return !m_active.isEmpty() || !m_discover.isEmpty();
}

void JobTracker::setTracking(bool tracking)
{
    if (tracking == m_tracking)
        return;
    m_tracking = tracking;
    Q_EMIT trackingChanged(tracking);
}

void JobTracker::loadFromStore()
{
    const auto arns = m_store->jobArns();
    const auto running = m_store->runningJobs();
    const auto watched = m_store->watchedDatasets();
    for (const QString &message :
         {arns.ok() ? QString() : arns.error(), running.ok() ? QString() : running.error(),
          watched.ok() ? QString() : watched.error()}) {
        if (!message.isEmpty()) {
            Q_EMIT storeError(message);
            return;
        }
    }
    m_known = arns.value();
    for (const JobRecord &job : running.value()) {
        m_active.insert(job.arn, job);
        if (!job.detailsFetched)
            queueDescribe(job.arn);
    }
    for (const QString &dataset : watched.value()) {
        if (!m_watched.contains(dataset))
            m_watched.append(dataset);
        // Known datasets: look for jobs created elsewhere, page only while new ones show up.
        if (!m_discover.contains(dataset))
            m_discover.insert(dataset, ListingMode::Refresh);
    }
    if (hasWork())
        scheduleWithin(0ms);
}

void JobTracker::track(const JobRecord &job)
{
    if (job.arn.isEmpty())
        return;
    if (!job.datasetArn.isEmpty() && !m_watched.contains(job.datasetArn)) {
        m_watched.append(job.datasetArn);
        const auto added = m_store->addWatchedDataset(job.datasetArn);
        if (!added.ok())
            Q_EMIT storeError(added.error());
    }
    const std::optional<JobRecord> old = currentRecord(job.arn);
    JobRecord record = job;
    if (old && old->updated.isValid() && record.updated.isValid() &&
        old->updated > record.updated) {
        // What the tracker has already seen is newer than what the caller knows.
        record = *old;
        record.detailsFetched = record.detailsFetched || job.detailsFetched;
        if (job.detailsFetched) {
            record.dataLocation = job.dataLocation;
            record.roleArn = job.roleArn;
            record.publishAttributionMetricsToS3 = job.publishAttributionMetricsToS3;
            record.tags = job.tags;
        }
    }
    if (!old || *old != record)
        commit({{old, record}});
    else if (record.isRunning())
        m_active.insert(record.arn, record); // already stored (e.g. by the submission service)
    if (record.isRunning() && !record.detailsFetched)
        queueDescribe(record.arn);
    pumpDescribes();
    if (record.isRunning())
        scheduleWithin(currentInterval());
}

void JobTracker::watchDataset(const QString &datasetArn)
{
    if (datasetArn.isEmpty())
        return;
    if (!m_watched.contains(datasetArn)) {
        m_watched.append(datasetArn);
        const auto added = m_store->addWatchedDataset(datasetArn);
        if (!added.ok())
            Q_EMIT storeError(added.error());
        m_discover.insert(datasetArn, ListingMode::Full);
    } else if (!m_discover.contains(datasetArn)) {
        m_discover.insert(datasetArn, ListingMode::Refresh);
    }
    scheduleWithin(0ms);
}

QStringList JobTracker::watchedDatasets() const
{
    return m_watched;
}

void JobTracker::refreshNow()
{
    for (const QString &dataset : std::as_const(m_watched)) {
        if (!m_discover.contains(dataset))
            m_discover.insert(dataset, ListingMode::Refresh);
    }
    if (m_paused)
        return;
    if (m_pollInFlight)
        m_pollAgain = true;
    else
        poll();
}

void JobTracker::fetchDetails(const QString &arn)
{
    const std::optional<JobRecord> record = currentRecord(arn);
    if (record && record->detailsFetched)
        return;
    queueDescribe(arn);
    pumpDescribes();
}

void JobTracker::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_timer.stop();
        setTracking(m_pollInFlight);
        return;
    }
    pumpDescribes();
    scheduleWithin(0ms);
}

void JobTracker::setWindowVisible(bool visible)
{
    if (visible == m_visible)
        return;
    m_visible = visible;
    // Coming back: do not wait out an interval that was stretched for a hidden window.
    if (visible && m_timer.isActive() && m_timer.remainingTimeAsDuration() > currentInterval())
        scheduleNext();
}

void JobTracker::scheduleWithin(std::chrono::milliseconds delay)
{
    if (m_paused || m_pollInFlight)
        return; // the poll in flight schedules the next one when it ends
    if (m_timer.isActive() && m_timer.remainingTimeAsDuration() <= delay)
        return;
    m_timer.start(delay);
    setTracking(true);
    Q_EMIT nextPollScheduled(delay);
}

void JobTracker::scheduleNext()
{
    if (m_paused || !hasWork()) {
        m_timer.stop();
        setTracking(false);
        return;
    }
    const auto delay = currentInterval();
    m_timer.start(delay);
    setTracking(true);
    Q_EMIT nextPollScheduled(delay);
}

void JobTracker::poll()
{
    if (m_paused)
        return;
    if (m_pollInFlight) {
        m_pollAgain = true;
        return;
    }
    m_timer.stop();
    QHash<QString, ListingMode> work = m_discover;
    for (const JobRecord &job : std::as_const(m_active)) {
        if (!work.contains(job.datasetArn))
            work.insert(job.datasetArn, ListingMode::Active);
    }
    if (work.isEmpty()) {
        setTracking(false);
        return;
    }
    m_pollInFlight = true;
    m_outstanding = static_cast<int>(work.size());
    m_congested = false;
    m_networkError.reset();
    m_throttleError.reset();
    m_otherError.reset();
    ++m_pollCount;
    setTracking(true);
    Q_EMIT pollStarted();
    for (auto it = work.cbegin(); it != work.cend(); ++it)
        listDataset(it.key(), it.value());
    pumpDescribes();
}

void JobTracker::listDataset(const QString &datasetArn, ListingMode mode)
{
    auto unseen = std::make_shared<QSet<QString>>();
    for (const JobRecord &job : std::as_const(m_active)) {
        if (job.datasetArn == datasetArn)
            unseen->insert(job.arn);
    }
    m_client->streamDatasetImportJobs(
        datasetArn, PersonalizeClient::kMaxPageSize, this,
        [this, datasetArn, mode, unseen](const QList<DatasetImportJobSummary> &page) {
            for (const DatasetImportJobSummary &summary : page)
                unseen->remove(summary.datasetImportJobArn.value_or(QString()));
            bool lastWasUnknown = false;
            applyPage(datasetArn, page, &lastWasUnknown);
            switch (mode) {
            case ListingMode::Full:
                return true;
            case ListingMode::Refresh:
                // Listings run newest first: once a page ends on a known job, the older
                // pages hold nothing new.
                return !unseen->isEmpty() || lastWasUnknown;
            case ListingMode::Active:
                break;
            }
            return !unseen->isEmpty();
        },
        [this, datasetArn, mode](const Result<QList<DatasetImportJobSummary>, AwsError> &result) {
            if (result.ok() && m_discover.value(datasetArn, ListingMode::Active) == mode)
                m_discover.remove(datasetArn);
            datasetDone(result.ok() ? std::nullopt : std::optional<AwsError>(result.error()));
        });
}

void JobTracker::applyPage(const QString &datasetArn, const QList<DatasetImportJobSummary> &page,
                           bool *lastWasUnknown)
{
    const QDateTime now = m_clock();
    QList<QPair<std::optional<JobRecord>, JobRecord>> changes;
    for (const DatasetImportJobSummary &summary : page) {
        const QString arn = summary.datasetImportJobArn.value_or(QString());
        if (arn.isEmpty())
            continue;
        std::optional<JobRecord> old;
        const auto active = m_active.constFind(arn);
        *lastWasUnknown = active == m_active.cend() && !m_known.contains(arn);
        if (active != m_active.cend()) {
            old = *active;
        } else if (m_known.contains(arn)) {
            continue; // finished and recorded: it will not change any more
        } else {
            // Submitted by this app but not handed to the tracker yet: keep what is stored.
            const auto stored = m_store->job(arn);
            if (stored.ok() && stored.value())
                old = *stored.value();
        }
        JobRecord record = old ? *old : JobRecord::fromSummary(summary, datasetArn);
        if (old)
            record.applySummary(summary);
        else
            record.profile = m_profile;
        record.lastSeen = now;
        if (record.isRunning() && !record.detailsFetched)
            queueDescribe(arn);
        changes.append({old, record});
    }
    commit(std::move(changes));
}

void JobTracker::commit(QList<QPair<std::optional<JobRecord>, JobRecord>> changes)
{
    if (changes.isEmpty())
        return;
    QList<JobRecord> toStore;
    QList<JobRecord> toEmit;
    toStore.reserve(changes.size());
    for (const auto &[old, record] : std::as_const(changes)) {
        toStore.append(record);
        m_known.insert(record.arn);
        if (record.isRunning())
            m_active.insert(record.arn, record);
        else
            m_active.remove(record.arn);
    }
    const auto stored = m_store->upsertJobs(toStore);
    if (!stored.ok())
        Q_EMIT storeError(stored.error());
    for (const auto &[old, record] : std::as_const(changes)) {
        if (old && old->sameContent(record))
            continue; // only lastSeen moved
        toEmit.append(record);
        Q_EMIT jobChanged(old.value_or(JobRecord()), record);
        if (old && old->isRunning() && !record.isRunning()) {
            qCInfo(lcJobs).noquote() << "job" << record.name << "finished:" << record.status;
            Q_EMIT jobFinished(record);
        }
    }
    if (!toEmit.isEmpty())
        Q_EMIT jobsUpdated(toEmit);
}

void JobTracker::datasetDone(const std::optional<AwsError> &error)
{
    if (error) {
        if (isNetworkLoss(*error))
            m_networkError = error;
        else if (RetryStrategy::classify(*error) == RetryClass::Throttling)
            m_throttleError = error;
        else
            m_otherError = error;
    }
    if (--m_outstanding > 0)
        return;
    m_pollInFlight = false;
    if (m_networkError) {
        if (m_online) {
            m_online = false;
            qCInfo(lcJobs).noquote()
                << "polling paused by a network problem:" << m_networkError->summary();
            Q_EMIT connectivityChanged(false);
        }
        // Probe again soon, then less and less often.
        m_offlineDelay = m_offlineDelay.count() == 0
                             ? m_intervals.newJob
                             : std::min(m_offlineDelay * 2, m_intervals.longRunning);
        Q_EMIT pollFailed(*m_networkError);
    } else {
        if (!m_online) {
            m_online = true;
            m_offlineDelay = 0ms;
            qCInfo(lcJobs) << "polling resumed";
            Q_EMIT connectivityChanged(true);
        }
        // Up fast, down slowly: under steady partial throttling the interval keeps growing.
        if (m_throttleError || m_otherError || m_congested)
            m_backoff = std::min(m_backoff * 2.0, m_intervals.maxBackoffFactor);
        else
            m_backoff = std::max(1.0, m_backoff / 1.25);
        if (m_throttleError)
            Q_EMIT pollFailed(*m_throttleError);
        if (m_otherError)
            Q_EMIT pollFailed(*m_otherError);
    }
    Q_EMIT pollFinished();
    if (m_pollAgain && !m_paused) {
        m_pollAgain = false;
        poll();
        return;
    }
    m_pollAgain = false;
    scheduleNext();
}

void JobTracker::onCallFinished(const AwsCallRecord &record)
{
    if (m_pollInFlight && record.attempts > 1 && record.operation == u"ListDatasetImportJobs")
        m_congested = true;
}

std::optional<JobRecord> JobTracker::currentRecord(const QString &arn) const
{
    const auto active = m_active.constFind(arn);
    if (active != m_active.cend())
        return *active;
    const auto stored = m_store->job(arn);
    if (stored.ok() && stored.value())
        return *stored.value();
    return std::nullopt;
}

void JobTracker::queueDescribe(const QString &arn)
{
    if (m_described.contains(arn) || m_describing.contains(arn) || m_describeQueue.contains(arn))
        return;
    m_describeQueue.append(arn);
}

void JobTracker::pumpDescribes()
{
    while (!m_paused && !m_describeQueue.isEmpty() &&
           m_describing.size() < std::max(1, m_intervals.maxConcurrentDescribes)) {
        const QString arn = m_describeQueue.takeFirst();
        m_described.insert(arn);
        m_describing.insert(arn);
        m_client->describeDatasetImportJob(
            arn, this, [this, arn](const Result<DatasetImportJob, AwsError> &result) {
                m_describing.remove(arn);
                if (result.ok()) {
                    onDescribed(arn, result.value());
                } else {
                    qCInfo(lcJobs).noquote()
                        << "details of" << arn << "not read:" << result.error().summary();
                    // A failure that may pass (network, throttling): ask again when next seen.
                    if (result.error().code != u"ResourceNotFoundException")
                        m_described.remove(arn);
                }
                pumpDescribes();
            });
    }
}

void JobTracker::onDescribed(const QString &arn, const DatasetImportJob &job)
{
    const std::optional<JobRecord> old = currentRecord(arn);
    JobRecord record;
    if (!old) {
        record.applyDetails(job);
        record.profile = m_profile;
    } else {
        record = *old;
        const bool newer = job.lastUpdatedDateTime &&
                           (!record.updated.isValid() || *job.lastUpdatedDateTime > record.updated);
        if (newer) {
            record.applyDetails(job);
        } else {
            // Only what the listing lacks: its status may already be fresher than this answer.
            if (job.dataSource && job.dataSource->dataLocation)
                record.dataLocation = *job.dataSource->dataLocation;
            if (job.roleArn)
                record.roleArn = *job.roleArn;
            if (job.publishAttributionMetricsToS3)
                record.publishAttributionMetricsToS3 = job.publishAttributionMetricsToS3;
            record.detailsFetched = true;
        }
    }
    record.lastSeen = m_clock();
    commit({{old, record}});
}
