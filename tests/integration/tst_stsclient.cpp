#include "aws/awsclient.h"
#include "aws/endpointruleset.h"
#include "aws/logging.h"
#include "aws/sigv4.h"
#include "aws/stsclient.h"
#include "aws/stsservice.h"
#include "common/scriptedhttpserver.h"

#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace std::chrono_literals;
using CredentialsResult = StsClient::CredentialsResult;

// StsClient against a scripted STS endpoint on loopback: the Query request as sent and signed,
// the XML answer and XML errors, retries, caps, and the STS endpoint rules.
class TestStsClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void assumeRoleSendsASignedQueryRequest();
    void formEncoding_data();
    void formEncoding();
    void optionalParameters();
    void accessDeniedIsExplained();
    void expiredAndRegionDisabledAreExplained();
    void throttlingIsRetried();
    void truncatedAnswerIsRefused();
    void oversizedAnswerIsRefused();
    void answerWithoutCredentials();
    void endpointRules_data();
    void endpointRules();
    void webIdentityIsUnsignedWithTheTokenInTheBody();
    void webIdentityErrorsAreExplained();
    void callerIdentityIsSigned();
    void callerIdentityWithoutAccountIsRefused();

private:
    CredentialsResult assume(const AssumeRoleRequest &request);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<StsClient> m_sts;
};

namespace {

const QString kSourceKey = QStringLiteral("AKIDSTSSOURCE");
const QString kSourceSecret = QStringLiteral("stsSourceSECRETkeyEXAMPLE0123456789abcd");
const QString kRoleSecret = QStringLiteral("assumedRoleSECRETkeyEXAMPLEzyxwvutsrq");
const QString kWebToken =
    QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJlWEFNUExF");
const QString kRoleToken = QStringLiteral("assumedRoleSESSIONtokenEXAMPLE9876543210");

QByteArray assumeRoleXml(const QDateTime &expiration)
{
    return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
           "  <AssumeRoleResult>\n    <SourceIdentity>ops</SourceIdentity>\n"
           "    <AssumedRoleUser>\n"
           "      <Arn>arn:aws:sts::111122223333:assumed-role/Operator/s1</Arn>\n"
           "      <AssumedRoleId>AROA3XFRBF535PLBIFPI4:s1</AssumedRoleId>\n"
           "    </AssumedRoleUser>\n    <Credentials>\n"
           "      <AccessKeyId>ASIAROLEEXAMPLE</AccessKeyId>\n"
           "      <SecretAccessKey>" +
           kRoleSecret.toUtf8() + "</SecretAccessKey>\n      <SessionToken>" + kRoleToken.toUtf8() +
           "</SessionToken>\n      <Expiration>" +
           expiration.toUTC().toString(Qt::ISODate).toUtf8() +
           "</Expiration>\n    </Credentials>\n  </AssumeRoleResult>\n"
           "  <ResponseMetadata><RequestId>req-sts-1</RequestId></ResponseMetadata>\n"
           "</AssumeRoleResponse>\n";
}

ScriptedResponse xml(int status, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers = {{"Content-Type", "text/xml"}, {"x-amzn-RequestId", "req-sts-1"}};
    return response;
}

ScriptedResponse xmlError(int status, const QByteArray &code, const QByteArray &message)
{
    return xml(status, "<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                       "<Error><Type>Sender</Type><Code>" +
                           code + "</Code><Message>" + message +
                           "</Message></Error><RequestId>req-err</RequestId></ErrorResponse>");
}

AssumeRoleRequest operatorRole()
{
    AssumeRoleRequest request;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Operator");
    request.roleSessionName = QStringLiteral("s1");
    return request;
}

QUrlQuery formOf(const ReceivedRequest &request)
{
    // The form uses %20 for spaces and no '+', so QUrlQuery decodes it exactly.
    return QUrlQuery(QString::fromLatin1(request.body));
}

} // namespace

void TestStsClient::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_sts = std::make_unique<StsClient>();
    AwsClientSettings settings;
    settings.region = QStringLiteral("eu-west-3");
    settings.endpoint = m_server->url();
    settings.callDeadline = 20s;
    m_sts->client()->setSettings(settings);
    m_sts->client()->setBackoffFunction([](int) { return 0ms; });
    AwsCredentials source;
    source.accessKeyId = kSourceKey;
    source.secretAccessKey = kSourceSecret;
    m_sts->client()->setStaticCredentials(source);
}

void TestStsClient::cleanup()
{
    m_sts.reset();
    m_server.reset();
}

