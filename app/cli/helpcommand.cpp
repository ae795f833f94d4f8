#include "cli/helpcommand.h"

HelpCommand::HelpCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                         QObject *parent)
    : CliCommand(QStringLiteral("help"), invocation, out, err, parent)
{}

void HelpCommand::execute()
{
    out() << CliArguments::usage();
    finish(Success);
}
