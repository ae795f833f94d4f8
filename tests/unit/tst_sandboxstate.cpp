#include "personalize/arn.h"
#include "sandbox/sandboxpaging.h"
#include "sandbox/sandboxscenarios.h"
#include "sandbox/sandboxstate.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace std::chrono_literals;

// SandboxState with a fake clock: the seeded data, job schedules and failure scenarios,
// the service's errors, pagination and saving.
class TestSandboxState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void seedsArePresent();
    void seedsAreDeterministic();
    void transitionsFollowTheClock_data();
    void transitionsFollowTheClock();
    void failureScenarios_data();
    void failureScenarios();
    void createErrors_data();
    void createErrors();
    void maxRunningLimit();
    void paginationRoundTrip();
    void rejectsForeignAndTamperedTokens();
    void rejectsBadMaxResults_data();
    void rejectsBadMaxResults();
    void describeAndTags();
    void listsByGroup();
    void saveLoadRoundTrip();
    void loadRejectsForeignFiles_data();
    void loadRejectsForeignFiles();
    void loadRefusesWhatIsNotARegularFile();
    void historySeedsFinishedJobs();
    void historyIsDeterministic();
    void listingOrderSurvivesInsertsAndLoads();
    void listingHundredThousandJobsIsFast();

private:
    std::unique_ptr<SandboxState> makeState(quint64 seed = 7, double timeScale = 1.0,
                                            int maxRunning = 5, int historyJobs = 0);
    // Every job of a listing, page by page, checking the order; empty when out of order.
    static QStringList listAll(SandboxState &state, const QString &datasetArn, int pageSize);
    QString datasetArn(const QString &group, const QString &type) const;
    CreateDatasetImportJobRequest request(const QString &name, const QString &location,
                                          const QString &dataset = {}) const;

    QDateTime m_now;
};

void TestSandboxState::init()
{
    m_now = QDateTime(QDate(2025, 3, 14), QTime(9, 30, 0), Qt::UTC);
}

std::unique_ptr<SandboxState> TestSandboxState::makeState(quint64 seed, double timeScale,
                                                          int maxRunning, int historyJobs)
{
    SandboxState::Config config;
    config.region = QStringLiteral("eu-west-1");
    config.accountId = QStringLiteral("123456789012");
    config.seed = seed;
    config.timeScale = timeScale;
    config.maxRunning = maxRunning;
    config.historyJobs = historyJobs;
    return std::make_unique<SandboxState>(config, [this] { return m_now; });
}

QStringList TestSandboxState::listAll(SandboxState &state, const QString &datasetArn, int pageSize)
{
    QStringList arns;
    std::optional<QString> token;
    QString previousKey;
    do {
        ListDatasetImportJobsRequest request;
        if (!datasetArn.isEmpty())
            request.datasetArn = datasetArn;
        request.maxResults = pageSize;
        request.nextToken = token;
        const auto page = state.listDatasetImportJobs(request);
        if (!page.ok())
            return {};
        for (const DatasetImportJobSummary &job : *page->datasetImportJobs) {
            const QString key =
                SandboxPaging::sortKey(*job.creationDateTime, *job.datasetImportJobArn);
            if (key <= previousKey) // newest first, then by ARN, without repeats
                return {};
            previousKey = key;
            arns.append(*job.datasetImportJobArn);
        }
        token = page->nextToken;
    } while (token);
    return arns;
}

QString TestSandboxState::datasetArn(const QString &group, const QString &type) const
{
    return PersonalizeArn::datasetArn(QStringLiteral("eu-west-1"), QStringLiteral("123456789012"),
                                      group, type);
}

