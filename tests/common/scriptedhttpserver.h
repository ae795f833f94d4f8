#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

class QSslCertificate;
class QSslKey;
class QTcpSocket;

// One HTTP request as the test server received it.
struct ReceivedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Value of the first header with that name (case-insensitive), or empty.
    QByteArray header(const QByteArray &name) const;
};

// What the test server answers to one request.
struct ScriptedResponse
{
    // What happens after the headers and the body are sent.
    enum class Ending {
        Complete, // the answer is whole; the connection stays open for the next request
        Close,    // the connection is closed, cutting off whatever was promised
        Stall,    // nothing more is sent and the connection stays open
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;            // wait this long before answering
    bool drop = false;          // close the connection instead of answering
    qint64 declaredLength = -1; // Content-Length to announce; -1: the body's size
    bool chunked = false;       // Transfer-Encoding: chunked instead of Content-Length
    qint64 streamBytes = 0;     // chunked only: this many more bytes after `body`, as fast as
                                // the client reads them
    Ending ending = Ending::Complete;

    static ScriptedResponse json(int status, const QByteArray &body);
    static ScriptedResponse awsError(int status, const QByteArray &code, const QByteArray &message);
    static ScriptedResponse dropped();
    // The headers promise `declaredLength` bytes; `sent` is all that comes before `ending`.
    static ScriptedResponse cutOff(int status, qint64 declaredLength, const QByteArray &sent,
                                   Ending ending = Ending::Close);
    // A chunked answer that sends `sent` and then ends as `ending` says, without its last chunk.
    static ScriptedResponse chunkedCutOff(int status, const QByteArray &sent,
                                          Ending ending = Ending::Close);
    // A chunked answer of `totalBytes` JSON-ish filler, sent as fast as the client reads.
    static ScriptedResponse streamed(int status, qint64 totalBytes);
    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// A small HTTP/1.1 server on 127.0.0.1 that answers from a script, for tests that need real
// sockets: queued responses first, then the handler, then the fallback (200 "{}"). With
// useTls(), it speaks HTTPS with the certificate given.
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHttpServer)

public:
    using Handler = std::function<ScriptedResponse(const ReceivedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    // Serves HTTPS with this certificate and key; call before listen().
    void useTls(const QSslCertificate &certificate, const QSslKey &key);
    bool listen();
    QUrl url() const;
    quint16 port() const;

    void enqueue(const ScriptedResponse &response);
    void setHandler(Handler handler);
    void setFallback(const ScriptedResponse &response);

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    // Connections accepted and not yet closed by either side.
    int openConnections() const { return m_openConnections; }
    // Body bytes written by streamed() answers so far.
    qint64 streamedBytes() const { return m_streamedBytes; }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ScriptedResponse &response);
    void continueStream(QTcpSocket *socket);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<ScriptedResponse> m_queue;
    Handler m_handler;
    ScriptedResponse m_fallback;
    QList<ReceivedRequest> m_requests;
    int m_openConnections = 0;
    qint64 m_streamedBytes = 0;
};
