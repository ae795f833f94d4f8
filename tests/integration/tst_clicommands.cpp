#include "aws/awsclient.h"
#include "aws/logging.h"
#include "cli/clidispatcher.h"
#include "cli/submitcommand.h"
#include "common/scriptedhttpserver.h"
#include "personalize/arn.h"
#include "personalize/personalizeclient.h"
#include "s3/s3client.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>

using namespace std::chrono_literals;

// importdesk-cli's commands over real HTTP on loopback: against the sandbox, what each command
// prints, its exit status, and how few requests watching needs; against a scripted server, what
// they make of answers that are cut off, malformed or hostile.
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
    void watchFollowsJobsWithListingsAlone();
    void watchOfManyJobsMakesNoDescribe();
    void watchRefusesAnotherRegionsJob();
    void listShowsTheWholeAccountAndFiltersByStatus();
    void submitNameTakenSecondsBeforeIsARefusal();
    void submitQueueWaitsForAFreeSlot();
    void submitQueueTimesOut();
    void watchReportsFailureReasons();
    void watchTimesOut();
    void unreachableEndpointSaysWhatToDo();

    void cliInputJsonReadsOnlySmallRegularFiles();
    void submitWithoutAnArnIsLookedUp_data();
    void submitWithoutAnArnIsLookedUp();
    void submitRefusesAnArnThatIsNotOne_data();
    void submitRefusesAnArnThatIsNotOne();
    void lostCreateAnswerSaysTheJobMayExist();
    void serverErrorsAreRedactedAndEscaped();
    void describeEscapesServerText();
    void listAndWatchEscapeServerText();
    void checkFindsAMissingColumn();
    void checkOfGoodDataExitsWithSuccess();
    void checkPrintsJson();
    void checkNeedsADatasetAndAnS3Location();
    void checkThatCannotRunSaysWhy();
    void submitCheckSendsNothingWhenTheDataWouldFail();
    void submitCheckSendsGoodData();

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
    // Points the client at a scripted server instead of the sandbox, without retries.
    void useScriptedServer(const ScriptedHttpServer &server);
    QStringList submitArguments(const QString &jobName) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<AwsClient> m_aws;
    std::unique_ptr<PersonalizeClient> m_client;
    std::unique_ptr<S3Client> m_s3;
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
    S3ClientSettings s3;
    s3.region = SandboxDefaults::kRegion;
    s3.endpoint = m_server->url();
    s3.addressingStyle = S3AddressingStyle::Path;
    m_s3 = std::make_unique<S3Client>(
        m_aws->networkAccessManager(),
        [credentials](QObject *context, AwsClient::CredentialsCallback done) {
            QMetaObject::invokeMethod(
                context, [done, credentials] { done(credentials); }, Qt::QueuedConnection);
        },
        s3);
}

void TestCliCommands::cleanup()
{
    m_s3.reset();
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
        outcome.exitCode = CliCommand::BadInput;
        outcome.err = invocation.error();
        return outcome;
    }
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    const std::unique_ptr<CliCommand> command =
        CliDispatcher::commandFor(invocation.value(), &out, &err);
    command->setConnection(m_client.get(), SandboxDefaults::kRegion);
    if (command->needsS3())
        command->setS3Client(m_s3.get());
    QSignalSpy finished(command.get(), &CliCommand::finished);
    command->run();
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
    if (outcome.exitCode != CliCommand::Success)
        qWarning().noquote() << outcome.err;
    return outcome.out.trimmed();
}

void TestCliCommands::useScriptedServer(const ScriptedHttpServer &server)
{
    AwsClientSettings settings = m_aws->settings();
    settings.endpoint = server.url();
    settings.maxAttempts = 1;
    m_aws->setSettings(settings);
}

QStringList TestCliCommands::submitArguments(const QString &jobName) const
{
    return {QStringLiteral("submit"),
            QStringLiteral("--job-name"),
            jobName,
            QStringLiteral("--dataset-arn"),
            dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")),
            QStringLiteral("--data-location"),
            QStringLiteral("s3://shop-data/items.csv")};
}

namespace {

// True when the text holds a character a terminal acts on (the line feeds of the CLI's own
// layout aside): C0, DEL or C1.
bool hasRawControls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F);
    });
}

const QString kJobArn =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/hostile");

} // namespace

