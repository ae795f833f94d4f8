#include "jobs/submissionservice.h"

#include "aws/awsclient.h"
#include "jobs/jobslogging.h"
#include "jobs/jobstore.h"
#include "personalize/arn.h"
#include "personalize/personalizeclient.h"

#include <QHash>

#include <memory>

namespace {

// Whether a failed create may still have reached the service and created the job.
bool mayHaveBeenProcessed(const AwsError &error)
{
    switch (error.kind) {
    case AwsError::Kind::ConnectionClosed:
    case AwsError::Kind::Timeout:
    case AwsError::Kind::Network:
        return true;
    case AwsError::Kind::Service:
        return error.httpStatus >= 500;
    default:
        return false;
    }
}

} // namespace

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

Result<qint64, QString> SubmissionService::submit(const ImportJobDraft &draft)
{
    const auto id = m_store->addPending(draft, m_region, m_profile);
    if (!id.ok())
        return tr("The submission was not sent because it could not be saved first: %1")
            .arg(id.error());
    const auto entry = m_store->outboxEntry(id.value());
    if (!entry.ok() || !entry.value())
        return tr("The submission was not sent because it could not be read back from the job "
                  "history.");
    Q_EMIT submissionChanged(*entry.value());
    send(*entry.value());
    return id.value();
}

void SubmissionService::send(OutboxEntry entry)
{
    // Recorded before the request leaves: from here on the job may exist.
    const auto sent = m_store->markSent(entry.id);
    if (!sent.ok()) {
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
        [this, entry](const Result<CreateDatasetImportJobResponse, AwsError> &result) {
            m_inFlight.remove(entry.id);
            if (result.ok() && result->datasetImportJobArn) {
                confirm(entry, *result->datasetImportJobArn, std::nullopt);
                return;
            }
            onSendFailed(entry, result.ok()
                                    ? AwsError::make(AwsError::Kind::InvalidResponse,
                                                     tr("The service created the job but did "
                                                        "not return its ARN."))
                                    : result.error());
        });
}

void SubmissionService::onSendFailed(const OutboxEntry &entry, const AwsError &error)
{
    // A lost answer, or a name that is taken (perhaps by this very submission after an
    // earlier lost answer): only a lookup can tell.
    if (mayHaveBeenProcessed(error) || error.code == u"ResourceAlreadyExistsException") {
        qCInfo(lcJobs).noquote() << "submission" << entry.id << "uncertain (" << error.summary()
                                 << "); looking the job up by name";
        reconcileDataset(entry.draft.toRequest().datasetArn, {entry}, &error);
        return;
    }
    markFailed(entry, error);
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

void SubmissionService::reconcilePending()
{
    const auto rows = m_store->pendingRows();
    if (!rows.ok()) {
        Q_EMIT storeError(rows.error());
        Q_EMIT reconcileFinished();
        return;
    }
    QHash<QString, QList<OutboxEntry>> byDataset;
    for (const OutboxEntry &entry : rows.value()) {
        if (!m_inFlight.contains(entry.id))
            byDataset[entry.draft.toRequest().datasetArn].append(entry);
    }
    ++m_reconciling; // held until every dataset has answered
    for (auto it = byDataset.cbegin(); it != byDataset.cend(); ++it)
        reconcileDataset(it.key(), it.value(), nullptr);
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

void SubmissionService::reconcileDataset(const QString &datasetArn,
                                         const QList<OutboxEntry> &entries,
                                         const AwsError *sendError)
{
    for (const OutboxEntry &entry : entries)
        m_inFlight.insert(entry.id); // no resubmission while the lookup runs
    const bool partOfReconcile = sendError == nullptr;
    if (partOfReconcile)
        ++m_reconciling;
    const std::optional<AwsError> originalError =
        sendError ? std::optional<AwsError>(*sendError) : std::nullopt;

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
        [this, entries, found, originalError,
         partOfReconcile](const Result<QList<DatasetImportJobSummary>, AwsError> &listed) {
            for (const OutboxEntry &entry : entries)
                m_inFlight.remove(entry.id);
            if (!listed.ok()) {
                qCWarning(lcJobs).noquote()
                    << "could not look up submissions by name:" << listed.error().summary();
                // Leave the rows open: the next reconcile settles them.
                for (const OutboxEntry &entry : entries) {
                    Q_EMIT submissionUnresolved(reload(entry),
                                                originalError ? *originalError : listed.error());
                }
            } else {
                for (const OutboxEntry &entry : entries) {
                    const auto hit = found->constFind(entry.draft.toRequest().jobName);
                    settle(reload(entry),
                           hit == found->cend() ? std::nullopt
                                                : std::optional<DatasetImportJobSummary>(*hit),
                           originalError ? &*originalError : nullptr);
                }
            }
            if (partOfReconcile)
                finishReconcileStep();
        });
}

void SubmissionService::settle(const OutboxEntry &entry,
                               const std::optional<DatasetImportJobSummary> &found,
                               const AwsError *sendError)
{
    if (!entry.isOpen())
        return; // settled meanwhile
    if (found && found->datasetImportJobArn) {
        // A job of that name created before this submission is somebody else's: the service
        // clock may differ from ours by the observed skew, plus a margin.
        const qint64 skewMs = m_client->awsClient()->clockSkew().observedOffsetMs();
        const QDateTime earliest = entry.created.addMSecs(skewMs - 60 * 1000);
        if (found->creationDateTime && *found->creationDateTime < earliest) {
            markFailed(entry, AwsError::make(AwsError::Kind::Service,
                                             tr("A job named %1 already existed before this "
                                                "submission. Choose another name and submit again.")
                                                 .arg(*found->jobName),
                                             QStringLiteral("ResourceAlreadyExistsException")));
            return;
        }
        confirm(entry, *found->datasetImportJobArn, found);
        return;
    }
    if (sendError && !mayHaveBeenProcessed(*sendError)) {
        // A definite refusal (the name is taken but no such job is listed): report it as is.
        markFailed(entry, *sendError);
        return;
    }
    if (sendError) {
        // The answer was lost and no job exists: the request never took effect.
        Q_EMIT submissionUnresolved(entry, *sendError);
    }
    const auto unsent = m_store->markUnsent(entry.id);
    if (!unsent.ok())
        Q_EMIT storeError(unsent.error());
    const OutboxEntry updated = reload(entry);
    qCInfo(lcJobs).noquote() << "submission" << entry.id << "was never created; offered again";
    Q_EMIT submissionChanged(updated);
    if (sendError)
        Q_EMIT unsentFound({updated});
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
