#include "aws/awsclient.h"
#include "aws/logging.h"
#include "aws/sigv4.h"
#include "common/scriptedhttpserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ScriptedResponse)

// AwsClient against a real HTTP server on loopback: signing on the wire, retries, quota,
// timeouts, dropped connections, clock skew, error parsing and log redaction.
class TestAwsClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void signsAndSendsJson11();
    void sessionTokenIsSentAndSigned();
    void retriesThrottlingAndServerErrors();
    void givesUpAfterMaxAttempts();
    void honoursMaxAttempts();
    void doesNotRetryClientErrors();
    void callerCanRefuseRetriesOfACode();
    void recoversFromDroppedConnection();
    void retriesAfterAttemptTimeout();
    void overallDeadline();
    void quotaStopsRetries();
    void connectionRefused();
    void errorTypeHeaderWins();
    void invalidJsonAnswer();
    void unreadableSuccess_data();
    void unreadableSuccess();
    void cutOffAnswerIsLost_data();
    void cutOffAnswerIsLost();
    void stalledAnswerTimesOut();
    void oversizedAnswerIsAbandoned();
    void announcedOversizedAnswerIsRefused();
    void webPageErrorIsNotEchoed();
    void redirectIsExplained();
    void retryAfterHeader();
    void correctsClockSkewOnce();
    void smallSkewIsNotRetried();
    void refusesPlainHttpToRemoteHosts();
    void requiresRegion();
    void credentialErrorsStopTheCall();
    void expiredTokenInvalidatesCredentials();
    void cancel();
    void reportsEveryCall();
    void logsNeverShowSecrets();
    void credentialErrorsAreLeftToTheCaller();
    void destroyingTheClientWithCallsInFlight();

private:
    AwsResult run(const QString &target = QStringLiteral("AmazonPersonalize.ListDatasetGroups"),
                  const QJsonObject &payload = {});

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<AwsClient> m_client;
    std::function<void(AwsCall *)> m_onCall; // sees each call run() starts
    QList<int> m_backoffRetries;
    AwsCredentials m_credentials;
};

namespace {
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYzzTESTKEY");
const QString kToken = QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLETOKENvalue0123456789abcdef");

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

SigV4::Request toSignable(const ReceivedRequest &received)
{
    SigV4::Request request;
    request.method = received.method;
    const qsizetype q = received.target.indexOf('?');
    request.path = q < 0 ? received.target : received.target.left(q);
    request.query = q < 0 ? QByteArray() : received.target.mid(q + 1);
    request.headers = received.headers;
    request.body = received.body;
    return request;
}
} // namespace

void TestAwsClient::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<AwsClient>();
    AwsClientSettings settings;
    settings.region = QStringLiteral("us-east-1");
    settings.endpoint = m_server->url();
    settings.attemptTimeout = 5s;
    settings.callDeadline = 20s;
    m_client->setSettings(settings);
    m_credentials = AwsCredentials{};
    m_credentials.accessKeyId = QStringLiteral("AKIDTESTEXAMPLE00001");
    m_credentials.secretAccessKey = kSecret;
    m_client->setStaticCredentials(m_credentials);
    m_backoffRetries.clear();
    m_client->setBackoffFunction([this](int retry) {
        m_backoffRetries.append(retry);
        return 0ms;
    });
}

void TestAwsClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

AwsResult TestAwsClient::run(const QString &target, const QJsonObject &payload)
{
    std::optional<AwsResult> result;
    AwsCall *call = m_client->call(QStringLiteral("personalize"), target, payload, this,
                                   [&result](const AwsResult &r) { result = r; });
    if (m_onCall)
        m_onCall(call);
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return *result;
}

