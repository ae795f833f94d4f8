#pragma once

#include "aws/result.h"
#include "sandbox/faultplan.h"
#include "sandbox/httpservercompat.h"
#include "sandbox/sandboxauthenticator.h"
#include "sandbox/sandboxbuckets.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxsso.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/sandboxsts.h"
#include "sandbox/sandboxtypes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class GuardedTcpServer;
class SandboxS3Api;

// A local endpoint that speaks the Amazon Personalize JSON 1.1 protocol on 127.0.0.1: it
// checks SigV4 signatures with the sandbox credentials, serves the import-job operations from
// a SandboxState, and injects the faults of its FaultPlan (throttling, 5xx, dropped
// connections, latency, a skewed clock). It also answers AWS STS AssumeRole (SandboxSts) and
// IAM Identity Center sign-in and role credentials (SandboxSso), and then accepts the
// credentials it handed out; and it serves S3 reads (SandboxS3Api) of its buckets
// (--s3-root, or the built-in demo bucket), whose files decide how import jobs on them end. Only
// requests addressed to a loopback name are served, and every connection is bounded in size and
// time (GuardedTcpServer). Used in-process by the app and the tests, and alone as
// importdesk-sandbox.
class SandboxServer final : public HttpServerCompat
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    using Clock = std::function<QDateTime()>;

    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one. False when the port is taken.
    bool listen(quint16 port);
    // Serves on a socket already listening (from openListener()), so that the port can be
    // known, and handed out, before the server is built.
    bool listen(std::unique_ptr<GuardedTcpServer> listener);
    // A loopback socket listening on `port` (0: any free one) with the options' connection
    // limits, or null with a warning logged.
    static std::unique_ptr<GuardedTcpServer> openListener(const SandboxOptions &options,
                                                          quint16 port);
    static QUrl urlFor(quint16 port); // http://127.0.0.1:PORT/
    // The listening socket (null before listen()), e.g. to watch its connections.
    GuardedTcpServer *tcpServer() const { return m_tcpServer; }
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:PORT

    const SandboxOptions &options() const { return m_options; }
    SandboxState &state() { return *m_state; }
    FaultPlan &faultPlan() { return m_faults; }
    // The S3 buckets served (never null).
    const SandboxBuckets &buckets() const { return *m_buckets; }
    // IAM Identity Center: how device sign-ins end, token lifetimes.
    SandboxSso &sso() { return m_sso; }
    // Off: no throttling, errors, drops or latency, whatever the options say.
    void setFaultPlanEnabled(bool enabled) { m_faults.setEnabled(enabled); }

    // The sandbox clock: the host clock (or the test clock) plus --clock-skew-s.
    QDateTime now() const;
    // Test seam: replaces the host clock; the skew is still added.
    void setClock(Clock clock);

    // The most recent requests, oldest first (at most kMaxLogRecords, so that a sandbox left
    // running for days does not grow without bound).
    static constexpr int kMaxLogRecords = 10000;
    const QList<SandboxRequestRecord> &requestLog() const { return m_log; }
    // How many requests named this operation since the start or clearRequestLog(), whatever
    // their outcome (refused, faulted, dropped or answered) and however old.
    int requestCount(const QString &operation) const { return m_counts.value(operation); }
    void clearRequestLog();

    // Loads --state when the file exists (false when it does not); an error for an unreadable
    // or foreign file.
    Result<bool, QString> restoreState();
    // Writes --state now; true without doing anything when no state file is set. Changes are
    // also saved by themselves, and when the server goes: right away when the last save is old
    // enough, else once it is. Saves are at least kSaveInterval apart, and ten times as long as a
    // save takes (about 0.9 s with 100,000 jobs), so that saving never takes over the thread.
    Result<bool, QString> saveState();
    static constexpr std::chrono::milliseconds kSaveInterval{1000};

    // Whether a Host header names this computer's loopback interface (127.0.0.1, localhost or
    // [::1], with or without a port). Anything else may come from a page in a browser that
    // resolved its own name to 127.0.0.1 (DNS rebinding), and the sandbox's keys are public.
    static bool isLoopbackHost(const QByteArray &host);

Q_SIGNALS:
    void requestLogged(const SandboxRequestRecord &record);

protected:
    void serve(const QHttpServerRequest &request, Reply reply) override;

private:
    struct Answer;

    Answer process(const QHttpServerRequest &request);
    void deliver(Reply reply, const Answer &answer);
    void record(const SandboxRequestRecord &record, qint64 elapsedMs);
    void onRefused(const QByteArray &target, int status, const QString &code);
    void saveSoon();
    std::chrono::milliseconds latency() const;
    bool judgeContent(const SandboxImportJob &job, const SandboxDataset &dataset,
                      const QString &domain, SandboxState::VerdictCallback decided);

    SandboxOptions m_options;
    Clock m_clock;
    std::unique_ptr<SandboxState> m_state;
    SandboxAuthenticator m_authenticator;
    SandboxSts m_sts{&m_authenticator};
    SandboxSso m_sso{&m_authenticator};
    FaultPlan m_faults;
    QList<SandboxRequestRecord> m_log;
    QHash<QString, int> m_counts; // operation -> requests
    GuardedTcpServer *m_tcpServer = nullptr;
    QTimer m_saveTimer;
    QElapsedTimer m_sinceSave;
    std::chrono::milliseconds m_saveSpacing = kSaveInterval;
    quint16 m_port = 0;
    std::shared_ptr<const SandboxBuckets> m_buckets;
    std::unique_ptr<SandboxS3Api> m_s3;
    // Judges import jobs' files off the serving thread. Last, so that it is destroyed first:
    // its destructor waits for the judgements under way, which post to m_state.
    QThreadPool m_judges;
};
