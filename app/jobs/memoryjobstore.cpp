#include "jobs/memoryjobstore.h"

#include <algorithm>

MemoryJobStore::~MemoryJobStore() = default;

QList<JobRecord>
MemoryJobStore::sortedJobs(const std::function<bool(const JobRecord &)> &keep) const
{
    QList<JobRecord> jobs;
    for (const JobRecord &job : m_jobs) {
        if (keep(job))
            jobs.append(job);
    }
    // As the file store orders them: by creation time, then by ARN for a stable order.
    std::sort(jobs.begin(), jobs.end(), [](const JobRecord &a, const JobRecord &b) {
        const qint64 ta = a.created.isValid() ? a.created.toMSecsSinceEpoch() : 0;
        const qint64 tb = b.created.isValid() ? b.created.toMSecsSinceEpoch() : 0;
        return ta != tb ? ta < tb : a.arn < b.arn;
    });
    return jobs;
}

MemoryJobStore::StoreResult<bool> MemoryJobStore::upsertJobs(const QList<JobRecord> &jobs)
{
    for (const JobRecord &job : jobs) {
        const auto old = m_jobs.constFind(job.arn);
        if (!job.dataCheck && old != m_jobs.cend() && old->dataCheck) {
            JobRecord kept = job;
            kept.dataCheck = old->dataCheck;
            m_jobs.insert(job.arn, kept);
            continue;
        }
        m_jobs.insert(job.arn, job);
    }
    return true;
}

MemoryJobStore::StoreResult<QList<JobRecord>> MemoryJobStore::loadJobs() const
{
    return sortedJobs([](const JobRecord &) { return true; });
}

void MemoryJobStore::loadJobsInBatches(QObject *receiver, int batchSize, BatchCallback callback)
{
    QList<JobRecord> jobs = loadJobs().value();
    std::reverse(jobs.begin(), jobs.end());
    const qsizetype size = std::max(1, batchSize);
    qsizetype start = 0;
    do {
        const QList<JobRecord> batch = jobs.mid(start, size);
        start += size;
        const bool last = start >= jobs.size();
        QMetaObject::invokeMethod(
            receiver, [callback, batch, last] { callback(batch, last); }, Qt::QueuedConnection);
    } while (start < jobs.size());
}

MemoryJobStore::StoreResult<std::optional<JobRecord>> MemoryJobStore::job(const QString &arn) const
{
    const auto it = m_jobs.constFind(arn);
    return it == m_jobs.cend() ? std::optional<JobRecord>() : std::optional<JobRecord>(*it);
}

MemoryJobStore::StoreResult<QList<JobRecord>>
MemoryJobStore::jobsOfDataset(const QString &datasetArn) const
{
    return sortedJobs([&](const JobRecord &job) { return job.datasetArn == datasetArn; });
}

MemoryJobStore::StoreResult<QList<JobRecord>> MemoryJobStore::runningJobs() const
{
    return sortedJobs([](const JobRecord &job) { return job.isRunning(); });
}

MemoryJobStore::StoreResult<QSet<QString>> MemoryJobStore::jobArns() const
{
    QSet<QString> arns;
    arns.reserve(m_jobs.size());
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        arns.insert(it.key());
    return arns;
}

MemoryJobStore::StoreResult<int> MemoryJobStore::jobCount() const
{
    return static_cast<int>(m_jobs.size());
}

MemoryJobStore::StoreResult<bool> MemoryJobStore::addWatchedDataset(const QString &datasetArn)
{
    if (!m_watched.contains(datasetArn))
        m_watched.append(datasetArn);
    return true;
}

MemoryJobStore::StoreResult<QStringList> MemoryJobStore::watchedDatasets() const
{
    return m_watched;
}

MemoryJobStore::StoreResult<bool> MemoryJobStore::setHistoryComplete(const QString &datasetArn)
{
    m_complete.insert(datasetArn);
    return true;
}

MemoryJobStore::StoreResult<QSet<QString>> MemoryJobStore::datasetsWithCompleteHistory() const
{
    return m_complete;
}

MemoryJobStore::StoreResult<qint64>
MemoryJobStore::addPending(const ImportJobDraft &draft, const QString &region,
                           const QString &profile, const std::optional<DataCheckReport> &dataCheck)
{
    OutboxEntry entry;
    entry.id = m_nextId++;
    entry.draft = draft;
    entry.region = region;
    entry.profile = profile;
    entry.state = OutboxState::Pending;
    entry.created = QDateTime::currentDateTimeUtc();
    entry.updated = entry.created;
    entry.dataCheck = dataCheck;
    m_outbox.insert(entry.id, entry);
    return entry.id;
}

MemoryJobStore::StoreResult<std::optional<OutboxEntry>> MemoryJobStore::outboxEntry(qint64 id) const
{
    const auto it = m_outbox.constFind(id);
    return it == m_outbox.cend() ? std::optional<OutboxEntry>() : std::optional<OutboxEntry>(*it);
}

MemoryJobStore::StoreResult<QList<OutboxEntry>>
MemoryJobStore::selectOutbox(const QList<OutboxState> &states) const
{
    QList<OutboxEntry> entries;
    for (const OutboxEntry &entry : m_outbox) {
        if (states.isEmpty() || states.contains(entry.state))
            entries.append(entry);
    }
    return entries;
}

MemoryJobStore::StoreResult<bool> MemoryJobStore::setOutboxState(qint64 id, OutboxState state,
                                                                 const QString &error,
                                                                 const QString &jobArn,
                                                                 bool countAttempt)
{
    const auto it = m_outbox.find(id);
    if (it == m_outbox.end())
        return tr("Submission %1 is not in the job history.").arg(id);
    it->state = state;
    it->error = error;
    if (!jobArn.isEmpty())
        it->jobArn = jobArn;
    if (countAttempt)
        ++it->attempts;
    it->updated = QDateTime::currentDateTimeUtc();
    return true;
}
