#include "personalize/apicodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

// The JSON codec of the Personalize API: both directions for every shape, timestamps, and
// malformed input reported with the member path instead of crashing or defaulting.
class TestApiCodec final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void typeRoundTrip();
    void requestBodyMatchesWireExample();
    void unsetMembersAreOmitted();
    void emptyObject_data();
    void emptyObject();
    void timestampParsing_data();
    void timestampParsing();
    void timestampWriting_data();
    void timestampWriting();
    void malformed_data();
    void malformed();
    void nullMeansAbsent();
    void unknownMembersIgnored();
    void unknownEnumTextIsKept();
    void importJobStatus_data();
    void importJobStatus();
    void importMode_data();
    void importMode();
};

namespace {

// Parses with the codec of one shape and writes the result back out.
using Reencode = std::function<Result<QJsonObject, QString>(const QJsonObject &)>;

template<typename T>
Reencode reencoder(Result<T, QString> (*parse)(const QJsonObject &))
{
    return [parse](const QJsonObject &json) -> Result<QJsonObject, QString> {
        Result<T, QString> parsed = parse(json);
        if (!parsed.ok())
            return parsed.error();
        return ApiCodec::toJson(parsed.value());
    };
}

Reencode codecFor(const QString &shape)
{
    using namespace ApiCodec;
    static const QHash<QString, Reencode> codecs = {
        {QStringLiteral("CreateDatasetImportJobRequest"),
         reencoder(&parseCreateDatasetImportJobRequest)},
        {QStringLiteral("CreateDatasetImportJobResponse"),
         reencoder(&parseCreateDatasetImportJobResponse)},
        {QStringLiteral("DescribeDatasetImportJobRequest"),
         reencoder(&parseDescribeDatasetImportJobRequest)},
        {QStringLiteral("DescribeDatasetImportJobResponse"),
         reencoder(&parseDescribeDatasetImportJobResponse)},
        {QStringLiteral("ListDatasetImportJobsRequest"),
         reencoder(&parseListDatasetImportJobsRequest)},
        {QStringLiteral("ListDatasetImportJobsResponse"),
         reencoder(&parseListDatasetImportJobsResponse)},
        {QStringLiteral("ListDatasetGroupsRequest"), reencoder(&parseListDatasetGroupsRequest)},
        {QStringLiteral("ListDatasetGroupsResponse"), reencoder(&parseListDatasetGroupsResponse)},
        {QStringLiteral("ListDatasetsRequest"), reencoder(&parseListDatasetsRequest)},
        {QStringLiteral("ListDatasetsResponse"), reencoder(&parseListDatasetsResponse)},
        {QStringLiteral("DescribeDatasetRequest"), reencoder(&parseDescribeDatasetRequest)},
        {QStringLiteral("DescribeDatasetResponse"), reencoder(&parseDescribeDatasetResponse)},
        {QStringLiteral("ListMetricAttributionsRequest"),
         reencoder(&parseListMetricAttributionsRequest)},
        {QStringLiteral("ListMetricAttributionsResponse"),
         reencoder(&parseListMetricAttributionsResponse)},
        {QStringLiteral("ListTagsForResourceRequest"), reencoder(&parseListTagsForResourceRequest)},
        {QStringLiteral("ListTagsForResourceResponse"),
         reencoder(&parseListTagsForResourceResponse)},
    };
    return codecs.value(shape);
}

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("test data is not a JSON object: %s", json);
    return document.object();
}

