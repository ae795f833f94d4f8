#include "sandbox/httpservercompat.h"

#include "sandbox/sandboxlogging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

namespace {

QHttpServerResponder::StatusCode statusCode(int status)
{
    return static_cast<QHttpServerResponder::StatusCode>(status);
}

} // namespace

// --- Reply ------------------------------------------------------------------------------------

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
HttpServerCompat::Reply::Reply(const QHttpServerRequest &request, QTcpSocket *socket)
    : m_request(&request)
    , m_socket(socket)
    , m_socketKnown(socket != nullptr)
{}
#else
HttpServerCompat::Reply::Reply(QHttpServerResponder &&responder, QTcpSocket *socket)
    : m_socket(socket)
    , m_socketKnown(socket != nullptr)
{
    m_responder.emplace(std::move(responder));
}
#endif

HttpServerCompat::Reply::Reply(Reply &&other) noexcept
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    : m_request(std::exchange(other.m_request, nullptr))
#else
    : m_responder(std::move(other.m_responder))
#endif
    , m_socket(std::move(other.m_socket))
    , m_socketKnown(other.m_socketKnown)
    , m_done(std::exchange(other.m_done, true))
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    other.m_responder.reset();
#endif
}

HttpServerCompat::Reply &HttpServerCompat::Reply::operator=(Reply &&other) noexcept
{
    if (this != &other) {
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        m_request = std::exchange(other.m_request, nullptr);
#else
        // Qt 6.5's responder can be move-constructed but not move-assigned.
        m_responder.reset();
        if (other.m_responder)
            m_responder.emplace(std::move(*other.m_responder));
        other.m_responder.reset();
#endif
        m_socket = std::move(other.m_socket);
        m_socketKnown = other.m_socketKnown;
        m_done = std::exchange(other.m_done, true);
    }
    return *this;
}

HttpServerCompat::Reply::~Reply() = default;

bool HttpServerCompat::Reply::isConnected() const
{
    if (!m_socketKnown)
        return !m_done; // newer Qt without a known socket: the responder copes with a closed one
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpServerCompat::Reply::send(int status, const Headers &headers, const QByteArray &body)
{
    if (m_done)
        return;
    const bool connected = isConnected();
    m_done = true;
    if (!connected) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        m_responder.reset();
#endif
        return;
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QHttpServerResponder responder = HttpServerCompat::makeResponder(*m_request, m_socket);
#else
    QHttpServerResponder &responder = *m_responder;
#endif
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    responder.writeStatusLine(statusCode(status));
    for (const auto &[name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
#else
    // write() adds Content-Length itself.
    responder.write(body, QHttpHeaders::fromListOfPairs(headers), statusCode(status));
#endif
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Newer Qt reads the connection's next request once the responder is gone.
    m_responder.reset();
#endif
}

void HttpServerCompat::Reply::sendHead(int status, const Headers &headers, qint64 contentLength)
{
    if (m_done)
        return;
    const bool connected = isConnected();
    m_done = true;
    if (!connected) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        m_responder.reset();
#endif
        return;
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    QHttpServerResponder responder = HttpServerCompat::makeResponder(*m_request, m_socket);
#else
    QHttpServerResponder &responder = *m_responder;
#endif
    responder.writeStatusLine(statusCode(status));
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    for (const auto &[name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(contentLength));
#else
    QHttpHeaders all = QHttpHeaders::fromListOfPairs(headers);
    all.append(QHttpHeaders::WellKnownHeader::ContentLength, QByteArray::number(contentLength));
    responder.writeHeaders(all);
#endif
    // An empty body only ends the header block.
    responder.writeBody(QByteArray());
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    m_responder.reset();
#endif
}

void HttpServerCompat::Reply::drop()
{
    if (m_done)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (!m_socketKnown) {
        // Without the socket a connection cannot be cut through the public API of newer Qt.
        // The closest the client can see is an error after the work was done, so answer 503:
        // a retry then meets the consequences of the first attempt, as after a lost answer.
        qCWarning(lcSandbox) << "cannot drop a connection whose socket is unknown; answering 503";
        send(503, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
             QByteArrayLiteral("{\"__type\":\"ServiceUnavailable\",\"message\":\"The answer "
                               "was lost.\"}"));
        return;
    }
#endif
    m_done = true;
    if (m_socket)
        m_socket->abort();
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    m_responder.reset(); // after the abort, so that Qt does not wait for another request
#endif
}

void HttpServerCompat::Reply::truncate(int status, const Headers &headers, const QByteArray &body)
{
    if (m_done)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (!m_socketKnown) {
        qCWarning(lcSandbox) << "cannot cut off an answer on a connection whose socket is "
                                "unknown; answering 503";
        send(503, {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
             QByteArrayLiteral("{\"__type\":\"ServiceUnavailable\",\"message\":\"The answer "
                               "was lost.\"}"));
        return;
    }
#endif
    const bool connected = isConnected();
    m_done = true;
    if (connected) {
        // Written to the socket directly: the responder always completes the body it announces.
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " \r\n";
        for (const auto &[name, value] : headers)
            head += name + ": " + value + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
        m_socket->write(head + body.left(body.size() / 2));
        m_socket->disconnectFromHost(); // after what was written has gone out
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    m_responder.reset(); // after the close, so that Qt does not wait for another request
#endif
}

// --- HttpServerCompat -------------------------------------------------------------------------

HttpServerCompat::HttpServerCompat(QObject *parent)
    : QAbstractHttpServer(parent)
{}

HttpServerCompat::~HttpServerCompat() = default;

bool HttpServerCompat::bindListening(QTcpServer *server)
{
    if (!server || !server->isListening())
        return false;
    server->setParent(this);
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bind(server);
    return true;
#else
    return bind(server);
#endif
}

HttpServerCompat::Headers HttpServerCompat::headersOf(const QHttpServerRequest &request)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    return request.headers();
#else
    return request.headers().toListOfPairs();
#endif
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

bool HttpServerCompat::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    serve(request, Reply(request, socket));
    return true;
}

void HttpServerCompat::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() takes every request; Qt only calls this for ones it could not route.
    Reply(request, socket).send(404, {}, {});
}

#else

QTcpSocket *HttpServerCompat::socketFor(const QHttpServerRequest &request) const
{
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        if (socket->peerPort() == request.remotePort() &&
            socket->peerAddress().isEqual(request.remoteAddress()))
            return socket;
    }
    return nullptr;
}

bool HttpServerCompat::handleRequest(const QHttpServerRequest &request,
                                     QHttpServerResponder &responder)
{
    serve(request, Reply(std::move(responder), socketFor(request)));
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void HttpServerCompat::missingHandler(const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder)
#else
void HttpServerCompat::missingHandler(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
#endif
{
    Reply(std::move(responder), socketFor(request)).send(404, {}, {});
}

#endif
