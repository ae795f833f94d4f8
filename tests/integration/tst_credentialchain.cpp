#include "aws/credentialchain.h"
#include "aws/credentialprocess.h"
#include "aws/logging.h"
#include "aws/sigv4.h"
#include "aws/ssocredentials.h"
#include "common/scriptedhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace std::chrono_literals;
using CredentialsResult = CredentialChain::CredentialsResult;

// The credential chain end to end: environment, profile keys, credential_process run as real
// scripts, IAM Identity Center against a loopback portal, caching, refresh and log hygiene.
// Every test has its own temporary home and an injected environment.
class TestCredentialChain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Order and sources.
    void explicitCredentialsWin();
    void environmentCredentials();
    void environmentNeedsBothKeys();
    void environmentWinsOverAwsProfile();
    void explicitProfileSkipsEnvironment();
    void profileStaticKeys();
    void nothingFound_data();
    void nothingFound();

    // credential_process.
    void splitCommandLine_data();
    void splitCommandLine();
    void parseProcessOutput_data();
    void parseProcessOutput();
    void processSuccess();
    void processFailureShowsStderr();
    void processFailureHidesTheEnvironmentsSecrets();
    void processBadOutput();
    void processNotFound();
    void processTimeout();
    void processTimeoutStopsWhatItStarted();
    void processOutputIsCapped_data();
    void processOutputIsCapped();
    void versionErrorRegistersSecretsFirst();
    void failureIsReportedOnce();
    void processRefreshesBeforeExpiry();
    void failedRefreshKeepsValidCredentials();
    void invalidateRunsAgain();

    // Delivery.
    void callbackIsAlwaysQueued();
    void deadContextIsNotCalled();
    void concurrentRequestsShareOneRun();
    void worksAsCredentialsSource();

    // IAM Identity Center.
    void ssoSession();
    void ssoLegacyProfile();
    void ssoPortalFromEnvironment();
    void ssoMissingToken();
    void ssoExpiredToken();
    void ssoUnauthorized();
    void ssoPortalMustBeSafe_data();
    void ssoPortalMustBeSafe();
    void ssoCacheMustBeARegularFile();
    void ssoAnswerIsCapped();
    void ssoConfigErrors_data();
    void ssoConfigErrors();

    // AssumeRole against a scripted STS endpoint that checks every signature.
    void assumeRoleWithSourceProfile();
    void assumeRoleSendsProfileSettings();
    void roleChainOfTwoRoles();
    void sourceProfileMayNameItself();
    void roleSourceWithCredentialProcess();
    void roleCycleIsNamed();
    void credentialSourceEnvironment();
    void roleConfigErrors_data();
    void roleConfigErrors();
    void mfaCodeFromProvider();
    void mfaWithoutProvider();
    void mfaDeclined();
    void stsErrorIsReported();
    void assumedRoleRefreshesBeforeExpiry();
    void concurrentRequestsShareOneAssumeRole();
    void stsEndpointAndRegion_data();
    void stsEndpointAndRegion();
    void mfaSessionIsReusedOnRefresh();

    // web identity
    void webIdentityFromProfile();
    void webIdentityFromEnvironment();
    void webIdentityOrder_data();
    void webIdentityOrder();
    void webIdentityProblems_data();
    void webIdentityProblems();
    void webIdentityTokenIsReadAtEveryRefresh();
    void webIdentityAsSourceProfile();

    void logsNeverShowSecrets();

private:
    void startSts();
    ScriptedResponse stsCredentials(const QUrlQuery &form, const QString &action);
    QList<QUrlQuery> stsCalls() const;
    std::unique_ptr<CredentialChain> makeChain(const QStringList &env = {},
                                               const QString &profile = {},
                                               bool profileExplicit = false);
    CredentialsResult obtain(CredentialChain &chain);
    void writeFile(const QString &relative, const QByteArray &text);
    QString writeScript(const QString &name, const QByteArray &body);
    void writeSsoToken(const QString &cacheKeySource, const QDateTime &expiresAt);
    QByteArray processJson(const QDateTime &expiration = {}) const;

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ScriptedHttpServer> m_portal;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::chrono::milliseconds m_processTimeout = 20s;
    std::unique_ptr<ScriptedHttpServer> m_sts;
    qint64 m_stsLifetimeSeconds = 3600;
    QStringList m_stsSigners;                   // the access key id that signed each STS call
    QStringList m_stsSigningRegions;            // the region of each call's signature
    QHash<QString, QString> m_stsKeys;          // access key id -> secret the scripted STS accepts
    QHash<QString, qint64> m_stsLifetimeByRole; // role name -> lifetime, else m_stsLifetimeSeconds
    QStringList m_webTokens;                    // the token of each AssumeRoleWithWebIdentity call
    std::function<void(CredentialChainSettings &)> m_adjustSettings;
};

