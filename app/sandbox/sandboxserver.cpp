#include "sandbox/sandboxserver.h"

#include "aws/logging.h"
#include "sandbox/guardedsocket.h"
#include "sandbox/guardedtcpserver.h"
#include "sandbox/sandboxapi.h"
#include "sandbox/sandboxdemobucket.h"
#include "sandbox/sandboximportjudge.h"
#include "sandbox/sandboxlogging.h"
#include "sandbox/sandboxs3api.h"
#include "sandbox/sandboxschemas.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcSandbox, "importdesk.sandbox")

namespace {

const QByteArray kJsonType = QByteArrayLiteral("application/x-amz-json-1.1");
const QByteArray kFormType = QByteArrayLiteral("application/x-www-form-urlencoded");
const QByteArray kXmlType = QByteArrayLiteral("text/xml");
const QString kTargetPrefix = QStringLiteral("AmazonPersonalize.");

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray errorBody(const QString &code, const QString &message)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("__type"), code}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

SandboxState::Config stateConfig(const SandboxOptions &options)
{
    SandboxState::Config config;
    config.region = options.region;
    config.accountId = options.accountId;
    config.seed = options.seed;
    config.timeScale = options.timeScale;
    config.maxRunning = options.maxRunning;
    config.historyJobs = options.historyJobs;
    return config;
}

FaultPlan::Rates faultRates(const SandboxOptions &options)
{
    FaultPlan::Rates rates;
    rates.throttle = options.throttleRate;
    rates.error = options.errorRate;
    rates.drop = options.dropRate;
    rates.truncate = options.truncateRate;
    rates.latency = std::chrono::milliseconds(options.latencyMs);
    return rates;
}

SigV4::Request signable(const QHttpServerRequest &request)
{
    SigV4::Request signable;
    signable.method = QByteArrayLiteral("POST");
    signable.path = request.url().path(QUrl::FullyEncoded).toUtf8();
    if (signable.path.isEmpty())
        signable.path = QByteArrayLiteral("/");
    signable.query = request.url().query(QUrl::FullyEncoded).toUtf8();
    signable.headers = HttpServerCompat::headersOf(request);
    signable.body = request.body();
    return signable;
}

// The operation an X-Amz-Target names, or empty.
QString operationOf(const QByteArray &target)
{
    const QString text = QString::fromLatin1(target);
    return text.startsWith(kTargetPrefix) ? text.mid(kTargetPrefix.size()) : QString();
}

} // namespace

struct SandboxServer::Answer
{
    int status = 200;
    QByteArray body;
    // S3 answers bring their own headers, and HEAD answers announce a length without a body.
    bool s3 = false;
    HttpServerCompat::Headers headers;
    bool headOnly = false;
    qint64 contentLength = 0;
    QString errorCode;
    QByteArray contentType = kJsonType;
    bool drop = false;
    bool truncate = false;
    SandboxRequestRecord record;

    void fail(const SandboxError &error)
    {
        status = error.httpStatus;
        errorCode = error.code;
        body = errorBody(error.code, error.message);
    }
};

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : HttpServerCompat(parent)
    , m_options(options)
    , m_state(std::make_unique<SandboxState>(stateConfig(options), [this] { return now(); }))
    , m_authenticator(options.accessKeyId, options.secretAccessKey, options.region,
                      QStringLiteral("personalize"))
    , m_faults(options.seed, faultRates(options))
{
    Redaction::registerSecret(options.secretAccessKey);
    m_sts.setAccountId(options.accountId);
    if (options.temporaryCredentialsSeconds > 0) {
        m_sts.setCredentialsLifetime(options.temporaryCredentialsSeconds);
        m_sso.setRoleCredentialsLifetime(options.temporaryCredentialsSeconds);
    }
    // Ticks only matter for saving and for listeners of changed(); reads catch up by themselves.
    m_state->setTickInterval(
        std::chrono::milliseconds(qBound(20, static_cast<int>(500.0 / options.timeScale), 1000)));
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] {
        // The sandbox keeps serving from memory; the next change tries again.
        if (const auto saved = saveState(); !saved)
            qCWarning(lcSandbox).noquote() << saved.error();
    });
    connect(m_state.get(), &SandboxState::changed, this, &SandboxServer::saveSoon);
    if (!options.s3Root.isEmpty()) {
        auto served = SandboxBuckets::fromDirectory(options.s3Root);
        if (served) {
            m_buckets = std::move(served).value();
        } else {
            qCWarning(lcSandbox).noquote() << served.error();
        }
    }
    if (!m_buckets && options.s3Root.isEmpty())
        m_buckets = SandboxDemoBucket::make(options.region, options.accountId);
    if (!m_buckets) // the folder went away: serve no bucket rather than the demo's
        m_buckets = std::make_shared<const SandboxBuckets>(
            QHash<QString, QList<SandboxBuckets::MemoryObject>>(), QDateTime());
    m_s3 = std::make_unique<SandboxS3Api>(m_buckets, &m_authenticator, options.region);
    m_judges.setMaxThreadCount(1);
    m_state->setContentJudge([this](const SandboxImportJob &job, const SandboxDataset &dataset,
                                    const QString &domain, SandboxState::VerdictCallback decided) {
        return judgeContent(job, dataset, domain, std::move(decided));
    });
    if (options.ssoSignIn == u"deny")
        m_sso.setDeviceAnswer(SandboxSso::DeviceAnswer::Deny);
    else if (options.ssoSignIn == u"expire")
        m_sso.setDeviceAnswer(SandboxSso::DeviceAnswer::Expire);
}

