#include "aws/awscall.h"

#include "aws/awsclient.h"
#include "aws/boundedfile.h"
#include "aws/cabundle.h"
#include "aws/endpointpolicy.h"
#include "aws/errorparser.h"
#include "aws/logging.h"
#include "aws/sigv4signer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUuid>
#include <QXmlStreamReader>

#include <utility>

namespace {

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

QString operationOf(const QString &target)
{
    const qsizetype dot = target.lastIndexOf(u'.');
    return dot >= 0 ? target.mid(dot + 1) : target;
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

} // namespace

AwsCall::AwsCall(AwsClient *client, AwsProtocol protocol, const QString &service,
                 const QString &target, const QByteArray &payload, bool isSigned)
    : QObject(client)
    , m_client(client)
    , m_protocol(protocol)
    , m_service(service)
    , m_target(target)
    , m_payload(payload)
    , m_signed(isSigned)
    , m_invocationId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_started(QDateTime::currentDateTimeUtc())
    , m_startedMs(monotonicMs())
{}

AwsCall::~AwsCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void AwsCall::cancel()
{
    if (m_finished)
        return;
    AwsError error = AwsError::make(AwsError::Kind::Cancelled, tr("The request was cancelled."));
    error.attempts = m_attempt;
    finish(error);
}

void AwsCall::start()
{
    if (m_finished)
        return;
    const AwsClientSettings &settings = m_client->settings();
    if (settings.region.isEmpty()) {
        finish(AwsError::make(AwsError::Kind::Configuration,
                              tr("No AWS Region is selected. Choose a region, or set one in the "
                                 "profile or with AWS_REGION.")));
        return;
    }
    const QString refusal = EndpointPolicy::check(settings.endpoint);
    if (!refusal.isEmpty()) {
        finish(AwsError::make(AwsError::Kind::Configuration, refusal));
        return;
    }
    m_deadlineTimer = new QTimer(this);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, [this] {
        AwsError error = AwsError::make(
            AwsError::Kind::Timeout, tr("No answer within %1 seconds, retries included.")
                                         .arg(m_client->settings().callDeadline.count() / 1000.0));
        error.attempts = m_attempt;
        finish(error);
    });
    m_deadlineTimer->start(settings.callDeadline);
    startAttempt();
}

void AwsCall::startAttempt()
{
    ++m_attempt;
    if (!m_signed) {
        sendAttempt(AwsCredentials());
        return;
    }
    if (!m_client->m_credentials) {
        finish(AwsError::make(AwsError::Kind::Credentials,
                              tr("No credentials are configured for this connection.")));
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

void AwsCall::sendAttempt(const AwsCredentials &credentials)
{
    const AwsClientSettings &settings = m_client->settings();
    const QDateTime now = m_client->m_clock().addMSecs(m_client->m_skew.signingOffsetMs());

    SigV4::Request signable;
    signable.method = QByteArrayLiteral("POST");
    signable.path = settings.endpoint.path(QUrl::FullyEncoded).toLatin1();
    if (signable.path.isEmpty())
        signable.path = QByteArrayLiteral("/");
    signable.headers = {{QByteArrayLiteral("Host"), hostHeader(settings.endpoint)}};
    if (m_protocol == AwsProtocol::Query) {
        // The action travels in the body, so there is no target header.
        signable.headers.append({QByteArrayLiteral("Content-Type"),
                                 QByteArrayLiteral("application/x-www-form-urlencoded; "
                                                   "charset=utf-8")});
    } else {
        signable.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-amz-json-1.1")});
        signable.headers.append({QByteArrayLiteral("X-Amz-Target"), m_target.toLatin1()});
    }
    signable.headers.append(
        {QByteArrayLiteral("amz-sdk-invocation-id"), m_invocationId.toLatin1()});
    signable.headers.append({QByteArrayLiteral("amz-sdk-request"),
                             "attempt=" + QByteArray::number(m_attempt) +
                                 "; max=" + QByteArray::number(settings.maxAttempts)});
    signable.body = m_payload;

    SigV4::Params params;
    params.region = settings.region;
    params.service = m_service;
    params.time = now;
    if (m_signed)
        m_client->m_signer->sign(signable, credentials, params);

    QNetworkRequest request(settings.endpoint);
    for (const auto &[name, value] : std::as_const(signable.headers))
        request.setRawHeader(name, value);
    request.setHeader(QNetworkRequest::UserAgentHeader, AwsClient::userAgent());
    request.setTransferTimeout(int(settings.attemptTimeout.count()));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    if (const QString tls = EndpointPolicy::applyTls(request, settings.caBundle.get());
        !tls.isEmpty()) {
        AwsError error = AwsError::make(AwsError::Kind::Configuration, tls);
        error.attempts = m_attempt;
        finish(error);
        return;
    }

    qCDebug(lcAws).noquote() << Redaction::redact(
        QStringLiteral("→ %1 attempt %2/%3 to %4 as %5")
            .arg(m_target)
            .arg(m_attempt)
            .arg(settings.maxAttempts)
            .arg(settings.endpoint.toDisplayString(), credentials.describe()));
    if (lcAwsSigning().isDebugEnabled()) {
        for (const auto &[name, value] : std::as_const(signable.headers)) {
            qCDebug(lcAwsSigning).noquote()
                << Redaction::redact(QString::fromLatin1(name + ": " + value));
        }
    }

    m_body.clear();
    m_reply = m_client->m_network.post(request, m_payload);
    // Qt stops reading from the socket while this much is waiting, so a flood stays bounded
    // between two readyRead signals too.
    m_reply->setReadBufferSize(kReadBufferBytes);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &AwsCall::onReplyMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &AwsCall::onReplyReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &AwsCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::requestSent, this, [this, sent = 0]() mutable {
        if (++sent == 2) {
            qCDebug(lcAwsRetry).noquote()
                << QStringLiteral("%1 attempt %2 was sent again by the network layer")
                       .arg(m_target)
                       .arg(m_attempt);
            Q_EMIT requestResent();
        }
    });
}

void AwsCall::onReplyMetaData()
{
    // An announced size over the limit is refused before any of the body is read.
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_client->settings().maxResponseBytes)
        abandonOversizedReply();
}

