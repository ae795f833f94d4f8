#pragma once

#include "cli/clicommand.h"

#include <QList>
#include <QTimer>

#include <functional>

struct DatasetImportJobSummary;

// importdesk-cli watch: follows import jobs until each has finished, printing every change of
// status. Each job is described once to learn its dataset; after that every poll lists each
// dataset's jobs once, only as far as needed.
class WatchCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchCommand)

public:
    using Clock = std::function<QDateTime()>;

    // Follows invocation.jobArns with its --timeout and --interval.
    WatchCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                 QObject *parent = nullptr);

    // What "now" is, for the timeout and the progress lines' times.
    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    struct WatchedJob
    {
        QString arn;
        QString name;
        QString datasetArn;
        QString status;
        QString failureReason;
    };

    void execute() override;
    void describeNext(QStringList remaining);
    void poll();
    void pollDataset(QList<QString> datasets);
    void applySummary(const DatasetImportJobSummary &summary);
    void finishIfDone();
    QString timestamp() const;

    Clock m_clock;
    QList<WatchedJob> m_watched; // in the order given
    QTimer m_pollTimer;
    QDateTime m_started;
    int m_consecutivePollFailures = 0;
};