CreateDatasetImportJobRequest TestSandboxState::request(const QString &name,
                                                        const QString &location,
                                                        const QString &dataset) const
{
    CreateDatasetImportJobRequest r;
    r.jobName = name;
    r.datasetArn = dataset.isEmpty()
                       ? datasetArn(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"))
                       : dataset;
    r.dataSource.dataLocation = location;
    r.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/PersonalizeS3Read");
    return r;
}

void TestSandboxState::seedsArePresent()
{
    auto state = makeState();
    const auto groups = state->listDatasetGroups({});
    QVERIFY(groups.ok());
    QCOMPARE(groups->datasetGroups->size(), 3);
    QSet<QString> domains;
    for (const DatasetGroupSummary &g : *groups->datasetGroups) {
        domains.insert(g.domain.value_or(QStringLiteral("custom")));
        QVERIFY(g.datasetGroupArn->startsWith(
            QLatin1String("arn:aws:personalize:eu-west-1:123456789012:dataset-group/")));
        QCOMPARE(*g.status, QStringLiteral("ACTIVE"));
    }
    QCOMPARE(domains, (QSet<QString>{QStringLiteral("ECOMMERCE"), QStringLiteral("VIDEO_ON_DEMAND"),
                                     QStringLiteral("custom")}));
    QCOMPARE(state->datasets().size(), 8);
    QCOMPARE(state->metricAttributions().size(), 1);
    const QString retail = PersonalizeArn::datasetGroupArn(
        QStringLiteral("eu-west-1"), QStringLiteral("123456789012"), QStringLiteral("retail-shop"));
    QCOMPARE(state->metricAttributions().constFirst().groupArn, retail);

    const QList<SandboxImportJob> jobs = state->jobs();
    QVERIFY(jobs.size() >= 10);
    QSet<QString> statuses, modes;
    for (const SandboxImportJob &job : jobs) {
        statuses.insert(job.status);
        modes.insert(job.importMode);
        QVERIFY(job.created < m_now);
        QVERIFY(job.created > m_now.addDays(-43));
        QVERIFY(job.lastUpdated >= job.created);
        QCOMPARE(job.status == QLatin1String("CREATE FAILED"), !job.failureReason.isEmpty());
        QCOMPARE(job.arn,
                 PersonalizeArn::datasetImportJobArn(QStringLiteral("eu-west-1"),
                                                     QStringLiteral("123456789012"), job.jobName));
    }
    QCOMPARE(statuses, (QSet<QString>{QStringLiteral("ACTIVE"), QStringLiteral("CREATE FAILED")}));
    QCOMPARE(modes, (QSet<QString>{QStringLiteral("FULL"), QStringLiteral("INCREMENTAL")}));

    // The custom group's Items dataset has never been imported successfully.
    const QString newsItems = datasetArn(QStringLiteral("news-articles"), QStringLiteral("ITEMS"));
    QVERIFY(state->datasets().end() !=
            std::find_if(state->datasets().begin(), state->datasets().end(),
                         [&](const SandboxDataset &d) { return d.arn == newsItems; }));
    for (const SandboxImportJob &job : jobs) {
        if (job.datasetArn == newsItems)
            QCOMPARE(job.status, QStringLiteral("CREATE FAILED"));
    }
}

void TestSandboxState::seedsAreDeterministic()
{
    const QByteArray first = QJsonDocument(makeState(7)->toJson()).toJson();
    const QByteArray again = QJsonDocument(makeState(7)->toJson()).toJson();
    const QByteArray other = QJsonDocument(makeState(8)->toJson()).toJson();
    QCOMPARE(again, first);
    QVERIFY(other != first);
}

void TestSandboxState::transitionsFollowTheClock_data()
{
    QTest::addColumn<double>("timeScale");
    QTest::newRow("real time") << 1.0;
    QTest::newRow("100x") << 100.0;
    QTest::newRow("0.5x") << 0.5;
}

void TestSandboxState::transitionsFollowTheClock()
{
    QFETCH(double, timeScale);
    auto state = makeState(7, timeScale);
    QSignalSpy changed(state.get(), &SandboxState::changed);
    const QDateTime created = m_now;
    const auto made = state->createDatasetImportJob(
        request(QStringLiteral("nightly-1"), QStringLiteral("s3://bucket/interactions/")));
    QVERIFY(made.ok());
    const QString arn = *made->datasetImportJobArn;
    QCOMPARE(arn, PersonalizeArn::datasetImportJobArn(QStringLiteral("eu-west-1"),
                                                      QStringLiteral("123456789012"),
                                                      QStringLiteral("nightly-1")));
    SandboxImportJob job = *state->job(arn);
    QCOMPARE(job.status, QStringLiteral("CREATE PENDING"));
    QCOMPARE(job.created, created);
    QCOMPARE(job.lastUpdated, created);

    // About 10 s pending and a minute running at scale 1, with up to 20 % jitter.
    const qint64 pendingMs = job.created.msecsTo(job.startsAt);
    const qint64 runningMs = job.startsAt.msecsTo(job.endsAt);
    QVERIFY2(pendingMs >= qint64(8000 / timeScale) && pendingMs <= qint64(12000 / timeScale) + 1,
             qPrintable(QString::number(pendingMs)));
    QVERIFY2(runningMs >= qint64(48000 / timeScale) && runningMs <= qint64(72000 / timeScale) + 1,
             qPrintable(QString::number(runningMs)));

    m_now = job.startsAt.addMSecs(-1);
    QCOMPARE(state->describeDatasetImportJob({arn})->datasetImportJob->status,
             QStringLiteral("CREATE PENDING"));
    m_now = job.startsAt;
    const auto running = state->describeDatasetImportJob({arn})->datasetImportJob;
    QCOMPARE(*running->status, QStringLiteral("CREATE IN_PROGRESS"));
    QCOMPARE(*running->lastUpdatedDateTime, job.startsAt);
    QCOMPARE(*running->creationDateTime, created);

    m_now = job.endsAt.addMSecs(-1);
    QCOMPARE(state->job(arn)->status, QStringLiteral("CREATE IN_PROGRESS"));
    m_now = job.endsAt.addSecs(30);
    const auto done = state->describeDatasetImportJob({arn})->datasetImportJob;
    QCOMPARE(*done->status, QStringLiteral("ACTIVE"));
    QCOMPARE(*done->lastUpdatedDateTime, job.endsAt);
    QVERIFY(!done->failureReason);
    QCOMPARE(changed.count(), 3); // created, started, finished
}

void TestSandboxState::failureScenarios_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no-access")
        << "s3://bucket/no-access/file.csv"
        << "Failed to create a data import job for INTERACTIONS dataset....Insufficient "
           "privileges for accessing data in Amazon S3.";
    QTest::newRow("missing-columns")
        << "s3://bucket/missing-columns/"
        << "Failed to create a data import job INTERACTIONS dataset...Input CSV is missing the "
           "following columns:[ITEM_ID, TIMESTAMP].";
    QTest::newRow("bom") << "s3://bucket/with-BOM.csv"
                         << "Failed to create a data import job INTERACTIONS dataset...Input CSV "
                            "is missing the following columns:[USER_ID].";
    QTest::newRow("bad-timestamp")
        << "s3://bucket/bad-timestamp/"
        << "Failed to create a data import job for INTERACTIONS dataset. TIMESTAMP values must "
           "be Unix epoch time in seconds; the values found look like milliseconds.";
    QTest::newRow("too-few-rows")
        << "s3://bucket/too-few-rows.csv"
        << "Failed to create a data import job for INTERACTIONS dataset. The data has 412 "
           "interaction records; an import needs at least 1000.";
    QTest::newRow("too-long")
        << "s3://bucket/too-long/"
        << "Length cannot be more than 1000 characters for EVENT_TYPE. If no values exceed the "
           "character limit, make sure your data follows the formatting guidelines listed in "
           "https://docs.aws.amazon.com/personalize/latest/dg/data-prep-formatting.html.";
    QTest::newRow("invalid-location") << "s3://bucket/invalid-location/"
                                      << "Invalid Data location.";
    QTest::newRow("success") << "s3://bucket/interactions/2025-03-14/" << QString();
}