namespace {

const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYchainSECRET");
const QString kToken = QStringLiteral("FwoGZXIvYXdzEXAMPLEsessionTOKENforCHAINtests0123");
const QString kAccessToken = QStringLiteral("aoaAAAAAGexampleSSOaccessTOKENvalue987654321");
const QString kSsoSecret = QStringLiteral("ssoRoleSECRETkeyEXAMPLEabcdefghijklmnop");
const QString kSsoToken = QStringLiteral("ssoRoleSESSIONtokenEXAMPLE0123456789abcdefgh");
const QString kBaseSecret = QStringLiteral("baseProfileSECRETkeyEXAMPLE0123456789abc");
const QString kMfaCode = QStringLiteral("738215");
const QString kWebToken = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaGFpbiJ9.webTOKENsig01");
const QString kNewWebToken =
    QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJuZXcifQ.rotatedWEBtokenSIG");
// The scripted STS gives each role secrets that start with these.
const QString kRoleSecretPrefix = QStringLiteral("stsRoleSECRET");
const QString kRoleTokenPrefix = QStringLiteral("stsRoleTOKEN");

QString isoUtc(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QString errorText(const CredentialsResult &result)
{
    return result.ok() ? QStringLiteral("(ok: %1)").arg(result->describe())
                       : result.error().message;
}

QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedMessages.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void TestCredentialChain::initTestCase()
{
    // Capture every log line of the whole run; logsNeverShowSecrets() checks them.
    QLoggingCategory::setFilterRules(QStringLiteral("importdesk.*=true"));
    previousHandler = qInstallMessageHandler(captureHandler);
}

void TestCredentialChain::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_portal = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_portal->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_processTimeout = 20s;
    m_stsLifetimeSeconds = 3600;
    m_stsSigners.clear();
    m_stsSigningRegions.clear();
    m_stsLifetimeByRole.clear();
    m_webTokens.clear();
    m_adjustSettings = nullptr;
    startSts();
}

void TestCredentialChain::cleanup()
{
    m_sts.reset();
    m_network.reset();
    m_portal.reset();
    m_home.reset();
}

std::unique_ptr<CredentialChain>
TestCredentialChain::makeChain(const QStringList &env, const QString &profile, bool profileExplicit)
{
    CredentialChainSettings settings;
    // Scripts need PATH to find their tools; nothing else leaks in from the real environment.
    settings.environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    for (const QString &assignment : env) {
        const qsizetype eq = assignment.indexOf(u'=');
        settings.environment.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    settings.config = SharedConfig::load(settings.environment, m_home->path());
    if (!profile.isEmpty())
        settings.profile = profile;
    else if (!settings.environment.value(QStringLiteral("AWS_PROFILE")).isEmpty())
        settings.profile = settings.environment.value(QStringLiteral("AWS_PROFILE"));
    settings.profileExplicit = profileExplicit;
    settings.network = m_network.get();
    settings.ssoPortalUrl = m_portal->url();
    settings.processTimeout = m_processTimeout;
    if (m_adjustSettings)
        m_adjustSettings(settings);
    return std::make_unique<CredentialChain>(settings);
}

CredentialsResult TestCredentialChain::obtain(CredentialChain &chain)
{
    std::optional<CredentialsResult> result;
    chain.get(this, [&result](const CredentialsResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test: no answer"));
    return *result;
}

void TestCredentialChain::writeFile(const QString &relative, const QByteArray &text)
{
    const QString path = m_home->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
}

QString TestCredentialChain::writeScript(const QString &name, const QByteArray &body)
{
    const QString path = m_home->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

void TestCredentialChain::writeSsoToken(const QString &cacheKeySource, const QDateTime &expiresAt)
{
    const QByteArray hash =
        QCryptographicHash::hash(cacheKeySource.toUtf8(), QCryptographicHash::Sha1).toHex();
    QJsonObject token{{QStringLiteral("accessToken"), kAccessToken},
                      {QStringLiteral("expiresAt"), isoUtc(expiresAt)},
                      {QStringLiteral("region"), QStringLiteral("eu-west-1")}};
    writeFile(u".aws/sso/cache/" + QString::fromLatin1(hash) + u".json",
              QJsonDocument(token).toJson());
}

QByteArray TestCredentialChain::processJson(const QDateTime &expiration) const
{
    QJsonObject json{{QStringLiteral("Version"), 1},
                     {QStringLiteral("AccessKeyId"), QStringLiteral("ASIAPROCESSEXAMPLE")},
                     {QStringLiteral("SecretAccessKey"), kSecret},
                     {QStringLiteral("SessionToken"), kToken}};
    if (expiration.isValid())
        json.insert(QStringLiteral("Expiration"), isoUtc(expiration));
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

// --- order and sources ---------------------------------------------------------------------

void TestCredentialChain::explicitCredentialsWin()
{
    CredentialChainSettings settings;
    settings.environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    settings.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kSecret);
    AwsCredentials given;
    given.accessKeyId = QStringLiteral("AKIDEXPLICIT");
    given.secretAccessKey = kSecret;
    settings.explicitCredentials = given;
    CredentialChain chain(settings);
    const CredentialsResult result = obtain(chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("AKIDEXPLICIT"));
    QVERIFY(!result->source.isEmpty());
}

void TestCredentialChain::environmentCredentials()
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    auto chain = makeChain({QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENVEXAMPLE"),
                            u"AWS_SECRET_ACCESS_KEY=" + kSecret, u"AWS_SESSION_TOKEN=" + kToken,
                            u"AWS_CREDENTIAL_EXPIRATION=" + isoUtc(expires),
                            QStringLiteral("AWS_ACCOUNT_ID=111122223333")});
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("AKIDENVEXAMPLE"));
    QCOMPARE(result->secretAccessKey, kSecret);
    QCOMPARE(result->sessionToken, kToken);
    QCOMPARE(result->source, QStringLiteral("environment"));
    QCOMPARE(result->accountId, QStringLiteral("111122223333"));
    QVERIFY(result->expiration);
    QCOMPARE(isoUtc(*result->expiration), isoUtc(expires));
}

void TestCredentialChain::environmentNeedsBothKeys()
{
    auto chain = makeChain({QStringLiteral("AWS_ACCESS_KEY_ID=AKIDONLY")});
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QVERIFY(result.error().message.contains(u"AWS_SECRET_ACCESS_KEY"));
}

void TestCredentialChain::environmentWinsOverAwsProfile()
{
    writeFile(QStringLiteral(".aws/credentials"),
              "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret-x\n");
    auto chain = makeChain({QStringLiteral("AWS_PROFILE=dev"),
                            QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENVEXAMPLE"),
                            u"AWS_SECRET_ACCESS_KEY=" + kSecret});
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->source, QStringLiteral("environment"));
}

void TestCredentialChain::explicitProfileSkipsEnvironment()
{
    writeFile(QStringLiteral(".aws/credentials"),
              "[dev]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret-x\n");
    auto chain = makeChain(
        {QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENVEXAMPLE"), u"AWS_SECRET_ACCESS_KEY=" + kSecret},
        QStringLiteral("dev"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("AKIDPROFILE"));
    QCOMPARE(result->source, QStringLiteral("profile dev"));
}

void TestCredentialChain::profileStaticKeys()
{
    // Keys may sit in either file; the credentials file wins, and keys beat credential_process.
    writeFile(QStringLiteral(".aws/config"),
              "[profile dev]\naws_access_key_id = AKIDCONFIG\n"
              "aws_secret_access_key = config-secret-x\ncredential_process = /bin/false\n");
    writeFile(QStringLiteral(".aws/credentials"),
              "[dev]\naws_access_key_id = AKIDCREDS\naws_session_token = " + kToken.toUtf8() +
                  "\n");
    auto chain = makeChain({}, QStringLiteral("dev"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("AKIDCREDS"));
    QCOMPARE(result->secretAccessKey, QStringLiteral("config-secret-x"));
    QCOMPARE(result->sessionToken, kToken);
    QCOMPARE(result->source, QStringLiteral("profile dev"));
    QVERIFY(!result->expiration);
}

void TestCredentialChain::nothingFound_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("no files") << QByteArray() << QString()
                              << QStringList{QStringLiteral("aws configure"),
                                             QStringLiteral("AWS_ACCESS_KEY_ID")};
    QTest::newRow("profile without keys")
        << QByteArray("[profile dev]\nregion = eu-west-1\n") << "dev"
        << QStringList{QStringLiteral("\"dev\""), QStringLiteral("aws configure --profile dev"),
                       QStringLiteral("aws configure sso --profile dev")};
    QTest::newRow("missing profile") << QByteArray("[default]\nregion = eu-west-1\n") << "prod"
                                     << QStringList{QStringLiteral("\"prod\" does not exist")};
    QTest::newRow("half a key pair")
        << QByteArray("[default]\naws_access_key_id = AKIDHALF\n") << QString()
        << QStringList{QStringLiteral("aws_secret_access_key")};
}

void TestCredentialChain::nothingFound()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, profile);
    QFETCH(QStringList, fragments);

    if (!config.isEmpty())
        writeFile(QStringLiteral(".aws/config"), config);
    auto chain = makeChain({}, profile);
    QSignalSpy failed(chain.get(), &CredentialChain::credentialsFailed);
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QCOMPARE(failed.size(), 1);
}

// --- credential_process --------------------------------------------------------------------

void TestCredentialChain::splitCommandLine_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QStringList>("words"); // empty: an error is expected

    QTest::newRow("plain") << "/usr/bin/get-creds --role personalize"
                           << QStringList{QStringLiteral("/usr/bin/get-creds"),
                                          QStringLiteral("--role"), QStringLiteral("personalize")};
    QTest::newRow("runs of spaces")
        << "  a \t b  " << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("single quotes")
        << "a 'b c' 'd\"e'"
        << QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d\"e")};
    QTest::newRow("double quotes with escapes")
        << R"(a "b \"c\" \\ \x")"
        << QStringList{QStringLiteral("a"), QStringLiteral(R"(b "c" \ \x)")};
    QTest::newRow("backslash escapes space")
        << R"(my\ tool x)" << QStringList{QStringLiteral("my tool"), QStringLiteral("x")};
    QTest::newRow("adjacent quoting joins") << R"(a"b"'c'd)" << QStringList{QStringLiteral("abcd")};
    QTest::newRow("empty quoted argument")
        << "a '' \"\"" << QStringList{QStringLiteral("a"), QString(), QString()};
    QTest::newRow("no shell expansion")
        << "echo $HOME *"
        << QStringList{QStringLiteral("echo"), QStringLiteral("$HOME"), QStringLiteral("*")};
    QTest::newRow("unclosed single quote") << "a 'b" << QStringList{};
    QTest::newRow("unclosed double quote") << "a \"b" << QStringList{};
    QTest::newRow("empty") << "   " << QStringList{};
}

void TestCredentialChain::splitCommandLine()
{
    QFETCH(QString, commandLine);
    QFETCH(QStringList, words);

    const Result<QStringList, QString> split = CredentialProcess::splitCommandLine(commandLine);
    if (words.isEmpty()) {
        QVERIFY(!split.ok());
        QVERIFY(!split.error().isEmpty());
    } else {
        QVERIFY2(split.ok(), split.ok() ? "" : qPrintable(split.error()));
        QCOMPARE(split.value(), words);
    }
}

void TestCredentialChain::parseProcessOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("fragment"); // empty: success expected

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QByteArray later = isoUtc(now.addSecs(3600)).toUtf8();
    const QByteArray earlier = isoUtc(now.addSecs(-60)).toUtf8();
    QTest::newRow("full") << QByteArray(
                                 R"({"Version":1,"AccessKeyId":"ASIAX","SecretAccessKey":")"
                                 "sk-1234567890\",\"SessionToken\":\"tok\",\"Expiration\":\"" +
                                 later + R"(","AccountId":"123"})")
                          << QString();
    QTest::newRow("long-term keys") << QByteArray(R"({"Version":1,"AccessKeyId":"AKIAX",)"
                                                  R"("SecretAccessKey":"sk"})")
                                    << QString();
    QTest::newRow("fractional seconds")
        << QByteArray(R"({"Version":1,"AccessKeyId":"A",)"
                      R"("SecretAccessKey":"s","Expiration":")" +
                      isoUtc(now.addDays(1)).chopped(1).toUtf8() + ".123Z\"}")
        << QString();
    QTest::newRow("not json") << QByteArray("AccessKeyId=AKIA") << "did not print a JSON object";
    QTest::newRow("array") << QByteArray("[1]") << "did not print a JSON object";
    QTest::newRow("version 2") << QByteArray(R"({"Version":2,"AccessKeyId":"A",)"
                                             R"("SecretAccessKey":"s"})")
                               << "a Version that is the number 2; only Version 1";
    QTest::newRow("version as string") << QByteArray(R"({"Version":"1","AccessKeyId":"A",)"
                                                     R"("SecretAccessKey":"s"})")
                                       << "only Version 1";
    QTest::newRow("no version") << QByteArray(R"({"AccessKeyId":"A","SecretAccessKey":"s"})")
                                << "only Version 1";
    QTest::newRow("no access key")
        << QByteArray(R"({"Version":1,"SecretAccessKey":"s"})") << "no AccessKeyId";
    QTest::newRow("no secret") << QByteArray(R"({"Version":1,"AccessKeyId":"A"})")
                               << "no SecretAccessKey";
    QTest::newRow("bad expiration")
        << QByteArray(R"({"Version":1,"AccessKeyId":"A",)"
                      R"("SecretAccessKey":"s","Expiration":"soon"})")
        << "printed the Expiration \"soon\", which is not a date and time. It must be an ISO "
           "8601 date and time in UTC, such as 2026-01-01T12:00:00Z.";
    QTest::newRow("numeric expiration")
        << QByteArray(R"({"Version":1,"AccessKeyId":"A",)"
                      R"("SecretAccessKey":"s","Expiration":1767225600})")
        << "printed an Expiration that is the number 1767225600, not a text. It must be an ISO "
           "8601 date and time in UTC, such as 2026-01-01T12:00:00Z.";
    QTest::newRow("version as secret-looking text")
        << QByteArray(R"({"Version":"wJalrXUtnFEMIversionTEXT","AccessKeyId":"A",)"
                      R"("SecretAccessKey":"s"})")
        << "printed a Version that is a text; only Version 1 (the number 1) is supported.";
    QTest::newRow("expired") << QByteArray(R"({"Version":1,"AccessKeyId":"A",)"
                                           R"("SecretAccessKey":"s","Expiration":")" +
                                           earlier + "\"}")
                             << "expired at";
}

