#include "common/scriptedhttpserver.h"

#include <QHostAddress>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {
const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
} // namespace

QByteArray ReceivedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedResponse ScriptedResponse::json(int status, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers.emplaceBack("Content-Type", "application/x-amz-json-1.1");
    return response;
}

ScriptedResponse ScriptedResponse::awsError(int status, const QByteArray &code,
                                            const QByteArray &message)
{
    return json(status, R"({"__type":")" + code + R"(","message":")" + message + R"("})");
}

ScriptedResponse ScriptedResponse::dropped()
{
    ScriptedResponse response;
    response.drop = true;
    return response;
}

ScriptedResponse ScriptedResponse::cutOff(int status, qint64 declaredLength, const QByteArray &sent,
                                          Ending ending)
{
    ScriptedResponse response = json(status, sent);
    response.declaredLength = declaredLength;
    response.ending = ending;
    return response;
}

ScriptedResponse ScriptedResponse::chunkedCutOff(int status, const QByteArray &sent, Ending ending)
{
    ScriptedResponse response = json(status, sent);
    response.chunked = true;
    response.ending = ending;
    return response;
}

ScriptedResponse ScriptedResponse::streamed(int status, qint64 totalBytes)
{
    ScriptedResponse response = json(status, "{\"items\":[");
    response.chunked = true;
    response.streamBytes = totalBytes;
    return response;
}

ScriptedResponse &ScriptedResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.emplaceBack(name, value);
    return *this;
}

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{
    m_fallback = ScriptedResponse::json(200, "{}");
    connect(m_server.get(), &QTcpServer::newConnection, this, &ScriptedHttpServer::onNewConnection);
}

ScriptedHttpServer::~ScriptedHttpServer() = default;

void ScriptedHttpServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    server->setSslConfiguration(configuration);
    // A TLS connection is pending only once its handshake is done.
    connect(server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &ScriptedHttpServer::onNewConnection);
    m_server = std::move(server);
    m_tls = true;
}

bool ScriptedHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedHttpServer::url() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

quint16 ScriptedHttpServer::port() const
{
    return m_server->serverPort();
}

void ScriptedHttpServer::enqueue(const ScriptedResponse &response)
{
    m_queue.append(response);
}

void ScriptedHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void ScriptedHttpServer::setFallback(const ScriptedResponse &response)
{
    m_fallback = response;
}

void ScriptedHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        ++m_openConnections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { processBuffer(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_openConnections;
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::processBuffer(QTcpSocket *socket)
{
    // Requests are parsed from a per-socket buffer kept in a dynamic property so that
    // pipelined or split requests are handled.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        ReceivedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.emplaceBack(name, value);
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        const qsizetype total = headerEnd + 4 + contentLength;
        if (buffer.size() < total)
            break;
        request.body = buffer.mid(headerEnd + 4, contentLength);
        buffer.remove(0, total);

        m_requests.append(request);
        ScriptedResponse response;
        if (!m_queue.isEmpty())
            response = m_queue.takeFirst();
        else if (m_handler)
            response = m_handler(request);
        else
            response = m_fallback;
        Q_EMIT requestReceived(int(m_requests.size() - 1));

        QPointer<QTcpSocket> guard(socket);
        if (response.delayMs > 0) {
            QTimer::singleShot(response.delayMs, this, [this, guard, response] {
                if (guard)
                    respond(guard, response);
            });
        } else {
            respond(socket, response);
        }
    }
    socket->setProperty("buffer", buffer);
}

void ScriptedHttpServer::respond(QTcpSocket *socket, const ScriptedResponse &response)
{
    if (response.drop) {
        socket->abort();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                     reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (response.chunked) {
        out += "Transfer-Encoding: chunked\r\n";
    } else {
        const qint64 length =
            response.declaredLength >= 0 ? response.declaredLength : response.body.size();
        out += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    out += "Connection: keep-alive\r\n\r\n";
    if (!response.chunked)
        out += response.body;
    else if (!response.body.isEmpty())
        out += QByteArray::number(response.body.size(), 16) + "\r\n" + response.body + "\r\n";
    socket->write(out);

    if (response.chunked && response.streamBytes > 0) {
        socket->setProperty("streamLeft", response.streamBytes);
        connect(socket, &QTcpSocket::bytesWritten, this,
                [this, socket] { continueStream(socket); });
        continueStream(socket);
        return;
    }
    switch (response.ending) {
    case ScriptedResponse::Ending::Complete:
        if (response.chunked)
            socket->write("0\r\n\r\n");
        break;
    case ScriptedResponse::Ending::Close:
        socket->disconnectFromHost(); // after what is written has been sent
        break;
    case ScriptedResponse::Ending::Stall:
        break;
    }
}

void ScriptedHttpServer::continueStream(QTcpSocket *socket)
{
    // Only a little is queued at a time, so the stream runs as fast as the client reads.
    constexpr qint64 kChunk = 64 * 1024;
    qint64 left = socket->property("streamLeft").toLongLong();
    while (left > 0 && socket->bytesToWrite() < 4 * kChunk &&
           socket->state() == QAbstractSocket::ConnectedState) {
        const qint64 size = std::min(left, kChunk);
        QByteArray chunk(size, ' ');
        chunk[0] = '1';
        socket->write(QByteArray::number(size, 16) + "\r\n" + chunk + "\r\n");
        left -= size;
        m_streamedBytes += size;
        if (left == 0)
            socket->write("0\r\n\r\n");
    }
    socket->setProperty("streamLeft", left);
}