void TestSandboxState::failureScenarios()
{
    QFETCH(QString, location);
    QFETCH(QString, reason);
    auto state = makeState(7, 10.0);
    const auto made = state->createDatasetImportJob(request(QStringLiteral("job-1"), location));
    QVERIFY(made.ok());
    m_now = m_now.addSecs(60);
    const auto job = state->describeDatasetImportJob({*made->datasetImportJobArn});
    QVERIFY(job.ok());
    QCOMPARE(*job->datasetImportJob->status,
             reason.isEmpty() ? QStringLiteral("ACTIVE") : QStringLiteral("CREATE FAILED"));
    QCOMPARE(job->datasetImportJob->failureReason.value_or(QString()), reason);
    // The list carries the same reason as the description.
    const auto list = state->listDatasetImportJobs({});
    QCOMPARE(list->datasetImportJobs->constFirst().failureReason.value_or(QString()), reason);
}

void TestSandboxState::createErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("dataset");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("publish");
    QTest::addColumn<int>("tagCount");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const QString retail =
        datasetArn(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    const QString newsItems = datasetArn(QStringLiteral("news-articles"), QStringLiteral("ITEMS"));
    const QString video =
        datasetArn(QStringLiteral("streaming-catalog"), QStringLiteral("INTERACTIONS"));
    const QString otherRegion =
        PersonalizeArn::datasetArn(QStringLiteral("us-east-1"), QStringLiteral("123456789012"),
                                   QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    const QString ok;

    QTest::newRow("bad name") << "bad name" << retail << "FULL" << false << 0
                              << "InvalidInputException"
                              << "Value 'bad name' at 'jobName' failed to satisfy constraint";
    QTest::newRow("unknown dataset")
        << "job" << datasetArn(QStringLiteral("nope"), QStringLiteral("ITEMS")) << "FULL" << false
        << 0 << "ResourceNotFoundException"
        << "dataset/nope/ITEMS";
    QTest::newRow("other region") << "job" << otherRegion << "FULL" << false << 0
                                  << "ResourceNotFoundException" << otherRegion;
    QTest::newRow("name taken") << "taken" << retail << "FULL" << false << 0
                                << "ResourceAlreadyExistsException"
                                << "dataset-import-job/taken already exists";
    QTest::newRow("incremental without bulk data")
        << "job" << newsItems << "INCREMENTAL" << false << 0 << "InvalidInputException"
        << "has no completed bulk import";
    QTest::newRow("incremental with bulk data")
        << "job" << retail << "INCREMENTAL" << false << 0 << ok << ok;
    QTest::newRow("metrics without attribution")
        << "job" << video << "FULL" << true << 0 << "InvalidInputException"
        << "has no metric attribution";
    QTest::newRow("metrics with attribution") << "job" << retail << "FULL" << true << 0 << ok << ok;
    QTest::newRow("50 tags") << "job" << retail << "FULL" << false << 50 << ok << ok;
    QTest::newRow("51 tags") << "job" << retail << "FULL" << false << 51 << "TooManyTagsException"
                             << "51 tags";
    QTest::newRow("201 tags") << "job" << retail << "FULL" << false << 201
                              << "InvalidInputException"
                              << "'tags'";
}

void TestSandboxState::createErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, dataset);
    QFETCH(QString, mode);
    QFETCH(bool, publish);
    QFETCH(int, tagCount);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    auto state = makeState();
    QVERIFY(state
                ->createDatasetImportJob(
                    request(QStringLiteral("taken"), QStringLiteral("s3://b/f.csv")))
                .ok());
    const int before = static_cast<int>(state->jobs().size());

    CreateDatasetImportJobRequest r =
        request(name, QStringLiteral("s3://bucket/data.csv"), dataset);
    r.importMode = mode;
    if (publish)
        r.publishAttributionMetricsToS3 = true;
    if (tagCount > 0) {
        QList<Tag> tags;
        for (int i = 0; i < tagCount; ++i)
            tags.append({QStringLiteral("key%1").arg(i), QStringLiteral("value")});
        r.tags = tags;
    }
    const auto result = state->createDatasetImportJob(r);
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
        QCOMPARE(state->jobs().size(), before + 1);
        const auto job = state->job(*result->datasetImportJobArn);
        QCOMPARE(job->importMode, mode);
        QCOMPARE(job->publishAttributionMetricsToS3,
                 publish ? std::optional<bool>(true) : std::optional<bool>());
        QCOMPARE(state->listTagsForResource({job->arn})->tags->size(), tagCount);
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().httpStatus, 400);
    QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
    QCOMPARE(state->jobs().size(), before);
}