void TestCliCommands::submitPrintsTheArnAndTheJobIsListed()
{
    const QString datasetArn = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const Outcome outcome = run(QStringList{
        QStringLiteral("submit"), QStringLiteral("--job-name"), QStringLiteral("items-nightly"),
        QStringLiteral("--dataset-arn"), datasetArn, QStringLiteral("--data-location"),
        QStringLiteral("s3://shop-data/items.csv"), QStringLiteral("--role-arn"),
        QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeImport"), QStringLiteral("--tag"),
        QStringLiteral("team=growth")});
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
    QCOMPARE(outcome.out,
             QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/"
                            "items-nightly\n"));
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);

    const Outcome listed = run(QStringLiteral("list --dataset-arn ") + datasetArn);
    QCOMPARE(listed.exitCode, int(CliCommand::Success));
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
    QCOMPARE(outcome.exitCode, int(CliCommand::BadInput));
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
    QCOMPARE(again.exitCode, int(CliCommand::RequestFailed));
    QVERIFY2(again.err.startsWith(u"importdesk-cli: ResourceAlreadyExistsException: "),
             qPrintable(again.err));
    QVERIFY(again.err.contains(u"request id "));
    // A refusal, not a lost answer: nothing to look for.
    QVERIFY(!again.err.contains(u"may have been created"));
}

void TestCliCommands::submitDryRunPrintsTheRequest()
{
    const Outcome outcome = run(QStringList{
        QStringLiteral("submit"), QStringLiteral("--dry-run"), QStringLiteral("--job-name"),
        QStringLiteral("preview"), QStringLiteral("--dataset-arn"),
        dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")),
        QStringLiteral("--data-location"), QStringLiteral("s3://shop-data/items.csv"),
        QStringLiteral("--import-mode"), QStringLiteral("INCREMENTAL")});
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
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
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
    QVERIFY2(outcome.out.trimmed().endsWith(u"dataset-import-job/flag-wins"),
             qPrintable(outcome.out + outcome.err));

    const Outcome missing =
        run(QStringList{QStringLiteral("submit"), QStringLiteral("--cli-input-json"),
                        dir.filePath(QStringLiteral("absent.json"))});
    QCOMPARE(missing.exitCode, int(CliCommand::BadInput));
    QVERIFY2(missing.err.startsWith(u"importdesk-cli: cannot read "), qPrintable(missing.err));

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"jobName\": ");
    file.close();
    const Outcome broken =
        run(QStringList{QStringLiteral("submit"), QStringLiteral("--cli-input-json"), path});
    QCOMPARE(broken.exitCode, int(CliCommand::BadInput));
    QVERIFY2(broken.err.startsWith(u"importdesk-cli: " + path + u": "), qPrintable(broken.err));
}

void TestCliCommands::describeShowsEveryField()
{
    const QString arn = submitJob(QStringLiteral("describe-me"),
                                  dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")),
                                  QStringLiteral("s3://shop-data/items.csv"));
    const Outcome outcome = run(QStringLiteral("describe ") + arn);
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
    for (const char *label : {"Name", "ARN", "Status", "Dataset", "Data location", "IAM role",
                              "Import mode", "Publish metrics", "Created", "Last updated"}) {
        QVERIFY2(outcome.out.contains(QLatin1String(label)), label);
    }
    QVERIFY(outcome.out.contains(u"s3://shop-data/items.csv"));

    const Outcome unknown =
        run(QStringLiteral("describe "
                           "arn:aws:personalize:us-east-1:111122223333:dataset-import-job/nope"));
    QCOMPARE(unknown.exitCode, int(CliCommand::RequestFailed));
    QVERIFY2(unknown.err.contains(u"ResourceNotFoundException"), qPrintable(unknown.err));
}

void TestCliCommands::listAsJson()
{
    const Outcome outcome = run(QStringLiteral("list --output json"));
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
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
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
    for (const char *expected : {"retail-shop", "streaming-catalog", "news-articles", "ECOMMERCE",
                                 "VIDEO_ON_DEMAND", "Interactions", "Items"}) {
        QVERIFY2(outcome.out.contains(QLatin1String(expected)), expected);
    }
    const Outcome json = run(QStringLiteral("datasets --output json"));
    const QJsonArray groups = QJsonDocument::fromJson(json.out.toUtf8()).array();
    QCOMPARE(groups.size(), 3);
    QVERIFY(!groups.first().toObject().value(u"datasets").toArray().isEmpty());
}