void TestCredentialChain::parseProcessOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, fragment);

    const auto result = CredentialProcess::parseOutput(output, QStringLiteral("tool"));
    if (fragment.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        QCOMPARE(result->source, QStringLiteral("credential_process of profile tool"));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(u"\"tool\""));
        QVERIFY(!result.error().message.contains(u"versionTEXT"));
    }
}

void TestCredentialChain::processSuccess()
{
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(3600);
    const QString args = m_home->filePath(QStringLiteral("args.txt"));
    const QString script =
        writeScript(QStringLiteral("get-creds"), "printf '%s\\n' \"$@\" > '" + args.toUtf8() +
                                                     "'\n"
                                                     "printf '%s\\n' \"$MARKER\" >> '" +
                                                     args.toUtf8() +
                                                     "'\n"
                                                     "cat <<'EOF'\n" +
                                                     processJson(expires) + "\nEOF\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() +
                  " --role 'Personalize Operator' \"it's\"\n");
    auto chain = makeChain({QStringLiteral("MARKER=from-injected-env")}, QStringLiteral("tool"));
    QSignalSpy resolved(chain.get(), &CredentialChain::credentialsResolved);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIAPROCESSEXAMPLE"));
    QCOMPARE(result->secretAccessKey, kSecret);
    QCOMPARE(result->sessionToken, kToken);
    QCOMPARE(result->source, QStringLiteral("credential_process of profile tool"));
    QVERIFY(result->expiration);
    QCOMPARE(isoUtc(*result->expiration), isoUtc(expires));
    QCOMPARE(resolved.size(), 1);
    QVERIFY(!resolved.first().first().toString().contains(kSecret));

    QFile argsFile(args);
    QVERIFY(argsFile.open(QIODevice::ReadOnly));
    QCOMPARE(argsFile.readAll(),
             QByteArray("--role\nPersonalize Operator\nit's\nfrom-injected-env\n"));
}

void TestCredentialChain::processFailureShowsStderr()
{
    Redaction::registerSecret(kSecret);
    const QByteArray longTail(2000, 'z');
    const QString script = writeScript(QStringLiteral("fail"),
                                       "echo '  Token for tool has expired; leaked " +
                                           kSecret.toUtf8() + " " + longTail + "  ' >&2\nexit 3\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QVERIFY2(message.contains(u"exit code 3"), qPrintable(message));
    QVERIFY2(message.contains(u"It said: Token for tool has expired"), qPrintable(message));
    QVERIFY(!message.contains(kSecret));
    QVERIFY(message.contains(u"<redacted>"));
    QVERIFY2(message.size() < 800, qPrintable(QString::number(message.size())));
}

void TestCredentialChain::processFailureHidesTheEnvironmentsSecrets()
{
    // Keys in the environment that this profile does not use are still secrets: the command
    // inherits them, and what it echoes is quoted to the user. Values no other test registers.
    const QString secret = QStringLiteral("envOnlySECRETnotUsedByTheProfile/abcdef+0123");
    const QString token = QStringLiteral("envOnlyTOKENnotUsedByTheProfile/ghijkl+456789");
    const QString script = writeScript(
        QStringLiteral("echo-env"),
        "echo \"refresh failed with key $AWS_SECRET_ACCESS_KEY token $AWS_SESSION_TOKEN\" >&2\n"
        "exit 2\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENVIRONMENTONLY01"),
                            u"AWS_SECRET_ACCESS_KEY=" + secret, u"AWS_SESSION_TOKEN=" + token},
                           QStringLiteral("tool"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY(message.contains(u"It said: refresh failed with key <redacted> token <redacted>"));
    QVERIFY(!message.contains(secret));
    QVERIFY(!message.contains(token));
}

void TestCredentialChain::processBadOutput()
{
    const QString script = writeScript(QStringLiteral("v2"), "echo '{\"Version\": 2}'\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"only Version 1"),
             qPrintable(result.error().message));
}

void TestCredentialChain::processNotFound()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = /nonexistent/get-creds --x\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"could not be started"),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"/nonexistent/get-creds"));

    writeFile(QStringLiteral(".aws/config"), "[profile tool]\ncredential_process = 'unclosed\n");
    auto broken = makeChain({}, QStringLiteral("tool"));
    const CredentialsResult quoted = obtain(*broken);
    QVERIFY(!quoted.ok());
    QVERIFY2(quoted.error().message.contains(u"not closed"), qPrintable(quoted.error().message));
}

void TestCredentialChain::processTimeout()
{
    m_processTimeout = 300ms;
    const QString script = writeScript(QStringLiteral("hang"), "exec sleep 30\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    QElapsedTimer timer;
    timer.start();
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"did not finish within 0.3 seconds"),
             qPrintable(result.error().message));
    QVERIFY(timer.elapsed() < 10000);
}

namespace {
// Whether a process is gone; a zombie left for a parent that never reaps counts as gone.
bool processIsGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z";
}
} // namespace

void TestCredentialChain::processTimeoutStopsWhatItStarted()
{
    if (!QFile::exists(QStringLiteral("/proc/self/stat")))
        QSKIP("needs /proc to see whether a process is running");
    m_processTimeout = 500ms;
    const QString pidFile = m_home->filePath(QStringLiteral("child.pid"));
    // The helper starts a child that would outlive it, then hangs.
    const QString script =
        writeScript(QStringLiteral("forks"),
                    "sleep 300 &\necho $! > '" + pidFile.toUtf8() + "'\nexec sleep 300\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"did not finish within 0.5 seconds"),
             qPrintable(result.error().message));
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const qint64 child = file.readAll().trimmed().toLongLong();
    QVERIFY(child > 0);
    QTRY_VERIFY2_WITH_TIMEOUT(processIsGone(child), "the helper's child was left running", 5000);
}

void TestCredentialChain::processOutputIsCapped_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("endless output") << QByteArray("exec yes '{\"Version\": 1}'\n")
                                    << "printed more than 64 KiB, far more than credentials take";
    QTest::newRow("endless error output")
        << QByteArray("exec yes 'something went wrong' >&2\n")
        << "wrote more than 64 KiB of error messages and was stopped";
}

void TestCredentialChain::processOutputIsCapped()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, fragment);
    const QString script = writeScript(QStringLiteral("floods"), body);
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    QElapsedTimer timer;
    timer.start();
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"\"tool\""));
    QVERIFY2(timer.elapsed() < 10000, "the helper was not stopped when it exceeded the cap");
}

void TestCredentialChain::versionErrorRegistersSecretsFirst()
{
    const QString secret = QStringLiteral("versionTwoSECRETkey0123456789abcdef");
    const QString token = QStringLiteral("versionTwoSESSIONtoken0123456789abcdef");
    const QByteArray output = R"({"Version":2,"AccessKeyId":"ASIAX","SecretAccessKey":")" +
                              secret.toUtf8() + R"(","SessionToken":")" + token.toUtf8() + "\"}";
    const auto result = CredentialProcess::parseOutput(output, QStringLiteral("tool"));
    QVERIFY(!result.ok());
    // Whatever is later logged about this output is masked, although it was refused.
    QCOMPARE(Redaction::redact(u"seen: " + secret + u' ' + token),
             QStringLiteral("seen: <redacted> <redacted>"));
}