void TestSandboxState::maxRunningLimit()
{
    auto state = makeState(7, 1.0, 2);
    QVERIFY(
        state->createDatasetImportJob(request(QStringLiteral("a"), QStringLiteral("s3://b/a.csv")))
            .ok());
    m_now = m_now.addSecs(20); // "a" is in progress now: still counts
    QVERIFY(
        state->createDatasetImportJob(request(QStringLiteral("b"), QStringLiteral("s3://b/b.csv")))
            .ok());
    QCOMPARE(state->runningJobCount(), 2);
    const auto refused =
        state->createDatasetImportJob(request(QStringLiteral("c"), QStringLiteral("s3://b/c.csv")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("LimitExceededException"));
    QCOMPARE(refused.error().message,
             QStringLiteral("More than 2 resources with PENDING or IN_PROGRESS status."));
    QVERIFY(!state->job(PersonalizeArn::datasetImportJobArn(
        QStringLiteral("eu-west-1"), QStringLiteral("123456789012"), QStringLiteral("c"))));

    // A failed job frees its slot as well as a finished one.
    m_now = m_now.addSecs(3600);
    QCOMPARE(state->runningJobCount(), 0);
    QVERIFY(
        state->createDatasetImportJob(request(QStringLiteral("c"), QStringLiteral("s3://b/c.csv")))
            .ok());
}

void TestSandboxState::paginationRoundTrip()
{
    auto state = makeState();
    const QString dataset = datasetArn(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    for (int i = 0; i < 260; ++i) {
        SandboxImportJob job;
        job.jobName = QStringLiteral("load-%1").arg(i, 3, 10, QLatin1Char('0'));
        job.datasetArn = dataset;
        job.dataLocation = QStringLiteral("s3://bucket/items/");
        job.status = QStringLiteral("ACTIVE");
        // Several jobs share a creation time: the ARN breaks the tie.
        job.created = m_now.addSecs(-(i / 3) * 60);
        QVERIFY(state->addJob(job));
    }
    const QList<SandboxImportJob> all = state->jobs();
    const int expected =
        static_cast<int>(std::count_if(all.cbegin(), all.cend(), [&](const SandboxImportJob &j) {
            return j.datasetArn == dataset;
        }));
    QVERIFY(expected >= 260);

    QStringList seen;
    std::optional<QString> token;
    int pages = 0;
    QDateTime previous;
    do {
        ListDatasetImportJobsRequest r;
        r.datasetArn = dataset;
        r.maxResults = 100;
        r.nextToken = token;
        const auto page = state->listDatasetImportJobs(r);
        QVERIFY(page.ok());
        QVERIFY(page->datasetImportJobs->size() <= 100);
        for (const DatasetImportJobSummary &s : *page->datasetImportJobs) {
            QVERIFY(!previous.isValid() || *s.creationDateTime <= previous); // newest first
            previous = *s.creationDateTime;
            seen.append(*s.datasetImportJobArn);
        }
        token = page->nextToken;
        ++pages;
        // A job added between pages must not shift what the next page returns.
        if (pages == 1) {
            SandboxImportJob late;
            late.jobName = QStringLiteral("late-arrival");
            late.datasetArn = dataset;
            late.dataLocation = QStringLiteral("s3://bucket/items/");
            late.created = m_now.addSecs(10);
            QVERIFY(state->addJob(late));
        }
    } while (token);
    QCOMPARE(pages, (expected + 99) / 100);
    QCOMPARE(seen.size(), expected);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), expected);
}

