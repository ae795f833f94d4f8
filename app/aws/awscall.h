#pragma once

#include "aws/awserror.h"
#include "aws/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <optional>

// How a call is put on the wire and how its answers read.
enum class AwsProtocol {
    Json11, // X-Amz-Target header, JSON body and answers (Personalize, SSO)
    Query,  // Action and Version in a form-encoded body, XML answers (STS)
};

// A successful answer of an AWS call.
struct AwsResponse
{
    QJsonObject json;  // the parsed body of a JSON call ({} for an empty body or a Query call)
    QByteArray body;   // the body as received (a Query call's well-formed XML)
    QString requestId; // x-amzn-RequestId
    int httpStatus = 200;
    int attempts = 1;
};

using AwsResult = Result<AwsResponse, AwsError>;
Q_DECLARE_METATYPE(AwsResult)

// What the activity log shows about one finished call; holds no secrets and no bodies.
struct AwsCallRecord
{
    QString invocationId;
    QString service;
    QString operation; // "CreateDatasetImportJob" (the target without its prefix), "AssumeRole"
    QDateTime started;
    qint64 durationMs = 0;
    int attempts = 0;
    bool ok = false;
    QString errorCode; // empty when ok
    QString message;   // the error message when not ok (without the code)
    QString requestId;
    int httpStatus = 0;
};
Q_DECLARE_METATYPE(AwsCallRecord)

class AwsClient;
class QNetworkReply;
class QTimer;

// One logical call in flight, possibly over several attempts. Emits finished() exactly once,
// then deletes itself later; owned by the AwsClient that made it.
class AwsCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsCall)

public:
    ~AwsCall() override;

    QString service() const { return m_service; }
    // The X-Amz-Target of a JSON call, the action of a Query call.
    QString target() const { return m_target; }
    AwsProtocol protocol() const { return m_protocol; }
    QString invocationId() const { return m_invocationId; }
    bool isFinished() const { return m_finished; }

    // Stops the call; finished() reports Kind::Cancelled unless it has already finished.
    void cancel();

    // Service error codes that end this call at once, whatever the retry policy would do: the
    // caller knows that retrying within seconds cannot help (a quota that frees in minutes).
    // Set it right after starting the call, before an answer can arrive.
    void setNotRetriedCodes(const QStringList &codes) { m_notRetriedCodes = codes; }

Q_SIGNALS:
    void finished(const AwsResult &result);
    // Emitted before each retry, for progress displays.
    void retrying(int nextAttempt, int maxAttempts, const AwsError &lastError);
    // The network layer sent an attempt's request more than once on its own (Qt does so when a
    // connection closes before any answer arrives): the service may have processed it twice.
    void requestResent();

private:
    friend class AwsClient;

    AwsCall(AwsClient *client, AwsProtocol protocol, const QString &service, const QString &target,
            const QByteArray &payload, bool isSigned = true);

    void start();
    void startAttempt();
    void sendAttempt(const struct AwsCredentials &credentials);
    void onReplyMetaData();
    void onReplyReadyRead();
    void onReplyFinished();
    void abandonOversizedReply();
    void handleFailure(const AwsError &error, const QByteArray &retryAfter);
    void finish(const AwsResult &result);
    std::optional<QString> bodyProblem(const QByteArray &body, AwsResponse &response) const;

    AwsClient *m_client;
    AwsProtocol m_protocol;
    QString m_service;
    QString m_target;
    QByteArray m_payload;
    bool m_signed = true; // false: sent without credentials or signature
    QStringList m_notRetriedCodes;
    QString m_invocationId;
    QDateTime m_started;
    qint64 m_startedMs = 0;
    int m_attempt = 0;
    int m_lastRetryCost = 0;
    bool m_skewRetried = false;
    bool m_finished = false;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body; // what the current attempt's reply has delivered so far
    QTimer *m_backoffTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
};
