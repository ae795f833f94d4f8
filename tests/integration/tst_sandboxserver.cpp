#include "aws/awsclient.h"
#include "aws/awscredentials.h"
#include "aws/sigv4signer.h"
#include "aws/stsclient.h"
#include "personalize/apicodec.h"
#include "personalize/arn.h"
#include "sandbox/guardedtcpserver.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace std::chrono_literals;

// The sandbox endpoint over real HTTP on loopback, driven by the app's own AwsClient: every
// operation, every authentication and service error, pagination, the fault plan and the state
// file.
class TestSandboxServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void optionsValidation_data();
    void optionsValidation();
    void answersCarryServiceHeaders();
    void routingErrors_data();
    void routingErrors();
    void everyOperation();
    void authenticationErrors_data();
    void authenticationErrors();
    void clockSkewIsDetectedAndCorrected_data();
    void clockSkewIsDetectedAndCorrected();
    void serviceErrors_data();
    void serviceErrors();
    void limitExceeded();
    void paginationOverManyJobs();
    void throttlingIsRecoveredByRetries();
    void serverErrorsAreRecoveredByRetries();
    void droppedAnswerLeavesOneJob();
    void truncatedAnswerLeavesOneJob();
    void truncatedAnswerIsCutOffOnTheWire();
    void truncationLeavesOtherFaultsAlone();
    void latencyIsHonoured();
    void requestLogCounts();
    void stateFileRoundTrip();
    void stateFileIsPrivate();

    // Hostile and malformed clients, over raw sockets.
    void keptAliveConnectionServesSeveralRequests();
    void requestsUpToTheLimitsAreServed();
    void oversizedBodyIsRefusedBeforeItIsRead();
    void oversizedHeadersAreRefused();
    void transferCodedBodyIsRefused();
    void malformedContentLengthIsRefused();
    void stalledRequestIsClosed_data();
    void stalledRequestIsClosed();
    void tricklingRequestIsClosedAtItsDeadline();
    void idleConnectionIsClosed();
    void acceptResumesAfterRunningOutOfDescriptors();
    void connectionsBeyondTheLimitWait();
    void payloadMustBeSigned_data();
    void payloadMustBeSigned();
    void hostMustBeLoopback_data();
    void hostMustBeLoopback();
    void stsAssumeRoleOpensTheSandbox();
    void stsCredentialsLifetimeIsConfigurable();
    void stsRefusals();
    void stsWebIdentityOpensTheSandbox();
    void stsWebIdentityRefusesBadTokens_data();
    void stsWebIdentityRefusesBadTokens();
    void stsCallerIdentity();

    // Scale.
    void historyListingIsFast();

private:
    struct Signed
    {
        QString operation = QStringLiteral("ListDatasetGroups");
        QByteArray body = "{}";
        std::optional<QByteArray> host;     // default: 127.0.0.1:PORT
        bool omitHost = false;              // no Host header at all
        QByteArray payloadHash;             // x-amz-content-sha256 to sign, if any
        std::optional<QByteArray> sentBody; // a different body on the wire than was signed
    };
    // A request signed with the sandbox keys, as the bytes a client writes.
    QByteArray signedBytes(const Signed &request) const;
    SandboxOptions guardedOptions() const;
    void startServer(const SandboxOptions &options);
    // Signs `sts`'s calls with the sandbox's own keys, at its address.
    void useSandboxKeys(StsClient &sts) const;
    AwsResult call(const QString &operation, const QJsonObject &payload = {},
                   AwsClient *client = nullptr, QList<AwsError> *retried = nullptr);
    QNetworkReply *raw(const QByteArray &method, const QString &path,
                       const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
    QString dataset(const QString &group, const QString &type) const;
    QJsonObject createPayload(const QString &name, const QString &location = {}) const;
    // A seed whose first decisions match `faults` and whose next one is no fault.
    static quint64 seedFor(const FaultRates &rates, const QList<FaultPlan::Fault> &faults);

    SandboxOptions m_options;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<AwsClient> m_client;
    QNetworkAccessManager m_network;
};

namespace {
const QString kCreate = QStringLiteral("CreateDatasetImportJob");
const QString kDescribe = QStringLiteral("DescribeDatasetImportJob");
const QString kListJobs = QStringLiteral("ListDatasetImportJobs");
const QString kListGroups = QStringLiteral("ListDatasetGroups");
const QString kListDatasets = QStringLiteral("ListDatasets");
const QString kDescribeDataset = QStringLiteral("DescribeDataset");
const QString kListAttributions = QStringLiteral("ListMetricAttributions");
const QString kListTags = QStringLiteral("ListTagsForResource");

const char *kMismatch = "The request signature we calculated does not match the signature you "
                        "provided. Check your AWS Secret Access Key and signing method. Consult "
                        "the service documentation for details.";

QString describe(const AwsResult &result)
{
    return result.ok() ? QStringLiteral("ok") : result.error().summary();
}

// One answer as a raw client reads it.
struct RawAnswer
{
    int status = 0;
    QByteArray errorType; // x-amzn-ErrorType
    QJsonObject body;
    QByteArray connection; // the Connection header
};

// A client connection driven by hand, for the requests QNetworkAccessManager will not send:
// half-sent, oversized, malformed or addressed to another host.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&m_socket, &QIODevice::readyRead, &m_socket,
                         [this] { m_received += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool waitConnected()
    {
        return QTest::qWaitFor(
            [this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return isClosed(); }, timeoutMs);
    }
    const QByteArray &received() const { return m_received; }

    // The next whole answer, or std::nullopt when none arrives in time.
    std::optional<RawAnswer> waitAnswer(int timeoutMs = 5000)
    {
        std::optional<RawAnswer> answer;
        [[maybe_unused]] const bool done = QTest::qWaitFor(
            [&] { return (answer = takeAnswer()).has_value() || isClosed(); }, timeoutMs);
        if (!answer)
            answer = takeAnswer(); // the last bytes may come with the close
        return answer;
    }

    // The same, returning as soon as it is in (waitAnswer() polls every few milliseconds).
    std::optional<RawAnswer> waitAnswerPromptly(int timeoutMs = 5000)
    {
        QEventLoop loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        std::optional<RawAnswer> answer;
        const auto check = [&] {
            if ((answer = takeAnswer()) || isClosed())
                loop.quit();
        };
        const auto connection = QObject::connect(&m_socket, &QIODevice::readyRead, &loop, check);
        check();
        if (!answer && !isClosed())
            loop.exec();
        QObject::disconnect(connection);
        return answer;
    }

private:
    std::optional<RawAnswer> takeAnswer()
    {
        const qsizetype end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawAnswer answer;
        qsizetype length = 0;
        const QList<QByteArray> lines = m_received.left(end).split('\n');
        answer.status = lines.constFirst().split(' ').value(1).toInt();
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "x-amzn-errortype")
                answer.errorType = value;
            else if (name == "connection")
                answer.connection = value;
        }
        if (m_received.size() < end + 4 + length)
            return std::nullopt;
        answer.body = QJsonDocument::fromJson(m_received.mid(end + 4, length)).object();
        m_received.remove(0, end + 4 + length);
        return answer;
    }

    QTcpSocket m_socket;
    QByteArray m_received;
};

QByteArray header(const QByteArray &name, qsizetype size)
{
    return name + ": " + QByteArray(size, 'x') + "\r\n";
}
} // namespace

void TestSandboxServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSandboxServer::init()
{
    m_options = SandboxOptions();
    m_options.port = 0;
    m_options.seed = 11;
    startServer(m_options);
}

void TestSandboxServer::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestSandboxServer::startServer(const SandboxOptions &options)
{
    m_client.reset();
    m_server.reset();
    m_options = options;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->url().toString(),
             QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port()));

    m_client = std::make_unique<AwsClient>();
    AwsClientSettings settings;
    settings.region = options.region;
    settings.endpoint = m_server->url();
    settings.attemptTimeout = 10s;
    settings.callDeadline = 60s;
    m_client->setSettings(settings);
    AwsCredentials credentials;
    credentials.accessKeyId = options.accessKeyId;
    credentials.secretAccessKey = options.secretAccessKey;
    m_client->setStaticCredentials(credentials);
    m_client->setBackoffFunction([](int) { return 0ms; });
}

AwsResult TestSandboxServer::call(const QString &operation, const QJsonObject &payload,
                                  AwsClient *client, QList<AwsError> *retried)
{
    AwsClient *through = client ? client : m_client.get();
    std::optional<AwsResult> result;
    AwsCall *started =
        through->call(QStringLiteral("personalize"), u"AmazonPersonalize." + operation, payload,
                      this, [&result](const AwsResult &r) { result = r; });
    if (retried) {
        connect(started, &AwsCall::retrying, this,
                [retried](int, int, const AwsError &error) { retried->append(error); });
    }
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return *result;
}

QNetworkReply *TestSandboxServer::raw(const QByteArray &method, const QString &path,
                                      const QList<QPair<QByteArray, QByteArray>> &headers,
                                      const QByteArray &body)
{
    QUrl url = m_server->url();
    url.setPath(path);
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    reply->setParent(this);
    if (!reply->isFinished())
        QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
    return reply;
}

QString TestSandboxServer::dataset(const QString &group, const QString &type) const
{
    return PersonalizeArn::datasetArn(m_options.region, m_options.accountId, group, type);
}

