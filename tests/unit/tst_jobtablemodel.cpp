#include "common/jobbuilder.h"
#include "jobs/jobtablemodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// The jobs table model: merges that keep rows, persistent indexes and selection; signals for
// just the rows and roles that changed; no reset while polling; ticking durations.
class TestJobTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shapeAndHeaders();
    void displayAndRawValues();
    void mergeInsertsUnknownJobsInOneStep();
    void mergeSignalsOnlyChangedRowsAndColumns();
    void mergeOfIdenticalDataIsSilent();
    void fieldsWithoutAColumnSignalTheRecord();
    void neighbouringChangesShareOneSignal();
    void removeAndReplaceAll();
    void distinctDatasetsAndRegionsFollowTheRows();
    void selectionAndPersistentIndexesSurviveMerges();
    void pollingNeverResets();
    void durationTicksForRunningRowsOnly();

private:
    static JobRecord job(int i, const QString &status = QStringLiteral("ACTIVE"));
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QDateTime m_now;
};

JobRecord TestJobTableModel::job(int i, const QString &status)
{
    return JobBuilder(QStringLiteral("job-%1").arg(i, 4, 10, QLatin1Char('0')))
        .status(status)
        .created(JobBuilder::defaultCreated().addSecs(i * 60))
        .ranFor(125)
        .build();
}

void TestJobTableModel::init()
{
    m_now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    m_model = std::make_unique<JobTableModel>();
    m_model->setClock([this] { return m_now; });
    m_model->setTickInterval(0ms);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestJobTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestJobTableModel::shapeAndHeaders()
{
    QCOMPARE(m_model->columnCount(), int(JobTableModel::ColumnCount));
    QCOMPARE(m_model->rowCount(), 0);
    for (int column = 0; column < JobTableModel::ColumnCount; ++column)
        QVERIFY(!m_model->headerData(column, Qt::Horizontal).toString().isEmpty());
    m_model->setJobs({job(1), job(2), job(1)}); // a repeated ARN is one row
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->rowOf(job(2).arn), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("arn:unknown")), -1);
    QVERIFY(!m_model->indexOf(QStringLiteral("arn:unknown")).isValid());
    QCOMPARE(m_model->job(0)->name, job(1).name);
    QVERIFY(m_model->job(5) == nullptr);
}

void TestJobTableModel::displayAndRawValues()
{
    JobRecord failed = job(1, QStringLiteral("CREATE FAILED"));
    failed.failureReason = QStringLiteral("Invalid Data location.\nMore detail below.");
    failed.importMode = QStringLiteral("INCREMENTAL");
    JobRecord running = job(2, QStringLiteral("CREATE IN_PROGRESS"));
    running.created = m_now.addSecs(-90);
    JobRecord odd = job(3, QStringLiteral("CREATE STOPPING"));
    m_model->setJobs({failed, running, odd});

    auto display = [this](int row, int column) {
        return m_model->index(row, column).data(Qt::DisplayRole).toString();
    };
    auto raw = [this](int row, int column) {
        return m_model->index(row, column).data(JobTableModel::RawValueRole);
    };
    QCOMPARE(display(0, JobTableModel::NameColumn), failed.name);
    QCOMPARE(display(0, JobTableModel::StatusColumn), QStringLiteral("Failed"));
    QCOMPARE(display(1, JobTableModel::StatusColumn), QStringLiteral("In progress"));
    QCOMPARE(display(2, JobTableModel::StatusColumn), QStringLiteral("CREATE STOPPING"));
    QCOMPARE(display(0, JobTableModel::DatasetColumn),
             QStringLiteral("retail-shop / INTERACTIONS"));
    QCOMPARE(raw(0, JobTableModel::DatasetColumn).toString(), failed.datasetArn);
    QCOMPARE(display(0, JobTableModel::ModeColumn), QStringLiteral("Incremental"));
    QCOMPARE(display(0, JobTableModel::FailureReasonColumn),
             QStringLiteral("Invalid Data location."));
    QCOMPARE(raw(0, JobTableModel::FailureReasonColumn).toString(), failed.failureReason);
    QCOMPARE(m_model->index(0, JobTableModel::FailureReasonColumn).data(Qt::ToolTipRole).toString(),
             failed.failureReason);
    QCOMPARE(raw(0, JobTableModel::CreatedColumn).toDateTime(), failed.created);
    QVERIFY(!display(0, JobTableModel::CreatedColumn).isEmpty());
    // Finished: creation to last update. Running: creation to now.
    QCOMPARE(raw(0, JobTableModel::DurationColumn).toLongLong(), 125);
    QCOMPARE(display(0, JobTableModel::DurationColumn), QStringLiteral("2 min 05 s"));
    QCOMPARE(raw(1, JobTableModel::DurationColumn).toLongLong(), 90);
    QCOMPARE(display(1, JobTableModel::DurationColumn), QStringLiteral("1 min 30 s"));
    QCOMPARE(JobTableModel::formatDuration(42), QStringLiteral("42 s"));
    QCOMPARE(JobTableModel::formatDuration(3 * 3600 + 7 * 60), QStringLiteral("3 h 07 min"));
    QCOMPARE(JobTableModel::formatDuration(2 * 86400 + 5 * 3600), QStringLiteral("2 d 5 h"));

    const QModelIndex first = m_model->index(0, JobTableModel::NameColumn);
    QCOMPARE(first.data(JobTableModel::ArnRole).toString(), failed.arn);
    QCOMPARE(first.data(JobTableModel::RegionRole).toString(), QStringLiteral("us-east-1"));
    QCOMPARE(first.data(JobTableModel::StatusRole).toInt(), int(ImportJobStatus::CreateFailed));
    QCOMPARE(first.data(JobTableModel::RunningRole).toBool(), false);
    QCOMPARE(first.data(JobTableModel::RecordRole).value<JobRecord>(), failed);
    QCOMPARE(m_model->runningCount(), 2); // an unknown state counts as still moving
    QCOMPARE(m_model->regions(), QStringList{QStringLiteral("us-east-1")});
    QCOMPARE(m_model->datasetArns(), QStringList{failed.datasetArn});
}

