#include "aws/awsclient.h"
#include "cli/clicommands.h"
#include "personalize/personalizeclient.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// importdesk-cli's commands against the sandbox over real HTTP on loopback: what each command
// prints, its exit status, and how few requests watching needs.
class TestCliCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void submitPrintsTheArnAndTheJobIsListed();
    void submitRefusesInvalidInputWithoutSending();
    void submitDuplicateNameShowsTheServiceError();
    void submitDryRunPrintsTheRequest();
    void submitReadsCliInputJson();
    void describeShowsEveryField();
    void listAsJson();
    void datasetsListsGroupsAndDatasets();
    void watchFollowsJobsWithOneListPerDatasetPerPoll();
    void watchReportsFailureReasons();
    void watchTimesOut();
    void unreachableEndpointSaysWhatToDo();

private:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Outcome run(const QString &commandLine);
    Outcome run(const QStringList &arguments);
    QString dataset(const QString &group, const QString &type) const;
    QString submitJob(const QString &name, const QString &dataset, const QString &location);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<AwsClient> m_aws;
    std::unique_ptr<PersonalizeClient> m_client;
};

void TestCliCommands::init()
{
    SandboxOptions options;
    options.port = 0;
    options.timeScale = 1000; // pending 10 ms, running 60 ms
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY(m_server->listen(0));

    m_aws = std::make_unique<AwsClient>();
    AwsClientSettings settings;
    settings.region = SandboxDefaults::kRegion;
    settings.endpoint = m_server->url();
    m_aws->setSettings(settings);
    AwsCredentials credentials;
    credentials.accessKeyId = SandboxDefaults::kAccessKeyId;
    credentials.secretAccessKey = SandboxDefaults::kSecretAccessKey;
    m_aws->setStaticCredentials(credentials);
    m_client = std::make_unique<PersonalizeClient>(m_aws.get());
}

void TestCliCommands::cleanup()
{
    m_client.reset();
    m_aws.reset();
    m_server.reset();
}

TestCliCommands::Outcome TestCliCommands::run(const QString &commandLine)
{
    return run(commandLine.split(u' ', Qt::SkipEmptyParts));
}

TestCliCommands::Outcome TestCliCommands::run(const QStringList &arguments)
{
    Outcome outcome;
    const auto invocation = CliArguments::parse(arguments);
    if (!invocation) {
        outcome.exitCode = CliCommands::BadInput;
        outcome.err = invocation.error();
        return outcome;
    }
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    CliCommands commands(m_client.get(), &out, &err);
    commands.setRegion(SandboxDefaults::kRegion);
    QSignalSpy finished(&commands, &CliCommands::finished);
    commands.run(invocation.value());
    if (!finished.wait(30000))
        return outcome;
    outcome.exitCode = finished.constFirst().constFirst().toInt();
    return outcome;
}

QString TestCliCommands::dataset(const QString &group, const QString &type) const
{
    return QStringLiteral("arn:aws:personalize:us-east-1:%1:dataset/%2/%3")
        .arg(SandboxDefaults::kAccountId, group, type);
}

QString TestCliCommands::submitJob(const QString &name, const QString &datasetArn,
                                   const QString &location)
{
    const Outcome outcome = run(QStringList{QStringLiteral("submit"), QStringLiteral("--job-name"),
                                            name, QStringLiteral("--dataset-arn"), datasetArn,
                                            QStringLiteral("--data-location"), location});
    if (outcome.exitCode != CliCommands::Success)
        qWarning().noquote() << outcome.err;
    return outcome.out.trimmed();
}

void TestCliCommands::submitPrintsTheArnAndTheJobIsListed()
{
    const QString datasetArn = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const Outcome outcome = run(QStringList{
        QStringLiteral("submit"), QStringLiteral("--job-name"), QStringLiteral("items-nightly"),
        QStringLiteral("--dataset-arn"), datasetArn, QStringLiteral("--data-location"),
        QStringLiteral("s3://shop-data/items.csv"), QStringLiteral("--role-arn"),
        QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeImport"), QStringLiteral("--tag"),
        QStringLiteral("team=growth")});
    QCOMPARE(outcome.exitCode, int(CliCommands::Success));
    QCOMPARE(outcome.out,
             QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/"
                            "items-nightly\n"));
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);

    const Outcome listed = run(QStringLiteral("list --dataset-arn ") + datasetArn);
    QCOMPARE(listed.exitCode, int(CliCommands::Success));
    QVERIFY(listed.out.startsWith(u"NAME"));
    QVERIFY2(listed.out.contains(u"items-nightly"), qPrintable(listed.out));
}

void TestCliCommands::submitRefusesInvalidInputWithoutSending()
{
    const Outcome outcome =
        run(QStringList{QStringLiteral("submit"), QStringLiteral("--job-name"),
                        QStringLiteral("has spaces"), QStringLiteral("--dataset-arn"),
                        dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")),
                        QStringLiteral("--data-location"), QStringLiteral("ftp://x/items.csv")});
    QCOMPARE(outcome.exitCode, int(CliCommands::BadInput));
    QVERIFY2(outcome.err.contains(u"error: --job-name: "), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(u"error: --data-location: "), qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(u"nothing was sent"));
    QVERIFY(outcome.out.isEmpty());
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateDatasetImportJob")), 0);
}