void TestCredentialChain::failureIsReportedOnce()
{
    const QByteArray marker = "helper-error-marker-7f3a";
    const QString script =
        writeScript(QStringLiteral("fails"), "echo '" + marker + "' >&2\nexit 5\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    QSignalSpy failed(chain.get(), &CredentialChain::credentialsFailed);
    const qsizetype logStart = capturedMessages.size();
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    // The error reaches the caller (who shows it) and nowhere else: with every category on,
    // no log line repeats it.
    QCOMPARE(result.error().message.count(QString::fromLatin1(marker)), 1);
    QCOMPARE(failed.size(), 1);
    const QString logged = capturedMessages.mid(logStart).join(u'\n');
    QVERIFY2(!logged.contains(QString::fromLatin1(marker)), qPrintable(logged));
    QVERIFY2(logged.contains(u"No credentials for profile tool"), qPrintable(logged));
}

void TestCredentialChain::processRefreshesBeforeExpiry()
{
    // Credentials that expire within the 5-minute margin are fetched again on the next use;
    // ones that expire later are served from the cache.
    const QString counter = m_home->filePath(QStringLiteral("runs"));
    for (const int minutes : {4, 60}) {
        QFile::remove(counter);
        const QString script = writeScript(
            QStringLiteral("counted"),
            "echo run >> '" + counter.toUtf8() + "'\ncat <<'EOF'\n" +
                processJson(QDateTime::currentDateTimeUtc().addSecs(minutes * 60)) + "\nEOF\n");
        writeFile(QStringLiteral(".aws/config"),
                  "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
        auto chain = makeChain({}, QStringLiteral("tool"));
        QVERIFY(obtain(*chain).ok());
        QVERIFY(obtain(*chain).ok());
        QVERIFY(obtain(*chain).ok());
        QFile runs(counter);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        QCOMPARE(runs.readAll().count("run"), minutes == 4 ? 3 : 1);
    }
}

void TestCredentialChain::failedRefreshKeepsValidCredentials()
{
    // First run succeeds with credentials inside the refresh margin, later runs fail: the chain
    // keeps serving the old credentials until they really expire.
    const QString marker = m_home->filePath(QStringLiteral("ran-once"));
    const QString script =
        writeScript(QStringLiteral("flaky"),
                    "if [ -e '" + marker.toUtf8() +
                        "' ]; then echo 'service down' >&2; exit 1; fi\n"
                        "touch '" +
                        marker.toUtf8() + "'\ncat <<'EOF'\n" +
                        processJson(QDateTime::currentDateTimeUtc().addSecs(120)) + "\nEOF\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    const CredentialsResult first = obtain(*chain);
    QVERIFY2(first.ok(), qPrintable(errorText(first)));
    const CredentialsResult second = obtain(*chain);
    QVERIFY2(second.ok(), qPrintable(errorText(second)));
    QCOMPARE(second->accessKeyId, first->accessKeyId);

    // After invalidate() nothing valid is cached, so the failure comes through.
    chain->invalidate();
    const CredentialsResult third = obtain(*chain);
    QVERIFY(!third.ok());
    QVERIFY(third.error().message.contains(u"service down"));
}

void TestCredentialChain::invalidateRunsAgain()
{
    const QString counter = m_home->filePath(QStringLiteral("runs"));
    const QString script =
        writeScript(QStringLiteral("counted"), "echo run >> '" + counter.toUtf8() +
                                                   "'\ncat <<'EOF'\n" + processJson() + "\nEOF\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    QVERIFY(obtain(*chain).ok());
    QVERIFY(chain->cachedCredentials());
    QVERIFY(obtain(*chain).ok());
    chain->invalidate();
    QVERIFY(!chain->cachedCredentials());
    QVERIFY(obtain(*chain).ok());
    QFile runs(counter);
    QVERIFY(runs.open(QIODevice::ReadOnly));
    QCOMPARE(runs.readAll().count("run"), 2);
}

// --- delivery ------------------------------------------------------------------------------

void TestCredentialChain::callbackIsAlwaysQueued()
{
    auto chain = makeChain(
        {QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENVEXAMPLE"), u"AWS_SECRET_ACCESS_KEY=" + kSecret});
    for (int round = 0; round < 2; ++round) { // resolving, then from the cache
        bool called = false;
        chain->get(this, [&called](const CredentialsResult &) { called = true; });
        QVERIFY(!called);
        QTRY_VERIFY(called);
    }
}

void TestCredentialChain::deadContextIsNotCalled()
{
    auto chain = makeChain(
        {QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENVEXAMPLE"), u"AWS_SECRET_ACCESS_KEY=" + kSecret});
    int calls = 0;
    auto context = std::make_unique<QObject>();
    chain->get(context.get(), [&calls](const CredentialsResult &) { ++calls; });
    context.reset();
    QTest::qWait(50);
    QCOMPARE(calls, 0);

    // Also while a credential_process is still running.
    const QString script =
        writeScript(QStringLiteral("slow"), "sleep 0.2\ncat <<'EOF'\n" + processJson() + "\nEOF\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto slowChain = makeChain({}, QStringLiteral("tool"));
    context = std::make_unique<QObject>();
    chain->get(context.get(), [&calls](const CredentialsResult &) { ++calls; });
    slowChain->get(context.get(), [&calls](const CredentialsResult &) { ++calls; });
    context.reset();
    QSignalSpy resolved(slowChain.get(), &CredentialChain::credentialsResolved);
    QVERIFY(resolved.wait(10000));
    QTest::qWait(50);
    QCOMPARE(calls, 0);
}

void TestCredentialChain::concurrentRequestsShareOneRun()
{
    const QString counter = m_home->filePath(QStringLiteral("runs"));
    const QString script = writeScript(
        QStringLiteral("counted"), "echo run >> '" + counter.toUtf8() +
                                       "'\nsleep 0.2\ncat <<'EOF'\n" + processJson() + "\nEOF\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() + "\n");
    auto chain = makeChain({}, QStringLiteral("tool"));
    int answers = 0;
    for (int i = 0; i < 3; ++i) {
        chain->get(this, [&answers](const CredentialsResult &result) {
            QVERIFY(result.ok());
            ++answers;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(answers, 3, 10000);
    QFile runs(counter);
    QVERIFY(runs.open(QIODevice::ReadOnly));
    QCOMPARE(runs.readAll().count("run"), 1);
}

void TestCredentialChain::worksAsCredentialsSource()
{
    auto chain = makeChain(
        {QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENVEXAMPLE"), u"AWS_SECRET_ACCESS_KEY=" + kSecret});
    // The shape AwsClient::CredentialsSource expects.
    std::function<void(QObject *, std::function<void(const Result<AwsCredentials, AwsError> &)>)>
        source = chain->source();
    std::optional<CredentialsResult> result;
    source(this, [&result](const CredentialsResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());

    // Once the chain is gone, the source answers with an error instead of crashing.
    chain.reset();
    result.reset();
    source(this, [&result](const CredentialsResult &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->ok());
}

// --- IAM Identity Center -------------------------------------------------------------------

namespace {
QByteArray roleCredentialsJson(qint64 expirationMs)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("roleCredentials"),
                    QJsonObject{{QStringLiteral("accessKeyId"), QStringLiteral("ASIASSOEXAMPLE")},
                                {QStringLiteral("secretAccessKey"), kSsoSecret},
                                {QStringLiteral("sessionToken"), kSsoToken},
                                {QStringLiteral("expiration"), double(expirationMs)}}}})
        .toJson(QJsonDocument::Compact);
}

const QByteArray kSessionConfig = "[profile dev]\n"
                                  "sso_session = my-sso\n"
                                  "sso_account_id = 111122223333\n"
                                  "sso_role_name = PersonalizeOperator\n"
                                  "region = eu-west-1\n"
                                  "[sso-session my-sso]\n"
                                  "sso_start_url = https://example.awsapps.com/start\n"
                                  "sso_region = eu-west-1\n"
                                  "sso_registration_scopes = sso:account:access\n";
} // namespace

void TestCredentialChain::ssoSession()
{
    writeFile(QStringLiteral(".aws/config"), kSessionConfig);
    // The cache file is named after the session, not the start URL.
    writeSsoToken(QStringLiteral("my-sso"), QDateTime::currentDateTimeUtc().addSecs(3600));
    const qint64 expirationMs = (QDateTime::currentSecsSinceEpoch() + 3600) * 1000 + 250;
    m_portal->enqueue(ScriptedResponse::json(200, roleCredentialsJson(expirationMs)));

    auto chain = makeChain({}, QStringLiteral("dev"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIASSOEXAMPLE"));
    QCOMPARE(result->secretAccessKey, kSsoSecret);
    QCOMPARE(result->sessionToken, kSsoToken);
    QCOMPARE(result->accountId, QStringLiteral("111122223333"));
    QCOMPARE(result->source, QStringLiteral("SSO profile dev"));
    QVERIFY(result->expiration);
    QCOMPARE(result->expiration->toMSecsSinceEpoch(), expirationMs);

    QCOMPARE(m_portal->requests().size(), 1);
    const ReceivedRequest &request = m_portal->requests().first();
    QCOMPARE(request.method, QByteArray("GET"));
    const QUrl target(QString::fromLatin1(request.target));
    QCOMPARE(target.path(), QStringLiteral("/federation/credentials"));
    const QUrlQuery query(target);
    QCOMPARE(query.queryItemValue(QStringLiteral("role_name")),
             QStringLiteral("PersonalizeOperator"));
    QCOMPARE(query.queryItemValue(QStringLiteral("account_id")), QStringLiteral("111122223333"));
    QCOMPARE(request.header("x-amz-sso_bearer_token"), kAccessToken.toUtf8());

    // Cached afterwards: no second request.
    QVERIFY(obtain(*chain).ok());
    QCOMPARE(m_portal->requests().size(), 1);
}

void TestCredentialChain::ssoLegacyProfile()
{
    writeFile(QStringLiteral(".aws/config"), "[profile legacy]\n"
                                             "sso_start_url = https://legacy.awsapps.com/start\n"
                                             "sso_region = us-east-1\n"
                                             "sso_account_id = 444455556666\n"
                                             "sso_role_name = ReadOnly\n");
    writeSsoToken(QStringLiteral("https://legacy.awsapps.com/start"),
                  QDateTime::currentDateTimeUtc().addSecs(600));
    m_portal->enqueue(ScriptedResponse::json(
        200, roleCredentialsJson((QDateTime::currentSecsSinceEpoch() + 3600) * 1000)));
    auto chain = makeChain({}, QStringLiteral("legacy"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->source, QStringLiteral("SSO profile legacy"));
    QVERIFY(m_portal->requests().first().target.contains("account_id=444455556666"));
}

void TestCredentialChain::ssoPortalFromEnvironment()
{
    writeFile(QStringLiteral(".aws/config"), kSessionConfig);
    writeSsoToken(QStringLiteral("my-sso"), QDateTime::currentDateTimeUtc().addSecs(3600));
    m_portal->enqueue(ScriptedResponse::json(
        200, roleCredentialsJson((QDateTime::currentSecsSinceEpoch() + 3600) * 1000)));
    CredentialChainSettings settings;
    settings.environment.insert(QStringLiteral("IMPORTDESK_SSO_PORTAL_URL"),
                                m_portal->url().toString());
    settings.config = SharedConfig::load(settings.environment, m_home->path());
    settings.profile = QStringLiteral("dev");
    settings.network = m_network.get();
    CredentialChain chain(settings);
    const CredentialsResult result = obtain(chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(m_portal->requests().size(), 1);

    // Without an override the real portal of the profile's region is used.
    SsoCredentials sso(m_network.get());
    QCOMPARE(sso.portalUrl(QStringLiteral("eu-west-1")),
             QUrl(QStringLiteral("https://portal.sso.eu-west-1.amazonaws.com")));
}

void TestCredentialChain::ssoMissingToken()
{
    writeFile(QStringLiteral(".aws/config"), kSessionConfig);
    auto chain = makeChain({}, QStringLiteral("dev"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QVERIFY2(result.error().message.contains(u"aws sso login --profile dev"),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"not signed in"));
    QCOMPARE(m_portal->requests().size(), 0);
}

void TestCredentialChain::ssoExpiredToken()
{
    writeFile(QStringLiteral(".aws/config"), kSessionConfig);
    writeSsoToken(QStringLiteral("my-sso"), QDateTime::currentDateTimeUtc().addSecs(-10));
    auto chain = makeChain({}, QStringLiteral("dev"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"expired"), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"aws sso login --profile dev"));
    QCOMPARE(m_portal->requests().size(), 0);
}

void TestCredentialChain::ssoUnauthorized()
{
    writeFile(QStringLiteral(".aws/config"), kSessionConfig);
    writeSsoToken(QStringLiteral("my-sso"), QDateTime::currentDateTimeUtc().addSecs(3600));
    m_portal->enqueue(
        ScriptedResponse::json(401, R"({"message":"Session token not found or invalid"})"));
    auto chain = makeChain({}, QStringLiteral("dev"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QVERIFY2(result.error().message.contains(u"aws sso login --profile dev"),
             qPrintable(result.error().message));

    // Other refusals name the settings to check.
    m_portal->enqueue(ScriptedResponse::json(404, R"({"message":"No access"})"));
    chain->invalidate();
    const CredentialsResult notFound = obtain(*chain);
    QVERIFY(!notFound.ok());
    QVERIFY2(notFound.error().message.contains(u"HTTP 404"), qPrintable(notFound.error().message));
    QVERIFY(notFound.error().message.contains(u"No access"));
    QVERIFY(notFound.error().message.contains(u"sso_role_name"));
}

void TestCredentialChain::ssoPortalMustBeSafe_data()
{
    QTest::addColumn<bool>("fromEnvironment");
    QTest::addColumn<QString>("portal");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("plain http to another computer, environment")
        << true << "http://portal.example.com"
        << "only over HTTPS";
    QTest::newRow("plain http to another computer, setter") << false << "http://192.0.2.1:8080/"
                                                            << "only over HTTPS";
    QTest::newRow("not a URL") << true << "portal example"
                               << "not a valid URL";
    QTest::newRow("user info") << true << "https://u:p@portal.example.com"
                               << "contains a user name or password";
}

void TestCredentialChain::ssoPortalMustBeSafe()
{
    QFETCH(bool, fromEnvironment);
    QFETCH(QString, portal);
    QFETCH(QString, fragment);
    writeFile(QStringLiteral(".aws/config"), kSessionConfig);
    writeSsoToken(QStringLiteral("my-sso"), QDateTime::currentDateTimeUtc().addSecs(3600));
    CredentialChainSettings settings;
    if (fromEnvironment)
        settings.environment.insert(QStringLiteral("IMPORTDESK_SSO_PORTAL_URL"), portal);
    else
        settings.ssoPortalUrl = QUrl(portal);
    settings.config = SharedConfig::load(settings.environment, m_home->path());
    settings.profile = QStringLiteral("dev");
    settings.network = m_network.get();
    CredentialChain chain(settings);
    const CredentialsResult result = obtain(chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"\"dev\""));
    QVERIFY(!result.error().message.contains(u"u:p"));
}

void TestCredentialChain::ssoCacheMustBeARegularFile()
{
    writeFile(QStringLiteral(".aws/config"), kSessionConfig);
    const QByteArray hash =
        QCryptographicHash::hash(QByteArray("my-sso"), QCryptographicHash::Sha1).toHex();
    const QString cacheFile =
        m_home->filePath(u".aws/sso/cache/" + QString::fromLatin1(hash) + u".json");
    QVERIFY(QDir().mkpath(cacheFile)); // a folder where the file should be
    auto chain = makeChain({}, QStringLiteral("dev"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"is not a regular file"),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"aws sso login --profile dev"));
    QCOMPARE(m_portal->requests().size(), 0);
}

void TestCredentialChain::ssoAnswerIsCapped()
{
    writeFile(QStringLiteral(".aws/config"), kSessionConfig);
    writeSsoToken(QStringLiteral("my-sso"), QDateTime::currentDateTimeUtc().addSecs(3600));
    m_portal->setFallback(ScriptedResponse::streamed(200, 64 * 1024 * 1024));
    auto chain = makeChain({}, QStringLiteral("dev"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"larger than 1 MiB"),
             qPrintable(result.error().message));
    QTRY_COMPARE(m_portal->openConnections(), 0);
    QVERIFY(m_portal->streamedBytes() < 16 * 1024 * 1024);
}

void TestCredentialChain::ssoConfigErrors_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("missing session section")
        << QByteArray("[profile dev]\nsso_session = gone\nsso_account_id = 1\nsso_role_name = r\n")
        << "[sso-session gone]";
    QTest::newRow("inconsistent start url")
        << QByteArray("[profile dev]\nsso_session = s\nsso_account_id = 1\nsso_role_name = r\n"
                      "sso_start_url = https://a.example/start\n"
                      "[sso-session s]\nsso_start_url = https://b.example/start\n"
                      "sso_region = us-east-1\n")
        << "sso_start_url differs";
    QTest::newRow("session without region")
        << QByteArray("[profile dev]\nsso_session = s\nsso_account_id = 1\nsso_role_name = r\n"
                      "[sso-session s]\nsso_start_url = https://a.example/start\n")
        << "lack sso_region";
    QTest::newRow("legacy without role")
        << QByteArray("[profile dev]\nsso_start_url = https://a.example/start\n"
                      "sso_region = us-east-1\nsso_account_id = 1\n")
        << "lack sso_role_name";
}

void TestCredentialChain::ssoConfigErrors()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, fragment);
    writeFile(QStringLiteral(".aws/config"), config);
    auto chain = makeChain({}, QStringLiteral("dev"));
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"\"dev\""));
}

// --- logs ----------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// AssumeRole

namespace {

const QByteArray kBaseCredentials = "[base]\naws_access_key_id = AKIDBASE\n"
                                    "aws_secret_access_key = " +
                                    kBaseSecret.toUtf8() + "\n";

QStringList stsEnvironment(const ScriptedHttpServer &sts)
{
    return {QStringLiteral("AWS_ENDPOINT_URL_STS=") + sts.url().toString()};
}

ScriptedResponse stsError(int status, const QByteArray &code, const QByteArray &message)
{
    ScriptedResponse response;
    response.status = status;
    response.headers = {{"Content-Type", "text/xml"}};
    response.body = "<ErrorResponse><Error><Type>Sender</Type><Code>" + code + "</Code><Message>" +
                    message + "</Message></Error><RequestId>sts-err</RequestId></ErrorResponse>";
    return response;
}

} // namespace

void TestCredentialChain::startSts()
{
    m_sts = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_sts->listen());
    m_stsKeys = {{QStringLiteral("AKIDBASE"), kBaseSecret},
                 {QStringLiteral("AKIDENVIRONMENT"), kSecret}};
    // A small STS: it accepts only requests signed for sts with a key it knows (the base keys,
    // or the credentials it handed out itself), and answers AssumeRole.
    m_sts->setHandler([this](const ReceivedRequest &request) {
        const QUrlQuery form(QString::fromLatin1(request.body));
        const QString action = form.queryItemValue(QStringLiteral("Action"));
        if (action == u"AssumeRoleWithWebIdentity") {
            // Not signed: the token is the proof. An unsigned request is all it accepts.
            if (!request.header("Authorization").isEmpty())
                return stsError(400, "InvalidParameterValue", "Signed web identity call.");
            const QString token =
                form.queryItemValue(QStringLiteral("WebIdentityToken"), QUrl::FullyDecoded);
            if (token.isEmpty())
                return stsError(400, "InvalidIdentityToken", "No token.");
            m_webTokens.append(token);
            m_stsSigners.append(QStringLiteral("unsigned"));
            m_stsSigningRegions.append(QString());
            return stsCredentials(form, action);
        }
        SigV4::Request signable;
        signable.method = request.method;
        signable.path = request.target;
        signable.headers = request.headers;
        signable.body = request.body;
        const auto authorization = SigV4::parseAuthorization(request.header("Authorization"));
        if (!authorization || !m_stsKeys.contains(authorization->accessKeyId))
            return stsError(403, "InvalidClientTokenId", "The security token is invalid.");
        QString why;
        if (authorization->service != u"sts" ||
            !SigV4::verify(signable, m_stsKeys.value(authorization->accessKeyId).toUtf8(), &why))
            return stsError(403, "SignatureDoesNotMatch", why.toUtf8());
        m_stsSigners.append(authorization->accessKeyId);
        m_stsSigningRegions.append(authorization->region);
        if (action != u"AssumeRole")
            return stsError(400, "InvalidAction", "Unknown action.");
        return stsCredentials(form, action);
    });
}

ScriptedResponse TestCredentialChain::stsCredentials(const QUrlQuery &form, const QString &action)
{
    const QString role =
        form.queryItemValue(QStringLiteral("RoleArn"), QUrl::FullyDecoded).section(u'/', -1);
    const QString serial = QString::number(m_stsSigners.size());
    const QString keyId = QStringLiteral("ASIA") + role.toUpper() + serial;
    const QString secret = kRoleSecretPrefix + role + serial + QStringLiteral("abcdefghij");
    const QString token = kRoleTokenPrefix + role + serial + QStringLiteral("0123456789");
    m_stsKeys.insert(keyId, secret);
    const QString expiration = QDateTime::currentDateTimeUtc()
                                   .addSecs(m_stsLifetimeByRole.value(role, m_stsLifetimeSeconds))
                                   .toString(Qt::ISODate);
    ScriptedResponse response;
    response.headers = {{"Content-Type", "text/xml"}, {"x-amzn-RequestId", "sts-ok"}};
    response.body =
        QStringLiteral("<%6Response xmlns=\"https://sts.amazonaws.com/doc/"
                       "2011-06-15/\"><%6Result><AssumedRoleUser><Arn>"
                       "arn:aws:sts::111122223333:assumed-role/%1/s</Arn></AssumedRoleUser>"
                       "<Credentials><AccessKeyId>%2</AccessKeyId><SecretAccessKey>%3"
                       "</SecretAccessKey><SessionToken>%4</SessionToken><Expiration>%5"
                       "</Expiration></Credentials></%6Result></%6Response>")
            .arg(role, keyId, secret, token, expiration, action)
            .toUtf8();
    return response;
}

QList<QUrlQuery> TestCredentialChain::stsCalls() const
{
    QList<QUrlQuery> calls;
    for (const ReceivedRequest &request : m_sts->requests())
        calls.append(QUrlQuery(QString::fromLatin1(request.body)));
    return calls;
}

void TestCredentialChain::assumeRoleWithSourceProfile()
{
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile assumed]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
              "source_profile = base\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("assumed"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIAOPERATOR1"));
    QVERIFY(result->secretAccessKey.startsWith(kRoleSecretPrefix));
    QVERIFY(result->sessionToken.startsWith(kRoleTokenPrefix));
    QVERIFY(result->expiration);
    QCOMPARE(result->accountId, QStringLiteral("111122223333"));
    QCOMPARE(result->source,
             QStringLiteral("profile assumed (role arn:aws:iam::111122223333:role/Operator)"));

    QCOMPARE(m_stsSigners, QStringList{QStringLiteral("AKIDBASE")});
    // No region anywhere: STS in us-east-1, as the AWS CLI does.
    QCOMPARE(m_stsSigningRegions, QStringList{QStringLiteral("us-east-1")});
    const QUrlQuery form = stsCalls().first();
    QCOMPARE(form.queryItemValue(QStringLiteral("Version")), QStringLiteral("2011-06-15"));
    QCOMPARE(form.queryItemValue(QStringLiteral("RoleArn"), QUrl::FullyDecoded),
             QStringLiteral("arn:aws:iam::111122223333:role/Operator"));
    const QString sessionName = form.queryItemValue(QStringLiteral("RoleSessionName"));
    QVERIFY2(sessionName.startsWith(u"importdesk-"), qPrintable(sessionName));
    QVERIFY(qAbs(sessionName.mid(11).toLongLong() - QDateTime::currentSecsSinceEpoch()) < 600);
    for (const char *absent : {"ExternalId", "DurationSeconds", "SerialNumber", "TokenCode"})
        QVERIFY(!form.hasQueryItem(QString::fromLatin1(absent)));
}

void TestCredentialChain::assumeRoleSendsProfileSettings()
{
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile assumed]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
              "source_profile = base\nrole_session_name = ops@example.com+night run\n"
              "external_id = a&b=c/d%e\nduration_seconds = 43200\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("assumed"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    const QByteArray body = m_sts->requests().first().body;
    QVERIFY2(body.contains("&RoleSessionName=ops%40example.com%2Bnight%20run&"), body.data());
    QVERIFY2(body.contains("&ExternalId=a%26b%3Dc%2Fd%25e"), body.data());
    QVERIFY2(body.contains("&DurationSeconds=43200"), body.data());
}

void TestCredentialChain::roleChainOfTwoRoles()
{
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile hop]\nrole_arn = arn:aws:iam::111122223333:role/Hop\n"
              "source_profile = base\n"
              "[profile target]\nrole_arn = arn:aws:iam::444455556666:role/Target\n"
              "source_profile = hop\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("target"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIATARGET2"));
    // The first role is assumed with the base keys, the second with the first role's.
    QCOMPARE(m_stsSigners, (QStringList{QStringLiteral("AKIDBASE"), QStringLiteral("ASIAHOP1")}));
    const QList<QUrlQuery> calls = stsCalls();
    QCOMPARE(calls.size(), 2);
    QVERIFY(calls.at(0).queryItemValue(QStringLiteral("RoleArn")).endsWith(u"Hop"));
    QVERIFY(calls.at(1).queryItemValue(QStringLiteral("RoleArn")).endsWith(u"Target"));
}

void TestCredentialChain::sourceProfileMayNameItself()
{
    // As in the AWS CLI: a profile with keys may be the source of its own role.
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile base]\nrole_arn = arn:aws:iam::111122223333:role/Self\n"
              "source_profile = base\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("base"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIASELF1"));
    QCOMPARE(m_stsSigners, QStringList{QStringLiteral("AKIDBASE")});
}

void TestCredentialChain::roleSourceWithCredentialProcess()
{
    m_stsKeys.insert(QStringLiteral("ASIAPROCESSEXAMPLE"), kSecret);
    const QString script =
        writeScript(QStringLiteral("source"), "cat <<'EOF'\n" + processJson() + "\nEOF\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile tool]\ncredential_process = " + script.toUtf8() +
                  "\n[profile assumed]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
                  "source_profile = tool\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("assumed"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(m_stsSigners, QStringList{QStringLiteral("ASIAPROCESSEXAMPLE")});
    // The source's session token goes with the request.
    QCOMPARE(m_sts->requests().first().header("X-Amz-Security-Token"), kToken.toUtf8());
}

void TestCredentialChain::roleCycleIsNamed()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile a]\nrole_arn = arn:aws:iam::111122223333:role/A\nsource_profile = b\n"
              "[profile b]\nrole_arn = arn:aws:iam::111122223333:role/B\nsource_profile = c\n"
              "[profile c]\nrole_arn = arn:aws:iam::111122223333:role/C\nsource_profile = a\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("a"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QVERIFY2(result.error().message.contains(u"\"a\" → \"b\" → \"c\" → \"a\""),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"loop"));
    QVERIFY(m_sts->requests().isEmpty());
}