CredentialsResult TestStsClient::assume(const AssumeRoleRequest &request)
{
    std::optional<CredentialsResult> result;
    m_sts->assumeRole(request, this, [&result](const CredentialsResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test: no answer"));
    return *result;
}

void TestStsClient::assumeRoleSendsASignedQueryRequest()
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    m_server->enqueue(xml(200, assumeRoleXml(expires)));
    const CredentialsResult result = assume(operatorRole());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIAROLEEXAMPLE"));
    QCOMPARE(result->secretAccessKey, kRoleSecret);
    QCOMPARE(result->sessionToken, kRoleToken);
    QCOMPARE(result->expiration->toSecsSinceEpoch(), expires.toSecsSinceEpoch());
    QCOMPARE(result->accountId, QStringLiteral("111122223333"));
    QVERIFY(Redaction::redact(kRoleSecret + u' ' + kRoleToken).indexOf(kRoleSecret) < 0);
    QVERIFY(Redaction::redact(kRoleToken).indexOf(kRoleToken) < 0);

    QCOMPARE(m_server->requests().size(), 1);
    const ReceivedRequest &sent = m_server->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.target, QByteArray("/"));
    QCOMPARE(sent.header("Content-Type"),
             QByteArray("application/x-www-form-urlencoded; charset=utf-8"));
    QVERIFY(sent.header("X-Amz-Target").isEmpty());
    QCOMPARE(sent.body, QByteArray("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam"
                                   "%3A%3A111122223333%3Arole%2FOperator&RoleSessionName=s1"));

    // The signature holds for service sts in the client's region.
    SigV4::Request signedRequest;
    signedRequest.method = sent.method;
    signedRequest.path = sent.target;
    signedRequest.headers = sent.headers;
    signedRequest.body = sent.body;
    QString why;
    QVERIFY2(SigV4::verify(signedRequest, kSourceSecret.toUtf8(), &why), qPrintable(why));
    const auto authorization = SigV4::parseAuthorization(sent.header("Authorization"));
    QVERIFY(authorization);
    QCOMPARE(authorization->service, QStringLiteral("sts"));
    QCOMPARE(authorization->region, QStringLiteral("eu-west-3"));
    QCOMPARE(authorization->accessKeyId, kSourceKey);
}

void TestStsClient::formEncoding_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("unreserved") << QStringLiteral("a-Z_0.9~") << QByteArray("a-Z_0.9~");
    QTest::newRow("space and plus") << QStringLiteral("a b+c") << QByteArray("a%20b%2Bc");
    QTest::newRow("form delimiters") << QStringLiteral("x=1&y=2") << QByteArray("x%3D1%26y%3D2");
    QTest::newRow("at, comma, slash")
        << QStringLiteral("ops@a,b/c") << QByteArray("ops%40a%2Cb%2Fc");
    QTest::newRow("utf-8") << QStringLiteral("é") << QByteArray("%C3%A9");
    QTest::newRow("percent") << QStringLiteral("100%") << QByteArray("100%25");
}

void TestStsClient::formEncoding()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(AwsClient::formEncode({{QStringLiteral("K"), value}}), "K=" + encoded);

    // The same bytes go on the wire for RoleSessionName and ExternalId.
    m_server->enqueue(xml(200, assumeRoleXml(QDateTime::currentDateTimeUtc().addSecs(900))));
    AssumeRoleRequest request = operatorRole();
    request.roleSessionName = value;
    request.externalId = value;
    QVERIFY(assume(request).ok());
    const QByteArray body = m_server->requests().last().body;
    QVERIFY2(body.contains(QByteArray("&RoleSessionName=" + encoded + '&')), body.constData());
    QVERIFY2(body.endsWith(QByteArray("&ExternalId=" + encoded)), body.constData());
    QCOMPARE(formOf(m_server->requests().last())
                 .queryItemValue(QStringLiteral("ExternalId"), QUrl::FullyDecoded),
             value);
}

void TestStsClient::optionalParameters()
{
    AssumeRoleRequest request = operatorRole();
    request.durationSeconds = 43200;
    request.externalId = QStringLiteral("ext-1");
    request.serialNumber = QStringLiteral("arn:aws:iam::111122223333:mfa/ops");
    request.tokenCode = QStringLiteral("492817");
    const auto fields = request.parameters();
    QCOMPARE(fields.size(), 6);
    QCOMPARE(fields.at(2), qMakePair(QStringLiteral("DurationSeconds"), QStringLiteral("43200")));
    QCOMPARE(fields.at(4).first, QStringLiteral("SerialNumber"));
    QCOMPARE(fields.at(5), qMakePair(QStringLiteral("TokenCode"), QStringLiteral("492817")));
    QCOMPARE(operatorRole().parameters().size(), 2);

    m_server->enqueue(xml(200, assumeRoleXml(QDateTime::currentDateTimeUtc().addSecs(900))));
    QVERIFY(assume(request).ok());
    QVERIFY(m_server->requests().last().body.endsWith(
        "&SerialNumber=arn%3Aaws%3Aiam%3A%3A111122223333%3Amfa%2Fops&TokenCode=492817"));
}

