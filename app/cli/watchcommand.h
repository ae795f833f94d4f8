#pragma once

#include "cli/clicommand.h"

#include <QHash>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class JobStore;
class JobTracker;
struct JobRecord;

// importdesk-cli watch: follows import jobs until each has finished, printing every change of
// status. The jobs layer's tracker does the following: its first poll is a listing, and the
// account-wide listings that follow cover every watched job at once; a job a listing returned
// is never described.
class WatchCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchCommand)

public:
    using Clock = std::function<QDateTime()>;

    // Follows invocation.jobArns with its --timeout and --interval.
    WatchCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                 QObject *parent = nullptr);
    ~WatchCommand() override;

    // What "now" is, for the progress lines' times.
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    struct Watched
    {
        QString name;
        QString status;
        QString failureReason;
    };

    void execute() override;
    void onJobsUpdated(const QList<JobRecord> &jobs);
    void finishIfDone(bool timedOut);
    QString timestamp() const;

    Clock m_clock;
    QStringList m_arns; // in the order given
    QHash<QString, Watched> m_watched;
    std::unique_ptr<JobStore> m_store;
    JobTracker *m_tracker = nullptr;
    QTimer m_timeout;
    int m_consecutivePollFailures = 0;
    bool m_pollFailed = false;
};