void TestSandboxState::rejectsForeignAndTamperedTokens()
{
    auto state = makeState();
    const QString dataset =
        datasetArn(QStringLiteral("retail-shop"), QStringLiteral("INTERACTIONS"));
    ListDatasetImportJobsRequest first;
    first.datasetArn = dataset;
    first.maxResults = 1;
    const auto page = state->listDatasetImportJobs(first);
    QVERIFY(page.ok());
    QVERIFY(page->nextToken);
    const QString token = *page->nextToken;

    // The same token continues the same listing.
    ListDatasetImportJobsRequest next = first;
    next.nextToken = token;
    QVERIFY(state->listDatasetImportJobs(next).ok());

    QString tampered = token;
    tampered[5] = tampered.at(5) == u'A' ? u'B' : u'A';
    const auto forged = SandboxPaging::encodeToken(
        {QStringLiteral("ListDatasetImportJobs"), dataset, QStringLiteral("0|x")},
        QByteArrayLiteral("another sandbox's key"));
    const QList<std::pair<QString, ListDatasetImportJobsRequest>> bad = {
        {QStringLiteral("tampered"),
         [&] {
             auto r = next;
             r.nextToken = tampered;
             return r;
         }()},
        {QStringLiteral("other filter"),
         [&] {
             auto r = next;
             r.datasetArn = datasetArn(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
             return r;
         }()},
        {QStringLiteral("no filter"),
         [&] {
             auto r = next;
             r.datasetArn.reset();
             return r;
         }()},
        {QStringLiteral("foreign key"),
         [&] {
             auto r = next;
             r.nextToken = forged;
             return r;
         }()},
        {QStringLiteral("garbage"),
         [&] {
             auto r = next;
             r.nextToken = QStringLiteral("abc");
             return r;
         }()},
    };
    for (const auto &[label, r] : bad) {
        const auto result = state->listDatasetImportJobs(r);
        QVERIFY2(!result.ok(), qPrintable(label));
        QCOMPARE(result.error().code, QStringLiteral("InvalidNextTokenException"));
    }
    // A token of one listing is refused by another.
    ListDatasetGroupsRequest groups;
    groups.nextToken = token;
    QCOMPARE(state->listDatasetGroups(groups).error().code,
             QStringLiteral("InvalidNextTokenException"));
    // A sandbox with another seed does not accept this one's tokens.
    QCOMPARE(makeState(99)->listDatasetImportJobs(next).error().code,
             QStringLiteral("InvalidNextTokenException"));
}

void TestSandboxState::rejectsBadMaxResults_data()
{
    QTest::addColumn<int>("maxResults");
    QTest::addColumn<QString>("message");
    QTest::newRow("0") << 0
                       << "1 validation error detected: Value '0' at 'maxResults' failed to "
                          "satisfy constraint: Member must have value greater than or equal to 1";
    QTest::newRow("101") << 101
                         << "1 validation error detected: Value '101' at 'maxResults' failed to "
                            "satisfy constraint: Member must have value less than or equal to 100";
}

void TestSandboxState::rejectsBadMaxResults()
{
    QFETCH(int, maxResults);
    QFETCH(QString, message);
    auto state = makeState();
    ListDatasetImportJobsRequest r;
    r.maxResults = maxResults;
    const auto result = state->listDatasetImportJobs(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("InvalidInputException"));
    QCOMPARE(result.error().message, message);
}

void TestSandboxState::describeAndTags()
{
    auto state = makeState();
    const QString unknownJob = PersonalizeArn::datasetImportJobArn(
        QStringLiteral("eu-west-1"), QStringLiteral("123456789012"), QStringLiteral("ghost"));
    const auto missing = state->describeDatasetImportJob({unknownJob});
    QCOMPARE(missing.error().code, QStringLiteral("ResourceNotFoundException"));
    QVERIFY(missing.error().message.contains(unknownJob));
    QCOMPARE(state->describeDatasetImportJob({QStringLiteral("not-an-arn")}).error().code,
             QStringLiteral("InvalidInputException"));

    const QString retail = datasetArn(QStringLiteral("retail-shop"), QStringLiteral("USERS"));
    const auto dataset = state->describeDataset({retail});
    QVERIFY(dataset.ok());
    QCOMPARE(*dataset->dataset->datasetType, QStringLiteral("Users"));
    QCOMPARE(*dataset->dataset->name, QStringLiteral("retail-shop-users"));
    QCOMPARE(*dataset->dataset->datasetGroupArn, *PersonalizeArn::datasetGroupArnOf(retail));
    QCOMPARE(state->describeDataset({datasetArn(QStringLiteral("x"), QStringLiteral("USERS"))})
                 .error()
                 .code,
             QStringLiteral("ResourceNotFoundException"));

    const QString group = *PersonalizeArn::datasetGroupArnOf(retail);
    const auto groupTags = state->listTagsForResource({group});
    QVERIFY(groupTags.ok());
    QCOMPARE(*groupTags->tags,
             (QList<Tag>{{QStringLiteral("team"), QStringLiteral("merchandising")},
                         {QStringLiteral("environment"), QStringLiteral("demo")}}));
    QCOMPARE(state->listTagsForResource({retail})->tags->size(), 0);
    QCOMPARE(state->listTagsForResource({unknownJob}).error().code,
             QStringLiteral("ResourceNotFoundException"));
}

void TestSandboxState::listsByGroup()
{
    auto state = makeState();
    const QString news =
        PersonalizeArn::datasetGroupArn(QStringLiteral("eu-west-1"), QStringLiteral("123456789012"),
                                        QStringLiteral("news-articles"));
    ListDatasetsRequest datasets;
    datasets.datasetGroupArn = news;
    const auto list = state->listDatasets(datasets);
    QVERIFY(list.ok());
    QStringList types;
    for (const DatasetSummary &d : *list->datasets)
        types.append(*d.datasetType);
    types.sort();
    QCOMPARE(types, (QStringList{QStringLiteral("Interactions"), QStringLiteral("Items")}));
    QCOMPARE(state->listDatasets({})->datasets->size(), 8);

    ListMetricAttributionsRequest attributions;
    attributions.datasetGroupArn = news;
    QCOMPARE(state->listMetricAttributions(attributions)->metricAttributions->size(), 0);
    attributions.datasetGroupArn = PersonalizeArn::datasetGroupArn(
        QStringLiteral("eu-west-1"), QStringLiteral("123456789012"), QStringLiteral("retail-shop"));
    const auto retail = state->listMetricAttributions(attributions);
    QCOMPARE(retail->metricAttributions->size(), 1);
    QCOMPARE(*retail->metricAttributions->constFirst().name, QStringLiteral("retail-shop-revenue"));
}

void TestSandboxState::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("state.json"));
    auto state = makeState(7, 10.0);
    CreateDatasetImportJobRequest r =
        request(QStringLiteral("saved-job"), QStringLiteral("s3://bucket/too-long/"));
    r.tags = QList<Tag>{{QStringLiteral("k"), QStringLiteral("v")}};
    QVERIFY(state->createDatasetImportJob(r).ok());
    // Text that JSON must escape survives the file.
    SandboxImportJob odd;
    odd.jobName = QStringLiteral("odd-characters");
    odd.datasetArn = datasetArn(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    odd.dataLocation = QStringLiteral("s3://b/\"quoted\"/back\\slash/tab\t/ctl\u0001/été/😀/");
    odd.status = QStringLiteral("ACTIVE");
    odd.publishAttributionMetricsToS3 = false;
    QVERIFY(state->addJob(odd));
    QVERIFY(state->saveToFile(path).ok());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument written = QJsonDocument::fromJson(saved.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(written.object(), state->toJson());

    // Another seed would give other sample data: loading must replace it all.
    auto restored = makeState(12345, 10.0);
    const auto loaded = restored->loadFromFile(path);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
    QCOMPARE(QJsonDocument(restored->toJson()).toJson(), QJsonDocument(state->toJson()).toJson());

    // The restored job keeps its schedule and outcome.
    m_now = m_now.addSecs(60);
    const auto job = restored->job(PersonalizeArn::datasetImportJobArn(
        QStringLiteral("eu-west-1"), QStringLiteral("123456789012"), QStringLiteral("saved-job")));
    QVERIFY(job);
    QCOMPARE(job->status, QStringLiteral("CREATE FAILED"));
    QVERIFY(job->failureReason.startsWith(QLatin1String("Length cannot be more than")));
    QCOMPARE(*restored->listTagsForResource({job->arn})->tags,
             (QList<Tag>{{QStringLiteral("k"), QStringLiteral("v")}}));
}

void TestSandboxState::loadRejectsForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("not json") << QByteArray("{nope") << "not valid JSON";
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})")
                                  << "not an Import Desk sandbox state file";
    QTest::newRow("future version")
        << QByteArray(R"({"format":"importdesk-sandbox-state","version":2})") << "version 2";
    QTest::newRow("other region") << QByteArray(
                                         R"({"format":"importdesk-sandbox-state","version":1,)"
                                         R"("region":"us-west-2","accountId":"123456789012"})")
                                  << "us-west-2";
}

