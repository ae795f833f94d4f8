#include "aws/awsclient.h"
#include "common/sandboxfixture.h"
#include "common/scriptedhttpserver.h"
#include "personalize/avroschema.h"
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
    void schemaOfEveryDataset();
    void streamingStopsWhenAsked();
    void malformedAnswersGiveAClearError_data();
    void malformedAnswersGiveAClearError();
    void endlessPagingIsStopped();
    void pagingHasADeadline();
    void lostCreateAnswerIsUncertain();
    void plainDuplicateIsCertain();
    void createAnswerWithoutArnIsUncertain_data();
    void createAnswerWithoutArnIsUncertain();

private:
    void startSandbox(const SandboxOptions &options);
    void connectTo(const QUrl &endpoint);
    template<typename T, typename Start>
    Result<T, AwsError> wait(Start start);
    struct Created
    {
        Result<CreateDatasetImportJobResponse, AwsError> result;
        bool uncertain;
    };
    Created create(const QString &name);
    QString dataset(const QString &group, const QString &type) const;
    CreateDatasetImportJobRequest createRequest(const QString &name) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    // The client of a scripted server standing in for the service, when a test uses one.
    std::unique_ptr<AwsClient> m_scriptedAws;
    std::unique_ptr<PersonalizeClient> m_scriptedClient;
    PersonalizeClient *m_client = nullptr; // the sandbox's or the scripted server's
};

void TestPersonalizeClient::init()
{
    startSandbox(SandboxFixture::defaultOptions());
}

void TestPersonalizeClient::cleanup()
{
    m_client = nullptr;
    m_scriptedClient.reset();
    m_scriptedAws.reset();
    m_sandbox.reset();
}

void TestPersonalizeClient::startSandbox(const SandboxOptions &options)
{
    m_client = nullptr;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
    m_client = m_sandbox->client();
}

void TestPersonalizeClient::connectTo(const QUrl &endpoint)
{
    m_client = nullptr;
    m_scriptedClient.reset();
    m_scriptedAws = SandboxFixture::makeAwsClient(endpoint, SandboxFixture::defaultOptions());
    m_scriptedClient = std::make_unique<PersonalizeClient>(m_scriptedAws.get());
    m_client = m_scriptedClient.get();
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
    const auto [created, uncertain] = create(QStringLiteral("typed"));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().summary()));
    QVERIFY(!uncertain);
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

// DescribeDataset names the schema; DescribeSchema gives the columns its CSV files must have.
void TestPersonalizeClient::schemaOfEveryDataset()
{
    const QString interactions =
        dataset(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    const auto first =
        wait<Dataset>([&](auto done) { m_client->describeDataset(interactions, this, done); });
    QVERIFY(first.ok());
    QVERIFY(first->schemaArn.has_value());
    const auto schema = wait<DatasetSchema>(
        [&](auto done) { m_client->describeSchema(*first->schemaArn, this, done); });
    QVERIFY(schema.ok());
    QCOMPARE(schema->schemaArn, first->schemaArn);
    QCOMPARE(schema->domain, QStringLiteral("ECOMMERCE"));
    const auto record = AvroSchema::parse(schema->schema.value_or(QString()));
    QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : record.error()));
    QCOMPARE(record->requiredFieldNames(),
             (QStringList{QStringLiteral("USER_ID"), QStringLiteral("ITEM_ID"),
                          QStringLiteral("TIMESTAMP"), QStringLiteral("EVENT_TYPE")}));

    // Every dataset of every group has a schema the app can read.
    for (const QString &group : {QStringLiteral("retail-shop"), QStringLiteral("streaming-catalog"),
                                 QStringLiteral("news-articles")}) {
        const auto datasets = wait<QList<DatasetSummary>>([&](auto done) {
            m_client->listAllDatasets(
                QStringLiteral("arn:aws:personalize:us-east-1:%1:dataset-group/%2")
                    .arg(SandboxDefaults::kAccountId, group),
                this, done);
        });
        QVERIFY(datasets.ok());
        QVERIFY(!datasets->isEmpty());
        for (const DatasetSummary &summary : datasets.value()) {
            const auto described = wait<Dataset>([&](auto done) {
                m_client->describeDataset(summary.datasetArn.value_or(QString()), this, done);
            });
            QVERIFY(described.ok());
            const auto found = wait<DatasetSchema>([&](auto done) {
                m_client->describeSchema(described->schemaArn.value_or(QString()), this, done);
            });
            QVERIFY(found.ok());
            const auto fields = AvroSchema::parse(found->schema.value_or(QString()));
            QVERIFY2(fields.ok(), qPrintable(summary.datasetArn.value_or(QString())));
            QVERIFY(!fields->requiredFieldNames().isEmpty());
        }
    }

    const auto missing = wait<DatasetSchema>([&](auto done) {
        m_client->describeSchema(
            QStringLiteral("arn:aws:personalize:us-east-1:111122223333:schema/none"), this, done);
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
        job.created = m_sandbox->server()->now().addSecs(-i);
        job.lastUpdated = job.created;
        QVERIFY(m_sandbox->server()->state().addJob(job));
    }
    m_sandbox->clearRequests();
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
        job.created = m_sandbox->server()->now().addSecs(-i);
        QVERIFY(m_sandbox->server()->state().addJob(job));
    }
    m_sandbox->clearRequests();
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

