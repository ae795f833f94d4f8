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

// Marks the account-wide poll among the listings of a poll (dataset ARNs, or "" for the
// account's history); it is not an ARN.
const QString kAccountPoll = QStringLiteral("#account");

} // namespace

JobTracker::JobTracker(JobStore *store, PersonalizeClient *client, const QString &profile,
                       const QString &region, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
    , m_profile(profile)
    , m_region(region)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobTracker::poll);
    // Retries hidden inside a successful call still mean the service is pushing back.
    connect(m_client->awsClient(), &AwsClient::callFinished, this, &JobTracker::onCallFinished);
    const auto complete = m_store->datasetsWithCompleteHistory();
    if (complete.ok())
        m_complete = complete.value();
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

bool JobTracker::isOurs(const JobRecord &job) const
{
    // Jobs recorded before profiles were recorded belong to whoever follows their region.
    return job.region == m_region && (job.profile.isEmpty() || job.profile == m_profile);
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
    for (const QString &message :
         {arns.ok() ? QString() : arns.error(), running.ok() ? QString() : running.error()}) {
        if (!message.isEmpty()) {
            Q_EMIT storeError(message);
            return;
        }
    }
    m_known += arns.value();
    for (const JobRecord &job : running.value()) {
        if (isOurs(job))
            m_active.insert(job.arn, job);
    }
    if (hasWork())
        scheduleWithin(0ms);
}

void JobTracker::catchUp(const QStringList &datasetArns)
{
    for (const QString &dataset : datasetArns) {
        if (!m_catchUp.contains(dataset) && !m_listing.contains(dataset))
            m_catchUp.append(dataset);
    }
    if (!m_catchUp.isEmpty())
        scheduleWithin(0ms);
}

void JobTracker::follow(const QStringList &jobArns)
{
    QList<Change> changes;
    for (const QString &arn : jobArns) {
        if (arn.isEmpty() || m_active.contains(arn))
            continue;
        const std::optional<JobRecord> stored = currentRecord(arn);
        if (stored) {
            if (stored->isRunning())
                m_active.insert(arn, *stored);
            continue;
        }
        // Unknown yet: the next listing tells its state.
        JobRecord placeholder;
        placeholder.arn = arn;
        placeholder.profile = m_profile;
        placeholder.fillFromArns();
        m_active.insert(arn, placeholder);
    }
    if (hasWork())
        scheduleWithin(0ms);
}

void JobTracker::track(const JobRecord &job)
{
    if (job.arn.isEmpty())
        return;
    const std::optional<JobRecord> old = currentRecord(job.arn);
    JobRecord record = job;
    if (old && old->updated.isValid() && record.updated.isValid() &&
        old->updated > record.updated) {
        // What the tracker has already seen is newer than what the caller knows.
        record = *old;
        if (job.detailsFetched) {
            record.detailsFetched = true;
            record.dataLocation = job.dataLocation;
            record.roleArn = job.roleArn;
            record.publishAttributionMetricsToS3 = job.publishAttributionMetricsToS3;
        }
        if (job.tagsFetched) {
            record.tagsFetched = true;
            record.tags = job.tags;
        }
    }
    // The tracker may have met the job in a listing before the submission was confirmed.
    if (!record.dataCheck && old && old->dataCheck)
        record.dataCheck = old->dataCheck;
    else if (!record.dataCheck && job.dataCheck)
        record.dataCheck = job.dataCheck;
    if (!old || *old != record)
        commit({{old, record}});
    else if (record.isRunning())
        m_active.insert(record.arn, record); // already stored (e.g. by the submission service)
    if (record.isRunning())
        scheduleWithin(currentInterval());
}

