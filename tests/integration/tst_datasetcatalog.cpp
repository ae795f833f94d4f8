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
    void noteJobCreatedKeepsTheCacheRight();
    void reloadFetchesAgain();
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
    QStringList sandboxJobNames(const QString &datasetArn) const;

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

QStringList TestDatasetCatalog::sandboxJobNames(const QString &datasetArn) const
{
    QStringList names;
    for (const SandboxImportJob &job : m_sandbox->server()->state().jobs()) {
        if (job.datasetArn == datasetArn)
            names.append(job.jobName);
    }
    return names;
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
    QTest::addColumn<bool>("finishedBulkImport");
    QTest::addColumn<bool>("metricAttribution");
    // Seeded: retail-shop has history and a metric attribution; news-articles' Items dataset
    // has only a failed bulk import and its group no attribution.
    QTest::newRow("history and attribution")
        << QStringLiteral("retail-shop") << QStringLiteral("ITEMS") << true << true;
    QTest::newRow("history, no attribution")
        << QStringLiteral("streaming-catalog") << QStringLiteral("USERS") << true << false;
    QTest::newRow("never imported")
        << QStringLiteral("news-articles") << QStringLiteral("ITEMS") << false << false;
}

void TestDatasetCatalog::factsOfTheSelectedDataset()
{
    QFETCH(QString, group);
    QFETCH(QString, type);
    QFETCH(bool, finishedBulkImport);
    QFETCH(bool, metricAttribution);
    const QString arn = dataset(group, type);
    QSignalSpy context(m_catalog.get(), &DatasetCatalog::contextChanged);
    m_catalog->selectDataset(arn);
    QCOMPARE(m_catalog->selectedDataset(), arn);
    QVERIFY(m_catalog->isLoadingFacts());
    QCOMPARE(m_catalog->context().datasetHasFinishedBulkImport, std::nullopt); // not judged yet
    QTRY_VERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(context.count(), 3); // the selection, the dataset's facts, the group's

    const ValidationContext facts = m_catalog->context();
    QCOMPARE(facts.region, QStringLiteral("us-east-1"));
    QCOMPARE(facts.datasetHasFinishedBulkImport, std::optional<bool>(finishedBulkImport));
    QCOMPARE(facts.datasetGroupHasMetricAttribution, std::optional<bool>(metricAttribution));
    QCOMPARE(sorted(facts.existingJobNames), sorted(sandboxJobNames(arn)));
    QVERIFY(!facts.existingJobNames.isEmpty());

    // What the form makes of it: INCREMENTAL needs a finished FULL import, publishing metrics
    // needs an attribution.
    const QList<FieldIssue> issues = ImportJobValidator::validate(incrementalDraft(arn), facts);
    QCOMPARE(hasErrorOn(issues, DraftField::ImportMode), !finishedBulkImport);
    QCOMPARE(hasErrorOn(issues, DraftField::PublishAttributionMetrics), !metricAttribution);
    // A name already used in the dataset is refused before sending.
    ImportJobDraft taken = incrementalDraft(arn);
    taken.jobName = facts.existingJobNames.constFirst();
    QVERIFY(hasErrorOn(ImportJobValidator::validate(taken, facts), DraftField::JobName));
}

void TestDatasetCatalog::factsAreFetchedOnce()
{
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const QString users = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    QVERIFY(selectAndWait(items));
    QCOMPARE(m_sandbox->requestCount(kListJobs), 1);
    QCOMPARE(m_sandbox->requestCount(kListAttributions), 1);
    const ValidationContext itemsFacts = m_catalog->context();

    // Another dataset of the same group: its jobs, but the group is known.
    QVERIFY(selectAndWait(users));
    QCOMPARE(m_sandbox->requestCount(kListJobs), 2);
    QCOMPARE(m_sandbox->requestCount(kListAttributions), 1);

    // Back to the first: from the cache, at once.
    QSignalSpy context(m_catalog.get(), &DatasetCatalog::contextChanged);
    m_catalog->selectDataset(items);
    QVERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(context.count(), 1);
    QCOMPARE(m_catalog->context().existingJobNames, itemsFacts.existingJobNames);
    QCOMPARE(m_catalog->context().datasetHasFinishedBulkImport,
             itemsFacts.datasetHasFinishedBulkImport);
    m_catalog->selectDataset(u"  " + items + u" "); // as pasted: the same dataset
    QCOMPARE(context.count(), 1);
    QCOMPARE(m_sandbox->requestCount(kListJobs), 2);
    QCOMPARE(m_sandbox->requestCount(kListAttributions), 1);
}

void TestDatasetCatalog::answersForAnotherDatasetOnlyFillTheCache()
{
    const QString first = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const QString second = dataset(QStringLiteral("news-articles"), QStringLiteral("ITEMS"));
    // The operator moves on before the first dataset's facts arrive.
    QSignalSpy calls(m_sandbox->aws(), &AwsClient::callFinished);
    m_catalog->selectDataset(first);
    m_catalog->selectDataset(second);
    QSignalSpy context(m_catalog.get(), &DatasetCatalog::contextChanged);
    // Both datasets' jobs and both groups' attributions have been answered.
    QTRY_COMPARE(calls.count(), 4);
    QVERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(context.count(), 2); // the second dataset's facts and its group's, nothing else
    QCOMPARE(m_catalog->selectedDataset(), second);
    QCOMPARE(m_catalog->context().datasetHasFinishedBulkImport, std::optional<bool>(false));
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::optional<bool>(false));
    QCOMPARE(sorted(m_catalog->context().existingJobNames), sorted(sandboxJobNames(second)));

    // The first dataset's answer was kept: choosing it again costs no request.
    m_catalog->selectDataset(first);
    QVERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(m_catalog->context().datasetHasFinishedBulkImport, std::optional<bool>(true));
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::optional<bool>(true));
    QCOMPARE(sorted(m_catalog->context().existingJobNames), sorted(sandboxJobNames(first)));
    QCOMPARE(m_sandbox->requestCount(kListJobs), 2);
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