void TestCliCommands::watchFollowsJobsWithListingsAlone()
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
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
    QVERIFY2(outcome.err.contains(u"w1: CREATE PENDING\n"), qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(u"w1: CREATE IN_PROGRESS → ACTIVE"), qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(u"w3: "));
    for (const QString &arn : arns)
        QVERIFY(outcome.out.contains(u"ACTIVE              " + arn));

    // One account-wide page a poll covers the three jobs of both datasets; nothing is described.
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDatasetImportJob")), 0);
    const int lists = m_server->requestCount(QStringLiteral("ListDatasetImportJobs"));
    QVERIFY(lists >= 2);
    QVERIFY2(lists <= 4, qPrintable(QString::number(lists)));
}

void TestCliCommands::watchOfManyJobsMakesNoDescribe()
{
    const QString interactions =
        dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    m_server->state().setTimeScale(200);
    QStringList arns;
    for (int i = 0; i < 150; ++i) {
        SandboxImportJob job;
        job.jobName = QStringLiteral("many-%1").arg(i);
        job.datasetArn = interactions;
        job.dataLocation = QStringLiteral("s3://import-bucket/part-%1.csv").arg(i);
        job.status = QStringLiteral("CREATE PENDING");
        job.created = m_server->now();
        QVERIFY(m_server->state().addJob(job));
        arns.append(PersonalizeArn::datasetImportJobArn(SandboxDefaults::kRegion,
                                                        SandboxDefaults::kAccountId, job.jobName));
    }
    m_server->clearRequestLog();
    // The first poll is a listing: even a short timeout sees every job's state.
    const Outcome outcome = run(QStringList{QStringLiteral("watch")} + arns +
                                QStringList{QStringLiteral("--interval"), QStringLiteral("1"),
                                            QStringLiteral("--output"), QStringLiteral("json")});
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
    const QJsonArray jobs = QJsonDocument::fromJson(outcome.out.toUtf8()).array();
    QCOMPARE(jobs.size(), 150);
    for (const QJsonValue &job : jobs)
        QCOMPARE(job.toObject().value(u"status").toString(), QStringLiteral("ACTIVE"));
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDatasetImportJob")), 0);
    // 150 jobs are two pages, read first, before any other request.
    const QList<SandboxRequestRecord> &log = m_server->requestLog();
    QVERIFY(log.size() >= 2);
    QCOMPARE(log.at(0).operation, QStringLiteral("ListDatasetImportJobs"));
    QCOMPARE(log.at(1).operation, QStringLiteral("ListDatasetImportJobs"));
}

void TestCliCommands::watchRefusesAnotherRegionsJob()
{
    const Outcome outcome = run(QStringLiteral(
        "watch arn:aws:personalize:eu-west-1:111122223333:dataset-import-job/in-ireland"));
    QCOMPARE(outcome.exitCode, int(CliCommand::BadInput));
    QVERIFY2(outcome.err.contains(u"is a job of region eu-west-1, but the connection is to "
                                  u"us-east-1: add --region eu-west-1."),
             qPrintable(outcome.err));
    QVERIFY(m_server->requestLog().isEmpty()); // never sent to this region's endpoint
}

void TestCliCommands::listShowsTheWholeAccountAndFiltersByStatus()
{
    const QList<SandboxImportJob> all = m_server->state().jobs();
    QSet<QString> datasets;
    int failed = 0;
    for (const SandboxImportJob &job : all) {
        datasets.insert(job.datasetArn);
        failed += job.status == u"CREATE FAILED" ? 1 : 0;
    }
    QVERIFY(datasets.size() >= 3);
    QVERIFY(failed >= 1);

    const Outcome everything = run(QStringLiteral("list --output json"));
    QCOMPARE(everything.exitCode, int(CliCommand::Success));
    const QJsonArray listed = QJsonDocument::fromJson(everything.out.toUtf8())
                                  .object()
                                  .value(u"datasetImportJobs")
                                  .toArray();
    QCOMPARE(listed.size(), all.size());
    // Newest first, as the service lists them.
    QVERIFY(listed.first().toObject().value(u"creationDateTime").toDouble() >=
            listed.last().toObject().value(u"creationDateTime").toDouble());

    for (const QString &status : {QStringLiteral("failed"), QStringLiteral("CREATE_FAILED"),
                                  QStringLiteral("create failed")}) {
        const Outcome outcome =
            run(QStringList{QStringLiteral("list"), QStringLiteral("--status"), status});
        QCOMPARE(outcome.exitCode, int(CliCommand::Success));
        const QStringList lines = outcome.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), failed + 1); // and the header
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.contains(u"CREATE FAILED"), qPrintable(line));
    }
    const Outcome both = run(QStringLiteral("list --status active,failed --output json"));
    QCOMPARE(QJsonDocument::fromJson(both.out.toUtf8())
                 .object()
                 .value(u"datasetImportJobs")
                 .toArray()
                 .size(),
             all.size()); // the seeded history has only finished jobs
    QCOMPARE(m_server->requestCount(QStringLiteral("DescribeDatasetImportJob")), 0);
}

