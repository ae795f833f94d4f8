#pragma once

#include "aws/awsclient.h"
#include "aws/awserror.h"
#include "aws/result.h"
#include "aws/retrystrategy.h"
#include "s3/s3types.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class CaBundle;
struct ClientConfiguration;
class QNetworkAccessManager;
class QProcessEnvironment;
class SharedConfig;
class SigV4Signer;

// How bucket names go into request URLs.
enum class S3AddressingStyle {
    Auto,        // virtual-hosted on AWS endpoints; path style on a custom endpoint
    VirtualHost, // https://bucket.s3.region.amazonaws.com/key
    Path,        // https://s3.region.amazonaws.com/bucket/key
};

// Where and how an S3Client sends its reads.
struct S3ClientSettings
{
    QString region; // the signing region of the first attempt
    QUrl endpoint;  // custom endpoint (AWS_ENDPOINT_URL_S3, services s3); empty: AWS's
    S3AddressingStyle addressingStyle = S3AddressingStyle::Auto;
    bool useFipsEndpoint = false;
    bool useDualStackEndpoint = false;
    int maxAttempts = 3;
    std::chrono::milliseconds attemptTimeout{std::chrono::seconds(30)};
    // The whole read, retries and a region redirect included.
    std::chrono::milliseconds callDeadline{std::chrono::minutes(2)};
    std::shared_ptr<const CaBundle> caBundle;
};

// The few Amazon S3 reads the data check needs (ListObjectsV2, HeadObject, ranged GetObject),
// signed with SigV4 for "s3" with the caller's credentials. Every answer is read up to a size
// cap and within a deadline; S3's XML errors become AwsError values whose message says what to
// do; an answer that names the bucket's real region is retried there once.
class S3Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(S3Client)

public:
    template<typename T>
    using Callback = std::function<void(const Result<T, AwsError> &)>;

    // `network` is borrowed and must outlive this object; `credentials` is the same kind of
    // source AwsClient uses (the profile's credential chain).
    S3Client(QNetworkAccessManager *network, AwsClient::CredentialsSource credentials,
             const S3ClientSettings &settings, QObject *parent = nullptr);
    ~S3Client() override;

    // The settings of the profile's configuration for S3: its region, AWS_ENDPOINT_URL_S3 or the
    // profile's services block for s3, its `s3 = addressing_style`, FIPS/dual-stack, retries and
    // CA bundle. `environment` and `config` are those the configuration was resolved from.
    static Result<S3ClientSettings, AwsError> settingsFor(const ClientConfiguration &configuration,
                                                          const SharedConfig &config,
                                                          const QProcessEnvironment &environment);

    const S3ClientSettings &settings() const { return m_settings; }

    // Answers larger than this are abandoned (a listing page of 1,000 keys is about 300 KiB).
    // A ranged read asks for at most this many bytes.
    static constexpr qint64 kMaxAnswerBytes = 4 * 1024 * 1024;

    // One page of ListObjectsV2 under `prefix` (no delimiter: every object below it).
    void listObjects(const QString &bucket, const QString &prefix, const QString &continuationToken,
                     int maxKeys, const QObject *context, Callback<S3ListPage> done);
    void headObject(const QString &bucket, const QString &key, const QObject *context,
                    Callback<S3ObjectHead> done);
    // Bytes [first, first + length) of the object, or fewer at its end.
    void getObjectRange(const QString &bucket, const QString &key, qint64 first, qint64 length,
                        const QObject *context, Callback<S3ObjectBytes> done);
    // The last `length` bytes of the object (all of it when it is shorter).
    void getObjectTail(const QString &bucket, const QString &key, qint64 length,
                       const QObject *context, Callback<S3ObjectBytes> done);

    // Drops every call in progress without calling back (and without callFinished()).
    void cancelAll();

    // The region a bucket turned out to be in (learnt from a redirect), or empty.
    QString bucketRegion(const QString &bucket) const { return m_bucketRegions.value(bucket); }
    const ClockSkew &clockSkew() const { return m_skew; }

    // Called after an expired-token answer so that the source refreshes before the next call.
    void setCredentialsInvalidator(std::function<void()> invalidate);

    // Test seams: "now" for signing, and how long to wait before a retry.
    void setClock(std::function<QDateTime()> clock);
    void setBackoffFunction(AwsClient::BackoffFunction backoff);

Q_SIGNALS:
    // Every finished read, for the activity log (operation "ListObjectsV2", "HeadObject",
    // "GetObject"; service "s3").
    void callFinished(const AwsCallRecord &record);

private:
    class Request;

    // Sends `request`; `read` turns its answer into a Result<T, AwsError> for `done`.
    template<typename T, typename Reader>
    void send(Request *request, const QObject *context, Callback<T> done, Reader read);

    QPointer<QNetworkAccessManager> m_network;
    AwsClient::CredentialsSource m_credentials;
    S3ClientSettings m_settings;
    std::function<QDateTime()> m_clock;
    AwsClient::BackoffFunction m_backoff;
    std::function<void()> m_invalidateCredentials;
    std::unique_ptr<SigV4Signer> m_signer;
    RetryQuota m_quota;
    ClockSkew m_skew;
    QHash<QString, QString> m_bucketRegions; // bucket → the region a redirect named
    QSet<Request *> m_requests;              // in flight
};
