#include "aws/clientconfiguration.h"
#include "aws/endpointpolicy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// Precedence of explicit choices, environment variables and profile settings for the profile,
// region, endpoint URL, retries, endpoint variants and the CA bundle, and the errors for bad
// values.
class TestClientConfiguration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileChoice_data();
    void profileChoice();
    void missingNamedProfile();
    void region_data();
    void region();
    void endpoint_data();
    void endpoint();
    void missingServicesSection();
    void maxAttempts_data();
    void maxAttempts();
    void maxAttemptsDefaultFromTheApp();
    void retryMode();
    void variants_data();
    void variants();
    void badValues_data();
    void badValues();
    void caBundle();
    void caBundleErrors_data();
    void caBundleErrors();
    void caBundleTooLarge();
    void endpointCredentialsAreNeverShown_data();
    void endpointCredentialsAreNeverShown();
    void displayEndpoint_data();
    void displayEndpoint();
    void serviceIdNamesTheSettings();
    void unreadableSettingsFile_data();
    void unreadableSettingsFile();
};

namespace {

const QByteArray kCertificate = "-----BEGIN CERTIFICATE-----\n"
                                "MIIBkzCCATmgAwIBAgIUAvNVn9QfIVMWKGGi9+0bdiFk4dIwCgYIKoZIzj0EAwIw\n"
                                "HjEcMBoGA1UEAwwTSW1wb3J0IERlc2sgVGVzdCBDQTAgFw0yNjExMjQxMzUyNDha\n"
                                "GA8yMTI2MTAzMTEzNTI0OFowHjEcMBoGA1UEAwwTSW1wb3J0IERlc2sgVGVzdCBD\n"
                                "QTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABFq9Lw0rgDafGEuq4AuPLYt/S7EF\n"
                                "kTRb/KRntHnz1Nf6zCPkZpqHRgPCgtsx8We3HI56s7POFqe2qRlUh7wSKk6jUzBR\n"
                                "MB0GA1UdDgQWBBQt44gWAAvMPdlvny8wWyVOxFHVZDAfBgNVHSMEGDAWgBQt44gW\n"
                                "AAvMPdlvny8wWyVOxFHVZDAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gA\n"
                                "MEUCIEgb3uJOJ2PqY3OX+ogLgEaBUTxq4JhadcWkPJY3VZTOAiEAmX+VjGm5ze3r\n"
                                "ZK57BREX3KxzsV/bbPuWRtl6gIhOGH8=\n"
                                "-----END CERTIFICATE-----\n";

QProcessEnvironment environment(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &assignment : assignments) {
        const qsizetype eq = assignment.indexOf(u'=');
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    return env;
}

SharedConfig sharedConfig(const QByteArray &config, const QByteArray &credentials = {},
                          const QString &home = QStringLiteral("/home/tester"))
{
    return SharedConfig::fromFiles(IniFile::parse(config, home + u"/.aws/config"),
                                   IniFile::parse(credentials, home + u"/.aws/credentials"), home);
}

// A service as a service library would describe it; its id names its endpoint settings.
const AwsServiceInfo kService{QStringLiteral("personalize"), QStringLiteral("Personalize"),
                              QStringLiteral("Amazon Personalize")};

Result<ClientConfiguration, AwsError> resolve(const QStringList &env, const QByteArray &config,
                                              const ClientConfigurationOverrides &overrides = {})
{
    return ClientConfiguration::resolve(kService, environment(env), sharedConfig(config),
                                        overrides);
}

// A config with a default and a "dev" profile, used by most rows.
const QByteArray kTwoProfiles = "[default]\n"
                                "region = us-east-1\n"
                                "[profile dev]\n"
                                "region = eu-west-1\n";

} // namespace

void TestClientConfiguration::profileChoice_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("explicitProfile");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("origin");
    QTest::addColumn<bool>("isExplicit");

    QTest::newRow("nothing set") << QStringList{} << QString() << "default"
                                 << "default" << false;
    QTest::newRow("AWS_PROFILE") << QStringList{QStringLiteral("AWS_PROFILE=dev")} << QString()
                                 << "dev"
                                 << "AWS_PROFILE" << false;
    QTest::newRow("empty AWS_PROFILE")
        << QStringList{QStringLiteral("AWS_PROFILE=")} << QString() << "default"
        << "default" << false;
    QTest::newRow("explicit beats AWS_PROFILE")
        << QStringList{QStringLiteral("AWS_PROFILE=nope")} << "dev"
        << "dev"
        << "command line" << true;
}

