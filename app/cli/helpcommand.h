#pragma once

#include "cli/clicommand.h"

// importdesk-cli help (also --help, -h, and no command at all): prints the usage.
class HelpCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpCommand)

public:
    HelpCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                QObject *parent = nullptr);

    bool needsConnection() const override { return false; }

private:
    void execute() override;
};
