#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

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
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;   // wait this long before answering
    bool drop = false; // close the connection instead of answering

    static ScriptedResponse json(int status, const QByteArray &body);
    static ScriptedResponse awsError(int status, const QByteArray &code, const QByteArray &message);
    static ScriptedResponse dropped();
    ScriptedResponse &withHeader(const QByteArray &name, const QByteArray &value);
};

// A small HTTP/1.1 server on 127.0.0.1 that answers from a script, for tests that need real
// sockets: queued responses first, then the handler, then the fallback (200 "{}").
class ScriptedHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedHttpServer)

public:
    using Handler = std::function<ScriptedResponse(const ReceivedRequest &)>;

    explicit ScriptedHttpServer(QObject *parent = nullptr);
    ~ScriptedHttpServer() override;

    bool listen();
    QUrl url() const;
    quint16 port() const;

    void enqueue(const ScriptedResponse &response);
    void setHandler(Handler handler);
    void setFallback(const ScriptedResponse &response);

    const QList<ReceivedRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(int index);

private:
    void onNewConnection();
    void processBuffer(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const ScriptedResponse &response);

    QTcpServer m_server;
    QList<ScriptedResponse> m_queue;
    Handler m_handler;
    ScriptedResponse m_fallback;
    QList<ReceivedRequest> m_requests;
};
