#pragma once

#include "cli/clicommand.h"
#include "personalize/datacheckreport.h"

#include <QList>
#include <QTimer>

#include <memory>

class DataCheck;
class JobStore;
class JobTracker;
class SubmissionService;
struct FieldIssue;
struct OutboxEntry;

// importdesk-cli submit: reads the job from the options (over a --cli-input-json file), checks
// it with the app's rules, and sends it through the jobs layer's outbox (in memory), which
// settles a lost answer by looking the job up by name exactly as the app does. With --queue, a
// region that runs as many imports as the service allows is waited for; with --wait, the job
// is followed to its end.
class SubmitCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitCommand)

public:
    SubmitCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                  QObject *parent = nullptr);
    ~SubmitCommand() override;

    bool needsS3() const override { return invocation().check; }

private:
    void execute() override;
    // With --check: sends the job only when the check of its data found no error.
    void checkThenSend();
    void send();
    void created(const QString &arn);
    void onFailed(const AwsError &error);
    // The region is full: wait in the queue for a free slot, up to --timeout.
    void queue();
    // After an answer that may hide a created job: say so, and how to look it up.
    void printMayExist();
    void watch(const QString &arn);

    ImportJobDraft m_draft;
    std::unique_ptr<JobStore> m_store;
    SubmissionService *m_service = nullptr;
    JobTracker *m_slots = nullptr;           // with --queue: tells when a slot is free
    DataCheck *m_check = nullptr;            // with --check
    std::optional<DataCheckReport> m_report; // sent with the job
    QTimer m_timeout;
    bool m_queued = false;
};
