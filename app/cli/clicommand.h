#pragma once

#include "aws/awserror.h"
#include "cli/cliarguments.h"

#include <QDateTime>
#include <QObject>
#include <QTextStream>

#include <optional>

class PersonalizeClient;
class QJsonDocument;
class S3Client;
struct FieldIssue;
struct ImportJobDraft;

// One importdesk-cli command: what it needs to run, and the output conventions every command
// shares. Results go to standard output, problems and progress to standard error, so that
// scripts can capture ARNs and JSON; the exit status comes with finished().
class CliCommand : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommand)

public:
    // The exit statuses README documents; scripts depend on them.
    enum ExitCode {
        Success = 0,
        RequestFailed = 1,
        BadInput = 2,
        WatchTimedOut = 3,
        JobFailed = 4,
        DataProblems = 5, // the data check found an error
    };

    ~CliCommand() override;

    // The word that names the command on the command line.
    QString name() const { return m_name; }
    // Whether the command talks to the service, so that a connection must be opened first.
    virtual bool needsConnection() const { return true; }
    // The client the command calls, and the region it signs for (used by submit's checks).
    void setConnection(PersonalizeClient *client, const QString &region);
    // Whether the command reads from S3 (the data check), so that an S3 client must be made.
    virtual bool needsS3() const { return false; }
    void setS3Client(S3Client *s3) { m_s3 = s3; }

    // The largest --cli-input-json file read: one job's settings take a few hundred bytes.
    static constexpr qint64 kMaxInputFileSize = 1024 * 1024;

    // Starts the command; finished() follows once, always asynchronously, so that a caller
    // connected after run() still hears it.
    void run();

Q_SIGNALS:
    void finished(int exitCode);

protected:
    CliCommand(const QString &name, const CliInvocation &invocation, QTextStream *out,
               QTextStream *err, QObject *parent);

    virtual void execute() = 0;

    const CliInvocation &invocation() const { return m_invocation; }
    PersonalizeClient *client() const { return m_client; }
    S3Client *s3Client() const { return m_s3; }
    const QString &region() const { return m_region; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool jsonOutput() const { return m_invocation.output == CliInvocation::Output::Json; }

    // The job the options describe, over the --cli-input-json file when one is given; on a
    // problem with the file, says so on standard error and returns nothing.
    std::optional<ImportJobDraft> draftFromInvocation();
    // The validator's findings on standard error, each naming the option to correct.
    void printFieldIssues(const QList<FieldIssue> &issues);

    // A JSON result on standard output (string values redacted, terminal controls escaped).
    void printJson(const QJsonDocument &document);
    // "importdesk-cli: MESSAGE" on standard error. The message is the CLI's own; foreign text
    // in it goes through shown() first.
    void printError(const QString &message);
    // The service's or the transport's error, redacted and escaped, and what to do about it.
    void printFailure(const AwsError &error);
    // printFailure(), then finishes with RequestFailed.
    void fail(const AwsError &error);
    // Flushes the output and reports the exit status; later calls do nothing.
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }

    // Text from a server or a helper as the text output shows it: redacted, controls escaped,
    // "-" when absent or empty.
    static QString shown(const QString &text);
    static QString shown(const std::optional<QString> &text);
    // A service time in the local time zone, "-" when absent.
    static QString localTime(const std::optional<QDateTime> &time);

private:
    QString m_name;
    CliInvocation m_invocation;
    QTextStream &m_out;
    QTextStream &m_err;
    std::optional<ImportJobDraft> readInputFile();

    PersonalizeClient *m_client = nullptr;
    S3Client *m_s3 = nullptr;
    QString m_region;
    bool m_finished = false;
};
