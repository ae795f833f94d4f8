#include "aws/awssession.h"
#include "common/scriptedhttpserver.h"
#include "common/testpeers.h"
#include "personalize/personalizeclient.h"
#include "personalize/personalizeservice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// HTTPS to an endpoint whose certificate no system CA signed, as behind a TLS-inspecting proxy
// or a private endpoint: the client refuses it and tells the user what to do, and trusts it
// once AWS_CA_BUNDLE or the profile's ca_bundle names the certificate. Through the real session
// (AwsSession, AwsClient, PersonalizeClient) and through importdesk-cli as a child process,
// against a loopback HTTPS server with a certificate made by openssl for this run.
class TestTlsLoopback final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sessionRefusesAnUntrustedCertificate();
    void sessionTrustsTheCaBundle_data();
    void sessionTrustsTheCaBundle();
    void cliRefusesAnUntrustedCertificate();
    void cliTrustsTheCaBundle_data();
    void cliTrustsTheCaBundle();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    void writeConfig(const QByteArray &content);
    AwsSessionOptions sessionOptions(bool caBundleInEnvironment) const;
    Result<QList<DatasetGroupSummary>, AwsError> listGroups(const AwsSessionOptions &options);
    Run cli(bool caBundleInEnvironment);

    QTemporaryDir m_dir;
    QString m_certificateFile;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<ScriptedHttpServer> m_server;
};

namespace {

const QByteArray kGroupArn = "arn:aws:personalize:us-east-1:111122223333:dataset-group/tls-group";
const QString kAccessKeyId = QStringLiteral("AKIATLSLOOPBACK00001");
const QString kSecret = QStringLiteral("tlsLoopbackSecretKey0123456789abcdefghij");

// Enough of the service for `datasets`: one group, no datasets.
ScriptedResponse answer(const ReceivedRequest &request)
{
    const QByteArray target = request.header("X-Amz-Target");
    if (target.endsWith(".ListDatasetGroups")) {
        return ScriptedResponse::json(
            200, R"({"datasetGroups":[{"datasetGroupArn":")" + kGroupArn +
                     R"(","name":"tls-group","status":"ACTIVE","creationDateTime":1700000000}]})");
    }
    if (target.endsWith(".ListDatasets"))
        return ScriptedResponse::json(200, R"({"datasets":[]})");
    return ScriptedResponse::awsError(400, "UnknownOperationException", "not scripted");
}

} // namespace

void TestTlsLoopback::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        IMPORTDESK_PEER_MISSING("openssl is not installed; it makes the test's certificate");
    // A self-signed certificate for 127.0.0.1, valid for this run only.
    m_certificateFile = m_dir.filePath(QStringLiteral("loopback.pem"));
    const QString keyFile = m_dir.filePath(QStringLiteral("loopback.key"));
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), m_certificateFile,
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    QFile certificate(m_certificateFile);
    QVERIFY(certificate.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(certificate.readAll(), QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    QFile key(keyFile);
    QVERIFY(key.open(QIODevice::ReadOnly));
    m_key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_key.isNull());
}

void TestTlsLoopback::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    writeConfig("[default]\nregion = us-east-1\n");
    m_server = std::make_unique<ScriptedHttpServer>();
    m_server->useTls(m_certificate, m_key);
    m_server->setHandler(answer);
    QVERIFY(m_server->listen());
    QCOMPARE(m_server->url().scheme(), QStringLiteral("https"));
}

void TestTlsLoopback::cleanup()
{
    m_server.reset();
    m_home.reset();
}

void TestTlsLoopback::writeConfig(const QByteArray &content)
{
    QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral(".aws")));
    QFile file(m_home->filePath(QStringLiteral(".aws/config")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

AwsSessionOptions TestTlsLoopback::sessionOptions(bool caBundleInEnvironment) const
{
    AwsSessionOptions options;
    options.environment = QProcessEnvironment();
    options.environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kAccessKeyId);
    options.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kSecret);
    options.environment.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    if (caBundleInEnvironment)
        options.environment.insert(QStringLiteral("AWS_CA_BUNDLE"), m_certificateFile);
    options.homeDir = m_home->path();
    options.overrides.endpointUrl = m_server->url();
    return options;
}

