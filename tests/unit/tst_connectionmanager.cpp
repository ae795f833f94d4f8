#include "desktop/connectionmanager.h"
#include "personalize/personalizeclient.h"
#include "sandbox/sandboxclient.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using State = ConnectionManager::State;

// The app's connection without the network: profiles read from a home folder's config files,
// credentials checked at once with plain advice when they are missing, malformed settings
// refused with their message, answers for an older connection ignored, and the sandbox.
class TestConnectionManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void profilesFromTheConfigFiles();
    void noProfilesWithoutFiles();
    void connectsWithStoredKeys();
    void missingCredentialsGiveAdvice_data();
    void missingCredentialsGiveAdvice();
    void ssoProfileNamesTheSignInCommand();
    void malformedSettingsAreRefused_data();
    void malformedSettingsAreRefused();
    void lateAnswerOfAnOlderConnectionIsIgnored();
    void accountIdIsAnnouncedOnce();
    void sandboxIgnoresProfileAndRegion();
    void callerIdentityIsLookedUp();
    void callerIdentityOfAnAssumedRole();
    void callerIdentityFailureKeepsTheConnection();
    void shortCallerNames_data();
    void shortCallerNames();

private:
    void writeFile(const QString &relative, const QByteArray &content);
    // The user's environment and files stay out: only the temporary home counts.
    AwsSessionOptions options() const;
    // Connects and waits for the credentials check to end.
    bool connectAndWait(ConnectionManager &manager, const QString &profile, const QString &region);

    std::unique_ptr<QTemporaryDir> m_home;
};

namespace {

const QByteArray kConfig = R"([default]
region = us-east-1

[profile dev]
region = eu-west-1

[profile work]
sso_session = corp
sso_account_id = 111122223333
sso_role_name = Importer
region = us-east-1

[sso-session corp]
sso_start_url = https://corp.awsapps.com/start
sso_region = us-east-1

[profile nothing]
region = us-west-2
)";

const QByteArray kCredentials = R"([default]
aws_access_key_id = AKIAIOSFODNN7DEFAULT
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzDEFAULT

[dev]
aws_access_key_id = AKIAIOSFODNN7DEVELOP
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzDEVELOP
aws_account_id = 444455556666
)";

QStringList statesOf(const QSignalSpy &spy)
{
    QStringList states;
    for (const QList<QVariant> &signal : spy) {
        states.append(QString::fromLatin1(QMetaEnum::fromType<State>().valueToKey(
                          static_cast<int>(signal.at(0).value<State>()))) +
                      u' ' + signal.at(1).toString());
    }
    return states;
}

} // namespace

