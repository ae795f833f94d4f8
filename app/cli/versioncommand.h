#pragma once

#include "cli/clicommand.h"

// importdesk-cli --version: prints the program's name and version.
class VersionCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionCommand)

public:
    VersionCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                   QObject *parent = nullptr);

    bool needsConnection() const override { return false; }

private:
    void execute() override;
};
