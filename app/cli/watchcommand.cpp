#include "cli/watchcommand.h"

#include "jobs/jobtracker.h"
#include "jobs/memoryjobstore.h"
#include "personalize/arn.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

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
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finishIfDone(true); });
    connect(this, &CliCommand::finished, &m_timeout, &QTimer::stop);
}

WatchCommand::~WatchCommand()
{
    delete m_tracker; // before the store it writes to
}

void WatchCommand::execute()
{
    m_arns = invocation().jobArns;
    // Each job is followed through this region's endpoint, which knows no other region's jobs.
    for (const QString &arn : std::as_const(m_arns)) {
        const std::optional<Arn> parsed = Arn::parse(arn);
        if (!parsed || parsed->service != u"personalize" ||
            parsed->resourceType() != u"dataset-import-job") {
            printError(tr("“%1” is not the ARN of a dataset import job.").arg(shown(arn)));
            finish(BadInput);
            return;
        }
        if (parsed->region != region()) {
            printError(tr("%1 is a job of region %2, but the connection is to %3: add --region "
                          "%2.")
                           .arg(shown(arn), shown(parsed->region), shown(region())));
            finish(BadInput);
            return;
        }
    }

    m_store = std::make_unique<MemoryJobStore>();
    m_tracker = new JobTracker(m_store.get(), client(), invocation().profile, region());
    m_tracker->setDiscovery(JobTracker::Discovery::Ignore);
    JobTrackerIntervals intervals;
    intervals.newJob = invocation().interval;
    intervals.longRunning = invocation().interval;
    intervals.maxInterval =
        std::max<std::chrono::milliseconds>(invocation().interval, std::chrono::minutes(10));
    m_tracker->setIntervals(intervals);
    connect(m_tracker, &JobTracker::jobsUpdated, this, &WatchCommand::onJobsUpdated);
    connect(m_tracker, &JobTracker::jobNotFound, this,
            [this](const QString &arn, const AwsError &error) {
                printError(tr("no import job %1 in region %2.").arg(shown(arn), shown(region())));
                fail(error);
            });
    connect(m_tracker, &JobTracker::pollStarted, this, [this] { m_pollFailed = false; });
    connect(m_tracker, &JobTracker::pollFailed, this, [this](const AwsError &error) {
        m_pollFailed = true;
        if (++m_consecutivePollFailures >= kMaxConsecutivePollFailures) {
            fail(error);
            return;
        }
        printError(tr("could not check the jobs (%1); trying again.").arg(shown(error.summary())));
    });
    connect(m_tracker, &JobTracker::pollFinished, this, [this] {
        if (m_pollFailed)
            return;
        m_consecutivePollFailures = 0;
        finishIfDone(false);
    });

    if (invocation().timeout.count() > 0)
        m_timeout.start(invocation().timeout);
    m_tracker->follow(m_arns);
}

void WatchCommand::onJobsUpdated(const QList<JobRecord> &jobs)
{
    for (const JobRecord &job : jobs) {
        if (!m_arns.contains(job.arn) || job.status.isEmpty())
            continue;
        Watched &watched = m_watched[job.arn];
        const bool first = watched.status.isEmpty();
        if (!first && watched.status == job.status)
            continue;
        if (!jsonOutput()) {
            err() << timestamp() << "  " << shown(job.name) << ": ";
            if (!first)
                err() << shown(watched.status) << " → ";
            err() << shown(job.status) << '\n';
            if (!job.failureReason.isEmpty())
                err() << "    " << shown(job.failureReason) << '\n';
            err().flush();
        }
        watched.name = job.name;
        watched.status = job.status;
        watched.failureReason = job.failureReason;
    }
}

void WatchCommand::finishIfDone(bool timedOut)
{
    if (isFinished())
        return;
    const bool allFinished = std::all_of(m_arns.cbegin(), m_arns.cend(), [this](const QString &a) {
        return hasFinished(m_watched.value(a).status);
    });
    if (!allFinished && !timedOut)
        return;

    bool anyFailed = false;
    QJsonArray summary;
    for (const QString &arn : std::as_const(m_arns)) {
        const Watched job = m_watched.value(arn);
        anyFailed =
            anyFailed || importJobStatusFromString(job.status) == ImportJobStatus::CreateFailed;
        QJsonObject entry{{QStringLiteral("datasetImportJobArn"), arn},
                          {QStringLiteral("jobName"), job.name},
                          {QStringLiteral("status"), job.status}};
        if (!job.failureReason.isEmpty())
            entry.insert(QStringLiteral("failureReason"), job.failureReason);
        summary.append(entry);
        if (!jsonOutput())
            out() << shown(job.status).leftJustified(20) << shown(arn) << '\n';
    }
    if (jsonOutput())
        printJson(QJsonDocument(summary));
    if (!allFinished) {
        printError(tr("still running after %1 s.").arg(invocation().timeout.count()));
        finish(WatchTimedOut);
        return;
    }
    finish(anyFailed ? JobFailed : Success);
}

QString WatchCommand::timestamp() const
{
    return m_clock().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}