void TestConnectionManager::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestConnectionManager::writeFile(const QString &relative, const QByteArray &content)
{
    const QString path = m_home->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

AwsSessionOptions TestConnectionManager::options() const
{
    AwsSessionOptions options;
    options.environment = QProcessEnvironment();
    options.homeDir = m_home->path();
    return options;
}

bool TestConnectionManager::connectAndWait(ConnectionManager &manager, const QString &profile,
                                           const QString &region)
{
    if (!manager.connectTo(profile, region))
        return false;
    return QTest::qWaitFor([&] { return manager.state() != State::Checking; }, 10000);
}

void TestConnectionManager::profilesFromTheConfigFiles()
{
    writeFile(QStringLiteral(".aws/config"), kConfig);
    writeFile(QStringLiteral(".aws/credentials"), kCredentials);
    ConnectionManager manager(options());
    const QStringList profiles = manager.profiles();
    QCOMPARE(profiles.value(0), QStringLiteral("default"));
    QCOMPARE(QSet<QString>(profiles.cbegin(), profiles.cend()),
             (QSet<QString>{QStringLiteral("default"), QStringLiteral("dev"),
                            QStringLiteral("work"), QStringLiteral("nothing")}));
    QCOMPARE(profiles.size(), 4); // a profile in both files is listed once
    QVERIFY(ConnectionManager::regions().contains(QStringLiteral("eu-west-1")));
    QCOMPARE(manager.state(), State::Disconnected);
    QCOMPARE(manager.client(), nullptr);
}

void TestConnectionManager::noProfilesWithoutFiles()
{
    ConnectionManager manager(options());
    QCOMPARE(manager.profiles(), QStringList());
}

void TestConnectionManager::connectsWithStoredKeys()
{
    writeFile(QStringLiteral(".aws/config"), kConfig);
    writeFile(QStringLiteral(".aws/credentials"), kCredentials);
    ConnectionManager manager(options());
    QSignalSpy sessions(&manager, &ConnectionManager::sessionChanged);
    QSignalSpy states(&manager, &ConnectionManager::stateChanged);
    QVERIFY(manager.connectTo(QStringLiteral("dev"), QString()));
    QCOMPARE(sessions.count(), 1);
    QVERIFY(manager.client() != nullptr);
    QCOMPARE(manager.state(), State::Checking);
    QCOMPARE(manager.statusMessage(), QStringLiteral("Checking the credentials of profile “dev”…"));
    QTRY_COMPARE(manager.state(), State::Ready);
    QCOMPARE(manager.profile(), QStringLiteral("dev"));
    QCOMPARE(manager.region(), QStringLiteral("eu-west-1")); // from the profile
    QCOMPARE(manager.accountId(), QStringLiteral("444455556666"));
    QVERIFY2(manager.statusMessage().startsWith(u"Connected as AKIA…ELOP"),
             qPrintable(manager.statusMessage()));
    QVERIFY(!manager.statusMessage().contains(u"wJalr")); // never the secret
    QCOMPARE(statesOf(states).size(), 2);

    // An explicit region beats the profile's.
    QVERIFY(connectAndWait(manager, QStringLiteral("dev"), QStringLiteral("us-west-2")));
    QCOMPARE(manager.region(), QStringLiteral("us-west-2"));
    QCOMPARE(manager.state(), State::Ready);
}

void TestConnectionManager::missingCredentialsGiveAdvice_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("withFiles");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("no files at all")
        << QString() << false
        << QStringList{QStringLiteral("No AWS credentials were found"),
                       QStringLiteral("Run \"aws configure\""),
                       QStringLiteral("Configure credentials for this profile, or choose another "
                                      "profile.")};
    QTest::newRow("a profile without keys")
        << QStringLiteral("nothing") << true
        << QStringList{QStringLiteral("The profile \"nothing\" holds no credentials."),
                       QStringLiteral("aws configure --profile nothing"),
                       QStringLiteral("Configure credentials for this profile, or choose another "
                                      "profile.")};
}

void TestConnectionManager::missingCredentialsGiveAdvice()
{
    QFETCH(QString, profile);
    QFETCH(bool, withFiles);
    QFETCH(QStringList, expected);
    if (withFiles)
        writeFile(QStringLiteral(".aws/config"), kConfig);
    ConnectionManager manager(options());
    QSignalSpy states(&manager, &ConnectionManager::stateChanged);
    // The session opens (the region is known); the credentials check fails.
    QVERIFY(connectAndWait(manager, profile, QStringLiteral("us-east-1")));
    QCOMPARE(manager.state(), State::Failed);
    QVERIFY(manager.client() != nullptr);
    const QString message = manager.statusMessage();
    for (const QString &part : std::as_const(expected))
        QVERIFY2(message.contains(part), qPrintable(message));
    QCOMPARE(states.constLast().at(1).toString(), message);
    QCOMPARE(manager.accountId(), QString());
}

void TestConnectionManager::ssoProfileNamesTheSignInCommand()
{
    writeFile(QStringLiteral(".aws/config"), kConfig);
    ConnectionManager manager(options());
    // Not signed in: there is no token in ~/.aws/sso/cache.
    QVERIFY(connectAndWait(manager, QStringLiteral("work"), QString()));
    QCOMPARE(manager.state(), State::Failed);
    const QString message = manager.statusMessage();
    QVERIFY2(message.contains(u"aws sso login --profile work"), qPrintable(message));
    QVERIFY2(message.contains(u"IAM Identity Center"), qPrintable(message));
}

