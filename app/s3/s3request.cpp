#include "s3/s3request.h"

#include "aws/awscredentials.h"
#include "aws/boundedfile.h"
#include "aws/cabundle.h"
#include "aws/endpointpolicy.h"
#include "aws/errorparser.h"
#include "aws/logging.h"
#include "aws/sigv4signer.h"
#include "s3/s3addressing.h"
#include "s3/s3errors.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>

#include <utility>

namespace {

// Qt stops reading from the socket while this much is waiting, so a flood stays bounded.
constexpr qint64 kReadBufferBytes = 256 * 1024;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
    return clock.elapsed();
}

QByteArray hostHeader(const QUrl &url)
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        host += ':' + QByteArray::number(url.port());
    return host;
}

QMap<QByteArray, QByteArray> headersOf(const QNetworkReply *reply)
{
    QMap<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : reply->rawHeaderPairs())
        headers.insert(name.toLower(), value);
    return headers;
}

} // namespace

S3Client::Request::Request(S3Client *client, const QString &operation, const QByteArray &method,
                           const S3Location &location, bool isListing,
                           const QList<QPair<QString, QString>> &query)
    : QObject(client)
    , m_client(client)
    , m_operation(operation)
    , m_method(method)
    , m_location(location)
    , m_isListing(isListing)
    , m_query(query)
    , m_invocationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_started(QDateTime::currentDateTimeUtc())
    , m_startedMs(monotonicMs())
{
    m_client->m_requests.insert(this);
}

S3Client::Request::~Request()
{
    m_client->m_requests.remove(this);
    dropReply();
}

void S3Client::Request::setHandlers(Reader read, Deliverer deliver)
{
    m_read = std::move(read);
    m_deliver = std::move(deliver);
}

QString S3Client::Request::host() const
{
    return m_url.host();
}

void S3Client::Request::dropReply()
{
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void S3Client::Request::start()
{
    if (m_finished)
        return;
    const S3ClientSettings &settings = m_client->m_settings;
    m_region = m_client->m_bucketRegions.value(m_location.bucket, settings.region);
    if (m_region.isEmpty()) {
        finish(AwsError::make(AwsError::Kind::Configuration,
                              S3Client::tr("No AWS Region is selected. Choose a region, or set "
                                           "one in the profile or with AWS_REGION.")));
        return;
    }
    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, [this] {
        AwsError error =
            AwsError::make(AwsError::Kind::Timeout,
                           S3Client::tr("S3 gave no answer within %1 seconds, retries included.")
                               .arg(m_client->m_settings.callDeadline.count() / 1000.0));
        error.attempts = m_attempt;
        finish(error);
    });
    m_deadlineTimer->start(settings.callDeadline);
    startAttempt();
}

void S3Client::Request::startAttempt()
{
    ++m_attempt;
    if (!m_client->m_credentials) {
        finish(AwsError::make(AwsError::Kind::Credentials,
                              S3Client::tr("No credentials are configured for this connection.")));
        return;
    }
    m_client->m_credentials(this, [this](const Result<AwsCredentials, AwsError> &credentials) {
        if (m_finished)
            return;
        if (!credentials.ok()) {
            AwsError error = credentials.error();
            error.attempts = m_attempt;
            finish(error);
            return;
        }
        sendAttempt(credentials.value());
    });
}

