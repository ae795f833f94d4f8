#include "aws/awsclient.h"
#include "common/sandboxfixture.h"
#include "common/scriptedhttpserver.h"
#include "desktop/datasetcatalog.h"
#include "personalize/datasetlabel.h"
#include "personalize/importjobvalidator.h"
#include "personalize/personalizeclient.h"
#include "sandbox/sandboxserver.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

// What the form knows about the account, against the sandbox: the datasets listed and sorted,
// the facts of the chosen dataset (bulk import finished, job names, metric attribution) fetched
// once and cached, answers for a dataset no longer chosen ignored, everything forgotten when the
// client changes, and listing failures reported.
class TestDatasetCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsGroupsAndDatasets();
    void factsOfTheSelectedDataset_data();
    void factsOfTheSelectedDataset();
    void factsAreFetchedOnce();
    void answersForAnotherDatasetOnlyFillTheCache();
    void somethingThatIsNotADatasetHasNoFacts();
    void clientChangeForgetsEverything();
    void lateListingOfAnOldClientIsIgnored();
    void listingFailuresAreReported_data();
    void listingFailuresAreReported();
    void factsFailureIsReportedAndRetried();

private:
    // Selects the dataset and waits until its facts are in.
    bool selectAndWait(const QString &datasetArn);
    QString dataset(const QString &group, const QString &type) const
    {
        return m_sandbox->datasetArn(group, type);
    }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<DatasetCatalog> m_catalog;
};

namespace {

const QString kListJobs = QStringLiteral("ListDatasetImportJobs");
const QString kListAttributions = QStringLiteral("ListMetricAttributions");

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

ImportJobDraft incrementalDraft(const QString &datasetArn)
{
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("incremental-import");
    draft.datasetArn = datasetArn;
    draft.dataLocation = QStringLiteral("s3://bucket/more.csv");
    draft.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
    draft.importMode = QStringLiteral("INCREMENTAL");
    draft.publishAttributionMetricsToS3 = true;
    return draft;
}

bool hasErrorOn(const QList<FieldIssue> &issues, DraftField field)
{
    return std::any_of(issues.cbegin(), issues.cend(), [field](const FieldIssue &issue) {
        return issue.field == field && issue.severity == FieldIssue::Severity::Error;
    });
}

} // namespace

void TestDatasetCatalog::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    QVERIFY(m_sandbox->isListening());
    m_catalog = std::make_unique<DatasetCatalog>();
    m_catalog->setClient(m_sandbox->client());
    m_catalog->setRegion(m_sandbox->options().region);
}

void TestDatasetCatalog::cleanup()
{
    m_catalog.reset();
    m_sandbox.reset();
}

bool TestDatasetCatalog::selectAndWait(const QString &datasetArn)
{
    m_catalog->selectDataset(datasetArn);
    return QTest::qWaitFor([this] { return !m_catalog->isLoadingFacts(); }, 10000);
}

void TestDatasetCatalog::listsGroupsAndDatasets()
{
    QSignalSpy changed(m_catalog.get(), &DatasetCatalog::datasetsChanged);
    QSignalSpy failed(m_catalog.get(), &DatasetCatalog::datasetsFailed);
    QVERIFY(!m_catalog->isLoading());
    m_catalog->refresh();
    QVERIFY(m_catalog->isLoading());
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.count(), 1); // once, when every group has answered
    QVERIFY(!m_catalog->isLoading());
    QCOMPARE(failed.count(), 0);

    const QList<DatasetCatalog::Entry> &entries = m_catalog->datasets();
    QCOMPARE(entries.size(), int(m_sandbox->server()->state().datasets().size()));
    QCOMPARE(entries.size(), 8);
    QStringList labels;
    for (const DatasetCatalog::Entry &entry : entries)
        labels.append(entry.displayText());
    QCOMPARE(labels, sorted(labels));
    QCOMPARE(labels.constFirst(),
             DatasetLabel::fromNames(QStringLiteral("news-articles"),
                                     QStringLiteral("news-articles-interactions"),
                                     QStringLiteral("Interactions")));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("ListDatasetGroups")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("ListDatasets")), 3); // one per group

    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const std::optional<DatasetCatalog::Entry> entry = m_catalog->entryFor(items);
    QVERIFY(entry.has_value());
    QCOMPARE(entry->groupName, QStringLiteral("retail-shop"));
    QCOMPARE(
        entry->groupArn,
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-group/retail-shop"));
    QCOMPARE(entry->datasetName, QStringLiteral("retail-shop-items"));
    QCOMPARE(entry->datasetType, QStringLiteral("Items"));
    QVERIFY(!m_catalog->entryFor(QStringLiteral("arn:aws:personalize:x")).has_value());
    QCOMPARE(m_catalog->accountId(), m_sandbox->options().accountId);
}

