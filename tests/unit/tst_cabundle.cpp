#include "aws/cabundle.h"
#include "aws/clientconfiguration.h"
#include "aws/inifile.h"
#include "common/testcertificates.h"
#include "common/testpeers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

using TestCertificates::kTestCaPem;

const AwsServiceInfo kService{QStringLiteral("personalize"), QStringLiteral("Personalize"),
                              QStringLiteral("Amazon Personalize")};

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

// The configuration a session resolves with AWS_CA_BUNDLE=path.
Result<ClientConfiguration, AwsError> resolveWithBundle(const QString &path)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_CA_BUNDLE"), path);
    environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    const QString home = QDir::tempPath();
    const SharedConfig config =
        SharedConfig::fromFiles(IniFile::parse({}, home + u"/.aws/config"),
                                IniFile::parse({}, home + u"/.aws/credentials"), home);
    return ClientConfiguration::resolve(kService, environment, config);
}

} // namespace

// AWS_CA_BUNDLE / ca_bundle: read and checked when the configuration is resolved, parsed only
// when an HTTPS connection first needs it, once per process for one file.
class TestCaBundle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsedAtFirstUseOnly();
    void oneFileIsParsedOncePerProcess();
    void contents_data();
    void contents();
    void notAFile();
    void generatedByOpenssl();
};

void TestCaBundle::parsedAtFirstUseOnly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("corp.pem"), kTestCaPem);
    const auto resolved = resolveWithBundle(path);
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
    QVERIFY(resolved->caBundle);
    QCOMPARE(resolved->caBundle->path(), path);
    QCOMPARE(resolved->caBundle->setting(), QStringLiteral("AWS_CA_BUNDLE"));
    QVERIFY(!resolved->caBundle->isParsed()); // nothing has needed it yet

    const auto ssl = resolved->caBundle->sslConfiguration();
    QVERIFY(ssl.ok());
    QVERIFY(resolved->caBundle->isParsed());
    const QList<QSslCertificate> extra = QSslCertificate::fromData(kTestCaPem, QSsl::Pem);
    QVERIFY(ssl->caCertificates().contains(extra.first()));
    QCOMPARE(ssl->peerVerifyMode(), QSslSocket::VerifyPeer);
    // In addition to the system's CAs, not instead of them.
    for (const QSslCertificate &certificate : QSslConfiguration::systemCaCertificates())
        QVERIFY(ssl->caCertificates().contains(certificate));
}

void TestCaBundle::oneFileIsParsedOncePerProcess()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("corp.pem"), kTestCaPem);
    const auto first = resolveWithBundle(path);
    QVERIFY(first.ok());
    QVERIFY(first->caBundle->sslConfiguration().ok());
    // Another connection (another region, a reconnection) reads the file again but finds its
    // certificates parsed.
    const auto second = resolveWithBundle(path);
    QVERIFY(second.ok());
    QCOMPARE(second->caBundle.get(), first->caBundle.get());
    QVERIFY(second->caBundle->isParsed());

    // A changed file is parsed afresh.
    QVERIFY(!writeFile(dir, QStringLiteral("corp.pem"), kTestCaPem + kTestCaPem).isEmpty());
    const auto changed = resolveWithBundle(path);
    QVERIFY(changed.ok());
    QVERIFY(changed->caBundle.get() != first->caBundle.get());
    QVERIFY(!changed->caBundle->isParsed());
}

