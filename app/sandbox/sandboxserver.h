#pragma once

#include "aws/result.h"
#include "sandbox/faultplan.h"
#include "sandbox/sandboxauthenticator.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxstate.h"
#include "sandbox/sandboxtypes.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpSocket;

// A local endpoint that speaks the Amazon Personalize JSON 1.1 protocol on 127.0.0.1: it
// checks SigV4 signatures with the sandbox credentials, serves the import-job operations from
// a SandboxState, and injects the faults of its FaultPlan (throttling, 5xx, dropped
// connections, latency, a skewed clock). Used in-process by the app and the tests, and alone as
// importdesk-sandbox.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    using Clock = std::function<QDateTime()>;

    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one. False when the port is taken.
    bool listen(quint16 port);
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:PORT

    const SandboxOptions &options() const { return m_options; }
    SandboxState &state() { return *m_state; }
    FaultPlan &faultPlan() { return m_faults; }
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
    int requestCount(const QString &operation) const;
    void clearRequestLog() { m_log.clear(); }

    // Loads --state when the file exists (false when it does not); an error for an unreadable
    // or foreign file.
    Result<bool, QString> restoreState();
    // Writes --state now; true without doing anything when no state file is set.
    Result<bool, QString> saveState();

Q_SIGNALS:
    void requestLogged(const SandboxRequestRecord &record);
    // A state file could not be written (the sandbox keeps serving from memory).
    void stateSaveFailed(const QString &message);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply;

    Reply process(const QHttpServerRequest &request);
    void deliver(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);
    void log(const SandboxRequestRecord &record, qint64 elapsedMs);
    std::chrono::milliseconds latency() const;

    SandboxOptions m_options;
    Clock m_clock;
    std::unique_ptr<SandboxState> m_state;
    SandboxAuthenticator m_authenticator;
    FaultPlan m_faults;
    QList<SandboxRequestRecord> m_log;
    quint16 m_port = 0;
};