void TestCredentialChain::credentialSourceEnvironment()
{
    writeFile(QStringLiteral(".aws/config"),
              "[profile fromenv]\nrole_arn = arn:aws:iam::111122223333:role/Env\n"
              "credential_source = Environment\n");
    QStringList env = stsEnvironment(*m_sts);
    env << QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENVIRONMENT")
        << QStringLiteral("AWS_SECRET_ACCESS_KEY=") + kSecret;
    auto chain = makeChain(env, QStringLiteral("fromenv"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIAENV1"));
    QCOMPARE(m_stsSigners, QStringList{QStringLiteral("AKIDENVIRONMENT")});

    // Without keys in the environment, the message says which variables are missing.
    auto without = makeChain(stsEnvironment(*m_sts), QStringLiteral("fromenv"), true);
    const CredentialsResult missing = obtain(*without);
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(u"AWS_ACCESS_KEY_ID"),
             qPrintable(missing.error().message));
    QVERIFY(missing.error().message.contains(u"credential_source = Environment"));
}

void TestCredentialChain::roleConfigErrors_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("fragments");
    const QByteArray role = "[profile r]\nrole_arn = arn:aws:iam::111122223333:role/R\n";

    QTest::newRow("instance metadata")
        << QByteArray(role + "credential_source = Ec2InstanceMetadata\n")
        << QStringList{QStringLiteral("\"r\""), QStringLiteral("Ec2InstanceMetadata"),
                       QStringLiteral("never contacts"), QStringLiteral("source_profile")};
    QTest::newRow("container") << QByteArray(role + "credential_source = EcsContainer\n")
                               << QStringList{QStringLiteral("EcsContainer"),
                                              QStringLiteral("never contacts")};
    QTest::newRow("unknown source")
        << QByteArray(role + "credential_source = Laptop\n")
        << QStringList{QStringLiteral("Laptop"), QStringLiteral("not a known source"),
                       QStringLiteral("Environment")};
    QTest::newRow("both sources")
        << QByteArray(role + "source_profile = base\ncredential_source = Environment\n")
        << QStringList{QStringLiteral("both source_profile and credential_source"),
                       QStringLiteral("Keep one")};
    QTest::newRow("no source") << role
                               << QStringList{
                                      QStringLiteral("no source_profile or credential_source")};
    QTest::newRow("missing source profile")
        << QByteArray(role + "source_profile = nowhere\n")
        << QStringList{QStringLiteral("\"nowhere\""), QStringLiteral("no such profile")};
    QTest::newRow("empty source profile")
        << QByteArray(role + "source_profile = empty\n[profile empty]\nregion = eu-west-1\n")
        << QStringList{QStringLiteral("\"empty\", the source_profile of \"r\""),
                       QStringLiteral("holds no credentials")};
    QTest::newRow("source_profile without role")
        << QByteArray("[profile r]\nsource_profile = base\n")
        << QStringList{QStringLiteral("source_profile but no role_arn")};
    for (const char *duration : {"899", "43201", "1h", "-900"}) {
        QTest::addRow("duration %s", duration)
            << QByteArray(role + "source_profile = base\nduration_seconds = " + duration + "\n")
            << QStringList{
                   QStringLiteral("duration_seconds to \"%1\"").arg(QLatin1String(duration)),
                   QStringLiteral("900 seconds"), QStringLiteral("43200 seconds")};
    }
}