void TestCaBundle::contents_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("resolveError"); // empty: resolves
    QTest::addColumn<QString>("useError");     // empty: usable

    QTest::newRow("one") << kTestCaPem << QString() << QString();
    QTest::newRow("two") << kTestCaPem + kTestCaPem << QString() << QString();
    QTest::newRow("comments around")
        << QByteArray("# corporate proxy CA\n") + kTestCaPem + QByteArray("\ntrailing text\n")
        << QString() << QString();
    QTest::newRow("crlf") << QByteArray(kTestCaPem).replace("\n", "\r\n") << QString() << QString();
    QTest::newRow("empty") << QByteArray() << QStringLiteral("holds no PEM certificate")
                           << QString();
    QTest::newRow("text") << QByteArray("not a certificate\n")
                          << QStringLiteral("holds no PEM certificate") << QString();
    QTest::newRow("private key only")
        << QByteArray("-----BEGIN PRIVATE KEY-----\nMIGHAgEA\n-----END PRIVATE KEY-----\n")
        << QStringLiteral("holds no PEM certificate") << QString();
    QTest::newRow("der bytes") << QByteArray::fromBase64(kTestCaPem.mid(28, 64))
                               << QStringLiteral("holds no PEM certificate") << QString();
    // Looks like one until it is parsed, at the first HTTPS connection.
    QTest::newRow("damaged block")
        << QByteArray("-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n"
                      "-----END CERTIFICATE-----\n")
        << QString() << QStringLiteral("holds no PEM certificate");
}

void TestCaBundle::contents()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, resolveError);
    QFETCH(QString, useError);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeFile(dir, QStringLiteral("bundle.pem"), content);
    QVERIFY(!path.isEmpty());
    const auto resolved = resolveWithBundle(path);
    if (!resolveError.isEmpty()) {
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().kind, AwsError::Kind::Configuration);
        QVERIFY2(resolved.error().message.contains(resolveError),
                 qPrintable(resolved.error().message));
        QVERIFY(resolved.error().message.contains(QDir::toNativeSeparators(path)));
        QVERIFY(resolved.error().message.contains(u"AWS_CA_BUNDLE"));
        return;
    }
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
    const auto ssl = resolved->caBundle->sslConfiguration();
    if (!useError.isEmpty()) {
        QVERIFY(!ssl.ok());
        QVERIFY2(ssl.error().contains(useError), qPrintable(ssl.error()));
        QVERIFY(ssl.error().contains(QDir::toNativeSeparators(path)));
        QVERIFY(ssl.error().contains(u"AWS_CA_BUNDLE"));
        QVERIFY(!resolved->caBundle->sslConfiguration().ok()); // the same answer again
        return;
    }
    QVERIFY2(ssl.ok(), ssl.ok() ? "" : qPrintable(ssl.error()));
    bool found = false;
    for (const QSslCertificate &certificate : ssl->caCertificates()) {
        found = found || certificate.subjectInfo(QSslCertificate::CommonName) ==
                             QStringList{QStringLiteral("Import Desk Test CA a")};
    }
    QVERIFY(found);
}

void TestCaBundle::notAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto resolved = resolveWithBundle(dir.path());
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().message.contains(u"is not a regular file"),
             qPrintable(resolved.error().message));
#ifdef Q_OS_UNIX
    // A FIFO nobody writes to must not block whoever resolves the configuration.
    const QString fifo = dir.filePath(QStringLiteral("fifo.pem"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    resolved = resolveWithBundle(fifo);
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().message.contains(u"is not a regular file"),
             qPrintable(resolved.error().message));
#endif
}

void TestCaBundle::generatedByOpenssl()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        IMPORTDESK_PEER_MISSING("openssl is not installed; the embedded PEM cases cover loading");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certPath = dir.filePath(QStringLiteral("ca.pem"));
    QProcess process;
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ca.key")),
                   QStringLiteral("-out"), certPath, QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=Generated Test CA")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const auto resolved = resolveWithBundle(certPath);
    QVERIFY2(resolved.ok(), resolved.ok() ? "" : qPrintable(resolved.error().message));
    const auto ssl = resolved->caBundle->sslConfiguration();
    QVERIFY(ssl.ok());
    bool found = false;
    for (const QSslCertificate &certificate : ssl->caCertificates()) {
        found = found || certificate.subjectInfo(QSslCertificate::CommonName) ==
                             QStringList{QStringLiteral("Generated Test CA")};
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestCaBundle)
#include "tst_cabundle.moc"
