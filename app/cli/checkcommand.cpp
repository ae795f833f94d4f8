#include "cli/checkcommand.h"

#include "cli/terminaltext.h"
#include "personalize/datacheck.h"
#include "personalize/importjobvalidator.h"

#include <QJsonDocument>
#include <QLocale>

CheckCommand::CheckCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                           QObject *parent)
    : CliCommand(QStringLiteral("check"), invocation, out, err, parent)
{}

CheckCommand::~CheckCommand() = default;

void CheckCommand::execute()
{
    const std::optional<ImportJobDraft> draft = draftFromInvocation();
    if (!draft) {
        finish(BadInput);
        return;
    }
    if (!checkable(*draft)) {
        finish(BadInput);
        return;
    }
    err() << tr("Checking %1 against the dataset's schema…").arg(shown(draft->dataLocation))
          << '\n';
    err().flush();
    m_check = new DataCheck(client(), s3Client(), this);
    connect(m_check, &DataCheck::finished, this, &CheckCommand::onFinished);
    m_check->start(
        DataCheckRequest{draft->datasetArn, draft->dataLocation,
                         draft->importMode.isEmpty() ? QStringLiteral("FULL") : draft->importMode});
}

bool CheckCommand::checkable(const ImportJobDraft &draft)
{
    ValidationContext context;
    context.region = region();
    QList<FieldIssue> issues = ImportJobValidator::validate(draft, context);
    // Only what the check reads matters here: a job name or role is not needed to check data.
    issues.removeIf([](const FieldIssue &issue) {
        return issue.field != DraftField::DatasetArn && issue.field != DraftField::DataLocation &&
               issue.field != DraftField::ImportMode;
    });
    printFieldIssues(issues);
    if (ImportJobValidator::hasErrors(issues)) {
        printError(tr("nothing was checked; correct the values above and try again."));
        return false;
    }
    return true;
}

void CheckCommand::onFinished(const DataCheckReport &report)
{
    if (report.state == DataCheckReport::State::Incomplete) {
        printError(tr("the data could not be checked: %1").arg(shown(report.error)));
        finish(RequestFailed);
        return;
    }
    if (jsonOutput())
        printJson(QJsonDocument(report.toJson()));
    else
        printReport(out(), report);
    out().flush();
    finish(report.hasErrors() ? DataProblems : Success);
}

void CheckCommand::printReport(QTextStream &stream, const DataCheckReport &report)
{
    for (const DataCheckFinding &finding : report.findings) {
        QString where = finding.file;
        if (finding.line > 0)
            where = tr("%1, line %2").arg(where).arg(finding.line);
        stream << DataCheckReport::severityLabel(finding.severity) << ": "
               << TerminalText::escaped(where.isEmpty() ? report.dataLocation : where) << '\n'
               << "  " << TerminalText::escaped(finding.message) << '\n'
               << "  " << tr("Fix: %1").arg(TerminalText::escaped(finding.fix)) << '\n';
    }
    QString figures = tr("CSV files: %1").arg(report.filesFound);
    if (report.estimatedRecords) {
        figures = tr("%1, %2 read, about %3 records")
                      .arg(figures, QLocale().formattedDataSize(report.bytesRead),
                           QLocale().toString(*report.estimatedRecords));
    }
    stream << TerminalText::escaped(report.summary()) << " (" << figures << ")\n";
}
