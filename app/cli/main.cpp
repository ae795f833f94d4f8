// importdesk-cli: create and follow dataset import jobs from a terminal or a script.

#include "aws/awssession.h"
#include "aws/logging.h"
#include "cli/cliarguments.h"
#include "cli/clicommands.h"
#include "personalize/personalizeclient.h"
#include "personalize/personalizeservice.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("importdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMPORTDESK_VERSION));
    Redaction::installMessageFilter();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto invocation = CliArguments::parse(QCoreApplication::arguments().mid(1));
    if (!invocation) {
        err << "importdesk-cli: " << invocation.error() << '\n'
            << QCoreApplication::translate("main", "Run importdesk-cli --help for the commands.")
            << '\n';
        return CliCommands::BadInput;
    }
    if (invocation->debug)
        QLoggingCategory::setFilterRules(QStringLiteral("importdesk.*=true"));

    std::shared_ptr<AwsSession> session;
    std::unique_ptr<PersonalizeClient> client;
    const bool needsConnection = invocation->command != CliInvocation::Command::Help &&
                                 invocation->command != CliInvocation::Command::Version;
    if (needsConnection) {
        AwsSessionOptions options;
        options.overrides.profile = invocation->profile;
        options.overrides.region = invocation->region;
        options.overrides.endpointUrl = QUrl(invocation->endpointUrl);
        auto opened = AwsSession::open(PersonalizeService::info(), options);
        if (!opened) {
            err << "importdesk-cli: " << opened.error().message << '\n';
            return CliCommands::BadInput;
        }
        session = opened.value();
        for (const QString &warning : session->configuration().warnings)
            err << QCoreApplication::translate("main", "warning: %1").arg(warning) << '\n';
        client = std::make_unique<PersonalizeClient>(session->client());
    }

    CliCommands commands(client.get(), &out, &err);
    if (session)
        commands.setRegion(session->region());
    QObject::connect(&commands, &CliCommands::finished, &app, &QCoreApplication::exit);
    commands.run(invocation.value());
    return QCoreApplication::exec();
}