void TestAwsClient::signsAndSendsJson11()
{
    m_server->enqueue(ScriptedResponse::json(200, R"({"datasetGroups":[],"extra":1})")
                          .withHeader("x-amzn-RequestId", "rid-1"));
    QJsonObject payload{{QStringLiteral("maxResults"), 5},
                        {QStringLiteral("note"), QStringLiteral("été 東京 🚀")}};
    const AwsResult result = run(QStringLiteral("AmazonPersonalize.ListDatasetGroups"), payload);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QCOMPARE(result->requestId, QStringLiteral("rid-1"));
    QCOMPARE(result->attempts, 1);
    QVERIFY(result->json.value(u"datasetGroups").isArray());

    QCOMPARE(m_server->requests().size(), 1);
    const ReceivedRequest &request = m_server->requests().first();
    QCOMPARE(request.method, QByteArray("POST"));
    QCOMPARE(request.target, QByteArray("/"));
    QCOMPARE(request.header("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(request.header("X-Amz-Target"), QByteArray("AmazonPersonalize.ListDatasetGroups"));
    QCOMPARE(request.header("Host"), "127.0.0.1:" + QByteArray::number(m_server->port()));
    QCOMPARE(request.header("User-Agent"), QByteArray("importdesk/" IMPORTDESK_VERSION));
    QCOMPARE(request.header("amz-sdk-request"), QByteArray("attempt=1; max=3"));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$"))
                .match(QString::fromLatin1(request.header("amz-sdk-invocation-id")))
                .hasMatch());
    QVERIFY(request.header("X-Amz-Security-Token").isEmpty());
    QCOMPARE(QJsonDocument::fromJson(request.body).object(), payload);

    const QByteArray authorization = request.header("Authorization");
    const QString today = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd"));
    const QByteArray scope = "AWS4-HMAC-SHA256 Credential=AKIDTESTEXAMPLE00001/" +
                             today.toLatin1() + "/us-east-1/personalize/aws4_request";
    QVERIFY2(authorization.startsWith(scope), authorization.constData());
    QVERIFY(authorization.contains("x-amz-target"));
    QVERIFY(!authorization.contains("user-agent"));

    // The server side recomputes the signature from the bytes it received.
    QString why;
    QVERIFY2(SigV4::verify(toSignable(request), kSecret.toLatin1(), &why), qPrintable(why));
    QVERIFY(!SigV4::verify(toSignable(request), "not-the-secret", &why));
}

void TestAwsClient::sessionTokenIsSentAndSigned()
{
    m_credentials.sessionToken = kToken;
    m_client->setStaticCredentials(m_credentials);
    QVERIFY(run().ok());
    const ReceivedRequest &request = m_server->requests().first();
    QVERIFY(request.header("X-Amz-Security-Token") == kToken.toLatin1());
    QVERIFY(request.header("Authorization").contains("x-amz-security-token"));
    QString why;
    QVERIFY2(SigV4::verify(toSignable(request), kSecret.toLatin1(), &why), qPrintable(why));
}

void TestAwsClient::retriesThrottlingAndServerErrors()
{
    m_server->enqueue(ScriptedResponse::awsError(400, "ThrottlingException", "Rate exceeded"));
    m_server->enqueue(ScriptedResponse::awsError(503, "ServiceUnavailable", "Try later"));
    m_server->enqueue(ScriptedResponse::json(200, "{}"));
    const AwsResult result = run();
    QVERIFY(result.ok());
    QCOMPARE(result->attempts, 3);
    QCOMPARE(m_backoffRetries, QList<int>({1, 2}));
    const QList<ReceivedRequest> &requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).header("amz-sdk-request"), QByteArray("attempt=1; max=3"));
    QCOMPARE(requests.at(1).header("amz-sdk-request"), QByteArray("attempt=2; max=3"));
    QCOMPARE(requests.at(2).header("amz-sdk-request"), QByteArray("attempt=3; max=3"));
    QCOMPARE(requests.at(2).header("amz-sdk-invocation-id"),
             requests.at(0).header("amz-sdk-invocation-id"));
    // Two retries took 5 tokens each; the success gave the last retry's 5 back.
    QCOMPARE(m_client->retryQuota().available(), 495);
}

void TestAwsClient::givesUpAfterMaxAttempts()
{
    for (int i = 0; i < 3; ++i) {
        m_server->enqueue(ScriptedResponse::awsError(500, "InternalFailure", "Boom")
                              .withHeader("x-amzn-RequestId", "rid-" + QByteArray::number(i)));
    }
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("InternalFailure"));
    QCOMPARE(result.error().message, QStringLiteral("Boom"));
    QCOMPARE(result.error().requestId, QStringLiteral("rid-2"));
    QCOMPARE(result.error().attempts, 3);
    QCOMPARE(result.error().httpStatus, 500);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_client->retryQuota().available(), 490);
}