QString text(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

const QString kDatasetArn =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/my-group/INTERACTIONS");
const QString kJobArn =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/import-1");
const QString kGroupArn =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-group/my-group");

DatasetImportJob fullJob()
{
    DatasetImportJob job;
    job.jobName = QStringLiteral("import-1");
    job.datasetImportJobArn = kJobArn;
    job.datasetArn = kDatasetArn;
    job.dataSource = DataSource{QStringLiteral("s3://bucket/folder/")};
    job.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
    job.status = QStringLiteral("CREATE FAILED");
    job.creationDateTime = utc(1700000000123);
    job.lastUpdatedDateTime = utc(1700000300000);
    job.failureReason = QStringLiteral("Input CSV is missing the required column USER_ID");
    job.importMode = QStringLiteral("INCREMENTAL");
    job.publishAttributionMetricsToS3 = false;
    return job;
}

DatasetImportJobSummary summary(int i)
{
    DatasetImportJobSummary job;
    job.datasetImportJobArn = kJobArn + QString::number(i);
    job.jobName = u"import-" + QString::number(i);
    job.status = QStringLiteral("CREATE IN_PROGRESS");
    job.creationDateTime = utc(1700000000000 + i * 1001);
    job.lastUpdatedDateTime = utc(1700000000999 + i);
    job.failureReason = i % 2 ? std::optional<QString>() : QStringLiteral("reason");
    job.importMode = QStringLiteral("FULL");
    return job;
}

template<typename T>
bool typeSurvives(const T &value, Result<T, QString> (*parse)(const QJsonObject &))
{
    const QJsonObject json = ApiCodec::toJson(value);
    // Through text too, as on the wire.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const Result<T, QString> parsed = parse(reread);
    if (!parsed.ok()) {
        qWarning("parse failed: %s", qPrintable(parsed.error()));
        return false;
    }
    if (!(parsed.value() == value)) {
        qWarning("round trip changed the value; JSON was %s", qPrintable(text(json)));
        return false;
    }
    return true;
}

} // namespace

void TestApiCodec::jsonRoundTrip_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QByteArray>("json");
    const auto row = [](const char *name, const char *shape, const char *json) {
        QTest::newRow(name) << QString::fromLatin1(shape) << QByteArray(json);
    };
    row("create request, all members", "CreateDatasetImportJobRequest",
        R"({"jobName":"import-2026-01-01",
            "datasetArn":"arn:aws:personalize:us-east-1:111122223333:dataset/g/INTERACTIONS",
            "dataSource":{"dataLocation":"s3://bucket/folder/"},
            "roleArn":"arn:aws:iam::111122223333:role/PersonalizeS3Read",
            "tags":[{"tagKey":"team","tagValue":"recs"},{"tagKey":"環境","tagValue":""}],
            "importMode":"INCREMENTAL","publishAttributionMetricsToS3":true})");
    row("create request, required only", "CreateDatasetImportJobRequest",
        R"({"jobName":"a","datasetArn":"x","dataSource":{}})");
    row("create request, empty tag list", "CreateDatasetImportJobRequest",
        R"({"jobName":"a","datasetArn":"x","dataSource":{"dataLocation":"s3://b/k.csv"},
            "tags":[]})");
    row("create response", "CreateDatasetImportJobResponse",
        R"({"datasetImportJobArn":"arn:aws:personalize:us-east-1:1:dataset-import-job/j"})");
    row("describe job request", "DescribeDatasetImportJobRequest",
        R"({"datasetImportJobArn":"arn:aws:personalize:us-east-1:1:dataset-import-job/j"})");
    row("describe job response", "DescribeDatasetImportJobResponse",
        R"({"datasetImportJob":{"jobName":"j","datasetImportJobArn":"arn:a","datasetArn":"arn:d",
            "dataSource":{"dataLocation":"s3://b/f/"},"roleArn":"arn:r","status":"ACTIVE",
            "creationDateTime":1.700000000123E9,"lastUpdatedDateTime":1700000100,
            "failureReason":"none","importMode":"FULL","publishAttributionMetricsToS3":false}})");
    row("describe job response, sparse job", "DescribeDatasetImportJobResponse",
        R"({"datasetImportJob":{"status":"CREATE PENDING"}})");
    row("list jobs request", "ListDatasetImportJobsRequest",
        R"({"datasetArn":"arn:d","nextToken":"abc==","maxResults":100})");
    row("list jobs response", "ListDatasetImportJobsResponse",
        R"({"datasetImportJobs":[
              {"datasetImportJobArn":"arn:1","jobName":"one","status":"ACTIVE",
               "creationDateTime":1700000000,"lastUpdatedDateTime":1700000000.5,
               "importMode":"FULL"},
              {"datasetImportJobArn":"arn:2","jobName":"two","status":"CREATE FAILED",
               "creationDateTime":1700000001.001,"failureReason":"Access denied"},
              {}],
            "nextToken":"token"})");
    row("list jobs response, empty page", "ListDatasetImportJobsResponse",
        R"({"datasetImportJobs":[]})");
    row("list groups request", "ListDatasetGroupsRequest", R"({"nextToken":"t","maxResults":1})");
    row("list groups response", "ListDatasetGroupsResponse",
        R"({"datasetGroups":[{"name":"g","datasetGroupArn":"arn:g","status":"ACTIVE",
            "creationDateTime":1600000000,"lastUpdatedDateTime":1600000000.25,
            "failureReason":"f","domain":"ECOMMERCE"}],"nextToken":"n"})");
    row("list datasets request", "ListDatasetsRequest",
        R"({"datasetGroupArn":"arn:g","nextToken":"t","maxResults":50})");
    row("list datasets response", "ListDatasetsResponse",
        R"({"datasets":[{"name":"d","datasetArn":"arn:d","datasetType":"INTERACTIONS",
            "status":"ACTIVE","creationDateTime":1,"lastUpdatedDateTime":2}]})");
    row("describe dataset request", "DescribeDatasetRequest", R"({"datasetArn":"arn:d"})");
    row("describe dataset response", "DescribeDatasetResponse",
        R"({"dataset":{"name":"d","datasetArn":"arn:d","datasetGroupArn":"arn:g",
            "datasetType":"Interactions","schemaArn":"arn:s","status":"ACTIVE",
            "creationDateTime":1700000000,"lastUpdatedDateTime":1700000000.999,
            "latestDatasetUpdate":{"schemaArn":"arn:s2","status":"UPDATE IN_PROGRESS",
              "failureReason":"r","creationDateTime":1700000001,"lastUpdatedDateTime":1700000002},
            "trackingId":"tracker-1"}})");
    row("list metric attributions request", "ListMetricAttributionsRequest",
        R"({"datasetGroupArn":"arn:g","nextToken":"t","maxResults":10})");
    row("list metric attributions response", "ListMetricAttributionsResponse",
        R"({"metricAttributions":[{"name":"m","metricAttributionArn":"arn:m","status":"ACTIVE",
            "creationDateTime":1700000000,"lastUpdatedDateTime":1700000000,
            "failureReason":"x"}],"nextToken":"n"})");
    row("list tags request", "ListTagsForResourceRequest", R"({"resourceArn":"arn:r"})");
    row("list tags response", "ListTagsForResourceResponse",
        R"({"tags":[{"tagKey":"k","tagValue":"v"},{"tagKey":"مفتاح","tagValue":"قيمة 😀"}]})");
}