void TestCredentialChain::roleConfigErrors()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, fragments);
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"), config);
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("r"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    for (const QString &fragment : fragments)
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QVERIFY(m_sts->requests().isEmpty());
}

void TestCredentialChain::mfaCodeFromProvider()
{
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile mfa]\nrole_arn = arn:aws:iam::111122223333:role/Mfa\n"
              "source_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/ops\n");
    QStringList asked;
    m_adjustSettings = [&asked](CredentialChainSettings &settings) {
        settings.mfaCodeProvider = [&asked](const QString &profile, const QString &serial,
                                            std::function<void(std::optional<QString>)> answer) {
            asked << profile + u' ' + serial;
            // Answered later, as a dialog or a terminal prompt would.
            QTimer::singleShot(0, [answer] { answer(kMfaCode); });
        };
    };
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("mfa"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(asked, QStringList{QStringLiteral("mfa arn:aws:iam::111122223333:mfa/ops")});
    const QUrlQuery form = stsCalls().first();
    QCOMPARE(form.queryItemValue(QStringLiteral("SerialNumber"), QUrl::FullyDecoded),
             QStringLiteral("arn:aws:iam::111122223333:mfa/ops"));
    QCOMPARE(form.queryItemValue(QStringLiteral("TokenCode")), kMfaCode);
}