void TestAwsClient::honoursMaxAttempts()
{
    AwsClientSettings settings = m_client->settings();
    settings.maxAttempts = 5;
    m_client->setSettings(settings);
    m_server->setFallback(ScriptedResponse::awsError(502, "BadGateway", "x"));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(m_server->requests().size(), 5);
    QCOMPARE(m_server->requests().last().header("amz-sdk-request"), QByteArray("attempt=5; max=5"));

    settings.maxAttempts = 1;
    m_client->setSettings(settings);
    m_server->clearRequests();
    QVERIFY(!run().ok());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestAwsClient::doesNotRetryClientErrors()
{
    m_server->enqueue(
        ScriptedResponse::awsError(400, "InvalidInputException", "1 validation error detected"));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("InvalidInputException"));
    QCOMPARE(result.error().attempts, 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_client->retryQuota().available(), 500);
}

void TestAwsClient::callerCanRefuseRetriesOfACode()
{
    // A quota answer is retried like throttling by default…
    m_server->setFallback(
        ScriptedResponse::awsError(400, "LimitExceededException", "More than 5 running"));
    QVERIFY(!run().ok());
    QCOMPARE(m_server->requests().size(), 3);

    // …but not when the caller knows it frees only in minutes; other codes still are.
    m_server->clearRequests();
    m_onCall = [](AwsCall *call) {
        call->setNotRetriedCodes({QStringLiteral("LimitExceededException")});
    };
    const AwsResult refused = run();
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("LimitExceededException"));
    QCOMPARE(refused.error().attempts, 1);
    QCOMPARE(m_server->requests().size(), 1);

    m_server->clearRequests();
    m_server->enqueue(ScriptedResponse::awsError(400, "ThrottlingException", "Rate exceeded"));
    m_server->enqueue(ScriptedResponse::json(200, "{}"));
    QVERIFY(run().ok());
    QCOMPARE(m_server->requests().size(), 2);
}

void TestAwsClient::recoversFromDroppedConnection()
{
    m_server->enqueue(ScriptedResponse::dropped());
    m_server->enqueue(ScriptedResponse::json(200, R"({"ok":true})"));
    int resent = 0;
    int retried = 0;
    m_onCall = [&](AwsCall *call) {
        connect(call, &AwsCall::requestResent, this, [&] { ++resent; });
        connect(call, &AwsCall::retrying, this, [&] { ++retried; });
    };
    const AwsResult result = run();
    m_onCall = nullptr;
    // Whoever sent again, the caller hears that the first request may have been processed.
    QCOMPARE(resent + retried, 1);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    // Either QNetworkAccessManager sends again on a new connection by itself (it does when a
    // connection closes before any answer) or the retry policy does; the call succeeds.
    QVERIFY(result->attempts <= 2);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestAwsClient::retriesAfterAttemptTimeout()
{
    AwsClientSettings settings = m_client->settings();
    settings.attemptTimeout = 300ms;
    m_client->setSettings(settings);
    ScriptedResponse slow = ScriptedResponse::json(200, "{}");
    slow.delayMs = 3000;
    m_server->enqueue(slow);
    m_server->enqueue(ScriptedResponse::json(200, R"({"second":true})"));
    const AwsResult result = run();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QCOMPARE(result->attempts, 2);
    QVERIFY(result->json.value(u"second").toBool());
    // A timeout retry costs 10 tokens; the success returned them.
    QCOMPARE(m_client->retryQuota().available(), 500);

    m_server->setFallback(slow);
    const AwsResult failed = run();
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, AwsError::Kind::Timeout);
    QCOMPARE(failed.error().attempts, 3);
    QCOMPARE(m_client->retryQuota().available(), 480);
}

void TestAwsClient::overallDeadline()
{
    AwsClientSettings settings = m_client->settings();
    settings.callDeadline = 700ms;
    m_client->setSettings(settings);
    ScriptedResponse slow = ScriptedResponse::json(200, "{}");
    slow.delayMs = 5000;
    m_server->setFallback(slow);
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Timeout);
    QVERIFY2(result.error().message.contains(QStringLiteral("0.7")),
             qPrintable(result.error().message));
}