void TestJobTableModel::mergeInsertsUnknownJobsInOneStep()
{
    m_model->setJobs({job(1), job(2)});
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->merge({job(3), job(4), job(3)});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOf(job(4).arn), 3);
}

void TestJobTableModel::mergeSignalsOnlyChangedRowsAndColumns()
{
    QList<JobRecord> jobs;
    for (int i = 0; i < 10; ++i)
        jobs.append(job(i, QStringLiteral("CREATE IN_PROGRESS")));
    m_model->setJobs(jobs);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

    JobRecord failed = jobs.at(4);
    failed.status = QStringLiteral("CREATE FAILED");
    failed.updated = failed.updated.addSecs(30);
    failed.failureReason = QStringLiteral("Invalid Data location.");
    m_model->merge({jobs.at(3), failed, jobs.at(5)});
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    const auto roles = changed.at(0).at(2).value<QList<int>>();
    QCOMPARE(topLeft.row(), 4);
    QCOMPARE(bottomRight.row(), 4);
    QCOMPARE(topLeft.column(), int(JobTableModel::StatusColumn));
    QCOMPARE(bottomRight.column(), int(JobTableModel::FailureReasonColumn));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(JobTableModel::StatusRole));
    QVERIFY(roles.contains(JobTableModel::RawValueRole));

    changed.clear();
    JobRecord renamedReason = failed;
    renamedReason.failureReason = QStringLiteral("Something else.");
    m_model->merge({renamedReason});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(),
             int(JobTableModel::FailureReasonColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(),
             int(JobTableModel::FailureReasonColumn));
    QVERIFY(!changed.at(0).at(2).value<QList<int>>().contains(JobTableModel::StatusRole));
    QCOMPARE(m_model->job(4)->failureReason, QStringLiteral("Something else."));
}

void TestJobTableModel::mergeOfIdenticalDataIsSilent()
{
    QList<JobRecord> jobs{job(1), job(2, QStringLiteral("CREATE PENDING"))};
    m_model->setJobs(jobs);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->merge(jobs);
    // Only the time it was last seen moved: nothing on screen changes.
    jobs[1].lastSeen = m_now;
    m_model->merge(jobs);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(m_model->job(1)->lastSeen, m_now);
}

void TestJobTableModel::fieldsWithoutAColumnSignalTheRecord()
{
    JobRecord described = job(1);
    m_model->setJobs({described});
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    described.dataLocation = QStringLiteral("s3://bucket/data.csv");
    described.detailsFetched = true;
    m_model->merge({described});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(JobTableModel::NameColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(JobTableModel::NameColumn));
    QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{JobTableModel::RecordRole});
}

