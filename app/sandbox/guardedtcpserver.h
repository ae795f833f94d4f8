#pragma once

#include "sandbox/sandboxtypes.h"

#include <QList>
#include <QTcpServer>
#include <QTimer>

#include <chrono>

class GuardedSocket;

// The sandbox's listening socket: hands out GuardedSocket connections, keeps at most
// maxConnections of them open (further clients wait in the listen backlog), and keeps accepting
// after accept() fails, as when the process runs out of file descriptors. QTcpServer stops
// accepting for good on such an error; here accepting pauses and resumes after a short, growing
// delay (with a fresh socket engine on the same listening socket, whose backlog is kept), by
// which time connections have usually closed and freed their descriptors.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(const SandboxConnectionLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    int connectionCount() const { return static_cast<int>(m_connections.size()); }

    static constexpr std::chrono::milliseconds kFirstRetry{50};
    static constexpr std::chrono::milliseconds kLastRetry{1000};

Q_SIGNALS:
    // A connection refused a request before the HTTP server saw it (see GuardedSocket).
    void requestRefused(const QByteArray &target, int status, const QString &code);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void onAcceptError(QAbstractSocket::SocketError error);
    void onConnectionGone(QObject *connection);
    bool renewListener();
    void updateAccepting();

    SandboxConnectionLimits m_limits;
    QList<GuardedSocket *> m_connections;
    QTimer m_retry;
    std::chrono::milliseconds m_nextRetry = kFirstRetry;
    bool m_failing = false; // accept() failed and the retry timer has not fired yet
};