void TestApiCodec::jsonRoundTrip()
{
    QFETCH(QString, shape);
    QFETCH(QByteArray, json);
    const Reencode codec = codecFor(shape);
    QVERIFY(codec);
    const QJsonObject input = object(json.constData());
    const Result<QJsonObject, QString> output = codec(input);
    QVERIFY2(output.ok(), qPrintable(output.ok() ? QString() : output.error()));
    QCOMPARE(text(output.value()), text(input));
    QCOMPARE(output.value(), input);
}

void TestApiCodec::typeRoundTrip()
{
    using namespace ApiCodec;
    CreateDatasetImportJobRequest create;
    create.jobName = QStringLiteral("import-1");
    create.datasetArn = kDatasetArn;
    create.dataSource.dataLocation = QStringLiteral("s3://bucket/data file ü.csv");
    create.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/service-role/Read");
    create.tags = QList<Tag>{{QStringLiteral("team"), QStringLiteral("推薦")},
                             {QStringLiteral("empty"), QString()}};
    create.importMode = QStringLiteral("FULL");
    create.publishAttributionMetricsToS3 = true;
    QVERIFY(typeSurvives(create, &parseCreateDatasetImportJobRequest));
    QVERIFY(typeSurvives(CreateDatasetImportJobRequest{}, &parseCreateDatasetImportJobRequest));

    QVERIFY(typeSurvives(CreateDatasetImportJobResponse{kJobArn},
                         &parseCreateDatasetImportJobResponse));
    QVERIFY(typeSurvives(CreateDatasetImportJobResponse{}, &parseCreateDatasetImportJobResponse));
    QVERIFY(typeSurvives(DescribeDatasetImportJobRequest{kJobArn},
                         &parseDescribeDatasetImportJobRequest));
    QVERIFY(typeSurvives(DescribeDatasetImportJobResponse{fullJob()},
                         &parseDescribeDatasetImportJobResponse));
    QVERIFY(typeSurvives(DescribeDatasetImportJobResponse{DatasetImportJob{}},
                         &parseDescribeDatasetImportJobResponse));

    QVERIFY(typeSurvives(ListDatasetImportJobsRequest{kDatasetArn, QStringLiteral("t"), 100},
                         &parseListDatasetImportJobsRequest));
    QVERIFY(typeSurvives(ListDatasetImportJobsRequest{}, &parseListDatasetImportJobsRequest));
    ListDatasetImportJobsResponse jobs;
    jobs.datasetImportJobs = QList<DatasetImportJobSummary>();
    for (int i = 0; i < 100; ++i)
        jobs.datasetImportJobs->append(summary(i));
    jobs.nextToken = QStringLiteral("next");
    QVERIFY(typeSurvives(jobs, &parseListDatasetImportJobsResponse));

    QVERIFY(typeSurvives(ListDatasetGroupsRequest{QStringLiteral("t"), 5},
                         &parseListDatasetGroupsRequest));
    DatasetGroupSummary group{QStringLiteral("my-group"),
                              kGroupArn,
                              QStringLiteral("ACTIVE"),
                              utc(1500000000000),
                              utc(1500000000001),
                              QStringLiteral("f"),
                              QStringLiteral("VIDEO_ON_DEMAND")};
    QVERIFY(typeSurvives(
        ListDatasetGroupsResponse{QList<DatasetGroupSummary>{group, {}}, QStringLiteral("n")},
        &parseListDatasetGroupsResponse));

    QVERIFY(
        typeSurvives(ListDatasetsRequest{kGroupArn, std::nullopt, 20}, &parseListDatasetsRequest));
    DatasetSummary datasetSummary{
        QStringLiteral("INTERACTIONS"), kDatasetArn, QStringLiteral("Interactions"),
        QStringLiteral("ACTIVE"),       utc(-1500),  utc(253402300799999)};
    QVERIFY(typeSurvives(ListDatasetsResponse{QList<DatasetSummary>{datasetSummary}, {}},
                         &parseListDatasetsResponse));

    QVERIFY(typeSurvives(DescribeDatasetRequest{kDatasetArn}, &parseDescribeDatasetRequest));
    Dataset dataset{QStringLiteral("INTERACTIONS"),
                    kDatasetArn,
                    kGroupArn,
                    QStringLiteral("Interactions"),
                    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:schema/s"),
                    QStringLiteral("ACTIVE"),
                    utc(1700000000000),
                    utc(1700000000001),
                    DatasetUpdateSummary{QStringLiteral("arn:s"), QStringLiteral("ACTIVE"),
                                         std::nullopt, utc(1), utc(2)},
                    QStringLiteral("tracking")};
    QVERIFY(typeSurvives(DescribeDatasetResponse{dataset}, &parseDescribeDatasetResponse));

    QVERIFY(typeSurvives(ListMetricAttributionsRequest{kGroupArn, QStringLiteral("t"), 1},
                         &parseListMetricAttributionsRequest));
    MetricAttributionSummary metric{
        QStringLiteral("m"), QStringLiteral("arn:m"), QStringLiteral("ACTIVE"), utc(10), utc(20),
        std::nullopt};
    QVERIFY(typeSurvives(ListMetricAttributionsResponse{QList<MetricAttributionSummary>{metric},
                                                        QStringLiteral("n")},
                         &parseListMetricAttributionsResponse));

    QVERIFY(typeSurvives(ListTagsForResourceRequest{kJobArn}, &parseListTagsForResourceRequest));
    QVERIFY(typeSurvives(
        ListTagsForResourceResponse{QList<Tag>{{QStringLiteral("k"), QStringLiteral("v 😀")}}},
        &parseListTagsForResourceResponse));
    QVERIFY(
        typeSurvives(ListTagsForResourceResponse{QList<Tag>{}}, &parseListTagsForResourceResponse));
}