void TestCliCommands::submitNameTakenSecondsBeforeIsARefusal()
{
    // Someone else created a job of that name 5 s ago: the service's refusal stands, and no
    // lookup mistakes their job for this submission's.
    SandboxImportJob colleague;
    colleague.jobName = QStringLiteral("taken");
    colleague.datasetArn = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    colleague.status = QStringLiteral("CREATE PENDING");
    colleague.created = m_server->now().addSecs(-5);
    QVERIFY(m_server->state().addJob(colleague));
    const Outcome outcome = run(submitArguments(QStringLiteral("taken")));
    QCOMPARE(outcome.exitCode, int(CliCommand::RequestFailed));
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.startsWith(u"importdesk-cli: ResourceAlreadyExistsException: "),
             qPrintable(outcome.err));
    QVERIFY(!outcome.err.contains(u"may have been created"));
    QCOMPARE(m_server->requestCount(QStringLiteral("ListDatasetImportJobs")), 0);
}

void TestCliCommands::submitQueueWaitsForAFreeSlot()
{
    // The region is full: one import ends in about two seconds, the others run for minutes.
    SandboxOptions options = m_server->options();
    const QString users = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    const QDateTime now = m_server->now();
    for (int i = 0; i < options.maxRunning; ++i) {
        SandboxImportJob busy;
        busy.jobName = QStringLiteral("busy-%1").arg(i);
        busy.datasetArn = users;
        busy.dataLocation = QStringLiteral("s3://import-bucket/users.csv");
        busy.status = QStringLiteral("CREATE IN_PROGRESS");
        busy.created = now.addSecs(-1);
        busy.startsAt = busy.created;
        busy.endsAt = i == 0 ? now.addSecs(2) : now.addSecs(600);
        QVERIFY(m_server->state().addJob(busy));
    }
    // Without --queue, the sixth is refused at once.
    const Outcome refused = run(submitArguments(QStringLiteral("sixth")));
    QCOMPARE(refused.exitCode, int(CliCommand::RequestFailed));
    QVERIFY2(refused.err.contains(u"LimitExceededException"), qPrintable(refused.err));

    const Outcome queued =
        run(submitArguments(QStringLiteral("sixth")) +
            QStringList{QStringLiteral("--queue"), QStringLiteral("--interval"),
                        QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("60")});
    QCOMPARE(queued.exitCode, int(CliCommand::Success));
    QVERIFY2(queued.err.contains(u"already runs as many imports as the service allows"),
             qPrintable(queued.err));
    QVERIFY2(queued.out.trimmed().endsWith(u":dataset-import-job/sixth"), qPrintable(queued.out));
    int sixth = 0;
    for (const SandboxImportJob &job : m_server->state().jobs())
        sixth += job.jobName == u"sixth" ? 1 : 0;
    QCOMPARE(sixth, 1);
}

