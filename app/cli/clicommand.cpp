#include "cli/clicommand.h"

#include "cli/terminaltext.h"
#include "personalize/cliinputjson.h"
#include "personalize/importjobvalidator.h"

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

CliCommand::CliCommand(const QString &name, const CliInvocation &invocation, QTextStream *out,
                       QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_invocation(invocation)
    , m_out(*out)
    , m_err(*err)
{}

CliCommand::~CliCommand() = default;

void CliCommand::setConnection(PersonalizeClient *client, const QString &region)
{
    m_client = client;
    m_region = region;
}

void CliCommand::run()
{
    m_finished = false;
    QMetaObject::invokeMethod(this, &CliCommand::execute, Qt::QueuedConnection);
}

void CliCommand::printJson(const QJsonDocument &document)
{
    m_out << TerminalText::json(document);
}

void CliCommand::printError(const QString &message)
{
    m_err << tr("importdesk-cli: %1").arg(message) << '\n';
    m_err.flush();
}

void CliCommand::printFailure(const AwsError &error)
{
    printError(TerminalText::shown(error.summary()));
    const QString suggestion = error.suggestion();
    if (!suggestion.isEmpty())
        m_err << suggestion << '\n';
    m_err.flush();
}

void CliCommand::fail(const AwsError &error)
{
    printFailure(error);
    finish(RequestFailed);
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(exitCode);
}

QString CliCommand::shown(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : TerminalText::shown(text);
}

QString CliCommand::shown(const std::optional<QString> &text)
{
    return text ? shown(*text) : QStringLiteral("-");
}

QString CliCommand::localTime(const std::optional<QDateTime> &time)
{
    if (!time)
        return QStringLiteral("-");
    return time->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::optional<ImportJobDraft> CliCommand::draftFromInvocation()
{
    ImportJobDraft fromFile;
    if (!invocation().cliInputJsonFile.isEmpty()) {
        const std::optional<ImportJobDraft> read = readInputFile();
        if (!read)
            return std::nullopt;
        fromFile = *read;
    }
    return invocation().mergedOver(fromFile);
}

// Only a small regular file is read: a device such as /dev/zero never ends, and a FIFO would
// block until someone writes to it.
std::optional<ImportJobDraft> CliCommand::readInputFile()
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

void CliCommand::printFieldIssues(const QList<FieldIssue> &issues)
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
