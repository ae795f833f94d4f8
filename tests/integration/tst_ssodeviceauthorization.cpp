// Signing in to IAM Identity Center with a device code, against the sandbox (pending, approved,
// denied, expired) and a scripted server (slow down, broken answers), and the token cache file
// it leaves for the AWS CLI and the credential chain.
#include "aws/credentialchain.h"
#include "aws/ssocredentials.h"
#include "aws/ssodeviceauthorization.h"
#include "aws/ssotokencache.h"
#include "common/sandboxfixture.h"
#include "common/scriptedhttpserver.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace {

const QByteArray kConfig = "[profile dev]\n"
                           "sso_session = corp\n"
                           "sso_account_id = 111122223333\n"
                           "sso_role_name = Importer\n"
                           "region = us-east-1\n"
                           "\n"
                           "[profile legacy]\n"
                           "sso_start_url = https://legacy.awsapps.com/start\n"
                           "sso_region = us-east-1\n"
                           "sso_account_id = 111122223333\n"
                           "sso_role_name = Importer\n"
                           "\n"
                           "[sso-session corp]\n"
                           "sso_start_url = https://corp.awsapps.com/start\n"
                           "sso_region = us-east-1\n";

QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

const QRegularExpression kCliTime(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));

} // namespace

class TestSsoDeviceAuthorization final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void signsInAndWritesTheCliCache();
    void legacyProfileSignsInWithoutScopes();
    void denied();
    void expired();
    void approvedAfterDelay();
    void cancelStopsPolling();
    void slowDownLengthensTheInterval();
    void refusedRegistration();
    void unreachableEndpoint();
    void logsNeverShowTokens();

private:
    SsoProfileConfig profile(const QString &name) const;
    SharedConfig config() const;
    QString cacheFile(const QString &name) const
    {
        return SsoCredentials::cacheFilePath(m_home->path(), profile(name));
    }
    // Starts the flow on `endpoint` and waits for its end: the message of failed(), or empty.
    std::optional<QString> run(SsoDeviceAuthorization &flow, const QString &profileName,
                               const QUrl &endpoint);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QStringList m_secrets; // every token and client secret the sign-ins produced
};

void TestSsoDeviceAuthorization::initTestCase()
{
    // Every log line of the run; logsNeverShowTokens() checks them.
    QLoggingCategory::setFilterRules(QStringLiteral("importdesk.*=true"));
    previousHandler = qInstallMessageHandler(captureHandler);
}

void TestSsoDeviceAuthorization::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral(".aws"))));
    QFile file(m_home->filePath(QStringLiteral(".aws/config")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kConfig);
    file.close();
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestSsoDeviceAuthorization::cleanup()
{
    for (const QString &name : {QStringLiteral("dev"), QStringLiteral("legacy")}) {
        QFile file(cacheFile(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        for (const char *key : {"accessToken", "refreshToken", "clientSecret"})
            m_secrets.append(json.value(QLatin1String(key)).toString());
    }
    m_network.reset();
    m_sandbox.reset();
    m_home.reset();
}

SharedConfig TestSsoDeviceAuthorization::config() const
{
    return SharedConfig::load(QProcessEnvironment(), m_home->path());
}

SsoProfileConfig TestSsoDeviceAuthorization::profile(const QString &name) const
{
    const auto sso = SsoCredentials::configFor(config(), name);
    return sso.ok() ? sso.value() : SsoProfileConfig();
}

std::optional<QString> TestSsoDeviceAuthorization::run(SsoDeviceAuthorization &flow,
                                                       const QString &profileName,
                                                       const QUrl &endpoint)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), endpoint.toString());
    QSignalSpy signedIn(&flow, &SsoDeviceAuthorization::signedIn);
    QSignalSpy failed(&flow, &SsoDeviceAuthorization::failed);
    flow.start(profile(profileName), environment, config());
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 20000))
        return QStringLiteral("test: the sign-in did not end");
    if (signedIn.size() + failed.size() != 1)
        return QStringLiteral("test: more than one ending");
    if (!failed.isEmpty())
        return failed.constFirst().constFirst().toString();
    return std::nullopt;
}

