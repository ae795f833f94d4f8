#include "aws/sharedconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Profiles, sso-session and services sections of the two shared files, their locations and
// how they merge. Every test uses a temporary home and an injected environment.
class TestSharedConfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void defaultLocations();
    void environmentOverridesLocations();
    void tildeIsExpanded();
    void emptyVariableMeansDefault();
    void missingFilesAreEmpty();
    void profileSections_data();
    void profileSections();
    void profileDefaultSupersedesDefault_data();
    void profileDefaultSupersedesDefault();
    void credentialsFileRejectsProfilePrefix();
    void credentialsFileWins();
    void profilesAreSortedDefaultFirst();
    void sessionsAndServices();

private:
    void write(const QString &relative, const QByteArray &text);
    SharedConfig load(const QProcessEnvironment &environment = {});

    std::unique_ptr<QTemporaryDir> m_home;
};

using Properties = QMap<QString, QString>;

void TestSharedConfig::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestSharedConfig::write(const QString &relative, const QByteArray &text)
{
    const QString path = m_home->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(text), text.size());
}

SharedConfig TestSharedConfig::load(const QProcessEnvironment &environment)
{
    return SharedConfig::load(environment, m_home->path());
}

void TestSharedConfig::defaultLocations()
{
    write(QStringLiteral(".aws/config"), "[default]\nregion = eu-west-1\n");
    write(QStringLiteral(".aws/credentials"), "[default]\naws_access_key_id = AKIDDEFAULT\n");
    const SharedConfig config = load();
    QCOMPARE(config.configFilePath(), m_home->filePath(QStringLiteral(".aws/config")));
    QCOMPARE(config.credentialsFilePath(), m_home->filePath(QStringLiteral(".aws/credentials")));
    QCOMPARE(config.profile(QStringLiteral("default")),
             (Properties{{QStringLiteral("region"), QStringLiteral("eu-west-1")},
                         {QStringLiteral("aws_access_key_id"), QStringLiteral("AKIDDEFAULT")}}));
    QVERIFY(config.warnings().isEmpty());
}

void TestSharedConfig::environmentOverridesLocations()
{
    write(QStringLiteral(".aws/config"), "[default]\nregion = from-home\n");
    write(QStringLiteral("elsewhere/cfg"), "[default]\nregion = from-env\n");
    write(QStringLiteral("elsewhere/creds"), "[work]\naws_access_key_id = AKIDWORK\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"),
                       m_home->filePath(QStringLiteral("elsewhere/cfg")));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       m_home->filePath(QStringLiteral("elsewhere/creds")));
    const SharedConfig config = load(environment);
    QCOMPARE(config.profile(QStringLiteral("default")).value(QStringLiteral("region")),
             QStringLiteral("from-env"));
    QCOMPARE(config.profiles(), (QStringList{QStringLiteral("default"), QStringLiteral("work")}));
}

