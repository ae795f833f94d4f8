#include "common/jobbuilder.h"
#include "jobs/jobfilterproxy.h"
#include "jobs/jobtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;
using Group = JobFilterProxy::StatusGroup;

// Search, status chips with counts, dataset and region filters, and sorting on raw values.
class TestJobFilterProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void search_data();
    void search();
    void statusChips();
    void countsFollowSearchButNotTheStatusFilter();
    void countsChangeAfterAMerge();
    void countsStayRightWhileRowsArriveInBatches();
    void datasetAndRegionFilters();
    void sortsOnRawValues_data();
    void sortsOnRawValues();
    void liveUpdatesMoveRowsInAndOut();

private:
    QStringList visibleNames() const;
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<JobFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<JobRecord> m_jobs;
};

namespace {

QStringList names(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(u',', Qt::SkipEmptyParts);
}

const QDateTime kBase(QDate(2024, 5, 1), QTime(9, 0), Qt::UTC);

// A job in `region`'s dataset `group`/`type`, created `createdMinutes` after kBase.
JobBuilder job(const QString &name, const QString &group, const QString &type,
               const QString &region, int createdMinutes, int durationSecs)
{
    JobBuilder builder(name);
    builder.dataset(JobBuilder::datasetArn(group, type, region))
        .created(kBase.addSecs(createdMinutes * 60))
        .ranFor(durationSecs);
    return builder;
}

} // namespace

void TestJobFilterProxy::init()
{
    const QString shop = QStringLiteral("shop");
    const QString news = QStringLiteral("news");
    const QString east = QStringLiteral("us-east-1");
    const QString west = QStringLiteral("eu-west-1");
    m_jobs = {
        job(QStringLiteral("nightly-items"), shop, QStringLiteral("ITEMS"), east, 30, 5).build(),
        job(QStringLiteral("nightly-users"), shop, QStringLiteral("USERS"), east, 5, 70)
            .failure(QStringLiteral("Invalid Data location."))
            .build(),
        job(QStringLiteral("backfill"), news, QStringLiteral("INTERACTIONS"), west, 600, 3700)
            .failure(QStringLiteral("Input CSV is missing the following columns:[TIMESTAMP]."))
            .build(),
        job(QStringLiteral("fresh"), news, QStringLiteral("ITEMS"), west, 61, 0)
            .status(QStringLiteral("CREATE PENDING"))
            .build(),
        job(QStringLiteral("loading"), shop, QStringLiteral("INTERACTIONS"), east, 9, 0)
            .status(QStringLiteral("CREATE IN_PROGRESS"))
            .build(),
    };
    m_model = std::make_unique<JobTableModel>();
    m_model->setTickInterval(0ms);
    m_model->setClock([] { return kBase.addSecs(24 * 3600); });
    m_model->setJobs(m_jobs);
    m_proxy = std::make_unique<JobFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestJobFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
}

QStringList TestJobFilterProxy::visibleNames() const
{
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        names.append(m_proxy->index(row, JobTableModel::NameColumn).data().toString());
    return names;
}

void TestJobFilterProxy::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty") << QString()
                           << names("nightly-items,nightly-users,backfill,fresh,loading");
    QTest::newRow("name, any case") << "NIGHTLY" << names("nightly-items,nightly-users");
    QTest::newRow("ARN") << "eu-west-1:111122223333:dataset-import-job/back" << names("backfill");
    QTest::newRow("dataset group") << "news" << names("backfill,fresh");
    QTest::newRow("dataset as shown") << "shop / INTERACTIONS" << names("loading");
    QTest::newRow("failure reason") << "missing the following" << names("backfill");
    QTest::newRow("surrounding blanks ignored") << "  data location " << names("nightly-users");
    QTest::newRow("nothing") << "zebra" << QStringList();
}

void TestJobFilterProxy::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_proxy->setSearchText(text);
    QCOMPARE(visibleNames(), expected);
}

