#pragma once

#include "sandbox/sandboxtypes.h"

#include <QByteArray>
#include <QTcpSocket>
#include <QTimer>

// One client connection of the sandbox, guarded so that a client cannot make the sandbox buffer
// more than a request's worth or hold a connection open for ever: a request whose head or
// declared body is over the limits is refused before its body is read, and a connection that
// stalls mid-request or idles too long between requests is closed.
//
// How it works with QHttpServer, which parses requests itself and has no limits of its own:
// the guard's slot is connected to readyRead before the HTTP server's, so it runs first on every
// batch of bytes. While the head of a request is arriving, the guard reads those bytes inside a
// read transaction of its own; the HTTP server, running next, finds nothing new to read and
// waits. Once the head is complete and within the limits, the guard rolls its transaction back,
// so that the HTTP server reads the same bytes from the start of the request and parses them as
// usual, and then stands aside until the server has the whole request (requestReceived()). The
// HTTP server therefore never holds more than one checked head and a body of at most the
// declared Content-Length; a read-buffer cap bounds what the socket keeps if a client sends
// more than it declared.
class GuardedSocket final : public QTcpSocket
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedSocket)

public:
    explicit GuardedSocket(const SandboxConnectionLimits &limits, QObject *parent = nullptr);
    ~GuardedSocket() override;

    // Connects readyRead to the guard; call before anyone else connects to it.
    void startGuarding();
    // The server has the whole request and is answering it: no deadline while it does.
    void requestReceived();
    // The answer has been written: the connection may now idle until the next request.
    void answered();

Q_SIGNALS:
    // A request was refused before the server saw it. `target` is its X-Amz-Target when known.
    void refused(const QByteArray &target, int status, const QString &code);

private:
    enum class Phase {
        Idle,        // between requests
        ReadingHead, // the guard holds the head of a request back from the HTTP server
        Released,    // the HTTP server reads the request; the guard waits for requestReceived()
    };

    void inspect();
    void onDeadline();
    void refuse(int status, const QString &code, const QString &message);
    void armDeadline();

    SandboxConnectionLimits m_limits;
    Phase m_phase = Phase::Idle;
    bool m_serving = false;  // between requestReceived() and answered()
    bool m_refusing = false; // an error answer is on its way; nothing more is read
    bool m_ownsTransaction = false;
    QByteArray m_head; // bytes of the head so far (a copy; the socket keeps them too)
    QByteArray m_target;
    QTimer m_deadline;
};
