#include "aws/awssession.h"
#include "aws/cabundle.h"
#include "aws/credentialchain.h"
#include "personalize/personalizeclient.h"
#include "personalize/personalizeservice.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// A connection opened the way importdesk and importdesk-cli open it: from an injected
// environment and config files in a temporary home, then a real call to the sandbox.
class TestAwsSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void endpointFromTheServiceRules_data();
    void endpointFromTheServiceRules();
    void configurationProblems_data();
    void configurationProblems();
    void serviceWithoutRulesNeedsAnEndpoint();
    void profileCredentialsSignACallToTheSandbox();
    void wrongKeysGiveTheServiceError();
    void caBundleIsNotParsedForPlainHttp();
    void damagedCaBundleIsReportedAtTheFirstHttpsCall();

private:
    void writeFile(const QString &relative, const QByteArray &content);
    AwsSessionOptions options(const QStringList &environment) const;
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestAwsSession::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestAwsSession::writeFile(const QString &relative, const QByteArray &content)
{
    const QString path = m_home->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

AwsSessionOptions TestAwsSession::options(const QStringList &environment) const
{
    AwsSessionOptions options;
    options.environment = QProcessEnvironment();
    for (const QString &entry : environment) {
        const qsizetype equals = entry.indexOf(u'=');
        options.environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    options.homeDir = m_home->path();
    return options;
}

void TestAwsSession::endpointFromTheServiceRules_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("endpoint");
    QTest::newRow("us-east-1") << QStringList{QStringLiteral("AWS_REGION=us-east-1")}
                               << "https://personalize.us-east-1.amazonaws.com";
    QTest::newRow("china") << QStringList{QStringLiteral("AWS_REGION=cn-north-1")}
                           << "https://personalize.cn-north-1.amazonaws.com.cn";
    QTest::newRow("fips") << QStringList{QStringLiteral("AWS_REGION=us-gov-west-1"),
                                         QStringLiteral("AWS_USE_FIPS_ENDPOINT=true")}
                          << "https://personalize-fips.us-gov-west-1.amazonaws.com";
    QTest::newRow("endpoint setting") << QStringList{QStringLiteral("AWS_REGION=eu-west-1"),
                                                     QStringLiteral("AWS_ENDPOINT_URL=http://"
                                                                    "127.0.0.1:4576")}
                                      << "http://127.0.0.1:4576";
}

void TestAwsSession::endpointFromTheServiceRules()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, endpoint);
    const auto session = AwsSession::open(PersonalizeService::info(), options(environment));
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QCOMPARE(session.value()->endpoint().toString(), endpoint);
}

void TestAwsSession::configurationProblems_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("message");
    QTest::newRow("no region") << QStringList{}
                               << "No AWS Region is configured for profile “default”. Choose a "
                                  "region, or set one with AWS_REGION or a region line in the "
                                  "profile.";
    QTest::newRow("http to another computer")
        << QStringList{QStringLiteral("AWS_REGION=us-east-1"),
                       QStringLiteral("AWS_ENDPOINT_URL=http://personalize.example.com")}
        << "";
    QTest::newRow("region the rules refuse")
        << QStringList{QStringLiteral("AWS_REGION=us-east-1.evil.example")}
        << "No Amazon Personalize endpoint for region “us-east-1.evil.example”: "
           "“us-east-1.evil.example” is not a valid AWS Region name. Use a name such as "
           "us-east-1.";
    QTest::newRow("endpoint with a password")
        << QStringList{QStringLiteral("AWS_REGION=us-east-1"),
                       QStringLiteral("AWS_ENDPOINT_URL=https://me:pa55word@proxy.example/")}
        << "The endpoint URL \"https://…@proxy.example/\" from AWS_ENDPOINT_URL contains a user "
           "name or password. Remove them from the address: requests are signed with your AWS "
           "credentials instead.";
    QTest::newRow("config file is not a file")
        << QStringList{QStringLiteral("AWS_REGION=us-east-1"), QStringLiteral("AWS_CONFIG_FILE=/")}
        << "The AWS settings file / is not a regular file (it is a folder, a pipe or a device), "
           "so it was not read. Point the setting at an ordinary file.";
    QTest::newRow("unknown profile")
        << QStringList{QStringLiteral("AWS_REGION=us-east-1"), QStringLiteral("AWS_PROFILE=nobody")}
        << "";
}