void TestApiCodec::requestBodyMatchesWireExample()
{
    CreateDatasetImportJobRequest request;
    request.jobName = QStringLiteral("import-2026-01-01");
    request.datasetArn = kDatasetArn;
    request.dataSource.dataLocation = QStringLiteral("s3://bucket/folder/");
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
    request.importMode = QStringLiteral("FULL");
    const QJsonObject expected = object(
        R"({"jobName":"import-2026-01-01",
            "datasetArn":"arn:aws:personalize:us-east-1:111122223333:dataset/my-group/INTERACTIONS",
            "dataSource":{"dataLocation":"s3://bucket/folder/"},
            "roleArn":"arn:aws:iam::111122223333:role/PersonalizeS3Read","importMode":"FULL"})");
    QCOMPARE(text(ApiCodec::toJson(request)), text(expected));
}

void TestApiCodec::unsetMembersAreOmitted()
{
    QCOMPARE(text(ApiCodec::toJson(ListDatasetImportJobsRequest{})), QStringLiteral("{}"));
    QCOMPARE(text(ApiCodec::toJson(ListDatasetImportJobsResponse{})), QStringLiteral("{}"));
    QCOMPARE(text(ApiCodec::toJson(DescribeDatasetImportJobResponse{DatasetImportJob{}})),
             QStringLiteral(R"({"datasetImportJob":{}})"));
    QCOMPARE(text(ApiCodec::toJson(CreateDatasetImportJobRequest{})),
             QStringLiteral(R"({"dataSource":{},"datasetArn":"","jobName":""})"));
    ListDatasetImportJobsRequest page;
    page.maxResults = 25;
    QCOMPARE(text(ApiCodec::toJson(page)), QStringLiteral(R"({"maxResults":25})"));
    // An empty string or false is a value, not an absence.
    CreateDatasetImportJobRequest request;
    request.roleArn = QString();
    request.publishAttributionMetricsToS3 = false;
    request.tags = QList<Tag>();
    const QJsonObject json = ApiCodec::toJson(request);
    QCOMPARE(json.value(QLatin1String("roleArn")), QJsonValue(QString()));
    QCOMPARE(json.value(QLatin1String("publishAttributionMetricsToS3")), QJsonValue(false));
    QCOMPARE(json.value(QLatin1String("tags")), QJsonValue(QJsonArray()));
    QVERIFY(!text(json).contains(QLatin1String("null")));
}

