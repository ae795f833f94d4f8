#include "jobs/submissionservice.h"

#include "aws/awsclient.h"
#include "jobs/jobslogging.h"
#include "jobs/jobstore.h"
#include "personalize/arn.h"
#include "personalize/personalizeclient.h"

#include <QHash>
#include <QLocale>

#include <memory>

SubmissionService::SubmissionService(JobStore *store, PersonalizeClient *client, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_client(client)
{}

SubmissionService::~SubmissionService() = default;

OutboxEntry SubmissionService::reload(const OutboxEntry &entry) const
{
    const auto stored = m_store->outboxEntry(entry.id);
    return stored.ok() && stored.value() ? *stored.value() : entry;
}

Result<qint64, QString> SubmissionService::submit(const ImportJobDraft &draft,
                                                  const std::optional<DataCheckReport> &dataCheck)
{
    const auto id = m_store->addPending(draft, m_region, m_profile, dataCheck);
    if (!id.ok())
        return tr("The submission was not sent because it could not be saved first: %1")
            .arg(id.error());
    const auto entry = m_store->outboxEntry(id.value());
    if (!entry.ok() || !entry.value())
        return tr("The submission was not sent because it could not be read back from the job "
                  "history.");
    Q_EMIT submissionChanged(*entry.value());
    // Sent from the event loop, so that every outcome reaches the caller after this returns.
    QMetaObject::invokeMethod(
        this,
        [this, id = id.value()] {
            const auto row = m_store->outboxEntry(id);
            if (row.ok() && row.value() && row.value()->state == OutboxState::Pending)
                send(*row.value());
        },
        Qt::QueuedConnection);
    return id.value();
}

void SubmissionService::send(OutboxEntry entry)
{
    // Recorded before the request leaves: from here on the job may exist.
    const auto sent = m_store->markSent(entry.id);
    if (!sent.ok()) {
        m_fromQueue.remove(entry.id);
        Q_EMIT storeError(sent.error());
        markFailed(entry, AwsError::make(AwsError::Kind::Configuration,
                                         tr("The submission was not sent because the job "
                                            "history could not be updated.")));
        return;
    }
    entry = reload(entry);
    m_inFlight.insert(entry.id);
    Q_EMIT submissionChanged(entry);
    qCInfo(lcJobs).noquote() << "submitting" << entry.draft.jobName.trimmed() << "( outbox row"
                             << entry.id << ")";
    m_client->createDatasetImportJob(
        entry.draft.toRequest(), this,
        [this, entry](const Result<CreateDatasetImportJobResponse, AwsError> &result,
                      bool uncertain) {
            m_inFlight.remove(entry.id);
            const bool fromQueue = m_fromQueue.remove(entry.id);
            if (result.ok()) {
                confirm(entry, *result->datasetImportJobArn, std::nullopt);
                return;
            }
            if (fromQueue && !uncertain && isCapacityError(result.error())) {
                // Someone else took the slot: wait for the next one, in the same place.
                const auto queued = m_store->markQueued(entry.id);
                if (!queued.ok())
                    Q_EMIT storeError(queued.error());
                const OutboxEntry updated = reload(entry);
                Q_EMIT submissionChanged(updated);
                Q_EMIT submissionQueued(updated);
                return;
            }
            // A resend of a submission whose earlier answer was lost may be told that its own
            // job exists.
            const bool resent =
                entry.attempts > 1 && result.error().code == u"ResourceAlreadyExistsException";
            onSendFailed(entry, result.error(), uncertain || resent);
        });
}

void SubmissionService::onSendFailed(const OutboxEntry &entry, const AwsError &error,
                                     bool uncertain)
{
    if (!uncertain) {
        // A definite answer, "the name is taken" included: nothing was created by this send.
        markFailed(entry, error);
        return;
    }
    qCInfo(lcJobs).noquote() << "submission" << entry.id << "uncertain (" << error.summary()
                             << "); looking the job up by name";
    lookUp(entry.draft.toRequest().datasetArn, {entry}, error);
}

void SubmissionService::markFailed(const OutboxEntry &entry, const AwsError &error)
{
    const auto failed = m_store->fail(entry.id, error.summary());
    if (!failed.ok())
        Q_EMIT storeError(failed.error());
    const OutboxEntry updated = reload(entry);
    Q_EMIT submissionChanged(updated);
    Q_EMIT submissionFailed(updated, error);
}

void SubmissionService::confirm(const OutboxEntry &entry, const QString &arn,
                                const std::optional<DatasetImportJobSummary> &summary)
{
    const auto confirmed = m_store->confirm(entry.id, arn);
    if (!confirmed.ok())
        Q_EMIT storeError(confirmed.error());

    const CreateDatasetImportJobRequest request = entry.draft.toRequest();
    JobRecord job;
    job.arn = arn;
    job.name = request.jobName;
    job.datasetArn = request.datasetArn;
    job.profile = entry.profile;
    job.status = importJobStatusToString(ImportJobStatus::CreatePending);
    job.importMode = request.importMode.value_or(QStringLiteral("FULL"));
    job.dataLocation = request.dataSource.dataLocation.value_or(QString());
    job.roleArn = request.roleArn.value_or(QString());
    job.publishAttributionMetricsToS3 = request.publishAttributionMetricsToS3.value_or(false);
    job.tags = request.tags.value_or(QList<Tag>());
    job.dataCheck = entry.dataCheck;
    job.created = entry.created;
    job.updated = entry.created;
    // Everything a description would add is known from the request itself.
    job.detailsFetched = true;
    if (summary)
        job.applySummary(*summary);
    job.lastSeen = QDateTime::currentDateTimeUtc();
    job.fillFromArns();
    // Keep what a tracker may already have stored about this job (a newer status).
    const auto existing = m_store->job(arn);
    if (existing.ok() && existing.value()) {
        JobRecord merged = *existing.value();
        merged.dataLocation = job.dataLocation;
        merged.roleArn = job.roleArn;
        merged.publishAttributionMetricsToS3 = job.publishAttributionMetricsToS3;
        merged.tags = job.tags;
        if (job.dataCheck)
            merged.dataCheck = job.dataCheck;
        merged.detailsFetched = true;
        if (merged.profile.isEmpty())
            merged.profile = job.profile;
        job = merged;
    }
    const auto stored = m_store->upsertJob(job);
    if (!stored.ok())
        Q_EMIT storeError(stored.error());
    const auto watched = m_store->addWatchedDataset(job.datasetArn);
    if (!watched.ok())
        Q_EMIT storeError(watched.error());

    const OutboxEntry updated = reload(entry);
    qCInfo(lcJobs).noquote() << "submission" << entry.id << "confirmed as" << arn;
    Q_EMIT submissionChanged(updated);
    Q_EMIT submissionConfirmed(updated, job);
}

void SubmissionService::markUnsent(const OutboxEntry &entry)
{
    const auto unsent = m_store->markUnsent(entry.id);
    if (!unsent.ok())
        Q_EMIT storeError(unsent.error());
    const OutboxEntry updated = reload(entry);
    qCInfo(lcJobs).noquote() << "submission" << entry.id << "was never created; offered again";
    Q_EMIT submissionChanged(updated);
}

void SubmissionService::reconcilePending()
{
    ++m_reconciling; // held until every dataset has answered
    // From the event loop, so that every outcome reaches the caller after this returns.
    QMetaObject::invokeMethod(this, &SubmissionService::reconcileOpenRows, Qt::QueuedConnection);
}

void SubmissionService::reconcileOpenRows()
{
    const auto setAside = m_store->setAsideUnreadableRows();
    if (!setAside.ok()) {
        Q_EMIT storeError(setAside.error());
    } else {
        for (qint64 id : setAside.value()) {
            Q_EMIT storeError(tr("Submission %1 in the job history could not be read and was set "
                                 "aside. Check the dataset's jobs for it.")
                                  .arg(id));
        }
    }
    const auto rows = m_store->pendingRows();
    if (!rows.ok()) {
        Q_EMIT storeError(rows.error());
        finishReconcileStep();
        return;
    }
    QHash<QString, QList<OutboxEntry>> byDataset;
    for (const OutboxEntry &entry : rows.value()) {
        if (m_inFlight.contains(entry.id))
            continue;
        if (entry.state == OutboxState::Pending) {
            // Recorded, but the app stopped before the request left: nothing can exist.
            markUnsent(entry);
            continue;
        }
        byDataset[entry.draft.toRequest().datasetArn].append(entry);
    }
    for (auto it = byDataset.cbegin(); it != byDataset.cend(); ++it)
        lookUp(it.key(), it.value(), std::nullopt);
    finishReconcileStep();
}

void SubmissionService::finishReconcileStep()
{
    if (--m_reconciling > 0)
        return;
    const auto unsent = m_store->outboxRows(OutboxState::Unsent);
    if (!unsent.ok())
        Q_EMIT storeError(unsent.error());
    else if (!unsent->isEmpty())
        Q_EMIT unsentFound(unsent.value());
    Q_EMIT reconcileFinished();
}

void SubmissionService::lookUp(const QString &datasetArn, const QList<OutboxEntry> &entries,
                               const std::optional<AwsError> &sendError)
{
    for (const OutboxEntry &entry : entries)
        m_inFlight.insert(entry.id); // no resubmission while the lookup runs
    const bool partOfReconcile = !sendError;
    if (partOfReconcile)
        ++m_reconciling;

    auto found = std::make_shared<QHash<QString, DatasetImportJobSummary>>();
    auto wanted = std::make_shared<QSet<QString>>();
    for (const OutboxEntry &entry : entries)
        wanted->insert(entry.draft.toRequest().jobName);

    m_client->streamDatasetImportJobs(
        datasetArn, PersonalizeClient::kMaxPageSize, this,
        [found, wanted](const QList<DatasetImportJobSummary> &page) {
            for (const DatasetImportJobSummary &job : page) {
                const QString name = job.jobName.value_or(QString());
                if (wanted->remove(name))
                    found->insert(name, job);
            }
            return !wanted->isEmpty(); // page only until every name is found
        },
        [this, entries, found, sendError,
         partOfReconcile](const Result<QList<DatasetImportJobSummary>, AwsError> &listed) {
            for (const OutboxEntry &entry : entries)
                m_inFlight.remove(entry.id);
            if (!listed.ok()) {
                qCWarning(lcJobs).noquote()
                    << "could not look up submissions by name:" << listed.error().summary();
                // Leave the rows open: the next reconciliation settles them.
                for (const OutboxEntry &entry : entries)
                    Q_EMIT submissionUnresolved(reload(entry), sendError.value_or(listed.error()));
            } else {
                for (const OutboxEntry &entry : entries) {
                    const auto hit = found->constFind(entry.draft.toRequest().jobName);
                    settle(reload(entry),
                           hit == found->cend() ? std::nullopt
                                                : std::optional<DatasetImportJobSummary>(*hit),
                           sendError);
                }
            }
            if (partOfReconcile)
                finishReconcileStep();
        });
}

SubmissionService::Verdict
SubmissionService::judge(const std::optional<DatasetImportJobSummary> &found,
                         const QDateTime &recorded, qint64 serviceOffsetMs)
{
    if (!found || !found->datasetImportJobArn)
        return Verdict::NotFound;
    // In the service's clock, nothing created before the submission was recorded is its own.
    const QDateTime earliest = recorded.addMSecs(serviceOffsetMs - kCreationMarginMs);
    if (!found->creationDateTime || *found->creationDateTime < earliest)
        return Verdict::SomeoneElses;
    return Verdict::Ours;
}

void SubmissionService::settle(const OutboxEntry &entry,
                               const std::optional<DatasetImportJobSummary> &found,
                               const std::optional<AwsError> &sendError)
{
    if (!entry.isOpen())
        return; // settled meanwhile
    // The listing has just answered, so the offset of the service's clock is known.
    const qint64 offsetMs = m_client->awsClient()->clockSkew().observedOffsetMs();
    switch (judge(found, entry.created, offsetMs)) {
    case Verdict::Ours:
        confirm(entry, *found->datasetImportJobArn, found);
        return;
    case Verdict::SomeoneElses: {
        AwsError error = AwsError::make(
            AwsError::Kind::Service,
            tr("An import job named %1 already existed in this dataset before this submission "
               "(created %2). Choose another name and submit again.")
                .arg(entry.draft.jobName.trimmed(),
                     QLocale().toString(found->creationDateTime->toLocalTime(),
                                        QLocale::ShortFormat)),
            QStringLiteral("ResourceAlreadyExistsException"));
        if (sendError)
            error.requestId = sendError->requestId;
        markFailed(entry, error);
        return;
    }
    case Verdict::NotFound:
        break;
    }
    if (!sendError) {
        // Found at start-up: the request never took effect. Offered to be sent again.
        markUnsent(entry);
        return;
    }
    // The answer was lost, yet no job of that name exists: the request never took effect.
    AwsError notCreated = *sendError;
    notCreated.message += u' ' + tr("No job named %1 exists in the dataset, so nothing was "
                                    "created. Submit it again.")
                                     .arg(entry.draft.jobName.trimmed());
    markFailed(entry, notCreated);
}

Result<bool, QString> SubmissionService::resubmit(qint64 id)
{
    const auto entry = m_store->outboxEntry(id);
    if (!entry.ok())
        return entry.error();
    if (!entry.value())
        return tr("Submission %1 is not in the job history.").arg(id);
    if (m_inFlight.contains(id) || entry.value()->state != OutboxState::Unsent)
        return tr("Submission %1 cannot be sent again: it is not marked as unsent.").arg(id);
    send(*entry.value());
    return true;
}

Result<bool, QString> SubmissionService::discard(qint64 id)
{
    const auto entry = m_store->outboxEntry(id);
    if (!entry.ok())
        return entry.error();
    if (!entry.value() || entry.value()->state != OutboxState::Unsent || m_inFlight.contains(id))
        return tr("Submission %1 cannot be discarded: it is not marked as unsent.").arg(id);
    const auto failed = m_store->fail(id, tr("Not resubmitted (discarded by the user)."));
    if (!failed.ok())
        return failed.error();
    Q_EMIT submissionChanged(reload(*entry.value()));
    return true;
}

bool SubmissionService::isCapacityError(const AwsError &error)
{
    // Personalize answers LimitExceededException both for too many requests per second and for
    // "More than 5 resources with PENDING or IN_PROGRESS status.": only the message tells.
    return error.code == u"LimitExceededException" &&
           (error.message.contains(u"PENDING", Qt::CaseInsensitive) ||
            error.message.contains(u"IN_PROGRESS", Qt::CaseInsensitive));
}

Result<qint64, QString> SubmissionService::enqueue(const ImportJobDraft &draft,
                                                   const std::optional<DataCheckReport> &dataCheck)
{
    const auto id = m_store->addPending(draft, m_region, m_profile, dataCheck);
    if (!id.ok())
        return tr("The submission could not be queued because it could not be saved: %1")
            .arg(id.error());
    const auto queued = m_store->markQueued(id.value());
    if (!queued.ok())
        return tr("The submission could not be queued: %1").arg(queued.error());
    OutboxEntry entry;
    entry.id = id.value();
    entry = reload(entry);
    qCInfo(lcJobs).noquote() << "queued" << entry.draft.jobName.trimmed() << "( outbox row"
                             << entry.id << ")";
    Q_EMIT submissionChanged(entry);
    Q_EMIT submissionQueued(entry);
    return id.value();
}

QList<OutboxEntry> SubmissionService::queued() const
{
    QList<OutboxEntry> mine;
    const auto rows = m_store->outboxRows(OutboxState::Queued);
    if (!rows.ok())
        return mine;
    for (const OutboxEntry &entry : rows.value()) {
        if (entry.region == m_region && entry.profile == m_profile)
            mine.append(entry);
    }
    return mine;
}

void SubmissionService::sendQueued(int freeSlots)
{
    // One at a time in flight from the queue: the next waits for its answer.
    if (freeSlots <= 0 || !m_fromQueue.isEmpty())
        return;
    const QList<OutboxEntry> waiting = queued();
    if (waiting.isEmpty())
        return;
    const OutboxEntry &next = waiting.constFirst();
    m_fromQueue.insert(next.id);
    qCInfo(lcJobs).noquote() << "a slot is free: sending queued" << next.draft.jobName.trimmed();
    send(next);
}

Result<bool, QString> SubmissionService::cancelQueued(qint64 id)
{
    const auto entry = m_store->outboxEntry(id);
    if (!entry.ok())
        return entry.error();
    if (!entry.value() || entry.value()->state != OutboxState::Queued || m_inFlight.contains(id))
        return tr("Submission %1 cannot be cancelled: it is not waiting in the queue.").arg(id);
    const auto failed = m_store->fail(id, tr("Cancelled while queued."));
    if (!failed.ok())
        return failed.error();
    const OutboxEntry updated = reload(*entry.value());
    Q_EMIT submissionChanged(updated);
    Q_EMIT submissionCancelled(updated);
    return true;
}