void TestSharedConfig::tildeIsExpanded()
{
    write(QStringLiteral("conf/aws.ini"), "[profile t]\nregion = ap-south-1\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("~/conf/aws.ini"));
    const SharedConfig config = load(environment);
    QCOMPARE(config.configFilePath(), m_home->filePath(QStringLiteral("conf/aws.ini")));
    QCOMPARE(config.profile(QStringLiteral("t")).value(QStringLiteral("region")),
             QStringLiteral("ap-south-1"));
    QCOMPARE(SharedConfig::expandHome(QStringLiteral("/abs/~/x"), QStringLiteral("/h")),
             QStringLiteral("/abs/~/x"));
    QCOMPARE(SharedConfig::expandHome(QStringLiteral("~"), QStringLiteral("/h")),
             QStringLiteral("/h"));
}

void TestSharedConfig::emptyVariableMeansDefault()
{
    write(QStringLiteral(".aws/config"), "[default]\nregion = from-home\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), QString());
    QCOMPARE(load(environment).profile(QStringLiteral("default")).value(QStringLiteral("region")),
             QStringLiteral("from-home"));
}

void TestSharedConfig::missingFilesAreEmpty()
{
    const SharedConfig config = load();
    QVERIFY(config.profiles().isEmpty());
    QVERIFY(!config.hasProfile(QStringLiteral("default")));
    QVERIFY(config.profile(QStringLiteral("default")).isEmpty());
    QVERIFY(config.sessions().isEmpty());
    QVERIFY(config.warnings().isEmpty());
}

void TestSharedConfig::profileSections_data()
{
    QTest::addColumn<QByteArray>("configText");
    QTest::addColumn<QStringList>("profiles");
    QTest::addColumn<int>("warnings");

    QTest::newRow("profile prefix")
        << QByteArray("[profile dev]\nregion = a\n") << QStringList{QStringLiteral("dev")} << 0;
    QTest::newRow("extra spaces after prefix")
        << QByteArray("[profile   dev]\nregion = a\n") << QStringList{QStringLiteral("dev")} << 0;
    QTest::newRow("bare name is ignored")
        << QByteArray("[dev]\nregion = a\n") << QStringList{} << 1;
    QTest::newRow("default without prefix")
        << QByteArray("[default]\nregion = a\n") << QStringList{QStringLiteral("default")} << 0;
    QTest::newRow("unknown section type")
        << QByteArray("[plugin x]\nv = 1\n") << QStringList{} << 1;
    QTest::newRow("sessions are not profiles")
        << QByteArray("[sso-session s]\nsso_region = us-east-1\n[services l]\n") << QStringList{}
        << 0;
}

void TestSharedConfig::profileSections()
{
    QFETCH(QByteArray, configText);
    QFETCH(QStringList, profiles);
    QFETCH(int, warnings);
    write(QStringLiteral(".aws/config"), configText);
    const SharedConfig config = load();
    QCOMPARE(config.profiles(), profiles);
    QCOMPARE(config.warnings().size(), warnings);
    if (warnings == 1 && configText.startsWith("[dev]"))
        QVERIFY(config.warnings().first().contains(u"[profile dev]"));
}

void TestSharedConfig::profileDefaultSupersedesDefault_data()
{
    QTest::addColumn<QByteArray>("configText");
    QTest::newRow("profile default last")
        << QByteArray("[default]\nregion = plain\nx = 1\n[profile default]\nregion = prefixed\n");
    QTest::newRow("profile default first")
        << QByteArray("[profile default]\nregion = prefixed\n[default]\nregion = plain\nx = 1\n");
}

void TestSharedConfig::profileDefaultSupersedesDefault()
{
    QFETCH(QByteArray, configText);
    write(QStringLiteral(".aws/config"), configText);
    const SharedConfig config = load();
    QCOMPARE(config.profile(QStringLiteral("default")),
             (Properties{{QStringLiteral("region"), QStringLiteral("prefixed")}}));
}

void TestSharedConfig::credentialsFileRejectsProfilePrefix()
{
    write(QStringLiteral(".aws/credentials"),
          "[profile dev]\naws_access_key_id = AKIDX\n[ops]\naws_access_key_id = AKIDOPS\n");
    const SharedConfig config = load();
    QCOMPARE(config.profiles(), QStringList{QStringLiteral("ops")});
    QCOMPARE(config.warnings().size(), 1);
    QVERIFY(config.warnings().first().contains(u"[profile dev]"));
}

void TestSharedConfig::credentialsFileWins()
{
    write(QStringLiteral(".aws/config"), "[profile dev]\n"
                                         "region = eu-west-1\n"
                                         "aws_access_key_id = AKIDFROMCONFIG\n"
                                         "services = local\n");
    write(QStringLiteral(".aws/credentials"), "[dev]\n"
                                              "aws_access_key_id = AKIDFROMCREDS\n"
                                              "aws_secret_access_key = secret-from-creds\n");
    const SharedConfig config = load();
    QCOMPARE(
        config.profile(QStringLiteral("dev")),
        (Properties{{QStringLiteral("region"), QStringLiteral("eu-west-1")},
                    {QStringLiteral("aws_access_key_id"), QStringLiteral("AKIDFROMCREDS")},
                    {QStringLiteral("aws_secret_access_key"), QStringLiteral("secret-from-creds")},
                    {QStringLiteral("services"), QStringLiteral("local")}}));
    QCOMPARE(config.profiles(), QStringList{QStringLiteral("dev")});
}

void TestSharedConfig::profilesAreSortedDefaultFirst()
{
    write(QStringLiteral(".aws/config"),
          "[profile zeta]\n[profile alpha]\n[default]\n[profile Beta]\n");
    write(QStringLiteral(".aws/credentials"), "[mid]\n[alpha]\n");
    QCOMPARE(load().profiles(),
             (QStringList{QStringLiteral("default"), QStringLiteral("Beta"),
                          QStringLiteral("alpha"), QStringLiteral("mid"), QStringLiteral("zeta")}));
}

void TestSharedConfig::sessionsAndServices()
{
    write(QStringLiteral(".aws/config"), "[profile dev]\n"
                                         "sso_session = my-sso\n"
                                         "services = local-personalize\n"
                                         "[sso-session my-sso]\n"
                                         "sso_start_url = https://example.awsapps.com/start\n"
                                         "sso_region = us-east-1\n"
                                         "[services local-personalize]\n"
                                         "personalize =\n"
                                         "  endpoint_url = http://localhost:4566\n");
    const SharedConfig config = load();
    QCOMPARE(config.sessions(), QStringList{QStringLiteral("my-sso")});
    QVERIFY(config.hasSession(QStringLiteral("my-sso")));
    QCOMPARE(config.session(QStringLiteral("my-sso")).value(QStringLiteral("sso_region")),
             QStringLiteral("us-east-1"));
    QVERIFY(config.hasServices(QStringLiteral("local-personalize")));
    QCOMPARE(config.servicesSections(), QStringList{QStringLiteral("local-personalize")});
    QCOMPARE(config.services(QStringLiteral("local-personalize"))
                 .subProperties.value(QStringLiteral("personalize"))
                 .value(QStringLiteral("endpoint_url")),
             QStringLiteral("http://localhost:4566"));
    QVERIFY(!config.hasProfile(QStringLiteral("my-sso")));
}

QTEST_GUILESS_MAIN(TestSharedConfig)
#include "tst_sharedconfig.moc"