void TestCliCommands::submitQueueTimesOut()
{
    m_server->state().setTimeScale(1); // imports take minutes
    const QString users = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    for (int i = 0; i < m_server->options().maxRunning; ++i)
        QVERIFY(!submitJob(QStringLiteral("slow-%1").arg(i), users,
                           QStringLiteral("s3://import-bucket/users.csv"))
                     .isEmpty());
    const Outcome outcome =
        run(submitArguments(QStringLiteral("patient")) +
            QStringList{QStringLiteral("--queue"), QStringLiteral("--interval"),
                        QStringLiteral("1"), QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(outcome.exitCode, int(CliCommand::WatchTimedOut));
    QVERIFY2(outcome.err.contains(u"within 2 s, so nothing was sent."), qPrintable(outcome.err));
    for (const SandboxImportJob &job : m_server->state().jobs())
        QVERIFY(job.jobName != u"patient");
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
    QCOMPARE(outcome.exitCode, int(CliCommand::JobFailed));
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
    QCOMPARE(outcome.exitCode, int(CliCommand::WatchTimedOut));
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
    QCOMPARE(outcome.exitCode, int(CliCommand::RequestFailed));
    QVERIFY2(outcome.err.contains(u"start the sandbox"), qPrintable(outcome.err));
}

// A device never ends, a FIFO blocks until someone writes, a huge file is not a job's settings:
// each is refused at once, before anything is read.
void TestCliCommands::cliInputJsonReadsOnlySmallRegularFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("job.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString large = dir.filePath(QStringLiteral("large.json"));
    QFile file(large);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(CliCommand::kMaxInputFileSize + 1));
    file.close();

    const QList<QPair<QString, QString>> cases = {
        {QStringLiteral("/dev/zero"), QStringLiteral("it is not a regular file")},
        {fifo, QStringLiteral("it is not a regular file")},
        {dir.path(), QStringLiteral("it is not a regular file")},
        {large, QStringLiteral("it is larger than 1024 KiB")},
    };
    for (const auto &[path, message] : cases) {
        const Outcome outcome =
            run(QStringList{QStringLiteral("submit"), QStringLiteral("--cli-input-json"), path});
        QCOMPARE(outcome.exitCode, int(CliCommand::BadInput));
        QVERIFY2(outcome.err.startsWith(u"importdesk-cli: cannot read " + path + u": " + message),
                 qPrintable(outcome.err));
    }
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateDatasetImportJob")), 0);
}

// A 200 without the job's ARN is no success: the job is looked up by name. Found, it is
// reported as created; not found, nothing was created; the lookup failing, the user is told how
// to look for it before submitting again.
void TestCliCommands::submitWithoutAnArnIsLookedUp_data()
{
    QTest::addColumn<QByteArray>("listing"); // the answer to ListDatasetImportJobs; empty: 500
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QByteArray found =
        R"({"datasetImportJobs": [{"jobName": "no-arn", "status": "CREATE PENDING",)"
        R"( "datasetImportJobArn": "arn:aws:personalize:us-east-1:111122223333:)"
        R"(dataset-import-job/no-arn", "creationDateTime": 4102444800}]})";
    QTest::newRow("found") << found << int(CliCommand::Success) << QString();
    QTest::newRow("not found") << QByteArray(R"({"datasetImportJobs": []})")
                               << int(CliCommand::RequestFailed)
                               << QStringLiteral("No job named no-arn exists in the dataset, so "
                                                 "nothing was created. Submit it again.");
    QTest::newRow("lookup failed")
        << QByteArray() << int(CliCommand::RequestFailed)
        << QStringLiteral("The import job “no-arn” may have been created nevertheless.");
}

void TestCliCommands::submitWithoutAnArnIsLookedUp()
{
    QFETCH(QByteArray, listing);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([listing](const ReceivedRequest &request) {
        if (request.header("X-Amz-Target").endsWith("CreateDatasetImportJob"))
            return ScriptedResponse::json(200, "{}");
        if (listing.isEmpty())
            return ScriptedResponse::awsError(500, "InternalServerError", "down");
        return ScriptedResponse::json(200, listing);
    });
    useScriptedServer(server);

    const Outcome outcome =
        run(submitArguments(QStringLiteral("no-arn")) +
            QStringList{QStringLiteral("--region"), QStringLiteral("us-east-1")});
    QCOMPARE(outcome.exitCode, exitCode);
    if (exitCode == CliCommand::Success) {
        QCOMPARE(outcome.out, QStringLiteral("arn:aws:personalize:us-east-1:111122223333:"
                                             "dataset-import-job/no-arn\n"));
        return;
    }
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.startsWith(u"importdesk-cli: The answer to CreateDatasetImportJob could "
                                    u"not be read: it has no datasetImportJobArn"),
             qPrintable(outcome.err));
    QVERIFY2(outcome.err.contains(message), qPrintable(outcome.err));
    if (listing.isEmpty()) {
        QVERIFY2(
            outcome.err.contains(u"  importdesk-cli list --dataset-arn " +
                                 dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")) +
                                 u" --region us-east-1\n"),
            qPrintable(outcome.err));
    }
}

void TestCliCommands::submitRefusesAnArnThatIsNotOne_data()
{
    QTest::addColumn<QByteArray>("sentArn"); // as JSON text
    QTest::addColumn<QString>("shownArn");
    QTest::newRow("not an arn") << QByteArray("created") << QStringLiteral("created");
    QTest::newRow("escape sequence")
        << QByteArray(R"(arn:aws:personalize:us-east-1:111122223333:dataset-import-job/x\u001b[2J)")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/"
                          "x\\x1b[2J");
    QTest::newRow("title and bell")
        << QByteArray(R"(\u001b]0;owned\u0007arn:aws:personalize:us-east-1:1:dataset-import-job/x)")
        << QStringLiteral("\\x1b]0;owned\\x07arn:aws:personalize:us-east-1:1:dataset-import-job/x");
    QTest::newRow("another resource")
        << QByteArray("arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/ITEMS")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/ITEMS");
    QTest::newRow("c1 control")
        << QByteArray(R"(arn:aws:personalize:us-east-1:111122223333:dataset-import-job/x\u009b2J)")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/"
                          "x\\u009b2J");
}

