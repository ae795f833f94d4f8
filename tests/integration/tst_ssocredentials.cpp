// IAM Identity Center credentials against the sandbox: role credentials from the portal, and
// the renewal of an expiring sign-in with its refresh token, written back to the AWS CLI's
// token cache file.
#include "aws/credentialchain.h"
#include "aws/endpointpolicy.h"
#include "aws/ssocredentials.h"
#include "aws/ssooidcclient.h"
#include "aws/ssooidcservice.h"
#include "aws/ssotokencache.h"
#include "common/sandboxfixture.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using CredentialsResult = Result<AwsCredentials, AwsError>;

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
                           "sso_region = us-east-1\n"
                           "sso_registration_scopes = sso:account:access\n";

} // namespace

class TestSsoCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void oidcEndpoints_data();
    void oidcEndpoints();
    void oidcErrorCodes_data();
    void oidcErrorCodes();
    void validTokenIsUsedAsIs();
    void expiredTokenIsRenewed();
    void tokenAboutToExpireIsRenewed();
    void refusedRenewalSaysToSignIn();
    void refusedRenewalKeepsValidToken();
    void expiredRegistrationIsNotUsed();
    void legacyProfileIsNotRenewed();
    void portalFromEndpointVariables();

private:
    SsoProfileConfig profile(const QString &name) const;
    QString cacheFile(const QString &name) const;
    // Writes a cache file with the sandbox's sign-in, expiring at `expiresAt`.
    SandboxSso::SignIn writeSignIn(const QString &profileName, const QDateTime &expiresAt,
                                   const QDateTime &registrationExpiresAt = {});
    QJsonObject readCache(const QString &name) const;
    CredentialsResult obtain(const QString &profileName);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QNetworkAccessManager> m_network;
    QProcessEnvironment m_environment;
};

void TestSsoCredentials::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    QVERIFY(QDir().mkpath(m_home->filePath(QStringLiteral(".aws"))));
    QFile config(m_home->filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(kConfig);
    config.close();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_environment = QProcessEnvironment();
    // The endpoint variables the AWS CLI reads for the portal and OIDC.
    m_environment.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), m_sandbox->url().toString());
    m_environment.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"), m_sandbox->url().toString());
}

void TestSsoCredentials::cleanup()
{
    m_network.reset();
    m_sandbox.reset();
    m_home.reset();
}

SsoProfileConfig TestSsoCredentials::profile(const QString &name) const
{
    const auto sso =
        SsoCredentials::configFor(SharedConfig::load(m_environment, m_home->path()), name);
    return sso.ok() ? sso.value() : SsoProfileConfig();
}

QString TestSsoCredentials::cacheFile(const QString &name) const
{
    return SsoCredentials::cacheFilePath(m_home->path(), profile(name));
}

SandboxSso::SignIn TestSsoCredentials::writeSignIn(const QString &profileName,
                                                   const QDateTime &expiresAt,
                                                   const QDateTime &registrationExpiresAt)
{
    const SandboxSso::SignIn signIn = m_sandbox->server()->sso().grant(m_sandbox->server()->now());
    const SsoProfileConfig sso = profile(profileName);
    QJsonObject json{
        {QStringLiteral("startUrl"), sso.startUrl},
        {QStringLiteral("region"), sso.region},
        {QStringLiteral("accessToken"), signIn.accessToken},
        {QStringLiteral("expiresAt"), SsoTokenCache::formatTime(expiresAt)},
        {QStringLiteral("clientId"), signIn.clientId},
        {QStringLiteral("clientSecret"), signIn.clientSecret},
        {QStringLiteral("registrationExpiresAt"),
         SsoTokenCache::formatTime(registrationExpiresAt.isValid() ? registrationExpiresAt
                                                                   : signIn.registrationExpiresAt)},
        {QStringLiteral("refreshToken"), signIn.refreshToken},
        // Keys of other tools stay as they are.
        {QStringLiteral("laterKey"), QStringLiteral("kept")}};
    const QString path = cacheFile(profileName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(json).toJson());
    return signIn;
}

