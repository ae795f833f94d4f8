#pragma once

#include "aws/awscall.h"
#include "aws/awscredentials.h"
#include "aws/retrystrategy.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class CaBundle;
class SigV4Signer;

// Where and how an AwsClient sends its calls.
struct AwsClientSettings
{
    QString region; // signing region
    QUrl endpoint;  // https://sts.us-east-1.amazonaws.com, or a loopback http:// URL
    int maxAttempts = 3;
    std::chrono::milliseconds attemptTimeout{std::chrono::seconds(30)};
    std::chrono::milliseconds callDeadline{std::chrono::minutes(2)};
    // Answers are read as they arrive and abandoned beyond this size: a JSON API answers in
    // kilobytes, so anything near it is a wrong endpoint or a fault.
    qint64 maxResponseBytes = 4 * 1024 * 1024;
    std::shared_ptr<const CaBundle> caBundle; // AWS_CA_BUNDLE / ca_bundle; null: none
};

// Sends SigV4-signed AWS JSON 1.1 and AWS Query calls through one QNetworkAccessManager, with the
// standard retry mode, a client-wide retry quota and clock-skew correction. Knows no service's API.
class AwsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsClient)

public:
    using CredentialsCallback = std::function<void(const Result<AwsCredentials, AwsError> &)>;
    // Asynchronous credential source; must call back later, on the context's thread.
    using CredentialsSource = std::function<void(QObject *context, CredentialsCallback)>;
    // Returns the delay before retry number `retry` (1 for the first retry).
    using BackoffFunction = std::function<std::chrono::milliseconds(int retry)>;
    using Clock = std::function<QDateTime()>;

    explicit AwsClient(QObject *parent = nullptr);
    ~AwsClient() override;

    void setSettings(const AwsClientSettings &settings);
    const AwsClientSettings &settings() const { return m_settings; }

    void setCredentialsSource(CredentialsSource source);
    // Convenience for fixed credentials (tests, explicit keys).
    void setStaticCredentials(const AwsCredentials &credentials);
    // Called after an expired-token answer so that the source refreshes before the next call.
    void setCredentialsInvalidator(std::function<void()> invalidate);

    // Starts a call: POST / with X-Amz-Target = target (e.g. "DynamoDB_20120810.ListTables")
    // signed for `service` (e.g. "dynamodb"). The call reports through AwsCall::finished().
    AwsCall *call(const QString &service, const QString &target, const QJsonObject &payload);

    // Same, delivering the result to `onFinished` as long as `context` lives.
    template<typename Functor>
    AwsCall *call(const QString &service, const QString &target, const QJsonObject &payload,
                  const QObject *context, Functor &&onFinished)
    {
        AwsCall *started = call(service, target, payload);
        connect(started, &AwsCall::finished, context, std::forward<Functor>(onFinished));
        return started;
    }

    // Starts an AWS Query call: POST / with the form-encoded body Action=action&Version=version
    // followed by `parameters` in the order given, signed for `service`. A successful answer
    // carries the XML document in AwsResponse::body.
    AwsCall *callQuery(const QString &service, const QString &action, const QString &version,
                       const QList<QPair<QString, QString>> &parameters);

    // Same, sent without credentials or a signature: for the few STS actions whose proof of
    // identity travels in the body (AssumeRoleWithWebIdentity).
    AwsCall *callUnsignedQuery(const QString &service, const QString &action,
                               const QString &version,
                               const QList<QPair<QString, QString>> &parameters);

    // The form encoding of a Query call's body: name=value pairs joined by '&', each side
    // percent-encoded except for the unreserved characters A-Z a-z 0-9 - . _ ~.
    static QByteArray formEncode(const QList<QPair<QString, QString>> &fields);

    QNetworkAccessManager *networkAccessManager() { return &m_network; }
    RetryQuota &retryQuota() { return m_quota; }
    const ClockSkew &clockSkew() const { return m_skew; }

    // Test seams: how long to wait before a retry, and what "now" is for signing.
    void setBackoffFunction(BackoffFunction backoff);
    void setClock(Clock clock);

    static QByteArray userAgent();

Q_SIGNALS:
    // Every finished call, for the activity log.
    void callFinished(const AwsCallRecord &record);

private:
    friend class AwsCall;

    AwsClientSettings m_settings;
    QNetworkAccessManager m_network;
    std::unique_ptr<SigV4Signer> m_signer;
    CredentialsSource m_credentials;
    std::function<void()> m_invalidateCredentials;
    BackoffFunction m_backoff;
    Clock m_clock;
    RetryQuota m_quota;
    ClockSkew m_skew;
};
