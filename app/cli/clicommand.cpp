#include "cli/clicommand.h"

#include "cli/terminaltext.h"

#include <QJsonDocument>

CliCommand::CliCommand(const QString &name, const CliInvocation &invocation, QTextStream *out,
                       QTextStream *err, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_invocation(invocation)
    , m_out(*out)
    , m_err(*err)
{}

CliCommand::~CliCommand() = default;

void CliCommand::setConnection(PersonalizeClient *client, const QString &region)
{
    m_client = client;
    m_region = region;
}

void CliCommand::run()
{
    m_finished = false;
    QMetaObject::invokeMethod(this, &CliCommand::execute, Qt::QueuedConnection);
}

void CliCommand::printJson(const QJsonDocument &document)
{
    m_out << TerminalText::json(document);
}

void CliCommand::printError(const QString &message)
{
    m_err << tr("importdesk-cli: %1").arg(message) << '\n';
    m_err.flush();
}

void CliCommand::printFailure(const AwsError &error)
{
    printError(TerminalText::shown(error.summary()));
    const QString suggestion = error.suggestion();
    if (!suggestion.isEmpty())
        m_err << suggestion << '\n';
    m_err.flush();
}

void CliCommand::fail(const AwsError &error)
{
    printFailure(error);
    finish(RequestFailed);
}

void CliCommand::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(exitCode);
}

QString CliCommand::shown(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : TerminalText::shown(text);
}

QString CliCommand::shown(const std::optional<QString> &text)
{
    return text ? shown(*text) : QStringLiteral("-");
}

QString CliCommand::localTime(const std::optional<QDateTime> &time)
{
    if (!time)
        return QStringLiteral("-");
    return time->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
