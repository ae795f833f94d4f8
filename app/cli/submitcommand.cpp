#include "cli/submitcommand.h"

#include "cli/terminaltext.h"
#include "cli/watchcommand.h"
#include "jobs/jobtracker.h"
#include "jobs/memoryjobstore.h"
#include "jobs/submissionservice.h"
#include "personalize/apicodec.h"
#include "personalize/cliinputjson.h"
#include "personalize/importjobvalidator.h"
#include "personalize/personalizeclient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace {

QString optionName(DraftField field)
{
    switch (field) {
    case DraftField::JobName:
        return QStringLiteral("--job-name");
    case DraftField::DatasetArn:
        return QStringLiteral("--dataset-arn");
    case DraftField::DataLocation:
        return QStringLiteral("--data-location");
    case DraftField::RoleArn:
        return QStringLiteral("--role-arn");
    case DraftField::Tags:
        return QStringLiteral("--tag");
    case DraftField::ImportMode:
        return QStringLiteral("--import-mode");
    case DraftField::PublishAttributionMetrics:
        return QStringLiteral("--publish-attribution-metrics");
    case DraftField::Region:
        return QStringLiteral("--region");
    }
    return {};
}

} // namespace

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
    ImportJobDraft fromFile;
    if (!invocation().cliInputJsonFile.isEmpty()) {
        const std::optional<ImportJobDraft> read = readInputFile();
        if (!read) {
            finish(BadInput);
            return;
        }
        fromFile = *read;
    }
    m_draft = invocation().mergedOver(fromFile);

    ValidationContext context;
    context.region = region();
    const QList<FieldIssue> issues = ImportJobValidator::validate(m_draft, context);
    printIssues(issues);
    if (ImportJobValidator::hasErrors(issues)) {
        printError(tr("nothing was sent; correct the values above and try again."));
        finish(BadInput);
        return;
    }

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

// Only a small regular file is read: a device such as /dev/zero never ends, and a FIFO would
// block until someone writes to it.
std::optional<ImportJobDraft> SubmitCommand::readInputFile()
{
    const QString path = invocation().cliInputJsonFile;
    const QString shownPath = TerminalText::escaped(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        printError(tr("cannot read %1: there is no such file.").arg(shownPath));
        return std::nullopt;
    }
    if (!info.isFile()) {
        printError(tr("cannot read %1: it is not a regular file (but a device, a pipe or a "
                      "folder). Save the job's JSON in a file and give its path.")
                       .arg(shownPath));
        return std::nullopt;
    }
    const QString tooLarge =
        tr("cannot read %1: it is larger than %2 KiB, and a --cli-input-json file holds the "
           "settings of one import job. Check that this is the right file.")
            .arg(shownPath)
            .arg(kMaxInputFileSize / 1024);
    if (info.size() > kMaxInputFileSize) {
        printError(tooLarge);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(shownPath, file.errorString()));
        return std::nullopt;
    }
    // Bounded again: the file may have grown since it was measured.
    const QByteArray content = file.read(kMaxInputFileSize + 1);
    if (content.size() > kMaxInputFileSize) {
        printError(tooLarge);
        return std::nullopt;
    }
    const auto parsed = CliInputJson::parse(content);
    if (!parsed) {
        printError(tr("%1: %2").arg(shownPath, TerminalText::escaped(parsed.error())));
        return std::nullopt;
    }
    return parsed.value();
}

void SubmitCommand::printIssues(const QList<FieldIssue> &issues)
{
    for (const FieldIssue &issue : issues) {
        const QString severity = issue.severity == FieldIssue::Severity::Error
                                     ? tr("error", "severity of a finding")
                                     : tr("warning", "severity of a finding");
        // The rules quote the values they judge, which may come from a file.
        err() << tr("%1: %2: %3")
                     .arg(severity, optionName(issue.field), TerminalText::escaped(issue.message))
              << '\n';
    }
    err().flush();
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
