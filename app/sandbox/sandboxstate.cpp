#include "sandbox/sandboxstate.h"

#include "personalize/arn.h"
#include "personalize/importjobvalidator.h"
#include "sandbox/sandboxerrors.h"
#include "sandbox/sandboxscenarios.h"

#include <QCryptographicHash>
#include <QPointer>

#include <algorithm>
#include <numeric>

using namespace std::chrono_literals;

namespace {

const QString kPending = QStringLiteral("CREATE PENDING");
const QString kInProgress = QStringLiteral("CREATE IN_PROGRESS");
const QString kActive = QStringLiteral("ACTIVE");
const QString kFailed = QStringLiteral("CREATE FAILED");

} // namespace

DatasetImportJob SandboxImportJob::toApi() const
{
    DatasetImportJob api;
    api.jobName = jobName;
    api.datasetImportJobArn = arn;
    api.datasetArn = datasetArn;
    api.dataSource = DataSource{dataLocation};
    if (!roleArn.isEmpty())
        api.roleArn = roleArn;
    api.status = status;
    api.creationDateTime = created;
    api.lastUpdatedDateTime = lastUpdated;
    if (!failureReason.isEmpty())
        api.failureReason = failureReason;
    api.importMode = importMode;
    api.publishAttributionMetricsToS3 = publishAttributionMetricsToS3;
    return api;
}

DatasetImportJobSummary SandboxImportJob::toSummary() const
{
    DatasetImportJobSummary summary;
    summary.datasetImportJobArn = arn;
    summary.jobName = jobName;
    summary.status = status;
    summary.creationDateTime = created;
    summary.lastUpdatedDateTime = lastUpdated;
    if (!failureReason.isEmpty())
        summary.failureReason = failureReason;
    summary.importMode = importMode;
    return summary;
}

bool SandboxImportJob::isRunning() const
{
    return status == kPending || status == kInProgress;
}

SandboxState::SandboxState(const Config &config, Clock clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(std::move(clock))
{
    connect(&m_tick, &QTimer::timeout, this, &SandboxState::advance);
    seed();
    seedHistory(m_config.historyJobs);
}

SandboxState::~SandboxState() = default;

QDateTime SandboxState::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void SandboxState::setTickInterval(std::chrono::milliseconds interval)
{
    if (interval <= 0ms) {
        m_tick.stop();
        return;
    }
    m_tick.start(interval);
}

void SandboxState::advance()
{
    if (m_running.isEmpty())
        return;
    const QDateTime current = now();
    bool moved = false;
    for (qsizetype i = 0; i < m_running.size();) {
        SandboxImportJob &job = m_jobs[m_running.at(i)];
        moved = advanceJob(job, current) || moved;
        if (job.isRunning())
            ++i;
        else
            m_running.removeAt(i);
    }
    if (moved)
        Q_EMIT changed();
}

bool SandboxState::listedBefore(int a, int b) const
{
    const SandboxImportJob &first = m_jobs.at(a);
    const SandboxImportJob &second = m_jobs.at(b);
    const qint64 firstCreated = first.created.toMSecsSinceEpoch();
    const qint64 secondCreated = second.created.toMSecsSinceEpoch();
    return firstCreated != secondCreated ? firstCreated > secondCreated : first.arn < second.arn;
}

void SandboxState::index(int position)
{
    const auto before = [this](int a, int b) {
        return listedBefore(a, b);
    };
    m_listOrder.insert(std::upper_bound(m_listOrder.cbegin(), m_listOrder.cend(), position, before),
                       position);
    QList<int> &order = m_datasetOrder[m_jobs.at(position).datasetArn];
    order.insert(std::upper_bound(order.cbegin(), order.cend(), position, before), position);
    if (m_jobs.at(position).isRunning())
        m_running.append(position);
}

void SandboxState::rebuildIndexes()
{
    m_listOrder.resize(m_jobs.size());
    std::iota(m_listOrder.begin(), m_listOrder.end(), 0);
    std::sort(m_listOrder.begin(), m_listOrder.end(),
              [this](int a, int b) { return listedBefore(a, b); });
    m_datasetOrder.clear();
    m_running.clear();
    for (int position : std::as_const(m_listOrder))
        m_datasetOrder[m_jobs.at(position).datasetArn].append(position);
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).isRunning())
            m_running.append(i);
    }
}

