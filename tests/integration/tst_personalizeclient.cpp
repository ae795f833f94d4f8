#include "aws/awsclient.h"
#include "common/scriptedhttpserver.h"
#include "personalize/personalizeclient.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QTest>

using namespace std::chrono_literals;

// The typed Personalize operations over real HTTP: against the sandbox for behaviour, and
// against a scripted server for answers the sandbox never gives (malformed bodies, endless
// paging).
class TestPersonalizeClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyOperation();
    void listingCollectsEveryPage();
    void streamingStopsWhenAsked();
    void malformedAnswersGiveAClearError_data();
    void malformedAnswersGiveAClearError();
    void endlessPagingIsStopped();
    void pagingHasADeadline();
    void lostCreateAnswerIsReconciled();
    void realDuplicateStaysAnError();

private:
    void startSandbox(const SandboxOptions &options);
    void connectTo(const QUrl &endpoint);
    template<typename T, typename Start>
    Result<T, AwsError> wait(Start start);
    QString dataset(const QString &group, const QString &type) const;
    CreateDatasetImportJobRequest createRequest(const QString &name) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<AwsClient> m_aws;
    std::unique_ptr<PersonalizeClient> m_client;
};

void TestPersonalizeClient::init()
{
    SandboxOptions options;
    options.port = 0;
    startSandbox(options);
}

void TestPersonalizeClient::cleanup()
{
    m_client.reset();
    m_aws.reset();
    m_sandbox.reset();
}

void TestPersonalizeClient::startSandbox(const SandboxOptions &options)
{
    m_client.reset();
    m_aws.reset();
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));
    connectTo(m_sandbox->url());
}

void TestPersonalizeClient::connectTo(const QUrl &endpoint)
{
    m_aws = std::make_unique<AwsClient>();
    AwsClientSettings settings;
    settings.region = SandboxDefaults::kRegion;
    settings.endpoint = endpoint;
    m_aws->setSettings(settings);
    m_aws->setBackoffFunction([](int) { return 1ms; });
    AwsCredentials credentials;
    credentials.accessKeyId = SandboxDefaults::kAccessKeyId;
    credentials.secretAccessKey = SandboxDefaults::kSecretAccessKey;
    m_aws->setStaticCredentials(credentials);
    m_client = std::make_unique<PersonalizeClient>(m_aws.get());
}

