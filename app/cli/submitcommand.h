#pragma once

#include "cli/clicommand.h"

#include <QList>

struct CreateDatasetImportJobResponse;
struct FieldIssue;

// importdesk-cli submit: reads the job from the options (over a --cli-input-json file), checks
// it with the app's rules, creates it, and with --wait follows it to the end.
class SubmitCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitCommand)

public:
    // The largest --cli-input-json file read: one job's settings take a few hundred bytes.
    static constexpr qint64 kMaxInputFileSize = 1024 * 1024;

    SubmitCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                  QObject *parent = nullptr);

private:
    void execute() override;
    std::optional<ImportJobDraft> readInputFile();
    void printIssues(const QList<FieldIssue> &issues);
    void created(const CreateDatasetImportJobResponse &response);
    // After an answer that may hide a created job: say so, and how to look it up.
    void printMayExist();
    void watch(const QString &arn);

    ImportJobDraft m_draft;
};