QJsonObject TestSandboxServer::createPayload(const QString &name, const QString &location) const
{
    return QJsonObject{
        {QStringLiteral("jobName"), name},
        {QStringLiteral("datasetArn"),
         dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"))},
        {QStringLiteral("dataSource"),
         QJsonObject{
             {QStringLiteral("dataLocation"),
              location.isEmpty() ? QStringLiteral("s3://bucket/interactions/") : location}}},
        {QStringLiteral("roleArn"),
         QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read")},
        {QStringLiteral("importMode"), QStringLiteral("FULL")}};
}

quint64 TestSandboxServer::seedFor(const FaultRates &rates, const QList<FaultPlan::Fault> &faults)
{
    for (quint64 seed = 1; seed < 100000; ++seed) {
        const FaultPlan plan(seed, rates);
        bool matches = plan.decisionFor(faults.size()).fault == FaultPlan::Fault::None;
        for (int i = 0; matches && i < faults.size(); ++i)
            matches = plan.decisionFor(i).fault == faults.at(i);
        if (matches)
            return seed;
    }
    return 0;
}

QByteArray TestSandboxServer::signedBytes(const Signed &r) const
{
    SigV4::Request request;
    request.method = "POST";
    request.path = "/";
    if (!r.omitHost)
        request.setHeader("Host",
                          r.host.value_or("127.0.0.1:" + QByteArray::number(m_server->port())));
    request.setHeader("Content-Type", "application/x-amz-json-1.1");
    request.setHeader("X-Amz-Target", "AmazonPersonalize." + r.operation.toLatin1());
    if (!r.payloadHash.isEmpty())
        request.setHeader("x-amz-content-sha256", r.payloadHash);
    request.body = r.body;
    AwsCredentials credentials;
    credentials.accessKeyId = m_options.accessKeyId;
    credentials.secretAccessKey = m_options.secretAccessKey;
    SigV4::Params params;
    params.region = m_options.region;
    params.service = QStringLiteral("personalize");
    params.time = QDateTime::currentDateTimeUtc();
    SigV4Signer().sign(request, credentials, params);

    const QByteArray wire = r.sentBody.value_or(r.body);
    QByteArray bytes = "POST / HTTP/1.1\r\n";
    for (const auto &[name, value] : request.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(wire.size()) + "\r\n\r\n" + wire;
    return bytes;
}

SandboxOptions TestSandboxServer::guardedOptions() const
{
    SandboxOptions options = m_options;
    options.connectionLimits.maxHeaderBytes = 4096;
    options.connectionLimits.maxBodyBytes = 64 * 1024;
    options.connectionLimits.requestTimeout = 400ms;
    options.connectionLimits.idleTimeout = 600ms;
    return options;
}

void TestSandboxServer::optionsValidation_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("defaults") << QStringList() << QString();
    QTest::newRow("everything") << QStringList{QStringLiteral("--port"),
                                               QStringLiteral("0"),
                                               QStringLiteral("--throttle-rate"),
                                               QStringLiteral("0.25"),
                                               QStringLiteral("--error-rate"),
                                               QStringLiteral("0.1"),
                                               QStringLiteral("--drop-rate"),
                                               QStringLiteral("0.75"),
                                               QStringLiteral("--truncate-rate"),
                                               QStringLiteral("0.25"),
                                               QStringLiteral("--clock-skew-s"),
                                               QStringLiteral("-900"),
                                               QStringLiteral("--time-scale"),
                                               QStringLiteral("100"),
                                               QStringLiteral("--history"),
                                               QStringLiteral("100000"),
                                               QStringLiteral("--sso-sign-in"),
                                               QStringLiteral("deny"),
                                               QStringLiteral("--temporary-credentials-lifetime"),
                                               QStringLiteral("60"),
                                               QStringLiteral("--verbose")}
                                << QString();
    QTest::newRow("lifetime of 0")
        << QStringList{QStringLiteral("--temporary-credentials-lifetime"), QStringLiteral("0")}
        << "--temporary-credentials-lifetime must be a whole number from 1 to 43200, not “0”";
    QTest::newRow("rate above 1") << QStringList{QStringLiteral("--throttle-rate"),
                                                 QStringLiteral("1.5")}
                                  << "--throttle-rate must be a number from 0 to 1";
    QTest::newRow("rate not a number")
        << QStringList{QStringLiteral("--drop-rate"), QStringLiteral("often")}
        << "--drop-rate must be a number from 0 to 1";
    QTest::newRow("negative rate")
        << QStringList{QStringLiteral("--error-rate"), QStringLiteral("-0.1")}
        << "--error-rate must be a number from 0 to 1";
    QTest::newRow("rates above 1 together")
        << QStringList{QStringLiteral("--throttle-rate"), QStringLiteral("0.6"),
                       QStringLiteral("--error-rate"), QStringLiteral("0.6")}
        << "together must not exceed 1";
    QTest::newRow("lost answers above 1 together")
        << QStringList{QStringLiteral("--drop-rate"), QStringLiteral("0.5"),
                       QStringLiteral("--truncate-rate"), QStringLiteral("0.6")}
        << "--drop-rate and --truncate-rate together must not exceed 1";
    QTest::newRow("truncate rate not a number")
        << QStringList{QStringLiteral("--truncate-rate"), QStringLiteral("half")}
        << "--truncate-rate must be a number from 0 to 1";
    QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                          << "--port must be a whole number from 0 to 65535";
    QTest::newRow("region") << QStringList{QStringLiteral("--region"), QStringLiteral("Mars")}
                            << "--region must be a region code";
    QTest::newRow("account") << QStringList{QStringLiteral("--account-id"), QStringLiteral("123")}
                             << "--account-id must be twelve digits";
    QTest::newRow("time scale") << QStringList{QStringLiteral("--time-scale"), QStringLiteral("0")}
                                << "--time-scale must be a number";
    QTest::newRow("history") << QStringList{QStringLiteral("--history"), QStringLiteral("-1")}
                             << "--history must be a whole number from 0 to 1000000, not “-1”.";
    QTest::newRow("sso sign-in") << QStringList{QStringLiteral("--sso-sign-in"),
                                                QStringLiteral("maybe")}
                                 << "--sso-sign-in must be approve, deny or expire, not “maybe”.";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << "frobnicate";
}

void TestSandboxServer::optionsValidation()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const auto options = SandboxOptions::fromArguments(
        QStringList{QStringLiteral("importdesk-sandbox")} + arguments);
    if (error.isEmpty()) {
        QVERIFY2(options.ok(), options.ok() ? "" : qPrintable(options.error()));
        QCOMPARE(options->accessKeyId, QString(SandboxDefaults::kAccessKeyId));
        QCOMPARE(options->region, QStringLiteral("us-east-1"));
        QCOMPARE(options->accountId, QStringLiteral("111122223333"));
        QCOMPARE(options->maxRunning, 5);
        if (!arguments.isEmpty()) {
            QCOMPARE(options->port, quint16(0));
            QCOMPARE(options->throttleRate, 0.25);
            QCOMPARE(options->dropRate, 0.75);
            QCOMPARE(options->truncateRate, 0.25);
            QCOMPARE(options->clockSkewSeconds, qint64(-900));
            QCOMPARE(options->timeScale, 100.0);
            QCOMPARE(options->historyJobs, 100000);
            QVERIFY(options->verbose);
            QCOMPARE(options->ssoSignIn, QStringLiteral("deny"));
        } else {
            QCOMPARE(options->ssoSignIn, QStringLiteral("approve"));
            QCOMPARE(options->port, SandboxDefaults::kPort);
            QCOMPARE(options->historyJobs, 0);
        }
        return;
    }
    QVERIFY(!options.ok());
    QVERIFY2(options.error().contains(error), qPrintable(options.error()));
}

void TestSandboxServer::answersCarryServiceHeaders()
{
    // Unsigned: refused before anything else, but with the usual headers.
    QNetworkReply *reply = raw("POST", QStringLiteral("/"),
                               {{"Content-Type", "application/x-amz-json-1.1"},
                                {"X-Amz-Target", "AmazonPersonalize.ListDatasetGroups"}},
                               "{}");
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-"
                                              "[0-9a-f]{12}$"))
                .match(QString::fromLatin1(reply->rawHeader("x-amzn-RequestId")))
                .hasMatch());
    QCOMPARE(reply->rawHeader("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    const auto date = ClockSkew::parseHttpDate(reply->rawHeader("Date"));
    QVERIFY(date);
    QVERIFY(qAbs(date->secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body,
             (QJsonObject{
                 {QStringLiteral("__type"), QStringLiteral("MissingAuthenticationTokenException")},
                 {QStringLiteral("message"), QStringLiteral("Missing Authentication Token")}}));

    // The Date header follows the sandbox clock, skew included.
    SandboxOptions skewed = m_options;
    skewed.clockSkewSeconds = 3600;
    startServer(skewed);
    reply = raw("POST", QStringLiteral("/"), {}, "{}");
    const auto skewedDate = ClockSkew::parseHttpDate(reply->rawHeader("Date"));
    QVERIFY(skewedDate);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(*skewedDate) - 3600) < 60);
}

void TestSandboxServer::routingErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("GET") << QByteArray("GET") << "/" << QByteArray("AmazonPersonalize.ListDatasets")
                         << QByteArray("application/x-amz-json-1.1") << 405
                         << "UnknownOperationException";
    QTest::newRow("other path") << QByteArray("POST") << "/v2/things"
                                << QByteArray("AmazonPersonalize.ListDatasets")
                                << QByteArray("application/x-amz-json-1.1") << 404
                                << "UnknownOperationException";
    QTest::newRow("no target") << QByteArray("POST") << "/" << QByteArray()
                               << QByteArray("application/x-amz-json-1.1") << 400
                               << "UnknownOperationException";
    QTest::newRow("other service")
        << QByteArray("POST") << "/" << QByteArray("DynamoDB_20120810.ListTables")
        << QByteArray("application/x-amz-json-1.0") << 400 << "UnknownOperationException";
    QTest::newRow("unknown operation")
        << QByteArray("POST") << "/" << QByteArray("AmazonPersonalize.DeleteEverything")
        << QByteArray("application/x-amz-json-1.1") << 400 << "UnknownOperationException";
    QTest::newRow("content type") << QByteArray("POST") << "/"
                                  << QByteArray("AmazonPersonalize.ListDatasets")
                                  << QByteArray("application/json") << 400
                                  << "SerializationException";
}

