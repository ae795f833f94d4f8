#include "cli/clidispatcher.h"

#include "aws/credentialchain.h"
#include "cli/checkcommand.h"
#include "cli/datasetscommand.h"
#include "cli/describecommand.h"
#include "cli/helpcommand.h"
#include "cli/listcommand.h"
#include "cli/submitcommand.h"
#include "cli/terminalmfaprompt.h"
#include "cli/terminaltext.h"
#include "cli/versioncommand.h"
#include "cli/watchcommand.h"
#include "personalize/personalizeclient.h"
#include "personalize/personalizeservice.h"
#include "s3/s3client.h"

#include <QLoggingCategory>
#include <QPointer>

CliDispatcher::CliDispatcher(QTextStream *out, QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_out(*out)
    , m_err(*err)
{}

CliDispatcher::~CliDispatcher() = default;

void CliDispatcher::run(const QStringList &arguments)
{
    // Queued, so that the caller's event loop is running when finished() comes.
    QMetaObject::invokeMethod(
        this, [this, arguments] { dispatch(arguments); }, Qt::QueuedConnection);
}

std::unique_ptr<CliCommand> CliDispatcher::commandFor(const CliInvocation &invocation,
                                                      QTextStream *out, QTextStream *err)
{
    using Command = CliInvocation::Command;
    switch (invocation.command) {
    case Command::Submit:
        return std::make_unique<SubmitCommand>(invocation, out, err);
    case Command::Check:
        return std::make_unique<CheckCommand>(invocation, out, err);
    case Command::Describe:
        return std::make_unique<DescribeCommand>(invocation, out, err);
    case Command::List:
        return std::make_unique<ListCommand>(invocation, out, err);
    case Command::Watch:
        return std::make_unique<WatchCommand>(invocation, out, err);
    case Command::Datasets:
        return std::make_unique<DatasetsCommand>(invocation, out, err);
    case Command::Version:
        return std::make_unique<VersionCommand>(invocation, out, err);
    case Command::Help:
        break;
    }
    return std::make_unique<HelpCommand>(invocation, out, err);
}

void CliDispatcher::dispatch(const QStringList &arguments)
{
    const auto finishWith = [this](int exitCode) {
        m_out.flush();
        m_err.flush();
        Q_EMIT finished(exitCode);
    };

    const auto invocation = CliArguments::parse(arguments);
    if (!invocation) {
        m_err << tr("importdesk-cli: %1").arg(TerminalText::escaped(invocation.error())) << '\n'
              << tr("Run importdesk-cli --help for the commands.") << '\n';
        finishWith(CliCommand::BadInput);
        return;
    }
    // The CLI prints every error itself; the credential chain's own warning would say the
    // same thing a second time. --debug shows everything.
    QLoggingCategory::setFilterRules(
        invocation->debug ? QStringLiteral("importdesk.*=true")
                          : QStringLiteral("importdesk.aws.credentials.warning=false"));

    m_command = commandFor(invocation.value(), &m_out, &m_err);
    if (m_command->needsConnection()) {
        AwsSessionOptions options = m_sessionOptions;
        options.overrides.profile = invocation->profile;
        options.overrides.region = invocation->region;
        options.overrides.endpointUrl = QUrl(invocation->endpointUrl);
        if (TerminalMfaPrompt::isTerminal(m_promptInput)) {
            m_prompt = std::make_unique<TerminalMfaPrompt>(&m_err, m_promptInput);
            options.mfaCodeProvider = [prompt = QPointer<TerminalMfaPrompt>(m_prompt.get())](
                                          const QString &profile, const QString &serial,
                                          std::function<void(std::optional<QString>)> answer) {
                if (prompt)
                    prompt->ask(profile, serial, std::move(answer));
                else
                    answer(std::nullopt);
            };
        } else {
            options.mfaUnavailableReason =
                tr("Standard input is not a terminal, so importdesk-cli cannot ask for it. Run "
                   "the command from a terminal, or export temporary credentials as "
                   "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.");
        }
        auto opened = AwsSession::open(PersonalizeService::info(), options);
        if (!opened) {
            m_err << tr("importdesk-cli: %1").arg(TerminalText::shown(opened.error().message))
                  << '\n';
            finishWith(CliCommand::BadInput);
            return;
        }
        m_session = opened.value();
        for (const QString &warning : m_session->configuration().warnings)
            m_err << tr("warning: %1").arg(TerminalText::shown(warning)) << '\n';
        m_client = std::make_unique<PersonalizeClient>(m_session->client());
        m_command->setConnection(m_client.get(), m_session->region());
        if (m_command->needsS3()) {
            const auto settings = S3Client::settingsFor(
                m_session->configuration(), m_session->sharedConfig(), options.environment);
            if (!settings) {
                m_err << tr("importdesk-cli: %1").arg(TerminalText::shown(settings.error().message))
                      << '\n';
                finishWith(CliCommand::BadInput);
                return;
            }
            m_s3 = std::make_unique<S3Client>(m_session->client()->networkAccessManager(),
                                              m_session->credentials()->source(), settings.value());
            m_command->setS3Client(m_s3.get());
        }
    }
    connect(m_command.get(), &CliCommand::finished, this, finishWith);
    m_command->run();
}