void TestJobFilterProxy::statusChips()
{
    m_proxy->setStatusFilter({Group::Failed});
    QCOMPARE(visibleNames(), (names("nightly-users,backfill")));
    m_proxy->setStatusGroupEnabled(Group::Pending, true);
    QCOMPARE(visibleNames(), (names("nightly-users,backfill,fresh")));
    m_proxy->setStatusGroupEnabled(Group::Failed, false);
    QCOMPARE(visibleNames(), names("fresh"));
    m_proxy->setStatusFilter({});
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestJobFilterProxy::countsFollowSearchButNotTheStatusFilter()
{
    QCOMPARE(m_proxy->statusCount(Group::Pending), 1);
    QCOMPARE(m_proxy->statusCount(Group::InProgress), 1);
    QCOMPARE(m_proxy->statusCount(Group::Active), 1);
    QCOMPARE(m_proxy->statusCount(Group::Failed), 2);
    QCOMPARE(m_proxy->unfilteredStatusTotal(), 5);

    QSignalSpy counts(m_proxy.get(), &JobFilterProxy::countsChanged);
    m_proxy->setStatusFilter({Group::Active});
    QCOMPARE(m_proxy->statusCount(Group::Failed), 2); // chips still show what they would add
    m_proxy->setSearchText(QStringLiteral("shop"));
    QVERIFY(counts.wait(1000));
    QCOMPARE(m_proxy->statusCount(Group::Failed), 1);
    QCOMPARE(m_proxy->statusCount(Group::Pending), 0);
    QCOMPARE(m_proxy->statusCount(Group::InProgress), 1);
    QCOMPARE(m_proxy->unfilteredStatusTotal(), 3);
    QCOMPARE(visibleNames(), names("nightly-items"));
}

void TestJobFilterProxy::countsChangeAfterAMerge()
{
    QCOMPARE(m_proxy->statusCount(Group::Active), 1);
    QSignalSpy counts(m_proxy.get(), &JobFilterProxy::countsChanged);
    QList<JobRecord> update;
    JobRecord done = m_jobs.at(4);
    done.status = QStringLiteral("ACTIVE");
    update.append(done);
    for (int i = 0; i < 50; ++i) {
        update.append(job(QStringLiteral("more-%1").arg(i), QStringLiteral("shop"),
                          QStringLiteral("ITEMS"), QStringLiteral("us-east-1"), 100 + i, 0)
                          .status(QStringLiteral("CREATE PENDING"))
                          .build());
    }
    m_model->merge(update);
    QVERIFY(counts.wait(1000));
    QCOMPARE(counts.count(), 1); // one recount for the whole merge
    QCOMPARE(m_proxy->statusCount(Group::Active), 2);
    QCOMPARE(m_proxy->statusCount(Group::InProgress), 0);
    QCOMPARE(m_proxy->statusCount(Group::Pending), 51);
}

void TestJobFilterProxy::countsStayRightWhileRowsArriveInBatches()
{
    // Rows added in batches are counted one batch at a time: the counts must equal those of a
    // proxy that counts everything afresh, whatever the filters.
    m_proxy->setDatasetFilter(m_jobs.at(0).datasetArn);
    m_proxy->setSearchText(QStringLiteral("night"));
    QCOMPARE(m_proxy->unfilteredStatusTotal(), 1);
    QSignalSpy counts(m_proxy.get(), &JobFilterProxy::countsChanged);
    const QStringList statuses = {QStringLiteral("ACTIVE"), QStringLiteral("CREATE FAILED"),
                                  QStringLiteral("CREATE PENDING"),
                                  QStringLiteral("CREATE IN_PROGRESS")};
    const QStringList types = {QStringLiteral("ITEMS"), QStringLiteral("USERS")};
    for (int batch = 0; batch < 4; ++batch) {
        QList<JobRecord> rows;
        for (int i = 0; i < 25; ++i) {
            const int n = batch * 25 + i;
            rows.append(job(QStringLiteral("%1-%2")
                                .arg(n % 3 ? QStringLiteral("nightly") : QStringLiteral("adhoc"))
                                .arg(n),
                            QStringLiteral("shop"), types.at(n % 2), QStringLiteral("us-east-1"),
                            -n, 60)
                            .status(statuses.at(n % 4))
                            .build());
        }
        m_model->addLoaded(rows);
        JobFilterProxy fresh;
        fresh.setSourceModel(m_model.get());
        fresh.setDatasetFilter(m_jobs.at(0).datasetArn);
        fresh.setSearchText(QStringLiteral("night"));
        for (const Group group : {Group::Pending, Group::InProgress, Group::Active, Group::Failed})
            QCOMPARE(m_proxy->statusCount(group), fresh.statusCount(group));
        QCOMPARE(m_proxy->unfilteredStatusTotal(), fresh.unfilteredStatusTotal());
    }
    // 100 rows, half in the ITEMS dataset, two thirds of those named "nightly", plus the one
    // from before.
    QCOMPARE(m_proxy->unfilteredStatusTotal(), 1 + 33);
    QVERIFY(counts.wait(1000));
    QCOMPARE(counts.count(), 1); // announced once, after the batches of one pass
}

void TestJobFilterProxy::datasetAndRegionFilters()
{
    m_proxy->setRegionFilter(QStringLiteral("eu-west-1"));
    QCOMPARE(visibleNames(), (names("backfill,fresh")));
    QCOMPARE(m_proxy->unfilteredStatusTotal(), 2);
    m_proxy->setRegionFilter(QString());
    m_proxy->setDatasetFilter(m_jobs.at(0).datasetArn);
    QCOMPARE(visibleNames(), names("nightly-items"));
    m_proxy->setRegionFilter(QStringLiteral("eu-west-1"));
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestJobFilterProxy::sortsOnRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    // Display strings would order these differently ("1 h…" < "1 min…" < "5 s"; dates by
    // locale text; statuses alphabetically).
    QTest::newRow("duration") << int(JobTableModel::DurationColumn)
                              << names("nightly-items,nightly-users,backfill,fresh,loading");
    QTest::newRow("created") << int(JobTableModel::CreatedColumn)
                             << names("nightly-users,loading,nightly-items,fresh,backfill");
    QTest::newRow("status") << int(JobTableModel::StatusColumn)
                            << names("fresh,loading,nightly-items,nightly-users,backfill");
}

void TestJobFilterProxy::sortsOnRawValues()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(visibleNames(), ascending);
    m_proxy->sort(column, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    if (column == JobTableModel::StatusColumn) // two failed jobs: equal keys keep their order
        std::swap(descending[0], descending[1]);
    QCOMPARE(visibleNames(), descending);
}

void TestJobFilterProxy::liveUpdatesMoveRowsInAndOut()
{
    m_proxy->setStatusFilter({Group::InProgress, Group::Pending});
    m_proxy->sort(JobTableModel::NameColumn);
    QCOMPARE(visibleNames(), (names("fresh,loading")));
    JobRecord started = m_jobs.at(3);
    started.status = QStringLiteral("CREATE IN_PROGRESS");
    JobRecord finished = m_jobs.at(4);
    finished.status = QStringLiteral("ACTIVE");
    m_model->merge({started, finished,
                    job(QStringLiteral("another"), QStringLiteral("shop"), QStringLiteral("ITEMS"),
                        QStringLiteral("us-east-1"), 1, 0)
                        .status(QStringLiteral("CREATE PENDING"))
                        .build()});
    QCOMPARE(visibleNames(), (names("another,fresh")));
}

QTEST_GUILESS_MAIN(TestJobFilterProxy)
#include "tst_jobfilterproxy.moc"