void JobTracker::refreshNow()
{
    for (const QString &dataset : std::as_const(m_caughtUpThisSession)) {
        if (!m_catchUp.contains(dataset))
            m_catchUp.append(dataset);
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
    if (!record || record->region != m_region)
        return; // another region's job goes to its own tracker
    if (!record->detailsFetched)
        queueDescribe(arn);
    if (!record->tagsFetched)
        queueTags(arn);
    pumpDetails();
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
    pumpDetails();
    scheduleWithin(0ms);
}

void JobTracker::setKeepPolling(bool keep)
{
    if (keep == m_keepPolling)
        return;
    m_keepPolling = keep;
    if (keep)
        scheduleWithin(currentInterval());
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
    // Histories still to list are not worth waiting for.
    const auto delay = m_catchUp.isEmpty() ? currentInterval() : 0ms;
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
    // The histories to catch up on, then the account-wide listing for whatever is unfinished.
    // A listing of a dataset refreshes its unfinished jobs too, so a poll that lists every
    // dataset with unfinished jobs needs no account-wide listing.
    QStringList listings = m_catchUp;
    m_catchUp.clear();
    bool needAccount = false;
    for (const JobRecord &job : std::as_const(m_active)) {
        if (job.datasetArn.isEmpty() || !listings.contains(job.datasetArn)) {
            needAccount = true;
            break;
        }
    }
    if (needAccount || (m_keepPolling && listings.isEmpty()))
        listings.append(kAccountPoll);
    if (listings.isEmpty()) {
        setTracking(false);
        return;
    }
    m_pollInFlight = true;
    m_pendingListings = listings;
    m_outstanding = static_cast<int>(listings.size());
    m_congested = false;
    m_networkError.reset();
    m_throttleError.reset();
    m_otherError.reset();
    ++m_pollCount;
    setTracking(true);
    Q_EMIT pollStarted();
    startListings();
    pumpDetails();
}

void JobTracker::startListings()
{
    const int limit = std::max(1, m_intervals.maxConcurrentListings);
    while (!m_pendingListings.isEmpty() && m_listing.size() < limit) {
        const QString next = m_pendingListings.takeFirst();
        m_listing.insert(next);
        if (next == kAccountPoll)
            listAccount();
        else
            listHistory(next);
    }
}

void JobTracker::listHistory(const QString &datasetArn)
{
    // Newest first. Once a page holds a job the store already has as finished, older pages
    // hold nothing new, provided the store has this dataset's whole history.
    const bool complete = m_complete.contains(datasetArn);
    m_client->streamDatasetImportJobs(
        datasetArn, PersonalizeClient::kMaxPageSize, this,
        [this, datasetArn, complete](const QList<DatasetImportJobSummary> &page) {
            const QDateTime now = m_clock();
            bool reachedStoredHistory = false;
            QList<Change> changes;
            for (const DatasetImportJobSummary &summary : page) {
                const QString arn = summary.datasetImportJobArn.value_or(QString());
                if (m_known.contains(arn) && !m_active.contains(arn))
                    reachedStoredHistory = true;
                if (auto change = fromListing(summary, datasetArn, true, now))
                    changes.append(*change);
            }
            commit(std::move(changes));
            return !(complete && reachedStoredHistory);
        },
        [this, datasetArn](const Result<QList<DatasetImportJobSummary>, AwsError> &result) {
            m_listing.remove(datasetArn);
            if (result.ok()) {
                if (!m_complete.contains(datasetArn)) {
                    m_complete.insert(datasetArn);
                    const auto marked = m_store->setHistoryComplete(datasetArn);
                    if (!marked.ok())
                        Q_EMIT storeError(marked.error());
                }
                if (!m_caughtUpThisSession.contains(datasetArn))
                    m_caughtUpThisSession.append(datasetArn);
                Q_EMIT datasetCaughtUp(datasetArn);
            } else if (!m_catchUp.contains(datasetArn)) {
                m_catchUp.append(datasetArn); // again at the next poll
            }
            listingDone(result.ok() ? std::nullopt : std::optional<AwsError>(result.error()));
        });
}

void JobTracker::listAccount()
{
    // Newest first, back to the oldest unfinished job: every unfinished job is on these pages,
    // along with any job created since, in any dataset.
    auto unseen = std::make_shared<QSet<QString>>();
    QDateTime oldest;
    bool bounded = true;
    for (const JobRecord &job : std::as_const(m_active)) {
        unseen->insert(job.arn);
        if (!job.created.isValid())
            bounded = false; // a job only known by its ARN: page until it shows up
        else if (!oldest.isValid() || job.created < oldest)
            oldest = job.created;
    }
    m_client->streamDatasetImportJobs(
        QString(), PersonalizeClient::kMaxPageSize, this,
        [this, unseen, oldest, bounded](const QList<DatasetImportJobSummary> &page) {
            const QDateTime now = m_clock();
            QList<Change> changes;
            for (const DatasetImportJobSummary &summary : page) {
                unseen->remove(summary.datasetImportJobArn.value_or(QString()));
                // Jobs created elsewhere since the oldest unfinished one are discovered; the
                // older rest of the page is history, which catchUp() lists by dataset.
                const bool recent =
                    !bounded || (summary.creationDateTime && *summary.creationDateTime >= oldest);
                const bool add = m_discovery != Discovery::Ignore && recent;
                if (auto change = fromListing(summary, QString(), add, now))
                    changes.append(*change);
            }
            commit(std::move(changes));
            if (unseen->isEmpty() || page.isEmpty())
                return false;
            // Past the oldest unfinished job, jobs not seen are gone from the listing.
            const auto last = page.constLast().creationDateTime;
            return !(bounded && last && *last < oldest);
        },
        [this, unseen](const Result<QList<DatasetImportJobSummary>, AwsError> &result) {
            m_listing.remove(kAccountPoll);
            if (result.ok()) {
                // Not in the listing: only a description can tell what became of them.
                for (const QString &arn : std::as_const(*unseen)) {
                    if (m_active.contains(arn))
                        queueDescribe(arn);
                }
                pumpDetails();
            }
            listingDone(result.ok() ? std::nullopt : std::optional<AwsError>(result.error()));
        });
}

std::optional<JobTracker::Change> JobTracker::fromListing(const DatasetImportJobSummary &summary,
                                                          const QString &datasetArn,
                                                          bool addUnknown, const QDateTime &now)
{
    const QString arn = summary.datasetImportJobArn.value_or(QString());
    if (arn.isEmpty())
        return std::nullopt;
    std::optional<JobRecord> old;
    const auto active = m_active.constFind(arn);
    if (active != m_active.cend()) {
        old = *active;
    } else if (m_known.contains(arn)) {
        return std::nullopt; // finished and recorded (or another profile's): it will not change
    } else if (!addUnknown) {
        return std::nullopt; // not asked to follow it
    }
    JobRecord record = old ? *old : JobRecord::fromSummary(summary, datasetArn);
    if (old) {
        record.applySummary(summary);
        if (record.datasetArn.isEmpty() && !datasetArn.isEmpty()) {
            record.datasetArn = datasetArn;
            record.fillFromArns();
        }
    } else {
        record.profile = m_profile;
    }
    // Its dataset is learnt from a history listing or, once, from a description.
    if (record.datasetArn.isEmpty() && m_discovery == Discovery::Describe && !old)
        queueDescribe(arn);
    record.lastSeen = now;
    return Change{old, record};
}

void JobTracker::commit(QList<Change> changes)
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
        if (old && old->isRunning() && !record.isRunning()) {
            qCInfo(lcJobs).noquote() << "job" << record.name << "finished:" << record.status;
            Q_EMIT jobFinished(record);
        }
    }
    if (!toEmit.isEmpty())
        Q_EMIT jobsUpdated(toEmit);
    pumpDetails();
}