QJsonObject TestSsoCredentials::readCache(const QString &name) const
{
    QFile file(cacheFile(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

CredentialsResult TestSsoCredentials::obtain(const QString &profileName)
{
    CredentialChainSettings settings;
    settings.environment = m_environment;
    settings.config = SharedConfig::load(m_environment, m_home->path());
    settings.profile = profileName;
    settings.profileExplicit = true;
    settings.network = m_network.get();
    CredentialChain chain(settings);
    std::optional<CredentialsResult> result;
    chain.get(this, [&result](const CredentialsResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test: no answer"));
    return *result;
}

void TestSsoCredentials::oidcEndpoints_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("expected");
    // What botocore 1.29.27 gives for the sso-oidc client of each region.
    QTest::newRow("us-east-1") << "us-east-1" << QStringList()
                               << "https://oidc.us-east-1.amazonaws.com";
    QTest::newRow("eu-west-1") << "eu-west-1" << QStringList()
                               << "https://oidc.eu-west-1.amazonaws.com";
    QTest::newRow("cn-north-1") << "cn-north-1" << QStringList()
                                << "https://oidc.cn-north-1.amazonaws.com.cn";
    QTest::newRow("us-gov-west-1")
        << "us-gov-west-1" << QStringList() << "https://oidc.us-gov-west-1.amazonaws.com";
    QTest::newRow("fips") << "us-east-1"
                          << QStringList{QStringLiteral("AWS_USE_FIPS_ENDPOINT=true")}
                          << "https://oidc-fips.us-east-1.amazonaws.com";
    QTest::newRow("dualstack") << "us-east-1"
                               << QStringList{QStringLiteral("AWS_USE_DUALSTACK_ENDPOINT=true")}
                               << "https://oidc.us-east-1.api.aws";
    QTest::newRow("fips+dualstack")
        << "us-east-1"
        << QStringList{QStringLiteral("AWS_USE_FIPS_ENDPOINT=true"),
                       QStringLiteral("AWS_USE_DUALSTACK_ENDPOINT=true")}
        << "https://oidc-fips.us-east-1.api.aws";
    // The endpoint variables, as the AWS CLI reads them.
    QTest::newRow("service variable")
        << "us-east-1"
        << QStringList{QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC=http://127.0.0.1:4576"),
                       QStringLiteral("AWS_ENDPOINT_URL=http://localhost:9")}
        << "http://127.0.0.1:4576";
    QTest::newRow("global variable")
        << "us-east-1" << QStringList{QStringLiteral("AWS_ENDPOINT_URL=http://localhost:4576")}
        << "http://localhost:4576";
}

void TestSsoCredentials::oidcEndpoints()
{
    QFETCH(QString, region);
    QFETCH(QStringList, environment);
    QFETCH(QString, expected);
    QProcessEnvironment env;
    for (const QString &assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    const auto endpoint = SsoOidcService::endpoint(QStringLiteral("dev"), region, env,
                                                   SharedConfig::load(env, m_home->path()));
    QVERIFY2(endpoint.ok(), endpoint.ok() ? "" : qPrintable(endpoint.error().message));
    QCOMPARE(endpoint->toString(QUrl::StripTrailingSlash), expected);
}

void TestSsoCredentials::oidcErrorCodes_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("header") << QByteArray("SlowDownException:http://internal.amazon.com/")
                            << QByteArray("{}") << "SlowDownException";
    QTest::newRow("__type") << QByteArray()
                            << QByteArray(R"({"__type":"aws#AccessDeniedException"})")
                            << "AccessDeniedException";
    QTest::newRow("oauth") << QByteArray() << QByteArray(R"({"error":"authorization_pending"})")
                           << "AuthorizationPendingException";
    QTest::newRow("oauth expired")
        << QByteArray() << QByteArray(R"({"error":"expired_token"})") << "ExpiredTokenException";
    QTest::newRow("none") << QByteArray() << QByteArray("{}") << "";
}

void TestSsoCredentials::oidcErrorCodes()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QCOMPARE(SsoOidcClient::errorCode(header, QJsonDocument::fromJson(body).object()), code);
}

void TestSsoCredentials::validTokenIsUsedAsIs()
{
    const auto signIn =
        writeSignIn(QStringLiteral("dev"), QDateTime::currentDateTimeUtc().addSecs(3600));
    const CredentialsResult result = obtain(QStringLiteral("dev"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result->accessKeyId.startsWith(u"ASIA"));
    QVERIFY(result->expiration.has_value());
    QCOMPARE(result->accountId, QStringLiteral("111122223333"));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GetRoleCredentials")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 0);
    QCOMPARE(readCache(QStringLiteral("dev")).value(u"accessToken").toString(), signIn.accessToken);
}

void TestSsoCredentials::expiredTokenIsRenewed()
{
    const QString path = cacheFile(QStringLiteral("dev"));
    const auto signIn =
        writeSignIn(QStringLiteral("dev"), QDateTime::currentDateTimeUtc().addSecs(-60));
    const QJsonObject before = readCache(QStringLiteral("dev"));

    const CredentialsResult result = obtain(QStringLiteral("dev"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(result->accessKeyId.startsWith(u"ASIA"));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GetRoleCredentials")), 1);

    // The same file as the AWS CLI's: new token, expiry and refresh token; the rest kept.
    const QJsonObject after = readCache(QStringLiteral("dev"));
    QVERIFY(!after.value(u"accessToken").toString().isEmpty());
    QVERIFY(after.value(u"accessToken").toString() != signIn.accessToken);
    QVERIFY(after.value(u"refreshToken").toString() != signIn.refreshToken);
    QVERIFY(!after.value(u"refreshToken").toString().isEmpty());
    const QDateTime expiresAt = SsoTokenCache::parseTime(after.value(u"expiresAt").toString());
    QVERIFY(expiresAt > QDateTime::currentDateTimeUtc().addSecs(3600));
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                .match(after.value(u"expiresAt").toString())
                .hasMatch());
    for (const char *key :
         {"startUrl", "region", "clientId", "clientSecret", "registrationExpiresAt", "laterKey"})
        QCOMPARE(after.value(QLatin1String(key)), before.value(QLatin1String(key)));
    // 0600, as the AWS CLI keeps it.
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(!(permissions & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                             QFile::ReadOther | QFile::WriteOther | QFile::ExeOther)));
    // The reader the AWS CLI's files go through accepts it.
    const auto token = SsoCredentials::readCachedToken(path, profile(QStringLiteral("dev")),
                                                       QDateTime::currentDateTimeUtc());
    QVERIFY(token.ok());
    QCOMPARE(token.value(), after.value(u"accessToken").toString());

    // The next fetch uses the renewed token without renewing again.
    QVERIFY(obtain(QStringLiteral("dev")).ok());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 1);
}

void TestSsoCredentials::tokenAboutToExpireIsRenewed()
{
    // Within botocore's 15-minute window.
    const auto signIn =
        writeSignIn(QStringLiteral("dev"), QDateTime::currentDateTimeUtc().addSecs(10 * 60));
    QVERIFY(obtain(QStringLiteral("dev")).ok());
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 1);
    QVERIFY(readCache(QStringLiteral("dev")).value(u"accessToken").toString() !=
            signIn.accessToken);
}

void TestSsoCredentials::refusedRenewalSaysToSignIn()
{
    writeSignIn(QStringLiteral("dev"), QDateTime::currentDateTimeUtc().addSecs(-60));
    const QJsonObject before = readCache(QStringLiteral("dev"));
    m_sandbox->server()->sso().revokeRefreshTokens();
    const CredentialsResult result = obtain(QStringLiteral("dev"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    const QString message = result.error().message;
    QVERIFY2(message.contains(u"expired and could not be renewed"), qPrintable(message));
    QVERIFY2(message.contains(u"Invalid refresh token"), qPrintable(message));
    QVERIFY2(message.contains(u"aws sso login --profile dev"), qPrintable(message));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("GetRoleCredentials")), 0);
    QCOMPARE(readCache(QStringLiteral("dev")), before);
}

void TestSsoCredentials::refusedRenewalKeepsValidToken()
{
    const auto signIn =
        writeSignIn(QStringLiteral("dev"), QDateTime::currentDateTimeUtc().addSecs(5 * 60));
    m_sandbox->server()->sso().revokeRefreshTokens();
    const CredentialsResult result = obtain(QStringLiteral("dev"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 1);
    QCOMPARE(readCache(QStringLiteral("dev")).value(u"accessToken").toString(), signIn.accessToken);
}

void TestSsoCredentials::expiredRegistrationIsNotUsed()
{
    writeSignIn(QStringLiteral("dev"), QDateTime::currentDateTimeUtc().addSecs(-60),
                QDateTime::currentDateTimeUtc().addSecs(-1));
    const CredentialsResult result = obtain(QStringLiteral("dev"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"expired"), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"aws sso login --profile dev"));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 0);
}

void TestSsoCredentials::legacyProfileIsNotRenewed()
{
    writeSignIn(QStringLiteral("legacy"), QDateTime::currentDateTimeUtc().addSecs(-60));
    const CredentialsResult result = obtain(QStringLiteral("legacy"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"expired at"), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"aws sso login --profile legacy"));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateToken")), 0);
}

void TestSsoCredentials::portalFromEndpointVariables()
{
    SsoCredentials sso(m_network.get());
    QProcessEnvironment env;
    env.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:1"));
    sso.setEnvironment(env);
    QCOMPARE(sso.portalUrl(QStringLiteral("us-east-1")),
             QUrl(QStringLiteral("http://127.0.0.1:1")));
    env.insert(QStringLiteral("AWS_ENDPOINT_URL_SSO"), QStringLiteral("http://127.0.0.1:2"));
    sso.setEnvironment(env);
    QCOMPARE(sso.portalUrl(QStringLiteral("us-east-1")),
             QUrl(QStringLiteral("http://127.0.0.1:2")));
    SsoCredentials ignoring(m_network.get());
    env.insert(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"), QStringLiteral("true"));
    ignoring.setEnvironment(env);
    QCOMPARE(ignoring.portalUrl(QStringLiteral("us-east-1")),
             QUrl(QStringLiteral("https://portal.sso.us-east-1.amazonaws.com")));
}

QTEST_GUILESS_MAIN(TestSsoCredentials)
#include "tst_ssocredentials.moc"
