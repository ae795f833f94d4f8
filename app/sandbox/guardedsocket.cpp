#include "sandbox/guardedsocket.h"

#include "sandbox/httprequesthead.h"
#include "sandbox/sandboxlogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace std::chrono_literals;

namespace {

// Room for what a client may legitimately have in flight beyond one request (the start of the
// next one); past it the socket stops reading from the network until the server catches up.
constexpr qint64 kReadSlack = 64 * 1024;
// How long an error answer may take to reach a client that does not read it.
constexpr auto kRefusalLinger = 5s;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    default:
        return QByteArrayLiteral("Error");
    }
}

} // namespace

GuardedSocket::GuardedSocket(const SandboxConnectionLimits &limits, QObject *parent)
    : QTcpSocket(parent)
    , m_limits(limits)
{
    setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + kReadSlack);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &GuardedSocket::onDeadline);
}

GuardedSocket::~GuardedSocket() = default;

void GuardedSocket::startGuarding()
{
    connect(this, &QIODevice::readyRead, this, &GuardedSocket::inspect);
    armDeadline();
}

void GuardedSocket::requestReceived()
{
    m_phase = Phase::Idle;
    m_head.clear();
    m_serving = true;
    armDeadline();
}

void GuardedSocket::answered()
{
    m_serving = false;
    armDeadline();
}

void GuardedSocket::armDeadline()
{
    if (m_refusing)
        return;
    if (m_serving) {
        m_deadline.stop(); // the sandbox itself is taking its time (latency faults)
        return;
    }
    m_deadline.start(m_phase == Phase::Idle ? m_limits.idleTimeout : m_limits.requestTimeout);
}

void GuardedSocket::inspect()
{
    if (m_refusing || m_phase == Phase::Released)
        return;
    const qint64 available = bytesAvailable();
    if (available <= 0)
        return;
    if (m_phase == Phase::Idle) {
        m_phase = Phase::ReadingHead;
        m_head.clear();
        m_target.clear();
        // A transaction the HTTP server left open means it has already consumed part of what
        // follows (a pipelined request); the guard can then only watch, not hold back.
        m_ownsTransaction = !isTransactionStarted();
        if (m_ownsTransaction)
            startTransaction();
        if (!m_serving)
            armDeadline(); // one deadline for the whole request, however slowly it trickles in
    }
    m_head += m_ownsTransaction ? read(available) : peek(available);

    const std::optional<qsizetype> headLength = HttpRequestHead::length(m_head);
    if (!headLength && m_head.size() <= m_limits.maxHeaderBytes)
        return; // more to come
    const HttpRequestHead::Framing framing =
        HttpRequestHead::framing(m_head.left(headLength.value_or(m_head.size())));
    m_target = framing.target;
    if (!headLength || *headLength > m_limits.maxHeaderBytes) {
        refuse(431, QStringLiteral("RequestHeaderFieldsTooLargeException"),
               QStringLiteral("The request line and headers are larger than %1 bytes.")
                   .arg(m_limits.maxHeaderBytes));
    } else if (framing.malformed) {
        refuse(400, QStringLiteral("BadRequestException"),
               QStringLiteral("The Content-Length header is not a single whole number."));
    } else if (framing.transferCoded) {
        refuse(411, QStringLiteral("LengthRequiredException"),
               QStringLiteral("Send the body with a Content-Length header; Transfer-Encoding "
                              "is not accepted."));
    } else if (framing.contentLength.value_or(0) > m_limits.maxBodyBytes) {
        refuse(413, QStringLiteral("RequestEntityTooLargeException"),
               QStringLiteral("The request body is %1 bytes; at most %2 bytes are accepted.")
                   .arg(*framing.contentLength)
                   .arg(m_limits.maxBodyBytes));
    } else {
        // Hand the request to the HTTP server from its first byte.
        if (m_ownsTransaction)
            rollbackTransaction();
        m_ownsTransaction = false;
        m_head.clear();
        m_phase = Phase::Released;
    }
}

void GuardedSocket::onDeadline()
{
    if (m_refusing) {
        abort(); // the client does not even read the error answer
        return;
    }
    if (m_phase == Phase::Idle) {
        qCDebug(lcSandbox) << "closing a connection idle for" << m_limits.idleTimeout.count()
                           << "ms";
        disconnectFromHost();
        return;
    }
    refuse(408, QStringLiteral("RequestTimeoutException"),
           QStringLiteral("The whole request did not arrive within %1 ms.")
               .arg(m_limits.requestTimeout.count()));
}

void GuardedSocket::refuse(int status, const QString &code, const QString &message)
{
    m_refusing = true;
    // Neither the guard nor the HTTP server reads anything more from this connection.
    disconnect(this, &QIODevice::readyRead, nullptr, nullptr);
    if (isTransactionStarted())
        commitTransaction();
    m_head.clear();
    qCInfo(lcSandbox).noquote() << QStringLiteral("refused a request from port %1: %2 %3")
                                       .arg(peerPort())
                                       .arg(status)
                                       .arg(code);

    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("__type"), code},
                                                      {QStringLiteral("message"), message}})
                                .toJson(QJsonDocument::Compact);
    QByteArray answer =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
        "\r\nContent-Type: application/x-amz-json-1.1\r\nx-amzn-ErrorType: " + code.toLatin1() +
        "\r\nx-amzn-RequestId: " + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) +
        "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
        body;
    write(answer);
    disconnectFromHost(); // after the answer has been written
    m_deadline.start(kRefusalLinger);
    Q_EMIT refused(m_target, status, code);
}