template<typename T, typename Start>
Result<T, AwsError> TestPersonalizeClient::wait(Start start)
{
    std::optional<Result<T, AwsError>> result;
    start([&result](const Result<T, AwsError> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return *result;
}

QString TestPersonalizeClient::dataset(const QString &group, const QString &type) const
{
    return QStringLiteral("arn:aws:personalize:us-east-1:%1:dataset/%2/%3")
        .arg(SandboxDefaults::kAccountId, group, type);
}

CreateDatasetImportJobRequest TestPersonalizeClient::createRequest(const QString &name) const
{
    CreateDatasetImportJobRequest request;
    request.jobName = name;
    request.datasetArn = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    request.dataSource.dataLocation = QStringLiteral("s3://shop-data/items.csv");
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeImport");
    request.tags = QList<Tag>{{QStringLiteral("team"), QStringLiteral("growth")}};
    request.importMode = QStringLiteral("FULL");
    return request;
}

void TestPersonalizeClient::everyOperation()
{
    const auto created = wait<CreateDatasetImportJobResponse>([&](auto done) {
        m_client->createDatasetImportJob(createRequest(QStringLiteral("typed")), this, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().summary()));
    const QString arn = created->datasetImportJobArn.value_or(QString());
    QVERIFY(arn.endsWith(u":dataset-import-job/typed"));

    const auto described = wait<DatasetImportJob>(
        [&](auto done) { m_client->describeDatasetImportJob(arn, this, done); });
    QVERIFY(described.ok());
    QCOMPARE(described->jobName, QStringLiteral("typed"));
    QCOMPARE(described->dataSource->dataLocation, QStringLiteral("s3://shop-data/items.csv"));
    QCOMPARE(described->status, QStringLiteral("CREATE PENDING"));
    QVERIFY(described->creationDateTime.has_value());

    const auto tags =
        wait<QList<Tag>>([&](auto done) { m_client->listTagsForResource(arn, this, done); });
    QVERIFY(tags.ok());
    QCOMPARE(tags.value(), (QList<Tag>{{QStringLiteral("team"), QStringLiteral("growth")}}));

    const auto groups = wait<QList<DatasetGroupSummary>>(
        [&](auto done) { m_client->listAllDatasetGroups(this, done); });
    QVERIFY(groups.ok());
    QCOMPARE(groups->size(), 3);

    const QString shop = groups->constFirst().datasetGroupArn.value_or(QString());
    const auto datasets = wait<QList<DatasetSummary>>(
        [&](auto done) { m_client->listAllDatasets(shop, this, done); });
    QVERIFY(datasets.ok());
    QVERIFY(!datasets->isEmpty());

    const auto dataset = wait<Dataset>([&](auto done) {
        m_client->describeDataset(datasets->constFirst().datasetArn.value_or(QString()), this,
                                  done);
    });
    QVERIFY(dataset.ok());
    QCOMPARE(dataset->datasetArn, datasets->constFirst().datasetArn);

    int attributions = 0;
    for (const DatasetGroupSummary &group : groups.value()) {
        const auto listed = wait<QList<MetricAttributionSummary>>([&](auto done) {
            m_client->listAllMetricAttributions(group.datasetGroupArn.value_or(QString()), this,
                                                done);
        });
        QVERIFY(listed.ok());
        attributions += int(listed->size());
    }
    QCOMPARE(attributions, 1);

    const auto page = wait<ListDatasetImportJobsResponse>([&](auto done) {
        ListDatasetImportJobsRequest request;
        request.datasetArn = createRequest({}).datasetArn;
        request.maxResults = 1;
        m_client->listDatasetImportJobs(request, this, done);
    });
    QVERIFY(page.ok());
    QCOMPARE(page->datasetImportJobs->size(), 1);
    QVERIFY(page->nextToken.has_value());

    const auto missing = wait<DatasetImportJob>([&](auto done) {
        m_client->describeDatasetImportJob(
            QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/none"),
            this, done);
    });
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("ResourceNotFoundException"));
}

void TestPersonalizeClient::listingCollectsEveryPage()
{
    const QString datasetArn =
        dataset(QStringLiteral("streaming-catalog"), QStringLiteral("USERS"));
    const auto before = wait<QList<DatasetImportJobSummary>>(
        [&](auto done) { m_client->listAllDatasetImportJobs(datasetArn, this, done); });
    QVERIFY(before.ok());
    for (int i = 0; i < 250; ++i) {
        SandboxImportJob job;
        job.jobName = QStringLiteral("bulk-%1").arg(i);
        job.datasetArn = datasetArn;
        job.dataLocation = QStringLiteral("s3://vod/users.csv");
        job.status = QStringLiteral("ACTIVE");
        job.created = m_sandbox->now().addSecs(-i);
        job.lastUpdated = job.created;
        QVERIFY(m_sandbox->state().addJob(job));
    }
    m_sandbox->clearRequestLog();
    const auto all = wait<QList<DatasetImportJobSummary>>(
        [&](auto done) { m_client->listAllDatasetImportJobs(datasetArn, this, done); });
    QVERIFY(all.ok());
    QCOMPARE(all->size(), before->size() + 250);
    QSet<QString> arns;
    for (const auto &job : all.value())
        arns.insert(job.datasetImportJobArn.value_or(QString()));
    QCOMPARE(arns.size(), all->size());
    const int expectedPages = int((all->size() + 99) / 100);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("ListDatasetImportJobs")), expectedPages);
}

void TestPersonalizeClient::streamingStopsWhenAsked()
{
    const QString datasetArn = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    for (int i = 0; i < 150; ++i) {
        SandboxImportJob job;
        job.jobName = QStringLiteral("stream-%1").arg(i);
        job.datasetArn = datasetArn;
        job.status = QStringLiteral("ACTIVE");
        job.created = m_sandbox->now().addSecs(-i);
        QVERIFY(m_sandbox->state().addJob(job));
    }
    m_sandbox->clearRequestLog();
    int pages = 0;
    const auto streamed = wait<QList<DatasetImportJobSummary>>([&](auto done) {
        m_client->streamDatasetImportJobs(
            datasetArn, 50, this,
            [&pages](const QList<DatasetImportJobSummary> &page) {
                ++pages;
                return page.size() == 50 && pages < 2;
            },
            done);
    });
    QVERIFY(streamed.ok());
    QCOMPARE(pages, 2);
    QCOMPARE(streamed->size(), 100);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("ListDatasetImportJobs")), 2);
}

void TestPersonalizeClient::malformedAnswersGiveAClearError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("<html>proxy error</html>") << QString();
    QTest::newRow("wrong member type")
        << QByteArray(R"({"datasetImportJob": "oops"})")
        << QStringLiteral("The answer to DescribeDatasetImportJob could not be read: ");
    QTest::newRow("missing member")
        << QByteArray(R"({"somethingElse": 1})")
        << QStringLiteral("The answer to DescribeDatasetImportJob could not be read: the answer "
                          "has no datasetImportJob");
    QTest::newRow("bad timestamp")
        << QByteArray(R"({"datasetImportJob": {"jobName": "x", "creationDateTime": "yesterday"}})")
        << QStringLiteral("The answer to DescribeDatasetImportJob could not be read: ");
}

void TestPersonalizeClient::malformedAnswersGiveAClearError()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setFallback(ScriptedResponse::json(200, body));
    connectTo(server.url());
    const auto described = wait<DatasetImportJob>([&](auto done) {
        m_client->describeDatasetImportJob(
            QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/x"), this,
            done);
    });
    QVERIFY(!described.ok());
    QCOMPARE(described.error().kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(described.error().message.startsWith(message), qPrintable(described.error().message));
    QVERIFY(!described.error().message.isEmpty());
}