void TestSandboxState::loadRejectsForeignFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    auto state = makeState();
    const QByteArray before = QJsonDocument(state->toJson()).toJson();
    const auto loaded = state->loadFromFile(path);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(messagePart), qPrintable(loaded.error()));
    QCOMPARE(QJsonDocument(state->toJson()).toJson(), before);
}

void TestSandboxState::loadRefusesWhatIsNotARegularFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto state = makeState();
    const auto folder = state->loadFromFile(dir.path());
    QVERIFY(!folder.ok());
    QCOMPARE(folder.error(),
             QStringLiteral("The sandbox state %1 is not a regular file.").arg(dir.path()));
    // A FIFO would block the read for ever.
    const QString fifo = dir.filePath(QStringLiteral("state.fifo"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto pipe = state->loadFromFile(fifo);
    QVERIFY(!pipe.ok());
    QVERIFY(pipe.error().contains(u"not a regular file"));
}

void TestSandboxState::historySeedsFinishedJobs()
{
    const qsizetype base = makeState()->jobs().size();
    auto state = makeState(7, 1.0, 5, 2000);
    const QList<SandboxImportJob> jobs = state->jobs();
    QCOMPARE(jobs.size(), base + 2000);
    QCOMPARE(state->runningJobCount(), 0);

    const QString newsItems = datasetArn(QStringLiteral("news-articles"), QStringLiteral("ITEMS"));
    QHash<QString, int> perDataset;
    QSet<QString> reasons;
    int failed = 0;
    QDateTime oldest = m_now;
    QSet<QString> names;
    for (const SandboxImportJob &job : jobs.mid(base)) {
        ++perDataset[job.datasetArn];
        names.insert(job.jobName);
        QVERIFY(job.jobName.size() <= 63);
        QVERIFY(QRegularExpression(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$"))
                    .match(job.jobName)
                    .hasMatch());
        QVERIFY(job.created < m_now.addSecs(-3600));
        QVERIFY(job.created > m_now.addDays(-184));
        oldest = std::min(oldest, job.created);
        QVERIFY(job.lastUpdated > job.created);
        QVERIFY(job.importMode == QLatin1String("FULL") ||
                job.importMode == QLatin1String("INCREMENTAL"));
        if (job.status == QLatin1String("CREATE FAILED")) {
            ++failed;
            // The reason the scenario of its location gives, as a new job there would get.
            QCOMPARE(job.failureReason,
                     SandboxScenarios::outcomeFor(job.dataLocation, job.datasetArn).failureReason);
            QVERIFY(!job.failureReason.isEmpty());
            reasons.insert(job.failureReason);
        } else {
            QCOMPARE(job.status, QStringLiteral("ACTIVE"));
            QVERIFY(job.failureReason.isEmpty());
        }
    }
    QCOMPARE(names.size(), 2000);
    // Spread over every dataset that has data, never the one that has none.
    QCOMPARE(perDataset.size(), 7);
    QVERIFY(!perDataset.contains(newsItems));
    for (int count : std::as_const(perDataset))
        QVERIFY2(count > 150, qPrintable(QString::number(count)));
    // Mostly ACTIVE, some failures, and several kinds of them; over months, not weeks.
    QVERIFY2(failed > 100 && failed < 500, qPrintable(QString::number(failed)));
    QVERIFY(reasons.size() >= 10);
    QVERIFY(oldest < m_now.addDays(-150));
}

void TestSandboxState::historyIsDeterministic()
{
    const QByteArray first = QJsonDocument(makeState(7, 1.0, 5, 300)->toJson()).toJson();
    QCOMPARE(QJsonDocument(makeState(7, 1.0, 5, 300)->toJson()).toJson(), first);
    QVERIFY(QJsonDocument(makeState(8, 1.0, 5, 300)->toJson()).toJson() != first);
    // The sample data does not depend on how much history is added.
    const QList<SandboxImportJob> plain = makeState(7)->jobs();
    QCOMPARE(makeState(7, 1.0, 5, 300)->jobs().mid(0, plain.size()), plain);
}

void TestSandboxState::listingOrderSurvivesInsertsAndLoads()
{
    auto state = makeState(7, 1.0, 5, 500);
    const QString items = datasetArn(QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
    // Jobs added out of order, some at the same instant (then ordered by ARN).
    for (int i = 0; i < 60; ++i) {
        SandboxImportJob job;
        job.jobName = QStringLiteral("late-%1").arg(59 - i, 2, 10, QLatin1Char('0'));
        job.datasetArn = items;
        job.dataLocation = QStringLiteral("s3://bucket/items/");
        job.status = QStringLiteral("ACTIVE");
        job.created = m_now.addDays(-(i % 7) * 20).addSecs(-3600 - (i % 3));
        QVERIFY(state->addJob(job));
    }
    QVERIFY(state
                ->createDatasetImportJob(
                    request(QStringLiteral("newest"), QStringLiteral("s3://bucket/items/"), items))
                .ok());
    const int total = static_cast<int>(state->jobs().size());

    const auto check = [&](SandboxState &s) {
        for (int pageSize : {1, 7, 100}) {
            const QStringList all = listAll(s, {}, pageSize);
            QCOMPARE(all.size(), total);
            QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), total);
            QVERIFY(all.constFirst().endsWith(u"/newest"));
        }
        int inItems = 0;
        for (const SandboxImportJob &job : s.jobs())
            inItems += job.datasetArn == items ? 1 : 0;
        QCOMPARE(listAll(s, items, 13).size(), inItems);
        QCOMPARE(
            listAll(s, datasetArn(QStringLiteral("ghost"), QStringLiteral("ITEMS")), 10).size(), 0);
    };
    check(*state);
    auto loaded = makeState(99);
    QVERIFY(loaded->fromJson(state->toJson()).ok());
    check(*loaded);
}

void TestSandboxState::listingHundredThousandJobsIsFast()
{
    QElapsedTimer seeding;
    seeding.start();
    auto state = makeState(7, 1.0, 5, 100000);
    const qint64 seededMs = seeding.elapsed();
    QVERIFY(state->jobs().size() > 100000);
    const QString interactions =
        datasetArn(QStringLiteral("streaming-catalog"), QStringLiteral("INTERACTIONS"));

    // Median time of one request for the first page and for pages deep into the listing.
    const auto median = [&](const QString &filter) {
        QList<qint64> times;
        std::optional<QString> token;
        for (int page = 0; page < 200 && (page == 0 || token); ++page) {
            ListDatasetImportJobsRequest request;
            if (!filter.isEmpty())
                request.datasetArn = filter;
            request.nextToken = token;
            QElapsedTimer timer;
            timer.start();
            const auto result = state->listDatasetImportJobs(request);
            times.append(timer.nsecsElapsed() / 1000);
            if (!result.ok() || (result->nextToken && result->datasetImportJobs->size() != 100))
                return qint64(-1);
            token = result->nextToken;
        }
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    };
    const qint64 account = median({});
    const qint64 oneDataset = median(interactions);
    qInfo("seeded 100,000 jobs in %lld ms; ListDatasetImportJobs in the state, median of 200 "
          "pages: %lld us without datasetArn, %lld us with one",
          seededMs, account, oneDataset);
    QVERIFY(account > 0 && oneDataset > 0);
    // A sort of 100,000 jobs per request took ~150 ms; a page from the index well under 2 ms.
    QVERIFY2(account < 10000 && oneDataset < 10000, "listing is not O(page)");
}

QTEST_GUILESS_MAIN(TestSandboxState)
#include "tst_sandboxstate.moc"
