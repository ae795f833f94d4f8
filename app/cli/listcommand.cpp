#include "cli/listcommand.h"

#include "jobs/jobtracker.h"
#include "jobs/memoryjobstore.h"
#include "personalize/apicodec.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

DatasetImportJobSummary summaryOf(const JobRecord &job)
{
    DatasetImportJobSummary summary;
    summary.datasetImportJobArn = job.arn;
    summary.jobName = job.name;
    summary.status = job.status;
    if (job.created.isValid())
        summary.creationDateTime = job.created;
    if (job.updated.isValid())
        summary.lastUpdatedDateTime = job.updated;
    if (!job.failureReason.isEmpty())
        summary.failureReason = job.failureReason;
    if (!job.importMode.isEmpty())
        summary.importMode = job.importMode;
    return summary;
}

} // namespace

ListCommand::ListCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                         QObject *parent)
    : CliCommand(QStringLiteral("list"), invocation, out, err, parent)
{}

ListCommand::~ListCommand()
{
    delete m_tracker; // before the store it writes to
}

void ListCommand::execute()
{
    m_store = std::make_unique<MemoryJobStore>();
    m_tracker = new JobTracker(m_store.get(), client(), invocation().profile, region());
    m_tracker->setDiscovery(JobTracker::Discovery::Ignore);
    // An empty dataset ARN lists every job of the account, without datasets.
    const QString dataset = invocation().datasetArn;
    connect(m_tracker, &JobTracker::datasetCaughtUp, this, [this] {
        m_tracker->setPaused(true); // a listing is all this command wants
        print();
    });
    connect(m_tracker, &JobTracker::pollFailed, this, &ListCommand::fail);
    m_tracker->catchUp({dataset});
}

void ListCommand::print()
{
    const auto stored = invocation().datasetArn.isEmpty()
                            ? m_store->loadJobs()
                            : m_store->jobsOfDataset(invocation().datasetArn);
    QList<JobRecord> jobs;
    for (const JobRecord &job : stored.value()) {
        if (invocation().statuses.isEmpty() || invocation().statuses.contains(job.status))
            jobs.append(job);
    }
    std::reverse(jobs.begin(), jobs.end()); // newest first, as the service lists them
    if (jsonOutput()) {
        ListDatasetImportJobsResponse response;
        QList<DatasetImportJobSummary> summaries;
        for (const JobRecord &job : std::as_const(jobs))
            summaries.append(summaryOf(job));
        response.datasetImportJobs = summaries;
        printJson(QJsonDocument(ApiCodec::toJson(response)));
        finish(Success);
        return;
    }
    if (jobs.isEmpty()) {
        err() << (invocation().statuses.isEmpty() ? tr("No import jobs.")
                                                  : tr("No import jobs with that status."))
              << '\n';
        finish(Success);
        return;
    }
    qsizetype nameWidth = 4;
    for (const JobRecord &job : std::as_const(jobs))
        nameWidth = std::max(nameWidth, shown(job.name).size());
    // The header stays in English in every language, like the status values under it: scripts
    // find the columns by these names.
    out() << QStringLiteral("NAME").leftJustified(nameWidth + 2)
          << QStringLiteral("STATUS").leftJustified(20) << QStringLiteral("MODE").leftJustified(13)
          << QStringLiteral("CREATED").leftJustified(21) << QStringLiteral("ARN") << '\n';
    for (const JobRecord &job : std::as_const(jobs)) {
        out() << shown(job.name).leftJustified(nameWidth + 2) << shown(job.status).leftJustified(20)
              << shown(job.importMode).leftJustified(13)
              << localTime(job.created.isValid() ? std::optional<QDateTime>(job.created)
                                                 : std::nullopt)
                     .leftJustified(21)
              << shown(job.arn) << '\n';
    }
    finish(Success);
}