void TestCliCommands::submitDuplicateNameShowsTheServiceError()
{
    const QString datasetArn = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    QVERIFY(!submitJob(QStringLiteral("users-once"), datasetArn,
                       QStringLiteral("s3://shop-data/users.csv"))
                 .isEmpty());
    const Outcome again = run(
        QStringList{QStringLiteral("submit"), QStringLiteral("--job-name"),
                    QStringLiteral("users-once"), QStringLiteral("--dataset-arn"), datasetArn,
                    QStringLiteral("--data-location"), QStringLiteral("s3://shop-data/users.csv")});
    QCOMPARE(again.exitCode, int(CliCommands::RequestFailed));
    QVERIFY2(again.err.startsWith(u"importdesk-cli: ResourceAlreadyExistsException: "),
             qPrintable(again.err));
    QVERIFY(again.err.contains(u"request id "));
}

void TestCliCommands::submitDryRunPrintsTheRequest()
{
    const Outcome outcome = run(QStringList{
        QStringLiteral("submit"), QStringLiteral("--dry-run"), QStringLiteral("--job-name"),
        QStringLiteral("preview"), QStringLiteral("--dataset-arn"),
        dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")),
        QStringLiteral("--data-location"), QStringLiteral("s3://shop-data/items.csv"),
        QStringLiteral("--import-mode"), QStringLiteral("INCREMENTAL")});
    QCOMPARE(outcome.exitCode, int(CliCommands::Success));
    const QJsonObject json = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    QCOMPARE(json.value(u"jobName").toString(), QStringLiteral("preview"));
    QCOMPARE(json.value(u"importMode").toString(), QStringLiteral("INCREMENTAL"));
    QCOMPARE(json.value(u"dataSource").toObject().value(u"dataLocation").toString(),
             QStringLiteral("s3://shop-data/items.csv"));
    QCOMPARE(m_server->requestLog().size(), 0);
}

void TestCliCommands::submitReadsCliInputJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("job.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(
            QJsonObject{
                {QStringLiteral("jobName"), QStringLiteral("from-file")},
                {QStringLiteral("datasetArn"),
                 dataset(QStringLiteral("streaming-catalog"), QStringLiteral("ITEMS"))},
                {QStringLiteral("dataSource"),
                 QJsonObject{{QStringLiteral("dataLocation"), QStringLiteral("s3://vod/items/")}}},
                {QStringLiteral("importMode"), QStringLiteral("FULL")},
            })
            .toJson());
    file.close();

    const Outcome outcome =
        run(QStringList{QStringLiteral("submit"), QStringLiteral("--cli-input-json"), path,
                        QStringLiteral("--job-name"), QStringLiteral("flag-wins")});
    QCOMPARE(outcome.exitCode, int(CliCommands::Success));
    QVERIFY2(outcome.out.trimmed().endsWith(u"dataset-import-job/flag-wins"),
             qPrintable(outcome.out + outcome.err));

    const Outcome missing =
        run(QStringList{QStringLiteral("submit"), QStringLiteral("--cli-input-json"),
                        dir.filePath(QStringLiteral("absent.json"))});
    QCOMPARE(missing.exitCode, int(CliCommands::BadInput));
    QVERIFY2(missing.err.startsWith(u"importdesk-cli: cannot read "), qPrintable(missing.err));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"jobName\": ");
    file.close();
    const Outcome broken =
        run(QStringList{QStringLiteral("submit"), QStringLiteral("--cli-input-json"), path});
    QCOMPARE(broken.exitCode, int(CliCommands::BadInput));
    QVERIFY2(broken.err.startsWith(u"importdesk-cli: " + path + u": "), qPrintable(broken.err));
}

void TestCliCommands::describeShowsEveryField()
{
    const QString arn = submitJob(QStringLiteral("describe-me"),
                                  dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")),
                                  QStringLiteral("s3://shop-data/items.csv"));
    const Outcome outcome = run(QStringLiteral("describe ") + arn);
    QCOMPARE(outcome.exitCode, int(CliCommands::Success));
    for (const char *label : {"Name", "ARN", "Status", "Dataset", "Data location", "IAM role",
                              "Import mode", "Publish metrics", "Created", "Last updated"}) {
        QVERIFY2(outcome.out.contains(QLatin1String(label)), label);
    }
    QVERIFY(outcome.out.contains(u"s3://shop-data/items.csv"));

    const Outcome unknown =
        run(QStringLiteral("describe "
                           "arn:aws:personalize:us-east-1:111122223333:dataset-import-job/nope"));
    QCOMPARE(unknown.exitCode, int(CliCommands::RequestFailed));
    QVERIFY2(unknown.err.contains(u"ResourceNotFoundException"), qPrintable(unknown.err));
}