void TestApiCodec::emptyObject_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("error"); // empty: {} is valid
    const auto row = [](const char *shape, const char *error) {
        QTest::newRow(shape) << QString::fromLatin1(shape) << QString::fromLatin1(error);
    };
    row("CreateDatasetImportJobRequest", "jobName: this member is required but missing");
    row("CreateDatasetImportJobResponse", "");
    row("DescribeDatasetImportJobRequest",
        "datasetImportJobArn: this member is required but missing");
    row("DescribeDatasetImportJobResponse", "");
    row("ListDatasetImportJobsRequest", "");
    row("ListDatasetImportJobsResponse", "");
    row("ListDatasetGroupsRequest", "");
    row("ListDatasetGroupsResponse", "");
    row("ListDatasetsRequest", "");
    row("ListDatasetsResponse", "");
    row("DescribeDatasetRequest", "datasetArn: this member is required but missing");
    row("DescribeDatasetResponse", "");
    row("ListMetricAttributionsRequest", "");
    row("ListMetricAttributionsResponse", "");
    row("ListTagsForResourceRequest", "resourceArn: this member is required but missing");
    row("ListTagsForResourceResponse", "");
}

void TestApiCodec::emptyObject()
{
    QFETCH(QString, shape);
    QFETCH(QString, error);
    const Result<QJsonObject, QString> result = codecFor(shape)(QJsonObject());
    if (error.isEmpty()) {
        QVERIFY(result.ok());
        QCOMPARE(result.value(), QJsonObject());
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), error);
    }
}

