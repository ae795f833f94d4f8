#pragma once

#include "aws/awserror.h"
#include "cli/cliarguments.h"
#include "personalize/apitypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTextStream>
#include <QTimer>

class PersonalizeClient;

// Runs one importdesk-cli command against a PersonalizeClient and reports its exit status with
// finished(). Results go to `out`, problems and progress to `err`, so that scripts can capture
// ARNs and JSON from standard output.
class CliCommands final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliCommands)

public:
    enum ExitCode {
        Success = 0,
        RequestFailed = 1,
        BadInput = 2,
        WatchTimedOut = 3,
        JobFailed = 4,
    };
    using Clock = std::function<QDateTime()>;

    CliCommands(PersonalizeClient *client, QTextStream *out, QTextStream *err,
                QObject *parent = nullptr);

    // The region the connection signs for, used by the cross-field checks of submit.
    void setRegion(const QString &region) { m_region = region; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Starts the command; finished() follows, always asynchronously.
    void run(const CliInvocation &invocation);

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct WatchedJob
    {
        QString arn;
        QString name;
        QString datasetArn;
        QString status;
        QString failureReason;
    };

    void submit();
    void describe();
    void list();
    void datasets();
    void listNextGroup();
    void startWatch(const QStringList &arns);
    void describeForWatch(QStringList remaining);
    void poll();
    void pollDataset(QList<QString> datasets);
    void applySummary(const DatasetImportJobSummary &summary);
    void finishWatchIfDone();

    void printJob(const DatasetImportJob &job);
    void printIssues(const QList<struct FieldIssue> &issues);
    void fail(const AwsError &error);
    void done(int exitCode);
    QString timestamp() const;

    PersonalizeClient *m_client;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_region;
    Clock m_clock;
    CliInvocation m_invocation;
    bool m_done = false;

    // datasets
    QList<DatasetGroupSummary> m_groupsToList;
    QJsonArray m_datasetsJson;

    // watch
    QList<WatchedJob> m_watched; // in the order given
    QTimer m_pollTimer;
    QDateTime m_watchStarted;
    int m_consecutivePollFailures = 0;
};