void TestCliCommands::submitRefusesAnArnThatIsNotOne()
{
    QFETCH(QByteArray, sentArn);
    QFETCH(QString, shownArn);
    Q_UNUSED(shownArn);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([sentArn](const ReceivedRequest &request) {
        if (request.header("X-Amz-Target").endsWith("CreateDatasetImportJob"))
            return ScriptedResponse::json(200, R"({"datasetImportJobArn": ")" + sentArn + R"("})");
        return ScriptedResponse::json(200, R"({"datasetImportJobs": []})");
    });
    useScriptedServer(server);

    for (const char *output : {"text", "json"}) {
        const Outcome outcome = run(submitArguments(QStringLiteral("x")) +
                                    QStringList{QStringLiteral("--output"), QLatin1String(output)});
        QCOMPARE(outcome.exitCode, int(CliCommand::RequestFailed));
        QVERIFY2(outcome.out.isEmpty(), qPrintable(outcome.out));
        QVERIFY2(outcome.err.startsWith(u"importdesk-cli: The answer to CreateDatasetImportJob "
                                        u"could not be read: its datasetImportJobArn is not the "
                                        u"ARN of an import job"),
                 qPrintable(outcome.err));
        // Looked up by name: no such job, so nothing was created.
        QVERIFY2(outcome.err.contains(u"so nothing was created"), qPrintable(outcome.err));
        QVERIFY2(!hasRawControls(outcome.err), qPrintable(outcome.err));
    }
}

// The connection dropped after the request left: the service may have created the job.
void TestCliCommands::lostCreateAnswerSaysTheJobMayExist()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setFallback(ScriptedResponse::dropped());
    useScriptedServer(server);

    const Outcome outcome =
        run(submitArguments(QStringLiteral("dropped")) +
            QStringList{QStringLiteral("--profile"), QStringLiteral("dev team"),
                        QStringLiteral("--endpoint-url"), server.url().toString()});
    QCOMPARE(outcome.exitCode, int(CliCommand::RequestFailed));
    QVERIFY(!server.requests().isEmpty()); // Qt may resend once on a dropped connection
    QVERIFY(outcome.out.isEmpty());
    QVERIFY2(outcome.err.contains(u"The import job “dropped” may have been created nevertheless. "
                                  u"Before you submit it again, look for it with:\n"
                                  u"  importdesk-cli list --dataset-arn " +
                                  dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS")) +
                                  u" --profile 'dev team' --endpoint-url " +
                                  server.url().toString() + u"\n"),
             qPrintable(outcome.err));
}

// The service's words reach the terminal with secrets masked and controls shown as escapes.
void TestCliCommands::serverErrorsAreRedactedAndEscaped()
{
    const QString secret = QStringLiteral("tH1sIsTheSecretKeyTheServerEchoes0");
    Redaction::registerSecret(secret);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setFallback(
        ScriptedResponse::awsError(400, R"(Invalid\u001b[8mInputException)",
                                   "The key " + secret.toUtf8() +
                                       R"( is wrong\r\u001b]0;owned\u0007\u009b2J done)")
            .withHeader("x-amzn-RequestId", "req-\x1b[1m-1"));
    useScriptedServer(server);

    for (const QString &command : {QStringLiteral("datasets"), QStringLiteral("list")}) {
        const Outcome outcome = run(command);
        QCOMPARE(outcome.exitCode, int(CliCommand::RequestFailed));
        QVERIFY2(!outcome.err.contains(secret), qPrintable(outcome.err));
        QVERIFY2(!hasRawControls(outcome.err), qPrintable(outcome.err));
        QVERIFY2(outcome.err.startsWith(u"importdesk-cli: Invalid\\x1b[8mInputException: The key "),
                 qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u" is wrong \\x1b]0;owned\\x07\\u009b2J done"),
                 qPrintable(outcome.err));
        QVERIFY2(outcome.err.contains(u"req-\\x1b[1m-1"), qPrintable(outcome.err));
    }
}

namespace {
const QByteArray kHostileJob = R"({
    "jobName": "job\u001b[2J",
    "datasetImportJobArn": "arn:aws:personalize:us-east-1:111122223333:dataset-import-job/hostile",
    "datasetArn": "arn:aws:personalize:us-east-1:111122223333:dataset/g/ITEMS\u001b]0;x\u0007",
    "dataSource": {"dataLocation": "s3://b/\u009b31mitems.csv"},
    "status": "CREATE FAILED",
    "failureReason": "line one\r\nline two\u007f \u202eevil",
    "importMode": "FULL\u001b[0m"
})";
} // namespace

