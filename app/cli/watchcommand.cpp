#include "cli/watchcommand.h"

#include "personalize/personalizeclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <memory>

namespace {

// Watching gives up after this many polls in a row have failed (each already retried).
constexpr int kMaxConsecutivePollFailures = 5;

bool hasFinished(const QString &status)
{
    return isTerminal(importJobStatusFromString(status));
}

} // namespace

WatchCommand::WatchCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                           QObject *parent)
    : CliCommand(QStringLiteral("watch"), invocation, out, err, parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &WatchCommand::poll);
    connect(this, &CliCommand::finished, &m_pollTimer, &QTimer::stop);
}

void WatchCommand::execute()
{
    m_watched.clear();
    m_started = m_clock();
    m_consecutivePollFailures = 0;
    describeNext(invocation().jobArns);
}

void WatchCommand::describeNext(QStringList remaining)
{
    if (remaining.isEmpty()) {
        finishIfDone();
        return;
    }
    const QString arn = remaining.takeFirst();
    client()->describeDatasetImportJob(
        arn, this, [this, arn, remaining](const Result<DatasetImportJob, AwsError> &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            WatchedJob job;
            job.arn = arn;
            job.name = result->jobName.value_or(arn);
            job.datasetArn = result->datasetArn.value_or(QString());
            job.status = result->status.value_or(QString());
            job.failureReason = result->failureReason.value_or(QString());
            m_watched.append(job);
            if (!jsonOutput()) {
                err() << timestamp() << "  " << shown(job.name) << ": " << shown(job.status)
                      << '\n';
                if (!job.failureReason.isEmpty())
                    err() << "    " << shown(job.failureReason) << '\n';
                err().flush();
            }
            describeNext(remaining);
        });
}

void WatchCommand::poll()
{
    QList<QString> datasets;
    for (const WatchedJob &job : std::as_const(m_watched)) {
        if (!hasFinished(job.status) && !datasets.contains(job.datasetArn))
            datasets.append(job.datasetArn);
    }
    pollDataset(datasets);
}

void WatchCommand::pollDataset(QList<QString> datasets)
{
    if (datasets.isEmpty()) {
        m_consecutivePollFailures = 0;
        finishIfDone();
        return;
    }
    const QString datasetArn = datasets.takeFirst();
    auto unseen = std::make_shared<QSet<QString>>();
    for (const WatchedJob &job : std::as_const(m_watched)) {
        if (job.datasetArn == datasetArn && !hasFinished(job.status))
            unseen->insert(job.arn);
    }
    client()->streamDatasetImportJobs(
        datasetArn, PersonalizeClient::kMaxPageSize, this,
        [this, unseen](const QList<DatasetImportJobSummary> &page) {
            for (const auto &summary : page) {
                applySummary(summary);
                unseen->remove(summary.datasetImportJobArn.value_or(QString()));
            }
            return !unseen->isEmpty(); // page only as far as needed
        },
        [this, datasets](const Result<QList<DatasetImportJobSummary>, AwsError> &result) {
            if (!result) {
                ++m_consecutivePollFailures;
                if (m_consecutivePollFailures >= kMaxConsecutivePollFailures) {
                    fail(result.error());
                    return;
                }
                printError(tr("could not check the jobs (%1); trying again.")
                               .arg(shown(result.error().summary())));
                m_pollTimer.start(invocation().interval);
                return;
            }
            pollDataset(datasets);
        });
}

void WatchCommand::applySummary(const DatasetImportJobSummary &summary)
{
    const QString arn = summary.datasetImportJobArn.value_or(QString());
    for (WatchedJob &job : m_watched) {
        if (job.arn != arn)
            continue;
        const QString status = summary.status.value_or(job.status);
        if (status == job.status)
            return;
        if (!jsonOutput()) {
            err() << timestamp() << "  " << shown(job.name) << ": " << shown(job.status) << " → "
                  << shown(status) << '\n';
        }
        job.status = status;
        job.failureReason = summary.failureReason.value_or(QString());
        if (!job.failureReason.isEmpty() && !jsonOutput())
            err() << "    " << shown(job.failureReason) << '\n';
        err().flush();
        return;
    }
}

void WatchCommand::finishIfDone()
{
    const bool allFinished =
        std::all_of(m_watched.cbegin(), m_watched.cend(),
                    [](const WatchedJob &job) { return hasFinished(job.status); });
    const qint64 timeout = invocation().timeout.count();
    const bool timedOut = timeout > 0 && m_started.secsTo(m_clock()) >= timeout;
    if (!allFinished && !timedOut) {
        m_pollTimer.start(invocation().interval);
        return;
    }

    bool anyFailed = false;
    QJsonArray summary;
    for (const WatchedJob &job : std::as_const(m_watched)) {
        anyFailed =
            anyFailed || importJobStatusFromString(job.status) == ImportJobStatus::CreateFailed;
        QJsonObject entry{{QStringLiteral("datasetImportJobArn"), job.arn},
                          {QStringLiteral("jobName"), job.name},
                          {QStringLiteral("status"), job.status}};
        if (!job.failureReason.isEmpty())
            entry.insert(QStringLiteral("failureReason"), job.failureReason);
        summary.append(entry);
        if (!jsonOutput())
            out() << shown(job.status).leftJustified(20) << shown(job.arn) << '\n';
    }
    if (jsonOutput())
        printJson(QJsonDocument(summary));
    if (!allFinished) {
        printError(tr("still running after %1 s.").arg(timeout));
        finish(WatchTimedOut);
        return;
    }
    finish(anyFailed ? JobFailed : Success);
}

QString WatchCommand::timestamp() const
{
    return m_clock().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}
