#pragma once

#include "s3/s3client.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QPair>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkReply;
class QTimer;
struct AwsCredentials;

// An answer of S3 that a read accepts (a 2xx, or a status the read asked for).
struct S3Answer
{
    int status = 200;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString requestId;
    int attempts = 1;
    bool complete = true; // false: reading stopped once enough of a 200 answer had arrived

    QByteArray header(const QByteArray &lowerCaseName) const
    {
        return headers.value(lowerCaseName);
    }
};

// One S3 read in flight, over its attempts: credentials, signing, the region redirect, retries,
// clock-skew correction, the deadline and the size cap. Reports once, then deletes itself.
class S3Client::Request final : public QObject
{
    Q_DISABLE_COPY_MOVE(Request)

public:
    // Turns an accepted answer into the caller's value; returns the error when it is unusable.
    using Reader = std::function<std::optional<AwsError>(const S3Answer &)>;
    // Calls the caller back: with the value the reader kept (nullptr) or with the error.
    using Deliverer = std::function<void(const AwsError *)>;

    // `location` names what is read in messages; a listing sends no key (`location.key` is its
    // prefix) and says so with `isListing`.
    Request(S3Client *client, const QString &operation, const QByteArray &method,
            const S3Location &location, bool isListing = false,
            const QList<QPair<QString, QString>> &query = {});
    ~Request() override;

    void setRange(const QByteArray &range) { m_range = range; }
    // A status other than 2xx that is an answer rather than an error (416 for a ranged read).
    void setAcceptedStatus(int status) { m_acceptedStatus = status; }
    // A 200 answer (a server that ignored the Range header) is read only this far.
    void setPrefixBytes(qint64 bytes) { m_prefixBytes = bytes; }
    void setHandlers(Reader read, Deliverer deliver);

    void start();
    bool isFinished() const { return m_finished; }

private:
    void startAttempt();
    void sendAttempt(const AwsCredentials &credentials);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void abandonOversized();
    void succeed(QNetworkReply *reply, int status, bool complete);
    void handleFailure(const AwsError &failure, const QString &bucketRegion,
                       const QByteArray &retryAfter);
    void finish(const std::optional<AwsError> &error, const S3Answer *answer = nullptr);
    void dropReply();
    QString host() const;

    S3Client *m_client;
    QString m_operation;
    QByteArray m_method;
    S3Location m_location;
    bool m_isListing = false;
    QList<QPair<QString, QString>> m_query;
    QByteArray m_range;
    int m_acceptedStatus = 0;
    qint64 m_prefixBytes = 0;
    Reader m_read;
    Deliverer m_deliver;

    QString m_invocationId;
    QDateTime m_started;
    qint64 m_startedMs = 0;
    QString m_region; // the signing region of the current attempt
    QUrl m_url;       // the current attempt's URL
    int m_attempt = 0;
    int m_freeAttempts = 0; // re-sent at once for a redirect or a skewed clock
    int m_lastRetryCost = 0;
    bool m_redirected = false;
    bool m_skewRetried = false;
    bool m_finished = false;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QTimer *m_backoffTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
};
