#include "sandbox/guardedtcpserver.h"

#include "sandbox/guardedsocket.h"
#include "sandbox/sandboxlogging.h"

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

GuardedTcpServer::GuardedTcpServer(const SandboxConnectionLimits &limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (!renewListener()) {
            m_retry.start(m_nextRetry); // still no descriptor to spare
            m_nextRetry = std::min(m_nextRetry * 2, kLastRetry);
            return;
        }
        m_failing = false;
        updateAccepting();
    });
    connect(this, &QTcpServer::acceptError, this, &GuardedTcpServer::onAcceptError);
}

GuardedTcpServer::~GuardedTcpServer()
{
    // The connections may outlive the server (the HTTP server may own them by then).
    for (GuardedSocket *connection : std::as_const(m_connections))
        disconnect(connection, nullptr, this, nullptr);
}

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    m_nextRetry = kFirstRetry; // accept() works again
    auto *connection = new GuardedSocket(m_limits, this);
    if (!connection->setSocketDescriptor(socketDescriptor)) {
        qCWarning(lcSandbox).noquote()
            << tr("Cannot take over a new connection: %1").arg(connection->errorString());
        delete connection;
        return;
    }
    // Before the HTTP server connects to the socket, so that the guard sees every byte first.
    connection->startGuarding();
    m_connections.append(connection);
    connect(connection, &QObject::destroyed, this, &GuardedTcpServer::onConnectionGone);
    connect(connection, &GuardedSocket::refused, this, &GuardedTcpServer::requestRefused);
    addPendingConnection(connection);
    updateAccepting();
}

void GuardedTcpServer::onConnectionGone(QObject *connection)
{
    // Only the address is compared: the object is being destroyed.
    m_connections.removeIf([connection](GuardedSocket *c) { return c == connection; });
    updateAccepting();
}

void GuardedTcpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // QTcpServer has paused accepting; resume later instead of never. One warning per streak.
    if (m_nextRetry == kFirstRetry) {
        qCWarning(lcSandbox).noquote()
            << tr("Cannot accept a connection (%1, error %2); trying again in %3 ms.")
                   .arg(errorString())
                   .arg(static_cast<int>(error))
                   .arg(m_nextRetry.count());
    }
    m_failing = true;
    pauseAccepting();
    m_retry.start(m_nextRetry);
    m_nextRetry = std::min(m_nextRetry * 2, kLastRetry);
}

bool GuardedTcpServer::renewListener()
{
#ifdef Q_OS_UNIX
    // Qt's socket engine keeps the first error it meets: after one failed accept(), every
    // "no more connections to accept" would read as that failure again, pausing the server after
    // each connection. A fresh engine on the same listening socket, whose backlog of waiting
    // clients is kept, starts clean.
    const int copy = ::fcntl(static_cast<int>(socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (copy < 0)
        return false;
    close();
    if (!setSocketDescriptor(copy)) {
        qCWarning(lcSandbox).noquote()
            << tr("Cannot listen again after running out of resources: %1").arg(errorString());
        ::close(copy);
        return false;
    }
#endif
    return true;
}

void GuardedTcpServer::updateAccepting()
{
    if (!isListening() || m_failing)
        return;
    if (m_connections.size() >= m_limits.maxConnections)
        pauseAccepting();
    else
        resumeAccepting();
}
