#include "cli/versioncommand.h"

VersionCommand::VersionCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                               QObject *parent)
    : CliCommand(QStringLiteral("version"), invocation, out, err, parent)
{}

void VersionCommand::execute()
{
    out() << "importdesk-cli " IMPORTDESK_VERSION "\n";
    finish(Success);
}