void TestClientConfiguration::profileChoice()
{
    QFETCH(QStringList, env);
    QFETCH(QString, explicitProfile);
    QFETCH(QString, profile);
    QFETCH(QString, origin);
    QFETCH(bool, isExplicit);

    ClientConfigurationOverrides overrides;
    overrides.profile = explicitProfile;
    const auto resolved = resolve(env, kTwoProfiles, overrides);
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
    QCOMPARE(resolved->profile, profile);
    QCOMPARE(resolved->profileOrigin, origin);
    QCOMPARE(resolved->profileExplicit, isExplicit);
}

void TestClientConfiguration::missingNamedProfile()
{
    const auto missing = resolve({QStringLiteral("AWS_PROFILE=prod")}, kTwoProfiles);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, AwsError::Kind::Configuration);
    QVERIFY(missing.error().message.contains(u"\"prod\""));
    QVERIFY(missing.error().message.contains(u"AWS_PROFILE"));
    QVERIFY(missing.error().message.contains(u"aws configure --profile prod"));

    // Without any files, the default profile is simply empty.
    const auto empty = resolve({}, QByteArray());
    QVERIFY(empty.ok());
    QCOMPARE(empty->profile, QStringLiteral("default"));
    QVERIFY(empty->region.isEmpty());
}

void TestClientConfiguration::region_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("explicitRegion");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("origin");

    const QString both1 = QStringLiteral("AWS_REGION=ap-south-1");
    const QString both2 = QStringLiteral("AWS_DEFAULT_REGION=ca-central-1");
    QTest::newRow("profile") << QStringList{} << QString() << "us-east-1"
                             << "profile default";
    QTest::newRow("named profile")
        << QStringList{QStringLiteral("AWS_PROFILE=dev")} << QString() << "eu-west-1"
        << "profile dev";
    QTest::newRow("AWS_DEFAULT_REGION beats profile")
        << QStringList{both2} << QString() << "ca-central-1"
        << "AWS_DEFAULT_REGION";
    QTest::newRow("AWS_REGION beats AWS_DEFAULT_REGION")
        << QStringList{both1, both2} << QString() << "ap-south-1"
        << "AWS_REGION";
    QTest::newRow("explicit beats all") << QStringList{both1, both2} << "sa-east-1"
                                        << "sa-east-1"
                                        << "command line";
    QTest::newRow("empty AWS_REGION is unset")
        << QStringList{QStringLiteral("AWS_REGION="), both2} << QString() << "ca-central-1"
        << "AWS_DEFAULT_REGION";
}

void TestClientConfiguration::region()
{
    QFETCH(QStringList, env);
    QFETCH(QString, explicitRegion);
    QFETCH(QString, region);
    QFETCH(QString, origin);

    ClientConfigurationOverrides overrides;
    overrides.region = explicitRegion;
    const auto resolved = resolve(env, kTwoProfiles, overrides);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->region, region);
    QCOMPARE(resolved->regionOrigin, origin);

    // Nothing anywhere: empty, so that the UI asks instead of guessing us-east-1.
    const auto none = resolve({}, "[default]\noutput = json\n");
    QVERIFY(none.ok());
    QVERIFY(none->region.isEmpty());
    QVERIFY(none->regionOrigin.isEmpty());
}