void TestSandboxServer::routingErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", contentType}};
    if (!target.isEmpty())
        headers.append({"X-Amz-Target", target});
    QNetworkReply *reply = raw(method, path, headers, method == "GET" ? QByteArray() : "{}");
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(body.value(u"__type").toString(), code);
    QVERIFY(!body.value(u"message").toString().isEmpty());
    QCOMPARE(m_server->requestLog().size(), 1);
    QCOMPARE(m_server->requestLog().constFirst().errorCode, code);
}

void TestSandboxServer::everyOperation()
{
    const QString retailInteractions =
        dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    const QString retailGroup = *PersonalizeArn::datasetGroupArnOf(retailInteractions);

    QJsonObject create = createPayload(QStringLiteral("every-op"));
    create.insert(QStringLiteral("tags"),
                  QJsonArray{QJsonObject{{QStringLiteral("tagKey"), QStringLiteral("owner")},
                                         {QStringLiteral("tagValue"), QStringLiteral("ops")}}});
    const AwsResult created = call(kCreate, create);
    QVERIFY2(created.ok(), qPrintable(describe(created)));
    const auto createResponse = ApiCodec::parseCreateDatasetImportJobResponse(created->json);
    QVERIFY(createResponse.ok());
    const QString jobArn = *createResponse->datasetImportJobArn;
    QCOMPARE(jobArn, QStringLiteral("arn:aws:personalize:us-east-1:111122223333:"
                                    "dataset-import-job/every-op"));

    const AwsResult described = call(kDescribe, {{QStringLiteral("datasetImportJobArn"), jobArn}});
    QVERIFY2(described.ok(), qPrintable(describe(described)));
    const auto job = ApiCodec::parseDescribeDatasetImportJobResponse(described->json);
    QVERIFY(job.ok());
    QCOMPARE(*job->datasetImportJob->status, QStringLiteral("CREATE PENDING"));
    QCOMPARE(*job->datasetImportJob->datasetArn, retailInteractions);
    QCOMPARE(*job->datasetImportJob->dataSource->dataLocation,
             QStringLiteral("s3://bucket/interactions/"));
    QCOMPARE(*job->datasetImportJob->importMode, QStringLiteral("FULL"));
    QVERIFY(described->json.value(u"datasetImportJob")
                .toObject()
                .value(u"creationDateTime")
                .isDouble());

    const AwsResult listed = call(kListJobs, {{QStringLiteral("datasetArn"), retailInteractions}});
    QVERIFY2(listed.ok(), qPrintable(describe(listed)));
    const auto jobs = ApiCodec::parseListDatasetImportJobsResponse(listed->json);
    QVERIFY(jobs.ok());
    QCOMPARE(*jobs->datasetImportJobs->constFirst().datasetImportJobArn, jobArn); // newest first
    QVERIFY(jobs->datasetImportJobs->size() > 1);
    QVERIFY(!jobs->nextToken);

    const auto groups = ApiCodec::parseListDatasetGroupsResponse(call(kListGroups)->json);
    QVERIFY(groups.ok());
    QCOMPARE(groups->datasetGroups->size(), 3);

    const auto datasets = ApiCodec::parseListDatasetsResponse(
        call(kListDatasets, {{QStringLiteral("datasetGroupArn"), retailGroup}})->json);
    QVERIFY(datasets.ok());
    QCOMPARE(datasets->datasets->size(), 3);

    const auto describedDataset = ApiCodec::parseDescribeDatasetResponse(
        call(kDescribeDataset, {{QStringLiteral("datasetArn"), retailInteractions}})->json);
    QVERIFY(describedDataset.ok());
    QCOMPARE(*describedDataset->dataset->datasetGroupArn, retailGroup);
    QCOMPARE(*describedDataset->dataset->datasetType, QStringLiteral("Interactions"));

    const auto attributions = ApiCodec::parseListMetricAttributionsResponse(
        call(kListAttributions, {{QStringLiteral("datasetGroupArn"), retailGroup}})->json);
    QVERIFY(attributions.ok());
    QCOMPARE(attributions->metricAttributions->size(), 1);

    const auto tags = ApiCodec::parseListTagsForResourceResponse(
        call(kListTags, {{QStringLiteral("resourceArn"), jobArn}})->json);
    QVERIFY(tags.ok());
    QCOMPARE(*tags->tags, (QList<Tag>{{QStringLiteral("owner"), QStringLiteral("ops")}}));

    QCOMPARE(m_server->requestLog().size(), 8);
    for (const SandboxRequestRecord &record : m_server->requestLog()) {
        QCOMPARE(record.status, 200);
        QVERIFY(record.errorCode.isEmpty());
    }
}

void TestSandboxServer::authenticationErrors_data()
{
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const QString key = SandboxDefaults::kAccessKeyId;
    const QString secret = SandboxDefaults::kSecretAccessKey;
    QTest::newRow("wrong key id") << "AKIAWRONGWRONGWRONG1" << secret << "us-east-1"
                                  << "personalize" << 400 << "UnrecognizedClientException"
                                  << "The security token included in the request is invalid.";
    QTest::newRow("wrong secret") << key << "not-the-sandbox-secret-at-all"
                                  << "us-east-1"
                                  << "personalize" << 403 << "InvalidSignatureException"
                                  << QString::fromLatin1(kMismatch);
    QTest::newRow("wrong region")
        << key << secret << "eu-west-1"
        << "personalize" << 403 << "InvalidSignatureException"
        << "Credential should be scoped to a valid region, not 'eu-west-1'. This endpoint "
           "expects 'us-east-1'.";
    QTest::newRow("wrong service") << key << secret << "us-east-1"
                                   << "forecast" << 403 << "InvalidSignatureException"
                                   << "Credential should be scoped to correct service: "
                                      "'personalize'.";
}

void TestSandboxServer::authenticationErrors()
{
    QFETCH(QString, accessKeyId);
    QFETCH(QString, secret);
    QFETCH(QString, region);
    QFETCH(QString, service);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);

    AwsClient client;
    AwsClientSettings settings = m_client->settings();
    settings.region = region;
    client.setSettings(settings);
    AwsCredentials credentials;
    credentials.accessKeyId = accessKeyId;
    credentials.secretAccessKey = secret;
    client.setStaticCredentials(credentials);
    client.setBackoffFunction([](int) { return 0ms; });

    std::optional<AwsResult> result;
    client.call(service, QStringLiteral("AmazonPersonalize.ListDatasetGroups"), {}, this,
                [&result](const AwsResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, code);
    QCOMPARE(result->error().httpStatus, status);
    QCOMPARE(result->error().message, message);
    QCOMPARE(result->error().attempts, 1);
    QVERIFY(!result->error().requestId.isEmpty());
    QCOMPARE(m_server->requestLog().size(), 1);
    QCOMPARE(m_server->requestLog().constFirst().errorCode, code);
    QCOMPARE(m_server->faultPlan().requestCount(), quint64(0)); // no fault drawn for rejects
}

void TestSandboxServer::clockSkewIsDetectedAndCorrected_data()
{
    QTest::addColumn<int>("skewSeconds");
    QTest::addColumn<QString>("pattern");
    const QString stamp = QStringLiteral("\\d{8}T\\d{6}Z");
    QTest::newRow("sandbox ahead") << 900
                                   << QStringLiteral("^Signature expired: %1 is now earlier than "
                                                     "%1 \\(%1 - 5 min\\.\\)$")
                                          .arg(stamp);
    QTest::newRow("sandbox behind") << -900
                                    << QStringLiteral("^Signature not yet current: %1 is still "
                                                      "later than %1 \\(%1 \\+ 5 min\\.\\)$")
                                           .arg(stamp);
}

void TestSandboxServer::clockSkewIsDetectedAndCorrected()
{
    QFETCH(int, skewSeconds);
    QFETCH(QString, pattern);
    SandboxOptions options = m_options;
    options.clockSkewSeconds = skewSeconds;
    startServer(options);

    QList<AwsError> retried;
    const AwsResult result = call(kListGroups, {}, nullptr, &retried);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->attempts, 2);
    // The first attempt, signed with the uncorrected clock, was refused like the service does.
    QCOMPARE(retried.size(), 1);
    QCOMPARE(retried.constFirst().code, QStringLiteral("InvalidSignatureException"));
    QCOMPARE(retried.constFirst().httpStatus, 400);
    QVERIFY2(QRegularExpression(pattern).match(retried.constFirst().message).hasMatch(),
             qPrintable(retried.constFirst().message));
    QVERIFY(qAbs(m_client->clockSkew().signingOffsetMs() - skewSeconds * 1000LL) < 5000);

    // Later calls are signed with the corrected clock straight away.
    const AwsResult again = call(kListGroups);
    QVERIFY(again.ok());
    QCOMPARE(again->attempts, 1);
    QCOMPARE(m_server->requestCount(kListGroups), 3);
}

