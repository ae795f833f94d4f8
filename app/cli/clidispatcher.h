#pragma once

#include "aws/awssession.h"
#include "cli/clicommand.h"

#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <memory>

class PersonalizeClient;
class S3Client;
class TerminalMfaPrompt;

// What importdesk-cli's main() runs: reads the command line, makes the command it names, opens
// the connection that command needs, runs it and reports its exit status.
class CliDispatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliDispatcher)

public:
    CliDispatcher(QTextStream *out, QTextStream *err, QObject *parent = nullptr);
    ~CliDispatcher() override;

    // Where the AWS configuration comes from: the real environment and home folder by default.
    // The command line's --profile, --region and --endpoint-url are applied over it.
    void setSessionOptions(const AwsSessionOptions &options) { m_sessionOptions = options; }

    // Where an MFA code is read from (standard input by default); asked only when it is a
    // terminal, else profiles with mfa_serial fail with a message that says so.
    void setPromptInput(int fd) { m_promptInput = fd; }

    // `arguments` without the program name. finished() follows, always asynchronously.
    void run(const QStringList &arguments);

    // The command an invocation names, not yet connected.
    static std::unique_ptr<CliCommand> commandFor(const CliInvocation &invocation, QTextStream *out,
                                                  QTextStream *err);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void dispatch(const QStringList &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
    AwsSessionOptions m_sessionOptions;
    int m_promptInput = 0;
    std::unique_ptr<TerminalMfaPrompt> m_prompt;
    std::shared_ptr<AwsSession> m_session;
    std::unique_ptr<PersonalizeClient> m_client;
    std::unique_ptr<S3Client> m_s3;
    std::unique_ptr<CliCommand> m_command; // destroyed before the client it calls
};
