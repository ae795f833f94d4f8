#include "cli/submitcommand.h"

#include "cli/terminaltext.h"
#include "cli/watchcommand.h"
#include "personalize/apicodec.h"
#include "personalize/arn.h"
#include "personalize/cliinputjson.h"
#include "personalize/importjobvalidator.h"
#include "personalize/personalizeclient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace {

// How much of a malformed ARN is quoted back: enough to recognise it.
constexpr qsizetype kMaxShownArn = 256;

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

// A created job's ARN as the service must send it; anything else is not printed as a result.
bool isImportJobArn(const QString &text)
{
    const std::optional<Arn> arn = Arn::parse(text);
    return arn && arn->service == u"personalize" && arn->resourceType() == u"dataset-import-job" &&
           !arn->resourceName().isEmpty() && !TerminalText::hasControlCharacters(text) &&
           !text.contains(u' ');
}

// A create whose answer went missing or could not be read may still have created the job.
bool mayHaveCreated(const AwsError &error)
{
    return error.mayHaveBeenProcessed() || error.kind == AwsError::Kind::InvalidResponse;
}

} // namespace

SubmitCommand::SubmitCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                             QObject *parent)
    : CliCommand(QStringLiteral("submit"), invocation, out, err, parent)
{}

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
    client()->createDatasetImportJob(
        request, this, [this](const Result<CreateDatasetImportJobResponse, AwsError> &result, bool) {
            if (!result) {
                printFailure(result.error());
                if (mayHaveCreated(result.error()))
                    printMayExist();
                finish(RequestFailed);
                return;
            }
            created(result.value());
        });
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

void SubmitCommand::created(const CreateDatasetImportJobResponse &response)
{
    const QString arn = response.datasetImportJobArn.value_or(QString());
    if (!isImportJobArn(arn)) {
        printError(response.datasetImportJobArn
                       ? tr("the service answered without a valid import job ARN (it sent "
                            "“%1”).")
                             .arg(TerminalText::shown(arn.left(kMaxShownArn)))
                       : tr("the service answered without the import job's ARN."));
        printMayExist();
        finish(RequestFailed);
        return;
    }
    if (jsonOutput())
        printJson(QJsonDocument(ApiCodec::toJson(response)));
    else
        out() << arn << '\n';
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
