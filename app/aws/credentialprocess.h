#pragma once

#include "aws/awscredentials.h"
#include "aws/awserror.h"
#include "aws/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

// Runs a profile's `credential_process` command without a shell (through `cmd /C` on
// Windows, as the AWS CLI does), asynchronously, with a timeout and a cap on what it may print,
// and turns its JSON (Version 1) into credentials. On Unix the command runs in a session of
// its own, so that stopping it also stops whatever it started.
class CredentialProcess final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialProcess)

public:
    using Callback = std::function<void(const Result<AwsCredentials, AwsError> &)>;

    explicit CredentialProcess(QObject *parent = nullptr);
    ~CredentialProcess() override;

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts `commandLine` for `profileName`; `done` is called exactly once, never from inside
    // start(). Starting again while running is refused with an error.
    void start(const QString &commandLine, const QString &profileName, Callback done);
    bool isRunning() const { return static_cast<bool>(m_done); }

    // Splits a command line as a POSIX shell would (quotes and backslashes), without running a
    // shell. Returns the error text for an unterminated quote or an empty command.
    static Result<QStringList, QString> splitCommandLine(const QString &commandLine);
    // Validates the process output; errors name the profile.
    static Result<AwsCredentials, AwsError>
    parseOutput(const QByteArray &output, const QString &profileName,
                const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Credentials in JSON take a few KiB; a command printing far more is broken.
    static constexpr qint64 kMaxOutputBytes = 64 * 1024;
    static constexpr qint64 kMaxErrorOutputBytes = 64 * 1024;
    // How much of the command's error output a message quotes.
    static constexpr qsizetype kMaxQuotedErrorText = 500;

private:
    void onReadyReadOutput();
    void onReadyReadError();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onTimeout();
    void stopWithError(const QString &message);
    void killProcessTree();
    void finish(const Result<AwsCredentials, AwsError> &result);

    QProcessEnvironment m_environment = QProcessEnvironment::systemEnvironment();
    std::chrono::milliseconds m_timeout{std::chrono::seconds(60)};
    QProcess *m_process = nullptr;
    QByteArray m_output;
    QByteArray m_errorOutput;
    QTimer m_timer;
    QString m_profile;
    QString m_program;
    Callback m_done;
};
