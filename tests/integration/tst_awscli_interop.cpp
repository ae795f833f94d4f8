#include "common/testpeers.h"
#include "sandbox/sandboxdefaults.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <QTest>
#include <algorithm>

// The real importdesk-sandbox executable against the real AWS CLI: if the CLI accepts the
// sandbox, the sandbox speaks the wire protocol, not just Import Desk's reading of it. The CLI
// takes a second or two to start, so the runs are few and each checks several things.
class TestAwsCliInterop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void createListDescribe();
    void wrongSecretIsRefused();
    void wrongKeyIdIsRefused();
    void s3ListsTheDemoBucket();
    void s3HeadsObjects();
    void s3GetsRanges();
    void s3ErrorsReachTheCli();
    void importdeskCliSharesTheSandbox();
    void terminatesCleanlyAndSavesState();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Run aws(const QStringList &arguments,
            const QString &accessKeyId = SandboxDefaults::kAccessKeyId,
            const QString &secret = SandboxDefaults::kSecretAccessKey);
    // `aws s3api …` against the sandbox's S3 reads.
    Run s3api(const QStringList &arguments);
    Run run(const QString &program, const QStringList &arguments, const QString &accessKeyId,
            const QString &secret);

    QString m_aws;
    QTemporaryDir m_home;
    QProcess m_sandbox;
    QString m_endpoint;
    QString m_stateFile;
};

namespace {
const QString kDataset =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/INTERACTIONS");
const QString kJobArn =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/cli-import-1");
} // namespace

void TestAwsCliInterop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Debian's awscli first, then whatever is on PATH.
    const QFileInfo debian(QStringLiteral("/usr/bin/aws"));
    m_aws = debian.isExecutable() ? debian.filePath()
                                  : QStandardPaths::findExecutable(QStringLiteral("aws"));
    if (m_aws.isEmpty())
        IMPORTDESK_PEER_MISSING("The AWS CLI is not installed (apt-get install awscli)");
    QVERIFY(m_home.isValid());

    // Empty config files, so nothing from the user's ~/.aws can leak in.
    for (const char *name : {"config", "credentials"}) {
        QFile file(m_home.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }

    m_stateFile = m_home.filePath(QStringLiteral("sandbox-state.json"));
    m_sandbox.setProgram(QStringLiteral(IMPORTDESK_SANDBOX_EXECUTABLE));
    m_sandbox.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                            QStringLiteral("5"), QStringLiteral("--state"), m_stateFile});
    m_sandbox.setProcessChannelMode(QProcess::SeparateChannels);
    m_sandbox.start();
    QVERIFY2(m_sandbox.waitForStarted(10000), qPrintable(m_sandbox.errorString()));
    const QRegularExpression ready(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"));
    QByteArray firstLine;
    QElapsedTimer waited;
    waited.start();
    while (!m_sandbox.canReadLine() && waited.elapsed() < 20000)
        m_sandbox.waitForReadyRead(1000);
    firstLine = m_sandbox.readLine().trimmed();
    const auto match = ready.match(QString::fromUtf8(firstLine));
    QVERIFY2(match.hasMatch(), firstLine.constData());
    m_endpoint = match.captured(1);
}

void TestAwsCliInterop::cleanupTestCase()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.kill();
        m_sandbox.waitForFinished(5000);
    }
}

TestAwsCliInterop::Run TestAwsCliInterop::aws(const QStringList &arguments,
                                              const QString &accessKeyId, const QString &secret)
{
    return run(m_aws,
               QStringList{QStringLiteral("--endpoint-url"), m_endpoint, QStringLiteral("--output"),
                           QStringLiteral("json"), QStringLiteral("personalize")} +
                   arguments,
               accessKeyId, secret);
}

TestAwsCliInterop::Run TestAwsCliInterop::s3api(const QStringList &arguments)
{
    return run(m_aws,
               QStringList{QStringLiteral("--endpoint-url"), m_endpoint, QStringLiteral("--output"),
                           QStringLiteral("json"), QStringLiteral("s3api")} +
                   arguments,
               SandboxDefaults::kAccessKeyId, SandboxDefaults::kSecretAccessKey);
}