void TestJobTableModel::neighbouringChangesShareOneSignal()
{
    QList<JobRecord> jobs;
    for (int i = 0; i < 20; ++i)
        jobs.append(job(i, QStringLiteral("CREATE PENDING")));
    m_model->setJobs(jobs);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QList<JobRecord> moved;
    for (int i : {12, 5, 6, 7, 13}) { // any order; rows 5–7 and 12–13 are neighbours
        JobRecord next = jobs.at(i);
        next.status = QStringLiteral("CREATE IN_PROGRESS");
        moved.append(next);
    }
    m_model->merge(moved);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 5);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 7);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 12);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 13);
}

void TestJobTableModel::removeAndReplaceAll()
{
    QList<JobRecord> jobs;
    for (int i = 0; i < 10; ++i)
        jobs.append(job(i));
    m_model->setJobs(jobs);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeJobs(
        {jobs.at(2).arn, jobs.at(3).arn, jobs.at(8).arn, QStringLiteral("arn:not-here")});
    QCOMPARE(removed.count(), 2); // rows 8, then 2–3
    QCOMPARE(m_model->rowCount(), 7);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOf(m_model->job(row)->arn), row);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    m_model->replaceAll({jobs.at(0), jobs.at(9), job(42)});
    QCOMPARE(reset.count(), 0);
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->rowOf(job(42).arn) >= 0);
    QVERIFY(m_model->rowOf(jobs.at(5).arn) < 0);
}

void TestJobTableModel::distinctDatasetsAndRegionsFollowTheRows()
{
    const QString items = JobBuilder::datasetArn(QStringLiteral("shop"), QStringLiteral("ITEMS"));
    const QString users = JobBuilder::datasetArn(QStringLiteral("shop"), QStringLiteral("USERS"));
    const QString west = JobBuilder::datasetArn(QStringLiteral("news"), QStringLiteral("ITEMS"),
                                                QStringLiteral("eu-west-1"));
    auto inDataset = [](int i, const QString &datasetArn) {
        return JobBuilder(QStringLiteral("job-%1").arg(i)).dataset(datasetArn).build();
    };
    QSignalSpy changed(m_model.get(), &JobTableModel::filterValuesChanged);

    m_model->setJobs({inDataset(1, items), inDataset(2, items), inDataset(3, users)});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_model->datasetArns(), (QStringList{items, users}));
    QCOMPARE(m_model->regions(), QStringList{QStringLiteral("us-east-1")});

    // More rows of known datasets change nothing a filter menu shows.
    m_model->merge({inDataset(4, users), inDataset(5, items)});
    m_model->addLoaded({inDataset(6, items)});
    QCOMPARE(changed.count(), 1);

    m_model->merge({inDataset(7, west)});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->datasetArns(), (QStringList{west, items, users}));
    QCOMPARE(m_model->regions(),
             (QStringList{QStringLiteral("eu-west-1"), QStringLiteral("us-east-1")}));

    // A row that turns out to belong elsewhere moves its count with it.
    m_model->merge({inDataset(3, items), inDataset(4, items)});
    QCOMPARE(changed.count(), 3);
    QCOMPARE(m_model->datasetArns(), (QStringList{west, items}));

    m_model->removeJobs({inDataset(7, west).arn});
    QCOMPARE(changed.count(), 4);
    QCOMPARE(m_model->regions(), QStringList{QStringLiteral("us-east-1")});
    QCOMPARE(m_model->datasetArns(), QStringList{items});

    m_model->removeJobs({inDataset(1, items).arn});
    QCOMPARE(changed.count(), 4); // other rows of that dataset remain

    m_model->setJobs({});
    QCOMPARE(changed.count(), 5);
    QVERIFY(m_model->datasetArns().isEmpty());
    QVERIFY(m_model->regions().isEmpty());
}