void TestClientConfiguration::endpoint_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QUrl>("explicitEndpoint");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("origin");

    const QByteArray full = "[default]\n"
                            "endpoint_url = http://profile.example:1\n"
                            "services = local\n"
                            "[services local]\n"
                            "personalize =\n"
                            "  endpoint_url = http://services.example:2\n"
                            "s3 =\n"
                            "  endpoint_url = http://s3.example:9\n";
    const QByteArray otherServiceOnly = "[default]\n"
                                        "endpoint_url = http://profile.example:1\n"
                                        "services = local\n"
                                        "[services local]\n"
                                        "s3 =\n"
                                        "  endpoint_url = http://s3.example:9\n";
    const QString service = QStringLiteral("AWS_ENDPOINT_URL_PERSONALIZE=http://service.env:3");
    const QString global = QStringLiteral("AWS_ENDPOINT_URL=http://global.env:4");
    const QString ignore = QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true");

    QTest::newRow("none") << QStringList{} << QByteArray("[default]\n") << QUrl() << QString()
                          << QString();
    QTest::newRow("profile endpoint_url")
        << QStringList{} << otherServiceOnly << QUrl() << "http://profile.example:1"
        << "profile default";
    QTest::newRow("services section beats profile")
        << QStringList{} << full << QUrl() << "http://services.example:2"
        << "services local";
    QTest::newRow("AWS_ENDPOINT_URL beats files")
        << QStringList{global} << full << QUrl() << "http://global.env:4"
        << "AWS_ENDPOINT_URL";
    QTest::newRow("service variable beats global")
        << QStringList{global, service} << full << QUrl() << "http://service.env:3"
        << "AWS_ENDPOINT_URL_PERSONALIZE";
    QTest::newRow("explicit beats everything")
        << QStringList{global, service} << full << QUrl(QStringLiteral("https://cli.example"))
        << "https://cli.example"
        << "command line";
    QTest::newRow("ignore flag skips env and files")
        << QStringList{global, service, ignore} << full << QUrl() << QString() << QString();
    QTest::newRow("ignore flag keeps explicit")
        << QStringList{ignore} << full << QUrl(QStringLiteral("http://127.0.0.1:8080"))
        << "http://127.0.0.1:8080"
        << "command line";
    QTest::newRow("ignore flag in profile")
        << QStringList{global}
        << QByteArray("[default]\nignore_configured_endpoint_urls = true\n"
                      "endpoint_url = http://profile.example:1\n")
        << QUrl() << QString() << QString();
    QTest::newRow("env false beats profile true")
        << QStringList{global, QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=false")}
        << QByteArray("[default]\nignore_configured_endpoint_urls = true\n") << QUrl()
        << "http://global.env:4"
        << "AWS_ENDPOINT_URL";
}

void TestClientConfiguration::endpoint()
{
    QFETCH(QStringList, env);
    QFETCH(QByteArray, config);
    QFETCH(QUrl, explicitEndpoint);
    QFETCH(QString, endpoint);
    QFETCH(QString, origin);

    ClientConfigurationOverrides overrides;
    overrides.endpointUrl = explicitEndpoint;
    const auto resolved = resolve(env, config, overrides);
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
    QCOMPARE(resolved->endpointUrl.toString(), endpoint);
    QCOMPARE(resolved->endpointOrigin, origin);
}

void TestClientConfiguration::missingServicesSection()
{
    const auto resolved = resolve({}, "[default]\nservices = gone\n");
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, AwsError::Kind::Configuration);
    QVERIFY(resolved.error().message.contains(u"\"gone\""));
    QVERIFY(resolved.error().message.contains(u"[services gone]"));

    // An explicit endpoint makes the section irrelevant.
    ClientConfigurationOverrides overrides;
    overrides.endpointUrl = QUrl(QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(resolve({}, "[default]\nservices = gone\n", overrides).ok());
}

void TestClientConfiguration::maxAttempts_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<QString>("origin");

    QTest::newRow("default") << QStringList{} << QByteArray("[default]\n") << 3 << "default";
    QTest::newRow("profile") << QStringList{} << QByteArray("[default]\nmax_attempts = 7\n") << 7
                             << "profile default";
    QTest::newRow("env beats profile")
        << QStringList{QStringLiteral("AWS_MAX_ATTEMPTS=1")}
        << QByteArray("[default]\nmax_attempts = 7\n") << 1 << "AWS_MAX_ATTEMPTS";
    QTest::newRow("whitespace") << QStringList{QStringLiteral("AWS_MAX_ATTEMPTS= 5 ")}
                                << QByteArray() << 5 << "AWS_MAX_ATTEMPTS";
}

// The app's own choice (Preferences) fills in only what the environment and profile leave open.
void TestClientConfiguration::maxAttemptsDefaultFromTheApp()
{
    ClientConfigurationOverrides overrides;
    overrides.defaultMaxAttempts = 6;
    overrides.defaultMaxAttemptsOrigin = QStringLiteral("Preferences");
    const auto chosen = resolve({}, "[default]\n", overrides);
    QVERIFY(chosen.ok());
    QCOMPARE(chosen->maxAttempts, 6);
    QCOMPARE(chosen->maxAttemptsOrigin, QStringLiteral("Preferences"));
    QVERIFY(!chosen->maxAttemptsConfigured);

    const auto profile = resolve({}, "[default]\nmax_attempts = 2\n", overrides);
    QVERIFY(profile.ok());
    QCOMPARE(profile->maxAttempts, 2);
    QVERIFY(profile->maxAttemptsConfigured);
    const auto env = resolve({QStringLiteral("AWS_MAX_ATTEMPTS=9")}, "[default]\n", overrides);
    QVERIFY(env.ok());
    QCOMPARE(env->maxAttempts, 9);
    QCOMPARE(env->maxAttemptsOrigin, QStringLiteral("AWS_MAX_ATTEMPTS"));
}