void TestStsClient::accessDeniedIsExplained()
{
    m_server->enqueue(xmlError(403, "AccessDenied",
                               "User: arn:aws:iam::111122223333:user/ops is not authorized to "
                               "perform: sts:AssumeRole"));
    const CredentialsResult result = assume(operatorRole());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("AccessDenied"));
    QCOMPARE(result.error().requestId, QStringLiteral("req-sts-1"));
    const QString message = result.error().message;
    QVERIFY2(message.contains(u"arn:aws:iam::111122223333:role/Operator"), qPrintable(message));
    QVERIFY2(message.contains(u"trust policy"), qPrintable(message));
    QVERIFY2(message.contains(u"is not authorized to perform: sts:AssumeRole"),
             qPrintable(message));
    QCOMPARE(m_server->requests().size(), 1); // not retried
}

void TestStsClient::expiredAndRegionDisabledAreExplained()
{
    m_server->enqueue(xmlError(400, "ExpiredToken",
                               "The security token included in the "
                               "request is expired"));
    CredentialsResult result = assume(operatorRole());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("ExpiredToken"));
    QVERIFY2(result.error().message.contains(u"have expired"), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"aws sso login"));

    m_server->enqueue(xmlError(403, "RegionDisabledException",
                               "STS is not activated in this region for account:111122223333."));
    result = assume(operatorRole());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"not activated in region eu-west-3"),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"Account settings"));
}

void TestStsClient::throttlingIsRetried()
{
    m_server->enqueue(xmlError(400, "Throttling", "Rate exceeded"));
    m_server->enqueue(xml(200, assumeRoleXml(QDateTime::currentDateTimeUtc().addSecs(900))));
    const CredentialsResult result = assume(operatorRole());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).header("amz-sdk-request"), QByteArray("attempt=2; max=3"));
}

void TestStsClient::truncatedAnswerIsRefused()
{
    const QByteArray whole = assumeRoleXml(QDateTime::currentDateTimeUtc().addSecs(900));
    m_server->enqueue(xml(200, whole.left(whole.indexOf("<SessionToken>") + 20)));
    const CredentialsResult result = assume(operatorRole());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(u"not well-formed XML"),
             qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(kRoleSecret));
}

void TestStsClient::oversizedAnswerIsRefused()
{
    AwsClientSettings settings = m_sts->client()->settings();
    settings.maxResponseBytes = 4096;
    m_sts->client()->setSettings(settings);
    QByteArray huge = assumeRoleXml(QDateTime::currentDateTimeUtc().addSecs(900));
    huge.replace("<SourceIdentity>ops", QByteArray("<SourceIdentity>" + QByteArray(8192, 'x')));
    m_server->enqueue(xml(200, huge));
    const CredentialsResult result = assume(operatorRole());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(u"larger than"), qPrintable(result.error().message));
}

void TestStsClient::answerWithoutCredentials()
{
    m_server->enqueue(xml(200, "<AssumeRoleResponse><AssumeRoleResult/></AssumeRoleResponse>"));
    const CredentialsResult result = assume(operatorRole());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(u"no complete credentials"),
             qPrintable(result.error().message));
}

void TestStsClient::endpointRules_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");
    QTest::newRow("us-east-1 is regional")
        << QStringLiteral("us-east-1") << QStringLiteral("https://sts.us-east-1.amazonaws.com");
    QTest::newRow("eu-west-3") << QStringLiteral("eu-west-3")
                               << QStringLiteral("https://sts.eu-west-3.amazonaws.com");
    QTest::newRow("aws-global") << QStringLiteral("aws-global")
                                << QStringLiteral("https://sts.amazonaws.com");
    QTest::newRow("china") << QStringLiteral("cn-north-1")
                           << QStringLiteral("https://sts.cn-north-1.amazonaws.com.cn");
}

void TestStsClient::endpointRules()
{
    QFETCH(QString, region);
    QFETCH(QString, url);
    EndpointParams params;
    params.region = region;
    const auto resolved = StsService::endpointRules().resolve(params);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error()));
    QCOMPARE(resolved->url.toString(), url);
    QCOMPARE(StsService::info().endpointVariable(), QStringLiteral("AWS_ENDPOINT_URL_STS"));
    QCOMPARE(StsService::info().servicesKey(), QStringLiteral("sts"));
    QCOMPARE(StsService::info().signingName, QStringLiteral("sts"));
}