void TestConnectionManager::malformedSettingsAreRefused_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("attempts not a number")
        << QByteArray("[default]\nregion = us-east-1\nmax_attempts = many\n") << QString()
        << QString() << QStringList{QStringLiteral("max_attempts"), QStringLiteral("\"many\"")};
    QTest::newRow("endpoint not a URL")
        << QByteArray("[default]\nregion = us-east-1\nendpoint_url = ftp://files.example\n")
        << QString() << QString()
        << QStringList{QStringLiteral("ftp://files.example"), QStringLiteral("not a valid")};
    QTest::newRow("region not a region")
        << QByteArray("[default]\n") << QString() << QStringLiteral("us east 1!")
        << QStringList{QStringLiteral("“us east 1!”")};
    QTest::newRow("no region") << QByteArray("[default]\n") << QString() << QString()
                               << QStringList{QStringLiteral("No AWS Region is configured")};
    QTest::newRow("unknown profile")
        << QByteArray("[default]\n") << QStringLiteral("typo") << QStringLiteral("us-east-1")
        << QStringList{QStringLiteral("The profile \"typo\""), QStringLiteral("does not exist")};
}

void TestConnectionManager::malformedSettingsAreRefused()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, profile);
    QFETCH(QString, region);
    QFETCH(QStringList, expected);
    writeFile(QStringLiteral(".aws/config"), config);
    ConnectionManager manager(options());
    QSignalSpy sessions(&manager, &ConnectionManager::sessionChanged);
    QSignalSpy states(&manager, &ConnectionManager::stateChanged);
    QVERIFY(!manager.connectTo(profile, region));
    QCOMPARE(manager.state(), State::Failed);
    QCOMPARE(manager.client(), nullptr);
    QCOMPARE(manager.session(), nullptr);
    QCOMPARE(sessions.count(), 1); // the old session is gone
    QCOMPARE(states.count(), 1);
    const QString message = manager.statusMessage();
    for (const QString &part : std::as_const(expected))
        QVERIFY2(message.contains(part), qPrintable(message));
    // What was asked for is still shown.
    QCOMPARE(manager.profile(), profile);
    QCOMPARE(manager.region(), region);
}

void TestConnectionManager::lateAnswerOfAnOlderConnectionIsIgnored()
{
    writeFile(QStringLiteral(".aws/config"), kConfig);
    writeFile(QStringLiteral(".aws/credentials"), kCredentials);
    ConnectionManager manager(options());
    QSignalSpy states(&manager, &ConnectionManager::stateChanged);
    QSignalSpy accounts(&manager, &ConnectionManager::accountIdChanged);
    // Both checks are answered after this returns, the older one first: its failure must not
    // show, though it arrives while the newer connection is being checked.
    QVERIFY(manager.connectTo(QStringLiteral("nothing"), QString()));
    QVERIFY(manager.connectTo(QStringLiteral("dev"), QString()));
    // Answers arrive in order: once the newer one is in, the older one has been handled.
    QTRY_COMPARE(manager.state(), State::Ready);
    QCOMPARE(statesOf(states),
             (QStringList{u"Checking " + QStringLiteral("Checking the credentials of profile "
                                                        "“nothing”…"),
                          u"Checking " + QStringLiteral("Checking the credentials of profile "
                                                        "“dev”…"),
                          u"Ready " + manager.statusMessage()}));
    QCOMPARE(manager.profile(), QStringLiteral("dev"));
    QCOMPARE(accounts.count(), 1);
    QCOMPARE(manager.accountId(), QStringLiteral("444455556666"));
}