void TestClientConfiguration::maxAttempts()
{
    QFETCH(QStringList, env);
    QFETCH(QByteArray, config);
    QFETCH(int, attempts);
    QFETCH(QString, origin);

    const auto resolved = resolve(env, config);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->maxAttempts, attempts);
    QCOMPARE(resolved->maxAttemptsOrigin, origin);
}

void TestClientConfiguration::retryMode()
{
    const auto standard = resolve({}, "[default]\n");
    QVERIFY(standard.ok());
    QCOMPARE(standard->retryMode, QStringLiteral("standard"));
    QVERIFY(standard->warnings.isEmpty());

    const auto adaptive =
        resolve({QStringLiteral("AWS_RETRY_MODE=Adaptive")}, "[default]\nretry_mode = legacy\n");
    QVERIFY(adaptive.ok());
    QCOMPARE(adaptive->retryMode, QStringLiteral("adaptive"));
    QCOMPARE(adaptive->retryModeOrigin, QStringLiteral("AWS_RETRY_MODE"));
    QCOMPARE(adaptive->warnings.size(), 1);
    QVERIFY(adaptive->warnings.first().contains(u"standard retry mode"));
}

void TestClientConfiguration::variants_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<bool>("fips");
    QTest::addColumn<bool>("dualStack");

    QTest::newRow("defaults") << QStringList{} << QByteArray() << false << false;
    QTest::newRow("profile") << QStringList{}
                             << QByteArray("[default]\nuse_fips_endpoint = true\n"
                                           "use_dualstack_endpoint = TRUE\n")
                             << true << true;
    QTest::newRow("env beats profile")
        << QStringList{QStringLiteral("AWS_USE_FIPS_ENDPOINT=false"),
                       QStringLiteral("AWS_USE_DUALSTACK_ENDPOINT=true")}
        << QByteArray("[default]\nuse_fips_endpoint = true\n") << false << true;
}

void TestClientConfiguration::variants()
{
    QFETCH(QStringList, env);
    QFETCH(QByteArray, config);
    QFETCH(bool, fips);
    QFETCH(bool, dualStack);

    const auto resolved = resolve(env, config);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->useFipsEndpoint, fips);
    QCOMPARE(resolved->useDualStackEndpoint, dualStack);
}

void TestClientConfiguration::badValues_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("max attempts not a number")
        << QStringList{QStringLiteral("AWS_MAX_ATTEMPTS=many")} << QByteArray()
        << QStringList{QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("\"many\"")};
    QTest::newRow("max attempts zero") << QStringList{QStringLiteral("AWS_MAX_ATTEMPTS=0")}
                                       << QByteArray() << QStringList{QStringLiteral("at least 1")};
    QTest::newRow("max attempts negative in profile")
        << QStringList{} << QByteArray("[default]\nmax_attempts = -2\n")
        << QStringList{QStringLiteral("max_attempts (profile default)"), QStringLiteral("\"-2\"")};
    QTest::newRow("max attempts fraction")
        << QStringList{} << QByteArray("[default]\nmax_attempts = 2.5\n")
        << QStringList{QStringLiteral("\"2.5\"")};
    QTest::newRow("retry mode") << QStringList{QStringLiteral("AWS_RETRY_MODE=eager")}
                                << QByteArray()
                                << QStringList{QStringLiteral("AWS_RETRY_MODE"),
                                               QStringLiteral("\"standard\"")};
    QTest::newRow("fips not boolean")
        << QStringList{} << QByteArray("[default]\nuse_fips_endpoint = yes\n")
        << QStringList{QStringLiteral("use_fips_endpoint"), QStringLiteral("\"yes\"")};
    QTest::newRow("dualstack not boolean")
        << QStringList{QStringLiteral("AWS_USE_DUALSTACK_ENDPOINT=1")} << QByteArray()
        << QStringList{QStringLiteral("AWS_USE_DUALSTACK_ENDPOINT")};
    QTest::newRow("ignore flag not boolean")
        << QStringList{QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=on")} << QByteArray()
        << QStringList{QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")};
    QTest::newRow("endpoint without scheme")
        << QStringList{QStringLiteral("AWS_ENDPOINT_URL=localhost:4566")} << QByteArray()
        << QStringList{QStringLiteral("localhost:4566"), QStringLiteral("AWS_ENDPOINT_URL")};
    QTest::newRow("endpoint ftp") << QStringList{}
                                  << QByteArray("[default]\nendpoint_url = ftp://h/\n")
                                  << QStringList{QStringLiteral("profile default")};
}

void TestClientConfiguration::badValues()
{
    QFETCH(QStringList, env);
    QFETCH(QByteArray, config);
    QFETCH(QStringList, fragments);

    const auto resolved = resolve(env, config);
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, AwsError::Kind::Configuration);
    for (const QString &fragment : std::as_const(fragments))
        QVERIFY2(resolved.error().message.contains(fragment), qPrintable(resolved.error().message));
}

