#pragma once

#include "cli/clicommand.h"

#include <memory>

class JobStore;
class JobTracker;

// importdesk-cli list: the import jobs of the whole account in the region, or of one dataset,
// newest first, optionally only those of some statuses. Listed by the jobs layer's tracker, as
// the app lists a history.
class ListCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListCommand)

public:
    ListCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                QObject *parent = nullptr);
    ~ListCommand() override;

private:
    void execute() override;
    void print();

    std::unique_ptr<JobStore> m_store;
    JobTracker *m_tracker = nullptr;
};
