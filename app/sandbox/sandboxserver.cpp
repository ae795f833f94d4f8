#include "sandbox/sandboxserver.h"

#include "aws/logging.h"
#include "sandbox/sandboxapi.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcSandbox, "importdesk.sandbox")

namespace {

const QByteArray kJsonType = QByteArrayLiteral("application/x-amz-json-1.1");
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
    return config;
}

FaultPlan::Rates faultRates(const SandboxOptions &options)
{
    FaultPlan::Rates rates;
    rates.throttle = options.throttleRate;
    rates.error = options.errorRate;
    rates.drop = options.dropRate;
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
    signable.headers = request.headers();
    signable.body = request.body();
    return signable;
}

} // namespace

struct SandboxServer::Reply
{
    int status = 200;
    QByteArray body;
    QString errorCode;
    bool drop = false;
    SandboxRequestRecord record;

    void fail(const SandboxError &error)
    {
        status = error.httpStatus;
        errorCode = error.code;
        body = errorBody(error.code, error.message);
    }
};

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_state(std::make_unique<SandboxState>(stateConfig(options), [this] { return now(); }))
    , m_authenticator(options.accessKeyId, options.secretAccessKey, options.region,
                      QStringLiteral("personalize"))
    , m_faults(options.seed, faultRates(options))
{
    Redaction::registerSecret(options.secretAccessKey);
    // Ticks only matter for saving and for listeners of changed(); reads catch up by themselves.
    m_state->setTickInterval(
        std::chrono::milliseconds(qBound(20, static_cast<int>(500.0 / options.timeScale), 1000)));
    connect(m_state.get(), &SandboxState::changed, this, [this] {
        const auto saved = saveState();
        if (!saved) {
            qCWarning(lcSandbox).noquote() << saved.error();
            Q_EMIT stateSaveFailed(saved.error());
        }
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    auto server = std::make_unique<QTcpServer>();
    if (!server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcSandbox).noquote()
            << tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(server->errorString());
        return false;
    }
    m_port = server->serverPort();
    bind(server.release());
    return true;
}

QUrl SandboxServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/"));
    return url;
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

int SandboxServer::requestCount(const QString &operation) const
{
    return static_cast<int>(
        std::count_if(m_log.cbegin(), m_log.cend(), [&](const SandboxRequestRecord &record) {
            return record.operation == operation;
        }));
}

Result<bool, QString> SandboxServer::restoreState()
{
    if (m_options.stateFile.isEmpty() || !QFile::exists(m_options.stateFile))
        return false;
    return m_state->loadFromFile(m_options.stateFile);
}

Result<bool, QString> SandboxServer::saveState()
{
    if (m_options.stateFile.isEmpty())
        return true;
    return m_state->saveToFile(m_options.stateFile);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const Reply reply = process(request);
    if (m_log.size() >= kMaxLogRecords)
        m_log.removeFirst();
    m_log.append(reply.record);
    log(reply.record, elapsed.elapsed());
    Q_EMIT requestLogged(reply.record);
    deliver(request, socket, reply);
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if Qt calls it directly.
    Reply reply;
    reply.fail({QStringLiteral("UnknownOperationException"), tr("Nothing to serve here."), 404});
    deliver(request, socket, reply);
}

SandboxServer::Reply SandboxServer::process(const QHttpServerRequest &request)
{
    Reply reply;
    reply.record.time = now();

    const QString path = request.url().path();
    if (!path.isEmpty() && path != QLatin1String("/")) {
        reply.fail({QStringLiteral("UnknownOperationException"),
                    QStringLiteral("Nothing is served at %1; send API calls to /.").arg(path),
                    404});
    } else if (request.method() != QHttpServerRequest::Method::Post) {
        reply.fail({QStringLiteral("UnknownOperationException"),
                    QStringLiteral("API calls use POST."), 405});
    }
    if (reply.status != 200) {
        reply.record.status = reply.status;
        reply.record.errorCode = reply.errorCode;
        return reply;
    }

    const QString target = QString::fromLatin1(request.value(QByteArrayLiteral("x-amz-target")));
    const QString operation =
        target.startsWith(kTargetPrefix) ? target.mid(kTargetPrefix.size()) : QString();
    reply.record.operation = operation;
    const QByteArray contentType =
        request.value(QByteArrayLiteral("content-type")).split(';').constFirst().trimmed();

    const SigV4::Request signedRequest = signable(request);
    if (!SandboxApi::isOperation(operation)) {
        reply.fail({QStringLiteral("UnknownOperationException"),
                    QStringLiteral("Unknown X-Amz-Target '%1'; expected AmazonPersonalize. "
                                   "followed by an operation name.")
                        .arg(target),
                    400});
    } else if (contentType.compare(kJsonType, Qt::CaseInsensitive) != 0) {
        reply.fail({QStringLiteral("SerializationException"),
                    QStringLiteral("Content-Type must be application/x-amz-json-1.1."), 400});
    } else if (const auto authError = m_authenticator.check(signedRequest, now())) {
        reply.fail(*authError);
    }

    if (reply.status == 200) {
        const FaultPlan::Decision decision = m_faults.next();
        reply.record.fault = FaultPlan::name(decision.fault);
        if (decision.fault == FaultPlan::Fault::Throttle) {
            reply.fail(
                {QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded"), 400});
        } else if (decision.fault == FaultPlan::Fault::Error && decision.errorStatus == 503) {
            reply.fail({QStringLiteral("ServiceUnavailable"),
                        QStringLiteral("The service is unavailable. Please try again later."),
                        503});
        } else if (decision.fault == FaultPlan::Fault::Error) {
            reply.fail({QStringLiteral("InternalFailure"),
                        QStringLiteral("The request processing has failed because of an unknown "
                                       "error, exception or failure."),
                        500});
        } else {
            const QByteArray body = request.body().trimmed();
            QJsonParseError parseError;
            const QJsonDocument document = body.isEmpty()
                                               ? QJsonDocument(QJsonObject())
                                               : QJsonDocument::fromJson(body, &parseError);
            if (!document.isObject()) {
                reply.fail({QStringLiteral("SerializationException"),
                            QStringLiteral("The request body is not a JSON object."), 400});
            } else {
                reply.record.datasetArn =
                    SandboxApi::datasetArnOf(*m_state, operation, document.object());
                const auto result = SandboxApi::dispatch(*m_state, operation, document.object());
                if (result)
                    reply.body = QJsonDocument(result.value()).toJson(QJsonDocument::Compact);
                else
                    reply.fail(result.error());
                // A dropped answer still did its work: that is what makes lost responses hard.
                reply.drop = decision.fault == FaultPlan::Fault::Drop;
            }
        }
    }
    if (reply.record.fault.isEmpty() && latency() > 0ms)
        reply.record.fault = QStringLiteral("latency");
    reply.record.status = reply.drop ? 0 : reply.status;
    reply.record.errorCode = reply.errorCode;
    return reply;
}

void SandboxServer::deliver(const QHttpServerRequest &request, QTcpSocket *socket,
                            const Reply &reply)
{
    const QPointer<QTcpSocket> guard(socket);
    const QHttpServerRequest *requestPtr = &request;
    auto send = [this, guard, requestPtr, reply] {
        // The client may have given up while the answer was delayed.
        if (!guard || guard->state() != QAbstractSocket::ConnectedState)
            return;
        if (reply.drop) {
            guard->abort();
            return;
        }
        QHttpServerResponder responder = makeResponder(*requestPtr, guard);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        responder.writeHeader(QByteArrayLiteral("x-amzn-RequestId"),
                              QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        responder.writeHeader(QByteArrayLiteral("Date"), httpDate(now()));
        responder.writeHeader(QByteArrayLiteral("Content-Type"), kJsonType);
        if (!reply.errorCode.isEmpty())
            responder.writeHeader(QByteArrayLiteral("x-amzn-ErrorType"),
                                  reply.errorCode.toLatin1());
        responder.writeHeader(QByteArrayLiteral("Content-Length"),
                              QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body);
    };
    // Drops also wait for the event loop, so that Qt has finished with the socket first.
    if (latency() > 0ms || reply.drop)
        QTimer::singleShot(latency(), this, send);
    else
        send();
}

void SandboxServer::log(const SandboxRequestRecord &record, qint64 elapsedMs)
{
    if (!m_options.verbose)
        return;
    const QString line =
        QStringLiteral("%1 %2 %3%4%5%6 (%7 ms)")
            .arg(record.time.toString(Qt::ISODateWithMs),
                 record.operation.isEmpty() ? QStringLiteral("-") : record.operation,
                 record.status == 0 ? QStringLiteral("dropped") : QString::number(record.status),
                 record.errorCode.isEmpty() ? QString() : QString(u' ' + record.errorCode),
                 record.fault.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(record.fault),
                 record.datasetArn.isEmpty() ? QString() : QString(u' ' + record.datasetArn))
            .arg(elapsedMs);
    qCInfo(lcSandbox).noquote() << Redaction::redact(line);
}