void S3Client::Request::sendAttempt(const AwsCredentials &credentials)
{
    const S3ClientSettings &settings = m_client->m_settings;
    QNetworkAccessManager *network = m_client->m_network.data();
    if (!network) {
        finish(AwsError::make(AwsError::Kind::Network,
                              S3Client::tr("The network connection was closed.")));
        return;
    }
    const Result<S3RequestTarget, QString> target = S3Addressing::target(
        settings, m_region, m_location.bucket, m_isListing ? QString() : m_location.key, m_query);
    if (!target.ok()) {
        AwsError error = AwsError::make(AwsError::Kind::Configuration, target.error());
        error.attempts = m_attempt;
        finish(error);
        return;
    }
    m_url = target->url;

    SigV4::Request signable;
    signable.method = m_method;
    signable.path = target->path;
    signable.query = target->query;
    signable.headers = {{QByteArrayLiteral("Host"), hostHeader(m_url)}};
    if (!m_range.isEmpty())
        signable.headers.append({QByteArrayLiteral("Range"), m_range});
    signable.headers.append(
        {QByteArrayLiteral("amz-sdk-invocation-id"), m_invocationId.toLatin1()});
    signable.headers.append({QByteArrayLiteral("amz-sdk-request"),
                             "attempt=" + QByteArray::number(m_attempt) +
                                 "; max=" + QByteArray::number(settings.maxAttempts)});

    SigV4::Params params;
    params.region = m_region;
    params.service = QStringLiteral("s3");
    params.time = m_client->m_clock().addMSecs(m_client->m_skew.signingOffsetMs());
    params.normalizePath = false;
    params.addContentSha256 = true;
    m_client->m_signer->sign(signable, credentials, params);

    QNetworkRequest request(m_url);
    for (const auto &[name, value] : std::as_const(signable.headers))
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::UserAgentHeader, AwsClient::userAgent());
    // The bytes as stored: Qt would otherwise ask for gzip and inflate a range of it.
    request.setRawHeader(QByteArrayLiteral("Accept-Encoding"), QByteArrayLiteral("identity"));
    request.setTransferTimeout(int(settings.attemptTimeout.count()));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    // A redirect names another region; following it would send a signature made for this one.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (const QString tls = EndpointPolicy::applyTls(request, settings.caBundle.get());
        !tls.isEmpty()) {
        AwsError error = AwsError::make(AwsError::Kind::Configuration, tls);
        error.attempts = m_attempt;
        finish(error);
        return;
    }

    qCDebug(lcAws).noquote() << Redaction::redact(
        QStringLiteral("→ S3 %1 attempt %2/%3 to %4 (region %5) as %6")
            .arg(m_operation)
            .arg(m_attempt)
            .arg(settings.maxAttempts)
            .arg(m_url.toDisplayString(), m_region, credentials.describe()));
    if (lcAwsSigning().isDebugEnabled()) {
        for (const auto &[name, value] : std::as_const(signable.headers)) {
            qCDebug(lcAwsSigning).noquote()
                << Redaction::redact(QString::fromLatin1(name + ": " + value));
        }
    }

    m_body.clear();
    QNetworkReply *reply = m_method == "HEAD" ? network->head(request) : network->get(request);
    m_reply = reply;
    reply->setReadBufferSize(kReadBufferBytes);
    connect(reply, &QNetworkReply::metaDataChanged, this, &Request::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &Request::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Request::onFinished);
}

void S3Client::Request::onMetaData()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    // An announced size over the limit is refused before any of the body is read; a 200
    // answer to a ranged read is read only as far as needed, whatever its size.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && m_prefixBytes > 0)
        return;
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (m_method != "HEAD" && length.isValid() && length.toLongLong() > kMaxAnswerBytes)
        abandonOversized();
}

void S3Client::Request::onReadyRead()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply)
        return;
    m_body += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && m_prefixBytes > 0 && m_body.size() >= m_prefixBytes &&
        m_prefixBytes <= kMaxAnswerBytes) {
        succeed(reply, status, false);
        return;
    }
    if (m_body.size() > kMaxAnswerBytes)
        abandonOversized();
}

void S3Client::Request::abandonOversized()
{
    QNetworkReply *reply = m_reply.data();
    AwsError error = AwsError::make(
        AwsError::Kind::InvalidResponse,
        S3Client::tr("The answer from %1 is larger than %2, more than this read asks for, so it "
                     "was not read. Check that the endpoint URL points at Amazon S3.")
            .arg(host(), BoundedFile::sizeText(kMaxAnswerBytes)));
    if (reply) {
        error.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        error.requestId = QString::fromLatin1(reply->rawHeader("x-amz-request-id"));
    }
    error.attempts = m_attempt;
    m_body.clear();
    finish(error);
}