void TestDatasetCatalog::factsOfTheSelectedDataset_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("metricAttribution");
    // Seeded: retail-shop has a metric attribution, the other groups none.
    QTest::newRow("attribution") << QStringLiteral("retail-shop") << QStringLiteral("ITEMS")
                                 << true;
    QTest::newRow("no attribution")
        << QStringLiteral("streaming-catalog") << QStringLiteral("USERS") << false;
    QTest::newRow("another group without")
        << QStringLiteral("news-articles") << QStringLiteral("ITEMS") << false;
}

void TestDatasetCatalog::factsOfTheSelectedDataset()
{
    QFETCH(QString, group);
    QFETCH(QString, type);
    QFETCH(bool, metricAttribution);
    const QString arn = dataset(group, type);
    QSignalSpy context(m_catalog.get(), &DatasetCatalog::contextChanged);
    m_catalog->selectDataset(arn);
    QCOMPARE(m_catalog->selectedDataset(), arn);
    QVERIFY(m_catalog->isLoadingFacts());
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::nullopt); // not yet
    QTRY_VERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(context.count(), 2); // the selection, the group's facts

    const ValidationContext facts = m_catalog->context();
    QCOMPARE(facts.region, QStringLiteral("us-east-1"));
    QCOMPARE(facts.datasetGroupHasMetricAttribution, std::optional<bool>(metricAttribution));
    // The job facts come from the job history, not from the catalogue.
    QCOMPARE(facts.datasetHasFinishedBulkImport, std::nullopt);
    QCOMPARE(facts.existingJobNames, QStringList());
    QCOMPARE(m_sandbox->requestCount(kListJobs), 0);

    // What the form makes of it: publishing metrics needs an attribution.
    const QList<FieldIssue> issues = ImportJobValidator::validate(incrementalDraft(arn), facts);
    QCOMPARE(hasErrorOn(issues, DraftField::PublishAttributionMetrics), !metricAttribution);
}

void TestDatasetCatalog::factsAreFetchedOnce()
{
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const QString users = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    QVERIFY(selectAndWait(items));
    QCOMPARE(m_sandbox->requestCount(kListAttributions), 1);

    // Another dataset of the same group: the group is known, so nothing is asked.
    QSignalSpy context(m_catalog.get(), &DatasetCatalog::contextChanged);
    m_catalog->selectDataset(users);
    QVERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(context.count(), 1);
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::optional<bool>(true));

    m_catalog->selectDataset(items);
    m_catalog->selectDataset(u"  " + items + u" "); // as pasted: the same dataset
    QCOMPARE(context.count(), 2);
    QCOMPARE(m_sandbox->requestCount(kListAttributions), 1);
    QCOMPARE(m_sandbox->requestCount(kListJobs), 0);
}