void TestApiCodec::timestampParsing_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("integer") << QByteArray("1700000000") << qint64(1700000000000);
    QTest::newRow("exponent with fraction")
        << QByteArray("1.700000000123E9") << qint64(1700000000123);
    QTest::newRow("lower-case exponent") << QByteArray("1.7e9") << qint64(1700000000000);
    QTest::newRow("decimal fraction") << QByteArray("1700000000.5") << qint64(1700000000500);
    QTest::newRow("rounded to the millisecond")
        << QByteArray("1700000000.1239") << qint64(1700000000124);
    QTest::newRow("microseconds dropped")
        << QByteArray("1700000000.000001") << qint64(1700000000000);
    QTest::newRow("epoch") << QByteArray("0") << qint64(0);
    QTest::newRow("before the epoch") << QByteArray("-1.5") << qint64(-1500);
    QTest::newRow("last millisecond of 9999")
        << QByteArray("253402300799.999") << qint64(253402300799999);
}

void TestApiCodec::timestampParsing()
{
    QFETCH(QByteArray, number);
    QFETCH(qint64, ms);
    const QJsonObject json =
        object(QByteArray("{\"creationDateTime\":" + number + "}").constData());
    const auto parsed = ApiCodec::parseCreateDatasetImportJobResponse(json); // ignores it
    QVERIFY(parsed.ok());
    const std::optional<QDateTime> time =
        ApiCodec::timestampFromJson(json.value(QLatin1String("creationDateTime")));
    QVERIFY(time);
    QCOMPARE(time->toMSecsSinceEpoch(), ms);
    QCOMPARE(time->timeSpec(), Qt::UTC);

    const QJsonObject summaryJson = object(
        QByteArray("{\"datasetImportJobs\":[{\"creationDateTime\":" + number + "}]}").constData());
    const auto list = ApiCodec::parseListDatasetImportJobsResponse(summaryJson);
    QVERIFY(list.ok());
    QCOMPARE(list->datasetImportJobs->at(0).creationDateTime->toMSecsSinceEpoch(), ms);
}

void TestApiCodec::timestampWriting_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("json");
    QTest::newRow("whole seconds as an integer")
        << qint64(1700000000000) << QStringLiteral("1700000000");
    QTest::newRow("milliseconds") << qint64(1700000000123) << QStringLiteral("1700000000.123");
    QTest::newRow("half a second") << qint64(1700000000500) << QStringLiteral("1700000000.5");
    QTest::newRow("one millisecond") << qint64(1700000000001) << QStringLiteral("1700000000.001");
    QTest::newRow("epoch") << qint64(0) << QStringLiteral("0");
    QTest::newRow("before the epoch") << qint64(-1500) << QStringLiteral("-1.5");
}

void TestApiCodec::timestampWriting()
{
    QFETCH(qint64, ms);
    QFETCH(QString, json);
    DatasetImportJobSummary job;
    // A local-time QDateTime must be written as the same instant.
    job.creationDateTime = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 3600);
    const QString written =
        text(ApiCodec::toJson(ListDatasetImportJobsResponse{QList{job}, std::nullopt}));
    QCOMPARE(written, u"{\"datasetImportJobs\":[{\"creationDateTime\":" + json + u"}]}");
}