TestAwsCliInterop::Run TestAwsCliInterop::run(const QString &program, const QStringList &arguments,
                                              const QString &accessKeyId, const QString &secret)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), accessKeyId);
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), secret);
    environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       m_home.filePath(QStringLiteral("credentials")));
    environment.insert(QStringLiteral("AWS_PAGER"), QString());
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    environment.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_home.path());
    process.start(program, arguments);
    Run run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestAwsCliInterop::createListDescribe()
{
    const Run created =
        aws({QStringLiteral("create-dataset-import-job"), QStringLiteral("--job-name"),
             QStringLiteral("cli-import-1"), QStringLiteral("--dataset-arn"), kDataset,
             QStringLiteral("--data-source"),
             QStringLiteral("dataLocation=s3://demo-bucket/interactions/"),
             QStringLiteral("--role-arn"),
             QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read")});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QCOMPARE(QJsonDocument::fromJson(created.out).object(),
             (QJsonObject{{QStringLiteral("datasetImportJobArn"), kJobArn}}));

    const Run listed = aws(
        {QStringLiteral("list-dataset-import-jobs"), QStringLiteral("--dataset-arn"), kDataset});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray jobs =
        QJsonDocument::fromJson(listed.out).object().value(u"datasetImportJobs").toArray();
    QVERIFY(jobs.size() > 1);
    const QJsonObject newest = jobs.first().toObject();
    QCOMPARE(newest.value(u"datasetImportJobArn").toString(), kJobArn);
    QCOMPARE(newest.value(u"jobName").toString(), QStringLiteral("cli-import-1"));
    QCOMPARE(newest.value(u"status").toString(), QStringLiteral("CREATE PENDING"));
    QCOMPARE(newest.value(u"importMode").toString(), QStringLiteral("FULL"));

    const Run described = aws({QStringLiteral("describe-dataset-import-job"),
                               QStringLiteral("--dataset-import-job-arn"), kJobArn});
    QVERIFY2(described.exitCode == 0, described.err.constData());
    const QJsonObject job =
        QJsonDocument::fromJson(described.out).object().value(u"datasetImportJob").toObject();
    QCOMPARE(job.value(u"datasetArn").toString(), kDataset);
    QVERIFY(QStringList({QStringLiteral("CREATE PENDING"), QStringLiteral("CREATE IN_PROGRESS")})
                .contains(job.value(u"status").toString()));
    QCOMPARE(job.value(u"dataSource").toObject().value(u"dataLocation").toString(),
             QStringLiteral("s3://demo-bucket/interactions/"));
}

void TestAwsCliInterop::wrongSecretIsRefused()
{
    const Run refused = aws({QStringLiteral("list-dataset-groups")}, SandboxDefaults::kAccessKeyId,
                            QStringLiteral("this-is-not-the-sandbox-secret"));
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("InvalidSignatureException"), refused.err.constData());
}

void TestAwsCliInterop::wrongKeyIdIsRefused()
{
    const Run refused =
        aws({QStringLiteral("list-dataset-groups")}, QStringLiteral("AKIANOTTHESANDBOXKEY"));
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains("UnrecognizedClientException"), refused.err.constData());
}

void TestAwsCliInterop::s3ListsTheDemoBucket()
{
    // Two keys a page, so that the CLI follows continuation tokens.
    const Run listed = s3api({QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"),
                              QStringLiteral("importdesk-demo"), QStringLiteral("--page-size"),
                              QStringLiteral("2")});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    QStringList keys;
    const QJsonArray contents =
        QJsonDocument::fromJson(listed.out).object().value(u"Contents").toArray();
    for (const QJsonValue &object : contents) {
        keys.append(object[u"Key"].toString());
        QCOMPARE(object[u"StorageClass"].toString(), QStringLiteral("STANDARD"));
    }
    QCOMPARE(keys.size(), 20);
    QVERIFY(keys.contains(QStringLiteral("interactions/good/interactions.csv")));
    QVERIFY(keys.contains(QStringLiteral("restricted/interactions.csv")));
    QVERIFY(std::is_sorted(keys.cbegin(), keys.cend()));

    const Run prefixed = s3api({QStringLiteral("list-objects-v2"), QStringLiteral("--bucket"),
                                QStringLiteral("importdesk-demo"), QStringLiteral("--prefix"),
                                QStringLiteral("interactions/parts/")});
    QVERIFY2(prefixed.exitCode == 0, prefixed.err.constData());
    QCOMPARE(QJsonDocument::fromJson(prefixed.out).object().value(u"Contents").toArray().size(), 3);
}