void TestConnectionManager::accountIdIsAnnouncedOnce()
{
    writeFile(QStringLiteral(".aws/config"), kConfig);
    writeFile(QStringLiteral(".aws/credentials"), kCredentials);
    ConnectionManager manager(options());
    QSignalSpy accounts(&manager, &ConnectionManager::accountIdChanged);
    manager.setAccountId(QStringLiteral("111122223333")); // from a listed resource
    manager.setAccountId(QStringLiteral("111122223333"));
    manager.setAccountId(QString());
    QCOMPARE(accounts.count(), 1);
    // A new connection forgets it at once, and learns the new one from the credentials.
    QVERIFY(connectAndWait(manager, QStringLiteral("dev"), QString()));
    QCOMPARE(accounts.count(), 3);
    QCOMPARE(accounts.at(1).at(0).toString(), QString());
    QCOMPARE(accounts.at(2).at(0).toString(), QStringLiteral("444455556666"));
}

void TestConnectionManager::sandboxIgnoresProfileAndRegion()
{
    // The user's files name other profiles and regions; the sandbox ignores them.
    writeFile(QStringLiteral(".aws/config"), kConfig);
    SandboxOptions sandbox;
    sandbox.region = QStringLiteral("eu-central-1");
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:4576"));
    AwsSessionOptions base = SandboxClient::sessionOptions(sandbox, endpoint);
    base.homeDir = m_home->path();
    ConnectionManager manager(base);
    manager.setSandbox(true);
    QVERIFY(manager.isSandbox());
    QVERIFY(connectAndWait(manager, QStringLiteral("dev"), QStringLiteral("us-west-2")));
    QCOMPARE(manager.state(), State::Ready);
    QCOMPARE(manager.region(), QStringLiteral("eu-central-1"));
    QCOMPARE(manager.session()->endpoint(), endpoint);
    QCOMPARE(manager.statusMessage(),
             QStringLiteral("Connected to the local sandbox at http://127.0.0.1:4576."));
    QCOMPARE(manager.accountId(), sandbox.accountId);
}

namespace {

QByteArray sandboxKeys(const char *profile)
{
    return "[" + QByteArray(profile) +
           "]\naws_access_key_id = " + QByteArray(SandboxDefaults::kAccessKeyId.data()) +
           "\naws_secret_access_key = " + QByteArray(SandboxDefaults::kSecretAccessKey.data()) +
           "\naws_account_id = 999988887777\n";
}

} // namespace

void TestConnectionManager::callerIdentityIsLookedUp()
{
    SandboxServer sandbox{SandboxOptions()};
    QVERIFY(sandbox.listen(0));
    writeFile(QStringLiteral(".aws/credentials"), sandboxKeys("default"));
    AwsSessionOptions base = options();
    // Personalize and STS both at the sandbox.
    base.environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), sandbox.url().toString());
    ConnectionManager manager(base);
    manager.setLooksUpCallerIdentity(true);
    QSignalSpy identity(&manager, &ConnectionManager::callerIdentityChanged);
    QVERIFY(connectAndWait(manager, QString(), QLatin1String(SandboxDefaults::kRegion)));
    QCOMPARE(manager.state(), State::Ready);
    // The configuration's guess first, then what STS says.
    QTRY_COMPARE(manager.callerArn(),
                 u"arn:aws:iam::" + sandbox.options().accountId + u":user/sandbox-operator");
    QCOMPARE(manager.callerAccount(), sandbox.options().accountId);
    QCOMPARE(manager.accountId(), sandbox.options().accountId);
    QCOMPARE(manager.callerName(), QStringLiteral("user sandbox-operator"));
    QCOMPARE(identity.size(), 1);
    QCOMPARE(sandbox.requestCount(QStringLiteral("GetCallerIdentity")), 1);

    // A new connection forgets the old identity at once.
    QVERIFY(manager.connectTo(QString(), QLatin1String(SandboxDefaults::kRegion)));
    QCOMPARE(manager.callerArn(), QString());
    QCOMPARE(identity.size(), 2);
    QTRY_VERIFY(!manager.callerArn().isEmpty());

    // Off unless asked for.
    ConnectionManager quiet(base);
    QVERIFY(connectAndWait(quiet, QString(), QLatin1String(SandboxDefaults::kRegion)));
    QTest::qWait(0);
    QCOMPARE(sandbox.requestCount(QStringLiteral("GetCallerIdentity")), 2);
    QCOMPARE(quiet.callerArn(), QString());
}