void TestApiCodec::malformed_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto row = [](const char *name, const char *shape, const char *json, const char *error) {
        QTest::newRow(name) << QString::fromLatin1(shape) << QByteArray(json)
                            << QString::fromUtf8(error);
    };
    row("string timestamp deep in a list", "ListDatasetImportJobsResponse",
        R"({"datasetImportJobs":[{},{},{},{"creationDateTime":"2024-01-01T00:00:00Z"}]})",
        "datasetImportJobs[3].creationDateTime: expected a number, found a string");
    row("object where the list should be", "ListDatasetImportJobsResponse",
        R"({"datasetImportJobs":{"jobName":"x"}})",
        "datasetImportJobs: expected an array, found an object");
    row("array where an element object should be", "ListDatasetImportJobsResponse",
        R"({"datasetImportJobs":[["x"]]})",
        "datasetImportJobs[0]: expected an object, found an array");
    row("null list element", "ListDatasetImportJobsResponse", R"({"datasetImportJobs":[{},null]})",
        "datasetImportJobs[1]: expected an object, found null");
    row("number where a string should be", "ListDatasetImportJobsResponse", R"({"nextToken":12})",
        "nextToken: expected a string, found a number");
    row("boolean status", "ListDatasetGroupsResponse", R"({"datasetGroups":[{"status":true}]})",
        "datasetGroups[0].status: expected a string, found a boolean");
    row("array domain", "ListDatasetGroupsResponse", R"({"datasetGroups":[{"domain":[]}]})",
        "datasetGroups[0].domain: expected a string, found an array");
    row("nested data location", "DescribeDatasetImportJobResponse",
        R"({"datasetImportJob":{"dataSource":{"dataLocation":5}}})",
        "datasetImportJob.dataSource.dataLocation: expected a string, found a number");
    row("data source as a string", "DescribeDatasetImportJobResponse",
        R"({"datasetImportJob":{"dataSource":"s3://b/k.csv"}})",
        "datasetImportJob.dataSource: expected an object, found a string");
    row("job as an array", "DescribeDatasetImportJobResponse", R"({"datasetImportJob":[]})",
        "datasetImportJob: expected an object, found an array");
    row("string boolean", "DescribeDatasetImportJobResponse",
        R"({"datasetImportJob":{"publishAttributionMetricsToS3":"true"}})",
        "datasetImportJob.publishAttributionMetricsToS3: expected true or false, found a string");
    row("number boolean", "CreateDatasetImportJobRequest",
        R"({"jobName":"a","datasetArn":"b","dataSource":{},"publishAttributionMetricsToS3":1})",
        "publishAttributionMetricsToS3: expected true or false, found a number");
    row("huge timestamp", "DescribeDatasetResponse",
        R"({"dataset":{"latestDatasetUpdate":{"creationDateTime":1e300}}})",
        "dataset.latestDatasetUpdate.creationDateTime: the timestamp 1.0000000000000001e+300 is "
        "outside the years 1 to 9999");
    row("timestamp in milliseconds by mistake", "ListDatasetsResponse",
        R"({"datasets":[{"lastUpdatedDateTime":1700000000000000}]})",
        "datasets[0].lastUpdatedDateTime: the timestamp 1700000000000000 is outside the years 1 "
        "to 9999");
    row("fractional integer", "ListDatasetsRequest", R"({"maxResults":1.5})",
        "maxResults: expected an integer, found 1.5");
    row("huge integer", "ListDatasetsRequest", R"({"maxResults":1e300})",
        "maxResults: expected an integer, found 1.0000000000000001e+300");
    row("integer beyond int", "ListMetricAttributionsRequest", R"({"maxResults":4294967296})",
        "maxResults: expected an integer, found 4294967296");
    row("string integer", "ListDatasetGroupsRequest", R"({"maxResults":"10"})",
        "maxResults: expected an integer, found a string");
    row("missing required member", "CreateDatasetImportJobRequest",
        R"({"jobName":"a","datasetArn":"b"})", "dataSource: this member is required but missing");
    row("null required member", "CreateDatasetImportJobRequest",
        R"({"jobName":null,"datasetArn":"b","dataSource":{}})",
        "jobName: this member is required but missing");
    row("required member of wrong type", "DescribeDatasetRequest", R"({"datasetArn":["a"]})",
        "datasetArn: expected a string, found an array");
    row("tag without a value", "CreateDatasetImportJobRequest",
        R"({"jobName":"a","datasetArn":"b","dataSource":{},"tags":[{"tagKey":"k"}]})",
        "tags[0].tagValue: this member is required but missing");
    row("tags as a string", "ListTagsForResourceResponse", R"({"tags":"k=v"})",
        "tags: expected an array, found a string");
    row("tag as a string", "ListTagsForResourceResponse", R"({"tags":[{"tagKey":"k",
        "tagValue":"v"},"k=v"]})",
        "tags[1]: expected an object, found a string");
    row("metric attribution failure reason object", "ListMetricAttributionsResponse",
        R"({"metricAttributions":[{"failureReason":{}}]})",
        "metricAttributions[0].failureReason: expected a string, found an object");
}