SandboxServer::~SandboxServer()
{
    if (m_saveTimer.isActive()) {
        if (const auto saved = saveState(); !saved)
            qCWarning(lcSandbox).noquote() << saved.error();
    }
}

bool SandboxServer::judgeContent(const SandboxImportJob &job, const SandboxDataset &dataset,
                                 const QString &domain, SandboxState::VerdictCallback decided)
{
    const auto location = SandboxImportJudge::parseLocation(job.dataLocation);
    if (!location || !m_buckets->hasBucket(location->first))
        return false;
    // Reading up to SandboxImportJudge::kMaxReadBytes takes a while: not on the serving thread.
    // The pool is destroyed before the state, and waits for its tasks, so the state outlives them.
    m_judges.start([buckets = m_buckets, state = m_state.get(), dataLocation = job.dataLocation,
                    datasetType = dataset.datasetType,
                    schema = SandboxSchemas::schemaFor(dataset.datasetType, domain),
                    mode = job.importMode, decided = std::move(decided)] {
        const auto verdict =
            SandboxImportJudge::judgeLocation(*buckets, dataLocation, datasetType, schema, mode);
        QMetaObject::invokeMethod(
            state,
            [decided, verdict] {
                decided({verdict.failureReason, verdict.running});
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SandboxServer::saveSoon()
{
    if (m_options.stateFile.isEmpty() || m_saveTimer.isActive())
        return;
    if (!m_sinceSave.isValid()) {
        m_saveTimer.start(0ms);
        return;
    }
    m_saveTimer.start(
        std::max(0ms, m_saveSpacing - std::chrono::milliseconds(m_sinceSave.elapsed())));
}

std::unique_ptr<GuardedTcpServer> SandboxServer::openListener(const SandboxOptions &options,
                                                              quint16 port)
{
    auto server = std::make_unique<GuardedTcpServer>(options.connectionLimits);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandbox).noquote()
            << tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
        return nullptr;
    }
    return server;
}

bool SandboxServer::listen(quint16 port)
{
    return listen(openListener(m_options, port));
}

bool SandboxServer::listen(std::unique_ptr<GuardedTcpServer> listener)
{
    if (!listener || !listener->isListening())
        return false;
    connect(listener.get(), &GuardedTcpServer::requestRefused, this, &SandboxServer::onRefused);
    m_port = listener->serverPort();
    m_tcpServer = listener.get();
    if (!bindListening(listener.release())) {
        m_tcpServer = nullptr;
        return false;
    }
    return true;
}

QUrl SandboxServer::urlFor(quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl SandboxServer::url() const
{
    return urlFor(m_port);
}

QDateTime SandboxServer::now() const
{
    const QDateTime host = m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
    return host.addSecs(m_options.clockSkewSeconds);
}

void SandboxServer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

std::chrono::milliseconds SandboxServer::latency() const
{
    return m_faults.isEnabled() ? m_faults.rates().latency : 0ms;
}

void SandboxServer::clearRequestLog()
{
    m_log.clear();
    m_counts.clear();
}

bool SandboxServer::isLoopbackHost(const QByteArray &host)
{
    QByteArray name = host.trimmed().toLower();
    // An optional port: digits after the last colon that is not inside [::1].
    const qsizetype colon = name.lastIndexOf(':');
    if (colon >= 0 && colon > name.lastIndexOf(']')) {
        const QByteArray port = name.mid(colon + 1);
        bool ok = !port.isEmpty() && port.size() <= 5;
        for (char c : port)
            ok = ok && c >= '0' && c <= '9';
        if (!ok)
            return false;
        name.truncate(colon);
    }
    return name == "127.0.0.1" || name == "localhost" || name == "[::1]";
}

Result<bool, QString> SandboxServer::restoreState()
{
    if (m_options.stateFile.isEmpty() || !QFile::exists(m_options.stateFile))
        return false;
    return m_state->loadFromFile(m_options.stateFile);
}

Result<bool, QString> SandboxServer::saveState()
{
    m_saveTimer.stop();
    if (m_options.stateFile.isEmpty())
        return true;
    QElapsedTimer took;
    took.start();
    const auto saved = m_state->saveToFile(m_options.stateFile);
    m_saveSpacing = std::max(kSaveInterval, std::chrono::milliseconds(10 * took.elapsed()));
    m_sinceSave.start();
    return saved;
}

void SandboxServer::serve(const QHttpServerRequest &request, Reply reply)
{
    auto *connection = qobject_cast<GuardedSocket *>(reply.socket());
    if (connection)
        connection->requestReceived();
    QElapsedTimer elapsed;
    elapsed.start();
    const Answer answer = process(request);
    record(answer.record, elapsed.elapsed());
    deliver(std::move(reply), answer);
}

void SandboxServer::onRefused(const QByteArray &target, int status, const QString &code)
{
    SandboxRequestRecord refused;
    refused.time = now();
    refused.operation = operationOf(target);
    refused.status = status;
    refused.errorCode = code;
    record(refused, 0);
}

void SandboxServer::record(const SandboxRequestRecord &entry, qint64 elapsedMs)
{
    if (!entry.operation.isEmpty())
        ++m_counts[entry.operation];
    if (m_log.size() >= kMaxLogRecords)
        m_log.removeFirst();
    m_log.append(entry);
    Q_EMIT requestLogged(entry);
    if (!m_options.verbose)
        return;
    const QString line =
        QStringLiteral("%1 %2 %3%4%5%6 (%7 ms)")
            .arg(entry.time.toString(Qt::ISODateWithMs),
                 entry.operation.isEmpty() ? QStringLiteral("-") : entry.operation,
                 entry.status == 0 ? QStringLiteral("dropped") : QString::number(entry.status),
                 entry.errorCode.isEmpty() ? QString() : QString(u' ' + entry.errorCode),
                 entry.fault.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(entry.fault),
                 entry.datasetArn.isEmpty() ? QString() : QString(u' ' + entry.datasetArn))
            .arg(elapsedMs);
    qCInfo(lcSandbox).noquote() << Redaction::redact(line);
}

SandboxServer::Answer SandboxServer::process(const QHttpServerRequest &request)
{
    Answer answer;
    answer.record.time = now();

    const QString path = request.url().path();
    const QByteArray host = request.value(QByteArrayLiteral("host"));
    if (!isLoopbackHost(host)) {
        answer.fail({QStringLiteral("AccessDeniedException"),
                     host.isEmpty()
                         ? QStringLiteral("The request has no Host header; the sandbox answers "
                                          "requests addressed to 127.0.0.1, localhost or [::1].")
                         : QStringLiteral("The sandbox answers requests addressed to 127.0.0.1, "
                                          "localhost or [::1], not to '%1'. Use "
                                          "http://127.0.0.1:PORT as the endpoint.")
                               .arg(QString::fromLatin1(host.left(256))),
                     403});
    } else if (const QByteArray method = request.method() == QHttpServerRequest::Method::Get
                                             ? QByteArrayLiteral("GET")
                                         : request.method() == QHttpServerRequest::Method::Post
                                             ? QByteArrayLiteral("POST")
                                         : request.method() == QHttpServerRequest::Method::Head
                                             ? QByteArrayLiteral("HEAD")
                                             : QByteArray();
               SandboxSso::handles(method, path)) {
        // IAM Identity Center, told apart by method and path: unsigned, and without faults so
        // that signing in is as dependable as keys.
        const SandboxSso::Answer sso =
            m_sso.handle(method, path, request.url().query(QUrl::FullyEncoded),
                         request.value(QByteArrayLiteral("x-amz-sso_bearer_token")), request.body(),
                         QStringLiteral("http://") + QString::fromLatin1(host), now());
        answer.status = sso.status;
        answer.body = sso.body;
        answer.errorCode = sso.errorCode;
        answer.contentType = sso.html ? QByteArrayLiteral("text/html; charset=utf-8")
                                      : QByteArrayLiteral("application/json");
        answer.record.operation = sso.operation;
        answer.record.status = answer.status;
        answer.record.errorCode = answer.errorCode;
        return answer;
    } else if (SandboxS3Api::handles(method, path,
                                     !request.value(QByteArrayLiteral("x-amz-target")).isEmpty())) {
        // Amazon S3 reads, path-style: signed for "s3", without faults, so that the data check
        // reads as dependably as in the service.
        SigV4::Request signedRequest = signable(request);
        signedRequest.method = method;
        const SandboxS3Api::Answer s3 =
            m_s3->handle(method, request.url().path(QUrl::FullyDecoded), QUrlQuery(request.url()),
                         signedRequest, now());
        answer.s3 = true;
        answer.status = s3.status;
        answer.body = s3.body;
        answer.headers = s3.headers;
        answer.headOnly = s3.headOnly;
        answer.contentLength = s3.contentLength;
        answer.errorCode = s3.errorCode;
        answer.record.operation = s3.operation;
        answer.record.status = answer.status;
        answer.record.errorCode = answer.errorCode;
        return answer;
    } else if (!path.isEmpty() && path != QLatin1String("/")) {
        answer.fail({QStringLiteral("UnknownOperationException"),
                     QStringLiteral("Nothing is served at %1; send API calls to /.").arg(path),
                     404});
    } else if (request.method() != QHttpServerRequest::Method::Post) {
        answer.fail({QStringLiteral("UnknownOperationException"),
                     QStringLiteral("API calls use POST."), 405});
    }
    const QByteArray target = request.value(QByteArrayLiteral("x-amz-target"));
    const QString operation = operationOf(target);
    if (answer.status != 200) {
        answer.record.operation = SandboxApi::isOperation(operation) ? operation : QString();
        answer.record.status = answer.status;
        answer.record.errorCode = answer.errorCode;
        return answer;
    }

    answer.record.operation = operation;
    const QByteArray contentType =
        request.value(QByteArrayLiteral("content-type")).split(';').constFirst().trimmed();

    const SigV4::Request signedRequest = signable(request);
    if (target.isEmpty() && contentType.compare(kFormType, Qt::CaseInsensitive) == 0) {
        // AWS STS, over the Query protocol: no faults, so that roles are as dependable as keys.
        // Only the one action served is named in the log: the rest is the client's text.
        const QString action = QUrlQuery(QString::fromUtf8(request.body().left(4096)))
                                   .queryItemValue(QStringLiteral("Action"));
        const bool served = action == u"AssumeRole" || action == u"GetCallerIdentity" ||
                            SandboxSts::isUnsigned(action);
        answer.record.operation = served ? action : QString();
        answer.contentType = kXmlType;
        const auto authError =
            SandboxSts::isUnsigned(action)
                ? std::nullopt
                : m_authenticator.check(signedRequest, now(), QStringLiteral("sts"));
        const auto signer =
            SigV4::parseAuthorization(request.value(QByteArrayLiteral("authorization")));
        const SandboxSts::Answer sts =
            authError
                ? SandboxSts::error(authError->httpStatus, authError->code, authError->message)
                : m_sts.handle(request.body(), now(),
                               signer && !SandboxSts::isUnsigned(action) ? signer->accessKeyId
                                                                         : QString());
        answer.status = sts.status;
        answer.body = sts.body;
        answer.errorCode = sts.errorCode;
        answer.record.status = answer.status;
        answer.record.errorCode = answer.errorCode;
        return answer;
    }
    if (!SandboxApi::isOperation(operation)) {
        answer.fail({QStringLiteral("UnknownOperationException"),
                     QStringLiteral("Unknown X-Amz-Target '%1'; expected AmazonPersonalize. "
                                    "followed by an operation name.")
                         .arg(QString::fromLatin1(target)),
                     400});
    } else if (contentType.compare(kJsonType, Qt::CaseInsensitive) != 0) {
        answer.fail({QStringLiteral("SerializationException"),
                     QStringLiteral("Content-Type must be application/x-amz-json-1.1."), 400});
    } else if (const auto authError = m_authenticator.check(signedRequest, now())) {
        answer.fail(*authError);
    }

    if (answer.status == 200) {
        const FaultPlan::Decision decision = m_faults.next();
        answer.record.fault = FaultPlan::name(decision.fault);
        if (decision.fault == FaultPlan::Fault::Throttle) {
            answer.fail(
                {QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"), 400});
        } else if (decision.fault == FaultPlan::Fault::Error && decision.errorStatus == 503) {
            answer.fail({QStringLiteral("ServiceUnavailable"),
                         QStringLiteral("The service is unavailable. Please try again later."),
                         503});
        } else if (decision.fault == FaultPlan::Fault::Error) {
            answer.fail({QStringLiteral("InternalFailure"),
                         QStringLiteral("The request processing has failed because of an "
                                        "unknown error, exception or failure."),
                         500});
        } else {
            const QByteArray body = request.body().trimmed();
            QJsonParseError parseError;
            const QJsonDocument document = body.isEmpty()
                                               ? QJsonDocument(QJsonObject())
                                               : QJsonDocument::fromJson(body, &parseError);
            if (!document.isObject()) {
                answer.fail({QStringLiteral("SerializationException"),
                             QStringLiteral("The request body is not a JSON object."), 400});
            } else {
                answer.record.datasetArn =
                    SandboxApi::datasetArnOf(*m_state, operation, document.object());
                answer.record.resourceArn = SandboxApi::resourceArnOf(document.object());
                const auto result = SandboxApi::dispatch(*m_state, operation, document.object());
                if (result)
                    answer.body = QJsonDocument(result.value()).toJson(QJsonDocument::Compact);
                else
                    answer.fail(result.error());
                // A dropped or cut-off answer still did its work: that is what makes lost
                // responses hard.
                answer.drop = decision.fault == FaultPlan::Fault::Drop;
                answer.truncate = decision.fault == FaultPlan::Fault::Truncate;
            }
        }
    }
    if (answer.record.fault.isEmpty() && latency() > 0ms)
        answer.record.fault = QStringLiteral("latency");
    answer.record.status = answer.drop ? 0 : answer.status;
    answer.record.errorCode = answer.errorCode;
    return answer;
}

void SandboxServer::deliver(Reply reply, const Answer &answer)
{
    // A shared pointer: the reply can only be moved, and timers take copyable functions.
    auto pending = std::make_shared<Reply>(std::move(reply));
    auto send = [this, pending, answer] {
        auto *connection = qobject_cast<GuardedSocket *>(pending->socket());
        // The client may have given up while the answer was delayed.
        if (!pending->isConnected())
            return;
        if (answer.drop) {
            pending->drop();
            return;
        }
        if (answer.s3) {
            if (answer.headOnly)
                pending->sendHead(answer.status, answer.headers, answer.contentLength);
            else
                pending->send(answer.status, answer.headers, answer.body);
            if (connection)
                connection->answered();
            return;
        }
        HttpServerCompat::Headers headers{{QByteArrayLiteral("x-amzn-RequestId"),
                                           QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
                                          {QByteArrayLiteral("Date"), httpDate(now())},
                                          {QByteArrayLiteral("Content-Type"), answer.contentType}};
        if (!answer.errorCode.isEmpty())
            headers.append({QByteArrayLiteral("x-amzn-ErrorType"), answer.errorCode.toLatin1()});
        if (answer.truncate) {
            pending->truncate(answer.status, headers, answer.body);
            return;
        }
        pending->send(answer.status, headers, answer.body);
        if (connection)
            connection->answered();
    };
    // Drops and cut-off answers also wait for the event loop, so that Qt has finished with the
    // socket first.
    if (latency() > 0ms || answer.drop || answer.truncate)
        QTimer::singleShot(latency(), this, send);
    else
        send();
}