TestPersonalizeClient::Created TestPersonalizeClient::create(const QString &name)
{
    std::optional<Created> outcome;
    m_client->createDatasetImportJob(
        createRequest(name), this,
        [&outcome](const Result<CreateDatasetImportJobResponse, AwsError> &result, bool uncertain) {
            outcome = Created{result, uncertain};
        });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        return {AwsError::make(AwsError::Kind::Timeout, QStringLiteral("no answer")), false};
    return *outcome;
}

void TestPersonalizeClient::lostCreateAnswerIsUncertain()
{
    // The first answer is dropped after the job was created; whether Qt or the retry policy
    // sends again, the second request is told the name exists. Only a lookup can settle that,
    // and the client says so rather than guess.
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.dropRate = 1.0;
    startSandbox(options);
    int requests = 0;
    connect(m_sandbox->server(), &SandboxServer::requestLogged, this, [&] {
        if (++requests == 1)
            m_sandbox->server()->setFaultPlanEnabled(false);
    });
    const auto [created, uncertain] = create(QStringLiteral("lost-answer"));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("ResourceAlreadyExistsException"));
    QVERIFY(uncertain);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("CreateDatasetImportJob")), 2);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("ListDatasetImportJobs")), 0);
}

void TestPersonalizeClient::plainDuplicateIsCertain()
{
    SandboxImportJob earlier;
    earlier.jobName = QStringLiteral("taken");
    earlier.datasetArn = createRequest({}).datasetArn;
    earlier.status = QStringLiteral("ACTIVE");
    earlier.created = m_sandbox->server()->now().addSecs(-5);
    QVERIFY(m_sandbox->server()->state().addJob(earlier));

    const auto [created, uncertain] = create(QStringLiteral("taken"));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("ResourceAlreadyExistsException"));
    QVERIFY(!uncertain);
}

void TestPersonalizeClient::createAnswerWithoutArnIsUncertain_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no ARN") << QByteArray("{}");
    QTest::newRow("not an ARN") << QByteArray(R"({"datasetImportJobArn": "ok"})");
    QTest::newRow("another resource")
        << QByteArray(R"({"datasetImportJobArn": "arn:aws:personalize:us-east-1:111122223333:)"
                      R"(dataset/g/ITEMS"})");
    QTest::newRow("wrong type") << QByteArray(R"({"datasetImportJobArn": 42})");
}

void TestPersonalizeClient::createAnswerWithoutArnIsUncertain()
{
    QFETCH(QByteArray, body);
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setFallback(ScriptedResponse::json(200, body));
    connectTo(server.url());
    const auto [created, uncertain] = create(QStringLiteral("no-arn"));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(created.error().message.startsWith(
                 u"The answer to CreateDatasetImportJob could not be read: "),
             qPrintable(created.error().message));
    // A 200 means the service most likely created the job.
    QVERIFY(uncertain);
    QCOMPARE(server.requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestPersonalizeClient)
#include "tst_personalizeclient.moc"