void S3Client::Request::succeed(QNetworkReply *reply, int status, bool complete)
{
    S3Answer answer;
    answer.status = status;
    answer.headers = headersOf(reply);
    answer.body = std::exchange(m_body, {});
    answer.requestId = QString::fromLatin1(reply->rawHeader("x-amz-request-id"));
    answer.attempts = m_attempt;
    answer.complete = complete;
    m_client->m_quota.release(m_lastRetryCost);
    finish(std::nullopt, &answer);
}

void S3Client::Request::onFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || m_finished)
        return;
    const QDateTime receivedAt = m_client->m_clock();
    if (reply->hasRawHeader("Date"))
        m_client->m_skew.observe(reply->rawHeader("Date"), receivedAt);
    if (reply->isOpen())
        m_body += reply->readAll();
    if (m_body.size() > kMaxAnswerBytes) {
        abandonOversized();
        return;
    }
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    const QByteArray retryAfter = reply->rawHeader("x-amz-retry-after");
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!statusAttribute.isValid()) {
        handleFailure(ErrorParser::fromNetworkError(reply->error(), reply->errorString(), host()),
                      {}, retryAfter);
        return;
    }
    const int status = statusAttribute.toInt();

    // The status arrived but the body did not, in full: the answer is lost.
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transportFailed =
        networkError > QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied;
    if (transportFailed || networkError == QNetworkReply::ProtocolFailure) {
        AwsError error = ErrorParser::fromNetworkError(networkError, reply->errorString(), host());
        const QString received =
            S3Client::tr("HTTP %1; the body stopped at byte %2").arg(status).arg(m_body.size());
        if (error.kind == AwsError::Kind::ConnectionClosed) {
            error.message = S3Client::tr("%1 closed the connection in the middle of its answer "
                                         "(%2).")
                                .arg(host(), received);
        } else if (error.kind == AwsError::Kind::Timeout) {
            error.message = S3Client::tr("%1 stopped sending its answer (%2) and the attempt "
                                         "timed out.")
                                .arg(host(), received);
        } else if (networkError == QNetworkReply::ProtocolFailure) {
            error.kind = AwsError::Kind::ConnectionClosed;
            error.message = S3Client::tr("%1 sent a malformed answer (%2), so it could not be "
                                         "read.")
                                .arg(host(), received);
        }
        error.httpStatus = status;
        error.requestId = QString::fromLatin1(reply->rawHeader("x-amz-request-id"));
        m_body.clear();
        handleFailure(error, {}, retryAfter);
        return;
    }

    if ((status >= 200 && status < 300) || (m_acceptedStatus != 0 && status == m_acceptedStatus)) {
        succeed(reply, status, true);
        return;
    }
    const S3ErrorAnswer answer = S3Errors::fromAnswer(
        status, std::exchange(m_body, {}), reply->rawHeader("x-amz-request-id"),
        reply->rawHeader("x-amz-bucket-region"), reply->rawHeader("Location"));
    handleFailure(answer.error, answer.bucketRegion, retryAfter);
}