void JobTracker::listingDone(const std::optional<AwsError> &error)
{
    if (error) {
        if (isNetworkLoss(*error))
            m_networkError = error;
        else if (RetryStrategy::classify(*error) == RetryClass::Throttling)
            m_throttleError = error;
        else
            m_otherError = error;
    }
    startListings();
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
    // Histories that failed wait for the interval like any other retry.
    if (m_networkError || m_throttleError || m_otherError) {
        if (!m_paused && hasWork()) {
            const auto delay = currentInterval();
            m_timer.start(delay);
            setTracking(true);
            Q_EMIT nextPollScheduled(delay);
            return;
        }
    }
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

void JobTracker::queueTags(const QString &arn)
{
    if (m_tagged.contains(arn) || m_tagging.contains(arn) || m_tagQueue.contains(arn))
        return;
    m_tagQueue.append(arn);
}

void JobTracker::pumpDetails()
{
    const qsizetype limit = std::max(1, m_intervals.maxConcurrentDescribes);
    while (!m_paused && !m_describeQueue.isEmpty() &&
           m_describing.size() + m_tagging.size() < limit) {
        const QString arn = m_describeQueue.takeFirst();
        m_described.insert(arn);
        m_describing.insert(arn);
        m_client->describeDatasetImportJob(
            arn, this, [this, arn](const Result<DatasetImportJob, AwsError> &result) {
                m_describing.remove(arn);
                if (result.ok()) {
                    onDescribed(arn, result.value());
                } else if (result.error().code == u"ResourceNotFoundException") {
                    if (m_active.remove(arn) > 0)
                        Q_EMIT jobNotFound(arn, result.error());
                } else {
                    qCInfo(lcJobs).noquote()
                        << "details of" << arn << "not read:" << result.error().summary();
                    // A failure that may pass (network, throttling): ask again when next asked.
                    m_described.remove(arn);
                }
                pumpDetails();
            });
    }
    while (!m_paused && !m_tagQueue.isEmpty() && m_describing.size() + m_tagging.size() < limit) {
        const QString arn = m_tagQueue.takeFirst();
        m_tagged.insert(arn);
        m_tagging.insert(arn);
        m_client->listTagsForResource(
            arn, this, [this, arn](const Result<QList<Tag>, AwsError> &result) {
                m_tagging.remove(arn);
                if (result.ok()) {
                    onTags(arn, result.value());
                } else {
                    qCInfo(lcJobs).noquote()
                        << "tags of" << arn << "not read:" << result.error().summary();
                    m_tagged.remove(arn);
                }
                pumpDetails();
            });
    }
}

void JobTracker::onDescribed(const QString &arn, const DatasetImportJob &job)
{
    const std::optional<JobRecord> old = currentRecord(arn);
    JobRecord record;
    if (!old || old->status.isEmpty()) {
        record = old.value_or(JobRecord());
        record.applyDetails(job);
        if (record.profile.isEmpty())
            record.profile = m_profile;
    } else {
        record = *old;
        const bool newer = job.lastUpdatedDateTime &&
                           (!record.updated.isValid() || *job.lastUpdatedDateTime > record.updated);
        if (newer) {
            record.applyDetails(job);
        } else {
            // Only what the listing lacks: its status may already be fresher than this answer.
            if (job.datasetArn && record.datasetArn.isEmpty())
                record.datasetArn = *job.datasetArn;
            if (job.dataSource && job.dataSource->dataLocation)
                record.dataLocation = *job.dataSource->dataLocation;
            if (job.roleArn)
                record.roleArn = *job.roleArn;
            if (job.publishAttributionMetricsToS3)
                record.publishAttributionMetricsToS3 = job.publishAttributionMetricsToS3;
            record.detailsFetched = true;
            record.fillFromArns();
        }
    }
    record.lastSeen = m_clock();
    commit({{old, record}});
}

void JobTracker::onTags(const QString &arn, const QList<Tag> &tags)
{
    const std::optional<JobRecord> old = currentRecord(arn);
    if (!old)
        return;
    JobRecord record = *old;
    record.tags = tags;
    record.tagsFetched = true;
    commit({{old, record}});
}