void TestDatasetCatalog::answersForAnotherDatasetOnlyFillTheCache()
{
    const QString first = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const QString second = dataset(QStringLiteral("news-articles"), QStringLiteral("ITEMS"));
    // The operator moves on before the first group's facts arrive.
    QSignalSpy calls(m_sandbox->aws(), &AwsClient::callFinished);
    m_catalog->selectDataset(first);
    m_catalog->selectDataset(second);
    QSignalSpy context(m_catalog.get(), &DatasetCatalog::contextChanged);
    // Both groups' attributions have been answered.
    QTRY_COMPARE(calls.count(), 2);
    QVERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(context.count(), 1); // the second group's facts, nothing else
    QCOMPARE(m_catalog->selectedDataset(), second);
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::optional<bool>(false));

    // The first group's answer was kept: choosing it again costs no request.
    m_catalog->selectDataset(first);
    QVERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::optional<bool>(true));
    QCOMPARE(m_sandbox->requestCount(kListAttributions), 2);
}

void TestDatasetCatalog::somethingThatIsNotADatasetHasNoFacts()
{
    QSignalSpy context(m_catalog.get(), &DatasetCatalog::contextChanged);
    m_catalog->selectDataset(
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-group/retail-shop"));
    m_catalog->selectDataset(QStringLiteral("half-typed arn:aws:pers"));
    QCOMPARE(context.count(), 2);
    QVERIFY(!m_catalog->isLoadingFacts());
    const ValidationContext facts = m_catalog->context();
    QCOMPARE(facts.datasetHasFinishedBulkImport, std::nullopt);
    QCOMPARE(facts.datasetGroupHasMetricAttribution, std::nullopt);
    QCOMPARE(facts.existingJobNames, QStringList());
    QCOMPARE(facts.region, QStringLiteral("us-east-1"));
    QCOMPARE(m_sandbox->requestCount(), 0);
}

void TestDatasetCatalog::clientChangeForgetsEverything()
{
    m_catalog->refresh();
    QTRY_COMPARE(m_catalog->datasets().size(), 8);
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    QVERIFY(selectAndWait(items));
    QVERIFY(!m_catalog->accountId().isEmpty());

    // Another account behind the new client.
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.accountId = QStringLiteral("444455556666");
    SandboxFixture other(options);
    QVERIFY(other.isListening());
    QSignalSpy changed(m_catalog.get(), &DatasetCatalog::datasetsChanged);
    m_catalog->setClient(other.client());
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_catalog->datasets().isEmpty());
    QCOMPARE(m_catalog->accountId(), QString());
    QVERIFY(!m_catalog->isLoading());
    // The selection stays and its facts are asked of the new client.
    QCOMPARE(m_catalog->selectedDataset(), items);
    QVERIFY(m_catalog->isLoadingFacts());
    QTRY_VERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(other.requestCount(kListAttributions), 1);
    // That group is not in the other account: what the first account said is forgotten.
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::optional<bool>(false));

    m_catalog->refresh();
    QTRY_COMPARE(m_catalog->datasets().size(), 8);
    QCOMPARE(m_catalog->accountId(), QStringLiteral("444455556666"));
    for (const DatasetCatalog::Entry &entry : m_catalog->datasets())
        QVERIFY2(entry.datasetArn.contains(u":444455556666:"), qPrintable(entry.datasetArn));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("ListDatasetGroups")), 1);
    m_catalog->setClient(nullptr); // before `other` goes
}

void TestDatasetCatalog::lateListingOfAnOldClientIsIgnored()
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.accountId = QStringLiteral("444455556666");
    SandboxFixture other(options);
    QVERIFY(other.isListening());
    QSignalSpy oldCalls(m_sandbox->aws(), &AwsClient::callFinished);
    QSignalSpy newCalls(other.aws(), &AwsClient::callFinished);
    m_catalog->refresh();
    m_catalog->setClient(other.client()); // before the first listing is answered
    m_catalog->refresh();
    // The old answer is delivered, and the new listing (groups, then each group's datasets).
    QTRY_COMPARE(oldCalls.count(), 1);
    QTRY_COMPARE(newCalls.count(), 4);
    QTRY_VERIFY(!m_catalog->isLoading());
    // The old account's groups were not followed up, through either client.
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("ListDatasets")), 0);
    QCOMPARE(other.requestCount(QStringLiteral("ListDatasets")), 3);
    QCOMPARE(m_catalog->datasets().size(), 8);
    for (const DatasetCatalog::Entry &entry : m_catalog->datasets())
        QVERIFY2(entry.datasetArn.contains(u":444455556666:"), qPrintable(entry.datasetArn));
    QCOMPARE(m_catalog->accountId(), QStringLiteral("444455556666"));
    m_catalog->setClient(nullptr);
}