void TestConnectionManager::callerIdentityOfAnAssumedRole()
{
    SandboxServer sandbox{SandboxOptions()};
    QVERIFY(sandbox.listen(0));
    writeFile(QStringLiteral(".aws/credentials"), sandboxKeys("base"));
    writeFile(QStringLiteral(".aws/config"),
              "[profile ops]\nrole_arn = arn:aws:iam::444455556666:role/Operator\n"
              "source_profile = base\nrole_session_name = night-run\n");
    AwsSessionOptions base = options();
    base.environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), sandbox.url().toString());
    ConnectionManager manager(base);
    manager.setLooksUpCallerIdentity(true);
    QVERIFY(
        connectAndWait(manager, QStringLiteral("ops"), QLatin1String(SandboxDefaults::kRegion)));
    QCOMPARE(manager.state(), State::Ready);
    QTRY_COMPARE(manager.callerArn(),
                 QStringLiteral("arn:aws:sts::444455556666:assumed-role/Operator/night-run"));
    QCOMPARE(manager.accountId(), QStringLiteral("444455556666"));
    QCOMPARE(manager.callerName(), QStringLiteral("role Operator (session night-run)"));
}

void TestConnectionManager::callerIdentityFailureKeepsTheConnection()
{
    SandboxServer sandbox{SandboxOptions()};
    QVERIFY(sandbox.listen(0));
    writeFile(QStringLiteral(".aws/credentials"), sandboxKeys("default"));
    AwsSessionOptions base = options();
    base.environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), sandbox.url().toString());
    // STS answers with an error: nothing is served at that path.
    base.environment.insert(QStringLiteral("AWS_ENDPOINT_URL_STS"),
                            sandbox.url().toString() + QStringLiteral("/sts-is-elsewhere"));
    ConnectionManager manager(base);
    manager.setLooksUpCallerIdentity(true);
    QSignalSpy calls(&manager, &ConnectionManager::callFinished);
    QVERIFY(connectAndWait(manager, QString(), QLatin1String(SandboxDefaults::kRegion)));
    QTRY_VERIFY(std::any_of(calls.cbegin(), calls.cend(), [](const QList<QVariant> &call) {
        return call.at(0).value<AwsCallRecord>().operation == u"GetCallerIdentity";
    }));
    QCOMPARE(manager.state(), State::Ready);
    QCOMPARE(manager.callerArn(), QString());
    QCOMPARE(manager.callerAccount(), QString());
    // What the configuration says stays.
    QCOMPARE(manager.accountId(), QStringLiteral("999988887777"));
}

void TestConnectionManager::shortCallerNames_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("name");
    QTest::newRow("user") << "arn:aws:iam::111122223333:user/ops/alice"
                          << "user alice";
    QTest::newRow("root") << "arn:aws:iam::111122223333:root"
                          << "root user";
    QTest::newRow("role") << "arn:aws:sts::111122223333:assumed-role/Operator/s1"
                          << "role Operator (session s1)";
    QTest::newRow("sso") << "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0a1b/"
                            "ops@example.com"
                         << "role AWSReservedSSO_Admin_0a1b (session ops@example.com)";
    QTest::newRow("federated") << "arn:aws:sts::111122223333:federated-user/bob"
                               << "federated user bob";
    QTest::newRow("other") << "arn:aws:iam::111122223333:something/else"
                           << "something/else";
}

void TestConnectionManager::shortCallerNames()
{
    QFETCH(QString, arn);
    QFETCH(QString, name);
    QCOMPARE(ConnectionManager::shortCallerName(arn), name);
}

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
