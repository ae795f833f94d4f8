#include "cli/submitcommand.h"

#include "cli/checkcommand.h"
#include "cli/terminaltext.h"
#include "cli/watchcommand.h"
#include "jobs/jobtracker.h"
#include "jobs/memoryjobstore.h"
#include "jobs/submissionservice.h"
#include "personalize/apicodec.h"
#include "personalize/cliinputjson.h"
#include "personalize/datacheck.h"
#include "personalize/importjobvalidator.h"
#include "personalize/personalizeclient.h"

#include <QJsonDocument>

SubmitCommand::SubmitCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                             QObject *parent)
    : CliCommand(QStringLiteral("submit"), invocation, out, err, parent)
{}

SubmitCommand::~SubmitCommand()
{
    // Before the store they write to.
    delete m_slots;
    delete m_service;
}

void SubmitCommand::execute()
{
    const std::optional<ImportJobDraft> draft = draftFromInvocation();
    if (!draft) {
        finish(BadInput);
        return;
    }
    m_draft = *draft;

    ValidationContext context;
    context.region = region();
    const QList<FieldIssue> issues = ImportJobValidator::validate(m_draft, context);
    printFieldIssues(issues);
    if (ImportJobValidator::hasErrors(issues)) {
        printError(tr("nothing was sent; correct the values above and try again."));
        finish(BadInput);
        return;
    }

    if (invocation().check) {
        checkThenSend();
        return;
    }
    send();
}

void SubmitCommand::checkThenSend()
{
    err() << tr("Checking %1 against the dataset's schema…").arg(shown(m_draft.dataLocation))
          << '\n';
    err().flush();
    m_check = new DataCheck(client(), s3Client(), this);
    connect(m_check, &DataCheck::finished, this, [this](const DataCheckReport &report) {
        if (report.state == DataCheckReport::State::Incomplete) {
            printError(tr("the data could not be checked, so nothing was sent: %1. Submit "
                          "without --check to send the job anyway.")
                           .arg(shown(report.error)));
            finish(RequestFailed);
            return;
        }
        CheckCommand::printReport(err(), report);
        err().flush();
        if (report.hasErrors()) {
            printError(tr("nothing was sent: the data check found errors that would make the "
                          "import fail. Fix them, or submit without --check to send the job "
                          "anyway."));
            finish(DataProblems);
            return;
        }
        m_report = report;
        send();
    });
    m_check->start(DataCheckRequest{m_draft.datasetArn, m_draft.dataLocation,
                                    m_draft.importMode.isEmpty() ? QStringLiteral("FULL")
                                                                 : m_draft.importMode});
}

void SubmitCommand::send()
{
    const CreateDatasetImportJobRequest request = m_draft.toRequest();
    if (invocation().dryRun) {
        printJson(QJsonDocument(ApiCodec::toJson(request)));
        finish(Success);
        return;
    }
    m_store = std::make_unique<MemoryJobStore>();
    m_service = new SubmissionService(m_store.get(), client(), this);
    m_service->setProfile(invocation().profile);
    m_service->setRegion(region());
    connect(m_service, &SubmissionService::submissionConfirmed, this,
            [this](const OutboxEntry &, const JobRecord &job) { created(job.arn); });
    connect(m_service, &SubmissionService::submissionFailed, this,
            [this](const OutboxEntry &, const AwsError &error) { onFailed(error); });
    connect(m_service, &SubmissionService::submissionUnresolved, this,
            [this](const OutboxEntry &, const AwsError &error) {
                printFailure(error);
                printMayExist();
                finish(RequestFailed);
            });
    const auto recorded = m_service->submit(m_draft);
    if (!recorded.ok()) {
        printError(shown(recorded.error()));
        finish(RequestFailed);
    }
}

void SubmitCommand::onFailed(const AwsError &error)
{
    if (invocation().queue && !m_queued && SubmissionService::isCapacityError(error)) {
        queue();
        return;
    }
    printFailure(error);
    finish(RequestFailed);
}

void SubmitCommand::queue()
{
    m_queued = true;
    err() << tr("The region %1 already runs as many imports as the service allows. Waiting for "
                "one to finish…")
                 .arg(shown(region()))
          << '\n';
    err().flush();
    // A tracker of the region's unfinished jobs tells when one has finished.
    m_slots = new JobTracker(m_store.get(), client(), invocation().profile, region());
    m_slots->setDiscovery(JobTracker::Discovery::Record);
    JobTrackerIntervals intervals;
    intervals.newJob = invocation().interval;
    intervals.longRunning = invocation().interval;
    m_slots->setIntervals(intervals);
    m_slots->setKeepPolling(true);
    connect(m_slots, &JobTracker::pollFinished, this, [this] {
        if (m_slots->isOnline())
            m_service->sendQueued(SubmissionService::kMaxRunningImports -
                                  m_slots->activeJobCount());
    });
    connect(m_service, &SubmissionService::submissionConfirmed, m_slots,
            [this] { m_slots->setKeepPolling(false); });
    if (invocation().timeout.count() > 0) {
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            printError(tr("no import finished in region %1 within %2 s, so nothing was sent.")
                           .arg(shown(region()))
                           .arg(invocation().timeout.count()));
            finish(WatchTimedOut);
        });
        m_timeout.start(invocation().timeout);
    }
    const auto queued = m_service->enqueue(m_draft);
    if (!queued.ok()) {
        printError(shown(queued.error()));
        finish(RequestFailed);
    }
}

void SubmitCommand::created(const QString &arn)
{
    m_timeout.stop();
    if (jsonOutput()) {
        CreateDatasetImportJobResponse response;
        response.datasetImportJobArn = arn;
        printJson(QJsonDocument(ApiCodec::toJson(response)));
    } else {
        // The client accepts only a well-formed import job ARN; shown() escapes it anyway.
        out() << shown(arn) << '\n';
    }
    out().flush();
    if (invocation().wait) {
        watch(arn);
        return;
    }
    finish(Success);
}

void SubmitCommand::printMayExist()
{
    QStringList command = {QStringLiteral("importdesk-cli"), QStringLiteral("list"),
                           QStringLiteral("--dataset-arn"), m_draft.datasetArn};
    const QList<QPair<const char *, QString>> connection = {
        {"--profile", invocation().profile},
        {"--region", invocation().region},
        {"--endpoint-url", invocation().endpointUrl}};
    for (const auto &[option, value] : connection) {
        if (!value.isEmpty())
            command << QString::fromLatin1(option) << value;
    }
    for (QString &word : command)
        word = CliInputJson::shellQuote(word);
    err() << tr("The import job “%1” may have been created nevertheless. Before you submit it "
                "again, look for it with:")
                 .arg(TerminalText::escaped(m_draft.jobName))
          << "\n  " << TerminalText::escaped(command.join(u' ')) << '\n';
    err().flush();
}

void SubmitCommand::watch(const QString &arn)
{
    CliInvocation watchInvocation = invocation();
    watchInvocation.command = CliInvocation::Command::Watch;
    watchInvocation.jobArns = {arn};
    auto *watcher = new WatchCommand(watchInvocation, &out(), &err(), this);
    watcher->setConnection(client(), region());
    connect(watcher, &CliCommand::finished, this, &SubmitCommand::finish);
    watcher->run();
}