void TestSsoDeviceAuthorization::signsInAndWritesTheCliCache()
{
    SsoDeviceAuthorization flow(m_network.get());
    QSignalSpy codes(&flow, &SsoDeviceAuthorization::codeReady);
    QSignalSpy signedIn(&flow, &SsoDeviceAuthorization::signedIn);
    const auto failure = run(flow, QStringLiteral("dev"), m_sandbox->url());
    QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
    QVERIFY(!flow.isRunning());

    // The code came first, with the page to confirm it on.
    QCOMPARE(codes.size(), 1);
    const auto code = codes.constFirst().constFirst().value<SsoUserCode>();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^[A-Z]{4}-[A-Z]{4}$")).match(code.userCode).hasMatch(),
        qPrintable(code.userCode));
    QCOMPARE(code.verificationUri.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(code.verificationUriComplete.toString().contains(code.userCode));
    QVERIFY(code.expiresAt > QDateTime::currentDateTimeUtc());
    // Pending at the first poll, approved at the second.
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("RegisterClient")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("StartDeviceAuthorization")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 2);

    // The file `aws sso login` writes: same name, same keys, same time format.
    const QString path = signedIn.constFirst().constFirst().toString();
    QCOMPARE(path, cacheFile(QStringLiteral("dev")));
    QCOMPARE(
        QFileInfo(path).fileName(),
        QString::fromLatin1(QCryptographicHash::hash("corp", QCryptographicHash::Sha1).toHex()) +
            QStringLiteral(".json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList{QStringLiteral("accessToken"), QStringLiteral("clientId"),
                          QStringLiteral("clientSecret"), QStringLiteral("expiresAt"),
                          QStringLiteral("refreshToken"), QStringLiteral("region"),
                          QStringLiteral("registrationExpiresAt"), QStringLiteral("startUrl")}));
    QCOMPARE(json.value(u"startUrl").toString(), QStringLiteral("https://corp.awsapps.com/start"));
    QCOMPARE(json.value(u"region").toString(), QStringLiteral("us-east-1"));
    QVERIFY(kCliTime.match(json.value(u"expiresAt").toString()).hasMatch());
    QVERIFY(kCliTime.match(json.value(u"registrationExpiresAt").toString()).hasMatch());
    QVERIFY(json.value(u"clientId").toString().startsWith(u"sandbox-client-"));
    QVERIFY((QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup)) == 0);

    // The reader of the AWS CLI's cache takes it, and the profile now has credentials.
    QVERIFY(SsoCredentials::readCachedToken(path, profile(QStringLiteral("dev")),
                                            QDateTime::currentDateTimeUtc())
                .ok());
    CredentialChainSettings settings;
    settings.environment.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"),
                                m_sandbox->url().toString());
    settings.config = config();
    settings.profile = QStringLiteral("dev");
    settings.profileExplicit = true;
    settings.network = m_network.get();
    CredentialChain chain(settings);
    std::optional<Result<AwsCredentials, AwsError>> result;
    chain.resolve([&result](const auto &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
    QVERIFY(result->value().accessKeyId.startsWith(u"ASIA"));
}

void TestSsoDeviceAuthorization::legacyProfileSignsInWithoutScopes()
{
    SsoDeviceAuthorization flow(m_network.get());
    const auto failure = run(flow, QStringLiteral("legacy"), m_sandbox->url());
    QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
    // Named after the start URL, as the AWS CLI names legacy sign-ins.
    QVERIFY(QFile::exists(
        SsoCredentials::cacheFilePath(m_home->path(), profile(QStringLiteral("legacy")))));
    QCOMPARE(QFileInfo(cacheFile(QStringLiteral("legacy"))).fileName(),
             QString::fromLatin1(QCryptographicHash::hash("https://legacy.awsapps.com/start",
                                                          QCryptographicHash::Sha1)
                                     .toHex()) +
                 QStringLiteral(".json"));
}

void TestSsoDeviceAuthorization::denied()
{
    m_sandbox->server()->sso().setDeviceAnswer(SandboxSso::DeviceAnswer::Deny);
    SsoDeviceAuthorization flow(m_network.get());
    QSignalSpy codes(&flow, &SsoDeviceAuthorization::codeReady);
    const auto failure = run(flow, QStringLiteral("dev"), m_sandbox->url());
    QVERIFY(failure);
    QVERIFY2(failure->contains(u"denied in the browser"), qPrintable(*failure));
    QCOMPARE(codes.size(), 1);
    QVERIFY(!QFile::exists(cacheFile(QStringLiteral("dev"))));
    QVERIFY(!flow.isRunning());
}

void TestSsoDeviceAuthorization::expired()
{
    // As importdesk-sandbox --sso-sign-in expire does.
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.ssoSignIn = QStringLiteral("expire");
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
    SsoDeviceAuthorization flow(m_network.get());
    const auto failure = run(flow, QStringLiteral("dev"), m_sandbox->url());
    QVERIFY(failure);
    QVERIFY2(failure->contains(u"code expired before it was confirmed"), qPrintable(*failure));
    QVERIFY(!QFile::exists(cacheFile(QStringLiteral("dev"))));
}

void TestSsoDeviceAuthorization::approvedAfterDelay()
{
    // Approved once 1.5 s have passed: pending at the first poll (1 s), approved at the second.
    m_sandbox->server()->sso().setApprovalDelay(1500ms);
    SsoDeviceAuthorization flow(m_network.get());
    const auto failure = run(flow, QStringLiteral("dev"), m_sandbox->url());
    QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 2);
}