void TestDatasetCatalog::noteJobCreatedKeepsTheCacheRight()
{
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    const QString users = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    QVERIFY(selectAndWait(users));
    QVERIFY(selectAndWait(items));
    QSignalSpy context(m_catalog.get(), &DatasetCatalog::contextChanged);
    m_catalog->noteJobCreated(items, QStringLiteral("just-created"));
    QCOMPARE(context.count(), 1);
    QVERIFY(m_catalog->context().existingJobNames.contains(QStringLiteral("just-created")));
    m_catalog->noteJobCreated(items, QStringLiteral("just-created")); // known already
    QCOMPARE(context.count(), 1);
    QCOMPARE(m_catalog->context().existingJobNames.count(QStringLiteral("just-created")), 1);

    // A dataset in the cache but not selected: kept quietly.
    m_catalog->noteJobCreated(users, QStringLiteral("users-job"));
    QCOMPARE(context.count(), 1);
    m_catalog->selectDataset(users);
    QVERIFY(m_catalog->context().existingJobNames.contains(QStringLiteral("users-job")));
    // A dataset never fetched: nothing to keep, nothing fetched.
    m_catalog->noteJobCreated(dataset(QStringLiteral("news-articles"), QStringLiteral("ITEMS")),
                              QStringLiteral("elsewhere"));
    QCOMPARE(m_sandbox->requestCount(kListJobs), 2);
}

void TestDatasetCatalog::reloadFetchesAgain()
{
    const QString items = dataset(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    QVERIFY(selectAndWait(items));
    QCOMPARE(m_sandbox->requestCount(kListJobs), 1);
    // Someone else creates a job meanwhile.
    SandboxImportJob job;
    job.jobName = QStringLiteral("made-elsewhere");
    job.datasetArn = items;
    job.status = QStringLiteral("CREATE PENDING");
    job.created = m_sandbox->server()->now();
    QVERIFY(m_sandbox->server()->state().addJob(job));
    QVERIFY(!m_catalog->context().existingJobNames.contains(QStringLiteral("made-elsewhere")));

    m_catalog->reload(items);
    QVERIFY(m_catalog->isLoadingFacts());
    QTRY_VERIFY(!m_catalog->isLoadingFacts());
    QCOMPARE(m_sandbox->requestCount(kListJobs), 2);
    QCOMPARE(m_sandbox->requestCount(kListAttributions), 1); // the group's facts still hold
    QVERIFY(m_catalog->context().existingJobNames.contains(QStringLiteral("made-elsewhere")));

    // A dataset not selected is only dropped, and fetched when chosen again.
    const QString users = dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    QVERIFY(selectAndWait(users));
    m_catalog->reload(items);
    QCOMPARE(m_sandbox->requestCount(kListJobs), 3);
    QVERIFY(selectAndWait(items));
    QCOMPARE(m_sandbox->requestCount(kListJobs), 4);
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
    QCOMPARE(other.requestCount(kListJobs), 1);
    QCOMPARE(other.requestCount(kListAttributions), 1);
    // That dataset is not in the other account: what the first account said is forgotten.
    QCOMPARE(m_catalog->context().datasetHasFinishedBulkImport, std::optional<bool>(false));
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::optional<bool>(false));
    QCOMPARE(m_catalog->context().existingJobNames, QStringList());

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
    QTRY_COMPARE(failed.count(), 2); // the dataset's jobs and the group's attributions
    QStringList subjects{failed.at(0).at(0).toString(), failed.at(1).at(0).toString()};
    QCOMPARE(sorted(subjects),
             sorted({items, QStringLiteral("arn:aws:personalize:us-east-1:111122223333:"
                                           "dataset-group/retail-shop")}));
    QCOMPARE(failed.at(0).at(1).value<AwsError>().httpStatus / 100, 5);
    // Unknown facts are not judged.
    QCOMPARE(m_catalog->context().datasetHasFinishedBulkImport, std::nullopt);
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::nullopt);

    // Chosen again once the service is back: asked again.
    m_sandbox->server()->setFaultPlanEnabled(false);
    m_catalog->selectDataset(dataset(QStringLiteral("retail-shop"), QStringLiteral("USERS")));
    QTRY_VERIFY(!m_catalog->isLoadingFacts());
    QVERIFY(selectAndWait(items));
    QCOMPARE(m_catalog->context().datasetHasFinishedBulkImport, std::optional<bool>(true));
    QCOMPARE(m_catalog->context().datasetGroupHasMetricAttribution, std::optional<bool>(true));
}

QTEST_GUILESS_MAIN(TestDatasetCatalog)
#include "tst_datasetcatalog.moc"