void TestAwsCliInterop::s3HeadsObjects()
{
    const Run head = s3api({QStringLiteral("head-object"), QStringLiteral("--bucket"),
                            QStringLiteral("importdesk-demo"), QStringLiteral("--key"),
                            QStringLiteral("interactions/encrypted/interactions.csv")});
    QVERIFY2(head.exitCode == 0, head.err.constData());
    const QJsonObject object = QJsonDocument::fromJson(head.out).object();
    QCOMPARE(object.value(u"ServerSideEncryption").toString(), QStringLiteral("aws:kms"));
    QVERIFY(object.value(u"SSEKMSKeyId").toString().startsWith(u"arn:aws:kms:us-east-1:"));
    QCOMPARE(object.value(u"ContentType").toString(), QStringLiteral("text/csv"));
    QVERIFY(object.value(u"ContentLength").toInteger() > 1000);
}

void TestAwsCliInterop::s3GetsRanges()
{
    const QString out = m_home.filePath(QStringLiteral("header.csv"));
    const Run got = s3api({QStringLiteral("get-object"), QStringLiteral("--bucket"),
                           QStringLiteral("importdesk-demo"), QStringLiteral("--key"),
                           QStringLiteral("interactions/good/interactions.csv"),
                           QStringLiteral("--range"), QStringLiteral("bytes=0-36"), out});
    QVERIFY2(got.exitCode == 0, got.err.constData());
    const QJsonObject object = QJsonDocument::fromJson(got.out).object();
    QVERIFY2(object.value(u"ContentRange").toString().startsWith(u"bytes 0-36/"),
             got.out.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n"));
}

void TestAwsCliInterop::s3ErrorsReachTheCli()
{
    const Run denied = s3api({QStringLiteral("get-object"), QStringLiteral("--bucket"),
                              QStringLiteral("importdesk-demo"), QStringLiteral("--key"),
                              QStringLiteral("restricted/interactions.csv"),
                              m_home.filePath(QStringLiteral("denied.csv"))});
    QVERIFY(denied.exitCode != 0);
    QVERIFY2(denied.err.contains("AccessDenied"), denied.err.constData());
    const Run missing =
        s3api({QStringLiteral("head-object"), QStringLiteral("--bucket"),
               QStringLiteral("no-such-bucket"), QStringLiteral("--key"), QStringLiteral("a.csv")});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains("404"), missing.err.constData());
    const Run range =
        s3api({QStringLiteral("get-object"), QStringLiteral("--bucket"),
               QStringLiteral("importdesk-demo"), QStringLiteral("--key"),
               QStringLiteral("interactions/good/interactions.csv"), QStringLiteral("--range"),
               QStringLiteral("bytes=99999999-"), m_home.filePath(QStringLiteral("range.csv"))});
    QVERIFY(range.exitCode != 0);
    QVERIFY2(range.err.contains("InvalidRange"), range.err.constData());
}

// importdesk-cli, configured only through the environment like the AWS CLI, sees the job the
// AWS CLI created and adds its own.
void TestAwsCliInterop::importdeskCliSharesTheSandbox()
{
    const QString cli = QStringLiteral(IMPORTDESK_CLI_EXECUTABLE);
    const Run described = run(
        cli, {QStringLiteral("describe"), kJobArn, QStringLiteral("--endpoint-url"), m_endpoint},
        SandboxDefaults::kAccessKeyId, SandboxDefaults::kSecretAccessKey);
    QVERIFY2(described.exitCode == 0, described.err.constData());
    QVERIFY2(described.out.contains("cli-import-1"), described.out.constData());

    const Run submitted =
        run(cli,
            {QStringLiteral("submit"), QStringLiteral("--job-name"), QStringLiteral("from-cli"),
             QStringLiteral("--dataset-arn"), kDataset, QStringLiteral("--data-location"),
             QStringLiteral("s3://interop-bucket/interactions.csv"),
             QStringLiteral("--endpoint-url"), m_endpoint},
            SandboxDefaults::kAccessKeyId, SandboxDefaults::kSecretAccessKey);
    QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
    QCOMPARE(submitted.out.trimmed(),
             QByteArray("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/from-cli"));

    const Run refused =
        run(cli, {QStringLiteral("list"), QStringLiteral("--endpoint-url"), m_endpoint},
            SandboxDefaults::kAccessKeyId, QStringLiteral("not-the-secret-key"));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("InvalidSignatureException"), refused.err.constData());
    QVERIFY(!refused.err.contains("not-the-secret-key"));
}

void TestAwsCliInterop::terminatesCleanlyAndSavesState()
{
    m_sandbox.terminate(); // SIGTERM
    QVERIFY(m_sandbox.waitForFinished(10000));
    QCOMPARE(m_sandbox.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_sandbox.exitCode(), 0);
    QFile state(m_stateFile);
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(state.readAll().contains(kJobArn.toUtf8()));
}

QTEST_GUILESS_MAIN(TestAwsCliInterop)
#include "tst_awscli_interop.moc"