void AwsCall::onReplyReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > m_client->settings().maxResponseBytes)
        abandonOversizedReply();
}

void AwsCall::abandonOversizedReply()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    AwsError error = AwsError::make(
        AwsError::Kind::InvalidResponse,
        tr("The answer from %1 is larger than %2, far more than the service ever sends, so it "
           "was not read. Check that the endpoint URL points at the AWS service.")
            .arg(m_client->settings().endpoint.host(),
                 BoundedFile::sizeText(m_client->settings().maxResponseBytes)));
    error.httpStatus = status.toInt();
    error.requestId = QString::fromLatin1(reply->rawHeader("x-amzn-RequestId"));
    error.attempts = m_attempt;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    m_body.clear();
    finish(error);
}

void AwsCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_finished)
        return;

    const QDateTime receivedAt = m_client->m_clock();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = std::exchange(m_body, {}) + reply->readAll();
    const QByteArray requestId = reply->rawHeader("x-amzn-RequestId");
    const QByteArray retryAfter = reply->rawHeader("x-amz-retry-after");
    const QString host = m_client->settings().endpoint.host();
    if (reply->hasRawHeader("Date"))
        m_client->m_skew.observe(reply->rawHeader("Date"), receivedAt);
    if (body.size() > m_client->settings().maxResponseBytes) {
        m_reply = reply; // abandonOversizedReply() takes it over
        abandonOversizedReply();
        return;
    }

    if (!statusAttribute.isValid()) {
        AwsError error = ErrorParser::fromNetworkError(reply->error(), reply->errorString(), host);
        handleFailure(error, retryAfter);
        return;
    }
    const int status = statusAttribute.toInt();

    // The status line and headers arrived but the body did not, in full: the connection closed,
    // stalled past the attempt timeout, or broke the protocol. Whatever the status said, the
    // answer is lost, and the request may well have been processed.
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transportFailed =
        networkError > QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied;
    if (transportFailed || networkError == QNetworkReply::ProtocolFailure) {
        AwsError error = ErrorParser::fromNetworkError(networkError, reply->errorString(), host);
        const QString received =
            tr("HTTP %1; the body stopped at byte %2").arg(status).arg(body.size());
        if (error.kind == AwsError::Kind::ConnectionClosed) {
            error.message = tr("%1 closed the connection in the middle of its answer (%2).")
                                .arg(host, received);
        } else if (error.kind == AwsError::Kind::Timeout) {
            error.message = tr("%1 stopped sending its answer (%2) and the attempt timed out.")
                                .arg(host, received);
        } else if (networkError == QNetworkReply::ProtocolFailure) {
            error.kind = AwsError::Kind::ConnectionClosed;
            error.message =
                tr("%1 sent a malformed answer (%2), so it could not be read.").arg(host, received);
        }
        error.httpStatus = status;
        error.requestId = QString::fromLatin1(requestId);
        handleFailure(error, retryAfter);
        return;
    }

    if (status >= 200 && status < 300) {
        AwsResponse response;
        response.httpStatus = status;
        response.body = body;
        response.requestId = QString::fromLatin1(requestId);
        response.attempts = m_attempt;
        if (const std::optional<QString> problem = bodyProblem(body, response)) {
            AwsError error = AwsError::make(
                AwsError::Kind::InvalidResponse,
                tr("The answer from %1 (HTTP %2) could not be read: %3. The request may "
                   "have been carried out.")
                    .arg(host, QString::number(status), *problem));
            error.requestId = response.requestId;
            error.httpStatus = status;
            error.attempts = m_attempt;
            finish(error);
            return;
        }
        m_client->m_quota.release(m_lastRetryCost);
        finish(response);
        return;
    }

    AwsError error = ErrorParser::parseServiceError(status, reply->rawHeader("x-amzn-ErrorType"),
                                                    requestId, body, reply->rawHeader("Location"));
    handleFailure(error, retryAfter);
}

