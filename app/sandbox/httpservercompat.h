#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpSocket>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttpServerResponder>
#include <optional>
#endif

class QHttpServerRequest;
class QTcpServer;

// The one place that knows which QAbstractHttpServer API this Qt has, so that the rest of the
// sandbox does not care. Qt 6.4 (a technology preview) hands each request over with its
// QTcpSocket and lets the server make a responder from it; Qt 6.5 replaced that with a
// QHttpServerResponder passed by reference (missingHandler took it by rvalue reference until
// Qt 6.8, and by lvalue reference since); Qt 6.8 also changed request headers to QHttpHeaders,
// replaced the responder's writeStatusLine/writeHeader/writeBody with write(body, headers,
// status) and made bind() report whether the server listens. Subclasses implement serve() and
// answer each request through a Reply, now or later.
class HttpServerCompat : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServerCompat)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // The answer a request is still owed. Move it into a timer to answer later; answering after
    // the client went away does nothing. Without send() or drop() the request goes unanswered
    // until the Reply is destroyed.
    class Reply
    {
    public:
        Reply(Reply &&other) noexcept;
        Reply &operator=(Reply &&other) noexcept;
        ~Reply();
        Q_DISABLE_COPY(Reply)

        // The connection that carried the request, or null once it has gone.
        QTcpSocket *socket() const { return m_socket; }
        bool isConnected() const;
        // Writes the status line, the headers, Content-Length and the body.
        void send(int status, const Headers &headers, const QByteArray &body);
        // Writes the status line, the headers and a Content-Length of `contentLength`, and no
        // body: the answer to a HEAD request.
        void sendHead(int status, const Headers &headers, qint64 contentLength);
        // Closes the connection without answering: a lost answer, as the client sees it. The
        // responder of newer Qt cannot close a connection; the socket can, when it is known
        // (see socketFor()); otherwise this degrades to a 503 answer.
        void drop();
        // Sends the status line, the headers and a Content-Length for the whole body, then only
        // the first half of the body, and closes the connection: an answer cut off after the
        // work was done. Degrades like drop() when the socket is unknown.
        void truncate(int status, const Headers &headers, const QByteArray &body);

    private:
        friend class HttpServerCompat;
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        Reply(const QHttpServerRequest &request, QTcpSocket *socket);
        // Qt 6.4 keeps one request object per connection, alive as long as the connection.
        const QHttpServerRequest *m_request = nullptr;
#else
        Reply(QHttpServerResponder &&responder, QTcpSocket *socket);
        std::optional<QHttpServerResponder> m_responder;
#endif
        QPointer<QTcpSocket> m_socket;
        bool m_socketKnown = false;
        bool m_done = false;
    };

    explicit HttpServerCompat(QObject *parent = nullptr);
    ~HttpServerCompat() override;

    // Serves the connections of a server that is already listening; takes ownership.
    bool bindListening(QTcpServer *server);

    // The request's header fields in the order received (names as sent before Qt 6.8, in lower
    // case since).
    static Headers headersOf(const QHttpServerRequest &request);

protected:
    // Called once for every request, with the whole body read.
    virtual void serve(const QHttpServerRequest &request, Reply reply) = 0;

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) final;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) final;
#elif QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) final;
#else
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) final;
#endif

private:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    // Newer Qt does not say which socket carried a request; its peer address and port do, among
    // the sockets under this server (those of bound servers, or their protocol handlers').
    QTcpSocket *socketFor(const QHttpServerRequest &request) const;
#endif
};