void TestAwsClient::quotaStopsRetries()
{
    RetryQuota &quota = m_client->retryQuota();
    while (quota.available() >= RetryQuota::kRetryCost)
        QVERIFY(quota.acquire(RetryClass::Transient));
    m_server->setFallback(ScriptedResponse::awsError(503, "ServiceUnavailable", "busy"));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(result.error().attempts, 1);
}

void TestAwsClient::connectionRefused()
{
    QTcpServer placeholder;
    QVERIFY(placeholder.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = placeholder.serverPort();
    placeholder.close();
    AwsClientSettings settings = m_client->settings();
    settings.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort));
    m_client->setSettings(settings);
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::ConnectionRefused);
    QCOMPARE(result.error().attempts, 3);
    QVERIFY(result.error().message.contains(QStringLiteral("refused")));
    QVERIFY(!result.error().suggestion().isEmpty());
}

void TestAwsClient::errorTypeHeaderWins()
{
    m_server->enqueue(
        ScriptedResponse::json(400, R"({"__type":"Other","Message":"No such dataset"})")
            .withHeader("x-amzn-ErrorType",
                        "ResourceNotFoundException:http://internal.amazon.com/coral/")
            .withHeader("x-amzn-RequestId", "rid-404"));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(result.error().message, QStringLiteral("No such dataset"));
    QCOMPARE(result.error().requestId, QStringLiteral("rid-404"));
}

void TestAwsClient::invalidJsonAnswer()
{
    m_server->enqueue(ScriptedResponse::json(200, "{not json"));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::InvalidResponse);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestAwsClient::unreadableSuccess_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("array") << QByteArray("[1,2,3]")
                           << "it is a JSON array where the service always sends an object";
    QTest::newRow("text") << QByteArray("OK") << "it is not valid JSON (";
    QTest::newRow("truncated") << QByteArray(R"({"datasetGroups":[{"name":"a")")
                               << "it is not valid JSON (";
}

void TestAwsClient::unreadableSuccess()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, fragment);
    m_server->enqueue(ScriptedResponse::json(200, body).withHeader("x-amzn-RequestId", "rid-bad"));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    const AwsError &error = result.error();
    QCOMPARE(error.kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(error.message.contains(fragment), qPrintable(error.message));
    QVERIFY2(error.message.startsWith(u"The answer from 127.0.0.1 (HTTP 200) could not be read"),
             qPrintable(error.message));
    QVERIFY(!error.message.contains(u"no error occurred"));
    QCOMPARE(error.requestId, QStringLiteral("rid-bad"));
    // The service said yes: a create may exist although its answer is unreadable.
    QVERIFY(error.mayHaveBeenProcessed());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestAwsClient::cutOffAnswerIsLost_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::newRow("content-length, nothing sent")
        << ScriptedResponse::cutOff(200, 1000, QByteArray());
    QTest::newRow("content-length, part sent")
        << ScriptedResponse::cutOff(200, 1000, R"({"datasetImportJobArn":"arn:aws:perso)");
    QTest::newRow("chunked, cut off")
        << ScriptedResponse::chunkedCutOff(200, R"({"datasetImportJobArn":)");
}

void TestAwsClient::cutOffAnswerIsLost()
{
    QFETCH(ScriptedResponse, response);
    m_server->setFallback(response.withHeader("x-amzn-RequestId", "rid-cut"));
    const AwsResult result = run(QStringLiteral("AmazonPersonalize.CreateDatasetImportJob"));
    QVERIFY2(!result.ok(), "a cut-off answer was taken for a success");
    const AwsError &error = result.error();
    QCOMPARE(error.kind, AwsError::Kind::ConnectionClosed);
    QVERIFY2(error.message.contains(u"closed the connection in the middle of its answer (HTTP 200"),
             qPrintable(error.message));
    QVERIFY(error.mayHaveBeenProcessed());
    QCOMPARE(error.requestId, QStringLiteral("rid-cut"));
    QCOMPARE(error.attempts, 3);
    QVERIFY(!error.suggestion().isEmpty());
}

