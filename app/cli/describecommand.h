#pragma once

#include "cli/clicommand.h"

struct DatasetImportJob;

// importdesk-cli describe: shows every field of one import job.
class DescribeCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescribeCommand)

public:
    DescribeCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                    QObject *parent = nullptr);

private:
    void execute() override;
    void printJob(const DatasetImportJob &job);
};