bool SandboxState::advanceJob(SandboxImportJob &job, const QDateTime &current) const
{
    bool moved = false;
    if (job.status == kPending && job.startsAt.isValid() && current >= job.startsAt) {
        job.status = kInProgress;
        job.lastUpdated = job.startsAt;
        moved = true;
    }
    if (job.status == kInProgress && !job.awaitingVerdict && job.endsAt.isValid() &&
        current >= job.endsAt) {
        job.status = job.plannedFailure.isEmpty() ? kActive : kFailed;
        job.failureReason = job.plannedFailure;
        job.lastUpdated = job.endsAt;
        moved = true;
    }
    return moved;
}

std::chrono::milliseconds SandboxState::scaled(std::chrono::milliseconds serviceTime) const
{
    return std::chrono::milliseconds(std::max<qint64>(
        1, qRound64(static_cast<double>(serviceTime.count()) / m_config.timeScale)));
}

double SandboxState::jitter(const QString &salt) const
{
    // A hash rather than qHash: the same seed must give the same schedule on every platform.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(m_config.seed));
    hash.addData(salt.toUtf8());
    const QByteArray digest = hash.result();
    const quint32 bits = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
                         (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
    return 0.8 + 0.4 * (static_cast<double>(bits) / 4294967295.0); // 0.8 … 1.2
}

void SandboxState::schedule(SandboxImportJob &job) const
{
    const auto outcome = SandboxScenarios::outcomeFor(job.dataLocation, job.datasetArn);
    const auto pending = std::chrono::milliseconds(
        qRound64(SandboxScenarios::kPending.count() * jitter(job.jobName + u"/pending")));
    const auto running = std::chrono::milliseconds(
        qRound64(outcome.running.count() * jitter(job.jobName + u"/running")));
    job.startsAt = job.created.addMSecs(scaled(pending).count());
    job.endsAt = job.startsAt.addMSecs(scaled(running).count());
    job.plannedFailure = outcome.failureReason;
}

const SandboxDataset *SandboxState::findDataset(const QString &arn) const
{
    const auto it = std::find_if(m_datasets.cbegin(), m_datasets.cend(),
                                 [&](const SandboxDataset &d) { return d.arn == arn; });
    return it == m_datasets.cend() ? nullptr : &*it;
}

bool SandboxState::hasResource(const QString &arn) const
{
    return m_jobIndex.contains(arn) || findDataset(arn) ||
           std::any_of(m_groups.cbegin(), m_groups.cend(),
                       [&](const SandboxDatasetGroup &g) { return g.arn == arn; }) ||
           std::any_of(m_attributions.cbegin(), m_attributions.cend(),
                       [&](const SandboxMetricAttribution &m) { return m.arn == arn; });
}

QByteArray SandboxState::pageTokenKey() const
{
    const QByteArray material = QByteArrayLiteral("importdesk-sandbox-page-token/") +
                                QByteArray::number(m_config.seed) + '/' +
                                m_config.accountId.toLatin1() + '/' + m_config.region.toLatin1();
    return QCryptographicHash::hash(material, QCryptographicHash::Sha256);
}

int SandboxState::runningJobCount()
{
    advance();
    return static_cast<int>(m_running.size());
}

QList<SandboxImportJob> SandboxState::jobs()
{
    advance();
    return m_jobs;
}

std::optional<SandboxImportJob> SandboxState::job(const QString &arn)
{
    advance();
    const auto it = m_jobIndex.constFind(arn);
    if (it == m_jobIndex.cend())
        return std::nullopt;
    return m_jobs.at(*it);
}

bool SandboxState::addJob(SandboxImportJob job)
{
    if (job.arn.isEmpty()) {
        job.arn =
            PersonalizeArn::datasetImportJobArn(m_config.region, m_config.accountId, job.jobName);
    }
    if (m_jobIndex.contains(job.arn))
        return false;
    if (!job.created.isValid())
        job.created = now();
    if (!job.lastUpdated.isValid())
        job.lastUpdated = job.created;
    if (job.isRunning() && !job.endsAt.isValid())
        schedule(job);
    const int position = static_cast<int>(m_jobs.size());
    m_jobIndex.insert(job.arn, position);
    m_jobs.append(std::move(job));
    index(position);
    Q_EMIT changed();
    return true;
}

Result<CreateDatasetImportJobResponse, SandboxError>
SandboxState::createDatasetImportJob(const CreateDatasetImportJobRequest &request)
{
    advance();
    if (const auto message = ImportJobValidator::serviceErrorMessage(request))
        return SandboxErrors::invalidInput(*message);
    const SandboxDataset *dataset = findDataset(request.datasetArn);
    if (!dataset)
        return SandboxErrors::notFound(QStringLiteral("dataset"), request.datasetArn);
    const QString arn =
        PersonalizeArn::datasetImportJobArn(m_config.region, m_config.accountId, request.jobName);
    if (m_jobIndex.contains(arn)) {
        return SandboxError{QStringLiteral("ResourceAlreadyExistsException"),
                            QStringLiteral("The dataset import job %1 already exists.").arg(arn),
                            400};
    }
    const qsizetype tagCount = request.tags ? request.tags->size() : 0;
    if (tagCount > kMaxTagsPerResource) {
        return SandboxError{QStringLiteral("TooManyTagsException"),
                            QStringLiteral("The request has %1 tags, but a resource can have at "
                                           "most %2.")
                                .arg(tagCount)
                                .arg(kMaxTagsPerResource),
                            400};
    }
    const QString mode = request.importMode.value_or(QStringLiteral("FULL"));
    if (mode == QLatin1String("INCREMENTAL")) {
        const QList<int> order = m_datasetOrder.value(dataset->arn);
        const bool hasBulkData = std::any_of(order.cbegin(), order.cend(), [&](int position) {
            return m_jobs.at(position).status == kActive;
        });
        if (!hasBulkData) {
            return SandboxErrors::invalidInput(
                QStringLiteral("Cannot use importMode INCREMENTAL: dataset %1 has no completed "
                               "bulk import to add to. Import it with importMode FULL first.")
                    .arg(dataset->arn));
        }
    }
    if (request.publishAttributionMetricsToS3.value_or(false)) {
        const bool hasAttribution = std::any_of(
            m_attributions.cbegin(), m_attributions.cend(),
            [&](const SandboxMetricAttribution &m) { return m.groupArn == dataset->groupArn; });
        if (!hasAttribution) {
            return SandboxErrors::invalidInput(
                QStringLiteral("Cannot publish attribution metrics to S3: dataset group %1 has no "
                               "metric attribution. Create one first, or set "
                               "publishAttributionMetricsToS3 to false.")
                    .arg(dataset->groupArn));
        }
    }
    if (runningJobCount() >= m_config.maxRunning) {
        return SandboxError{QStringLiteral("LimitExceededException"),
                            QStringLiteral("More than %1 resources with PENDING or IN_PROGRESS "
                                           "status.")
                                .arg(m_config.maxRunning),
                            400};
    }

    SandboxImportJob job;
    job.jobName = request.jobName;
    job.arn = arn;
    job.datasetArn = dataset->arn;
    job.dataLocation = request.dataSource.dataLocation.value_or(QString());
    job.roleArn = request.roleArn.value_or(QString());
    job.importMode = mode;
    job.publishAttributionMetricsToS3 = request.publishAttributionMetricsToS3;
    job.status = kPending;
    job.created = now();
    job.lastUpdated = job.created;
    schedule(job);
    if (m_contentJudge) {
        const auto group =
            std::find_if(m_groups.cbegin(), m_groups.cend(),
                         [&](const SandboxDatasetGroup &g) { return g.arn == dataset->groupArn; });
        const QString domain = group == m_groups.cend() ? QString() : group->domain;
        QPointer<SandboxState> self(this);
        const auto decided = [self, arn](const ContentVerdict &verdict) {
            if (self)
                self->applyVerdict(arn, verdict);
        };
        if (m_contentJudge(job, *dataset, domain, decided)) {
            job.awaitingVerdict = true;
            job.plannedFailure.clear();
        }
    }
    if (tagCount > 0)
        m_tags.insert(arn, *request.tags);
    addJob(std::move(job));
    return CreateDatasetImportJobResponse{arn};
}

void SandboxState::applyVerdict(const QString &arn, const ContentVerdict &verdict)
{
    const auto it = m_jobIndex.constFind(arn);
    if (it == m_jobIndex.cend())
        return;
    SandboxImportJob &job = m_jobs[*it];
    if (!job.awaitingVerdict)
        return;
    job.awaitingVerdict = false;
    job.plannedFailure = verdict.failureReason;
    // The same schedule a keyword of the same kind gives, never ending in the past.
    const auto running = std::chrono::milliseconds(
        qRound64(verdict.running.count() * jitter(job.jobName + u"/running")));
    job.endsAt = std::max(job.startsAt.addMSecs(scaled(running).count()), now());
    advance();
}