void TestAwsClient::stalledAnswerTimesOut()
{
    AwsClientSettings settings = m_client->settings();
    settings.attemptTimeout = 300ms;
    settings.maxAttempts = 2;
    m_client->setSettings(settings);
    m_server->setFallback(
        ScriptedResponse::cutOff(200, 1000, R"({"a":)", ScriptedResponse::Ending::Stall));
    const AwsResult result = run();
    QVERIFY2(!result.ok(), "a stalled answer was taken for a success");
    const AwsError &error = result.error();
    QCOMPARE(error.kind, AwsError::Kind::Timeout);
    QVERIFY2(error.message.contains(
                 u"stopped sending its answer (HTTP 200; the body stopped at byte 5)"),
             qPrintable(error.message));
    QVERIFY(error.mayHaveBeenProcessed());
    QCOMPARE(error.attempts, 2);
}

void TestAwsClient::oversizedAnswerIsAbandoned()
{
    AwsClientSettings settings = m_client->settings();
    settings.maxResponseBytes = 1024 * 1024;
    m_client->setSettings(settings);
    // 64 MiB announced by no header: only reading shows it is too much.
    m_server->setFallback(ScriptedResponse::streamed(200, 64 * 1024 * 1024));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    const AwsError &error = result.error();
    QCOMPARE(error.kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(error.message.contains(u"is larger than 1 MiB"), qPrintable(error.message));
    QCOMPARE(error.httpStatus, 200);
    QCOMPARE(m_server->requests().size(), 1); // not retried
    // The connection is closed rather than read to the end.
    QTRY_COMPARE(m_server->openConnections(), 0);
    QVERIFY2(m_server->streamedBytes() < 16 * 1024 * 1024,
             qPrintable(QString::number(m_server->streamedBytes())));
}

void TestAwsClient::announcedOversizedAnswerIsRefused()
{
    AwsClientSettings settings = m_client->settings();
    settings.maxResponseBytes = 1024 * 1024;
    m_client->setSettings(settings);
    m_server->setFallback(
        ScriptedResponse::cutOff(200, 50 * 1024 * 1024, "{", ScriptedResponse::Ending::Stall));
    QElapsedTimer timer;
    timer.start();
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(u"is larger than 1 MiB"),
             qPrintable(result.error().message));
    QVERIFY2(timer.elapsed() < 4000, "the announced size was not checked before reading");
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestAwsClient::webPageErrorIsNotEchoed()
{
    QByteArray page = "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body>";
    while (page.size() < 512 * 1024)
        page += "<p>upstream connect error or disconnect/reset before headers</p>\n";
    page += "</body></html>\n";
    ScriptedResponse response = ScriptedResponse::json(502, page);
    m_server->setFallback(response);
    const AwsResult result = run();
    QVERIFY(!result.ok());
    const AwsError &error = result.error();
    QCOMPARE(error.code, QStringLiteral("502"));
    QVERIFY2(error.message.startsWith(u"The endpoint answered HTTP 502 with a web page"),
             qPrintable(error.message));
    QVERIFY(!error.message.contains(u'<'));
    QVERIFY(error.summary().size() < 400);
}

void TestAwsClient::redirectIsExplained()
{
    m_server->enqueue(ScriptedResponse::json(301, QByteArray())
                          .withHeader("Location", "https://user:pw@elsewhere.example/next"));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    const AwsError &error = result.error();
    QCOMPARE(error.httpStatus, 301);
    QVERIFY2(error.message.contains(u"redirect (HTTP 301) to https://elsewhere.example/next"),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(u"not followed"), qPrintable(error.message));
    QVERIFY(error.message.contains(u"Check the endpoint URL"));
    QVERIFY(!error.message.contains(u"without an explanation"));
    QVERIFY(!error.message.contains(u"pw"));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestAwsClient::retryAfterHeader()
{
    m_server->enqueue(ScriptedResponse::awsError(400, "ThrottlingException", "slow down")
                          .withHeader("x-amz-retry-after", "400"));
    m_server->enqueue(ScriptedResponse::json(200, "{}"));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(run().ok());
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
}

void TestAwsClient::correctsClockSkewOnce()
{
    // The server's clock runs 1 hour ahead; it rejects signatures more than 5 minutes off.
    const qint64 serverAheadMs = 3600 * 1000;
    m_server->setHandler([serverAheadMs](const ReceivedRequest &request) {
        const QDateTime serverNow = QDateTime::currentDateTimeUtc().addMSecs(serverAheadMs);
        QDateTime signedAt =
            QDateTime::fromString(QString::fromLatin1(request.header("X-Amz-Date")),
                                  QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        signedAt.setTimeZone(QTimeZone::utc());
        ScriptedResponse response =
            std::abs(signedAt.secsTo(serverNow)) > 300
                ? ScriptedResponse::awsError(400, "InvalidSignatureException",
                                             "Signature expired: request time is now earlier "
                                             "than the server time minus 5 min.")
                : ScriptedResponse::json(200, "{}");
        return response.withHeader("Date", httpDate(serverNow));
    });
    const AwsResult result = run();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().summary()));
    QCOMPARE(result->attempts, 2);
    QVERIFY(std::abs(m_client->clockSkew().signingOffsetMs() - serverAheadMs) < 5000);
    QVERIFY(m_backoffRetries.isEmpty()); // re-signed at once, no backoff

    // Later calls are signed with the corrected clock from the start.
    m_server->clearRequests();
    const AwsResult next = run();
    QVERIFY(next.ok());
    QCOMPARE(next->attempts, 1);
}

void TestAwsClient::smallSkewIsNotRetried()
{
    // A signature error with clocks in agreement is a wrong key: no retry.
    m_server->setFallback(
        ScriptedResponse::awsError(403, "InvalidSignatureException",
                                   "The request signature "
                                   "we calculated does not "
                                   "match.")
            .withHeader("Date", httpDate(QDateTime::currentDateTimeUtc().addSecs(60))));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("InvalidSignatureException"));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(result.error().suggestion().contains(QStringLiteral("secret")));
}