void TestJobTableModel::selectionAndPersistentIndexesSurviveMerges()
{
    QList<JobRecord> jobs;
    for (int i = 0; i < 30; ++i)
        jobs.append(job(i, QStringLiteral("CREATE IN_PROGRESS")));
    m_model->setJobs(jobs);
    QItemSelectionModel selection(m_model.get());
    selection.select(m_model->index(20, 0),
                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection.setCurrentIndex(m_model->index(25, 0),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QPersistentModelIndex watched(m_model->index(25, JobTableModel::StatusColumn));

    JobRecord changed = jobs.at(20);
    changed.status = QStringLiteral("ACTIVE");
    m_model->merge({changed, job(100), job(101)});
    m_model->removeJobs({jobs.at(1).arn, jobs.at(2).arn, jobs.at(10).arn});

    QVERIFY(watched.isValid());
    QCOMPARE(watched.data(JobTableModel::ArnRole).toString(), jobs.at(25).arn);
    QCOMPARE(watched.row(), 22);
    const QModelIndexList rows = selection.selectedRows();
    QCOMPARE(rows.size(), 2);
    QStringList selected;
    for (const QModelIndex &index : rows)
        selected.append(index.data(JobTableModel::ArnRole).toString());
    selected.sort();
    QCOMPARE(selected, (QStringList{jobs.at(20).arn, jobs.at(25).arn}));
    QCOMPARE(selection.currentIndex().data(JobTableModel::ArnRole).toString(), jobs.at(25).arn);
    QCOMPARE(m_model->job(selection.selectedRows().constFirst().row())->arn.isEmpty(), false);
}

void TestJobTableModel::pollingNeverResets()
{
    QList<JobRecord> jobs;
    for (int i = 0; i < 200; ++i)
        jobs.append(job(i, QStringLiteral("CREATE PENDING")));
    m_model->setJobs(jobs);
    QSignalSpy aboutToReset(m_model.get(), &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QRandomGenerator random(7);
    int next = 1000;
    static const QStringList statuses{QStringLiteral("CREATE PENDING"),
                                      QStringLiteral("CREATE IN_PROGRESS"),
                                      QStringLiteral("ACTIVE"), QStringLiteral("CREATE FAILED")};
    for (int poll = 0; poll < 60; ++poll) {
        QList<JobRecord> update;
        for (int k = 0; k < 15; ++k) {
            const int row = random.bounded(m_model->rowCount());
            JobRecord record = *m_model->job(row);
            record.status = statuses.at(random.bounded(4));
            record.updated = record.updated.addSecs(random.bounded(100));
            record.lastSeen = m_now.addSecs(poll);
            update.append(record);
        }
        for (int k = 0; k < 3; ++k)
            update.append(job(next++));
        m_model->merge(update);
        if (poll % 10 == 9) {
            m_model->removeJobs({m_model->job(random.bounded(m_model->rowCount()))->arn});
            QList<JobRecord> all = m_model->jobs();
            all.removeAt(random.bounded(all.size()));
            all.append(job(next++));
            m_model->replaceAll(all);
        }
    }
    QCOMPARE(aboutToReset.count(), 0);
    QCOMPARE(reset.count(), 0);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOf(m_model->job(row)->arn), row);
}

void TestJobTableModel::durationTicksForRunningRowsOnly()
{
    QList<JobRecord> jobs;
    for (int i = 0; i < 10; ++i)
        jobs.append(job(i));
    for (int i : {2, 3, 7}) {
        jobs[i].status = QStringLiteral("CREATE IN_PROGRESS");
        jobs[i].created = m_now.addSecs(-10);
    }
    m_model->setJobs(jobs);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setTickInterval(20ms);
    m_now = m_now.addSecs(5);
    QVERIFY(changed.wait(2000));
    QTRY_VERIFY(changed.count() >= 2);
    QSet<int> rows;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const auto topLeft = signal.at(0).value<QModelIndex>();
        const auto bottomRight = signal.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.column(), int(JobTableModel::DurationColumn));
        QCOMPARE(bottomRight.column(), int(JobTableModel::DurationColumn));
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            rows.insert(row);
    }
    QCOMPARE(rows, (QSet<int>{2, 3, 7}));
    QCOMPARE(m_model->index(2, JobTableModel::DurationColumn).data().toString(),
             QStringLiteral("15 s"));

    // Once nothing runs, the ticking stops.
    for (int i : {2, 3, 7}) {
        jobs[i].status = QStringLiteral("ACTIVE");
        jobs[i].updated = m_now;
    }
    m_model->merge(jobs);
    QCOMPARE(m_model->runningCount(), 0);
    changed.clear();
    QTest::qWait(100);
    QCOMPARE(changed.count(), 0);
}

QTEST_GUILESS_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