void TestSandboxServer::serviceErrors_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    QJsonObject badName = createPayload(QStringLiteral("nightly import"));
    QJsonObject missingName = createPayload(QStringLiteral("x"));
    missingName.remove(QStringLiteral("jobName"));
    QJsonObject wrongType = createPayload(QStringLiteral("x"));
    wrongType.insert(QStringLiteral("jobName"), 42);
    QJsonObject badLocation = createPayload(QStringLiteral("x"), QStringLiteral("ftp://b/f.csv"));
    QJsonObject unknownDataset = createPayload(QStringLiteral("x"));
    unknownDataset.insert(QStringLiteral("datasetArn"),
                          dataset(QStringLiteral("ghost"), QStringLiteral("ITEMS")));
    QJsonObject incremental = createPayload(QStringLiteral("x"));
    incremental.insert(QStringLiteral("datasetArn"),
                       dataset(QStringLiteral("news-articles"), QStringLiteral("ITEMS")));
    incremental.insert(QStringLiteral("importMode"), QStringLiteral("INCREMENTAL"));
    QJsonObject metrics = createPayload(QStringLiteral("x"));
    metrics.insert(QStringLiteral("datasetArn"),
                   dataset(QStringLiteral("streaming-catalog"), QStringLiteral("ITEMS")));
    metrics.insert(QStringLiteral("publishAttributionMetricsToS3"), true);
    QJsonObject manyTags = createPayload(QStringLiteral("x"));
    QJsonArray tags;
    for (int i = 0; i < 51; ++i)
        tags.append(QJsonObject{{QStringLiteral("tagKey"), QStringLiteral("k%1").arg(i)},
                                {QStringLiteral("tagValue"), QStringLiteral("v")}});
    manyTags.insert(QStringLiteral("tags"), tags);
    const QString ghostJob =
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/ghost");

    QTest::newRow("invalid job name") << kCreate << badName << "InvalidInputException"
                                      << "Value 'nightly import' at 'jobName'";
    QTest::newRow("missing job name") << kCreate << missingName << "InvalidInputException"
                                      << "Value null at 'jobName'";
    QTest::newRow("wrong JSON type") << kCreate << wrongType << "SerializationException"
                                     << "jobName";
    QTest::newRow("invalid location") << kCreate << badLocation << "InvalidInputException"
                                      << "at 'dataSource.dataLocation'";
    QTest::newRow("unknown dataset") << kCreate << unknownDataset << "ResourceNotFoundException"
                                     << "dataset/ghost/ITEMS";
    QTest::newRow("already exists")
        << kCreate << createPayload(QStringLiteral("taken")) << "ResourceAlreadyExistsException"
        << "dataset-import-job/taken already exists";
    QTest::newRow("incremental first") << kCreate << incremental << "InvalidInputException"
                                       << "INCREMENTAL";
    QTest::newRow("metrics without attribution") << kCreate << metrics << "InvalidInputException"
                                                 << "metric attribution";
    QTest::newRow("too many tags") << kCreate << manyTags << "TooManyTagsException"
                                   << "51";
    QTest::newRow("job not found")
        << kDescribe << QJsonObject{{QStringLiteral("datasetImportJobArn"), ghostJob}}
        << "ResourceNotFoundException" << ghostJob;
    QTest::newRow("dataset not found")
        << kDescribeDataset
        << QJsonObject{{QStringLiteral("datasetArn"),
                        dataset(QStringLiteral("ghost"), QStringLiteral("USERS"))}}
        << "ResourceNotFoundException"
        << "dataset/ghost/USERS";
    QTest::newRow("tags not found")
        << kListTags << QJsonObject{{QStringLiteral("resourceArn"), ghostJob}}
        << "ResourceNotFoundException" << ghostJob;
    QTest::newRow("invalid next token")
        << kListJobs
        << QJsonObject{{QStringLiteral("nextToken"), QStringLiteral("bm90LWEtdG9rZW4")}}
        << "InvalidNextTokenException"
        << "not valid";
    QTest::newRow("max results") << kListGroups << QJsonObject{{QStringLiteral("maxResults"), 0}}
                                 << "InvalidInputException"
                                 << "at 'maxResults'";
}

void TestSandboxServer::serviceErrors()
{
    QFETCH(QString, operation);
    QFETCH(QJsonObject, payload);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    QVERIFY(call(kCreate, createPayload(QStringLiteral("taken"))).ok());
    const int jobsBefore = static_cast<int>(m_server->state().jobs().size());

    const AwsResult result = call(operation, payload);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().httpStatus, 400);
    QCOMPARE(result.error().attempts, 1);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QCOMPARE(m_server->state().jobs().size(), jobsBefore);
}

void TestSandboxServer::limitExceeded()
{
    SandboxOptions options = m_options;
    options.maxRunning = 2;
    startServer(options);
    QVERIFY(call(kCreate, createPayload(QStringLiteral("first"))).ok());
    QVERIFY(call(kCreate, createPayload(QStringLiteral("second"))).ok());
    const AwsResult refused = call(kCreate, createPayload(QStringLiteral("third")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("LimitExceededException"));
    QCOMPARE(refused.error().message,
             QStringLiteral("More than 2 resources with PENDING or IN_PROGRESS status."));
    QCOMPARE(m_server->state().runningJobCount(), 2);
    // SDKs count LimitExceededException as throttling and retry it: nothing was created anyway.
    QCOMPARE(refused.error().attempts, 3);
    QCOMPARE(m_server->requestCount(kCreate), 5);
}

void TestSandboxServer::paginationOverManyJobs()
{
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const QDateTime now = m_server->now();
    for (int i = 0; i < 260; ++i) {
        SandboxImportJob job;
        job.jobName = QStringLiteral("bulk-%1").arg(i, 3, 10, QLatin1Char('0'));
        job.datasetArn = items;
        job.dataLocation = QStringLiteral("s3://bucket/items/");
        job.status = QStringLiteral("ACTIVE");
        job.created = now.addSecs(-(i / 4) * 30);
        QVERIFY(m_server->state().addJob(job));
    }
    QSet<QString> expected;
    for (const SandboxImportJob &job : m_server->state().jobs()) {
        if (job.datasetArn == items)
            expected.insert(job.arn);
    }
    QVERIFY(expected.size() > 260);

    QStringList collected;
    QString token;
    int pages = 0;
    do {
        QJsonObject payload{{QStringLiteral("datasetArn"), items},
                            {QStringLiteral("maxResults"), 100}};
        if (!token.isEmpty())
            payload.insert(QStringLiteral("nextToken"), token);
        const AwsResult page = call(kListJobs, payload);
        QVERIFY2(page.ok(), qPrintable(describe(page)));
        const auto parsed = ApiCodec::parseListDatasetImportJobsResponse(page->json);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->datasetImportJobs->size() <= 100);
        for (const DatasetImportJobSummary &summary : *parsed->datasetImportJobs)
            collected.append(*summary.datasetImportJobArn);
        token = parsed->nextToken.value_or(QString());
        ++pages;
    } while (!token.isEmpty() && pages < 10);
    QCOMPARE(pages, static_cast<int>((expected.size() + 99) / 100));
    QCOMPARE(collected.size(), expected.size());                             // no duplicates...
    QCOMPARE(QSet<QString>(collected.cbegin(), collected.cend()), expected); // ...and no gaps
}

void TestSandboxServer::throttlingIsRecoveredByRetries()
{
    FaultRates rates;
    rates.throttle = 0.5;
    SandboxOptions options = m_options;
    options.throttleRate = rates.throttle;
    options.seed = seedFor(rates, {FaultPlan::Fault::Throttle});
    QVERIFY(options.seed != 0);
    startServer(options);

    const AwsResult result = call(kListGroups);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->attempts, 2);
    const QList<SandboxRequestRecord> &log = m_server->requestLog();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).status, 400);
    QCOMPARE(log.at(0).errorCode, QStringLiteral("ThrottlingException"));
    QCOMPARE(log.at(0).fault, QStringLiteral("throttle"));
    QCOMPARE(log.at(1).status, 200);
    QVERIFY(log.at(1).fault.isEmpty());
}

void TestSandboxServer::serverErrorsAreRecoveredByRetries()
{
    FaultRates rates;
    rates.error = 0.6;
    SandboxOptions options = m_options;
    options.errorRate = rates.error;
    options.seed = seedFor(rates, {FaultPlan::Fault::Error, FaultPlan::Fault::Error});
    QVERIFY(options.seed != 0);
    startServer(options);

    const AwsResult result = call(kListDatasets);
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QCOMPARE(result->attempts, 3);
    const QList<SandboxRequestRecord> &log = m_server->requestLog();
    QCOMPARE(log.size(), 3);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(log.at(i).status == 500 || log.at(i).status == 503);
        QCOMPARE(log.at(i).errorCode, log.at(i).status == 500
                                          ? QStringLiteral("InternalFailure")
                                          : QStringLiteral("ServiceUnavailable"));
        QCOMPARE(log.at(i).fault, QStringLiteral("error"));
    }
    QCOMPARE(log.at(2).status, 200);
}