void TestApiCodec::malformed()
{
    QFETCH(QString, shape);
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<QJsonObject, QString> result = codecFor(shape)(object(json.constData()));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestApiCodec::nullMeansAbsent()
{
    const auto parsed = ApiCodec::parseListDatasetImportJobsResponse(
        object(R"({"datasetImportJobs":[{"jobName":null,"failureReason":null}],
                   "nextToken":null})"));
    QVERIFY(parsed.ok());
    QVERIFY(!parsed->nextToken);
    QCOMPARE(parsed->datasetImportJobs->size(), 1);
    QCOMPARE(parsed->datasetImportJobs->at(0), DatasetImportJobSummary{});
}

void TestApiCodec::unknownMembersIgnored()
{
    const auto parsed = ApiCodec::parseDescribeDatasetImportJobResponse(object(
        R"({"datasetImportJob":{"jobName":"j","futureMember":{"deep":[1,2]},
            "dataSource":{"dataLocation":"s3://b/","dataFormat":"CSV"}},"ResponseMetadata":1})"));
    QVERIFY(parsed.ok());
    DatasetImportJob expected;
    expected.jobName = QStringLiteral("j");
    expected.dataSource = DataSource{QStringLiteral("s3://b/")};
    QCOMPARE(*parsed->datasetImportJob, expected);
}

void TestApiCodec::unknownEnumTextIsKept()
{
    const QJsonObject json = object(R"({"datasetImportJobs":[{"status":"CREATE STOPPING",
        "importMode":"PARTIAL"}]})");
    const auto parsed = ApiCodec::parseListDatasetImportJobsResponse(json);
    QVERIFY(parsed.ok());
    const DatasetImportJobSummary &job = parsed->datasetImportJobs->at(0);
    QCOMPARE(*job.status, QStringLiteral("CREATE STOPPING"));
    QCOMPARE(importJobStatusFromString(*job.status), ImportJobStatus::Unknown);
    QCOMPARE(*job.importMode, QStringLiteral("PARTIAL"));
    QVERIFY(!importModeFromString(*job.importMode));
    QCOMPARE(ApiCodec::toJson(parsed.value()), json);
}

void TestApiCodec::importJobStatus_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ImportJobStatus>("status");
    QTest::addColumn<bool>("terminal");
    QTest::newRow("pending") << QStringLiteral("CREATE PENDING") << ImportJobStatus::CreatePending
                             << false;
    QTest::newRow("in progress") << QStringLiteral("CREATE IN_PROGRESS")
                                 << ImportJobStatus::CreateInProgress << false;
    QTest::newRow("active") << QStringLiteral("ACTIVE") << ImportJobStatus::Active << true;
    QTest::newRow("failed") << QStringLiteral("CREATE FAILED") << ImportJobStatus::CreateFailed
                            << true;
    QTest::newRow("underscore instead of space")
        << QStringLiteral("CREATE_PENDING") << ImportJobStatus::Unknown << false;
    QTest::newRow("space instead of underscore")
        << QStringLiteral("CREATE IN PROGRESS") << ImportJobStatus::Unknown << false;
    QTest::newRow("lower case") << QStringLiteral("active") << ImportJobStatus::Unknown << false;
    QTest::newRow("padded") << QStringLiteral(" ACTIVE") << ImportJobStatus::Unknown << false;
    QTest::newRow("dataset status")
        << QStringLiteral("DELETE PENDING") << ImportJobStatus::Unknown << false;
    QTest::newRow("empty") << QString() << ImportJobStatus::Unknown << false;
}

void TestApiCodec::importJobStatus()
{
    QFETCH(QString, text);
    QFETCH(ImportJobStatus, status);
    QFETCH(bool, terminal);
    QCOMPARE(importJobStatusFromString(text), status);
    QCOMPARE(isTerminal(status), terminal);
    if (status != ImportJobStatus::Unknown)
        QCOMPARE(importJobStatusToString(status), text);
    else
        QCOMPARE(importJobStatusToString(status), QString());
}

void TestApiCodec::importMode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("mode"); // -1: not a mode
    QTest::newRow("FULL") << QStringLiteral("FULL") << int(ImportMode::Full);
    QTest::newRow("INCREMENTAL") << QStringLiteral("INCREMENTAL") << int(ImportMode::Incremental);
    QTest::newRow("lower case") << QStringLiteral("full") << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("other") << QStringLiteral("PARTIAL") << -1;
}

void TestApiCodec::importMode()
{
    QFETCH(QString, text);
    QFETCH(int, mode);
    const std::optional<ImportMode> parsed = importModeFromString(text);
    if (mode < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(int(*parsed), mode);
    QCOMPARE(importModeToString(*parsed), text);
}

QTEST_GUILESS_MAIN(TestApiCodec)
#include "tst_apicodec.moc"