void TestCliCommands::describeEscapesServerText()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setFallback(ScriptedResponse::json(200, R"({"datasetImportJob": )" + kHostileJob + "}"));
    useScriptedServer(server);

    const Outcome text = run(QStringLiteral("describe ") + kJobArn);
    QCOMPARE(text.exitCode, int(CliCommand::Success));
    QVERIFY2(!hasRawControls(text.out), qPrintable(text.out));
    for (const char16_t *expected :
         {u"job\\x1b[2J\n", u"dataset/g/ITEMS\\x1b]0;x\\x07\n", u"s3://b/\\u009b31mitems.csv\n",
          u"line one\\r\\nline two\\x7f \\u202eevil\n", u"FULL\\x1b[0m\n"}) {
        QVERIFY2(text.out.contains(QStringView(expected)), qPrintable(text.out));
    }

    // The JSON writer escapes C0 itself; DEL and C1 are escaped too, and the values are intact.
    const Outcome json = run(QStringLiteral("describe --output json ") + kJobArn);
    QCOMPARE(json.exitCode, int(CliCommand::Success));
    QVERIFY2(!hasRawControls(json.out), qPrintable(json.out));
    QVERIFY(!json.out.contains(QChar(0x202E)));
    const QJsonObject job =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"datasetImportJob").toObject();
    QCOMPARE(job, QJsonDocument::fromJson(kHostileJob).object());
}

void TestCliCommands::listAndWatchEscapeServerText()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedRequest &request) {
        if (request.header("X-Amz-Target").endsWith("DescribeDatasetImportJob"))
            return ScriptedResponse::json(200, R"({"datasetImportJob": )" + kHostileJob + "}");
        return ScriptedResponse::json(200, R"({"datasetImportJobs": [)" + kHostileJob + "]}");
    });
    useScriptedServer(server);

    const Outcome listed = run(QStringLiteral("list"));
    QCOMPARE(listed.exitCode, int(CliCommand::Success));
    QVERIFY2(!hasRawControls(listed.out), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"job\\x1b[2J "), qPrintable(listed.out));
    QVERIFY2(listed.out.contains(u"FULL\\x1b[0m "), qPrintable(listed.out));

    const Outcome watched = run(QStringLiteral("watch ") + kJobArn);
    QCOMPARE(watched.exitCode, int(CliCommand::JobFailed));
    QVERIFY2(!hasRawControls(watched.out + watched.err), qPrintable(watched.out + watched.err));
    QVERIFY2(watched.err.contains(u"  job\\x1b[2J: CREATE FAILED\n"), qPrintable(watched.err));
    QVERIFY2(watched.err.contains(u"    line one\\r\\nline two\\x7f \\u202eevil\n"),
             qPrintable(watched.err));
}

namespace {

const QString kMissingColumn =
    QStringLiteral("s3://importdesk-demo/interactions/broken/missing-timestamp-column.csv");
const QString kGoodInteractions =
    QStringLiteral("s3://importdesk-demo/interactions/good/interactions.csv");

} // namespace

void TestCliCommands::checkFindsAMissingColumn()
{
    const Outcome outcome =
        run({QStringLiteral("check"), QStringLiteral("--dataset-arn"),
             dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS")),
             QStringLiteral("--data-location"), kMissingColumn});
    QCOMPARE(outcome.exitCode, int(CliCommand::DataProblems));
    QVERIFY2(outcome.out.startsWith(QStringLiteral("Error: ") + kMissingColumn +
                                    QStringLiteral(", line 1\n")),
             qPrintable(outcome.out));
    QVERIFY(outcome.out.contains(QLatin1String("The required column TIMESTAMP is missing")));
    QVERIFY(outcome.out.contains(QLatin1String("  Fix: Add a TIMESTAMP column")));
    QVERIFY2(outcome.out.contains(QLatin1String("1 error in 1 file")), qPrintable(outcome.out));
    QVERIFY(outcome.err.contains(QLatin1String("Checking ") + kMissingColumn));
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateDatasetImportJob")), 0);
}

void TestCliCommands::checkOfGoodDataExitsWithSuccess()
{
    const Outcome outcome =
        run({QStringLiteral("check"), QStringLiteral("--dataset-arn"),
             dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS")),
             QStringLiteral("--data-location"), kGoodInteractions, QStringLiteral("--import-mode"),
             QStringLiteral("INCREMENTAL")});
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
    QVERIFY2(outcome.out.startsWith(QLatin1String("No problems found in 1 file")),
             qPrintable(outcome.out));
    QVERIFY(outcome.out.contains(QLatin1String("about 1,")));
}