void TestCliCommands::listAsJson()
{
    const Outcome outcome = run(QStringLiteral("list --output json"));
    QCOMPARE(outcome.exitCode, int(CliCommands::Success));
    const QJsonArray jobs = QJsonDocument::fromJson(outcome.out.toUtf8())
                                .object()
                                .value(u"datasetImportJobs")
                                .toArray();
    QVERIFY2(jobs.size() > 3, "the sandbox starts with a history of jobs");
    QVERIFY(jobs.first().toObject().contains(u"status"));
}

void TestCliCommands::datasetsListsGroupsAndDatasets()
{
    const Outcome outcome = run(QStringLiteral("datasets"));
    QCOMPARE(outcome.exitCode, int(CliCommands::Success));
    for (const char *expected : {"retail-shop", "streaming-catalog", "news-articles", "ECOMMERCE",
                                 "VIDEO_ON_DEMAND", "Interactions", "Items"}) {
        QVERIFY2(outcome.out.contains(QLatin1String(expected)), expected);
    }
    const Outcome json = run(QStringLiteral("datasets --output json"));
    const QJsonArray groups = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(groups.size(), 3);
    QVERIFY(!groups.first().toObject().value(u"datasets").toArray().isEmpty());
}

void TestCliCommands::watchFollowsJobsWithOneListPerDatasetPerPoll()
{
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const QString users = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    // Slow enough that the watch sees every state.
    m_server->state().setTimeScale(50); // pending 200 ms, running 1.2 s
    const QStringList arns = {
        submitJob(QStringLiteral("w1"), items, QStringLiteral("s3://import-bucket/items.csv")),
        submitJob(QStringLiteral("w2"), items, QStringLiteral("s3://import-bucket/items2.csv")),
        submitJob(QStringLiteral("w3"), users, QStringLiteral("s3://import-bucket/users.csv")),
    };
    m_server->clearRequestLog();

    const Outcome outcome = run(QStringList{QStringLiteral("watch")} + arns +
                                QStringList{QStringLiteral("--interval"), QStringLiteral("1")});
    QCOMPARE(outcome.exitCode, int(CliCommands::Success));
    QVERIFY2(outcome.err.contains(u"w1: CREATE IN_PROGRESS → ACTIVE"), qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(u"w3: "));
    for (const QString &arn : arns)
        QVERIFY(outcome.out.contains(u"ACTIVE              " + arn));

    // Each job is described once; then every poll lists each dataset once.
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDatasetImportJob")), 3);
    const int lists = m_server->requestCount(QStringLiteral("ListDatasetImportJobs"));
    QVERIFY(lists >= 2);
    QVERIFY2(lists <= 2 * 4, qPrintable(QString::number(lists))); // 2 datasets, ≤ 4 polls
}

void TestCliCommands::watchReportsFailureReasons()
{
    const QString arn =
        submitJob(QStringLiteral("will-fail"),
                  dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS")),
                  QStringLiteral("s3://import-bucket/missing-columns/interactions.csv"));
    const Outcome outcome =
        run(QStringList{QStringLiteral("watch"), arn, QStringLiteral("--interval"),
                        QStringLiteral("1"), QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, int(CliCommands::JobFailed));
    const QJsonArray jobs = QJsonDocument::fromJson(outcome.out.toUtf8()).array();
    QCOMPARE(jobs.size(), 1);
    const QJsonObject job = jobs.first().toObject();
    QCOMPARE(job.value(u"status").toString(), QStringLiteral("CREATE FAILED"));
    QVERIFY(!job.value(u"failureReason").toString().isEmpty());
}

void TestCliCommands::watchTimesOut()
{
    m_server->state().setTimeScale(1); // minutes, as on the real service
    const QString arn = submitJob(QStringLiteral("slow"),
                                  dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")),
                                  QStringLiteral("s3://import-bucket/items.csv"));
    const Outcome outcome =
        run(QStringList{QStringLiteral("watch"), arn, QStringLiteral("--timeout"),
                        QStringLiteral("1"), QStringLiteral("--interval"), QStringLiteral("1")});
    QCOMPARE(outcome.exitCode, int(CliCommands::WatchTimedOut));
    QVERIFY2(outcome.err.contains(u"still running after 1 s."), qPrintable(outcome.err));
}

void TestCliCommands::unreachableEndpointSaysWhatToDo()
{
    const QUrl url = m_server->url();
    m_server.reset(); // nothing listens there any more
    AwsClientSettings settings = m_aws->settings();
    settings.endpoint = url;
    settings.maxAttempts = 1;
    m_aws->setSettings(settings);
    const Outcome outcome = run(QStringLiteral("datasets"));
    QCOMPARE(outcome.exitCode, int(CliCommands::RequestFailed));
    QVERIFY2(outcome.err.contains(u"start the sandbox"), qPrintable(outcome.err));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
