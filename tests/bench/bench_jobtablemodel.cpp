#include "common/jobbuilder.h"
#include "jobs/jobfilterproxy.h"
#include "jobs/jobtablemodel.h"
#include "jobstore/sqlitejobstore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// What a poll costs the table at scale: merging 1,000 changed jobs into 100,000 rows (alone and
// behind a sorted, filtered proxy), and loading 100,000 jobs from the store.
class BenchJobTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mergeThousandChangesIntoModel();
    void mergeThousandChangesThroughSortedProxy();
    void loadHundredThousandFromStore();
    void loadHundredThousandIntoModel();

private:
    static constexpr int kRows = 100000;
    static constexpr int kChanged = 1000;
    QList<JobRecord> m_jobs;
    // Two alternating updates of the same 1,000 jobs, so every merge really changes them.
    QList<JobRecord> m_changesA;
    QList<JobRecord> m_changesB;
    QTemporaryDir m_dir;
    QString m_storePath;
};

namespace {

JobRecord make(int i)
{
    static const QStringList groups{QStringLiteral("retail-shop"), QStringLiteral("news"),
                                    QStringLiteral("catalog"), QStringLiteral("video")};
    static const QStringList types{QStringLiteral("INTERACTIONS"), QStringLiteral("ITEMS"),
                                   QStringLiteral("USERS")};
    const QString name = QStringLiteral("import-%1").arg(i, 6, 10, QLatin1Char('0'));
    const QString region = i % 5 == 0 ? QStringLiteral("eu-west-1") : QStringLiteral("us-east-1");
    JobBuilder job(name);
    job.dataset(JobBuilder::datasetArn(groups.at(i % 4), types.at(i % 3), region))
        .dataLocation(QStringLiteral("s3://bucket/%1/").arg(name))
        .created(QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 97LL))
        .ranFor(600 + i % 3000)
        .detailsFetched();
    if (i % 7 == 0)
        job.failure(QStringLiteral("Invalid Data location."));
    return job.build();
}

} // namespace

void BenchJobTableModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_jobs.reserve(kRows);
    for (int i = 0; i < kRows; ++i)
        m_jobs.append(make(i));
    for (int k = 0; k < kChanged; ++k) {
        const int row = (k * 97) % kRows; // spread over the whole table
        JobRecord a = m_jobs.at(row);
        a.status = QStringLiteral("CREATE IN_PROGRESS");
        a.updated = a.updated.addSecs(5);
        JobRecord b = a;
        b.status = QStringLiteral("CREATE FAILED");
        b.failureReason = QStringLiteral("Input CSV is missing the following columns:[ITEM_ID].");
        b.updated = b.updated.addSecs(5);
        m_changesA.append(a);
        m_changesB.append(b);
    }
    m_storePath = m_dir.filePath(QStringLiteral("bench.sqlite"));
    SqliteJobStore store;
    QVERIFY(store.open(m_storePath).ok());
    QVERIFY(store.upsertJobs(m_jobs).ok());
}

void BenchJobTableModel::mergeThousandChangesIntoModel()
{
    JobTableModel model;
    model.setTickInterval(0ms);
    model.setJobs(m_jobs);
    QSignalSpy reset(&model, &QAbstractItemModel::modelAboutToBeReset);
    bool flip = false;
    QBENCHMARK
    {
        model.merge(flip ? m_changesB : m_changesA);
        flip = !flip;
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), kRows);
}

void BenchJobTableModel::mergeThousandChangesThroughSortedProxy()
{
    JobTableModel model;
    model.setTickInterval(0ms);
    model.setJobs(m_jobs);
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobTableModel::UpdatedColumn, Qt::DescendingOrder);
    proxy.setRegionFilter(QStringLiteral("us-east-1"));
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelAboutToBeReset);
    bool flip = false;
    QBENCHMARK
    {
        model.merge(flip ? m_changesB : m_changesA);
        flip = !flip;
        QCoreApplication::processEvents(); // the chip counts are recounted once per merge
    }
    QCOMPARE(reset.count(), 0);
    QVERIFY(proxy.rowCount() > 0);
}

void BenchJobTableModel::loadHundredThousandFromStore()
{
    SqliteJobStore store;
    QVERIFY(store.open(m_storePath).ok());
    qsizetype loaded = 0;
    QBENCHMARK
    {
        const auto jobs = store.loadJobs();
        QVERIFY(jobs.ok());
        loaded = jobs->size();
    }
    QCOMPARE(loaded, qsizetype(kRows));
}

void BenchJobTableModel::loadHundredThousandIntoModel()
{
    SqliteJobStore store;
    QVERIFY(store.open(m_storePath).ok());
    JobTableModel model;
    model.setTickInterval(0ms);
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    QBENCHMARK
    {
        model.setJobs(store.loadJobs().value());
        QCoreApplication::processEvents();
    }
    QCOMPARE(proxy.rowCount(), kRows);
}

QTEST_GUILESS_MAIN(BenchJobTableModel)
#include "bench_jobtablemodel.moc"