Result<QList<DatasetGroupSummary>, AwsError>
TestTlsLoopback::listGroups(const AwsSessionOptions &options)
{
    const auto session = AwsSession::open(PersonalizeService::info(), options);
    if (!session.ok())
        return session.error();
    PersonalizeClient client(session.value()->client());
    std::optional<Result<QList<DatasetGroupSummary>, AwsError>> groups;
    client.listAllDatasetGroups(this, [&](const auto &result) { groups = result; });
    if (!QTest::qWaitFor([&] { return groups.has_value(); }, 20000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("no answer in 20 s"));
    return *groups;
}

void TestTlsLoopback::sessionRefusesAnUntrustedCertificate()
{
    const auto groups = listGroups(sessionOptions(false));
    QVERIFY(!groups.ok());
    const AwsError &error = groups.error();
    QCOMPARE(error.kind, AwsError::Kind::Tls);
    QVERIFY2(error.message.contains(u"secure connection to 127.0.0.1"), qPrintable(error.message));
    // What to do: the certificate is not trusted, and where to say it should be.
    QVERIFY2(error.suggestion().contains(u"certificate is not trusted"),
             qPrintable(error.suggestion()));
    QVERIFY(error.suggestion().contains(u"AWS_CA_BUNDLE"));
    QVERIFY(error.suggestion().contains(u"ca_bundle"));
    // Refused in the handshake: not one request reached the server.
    QCOMPARE(m_server->requests().size(), 0);
}

void TestTlsLoopback::sessionTrustsTheCaBundle_data()
{
    QTest::addColumn<bool>("inEnvironment");
    QTest::newRow("AWS_CA_BUNDLE") << true;
    QTest::newRow("profile ca_bundle") << false;
}

void TestTlsLoopback::sessionTrustsTheCaBundle()
{
    QFETCH(bool, inEnvironment);
    if (!inEnvironment)
        writeConfig("[default]\nregion = us-east-1\nca_bundle = " + m_certificateFile.toUtf8() +
                    "\n");
    const auto groups = listGroups(sessionOptions(inEnvironment));
    QVERIFY2(groups.ok(), qPrintable(groups.ok() ? QString() : groups.error().summary()));
    QCOMPARE(groups.value().size(), 1);
    QCOMPARE(groups.value().constFirst().name, std::optional(QStringLiteral("tls-group")));
    QCOMPARE(m_server->requests().size(), 1);
}

TestTlsLoopback::Run TestTlsLoopback::cli(bool caBundleInEnvironment)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("cfg")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    const QProcessEnvironment session = sessionOptions(caBundleInEnvironment).environment;
    for (const QString &key : session.keys())
        environment.insert(key, session.value(key));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(IMPORTDESK_CLI_EXECUTABLE),
                  {QStringLiteral("datasets"), QStringLiteral("--endpoint-url"),
                   m_server->url().toString(QUrl::StripTrailingSlash)});
    // The server answers from this process's event loop, so it is waited for with events.
    Run run;
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestTlsLoopback::cliRefusesAnUntrustedCertificate()
{
    const Run run = cli(false);
    qInfo().noquote() << "importdesk-cli says:" << run.err.trimmed();
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"secure connection to 127.0.0.1"), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"certificate is not trusted"), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"AWS_CA_BUNDLE"), qPrintable(run.err));
    QVERIFY(!run.out.contains(u"tls-group"));
    QCOMPARE(m_server->requests().size(), 0);
}

void TestTlsLoopback::cliTrustsTheCaBundle_data()
{
    QTest::addColumn<bool>("inEnvironment");
    QTest::newRow("AWS_CA_BUNDLE") << true;
    QTest::newRow("profile ca_bundle") << false;
}

void TestTlsLoopback::cliTrustsTheCaBundle()
{
    QFETCH(bool, inEnvironment);
    if (!inEnvironment)
        writeConfig("[default]\nregion = us-east-1\nca_bundle = " + m_certificateFile.toUtf8() +
                    "\n");
    const Run run = cli(inEnvironment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"tls-group"), qPrintable(run.out));
    QVERIFY(m_server->requests().size() >= 1);
}

QTEST_GUILESS_MAIN(TestTlsLoopback)
#include "tst_tlsloopback.moc"
