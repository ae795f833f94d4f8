#pragma once

#include "cli/clicommand.h"

class DataCheck;
class QTextStream;
struct DataCheckReport;
struct ImportJobDraft;

// importdesk-cli check: reads the dataset's schema and a sample of the files at the data
// location with the caller's credentials, and prints what would make the import fail and how to
// fix it. Exits with DataProblems when the check finds an error.
class CheckCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckCommand)

public:
    CheckCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                 QObject *parent = nullptr);
    ~CheckCommand() override;

    bool needsS3() const override { return true; }

    // The report as the text output shows it: each finding with its severity, where it applies
    // and the fix, then a summary line. Text from the files is escaped.
    static void printReport(QTextStream &stream, const DataCheckReport &report);

private:
    // Whether the draft's dataset and location can be checked; prints why not otherwise.
    bool checkable(const ImportJobDraft &draft);
    void execute() override;
    void onFinished(const DataCheckReport &report);

    DataCheck *m_check = nullptr;
};