void TestAwsSession::configurationProblems()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, message);
    const auto session = AwsSession::open(PersonalizeService::info(), options(environment));
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, AwsError::Kind::Configuration);
    if (!message.isEmpty())
        QCOMPARE(session.error().message, message);
    QVERIFY(!session.error().message.isEmpty());
    qInfo().noquote() << session.error().message;
}

void TestAwsSession::serviceWithoutRulesNeedsAnEndpoint()
{
    const AwsServiceInfo service{QStringLiteral("example"), QStringLiteral("Example Service"),
                                 QStringLiteral("Example Service")};
    const auto refused =
        AwsSession::open(service, options({QStringLiteral("AWS_REGION=eu-west-1")}));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, AwsError::Kind::Configuration);
    QCOMPARE(refused.error().message,
             QStringLiteral("No endpoint is known for Example Service. Set one with "
                            "AWS_ENDPOINT_URL_EXAMPLE_SERVICE or an endpoint_url line in the "
                            "profile."));

    const auto opened = AwsSession::open(
        service, options({QStringLiteral("AWS_REGION=eu-west-1"),
                          QStringLiteral("AWS_ENDPOINT_URL_EXAMPLE_SERVICE=http://127.0.0.1:9")}));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE(opened.value()->endpoint(), QUrl(QStringLiteral("http://127.0.0.1:9")));
    QCOMPARE(opened.value()->service().signingName, QStringLiteral("example"));
}

void TestAwsSession::profileCredentialsSignACallToTheSandbox()
{
    SandboxOptions sandboxOptions;
    sandboxOptions.port = 0;
    SandboxServer server(sandboxOptions);
    QVERIFY(server.listen(0));
    writeFile(QStringLiteral(".aws/config"),
              "[profile sandbox]\nregion = us-east-1\nendpoint_url = " + server.url().toEncoded() +
                  "\n");
    writeFile(QStringLiteral(".aws/credentials"),
              "[sandbox]\naws_access_key_id = " + QByteArray(SandboxDefaults::kAccessKeyId.data()) +
                  "\naws_secret_access_key = " +
                  QByteArray(SandboxDefaults::kSecretAccessKey.data()) + "\n");

    AwsSessionOptions sessionOptions = options({});
    sessionOptions.overrides.profile = QStringLiteral("sandbox");
    const auto session = AwsSession::open(PersonalizeService::info(), sessionOptions);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    QCOMPARE(session.value()->region(), QStringLiteral("us-east-1"));
    QVERIFY(session.value()->hasCustomEndpoint());

    PersonalizeClient client(session.value()->client());
    std::optional<Result<QList<DatasetGroupSummary>, AwsError>> groups;
    client.listAllDatasetGroups(this, [&](const auto &result) { groups = result; });
    QTRY_VERIFY(groups.has_value());
    QVERIFY2(groups->ok(), qPrintable(groups->ok() ? QString() : groups->error().summary()));
    QCOMPARE(groups->value().size(), 3);
    QVERIFY(session.value()->credentials()->cachedCredentials().has_value());
    QCOMPARE(session.value()->credentials()->cachedCredentials()->source,
             QStringLiteral("profile sandbox"));
}