void TestCredentialChain::mfaWithoutProvider()
{
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile mfa]\nrole_arn = arn:aws:iam::111122223333:role/Mfa\n"
              "source_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/ops\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("mfa"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY2(message.contains(u"\"mfa\""), qPrintable(message));
    QVERIFY(message.contains(u"arn:aws:iam::111122223333:mfa/ops"));
    QVERIFY(message.contains(u"mfa_serial"));
    QVERIFY(m_sts->requests().isEmpty());
}

void TestCredentialChain::mfaDeclined()
{
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile mfa]\nrole_arn = arn:aws:iam::111122223333:role/Mfa\n"
              "source_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/ops\n");
    m_adjustSettings = [](CredentialChainSettings &settings) {
        settings.mfaCodeProvider = [](const QString &, const QString &,
                                      std::function<void(std::optional<QString>)> answer) {
            QTimer::singleShot(0, [answer] { answer(std::nullopt); });
        };
    };
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("mfa"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"No MFA code was entered"),
             qPrintable(result.error().message));
    QVERIFY(m_sts->requests().isEmpty());
}

void TestCredentialChain::stsErrorIsReported()
{
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile assumed]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
              "source_profile = base\n");
    m_sts->enqueue(stsError(403, "AccessDenied",
                            "User: arn:aws:iam::111122223333:user/base is not authorized to "
                            "perform: sts:AssumeRole"));
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("assumed"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QCOMPARE(result.error().code, QStringLiteral("AccessDenied"));
    const QString message = result.error().message;
    QVERIFY2(message.startsWith(u"The role of the profile \"assumed\" could not be assumed"),
             qPrintable(message));
    QVERIFY(message.contains(u"trust policy"));
    QVERIFY(message.contains(u"is not authorized to perform: sts:AssumeRole"));
}

void TestCredentialChain::assumedRoleRefreshesBeforeExpiry()
{
    // Role credentials that expire within the 5-minute margin are fetched again on the next
    // use; ones that expire later are served from the cache.
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile assumed]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
              "source_profile = base\n");
    for (const int minutes : {4, 60}) {
        m_sts->clearRequests();
        m_stsLifetimeSeconds = minutes * 60;
        auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("assumed"), true);
        QString first;
        for (int i = 0; i < 3; ++i) {
            const CredentialsResult result = obtain(*chain);
            QVERIFY2(result.ok(), qPrintable(errorText(result)));
            if (i == 0)
                first = result->accessKeyId;
            else
                QCOMPARE(result->accessKeyId == first, minutes == 60);
        }
        QCOMPARE(m_sts->requests().size(), minutes == 4 ? 3 : 1);
    }
}

void TestCredentialChain::concurrentRequestsShareOneAssumeRole()
{
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile assumed]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
              "source_profile = base\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("assumed"), true);
    QStringList keys;
    for (int i = 0; i < 4; ++i) {
        chain->get(this, [&keys](const CredentialsResult &result) {
            keys << (result.ok() ? result->accessKeyId : result.error().message);
        });
    }
    QTRY_COMPARE(keys.size(), 4);
    QCOMPARE(keys, QStringList(4, QStringLiteral("ASIAOPERATOR1")));
    QCOMPARE(m_sts->requests().size(), 1);
}

void TestCredentialChain::stsEndpointAndRegion_data()
{
    QTest::addColumn<QByteArray>("extraConfig");
    QTest::addColumn<QString>("variable"); // which variable points at the scripted STS
    QTest::addColumn<QString>("chainRegion");
    QTest::addColumn<QString>("signingRegion");

    QTest::newRow("AWS_ENDPOINT_URL_STS, default region")
        << QByteArray() << QStringLiteral("AWS_ENDPOINT_URL_STS") << QString()
        << QStringLiteral("us-east-1");
    QTest::newRow("AWS_ENDPOINT_URL, the chain's region")
        << QByteArray() << QStringLiteral("AWS_ENDPOINT_URL") << QStringLiteral("ap-southeast-2")
        << QStringLiteral("ap-southeast-2");
    QTest::newRow("the role profile's region wins")
        << QByteArray("region = eu-west-2\n") << QStringLiteral("AWS_ENDPOINT_URL_STS")
        << QStringLiteral("ap-southeast-2") << QStringLiteral("eu-west-2");
    QTest::newRow("services section")
        << QByteArray("services = local\n") << QString() << QStringLiteral("eu-central-1")
        << QStringLiteral("eu-central-1");
}

void TestCredentialChain::stsEndpointAndRegion()
{
    QFETCH(QByteArray, extraConfig);
    QFETCH(QString, variable);
    QFETCH(QString, chainRegion);
    QFETCH(QString, signingRegion);
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile assumed]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
              "source_profile = base\n" +
                  extraConfig + "[services local]\nsts =\n  endpoint_url = " +
                  m_sts->url().toString().toUtf8() + "\n");
    QStringList env;
    if (!variable.isEmpty())
        env << variable + u'=' + m_sts->url().toString();
    m_adjustSettings = [chainRegion](CredentialChainSettings &settings) {
        settings.region = chainRegion;
    };
    auto chain = makeChain(env, QStringLiteral("assumed"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(m_stsSigningRegions, QStringList{signingRegion});
}

void TestCredentialChain::mfaSessionIsReusedOnRefresh()
{
    // target's role is assumed with the MFA-authenticated session of hop; refreshing target
    // (which lasts 4 minutes, inside the refresh margin) reuses hop's session and asks no code.
    writeFile(QStringLiteral(".aws/credentials"), kBaseCredentials);
    writeFile(QStringLiteral(".aws/config"),
              "[profile hop]\nrole_arn = arn:aws:iam::111122223333:role/Hop\n"
              "source_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/ops\n"
              "[profile target]\nrole_arn = arn:aws:iam::444455556666:role/Target\n"
              "source_profile = hop\n");
    m_stsLifetimeByRole.insert(QStringLiteral("Target"), 4 * 60);
    int asked = 0;
    m_adjustSettings = [&asked](CredentialChainSettings &settings) {
        settings.mfaCodeProvider = [&asked](const QString &, const QString &,
                                            std::function<void(std::optional<QString>)> answer) {
            ++asked;
            QTimer::singleShot(0, [answer] { answer(kMfaCode); });
        };
    };
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("target"), true);
    QStringList keys;
    for (int i = 0; i < 3; ++i) {
        const CredentialsResult result = obtain(*chain);
        QVERIFY2(result.ok(), qPrintable(errorText(result)));
        keys << result->accessKeyId;
    }
    QCOMPARE(asked, 1);
    QCOMPARE(keys, (QStringList{QStringLiteral("ASIATARGET2"), QStringLiteral("ASIATARGET3"),
                                QStringLiteral("ASIATARGET4")}));
    QCOMPARE(m_stsSigners, (QStringList{QStringLiteral("AKIDBASE"), QStringLiteral("ASIAHOP1"),
                                        QStringLiteral("ASIAHOP1"), QStringLiteral("ASIAHOP1")}));

    // Once hop's session is about to end too, the code is asked for again.
    m_stsLifetimeByRole.insert(QStringLiteral("Hop"), 4 * 60);
    auto shortLived = makeChain(stsEnvironment(*m_sts), QStringLiteral("target"), true);
    asked = 0;
    for (int i = 0; i < 2; ++i)
        QVERIFY(obtain(*shortLived).ok());
    QCOMPARE(asked, 2);
}

// --- web identity --------------------------------------------------------------------------

void TestCredentialChain::webIdentityFromProfile()
{
    writeFile(QStringLiteral("token.jwt"), kWebToken.toUtf8() + "\n");
    writeFile(QStringLiteral(".aws/config"),
              "[profile web]\nrole_arn = arn:aws:iam::111122223333:role/Web\n"
              "web_identity_token_file = " +
                  m_home->filePath(QStringLiteral("token.jwt")).toUtf8() +
                  "\nrole_session_name = ci-job\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("web"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIAWEB1"));
    QVERIFY(result->expiration);
    QCOMPARE(result->source,
             QStringLiteral("web identity (role arn:aws:iam::111122223333:role/Web)"));
    QCOMPARE(m_webTokens, QStringList{kWebToken});
    const ReceivedRequest sent = m_sts->requests().constFirst();
    QVERIFY(sent.header("Authorization").isEmpty());
    const QUrlQuery form = stsCalls().constFirst();
    QCOMPARE(form.queryItemValue(QStringLiteral("Action")),
             QStringLiteral("AssumeRoleWithWebIdentity"));
    QCOMPARE(form.queryItemValue(QStringLiteral("RoleArn"), QUrl::FullyDecoded),
             QStringLiteral("arn:aws:iam::111122223333:role/Web"));
    QCOMPARE(form.queryItemValue(QStringLiteral("RoleSessionName")), QStringLiteral("ci-job"));
    QVERIFY(Redaction::redact(kWebToken).indexOf(kWebToken) < 0);
}