void TestAwsClient::refusesPlainHttpToRemoteHosts()
{
    AwsClientSettings settings = m_client->settings();
    settings.endpoint = QUrl(QStringLiteral("http://personalize.example.com/"));
    m_client->setSettings(settings);
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Configuration);
    QVERIFY(result.error().message.contains(QStringLiteral("http://")));
}

void TestAwsClient::requiresRegion()
{
    AwsClientSettings settings = m_client->settings();
    settings.region.clear();
    m_client->setSettings(settings);
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Configuration);
    QVERIFY(result.error().message.contains(QStringLiteral("Region")));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestAwsClient::credentialErrorsStopTheCall()
{
    m_client->setCredentialsSource([](QObject *context, AwsClient::CredentialsCallback callback) {
        QMetaObject::invokeMethod(
            context,
            [callback] {
                callback(AwsError::make(AwsError::Kind::Credentials,
                                        QStringLiteral("Run aws sso login --profile dev")));
            },
            Qt::QueuedConnection);
    });
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QVERIFY(result.error().message.contains(QStringLiteral("aws sso login")));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestAwsClient::expiredTokenInvalidatesCredentials()
{
    int invalidations = 0;
    m_client->setCredentialsInvalidator([&invalidations] { ++invalidations; });
    m_server->enqueue(
        ScriptedResponse::awsError(400, "ExpiredTokenException", "The security token expired"));
    const AwsResult result = run();
    QVERIFY(!result.ok());
    QCOMPARE(invalidations, 1);
    QVERIFY(result.error().suggestion().contains(QStringLiteral("aws sso login")));
}

void TestAwsClient::cancel()
{
    ScriptedResponse slow = ScriptedResponse::json(200, "{}");
    slow.delayMs = 5000;
    m_server->setFallback(slow);
    std::optional<AwsResult> result;
    AwsCall *call = m_client->call(QStringLiteral("personalize"),
                                   QStringLiteral("AmazonPersonalize.ListDatasets"), {}, this,
                                   [&result](const AwsResult &r) { result = r; });
    QTRY_COMPARE(m_server->requests().size(), 1);
    call->cancel();
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, AwsError::Kind::Cancelled);
}