void TestClientConfiguration::caBundle()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QFile pem(home.filePath(QStringLiteral("corp.pem")));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(kCertificate);
    pem.close();

    // From the profile, with "~" meaning the injected home.
    auto resolved = ClientConfiguration::resolve(
        kService, {}, sharedConfig("[default]\nca_bundle = ~/corp.pem\n", {}, home.path()));
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
    QCOMPARE(resolved->caBundlePath, pem.fileName());
    QCOMPARE(resolved->caBundleOrigin, QStringLiteral("profile default"));
    QVERIFY(resolved->caBundle);
    QCOMPARE(resolved->caBundle->path(), pem.fileName());

    // The environment wins over the profile.
    resolved = ClientConfiguration::resolve(
        kService, environment({u"AWS_CA_BUNDLE=" + pem.fileName()}),
        sharedConfig("[default]\nca_bundle = /nonexistent.pem\n", {}, home.path()));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->caBundleOrigin, QStringLiteral("AWS_CA_BUNDLE"));
}

void TestClientConfiguration::caBundleErrors_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: no file at all
    QTest::addColumn<QString>("fragment");
    QTest::newRow("missing") << QByteArray() << "cannot be read";
    QTest::newRow("not pem") << QByteArray("just some text\n") << "no PEM certificate";
}

void TestClientConfiguration::caBundleErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, fragment);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = home.filePath(QStringLiteral("bundle.pem"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const auto resolved = ClientConfiguration::resolve(
        kService, environment({u"AWS_CA_BUNDLE=" + path}), sharedConfig({}, {}, home.path()));
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, AwsError::Kind::Configuration);
    QVERIFY2(resolved.error().message.contains(fragment), qPrintable(resolved.error().message));
    QVERIFY(resolved.error().message.contains(path));
    QVERIFY(resolved.error().message.contains(u"AWS_CA_BUNDLE"));
}

void TestClientConfiguration::caBundleTooLarge()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QFile pem(home.filePath(QStringLiteral("huge.pem")));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(kCertificate);
    QVERIFY(pem.resize(EndpointPolicy::kMaxCaBundleBytes + 1)); // sparse
    pem.close();
    const auto resolved = ClientConfiguration::resolve(
        kService, environment({u"AWS_CA_BUNDLE=" + pem.fileName()}), sharedConfig({}));
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().message,
             QStringLiteral("The certificate bundle %1 is larger than 8 MiB, so it was not read. "
                            "Check that the setting names the right file. It is named by "
                            "AWS_CA_BUNDLE.")
                 .arg(QDir::toNativeSeparators(pem.fileName())));
}

void TestClientConfiguration::endpointCredentialsAreNeverShown_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QUrl>("explicitEndpoint");
    QTest::addColumn<QString>("shown");

    QTest::newRow("valid, from the environment")
        << QStringList{QStringLiteral("AWS_ENDPOINT_URL=https://admin:hunter2pass@corp.example/")}
        << QByteArray() << QUrl() << "https://…@corp.example/";
    QTest::newRow("valid, from the profile")
        << QStringList{}
        << QByteArray("[default]\nendpoint_url = http://u:hunter2pass@127.0.0.1:9\n") << QUrl()
        << "http://…@127.0.0.1:9";
    QTest::newRow("valid, explicit")
        << QStringList{} << QByteArray()
        << QUrl(QStringLiteral("https://admin:hunter2pass@cli.example")) << "https://…@cli.example";
    QTest::newRow("invalid") << QStringList{QStringLiteral(
                                    "AWS_ENDPOINT_URL=https://admin:hunter2pass@bad host/")}
                             << QByteArray() << QUrl() << "https://…@bad host/";
    QTest::newRow("invalid, no scheme")
        << QStringList{QStringLiteral("AWS_ENDPOINT_URL=admin:hunter2pass@corp.example")}
        << QByteArray() << QUrl() << "…@corp.example";
}