void TestAwsSession::wrongKeysGiveTheServiceError()
{
    SandboxOptions sandboxOptions;
    sandboxOptions.port = 0;
    SandboxServer server(sandboxOptions);
    QVERIFY(server.listen(0));
    AwsSessionOptions sessionOptions =
        options({QStringLiteral("AWS_REGION=us-east-1"),
                 QStringLiteral("AWS_ACCESS_KEY_ID=") + SandboxDefaults::kAccessKeyId,
                 QStringLiteral("AWS_SECRET_ACCESS_KEY=wrong-secret-0123456789")});
    sessionOptions.overrides.endpointUrl = server.url();
    const auto session = AwsSession::open(PersonalizeService::info(), sessionOptions);
    QVERIFY(session.ok());
    PersonalizeClient client(session.value()->client());
    std::optional<Result<QList<DatasetGroupSummary>, AwsError>> groups;
    client.listAllDatasetGroups(this, [&](const auto &result) { groups = result; });
    QTRY_VERIFY(groups.has_value());
    QVERIFY(!groups->ok());
    QCOMPARE(groups->error().code, QStringLiteral("InvalidSignatureException"));
}

namespace {

// Looks like a certificate until it is parsed.
const QByteArray kDamagedBundle = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n"
                                  "-----END CERTIFICATE-----\n";

} // namespace

void TestAwsSession::caBundleIsNotParsedForPlainHttp()
{
    SandboxOptions sandboxOptions;
    sandboxOptions.port = 0;
    SandboxServer server(sandboxOptions);
    QVERIFY(server.listen(0));
    writeFile(QStringLiteral("corp.pem"), kDamagedBundle);
    AwsSessionOptions sessionOptions =
        options({QStringLiteral("AWS_REGION=us-east-1"),
                 QStringLiteral("AWS_ACCESS_KEY_ID=") + SandboxDefaults::kAccessKeyId,
                 QStringLiteral("AWS_SECRET_ACCESS_KEY=") + SandboxDefaults::kSecretAccessKey,
                 QStringLiteral("AWS_CA_BUNDLE=") + m_home->filePath(QStringLiteral("corp.pem"))});
    sessionOptions.overrides.endpointUrl = server.url(); // http, on loopback
    const auto session = AwsSession::open(PersonalizeService::info(), sessionOptions);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));
    const std::shared_ptr<const CaBundle> bundle = session.value()->client()->settings().caBundle;
    QVERIFY(bundle);

    PersonalizeClient client(session.value()->client());
    std::optional<Result<QList<DatasetGroupSummary>, AwsError>> groups;
    client.listAllDatasetGroups(this, [&](const auto &result) { groups = result; });
    QTRY_VERIFY(groups.has_value());
    QVERIFY2(groups->ok(), qPrintable(groups->ok() ? QString() : groups->error().summary()));
    // No HTTPS connection needed the certificates: they were never parsed.
    QVERIFY(!bundle->isParsed());
}

void TestAwsSession::damagedCaBundleIsReportedAtTheFirstHttpsCall()
{
    writeFile(QStringLiteral("corp.pem"), kDamagedBundle);
    writeFile(QStringLiteral(".aws/config"),
              "[default]\nregion = us-east-1\nca_bundle = ~/corp.pem\n"
              "aws_access_key_id = AKIDEXAMPLE\n"
              "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
    AwsSessionOptions sessionOptions = options({});
    // Nothing listens there: the bundle must be refused before any connection is tried.
    sessionOptions.overrides.endpointUrl = QUrl(QStringLiteral("https://127.0.0.1:9/"));
    const auto session = AwsSession::open(PersonalizeService::info(), sessionOptions);
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().message));

    PersonalizeClient client(session.value()->client());
    std::optional<Result<QList<DatasetGroupSummary>, AwsError>> groups;
    client.listAllDatasetGroups(this, [&](const auto &result) { groups = result; });
    QTRY_VERIFY(groups.has_value());
    QVERIFY(!groups->ok());
    QCOMPARE(groups->error().kind, AwsError::Kind::Configuration);
    QCOMPARE(groups->error().attempts, 1); // not retried: it cannot get better by itself
    QCOMPARE(groups->error().message,
             QStringLiteral("The certificate bundle %1 named by ca_bundle (profile default) "
                            "holds no PEM certificate. Point it at a .pem file with "
                            "\"-----BEGIN CERTIFICATE-----\" blocks.")
                 .arg(QDir::toNativeSeparators(m_home->filePath(QStringLiteral("corp.pem")))));
}

QTEST_GUILESS_MAIN(TestAwsSession)
#include "tst_awssession.moc"