void TestSandboxServer::droppedAnswerLeavesOneJob()
{
    SandboxOptions options = m_options;
    options.dropRate = 1.0;
    startServer(options);
    const AwsResult result = call(kCreate, createPayload(QStringLiteral("lost-answer")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::ConnectionClosed);

    // Every attempt reached the sandbox and was dropped; only the first one created the job.
    const QList<SandboxRequestRecord> &log = m_server->requestLog();
    QVERIFY(log.size() >= 2);
    QCOMPARE(log.at(0).errorCode, QString());
    for (int i = 0; i < log.size(); ++i) {
        QCOMPARE(log.at(i).status, 0);
        QCOMPARE(log.at(i).fault, QStringLiteral("drop"));
        if (i > 0)
            QCOMPARE(log.at(i).errorCode, QStringLiteral("ResourceAlreadyExistsException"));
    }
    int matching = 0;
    for (const SandboxImportJob &job : m_server->state().jobs())
        matching += job.jobName == QLatin1String("lost-answer") ? 1 : 0;
    QCOMPARE(matching, 1);
}

void TestSandboxServer::truncatedAnswerLeavesOneJob()
{
    SandboxOptions options = m_options;
    options.truncateRate = 1.0;
    startServer(options);
    const AwsResult result = call(kCreate, createPayload(QStringLiteral("cut-off-answer")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::ConnectionClosed);
    QVERIFY(result.error().mayHaveBeenProcessed());

    // Every attempt was carried out and its answer cut off; only the first created the job.
    const QList<SandboxRequestRecord> &log = m_server->requestLog();
    QVERIFY(log.size() >= 2);
    QCOMPARE(log.at(0).status, 200);
    QCOMPARE(log.at(0).errorCode, QString());
    for (int i = 0; i < log.size(); ++i) {
        QCOMPARE(log.at(i).fault, QStringLiteral("truncate"));
        if (i > 0) {
            QCOMPARE(log.at(i).status, 400);
            QCOMPARE(log.at(i).errorCode, QStringLiteral("ResourceAlreadyExistsException"));
        }
    }
    int matching = 0;
    for (const SandboxImportJob &job : m_server->state().jobs())
        matching += job.jobName == QLatin1String("cut-off-answer") ? 1 : 0;
    QCOMPARE(matching, 1);
}

void TestSandboxServer::truncatedAnswerIsCutOffOnTheWire()
{
    SandboxOptions options = guardedOptions();
    options.truncateRate = 1.0;
    startServer(options);
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    client.send(signedBytes({}));
    QVERIFY(client.waitClosed());
    // The head announces the whole answer; half of it arrives before the close.
    const QByteArray received = client.received();
    const qsizetype headEnd = received.indexOf("\r\n\r\n");
    QVERIFY2(headEnd > 0, received.constData());
    QVERIFY2(received.startsWith("HTTP/1.1 200 "), received.constData());
    const QByteArray head = received.left(headEnd).toLower();
    const qsizetype lengthAt = head.indexOf("content-length: ");
    QVERIFY(lengthAt > 0);
    const qint64 announced = head.mid(lengthAt + 16).split('\r').constFirst().toLongLong();
    const QByteArray body = received.mid(headEnd + 4);
    QVERIFY2(announced > 0, head.constData());
    QCOMPARE(body.size(), announced / 2);
    QVERIFY(body.startsWith("{\"datasetGroups\":"));
    QVERIFY(QJsonDocument::fromJson(body).isNull());
    QCOMPARE(m_server->requestLog().constLast().fault, QStringLiteral("truncate"));
}

void TestSandboxServer::truncationLeavesOtherFaultsAlone()
{
    // A plan that also cuts answers off makes the same throttle, error and drop decisions as
    // one that does not, so that the seeds tests rely on keep their meaning.
    FaultRates rates;
    rates.throttle = 0.1;
    rates.error = 0.1;
    rates.drop = 0.1;
    FaultRates withTruncation = rates;
    withTruncation.truncate = 0.2;
    const FaultPlan plan(7, rates);
    const FaultPlan truncating(7, withTruncation);
    int truncated = 0;
    const int requests = 2000;
    for (quint64 i = 0; i < requests; ++i) {
        const FaultPlan::Decision before = plan.decisionFor(i);
        const FaultPlan::Decision after = truncating.decisionFor(i);
        if (after.fault == FaultPlan::Fault::Truncate) {
            ++truncated;
            QCOMPARE(before.fault, FaultPlan::Fault::None);
        } else {
            QCOMPARE(after, before);
        }
    }
    // About 0.8 x 0.2 of the requests.
    QVERIFY2(truncated > requests * 0.12 && truncated < requests * 0.20,
             qPrintable(QString::number(truncated)));
    QCOMPARE(FaultPlan::name(FaultPlan::Fault::Truncate), QStringLiteral("truncate"));
}

void TestSandboxServer::latencyIsHonoured()
{
    SandboxOptions options = m_options;
    options.latencyMs = 400;
    startServer(options);
    QElapsedTimer timer;
    timer.start();
    const AwsResult result = call(kListGroups);
    QVERIFY(result.ok());
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_server->requestLog().constFirst().fault, QStringLiteral("latency"));
}

void TestSandboxServer::requestLogCounts()
{
    QSignalSpy logged(m_server.get(), &SandboxServer::requestLogged);
    const QString interactions =
        dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    QVERIFY(call(kListGroups).ok());
    QVERIFY(call(kListGroups).ok());
    QVERIFY(call(kListJobs, {{QStringLiteral("datasetArn"), interactions}}).ok());
    const AwsResult created = call(kCreate, createPayload(QStringLiteral("counted")));
    QVERIFY(created.ok());
    QVERIFY(call(kDescribe, {{QStringLiteral("datasetImportJobArn"),
                              created->json.value(u"datasetImportJobArn").toString()}})
                .ok());
    QVERIFY(call(kListJobs).ok()); // the account-wide listing, without datasetArn

    QCOMPARE(logged.count(), 6);
    QCOMPARE(m_server->requestCount(kListGroups), 2);
    QCOMPARE(m_server->requestCount(kListJobs), 2);
    QCOMPARE(m_server->requestCount(kCreate), 1);
    QCOMPARE(m_server->requestCount(kDescribe), 1);
    QCOMPARE(m_server->requestCount(kListDatasets), 0);
    const QList<SandboxRequestRecord> &log = m_server->requestLog();
    QCOMPARE(log.at(0).datasetArn, QString());
    QCOMPARE(log.at(2).datasetArn, interactions);
    QCOMPARE(log.at(3).datasetArn, interactions);
    QCOMPARE(log.at(4).datasetArn, interactions); // resolved from the job
    QCOMPARE(log.at(5).datasetArn, QString());
    QCOMPARE(logged.at(4).at(0).value<SandboxRequestRecord>().operation, kDescribe);
    m_server->clearRequestLog();
    QCOMPARE(m_server->requestLog().size(), 0);
    QCOMPARE(m_server->requestCount(kListJobs), 0);
    QVERIFY(call(kListJobs).ok());
    QCOMPARE(m_server->requestCount(kListJobs), 1);
}

void TestSandboxServer::stateFileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options = m_options;
    options.stateFile = dir.filePath(QStringLiteral("sandbox.json"));
    startServer(options);
    QCOMPARE(m_server->restoreState().value(), false); // nothing to load yet
    QVERIFY(call(kCreate, createPayload(QStringLiteral("persisted"))).ok());
    QVERIFY(QFile::exists(options.stateFile));
    QFile file(options.stateFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("dataset-import-job/persisted"));
    file.close();

    // Another sandbox with another seed on the same file serves the saved data.
    options.seed = 999;
    startServer(options);
    QCOMPARE(m_server->restoreState().value(), true);
    const AwsResult described =
        call(kDescribe, {{QStringLiteral("datasetImportJobArn"),
                          QStringLiteral("arn:aws:personalize:us-east-1:111122223333:"
                                         "dataset-import-job/persisted")}});
    QVERIFY2(described.ok(), qPrintable(describe(described)));
}

void TestSandboxServer::stateFileIsPrivate()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SandboxOptions options = m_options;
    options.stateFile = dir.filePath(QStringLiteral("made/by/sandbox/state.json"));
    startServer(options);
    QVERIFY(m_server->saveState().ok());
    const auto owner = QFile::ReadOwner | QFile::WriteOwner;
    QCOMPARE(QFileInfo(options.stateFile).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             owner);
    for (const QString &folder :
         {QStringLiteral("made"), QStringLiteral("made/by"), QStringLiteral("made/by/sandbox")}) {
        QCOMPARE(QFileInfo(dir.filePath(folder)).permissions() &
                     ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 owner | QFile::ExeOwner);
    }
    // A file written by an earlier version with wider permissions is narrowed on the next save.
    QVERIFY(QFile::setPermissions(options.stateFile, owner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(call(kCreate, createPayload(QStringLiteral("private"))).ok());
    QTRY_VERIFY(!(QFileInfo(options.stateFile).permissions() & QFile::ReadOther));
    // A folder that already exists is the user's business and stays as it is.
    QVERIFY(QFile::setPermissions(dir.path(),
                                  owner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther));
    options.stateFile = dir.filePath(QStringLiteral("second.json"));
    startServer(options);
    QVERIFY(m_server->saveState().ok());
    QVERIFY(QFileInfo(dir.path()).permissions() & QFile::ReadOther);
    QCOMPARE(QFileInfo(options.stateFile).permissions() & QFile::ReadOther, QFile::Permissions());
}

void TestSandboxServer::keptAliveConnectionServesSeveralRequests()
{
    startServer(guardedOptions());
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    for (int i = 0; i < 3; ++i) {
        client.send(signedBytes({}));
        const auto answer = client.waitAnswer();
        QVERIFY2(answer, client.received().constData());
        QCOMPARE(answer->status, 200);
        QCOMPARE(answer->body.value(u"datasetGroups").toArray().size(), 3);
    }
    QVERIFY(!client.isClosed());
    QCOMPARE(m_server->requestCount(kListGroups), 3);
    QCOMPARE(m_server->tcpServer()->connectionCount(), 1);
}

void TestSandboxServer::requestsUpToTheLimitsAreServed()
{
    const SandboxOptions options = guardedOptions();
    startServer(options);
    // A body just under the limit (JSON allows the padding), sent in pieces, after headers just
    // under theirs.
    Signed request;
    request.body =
        "{\"maxResults\": 2" + QByteArray(options.connectionLimits.maxBodyBytes - 40, ' ') + "}";
    QByteArray bytes = signedBytes(request);
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    const qsizetype padding = options.connectionLimits.maxHeaderBytes - headEnd - 40;
    bytes.insert(headEnd + 2, header("X-Padding", padding)); // unsigned, so allowed anywhere
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    for (qsizetype sent = 0; sent < bytes.size(); sent += 5000) {
        client.send(bytes.mid(sent, 5000));
        QTest::qWait(5);
    }
    const auto answer = client.waitAnswer();
    QVERIFY2(answer, client.received().constData());
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->body.value(u"datasetGroups").toArray().size(), 2);
}