void TestCliCommands::checkPrintsJson()
{
    const Outcome outcome =
        run({QStringLiteral("check"), QStringLiteral("--output"), QStringLiteral("json"),
             QStringLiteral("--dataset-arn"),
             dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS")),
             QStringLiteral("--data-location"), kMissingColumn});
    QCOMPARE(outcome.exitCode, int(CliCommand::DataProblems));
    const QJsonObject json = QJsonDocument::fromJson(outcome.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("state")).toString(), QStringLiteral("completed"));
    QCOMPARE(json.value(QLatin1String("dataLocation")).toString(), kMissingColumn);
    const QJsonObject finding = json.value(QLatin1String("findings")).toArray().first().toObject();
    QCOMPARE(finding.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(finding.value(QLatin1String("rule")).toString(), QStringLiteral("missing-column"));
    QCOMPARE(finding.value(QLatin1String("line")).toInt(), 1);
    QCOMPARE(finding.value(QLatin1String("column")).toString(), QStringLiteral("TIMESTAMP"));
}

void TestCliCommands::checkNeedsADatasetAndAnS3Location()
{
    const Outcome missing = run(QStringLiteral("check --data-location s3://importdesk-demo/x/"));
    QCOMPARE(missing.exitCode, int(CliCommand::BadInput));
    QVERIFY2(missing.err.contains(QLatin1String("check needs --dataset-arn and --data-location")),
             qPrintable(missing.err));

    const Outcome bad =
        run({QStringLiteral("check"), QStringLiteral("--dataset-arn"),
             dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS")),
             QStringLiteral("--data-location"), QStringLiteral("importdesk-demo/data.csv")});
    QCOMPARE(bad.exitCode, int(CliCommand::BadInput));
    QVERIFY2(bad.err.contains(QLatin1String("--data-location")), qPrintable(bad.err));
    QVERIFY(bad.err.contains(QLatin1String("nothing was checked")));
}

void TestCliCommands::checkThatCannotRunSaysWhy()
{
    const Outcome outcome = run({QStringLiteral("check"), QStringLiteral("--dataset-arn"),
                                 dataset(QStringLiteral("nowhere"), QStringLiteral("INTERACTIONS")),
                                 QStringLiteral("--data-location"), kGoodInteractions});
    QCOMPARE(outcome.exitCode, int(CliCommand::RequestFailed));
    QVERIFY2(outcome.err.contains(QLatin1String("the data could not be checked: The dataset's "
                                                "schema could not be read")),
             qPrintable(outcome.err));
    QCOMPARE(outcome.out, QString());
}

void TestCliCommands::submitCheckSendsNothingWhenTheDataWouldFail()
{
    QStringList arguments = {QStringLiteral("submit"),
                             QStringLiteral("--check"),
                             QStringLiteral("--job-name"),
                             QStringLiteral("checked-first"),
                             QStringLiteral("--dataset-arn"),
                             dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS")),
                             QStringLiteral("--data-location"),
                             kMissingColumn};
    const Outcome outcome = run(arguments);
    QCOMPARE(outcome.exitCode, int(CliCommand::DataProblems));
    QVERIFY2(outcome.err.contains(QLatin1String("The required column TIMESTAMP is missing")),
             qPrintable(outcome.err));
    QVERIFY(outcome.err.contains(QLatin1String("nothing was sent: the data check found errors")));
    QCOMPARE(outcome.out, QString());
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateDatasetImportJob")), 0);

    // Without --check the operator may send it anyway.
    arguments.removeAll(QStringLiteral("--check"));
    QCOMPARE(run(arguments).exitCode, int(CliCommand::Success));
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);
}

void TestCliCommands::submitCheckSendsGoodData()
{
    const Outcome outcome =
        run({QStringLiteral("submit"), QStringLiteral("--check"), QStringLiteral("--job-name"),
             QStringLiteral("checked-and-sent"), QStringLiteral("--dataset-arn"),
             dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS")),
             QStringLiteral("--data-location"), kGoodInteractions});
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
    QVERIFY2(outcome.out.trimmed().endsWith(QLatin1String(":dataset-import-job/checked-and-sent")),
             qPrintable(outcome.out));
    QVERIFY(outcome.err.contains(QLatin1String("No problems found")));
    QCOMPARE(m_server->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_clicommands.moc"
