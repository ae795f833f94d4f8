#pragma once

#include "cli/clicommand.h"

// importdesk-cli list: the import jobs of one dataset, or of every dataset, newest first.
class ListCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCommand)

public:
    ListCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                QObject *parent = nullptr);

private:
    void execute() override;
};