void TestStsClient::webIdentityIsUnsignedWithTheTokenInTheBody()
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    QByteArray answer = assumeRoleXml(expires);
    answer.replace("AssumeRoleResponse", "AssumeRoleWithWebIdentityResponse");
    answer.replace("AssumeRoleResult", "AssumeRoleWithWebIdentityResult");
    m_server->enqueue(xml(200, answer));
    WebIdentityRequest request;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Web");
    request.roleSessionName = QStringLiteral("ci run");
    request.token = kWebToken;
    std::optional<CredentialsResult> result;
    m_sts->assumeRoleWithWebIdentity(request, this,
                                     [&result](const CredentialsResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE((*result)->accessKeyId, QStringLiteral("ASIAROLEEXAMPLE"));
    QCOMPARE((*result)->accountId, QStringLiteral("111122223333"));

    const ReceivedRequest sent = m_server->requests().constFirst();
    // No signature and no source credentials: the token is the proof.
    QVERIFY(sent.header("Authorization").isEmpty());
    QVERIFY(sent.header("X-Amz-Security-Token").isEmpty());
    QVERIFY(sent.header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    const QUrlQuery form = formOf(sent);
    QCOMPARE(form.queryItemValue(QStringLiteral("Action")),
             QStringLiteral("AssumeRoleWithWebIdentity"));
    QCOMPARE(form.queryItemValue(QStringLiteral("Version")), QStringLiteral("2011-06-15"));
    QCOMPARE(form.queryItemValue(QStringLiteral("RoleSessionName"), QUrl::FullyDecoded),
             QStringLiteral("ci run"));
    QCOMPARE(form.queryItemValue(QStringLiteral("WebIdentityToken"), QUrl::FullyDecoded),
             kWebToken);
    QVERIFY(Redaction::redact(kWebToken).indexOf(kWebToken) < 0);
}

void TestStsClient::webIdentityErrorsAreExplained()
{
    m_server->enqueue(xmlError(400, "InvalidIdentityToken", "No OpenIDConnect provider found"));
    WebIdentityRequest request;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Web");
    request.roleSessionName = QStringLiteral("s1");
    request.token = kWebToken;
    std::optional<CredentialsResult> result;
    m_sts->assumeRoleWithWebIdentity(request, this,
                                     [&result](const CredentialsResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, QStringLiteral("InvalidIdentityToken"));
    const QString message = result->error().message;
    QVERIFY2(message.contains(u"web identity token"), qPrintable(message));
    QVERIFY(message.contains(u"No OpenIDConnect provider found"));
    QVERIFY(message.contains(u"identity provider"));
}

void TestStsClient::callerIdentityIsSigned()
{
    m_server->enqueue(
        xml(200, "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                 "<GetCallerIdentityResult><Arn>arn:aws:sts::444455556666:assumed-role/Ops/s1"
                 "</Arn><UserId>AROAEXAMPLE:s1</UserId><Account>444455556666</Account>"
                 "</GetCallerIdentityResult></GetCallerIdentityResponse>"));
    std::optional<Result<CallerIdentity, AwsError>> result;
    m_sts->getCallerIdentity(this, [&result](const auto &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QCOMPARE((*result)->account, QStringLiteral("444455556666"));
    QCOMPARE((*result)->arn, QStringLiteral("arn:aws:sts::444455556666:assumed-role/Ops/s1"));
    QCOMPARE((*result)->userId, QStringLiteral("AROAEXAMPLE:s1"));
    const ReceivedRequest sent = m_server->requests().constFirst();
    QVERIFY(sent.header("Authorization").contains("/eu-west-3/sts/aws4_request"));
    QVERIFY(sent.header("Authorization").contains(kSourceKey.toLatin1()));
    QCOMPARE(sent.body, QByteArray("Action=GetCallerIdentity&Version=2011-06-15"));
}

void TestStsClient::callerIdentityWithoutAccountIsRefused()
{
    m_server->enqueue(xml(200, "<GetCallerIdentityResponse><GetCallerIdentityResult>"
                               "<Arn>arn:aws:iam::1:user/x</Arn><Account>1</Account>"
                               "</GetCallerIdentityResult></GetCallerIdentityResponse>"));
    std::optional<Result<CallerIdentity, AwsError>> result;
    m_sts->getCallerIdentity(this, [&result](const auto &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(result->error().message.contains(u"GetCallerIdentity"),
             qPrintable(result->error().message));
}

QTEST_GUILESS_MAIN(TestStsClient)
#include "tst_stsclient.moc"