void TestClientConfiguration::endpointCredentialsAreNeverShown()
{
    QFETCH(QStringList, env);
    QFETCH(QByteArray, config);
    QFETCH(QUrl, explicitEndpoint);
    QFETCH(QString, shown);

    ClientConfigurationOverrides overrides;
    overrides.endpointUrl = explicitEndpoint;
    const auto resolved = resolve(env, config, overrides);
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, AwsError::Kind::Configuration);
    const QString message = resolved.error().message;
    QVERIFY2(!message.contains(u"hunter2pass"), qPrintable(message));
    QVERIFY2(!message.contains(u"admin"), qPrintable(message));
    QVERIFY2(message.contains(u'"' + shown + u'"'), qPrintable(message));
}

void TestClientConfiguration::displayEndpoint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << "https://h.example:8/p"
                           << "https://h.example:8/p";
    QTest::newRow("user and password") << "https://u:p@h.example/"
                                       << "https://…@h.example/";
    QTest::newRow("at sign in the password") << "https://u:p@ss@h.example/"
                                             << "https://…@h.example/";
    QTest::newRow("no scheme") << "u:p@h.example"
                               << "…@h.example";
    QTest::newRow("empty") << ""
                           << "";
}

void TestClientConfiguration::displayEndpoint()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(ClientConfiguration::displayEndpoint(text), shown);
}

void TestClientConfiguration::serviceIdNamesTheSettings()
{
    // The SDKs derive both names from the model's serviceId.
    const AwsServiceInfo ssoOidc{QStringLiteral("sso-oauth"), QStringLiteral("SSO OIDC"),
                                 QStringLiteral("IAM Identity Center")};
    QCOMPARE(ssoOidc.endpointVariable(), QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"));
    QCOMPARE(ssoOidc.servicesKey(), QStringLiteral("sso_oidc"));
    QCOMPARE(kService.endpointVariable(), QStringLiteral("AWS_ENDPOINT_URL_PERSONALIZE"));
    QCOMPARE(kService.servicesKey(), QStringLiteral("personalize"));

    const QByteArray config = "[default]\n"
                              "services = local\n"
                              "[services local]\n"
                              "personalize =\n"
                              "  endpoint_url = http://personalize.local:1\n"
                              "sso_oidc =\n"
                              "  endpoint_url = http://oidc.local:2\n";
    auto resolved = ClientConfiguration::resolve(ssoOidc, {}, sharedConfig(config));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->endpointUrl.toString(), QStringLiteral("http://oidc.local:2"));
    resolved = ClientConfiguration::resolve(
        ssoOidc,
        environment({QStringLiteral("AWS_ENDPOINT_URL_PERSONALIZE=http://wrong.local:3"),
                     QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC=http://oidc.env:4")}),
        sharedConfig(config));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->endpointUrl.toString(), QStringLiteral("http://oidc.env:4"));
    QCOMPARE(resolved->endpointOrigin, QStringLiteral("AWS_ENDPOINT_URL_SSO_OIDC"));
}

void TestClientConfiguration::unreadableSettingsFile_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("kind");
    QTest::newRow("config is a folder") << "AWS_CONFIG_FILE"
                                        << "folder";
#ifdef Q_OS_UNIX
    QTest::newRow("config is /dev/zero") << "AWS_CONFIG_FILE"
                                         << "/dev/zero";
    QTest::newRow("credentials is a fifo") << "AWS_SHARED_CREDENTIALS_FILE"
                                           << "fifo";
#endif
}

void TestClientConfiguration::unreadableSettingsFile()
{
    QFETCH(QString, variable);
    QFETCH(QString, kind);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QString path = kind;
    if (kind == u"folder") {
        path = home.filePath(QStringLiteral("folder"));
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"fifo") {
#ifdef Q_OS_UNIX
        path = home.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#endif
    }
    const QProcessEnvironment env =
        environment({variable + u'=' + path, QStringLiteral("AWS_REGION=us-east-1")});
    const SharedConfig config = SharedConfig::load(env, home.path());
    QCOMPARE(config.fileErrors().size(), 1);
    const auto resolved = ClientConfiguration::resolve(kService, env, config);
    QVERIFY(!resolved.ok());
    QCOMPARE(resolved.error().kind, AwsError::Kind::Configuration);
    const QString message = resolved.error().message;
    QVERIFY2(message.contains(QDir::toNativeSeparators(path) + u" is not a regular file"),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestClientConfiguration)
#include "tst_clientconfiguration.moc"