void TestCredentialChain::webIdentityFromEnvironment()
{
    // No config files at all: the environment alone is enough.
    writeFile(QStringLiteral("token.jwt"), kWebToken.toUtf8());
    QStringList env = stsEnvironment(*m_sts);
    env << u"AWS_WEB_IDENTITY_TOKEN_FILE=" + m_home->filePath(QStringLiteral("token.jwt"))
        << QStringLiteral("AWS_ROLE_ARN=arn:aws:iam::111122223333:role/EnvWeb")
        << QStringLiteral("AWS_ROLE_SESSION_NAME=from-env");
    auto chain = makeChain(env);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIAENVWEB1"));
    const QUrlQuery form = stsCalls().constFirst();
    QCOMPARE(form.queryItemValue(QStringLiteral("RoleSessionName")), QStringLiteral("from-env"));

    // Each variable beats the same setting of the profile (AWS_PROFILE is not an explicit
    // choice); without AWS_ROLE_SESSION_NAME a session name is made up.
    writeFile(QStringLiteral(".aws/config"),
              "[profile web]\nrole_arn = arn:aws:iam::111122223333:role/ProfileWeb\n"
              "web_identity_token_file = /nonexistent/token\n");
    m_sts->clearRequests();
    QStringList partial = stsEnvironment(*m_sts);
    partial << u"AWS_WEB_IDENTITY_TOKEN_FILE=" + m_home->filePath(QStringLiteral("token.jwt"))
            << QStringLiteral("AWS_PROFILE=web");
    auto mixed = makeChain(partial);
    const CredentialsResult fromBoth = obtain(*mixed);
    QVERIFY2(fromBoth.ok(), qPrintable(errorText(fromBoth)));
    const QUrlQuery mixedForm = stsCalls().constFirst();
    QVERIFY(mixedForm.queryItemValue(QStringLiteral("RoleArn")).endsWith(u"ProfileWeb"));
    QVERIFY(mixedForm.queryItemValue(QStringLiteral("RoleSessionName")).startsWith(u"importdesk-"));
}

void TestCredentialChain::webIdentityOrder_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("credentials");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<bool>("explicitProfile");
    QTest::addColumn<QString>("keyId");

    const QStringList webEnv{QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE=@TOKEN@"),
                             QStringLiteral("AWS_ROLE_ARN=arn:aws:iam::111122223333:role/EnvWeb")};
    QTest::newRow("environment keys beat web identity")
        << QByteArray() << QByteArray()
        << (webEnv + QStringList{QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENVIRONMENT"),
                                 u"AWS_SECRET_ACCESS_KEY=" + kSecret})
        << false << QStringLiteral("AKIDENVIRONMENT");
    QTest::newRow("a role with source_profile beats web identity")
        << QByteArray("[default]\nrole_arn = arn:aws:iam::111122223333:role/Assumed\n"
                      "source_profile = base\n")
        << kBaseCredentials << webEnv << false << QStringLiteral("ASIAASSUMED1");
    QTest::newRow("web identity beats the profile's keys")
        << QByteArray()
        << QByteArray("[default]\naws_access_key_id = AKIDDEFAULT\n"
                      "aws_secret_access_key = default-secret-x\n")
        << webEnv << false << QStringLiteral("ASIAENVWEB1");
    QTest::newRow("an explicit profile ignores the environment")
        << QByteArray()
        << QByteArray("[default]\naws_access_key_id = AKIDDEFAULT\n"
                      "aws_secret_access_key = default-secret-x\n")
        << webEnv << true << QStringLiteral("AKIDDEFAULT");
}

void TestCredentialChain::webIdentityOrder()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, credentials);
    QFETCH(QStringList, env);
    QFETCH(bool, explicitProfile);
    QFETCH(QString, keyId);
    writeFile(QStringLiteral("token.jwt"), kWebToken.toUtf8());
    if (!config.isEmpty())
        writeFile(QStringLiteral(".aws/config"), config);
    if (!credentials.isEmpty())
        writeFile(QStringLiteral(".aws/credentials"), credentials);
    env.replaceInStrings(QStringLiteral("@TOKEN@"), m_home->filePath(QStringLiteral("token.jwt")));
    auto chain =
        makeChain(stsEnvironment(*m_sts) + env, QStringLiteral("default"), explicitProfile);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, keyId);
}

void TestCredentialChain::webIdentityProblems_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QByteArray>("token"); // written to token.jwt unless empty
    QTest::addColumn<QStringList>("fragments");
    const QByteArray role = "[profile web]\nrole_arn = arn:aws:iam::111122223333:role/Web\n";
    const QByteArray file = "web_identity_token_file = @HOME@/token.jwt\n";

    QTest::newRow("missing file")
        << QByteArray(role + file) << QByteArray()
        << QStringList{QStringLiteral("@HOME@/token.jwt"), QStringLiteral("does not exist"),
                       QStringLiteral("web_identity_token_file of the profile \"web\"")};
    QTest::newRow("empty file") << QByteArray(role + file) << QByteArray(" \n")
                                << QStringList{QStringLiteral("@HOME@/token.jwt"),
                                               QStringLiteral("is empty")};
    QTest::newRow("too large") << QByteArray(role + file) << QByteArray(70 * 1024, 'x')
                               << QStringList{QStringLiteral("token.jwt"),
                                              QStringLiteral("64 KiB")};
    QTest::newRow("no role") << QByteArray("[profile web]\n" + file) << kWebToken.toUtf8()
                             << QStringList{QStringLiteral("no role to assume"),
                                            QStringLiteral("role_arn"),
                                            QStringLiteral("AWS_ROLE_ARN")};
}

void TestCredentialChain::webIdentityProblems()
{
    QFETCH(QByteArray, config);
    QFETCH(QByteArray, token);
    QFETCH(QStringList, fragments);
    if (!token.isEmpty())
        writeFile(QStringLiteral("token.jwt"), token);
    config.replace("@HOME@", m_home->path().toUtf8());
    writeFile(QStringLiteral(".aws/config"), config);
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("web"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    for (QString fragment : fragments) {
        fragment.replace(QStringLiteral("@HOME@"), QDir::toNativeSeparators(m_home->path()));
        QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    }
    QVERIFY(m_sts->requests().isEmpty());
}

void TestCredentialChain::webIdentityTokenIsReadAtEveryRefresh()
{
    // The identity provider rotates the token in place; each refresh sends the current one.
    writeFile(QStringLiteral("token.jwt"), kWebToken.toUtf8());
    writeFile(QStringLiteral(".aws/config"),
              "[profile web]\nrole_arn = arn:aws:iam::111122223333:role/Web\n"
              "web_identity_token_file = " +
                  m_home->filePath(QStringLiteral("token.jwt")).toUtf8() + "\n");
    m_stsLifetimeSeconds = 4 * 60;
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("web"), true);
    QVERIFY(obtain(*chain).ok());
    writeFile(QStringLiteral("token.jwt"), kNewWebToken.toUtf8());
    const CredentialsResult refreshed = obtain(*chain);
    QVERIFY2(refreshed.ok(), qPrintable(errorText(refreshed)));
    QCOMPARE(m_webTokens, (QStringList{kWebToken, kNewWebToken}));

    // A token file gone at refresh time is named, while the old credentials still serve.
    QVERIFY(QFile::remove(m_home->filePath(QStringLiteral("token.jwt"))));
    QSignalSpy failed(chain.get(), &CredentialChain::credentialsFailed);
    const CredentialsResult kept = obtain(*chain);
    QVERIFY2(kept.ok(), qPrintable(errorText(kept)));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_webTokens.size(), 2);
}

void TestCredentialChain::webIdentityAsSourceProfile()
{
    writeFile(QStringLiteral("token.jwt"), kWebToken.toUtf8());
    writeFile(QStringLiteral(".aws/config"),
              "[profile web]\nrole_arn = arn:aws:iam::111122223333:role/Web\n"
              "web_identity_token_file = " +
                  m_home->filePath(QStringLiteral("token.jwt")).toUtf8() +
                  "\n[profile target]\nrole_arn = arn:aws:iam::444455556666:role/Target\n"
                  "source_profile = web\n");
    auto chain = makeChain(stsEnvironment(*m_sts), QStringLiteral("target"), true);
    const CredentialsResult result = obtain(*chain);
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->accessKeyId, QStringLiteral("ASIATARGET2"));
    QCOMPARE(m_stsSigners, (QStringList{QStringLiteral("unsigned"), QStringLiteral("ASIAWEB1")}));
}

void TestCredentialChain::logsNeverShowSecrets()
{
    // Runs last: every earlier test logged through the categories at debug level.
    QVERIFY(!capturedMessages.isEmpty());
    const QString all = capturedMessages.join(u'\n');
    QVERIFY(all.contains(u"credential_process of profile tool"));
    QVERIFY(all.contains(u"Assuming role arn:aws:iam::111122223333:role/Operator"));
    QVERIFY(all.contains(u"with the web identity token in"));
    for (const QString &secret :
         {kSecret, kToken, kAccessToken, kSsoSecret, kSsoToken, kBaseSecret, kRoleSecretPrefix,
          kRoleTokenPrefix, kMfaCode, kWebToken, kNewWebToken})
        QVERIFY2(!all.contains(secret), "a secret reached the log");
}

QTEST_GUILESS_MAIN(TestCredentialChain)
#include "tst_credentialchain.moc"