void TestDatasetCatalog::listingFailuresAreReported_data()
{
    QTest::addColumn<QByteArray>("failingTarget");
    QTest::addColumn<int>("entries");
    QTest::newRow("groups") << QByteArray("AmazonPersonalize.ListDatasetGroups") << 0;
    QTest::newRow("datasets of a group") << QByteArray("AmazonPersonalize.ListDatasets") << 0;
}

void TestDatasetCatalog::listingFailuresAreReported()
{
    QFETCH(QByteArray, failingTarget);
    QFETCH(int, entries);
    // A service that refuses one of the listings: the operator lacks a permission.
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setHandler([&failingTarget](const ReceivedRequest &request) {
        const QByteArray target = request.header("X-Amz-Target");
        if (target == failingTarget) {
            return ScriptedResponse::awsError(400, "AccessDeniedException",
                                              "User is not authorized to perform: personalize:" +
                                                  target.mid(18));
        }
        if (target == "AmazonPersonalize.ListDatasetGroups") {
            return ScriptedResponse::json(200,
                                          R"({"datasetGroups": [{"name": "g", "datasetGroupArn":
                        "arn:aws:personalize:us-east-1:111122223333:dataset-group/g"}]})");
        }
        return ScriptedResponse::json(200, R"({"datasets": []})");
    });
    std::unique_ptr<AwsClient> aws =
        SandboxFixture::makeAwsClient(server.url(), SandboxFixture::defaultOptions());
    PersonalizeClient client(aws.get());
    m_catalog->setClient(&client);

    QSignalSpy failed(m_catalog.get(), &DatasetCatalog::datasetsFailed);
    m_catalog->refresh();
    QVERIFY(failed.wait(10000));
    const AwsError error = failed.at(0).at(0).value<AwsError>();
    QCOMPARE(error.code, QStringLiteral("AccessDeniedException"));
    QVERIFY2(error.message.startsWith(u"User is not authorized to perform: personalize:List"),
             qPrintable(error.message));
    QVERIFY(!error.suggestion().isEmpty()); // what the window can add
    QTRY_VERIFY(!m_catalog->isLoading());
    QCOMPARE(m_catalog->datasets().size(), entries);
    QCOMPARE(failed.count(), 1);
    m_catalog->setClient(nullptr);
}

void TestDatasetCatalog::factsFailureIsReportedAndRetried()
{
    // Every request fails with a 500 the first time round; one attempt per call.
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.errorRate = 1.0;
    TestClientOptions once;
    once.maxAttempts = 1;
    m_catalog->setClient(nullptr);
    m_sandbox = std::make_unique<SandboxFixture>(options, once);
    QVERIFY(m_sandbox->isListening());
    m_catalog->setClient(m_sandbox->client());

    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    QSignalSpy failed(m_catalog.get(), &DatasetCatalog::factsFailed);
    QVERIFY(selectAndWait(items));
    QTRY_COMPARE(failed.count(), 1); // the group's attributions
    QCOMPARE(
        failed.at(0).at(0).toString(),
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-group/retail-shop"));
    QCOMPARE(failed.at(0).at(1).value<AwsError>().httpStatus / 100, 5);
    // Unknown facts are not judged.
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::nullopt);

    // Chosen again once the service is back: asked again.
    m_sandbox->server()->setFaultPlanEnabled(false);
    m_catalog->selectDataset(dataset(QStringLiteral("news-articles"), QStringLiteral("USERS")));
    QTRY_VERIFY(!m_catalog->isLoadingFacts());
    QVERIFY(selectAndWait(items));
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestDatasetCatalog)
#include "tst_datasetcatalog.moc"