void TestPersonalizeClient::endlessPagingIsStopped()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setFallback(
        ScriptedResponse::json(200, R"({"datasetGroups": [], "nextToken": "same-again"})"));
    connectTo(server.url());
    const auto groups = wait<QList<DatasetGroupSummary>>(
        [&](auto done) { m_client->listAllDatasetGroups(this, done); });
    QVERIFY(!groups.ok());
    QCOMPARE(groups.error().kind, AwsError::Kind::InvalidResponse);
    QCOMPARE(groups.error().message, QStringLiteral("The service kept returning more pages; "
                                                    "listing was stopped after 2 pages."));
    QCOMPARE(server.requests().size(), 2);
}

void TestPersonalizeClient::pagingHasADeadline()
{
    // Every page is new, so only the walk's deadline can end it.
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    int page = 0;
    server.setHandler([&page](const ReceivedRequest &) {
        ScriptedResponse response =
            ScriptedResponse::json(200, R"({"datasetGroups": [], "nextToken": "page-)" +
                                            QByteArray::number(++page) + R"("})");
        response.delayMs = 50;
        return response;
    });
    connectTo(server.url());
    QCOMPARE(qint64(PersonalizeClient::kDefaultPagingDeadline.count()), qint64(5 * 60 * 1000));
    m_client->setPagingDeadline(400ms);
    QElapsedTimer timer;
    timer.start();
    const auto groups = wait<QList<DatasetGroupSummary>>(
        [&](auto done) { m_client->listAllDatasetGroups(this, done); });
    QVERIFY(!groups.ok());
    QCOMPARE(groups.error().kind, AwsError::Kind::Timeout);
    QVERIFY2(groups.error().message.startsWith(u"Listing took longer than 0.4 seconds and was "
                                               u"stopped after "),
             qPrintable(groups.error().message));
    QVERIFY(groups.error().message.contains(u"pages without end"));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(server.requests().size() >= 2);
    QVERIFY(server.requests().size() < 50);
}

void TestPersonalizeClient::lostCreateAnswerIsReconciled()
{
    // The first answer is dropped after the job was created; whether Qt or the retry policy
    // sends again, the second request is told the name exists, and the client finds its job.
    SandboxOptions options;
    options.port = 0;
    options.dropRate = 1.0;
    startSandbox(options);
    int requests = 0;
    connect(m_sandbox.get(), &SandboxServer::requestLogged, this, [&] {
        if (++requests == 1)
            m_sandbox->setFaultPlanEnabled(false);
    });
    const auto created = wait<CreateDatasetImportJobResponse>([&](auto done) {
        m_client->createDatasetImportJob(createRequest(QStringLiteral("lost-answer")), this, done);
    });
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().summary()));
    QVERIFY(created->datasetImportJobArn->endsWith(u"dataset-import-job/lost-answer"));
    int matching = 0;
    for (const SandboxImportJob &job : m_sandbox->state().jobs())
        matching += job.jobName == u"lost-answer" ? 1 : 0;
    QCOMPARE(matching, 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateDatasetImportJob")), 2);
    QVERIFY(m_sandbox->requestCount(QStringLiteral("ListDatasetImportJobs")) >= 1);
}

void TestPersonalizeClient::realDuplicateStaysAnError()
{
    SandboxImportJob earlier;
    earlier.jobName = QStringLiteral("taken");
    earlier.datasetArn = createRequest({}).datasetArn;
    earlier.status = QStringLiteral("ACTIVE");
    earlier.created = m_sandbox->now().addSecs(-3600);
    QVERIFY(m_sandbox->state().addJob(earlier));

    // Without a lost answer: the service's error as is.
    auto created = wait<CreateDatasetImportJobResponse>([&](auto done) {
        m_client->createDatasetImportJob(createRequest(QStringLiteral("taken")), this, done);
    });
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("ResourceAlreadyExistsException"));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("ListDatasetImportJobs")), 0);

    // With a lost answer: the lookup finds a job older than the call, so still an error.
    m_sandbox->faultPlan().setRates(FaultRates{0, 0, 1.0, 0ms});
    m_sandbox->setFaultPlanEnabled(true);
    int requests = 0;
    connect(m_sandbox.get(), &SandboxServer::requestLogged, this, [&] {
        if (++requests == 1)
            m_sandbox->setFaultPlanEnabled(false);
    });
    created = wait<CreateDatasetImportJobResponse>([&](auto done) {
        m_client->createDatasetImportJob(createRequest(QStringLiteral("taken")), this, done);
    });
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("ResourceAlreadyExistsException"));
    QVERIFY(m_sandbox->requestCount(QStringLiteral("ListDatasetImportJobs")) >= 1);
}

QTEST_GUILESS_MAIN(TestPersonalizeClient)
#include "tst_personalizeclient.moc"