void S3Client::Request::handleFailure(const AwsError &failure, const QString &bucketRegion,
                                      const QByteArray &retryAfter)
{
    AwsError error = failure;
    error.attempts = m_attempt;
    const int maxAttempts = std::max(1, m_client->m_settings.maxAttempts);
    qCInfo(lcAwsRetry).noquote() << Redaction::redact(QStringLiteral("S3 %1 attempt %2 failed: %3")
                                                          .arg(m_operation)
                                                          .arg(m_attempt)
                                                          .arg(error.summary()));

    if (error.isService() &&
        (error.code == u"ExpiredToken" || error.code == u"TokenRefreshRequired") &&
        m_client->m_invalidateCredentials) {
        m_client->m_invalidateCredentials();
    }

    // The bucket is in another region: sign for that one, once, and remember it.
    if (S3Errors::isRegionRedirect(error, m_method == "HEAD") && !m_redirected &&
        S3Addressing::isValidRegion(bucketRegion) && bucketRegion != m_region) {
        m_redirected = true;
        ++m_freeAttempts;
        qCInfo(lcAws).noquote() << QStringLiteral("bucket %1 is in %2, not %3; signing for %2")
                                       .arg(m_location.bucket, bucketRegion, m_region);
        m_region = bucketRegion;
        m_client->m_bucketRegions.insert(m_location.bucket, bucketRegion);
        startAttempt();
        return;
    }
    if (S3Errors::isRegionRedirect(error, m_method == "HEAD")) {
        S3Errors::explain(error, m_operation, m_location, m_region, bucketRegion);
        finish(error);
        return;
    }

    // A wrong clock shows as a signature error; correct it and re-sign once, without waiting.
    if (error.isService() && RetryStrategy::isClockSkewCode(error.code) && !m_skewRetried &&
        m_client->m_skew.isSkewed()) {
        m_skewRetried = true;
        ++m_freeAttempts;
        m_client->m_skew.adopt();
        qCInfo(lcAwsRetry).noquote() << QStringLiteral("clock differs from S3 by %1 s; re-signing")
                                            .arg(m_client->m_skew.observedOffsetMs() / 1000.0);
        startAttempt();
        return;
    }

    const RetryClass retryClass = RetryStrategy::classify(error);
    if (retryClass == RetryClass::NotRetryable || m_attempt - m_freeAttempts >= maxAttempts) {
        finish(error);
        return;
    }
    int cost = 0;
    if (!m_client->m_quota.acquire(retryClass, &cost)) {
        qCInfo(lcAwsRetry) << "retry quota exhausted; not retrying";
        finish(error);
        return;
    }
    m_lastRetryCost = cost;
    const std::chrono::milliseconds delay =
        RetryStrategy::applyRetryAfter(m_client->m_backoff(m_attempt - m_freeAttempts), retryAfter);
    if (!m_backoffTimer) {
        m_backoffTimer = new QTimer(this);
        m_backoffTimer->setSingleShot(true);
        connect(m_backoffTimer, &QTimer::timeout, this, &Request::startAttempt);
    }
    m_backoffTimer->start(delay);
}

void S3Client::Request::finish(const std::optional<AwsError> &failure, const S3Answer *answer)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadlineTimer)
        m_deadlineTimer->stop();
    if (m_backoffTimer)
        m_backoffTimer->stop();
    dropReply();

    std::optional<AwsError> error = failure;
    if (!error && answer && m_read)
        error = m_read(*answer);
    if (error) {
        if (error->attempts == 0)
            error->attempts = m_attempt;
        S3Errors::explain(*error, m_operation, m_location, m_region,
                          m_client->m_bucketRegions.value(m_location.bucket));
    }

    AwsCallRecord record;
    record.invocationId = m_invocationId;
    record.service = QStringLiteral("s3");
    record.operation = m_operation;
    record.started = m_started;
    record.durationMs = monotonicMs() - m_startedMs;
    record.ok = !error;
    if (error) {
        record.attempts = error->attempts;
        record.requestId = error->requestId;
        record.httpStatus = error->httpStatus;
        record.errorCode = error->code;
        record.message = Redaction::redact(error->message);
        const QString why = error->kind == AwsError::Kind::Credentials
                                ? QStringLiteral("no usable credentials")
                                : error->summary();
        qCInfo(lcAws).noquote() << Redaction::redact(QStringLiteral("S3 %1 %2 failed in %3 ms: %4")
                                                         .arg(m_operation, m_location.toUrl())
                                                         .arg(record.durationMs)
                                                         .arg(why));
    } else {
        record.attempts = answer ? answer->attempts : m_attempt;
        record.requestId = answer ? answer->requestId : QString();
        record.httpStatus = answer ? answer->status : 0;
        qCInfo(lcAws).noquote() << QStringLiteral("S3 %1 %2 ok in %3 ms, %4 attempt(s), "
                                                  "request id %5")
                                       .arg(m_operation, m_location.toUrl())
                                       .arg(record.durationMs)
                                       .arg(record.attempts)
                                       .arg(record.requestId);
    }
    Q_EMIT m_client->callFinished(record);
    if (m_deliver)
        m_deliver(error ? &*error : nullptr);
    deleteLater();
}