void TestSsoDeviceAuthorization::cancelStopsPolling()
{
    SsoDeviceAuthorization flow(m_network.get());
    QSignalSpy codes(&flow, &SsoDeviceAuthorization::codeReady);
    QSignalSpy signedIn(&flow, &SsoDeviceAuthorization::signedIn);
    QSignalSpy failed(&flow, &SsoDeviceAuthorization::failed);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), m_sandbox->url().toString());
    flow.start(profile(QStringLiteral("dev")), environment, config());
    QVERIFY(codes.wait(10000));
    flow.cancel();
    QVERIFY(!flow.isRunning());
    // Longer than two poll intervals: nothing more is asked or reported.
    QTest::qWait(2500);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 0);
    QCOMPARE(signedIn.size(), 0);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!QFile::exists(cacheFile(QStringLiteral("dev"))));
}

void TestSsoDeviceAuthorization::slowDownLengthensTheInterval()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    const qint64 expires = QDateTime::currentSecsSinceEpoch() + 3600;
    server.enqueue(ScriptedResponse::json(
        200,
        QStringLiteral(
            R"({"clientId":"cid","clientSecret":"scriptedClientSecretValue","clientSecretExpiresAt":%1})")
            .arg(expires)
            .toUtf8()));
    server.enqueue(ScriptedResponse::json(
        200,
        R"({"deviceCode":"scriptedDeviceCode123","userCode":"ABCD-EFGH","verificationUri":"https://device.sso.us-east-1.amazonaws.com/","verificationUriComplete":"https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH","expiresIn":600,"interval":1})"));
    server.enqueue(ScriptedResponse::json(400, R"({"error":"slow_down"})")
                       .withHeader("x-amzn-ErrorType", "SlowDownException"));
    server.enqueue(ScriptedResponse::json(400, R"({"error":"authorization_pending"})")
                       .withHeader("x-amzn-ErrorType", "AuthorizationPendingException"));
    server.enqueue(ScriptedResponse::json(
        200,
        R"({"accessToken":"scriptedAccessTokenValue","tokenType":"Bearer","expiresIn":3600})"));

    SsoDeviceAuthorization flow(m_network.get());
    flow.setSlowDownIncrement(200ms);
    QSignalSpy codes(&flow, &SsoDeviceAuthorization::codeReady);
    const auto failure = run(flow, QStringLiteral("dev"), server.url());
    QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
    QCOMPARE(flow.pollInterval(), 1200ms);
    QCOMPARE(
        codes.constFirst().constFirst().value<SsoUserCode>().verificationUriComplete,
        QUrl(QStringLiteral("https://device.sso.us-east-1.amazonaws.com/?user_code=ABCD-EFGH")));

    // What was sent: the registration, the authorization, then device-code grants.
    const QList<ReceivedRequest> &requests = server.requests();
    QCOMPARE(requests.size(), 5);
    QCOMPARE(requests.at(0).target, QByteArray("/client/register"));
    const QJsonObject registration = QJsonDocument::fromJson(requests.at(0).body).object();
    QCOMPARE(registration.value(u"clientName").toString(), QStringLiteral("Import Desk"));
    QCOMPARE(registration.value(u"clientType").toString(), QStringLiteral("public"));
    QCOMPARE(registration.value(u"scopes").toArray(),
             QJsonArray{QStringLiteral("sso:account:access")});
    QCOMPARE(requests.at(1).target, QByteArray("/device_authorization"));
    QCOMPARE(QJsonDocument::fromJson(requests.at(1).body).object().value(u"startUrl").toString(),
             QStringLiteral("https://corp.awsapps.com/start"));
    for (int i = 2; i < 5; ++i) {
        QCOMPARE(requests.at(i).target, QByteArray("/token"));
        QCOMPARE(requests.at(i).header("authorization"), QByteArray());
        const QJsonObject grant = QJsonDocument::fromJson(requests.at(i).body).object();
        QCOMPARE(grant.value(u"grantType").toString(),
                 QStringLiteral("urn:ietf:params:oauth:grant-type:device_code"));
        QCOMPARE(grant.value(u"deviceCode").toString(), QStringLiteral("scriptedDeviceCode123"));
    }
    // No refresh token in the answer: none in the file.
    QFile file(cacheFile(QStringLiteral("dev")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!QJsonDocument::fromJson(file.readAll()).object().contains(u"refreshToken"));
}

void TestSsoDeviceAuthorization::refusedRegistration()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.enqueue(
        ScriptedResponse::json(
            400, R"({"error":"invalid_scope","error_description":"Invalid scope requested"})")
            .withHeader("x-amzn-ErrorType", "InvalidScopeException"));
    SsoDeviceAuthorization flow(m_network.get());
    const auto failure = run(flow, QStringLiteral("dev"), server.url());
    QVERIFY(failure);
    QVERIFY2(failure->contains(u"InvalidScopeException"), qPrintable(*failure));
    QVERIFY2(failure->contains(u"Invalid scope requested"), qPrintable(*failure));
    QVERIFY2(failure->contains(u"sso_start_url"), qPrintable(*failure));
}

void TestSsoDeviceAuthorization::unreachableEndpoint()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    const QUrl url = server.url();
    server.setFallback(ScriptedResponse::dropped());
    SsoDeviceAuthorization flow(m_network.get());
    const auto failure = run(flow, QStringLiteral("dev"), url);
    QVERIFY(failure);
    QVERIFY2(failure->contains(u"could not be reached"), qPrintable(*failure));

    // Plain http to another computer is refused before anything is sent.
    const auto refused =
        run(flow, QStringLiteral("dev"), QUrl(QStringLiteral("http://example.com")));
    QVERIFY(refused);
    QVERIFY2(refused->contains(u"http"), qPrintable(*refused));
}

void TestSsoDeviceAuthorization::logsNeverShowTokens()
{
    m_secrets.removeAll(QString());
    QVERIFY(m_secrets.size() >= 6);
    QVERIFY(capturedMessages.size() > 10);
    for (const QString &message : std::as_const(capturedMessages)) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!message.contains(secret), "a log line holds a token or client secret");
    }
}

QTEST_GUILESS_MAIN(TestSsoDeviceAuthorization)
#include "tst_ssodeviceauthorization.moc"