void TestSandboxServer::oversizedBodyIsRefusedBeforeItIsRead()
{
    startServer(guardedOptions());
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    // Announces a gigabyte and sends only the head: the answer must not wait for the body.
    Signed request;
    request.operation = kCreate;
    QByteArray head = signedBytes(request);
    head.truncate(head.indexOf("Content-Length:"));
    client.send(head + "Content-Length: 1073741824\r\n\r\n" + QByteArray(1000, '{'));
    const auto answer = client.waitAnswer();
    QVERIFY2(answer, client.received().constData());
    QCOMPARE(answer->status, 413);
    QCOMPARE(answer->errorType, QByteArray("RequestEntityTooLargeException"));
    QCOMPARE(answer->body.value(u"__type").toString(),
             QStringLiteral("RequestEntityTooLargeException"));
    QCOMPARE(answer->body.value(u"message").toString(),
             QStringLiteral("The request body is 1073741824 bytes; at most 65536 bytes are "
                            "accepted."));
    QCOMPARE(answer->connection, QByteArray("close"));
    QVERIFY(client.waitClosed());
    // Logged and counted like any other request for that operation; nothing was created.
    QCOMPARE(m_server->requestCount(kCreate), 1);
    QCOMPARE(m_server->requestLog().constLast().status, 413);
    QCOMPARE(m_server->requestLog().constLast().errorCode,
             QStringLiteral("RequestEntityTooLargeException"));
}

void TestSandboxServer::oversizedHeadersAreRefused()
{
    startServer(guardedOptions());
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    // Headers that never end: refused once past the limit, not buffered.
    client.send("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    for (int i = 0; i < 64 && !client.isClosed(); ++i) {
        client.send(header("X-Filler-" + QByteArray::number(i), 1000));
        QTest::qWait(2);
    }
    const auto answer = client.waitAnswer();
    QVERIFY2(answer, client.received().constData());
    QCOMPARE(answer->status, 431);
    QCOMPARE(answer->body.value(u"__type").toString(),
             QStringLiteral("RequestHeaderFieldsTooLargeException"));
    QCOMPARE(answer->body.value(u"message").toString(),
             QStringLiteral("The request line and headers are larger than 4096 bytes."));
    QVERIFY(client.waitClosed());

    // A complete head over the limit in one piece is refused the same way.
    RawClient second(m_server->port());
    QVERIFY(second.waitConnected());
    QByteArray bytes = signedBytes({});
    bytes.insert(bytes.indexOf("\r\n") + 2, header("X-Large", 5000));
    second.send(bytes);
    const auto refused = second.waitAnswer();
    QVERIFY2(refused, second.received().constData());
    QCOMPARE(refused->status, 431);
    QVERIFY(second.waitClosed());
    QCOMPARE(m_server->requestCount(kListGroups), 1); // the second named its operation
}

void TestSandboxServer::transferCodedBodyIsRefused()
{
    startServer(guardedOptions());
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    QByteArray head = signedBytes({});
    head.truncate(head.indexOf("Content-Length:"));
    // An endless chunked body would have no size to check.
    client.send(head + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n");
    const auto answer = client.waitAnswer();
    QVERIFY2(answer, client.received().constData());
    QCOMPARE(answer->status, 411);
    QCOMPARE(answer->body.value(u"__type").toString(), QStringLiteral("LengthRequiredException"));
    QVERIFY(answer->body.value(u"message").toString().contains(u"Content-Length"));
    QVERIFY(client.waitClosed());
}

void TestSandboxServer::malformedContentLengthIsRefused()
{
    startServer(guardedOptions());
    for (const QByteArray &lengths :
         {QByteArray("Content-Length: 2\r\nContent-Length: 9000\r\n"),
          QByteArray("Content-Length: -1\r\n"), QByteArray("Content-Length: 2x\r\n")}) {
        RawClient client(m_server->port());
        QVERIFY(client.waitConnected());
        QByteArray head = signedBytes({});
        head.truncate(head.indexOf("Content-Length:"));
        client.send(head + lengths + "\r\n{}");
        const auto answer = client.waitAnswer();
        QVERIFY2(answer, lengths.constData());
        QCOMPARE(answer->status, 400);
        QCOMPARE(answer->body.value(u"__type").toString(), QStringLiteral("BadRequestException"));
        QVERIFY(client.waitClosed());
    }
}

void TestSandboxServer::stalledRequestIsClosed_data()
{
    QTest::addColumn<int>("cut");
    // Where the client stops: inside the request line, inside the headers, inside the body.
    QTest::newRow("request line") << 6;
    QTest::newRow("headers") << 60;
    QTest::newRow("body") << -1;
}

void TestSandboxServer::stalledRequestIsClosed()
{
    QFETCH(int, cut);
    startServer(guardedOptions());
    const QByteArray bytes = signedBytes({});
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    QElapsedTimer elapsed;
    elapsed.start();
    client.send(bytes.left(cut < 0 ? bytes.size() - 1 : cut));
    const auto answer = client.waitAnswer(5000);
    QVERIFY2(answer, client.received().constData());
    QCOMPARE(answer->status, 408);
    QCOMPARE(answer->body.value(u"__type").toString(), QStringLiteral("RequestTimeoutException"));
    QVERIFY(client.waitClosed());
    QVERIFY2(elapsed.elapsed() >= 350, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(m_server->tcpServer()->connectionCount(), 0);
}

void TestSandboxServer::tricklingRequestIsClosedAtItsDeadline()
{
    startServer(guardedOptions());
    const QByteArray bytes = signedBytes({});
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    // One byte every 50 ms keeps the connection busy but never finishes in 400 ms.
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer drip;
    qsizetype sent = 0;
    QObject::connect(&drip, &QTimer::timeout, [&] { client.send(bytes.mid(sent++, 1)); });
    drip.start(50);
    QVERIFY(client.waitClosed(5000));
    QVERIFY2(elapsed.elapsed() < 2000, qPrintable(QString::number(elapsed.elapsed())));
    QVERIFY(client.received().startsWith("HTTP/1.1 408 "));
}

void TestSandboxServer::idleConnectionIsClosed()
{
    startServer(guardedOptions());
    RawClient silent(m_server->port());
    QVERIFY(silent.waitConnected());
    RawClient served(m_server->port());
    QVERIFY(served.waitConnected());
    served.send(signedBytes({}));
    QVERIFY(served.waitAnswer());
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(silent.waitClosed(5000));
    QVERIFY(served.waitClosed(5000));
    QVERIFY(silent.received().isEmpty()); // closed quietly: there was no request to answer
    QVERIFY2(elapsed.elapsed() >= 300, qPrintable(QString::number(elapsed.elapsed())));
}

void TestSandboxServer::acceptResumesAfterRunningOutOfDescriptors()
{
    // Takes every descriptor the process may open but one, which the client's socket then
    // takes, so that the sandbox's accept() fails with EMFILE; then gives them back.
    rlimit original{};
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &original) == 0);
    QList<int> fillers;
    auto restore = qScopeGuard([&] {
        for (int fd : std::as_const(fillers))
            ::close(fd);
        ::setrlimit(RLIMIT_NOFILE, &original);
    });
    int highest = 0;
    const QStringList open = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::System);
    for (const QString &entry : open)
        highest = std::max(highest, entry.toInt());
    rlimit lowered = original;
    lowered.rlim_cur = std::min<rlim_t>(original.rlim_max, rlim_t(highest) + 32);
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &lowered) == 0);
    for (int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC); fd >= 0;
         fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC))
        fillers.append(fd);
    QCOMPARE(errno, EMFILE);
    QVERIFY(!fillers.isEmpty());
    ::close(fillers.takeLast());

    QSignalSpy acceptErrors(m_server->tcpServer(), &QTcpServer::acceptError);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Cannot accept a connection \\(.*\\); "
                                                           "trying again in 50 ms\\.$")));
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected()); // the kernel completes the handshake; the sandbox cannot
    client.send(signedBytes({}));
    QTRY_VERIFY_WITH_TIMEOUT(!acceptErrors.isEmpty(), 5000);
    QVERIFY(client.received().isEmpty());

    for (int fd : std::as_const(fillers))
        ::close(fd);
    fillers.clear();
    ::setrlimit(RLIMIT_NOFILE, &original);
    // The sandbox picks the waiting connection up by itself and answers it.
    const auto answer = client.waitAnswer(5000);
    QVERIFY2(answer, "the sandbox stopped accepting connections after running out of descriptors");
    QCOMPARE(answer->status, 200);
    QVERIFY(m_server->tcpServer()->isListening());
    // Later connections are accepted as before, without further errors or pauses.
    for (int i = 0; i < 3; ++i) {
        RawClient later(m_server->port());
        QVERIFY(later.waitConnected());
        later.send(signedBytes({}));
        const auto laterAnswer = later.waitAnswer(2000);
        QVERIFY(laterAnswer && laterAnswer->status == 200);
    }
    QCOMPARE(acceptErrors.count(), 1);
}