std::optional<QString> AwsCall::bodyProblem(const QByteArray &body, AwsResponse &response) const
{
    if (m_protocol == AwsProtocol::Query) {
        // The caller reads the fields it needs; here the document only has to be whole, so that
        // a cut-off answer is reported as such rather than as a missing field.
        QXmlStreamReader xml(body);
        bool hasElement = false;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                hasElement = true;
        }
        if (xml.hasError()) {
            return tr("it is not well-formed XML (%1 at byte %2 of %3)")
                .arg(xml.errorString())
                .arg(xml.characterOffset())
                .arg(body.size());
        }
        if (!hasElement)
            return tr("it is empty where the service always sends an XML document");
        return std::nullopt;
    }
    if (body.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return tr("it is not valid JSON (%1 at byte %2 of %3)")
            .arg(parseError.errorString())
            .arg(parseError.offset)
            .arg(body.size());
    }
    if (!document.isObject()) {
        return tr("it is a JSON %1 where the service always sends an object")
            .arg(document.isArray() ? tr("array") : tr("value"));
    }
    response.json = document.object();
    return std::nullopt;
}

void AwsCall::handleFailure(const AwsError &failure, const QByteArray &retryAfter)
{
    AwsError error = failure;
    error.attempts = m_attempt;
    const int maxAttempts = std::max(1, m_client->settings().maxAttempts);

    qCInfo(lcAwsRetry).noquote() << Redaction::redact(QStringLiteral("%1 attempt %2/%3 failed: %4")
                                                          .arg(m_target)
                                                          .arg(m_attempt)
                                                          .arg(maxAttempts)
                                                          .arg(error.summary()));

    if (error.isService() &&
        (error.code.startsWith(u"ExpiredToken") || error.code == u"ExpiredTokenException" ||
         error.code == u"RequestExpired")) {
        if (m_client->m_invalidateCredentials)
            m_client->m_invalidateCredentials();
    }

    // A wrong clock shows as a signature error; correct it and re-sign once, without waiting.
    if (error.isService() && RetryStrategy::isClockSkewCode(error.code) && !m_skewRetried &&
        m_client->m_skew.isSkewed()) {
        m_skewRetried = true;
        m_client->m_skew.adopt();
        qCInfo(lcAwsRetry).noquote()
            << QStringLiteral("clock differs from the service by %1 s; re-signing")
                   .arg(m_client->m_skew.observedOffsetMs() / 1000.0);
        Q_EMIT retrying(m_attempt + 1, maxAttempts, error);
        startAttempt();
        return;
    }

    const RetryClass retryClass = RetryStrategy::classify(error);
    if (retryClass == RetryClass::NotRetryable || m_attempt >= maxAttempts ||
        (error.kind == AwsError::Kind::Service && m_notRetriedCodes.contains(error.code))) {
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
        RetryStrategy::applyRetryAfter(m_client->m_backoff(m_attempt), retryAfter);
    qCDebug(lcAwsRetry) << "retrying" << m_target << "in" << delay.count() << "ms";
    Q_EMIT retrying(m_attempt + 1, maxAttempts, error);
    if (!m_backoffTimer) {
        m_backoffTimer = new QTimer(this);
        m_backoffTimer->setSingleShot(true);
        connect(m_backoffTimer, &QTimer::timeout, this, &AwsCall::startAttempt);
    }
    m_backoffTimer->start(delay);
}

void AwsCall::finish(const AwsResult &result)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_deadlineTimer)
        m_deadlineTimer->stop();
    if (m_backoffTimer)
        m_backoffTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }

    AwsCallRecord record;
    record.invocationId = m_invocationId;
    record.service = m_service;
    record.operation = operationOf(m_target);
    record.started = m_started;
    record.durationMs = monotonicMs() - m_startedMs;
    record.ok = result.ok();
    if (result.ok()) {
        record.attempts = result.value().attempts;
        record.requestId = result.value().requestId;
        record.httpStatus = result.value().httpStatus;
        qCInfo(lcAws).noquote() << QStringLiteral("%1 ok in %2 ms, %3 attempt(s), request id %4")
                                       .arg(m_target)
                                       .arg(record.durationMs)
                                       .arg(record.attempts)
                                       .arg(record.requestId);
    } else {
        const AwsError &error = result.error();
        record.attempts = error.attempts;
        record.requestId = error.requestId;
        record.httpStatus = error.httpStatus;
        record.errorCode = error.code;
        record.message = Redaction::redact(error.message); // the code has its own field
        // A credentials error is the credential source's message, which the caller shows.
        const QString why = error.kind == AwsError::Kind::Credentials
                                ? QStringLiteral("no usable credentials")
                                : error.summary();
        qCInfo(lcAws).noquote() << Redaction::redact(
            QStringLiteral("%1 failed in %2 ms: %3").arg(m_target).arg(record.durationMs).arg(why));
    }
    Q_EMIT m_client->callFinished(record);
    Q_EMIT finished(result);
    deleteLater();
}