void TestAwsClient::reportsEveryCall()
{
    QList<AwsCallRecord> records;
    connect(m_client.get(), &AwsClient::callFinished, this,
            [&records](const AwsCallRecord &record) { records.append(record); });
    m_server->enqueue(ScriptedResponse::awsError(500, "InternalFailure", "x"));
    m_server->enqueue(ScriptedResponse::json(200, "{}").withHeader("x-amzn-RequestId", "rid-ok"));
    m_server->enqueue(ScriptedResponse::awsError(400, "ResourceNotFoundException", "gone")
                          .withHeader("x-amzn-RequestId", "rid-bad"));
    QVERIFY(run(QStringLiteral("AmazonPersonalize.DescribeDataset")).ok());
    QVERIFY(!run(QStringLiteral("AmazonPersonalize.DescribeDatasetImportJob")).ok());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).operation, QStringLiteral("DescribeDataset"));
    QVERIFY(records.at(0).ok);
    QCOMPARE(records.at(0).attempts, 2);
    QCOMPARE(records.at(0).requestId, QStringLiteral("rid-ok"));
    QCOMPARE(records.at(1).operation, QStringLiteral("DescribeDatasetImportJob"));
    QVERIFY(!records.at(1).ok);
    QCOMPARE(records.at(1).errorCode, QStringLiteral("ResourceNotFoundException"));
    QCOMPARE(records.at(1).requestId, QStringLiteral("rid-bad"));
    QCOMPARE(records.at(1).service, QStringLiteral("personalize"));
    QVERIFY(records.at(1).durationMs >= 0);
}

namespace {
QStringList *capturedLog = nullptr;
void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (capturedLog)
        capturedLog->append(QString::fromLatin1(context.category) + u": " + message);
}
} // namespace

void TestAwsClient::logsNeverShowSecrets()
{
    QStringList log;
    capturedLog = &log;
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("importdesk.*=true\nqt.network.*=true"));

    m_credentials.sessionToken = kToken;
    m_client->setStaticCredentials(m_credentials);
    m_server->enqueue(ScriptedResponse::awsError(503, "ServiceUnavailable", "busy"));
    m_server->enqueue(ScriptedResponse::json(
        200, R"({"credentials":{"secretAccessKey":"echoed-back-secret-value"}})"));
    const AwsResult result = run();

    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    capturedLog = nullptr;

    QVERIFY(result.ok());
    const QString all = log.join(u'\n');
    QVERIFY2(log.size() >= 6, "expected the call, its signed headers and the retry to be logged");
    QVERIFY(all.contains(QStringLiteral("Authorization: AWS4-HMAC-SHA256 Credential=")));
    QVERIFY(all.contains(QStringLiteral("Signature=<redacted>")));
    QVERIFY2(!all.contains(kSecret), "secret access key leaked into the log");
    QVERIFY2(!all.contains(kToken), "session token leaked into the log");
    QVERIFY2(!QRegularExpression(QStringLiteral("Signature=[0-9a-f]{64}")).match(all).hasMatch(),
             "a request signature leaked into the log");
}

void TestAwsClient::credentialErrorsAreLeftToTheCaller()
{
    // The credential source's message reaches the caller, who shows it; the log does not
    // repeat it.
    m_client->setCredentialsSource([](QObject *context, AwsClient::CredentialsCallback callback) {
        QMetaObject::invokeMethod(
            context,
            [callback] {
                callback(AwsError::make(AwsError::Kind::Credentials,
                                        QStringLiteral("helper said: marker-5c1e")));
            },
            Qt::QueuedConnection);
    });
    QStringList log;
    capturedLog = &log;
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("importdesk.*=true"));
    const AwsResult result = run();
    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    capturedLog = nullptr;

    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, QStringLiteral("helper said: marker-5c1e"));
    const QString all = log.join(u'\n');
    QVERIFY2(all.contains(u"failed in"), qPrintable(all));
    QVERIFY2(!all.contains(u"marker-5c1e"), qPrintable(all));
}

void TestAwsClient::destroyingTheClientWithCallsInFlight()
{
    ScriptedResponse slow = ScriptedResponse::json(200, "{}");
    slow.delayMs = 2000;
    m_server->setFallback(slow);
    bool called = false;
    for (int i = 0; i < 3; ++i) {
        m_client->call(QStringLiteral("personalize"),
                       QStringLiteral("AmazonPersonalize.ListDatasetGroups"), {}, this,
                       [&called](const AwsResult &) { called = true; });
    }
    QTRY_COMPARE(m_server->requests().size(), 3);
    m_client.reset(); // must not touch the replies its network access manager already deleted
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestAwsClient)
#include "tst_awsclient.moc"