void TestSandboxServer::connectionsBeyondTheLimitWait()
{
    SandboxOptions options = guardedOptions();
    options.connectionLimits.maxConnections = 2;
    options.connectionLimits.idleTimeout = 60s;
    startServer(options);
    auto first = std::make_unique<RawClient>(m_server->port());
    RawClient second(m_server->port());
    QVERIFY(first->waitConnected() && second.waitConnected());
    QTRY_COMPARE(m_server->tcpServer()->connectionCount(), 2);
    // The third waits in the backlog, unanswered, until a connection closes.
    RawClient third(m_server->port());
    QVERIFY(third.waitConnected());
    third.send(signedBytes({}));
    QVERIFY(!third.waitAnswer(300));
    QCOMPARE(m_server->tcpServer()->connectionCount(), 2);
    first.reset();
    const auto answer = third.waitAnswer(5000);
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
}

void TestSandboxServer::payloadMustBeSigned_data()
{
    QTest::addColumn<QByteArray>("payloadHash");
    QTest::addColumn<bool>("swapBody");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QByteArray body =
        QJsonDocument(createPayload(QStringLiteral("signed-body"))).toJson(QJsonDocument::Compact);
    const QByteArray hash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    QTest::newRow("signed hash") << hash << false << 200 << QString();
    QTest::newRow("no hash header") << QByteArray() << false << 200 << QString();
    QTest::newRow("UNSIGNED-PAYLOAD")
        << QByteArray("UNSIGNED-PAYLOAD") << false << 403
        << "The request payload must be signed: x-amz-content-sha256 is 'UNSIGNED-PAYLOAD', but "
           "this API accepts only the SHA-256 of the body there (or no such header).";
    QTest::newRow("UNSIGNED-PAYLOAD, body swapped")
        << QByteArray("UNSIGNED-PAYLOAD") << true << 403
        << "The request payload must be signed: x-amz-content-sha256 is 'UNSIGNED-PAYLOAD', but "
           "this API accepts only the SHA-256 of the body there (or no such header).";
    QTest::newRow("hash of another body")
        << hash << true << 403
        << "The x-amz-content-sha256 header does not match the SHA-256 of the request body.";
}

void TestSandboxServer::payloadMustBeSigned()
{
    QFETCH(QByteArray, payloadHash);
    QFETCH(bool, swapBody);
    QFETCH(int, status);
    QFETCH(QString, message);
    Signed request;
    request.operation = kCreate;
    request.body =
        QJsonDocument(createPayload(QStringLiteral("signed-body"))).toJson(QJsonDocument::Compact);
    request.payloadHash = payloadHash;
    // The body an attacker substitutes under the signature.
    if (swapBody) {
        request.sentBody = QJsonDocument(createPayload(QStringLiteral("swapped-body")))
                               .toJson(QJsonDocument::Compact);
    }
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    client.send(signedBytes(request));
    const auto answer = client.waitAnswer();
    QVERIFY2(answer, client.received().constData());
    QCOMPARE(answer->status, status);
    QCOMPARE(answer->body.value(u"message").toString(), message);
    if (status != 200)
        QCOMPARE(answer->errorType, QByteArray("InvalidSignatureException"));
    const auto created = [&](const char *name) {
        const QList<SandboxImportJob> jobs = m_server->state().jobs();
        return std::any_of(jobs.cbegin(), jobs.cend(), [name](const SandboxImportJob &job) {
            return job.jobName == QLatin1String(name);
        });
    };
    QCOMPARE(created("signed-body"), status == 200);
    QVERIFY(!created("swapped-body"));
}

void TestSandboxServer::hostMustBeLoopback_data()
{
    QTest::addColumn<QByteArray>("host"); // %1 is the port; "-" for no Host header
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1:port") << QByteArray("127.0.0.1:%1") << 200;
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1") << 200;
    QTest::newRow("localhost:port") << QByteArray("localhost:%1") << 200;
    QTest::newRow("LocalHost") << QByteArray("LocalHost") << 200;
    QTest::newRow("[::1]:port") << QByteArray("[::1]:%1") << 200;
    QTest::newRow("[::1]") << QByteArray("[::1]") << 200;
    QTest::newRow("rebinding name") << QByteArray("rebind.evil.example") << 403;
    QTest::newRow("rebinding name:port") << QByteArray("rebind.evil.example:%1") << 403;
    QTest::newRow("loopback prefix") << QByteArray("127.0.0.1.evil.example") << 403;
    QTest::newRow("localhost suffix") << QByteArray("evil-localhost") << 403;
    QTest::newRow("bad port") << QByteArray("localhost:80x") << 403;
    QTest::newRow("other address") << QByteArray("10.0.0.1:%1") << 403;
    QTest::newRow("no Host") << QByteArray("-") << 403;
}

void TestSandboxServer::hostMustBeLoopback()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    Signed request;
    if (host == "-")
        request.omitHost = true;
    else
        request.host = QByteArray(host).replace("%1", QByteArray::number(m_server->port()));
    RawClient client(m_server->port());
    QVERIFY(client.waitConnected());
    client.send(signedBytes(request)); // correctly signed for that Host: the keys are public
    const auto answer = client.waitAnswer();
    QVERIFY2(answer, client.received().constData());
    QCOMPARE(answer->status, status);
    if (status == 200) {
        QCOMPARE(answer->body.value(u"datasetGroups").toArray().size(), 3);
        return;
    }
    QCOMPARE(answer->errorType, QByteArray("AccessDeniedException"));
    const QString message = answer->body.value(u"message").toString();
    QVERIFY2(message.contains(u"127.0.0.1, localhost or [::1]"), qPrintable(message));
    if (!request.omitHost)
        QVERIFY2(message.contains(QString::fromLatin1(*request.host)), qPrintable(message));
    QCOMPARE(m_server->requestLog().constLast().errorCode, QStringLiteral("AccessDeniedException"));
    QCOMPARE(m_server->requestCount(kListGroups), 1);
}

void TestSandboxServer::historyListingIsFast()
{
    SandboxOptions options = m_options;
    options.historyJobs = 100000;
    QElapsedTimer seeding;
    seeding.start();
    startServer(options);
    const qint64 seededMs = seeding.elapsed();
    QVERIFY(m_server->state().jobs().size() > 100000);

    const QString interactions =
        dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    // Walks ten pages of a listing over HTTP and returns the median time of one request.
    const auto median = [&](const QString &datasetArn) {
        QList<qint64> times;
        QString token;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int i = 0; i < 10; ++i) {
            QJsonObject payload;
            if (!datasetArn.isEmpty())
                payload.insert(QStringLiteral("datasetArn"), datasetArn);
            if (!token.isEmpty())
                payload.insert(QStringLiteral("nextToken"), token);
            // An event loop that returns as soon as the answer is in (call() polls).
            std::optional<AwsResult> page;
            QEventLoop loop;
            QTimer::singleShot(10s, &loop, &QEventLoop::quit);
            QElapsedTimer timer;
            timer.start();
            connect(m_client->call(QStringLiteral("personalize"), u"AmazonPersonalize." + kListJobs,
                                   payload),
                    &AwsCall::finished, &loop, [&](const AwsResult &result) {
                        page = result;
                        loop.quit();
                    });
            loop.exec();
            times.append(timer.nsecsElapsed() / 1000);
            if (!page || !page->ok())
                return qint64(-1);
            const auto parsed = ApiCodec::parseListDatasetImportJobsResponse((*page)->json);
            if (!parsed.ok() || parsed->datasetImportJobs->size() != 100)
                return qint64(-1);
            for (const DatasetImportJobSummary &job : *parsed->datasetImportJobs) {
                const qint64 created = job.creationDateTime->toMSecsSinceEpoch();
                if (created > previous) // newest first across pages
                    return qint64(-1);
                previous = created;
            }
            token = parsed->nextToken.value_or(QString());
        }
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    };
    const qint64 account = median(QString());
    const qint64 oneDataset = median(interactions);

    // The same without the client stack: signed requests written on one kept-alive connection,
    // timed from the first byte out to the last byte of the answer in.
    RawClient raw(m_server->port());
    QVERIFY(raw.waitConnected());
    QList<qint64> rawTimes;
    for (int i = 0; i < 20; ++i) {
        Signed request;
        request.operation = kListJobs;
        request.body =
            i % 2 ? QByteArray("{}")
                  : QJsonDocument(QJsonObject{{QStringLiteral("datasetArn"), interactions}})
                        .toJson(QJsonDocument::Compact);
        const QByteArray bytes = signedBytes(request);
        QElapsedTimer timer;
        timer.start();
        raw.send(bytes);
        const auto answer = raw.waitAnswerPromptly();
        rawTimes.append(timer.nsecsElapsed() / 1000);
        QVERIFY(answer && answer->status == 200);
        QCOMPARE(answer->body.value(u"datasetImportJobs").toArray().size(), 100);
    }
    std::sort(rawTimes.begin(), rawTimes.end());
    qInfo("seeded 100,000 jobs in %lld ms; ListDatasetImportJobs, median per request: %lld us "
          "over a raw connection; %lld us without datasetArn and %lld us with one through "
          "AwsClient (signing, retries, JSON)",
          seededMs, rawTimes.at(rawTimes.size() / 2), account, oneDataset);
    QVERIFY(account > 0 && oneDataset > 0);
    // Sorting 100,000 jobs for every request took ~200 ms; a page from the index takes ~1 ms.
    QVERIFY2(account < 50000 && oneDataset < 50000 && rawTimes.at(rawTimes.size() / 2) < 20000,
             "listing is not O(page)");
    QCOMPARE(m_server->requestCount(kListJobs), 40);
}

