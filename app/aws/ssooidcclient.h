#pragma once

#include "aws/awserror.h"
#include "aws/result.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// Sends the unsigned REST-JSON calls of IAM Identity Center OIDC (RegisterClient,
// StartDeviceAuthorization, CreateToken) to one endpoint, one call at a time. Every answer is
// read up to a size cap and within a deadline; the secrets it carries are registered with
// Redaction before anything else sees them.
class SsoOidcClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoOidcClient)

public:
    using Callback = std::function<void(const Result<QJsonObject, AwsError> &)>;

    // `network` is borrowed and must outlive this object. `endpoint` must pass EndpointPolicy
    // (https, or http to this computer): calls to any other address fail without being sent.
    SsoOidcClient(QNetworkAccessManager *network, const QUrl &endpoint, QObject *parent = nullptr);
    ~SsoOidcClient() override;

    QUrl endpoint() const { return m_endpoint; }

    // An answer carries a few tokens.
    static constexpr qint64 kMaxAnswerBytes = 64 * 1024;
    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }

    // `done` is called exactly once, later, unless abort() comes first or this object goes.
    void registerClient(const QString &clientName, const QStringList &scopes, Callback done);
    void startDeviceAuthorization(const QString &clientId, const QString &clientSecret,
                                  const QString &startUrl, Callback done);
    void createToken(const QJsonObject &request, Callback done);
    // Drops the call in progress without calling back.
    void abort();
    bool isRunning() const { return m_reply != nullptr || static_cast<bool>(m_done); }

    // The error code of an OIDC error answer: the x-amzn-ErrorType header, else the body's
    // "__type", else its OAuth "error" ("authorization_pending" → AuthorizationPendingException).
    static QString errorCode(const QByteArray &errorTypeHeader, const QJsonObject &body);

private:
    void post(const QString &path, const QJsonObject &body, Callback done);
    void onReadyRead();
    void onFinished();
    void finish(const Result<QJsonObject, AwsError> &result);

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_endpoint;
    int m_deadlineMs = 30000;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    QTimer m_deadline;
    Callback m_done;
};