namespace {

StsClient::CredentialsResult assumeAt(StsClient &sts, const AssumeRoleRequest &request,
                                      QObject *context)
{
    std::optional<StsClient::CredentialsResult> result;
    sts.assumeRole(request, context,
                   [&result](const StsClient::CredentialsResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return *result;
}

StsClient::CredentialsResult webIdentityAt(StsClient &sts, const WebIdentityRequest &request,
                                           QObject *context)
{
    std::optional<StsClient::CredentialsResult> result;
    sts.assumeRoleWithWebIdentity(request, context,
                                  [&result](const StsClient::CredentialsResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return *result;
}

Result<CallerIdentity, AwsError> identityAt(StsClient &sts, QObject *context)
{
    std::optional<Result<CallerIdentity, AwsError>> result;
    sts.getCallerIdentity(context, [&result](const auto &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return *result;
}

const QString kJwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzYW5kYm94In0.c2lnbmF0dXJl");

} // namespace

// The sandbox's STS hands out temporary keys, signed for sts with its own keys, that then open
// the Personalize API, with their session token only.
void TestSandboxServer::useSandboxKeys(StsClient &sts) const
{
    sts.client()->setSettings(m_client->settings());
    AwsCredentials keys;
    keys.accessKeyId = m_options.accessKeyId;
    keys.secretAccessKey = m_options.secretAccessKey;
    sts.client()->setStaticCredentials(keys);
}

void TestSandboxServer::stsAssumeRoleOpensTheSandbox()
{
    StsClient sts;
    useSandboxKeys(sts);
    AssumeRoleRequest request;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Operator");
    request.roleSessionName = QStringLiteral("ops@example.com");
    request.durationSeconds = 900;
    const StsClient::CredentialsResult assumed = assumeAt(sts, request, this);
    QVERIFY2(assumed.ok(), qPrintable(assumed.ok() ? QString() : assumed.error().message));
    QVERIFY(assumed->accessKeyId.startsWith(u"ASIA"));
    QCOMPARE(assumed->accountId, QStringLiteral("111122223333"));
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(*assumed->expiration) - 900) < 60);
    QCOMPARE(m_server->requestCount(QStringLiteral("AssumeRole")), 1);

    AwsClient withRole;
    withRole.setSettings(m_client->settings());
    withRole.setStaticCredentials(*assumed);
    QVERIFY(call(QStringLiteral("ListDatasetGroups"), {}, &withRole).ok());

    // Without its session token the temporary key is unknown.
    AwsCredentials tokenless = *assumed;
    tokenless.sessionToken.clear();
    AwsClient withoutToken;
    withoutToken.setSettings(m_client->settings());
    withoutToken.setStaticCredentials(tokenless);
    const AwsResult refused = call(QStringLiteral("ListDatasetGroups"), {}, &withoutToken);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("UnrecognizedClientException"));
}

// A short lifetime makes temporary keys expire while a test watches: refreshing can be tried.
void TestSandboxServer::stsCredentialsLifetimeIsConfigurable()
{
    SandboxOptions options = m_options;
    options.port = 0;
    const auto parsed = SandboxOptions::fromArguments(
        {QStringLiteral("importdesk-sandbox"), QStringLiteral("--temporary-credentials-lifetime"),
         QStringLiteral("2")});
    QVERIFY(parsed.ok());
    options.temporaryCredentialsSeconds = parsed->temporaryCredentialsSeconds;
    QCOMPARE(options.temporaryCredentialsSeconds, 2);
    startServer(options);

    StsClient sts;
    useSandboxKeys(sts);
    AssumeRoleRequest request;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Operator");
    request.roleSessionName = QStringLiteral("short");
    request.durationSeconds = 3600;
    const StsClient::CredentialsResult assumed = assumeAt(sts, request, this);
    QVERIFY2(assumed.ok(), qPrintable(assumed.ok() ? QString() : assumed.error().message));
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(*assumed->expiration) <= 2);

    AwsClient withRole;
    withRole.setSettings(m_client->settings());
    withRole.setStaticCredentials(*assumed);
    QVERIFY(call(QStringLiteral("ListDatasetGroups"), {}, &withRole).ok());
    // Once expired, the key is refused as the service refuses an expired token.
    // (The answer gives whole seconds; the key ends within the second after.)
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > assumed->expiration->addSecs(1),
                             6000);
    const AwsResult expired = call(QStringLiteral("ListDatasetGroups"), {}, &withRole);
    QVERIFY(!expired.ok());
    QVERIFY2(expired.error().code == u"ExpiredTokenException", qPrintable(expired.error().code));
}

void TestSandboxServer::stsRefusals()
{
    StsClient sts;
    sts.client()->setSettings(m_client->settings());
    AwsCredentials keys;
    keys.accessKeyId = m_options.accessKeyId;
    keys.secretAccessKey = QStringLiteral("not-the-sandbox-secret-0123456789");
    sts.client()->setStaticCredentials(keys);
    AssumeRoleRequest request;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Operator");
    request.roleSessionName = QStringLiteral("s1");
    StsClient::CredentialsResult result = assumeAt(sts, request, this);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("InvalidSignatureException"));

    keys.secretAccessKey = m_options.secretAccessKey;
    sts.client()->setStaticCredentials(keys);
    request.roleArn = QStringLiteral("arn:aws:iam::1:role/Operator");
    result = assumeAt(sts, request, this);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("ValidationError"));
    QVERIFY2(result.error().message.contains(u"arn:aws:iam::1:role/Operator is invalid"),
             qPrintable(result.error().message));

    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Operator");
    request.serialNumber = QStringLiteral("arn:aws:iam::111122223333:mfa/ops");
    request.tokenCode = QStringLiteral("12ab");
    result = assumeAt(sts, request, this);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("AccessDenied"));
    QVERIFY2(result.error().message.contains(u"trust policy"), qPrintable(result.error().message));
}

// AssumeRoleWithWebIdentity is not signed; its keys open the API like AssumeRole's.
void TestSandboxServer::stsWebIdentityOpensTheSandbox()
{
    StsClient sts; // no credentials at all
    sts.client()->setSettings(m_client->settings());
    WebIdentityRequest request;
    request.roleArn = QStringLiteral("arn:aws:iam::444455556666:role/Web");
    request.roleSessionName = QStringLiteral("ci");
    request.token = kJwt;
    const StsClient::CredentialsResult assumed = webIdentityAt(sts, request, this);
    QVERIFY2(assumed.ok(), qPrintable(assumed.ok() ? QString() : assumed.error().message));
    QVERIFY(assumed->accessKeyId.startsWith(u"ASIA"));
    QCOMPARE(assumed->accountId, QStringLiteral("444455556666"));
    QCOMPARE(m_server->requestCount(QStringLiteral("AssumeRoleWithWebIdentity")), 1);

    AwsClient withRole;
    withRole.setSettings(m_client->settings());
    withRole.setStaticCredentials(*assumed);
    QVERIFY(call(QStringLiteral("ListDatasetGroups"), {}, &withRole).ok());
}

void TestSandboxServer::stsWebIdentityRefusesBadTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("No web identity token");
    QTest::newRow("not a JWT") << QStringLiteral("just-an-opaque-access-token")
                               << QStringLiteral("not a valid JWT");
    QTest::newRow("two parts") << QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0")
                               << QStringLiteral("not a valid JWT");
}

void TestSandboxServer::stsWebIdentityRefusesBadTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, message);
    StsClient sts;
    sts.client()->setSettings(m_client->settings());
    WebIdentityRequest request;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Web");
    request.roleSessionName = QStringLiteral("ci");
    request.token = token;
    const StsClient::CredentialsResult result = webIdentityAt(sts, request, this);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("InvalidIdentityToken"));
    QCOMPARE(result.error().httpStatus, 400);
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"identity provider"));
}

// GetCallerIdentity names the sandbox's user for its own keys and the role session for the
// keys it issued.
void TestSandboxServer::stsCallerIdentity()
{
    StsClient sts;
    sts.client()->setSettings(m_client->settings());
    AwsCredentials keys;
    keys.accessKeyId = m_options.accessKeyId;
    keys.secretAccessKey = m_options.secretAccessKey;
    sts.client()->setStaticCredentials(keys);
    const auto own = identityAt(sts, this);
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
    QCOMPARE(own->account, m_options.accountId);
    QCOMPARE(own->arn,
             QStringLiteral("arn:aws:iam::%1:user/sandbox-operator").arg(m_options.accountId));
    QCOMPARE(m_server->requestCount(QStringLiteral("GetCallerIdentity")), 1);

    AssumeRoleRequest request;
    request.roleArn = QStringLiteral("arn:aws:iam::444455556666:role/Operator");
    request.roleSessionName = QStringLiteral("night-run");
    const StsClient::CredentialsResult assumed = assumeAt(sts, request, this);
    QVERIFY(assumed.ok());
    StsClient asRole;
    asRole.client()->setSettings(m_client->settings());
    asRole.client()->setStaticCredentials(*assumed);
    const auto role = identityAt(asRole, this);
    QVERIFY2(role.ok(), qPrintable(role.ok() ? QString() : role.error().message));
    QCOMPARE(role->account, QStringLiteral("444455556666"));
    QCOMPARE(role->arn,
             QStringLiteral("arn:aws:sts::444455556666:assumed-role/Operator/night-run"));
    QVERIFY(role->userId.endsWith(u":night-run"));

    // Signed with a wrong key, it is refused like any other action.
    StsClient anonymous;
    anonymous.client()->setSettings(m_client->settings());
    AwsCredentials wrong = keys;
    wrong.secretAccessKey = QStringLiteral("not-the-sandbox-secret-0123456789");
    anonymous.client()->setStaticCredentials(wrong);
    const auto refused = identityAt(anonymous, this);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("InvalidSignatureException"));
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
