// The jobs panel driven like a user would: chips and search narrow the table, the details pane
// explains a failure, and the actions clone, copy, open and export what is selected.

#include "common/datacheckexamples.h"
#include "gui/jobspanelfixture.h"
#include "gui/screenreader.h"
#include "jobs/jobtablemodel.h"
#include "jobstore/sqlitejobstore.h"
#include "ui/datacheckview.h"
#include "ui/filedialogs.h"
#include "ui/jobdetailspane.h"
#include "ui/jobspanel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace std::chrono_literals;

class TestJobsPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void chipsShowLiveCounts();
    void chipsNarrowTheTable();
    void searchNarrowsTableAndCounts();
    void datasetAndRegionFiltersNarrow();
    void failedJobShowsReasonAndHint();
    void hintLinkGoesThroughTheOpener();
    void activeJobHasNoFailureBox();
    void detailsFollowPolls();
    void detailsShowTheDataCheck();
    void cloneEmitsDraftWithNewName();
    void copyArnPutsItOnTheClipboard();
    void copyCliCommand();
    void openInConsoleUsesTheSeam();
    void refreshEmits();
    void exportWritesTheVisibleRows();
    void selectJobClearsFiltersThatHideIt();
    void actionsNeedASelection();
    void headerStateRoundTrips();
    void columnsCanBeShownHiddenAndMoved();
    void sortsNewestFirstOnce();
    void longTextElidesWithFullTextInTooltip();
    void emptyTableSaysWhyAndWhatToDo();
    void filtersHidingEverythingOfferToClear();
    void tableIsOneTabStop();
    void screenReaderReadsEveryCell();
    void failureReasonIsReadAsItsText();
    void detailsNameTheProfileAsTheWindowDoes();
    void relativeAge_data();
    void relativeAge();

private:
    template<typename T>
    T *find(const char *name) const
    {
        T *widget = m_panel->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    QString cell(int row, int column) const;
    QStringList column(int column) const;
    const JobRecord &fixture(const QString &name) const;

    QList<JobRecord> m_jobs;
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<JobsPanel> m_panel;
    QList<QUrl> m_opened;
};

void TestJobsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestJobsPanel::init()
{
    m_jobs = JobsFixture::mixed();
    m_model = std::make_unique<JobTableModel>();
    m_model->setClock(JobsFixture::now);
    m_model->setTickInterval(0ms);
    m_model->setJobs(m_jobs);
    m_panel = std::make_unique<JobsPanel>(m_model.get());
    m_panel->setClock([] { return QDateTime(QDate(2024, 5, 2), QTime(9, 30, 5)); });
    m_panel->detailsPane()->setClock(JobsFixture::now);
    m_opened.clear();
    m_panel->setUrlOpener([this](const QUrl &url) {
        m_opened << url;
        return true;
    });
    m_panel->resize(1000, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestJobsPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
}

QString TestJobsPanel::cell(int row, int col) const
{
    return m_panel->table()->model()->index(row, col).data().toString();
}

QStringList TestJobsPanel::column(int col) const
{
    QStringList values;
    for (int row = 0; row < m_panel->table()->model()->rowCount(); ++row)
        values << cell(row, col);
    values.sort();
    return values;
}

const JobRecord &TestJobsPanel::fixture(const QString &name) const
{
    for (const JobRecord &job : m_jobs) {
        if (job.name == name)
            return job;
    }
    qFatal("no fixture job %s", qPrintable(name));
}

void TestJobsPanel::chipsShowLiveCounts()
{
    QTRY_COMPARE(find<QToolButton>("chipPending")->text(), QStringLiteral("Pending 2"));
    QCOMPARE(find<QToolButton>("chipInProgress")->text(), QStringLiteral("In progress 3"));
    QCOMPARE(find<QToolButton>("chipActive")->text(), QStringLiteral("Active 5"));
    QCOMPARE(find<QToolButton>("chipFailed")->text(), QStringLiteral("Failed 2"));
    QCOMPARE(find<QLabel>("jobCountLabel")->text(), QStringLiteral("12 jobs"));

    // A poll moves a job on: the counts follow without a reset.
    JobRecord moved = m_jobs.at(0);
    moved.status = QStringLiteral("CREATE IN_PROGRESS");
    m_model->merge({moved});
    QTRY_COMPARE(find<QToolButton>("chipPending")->text(), QStringLiteral("Pending 1"));
    QCOMPARE(find<QToolButton>("chipInProgress")->text(), QStringLiteral("In progress 4"));
}

void TestJobsPanel::chipsNarrowTheTable()
{
    QTableView *table = m_panel->table();
    QCOMPARE(table->model()->rowCount(), 12);

    QTest::mouseClick(find<QToolButton>("chipFailed"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(column(JobTableModel::StatusColumn),
             QStringList({QStringLiteral("Failed"), QStringLiteral("Failed")}));
    QCOMPARE(find<QLabel>("jobCountLabel")->text(), QStringLiteral("2 of 12 jobs"));

    QTest::mouseClick(find<QToolButton>("chipPending"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 4);
    // The chips still show what each would show, not what is on screen.
    QCOMPARE(find<QToolButton>("chipActive")->text(), QStringLiteral("Active 5"));

    QTest::mouseClick(find<QToolButton>("chipFailed"), Qt::LeftButton);
    QTest::mouseClick(find<QToolButton>("chipPending"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 12);
}

void TestJobsPanel::searchNarrowsTableAndCounts()
{
    auto *search = find<QLineEdit>("jobSearchEdit");
    QTest::keyClicks(search, QStringLiteral("news"));
    QCOMPARE(
        column(JobTableModel::NameColumn),
        QStringList({QStringLiteral("news-items-bad-header"), QStringLiteral("news-items-full"),
                     QStringLiteral("news-items-refresh")}));
    QTRY_COMPARE(find<QToolButton>("chipActive")->text(), QStringLiteral("Active 0"));
    QCOMPARE(find<QToolButton>("chipFailed")->text(), QStringLiteral("Failed 1"));

    // Failure reasons are searched too.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("privileges"));
    QCOMPARE(column(JobTableModel::NameColumn),
             QStringList({QStringLiteral("interactions-new-bucket")}));

    search->clear();
    QCOMPARE(m_panel->table()->model()->rowCount(), 12);
}

void TestJobsPanel::datasetAndRegionFiltersNarrow()
{
    auto *datasets = find<QComboBox>("jobDatasetFilter");
    QCOMPARE(datasets->count(), 3); // all + two datasets
    QCOMPARE(datasets->itemText(0), QStringLiteral("All datasets"));
    const int news = datasets->findData(JobsFixture::items());
    QVERIFY(news > 0);
    QCOMPARE(datasets->itemText(news), QStringLiteral("news / ITEMS"));
    datasets->setCurrentIndex(news);
    QCOMPARE(m_panel->table()->model()->rowCount(), 3);
    datasets->setCurrentIndex(0);

    auto *regions = find<QComboBox>("jobRegionFilter");
    regions->setCurrentIndex(regions->findData(QStringLiteral("us-east-1")));
    QCOMPARE(m_panel->table()->model()->rowCount(), 9);
    QTRY_COMPARE(find<QToolButton>("chipFailed")->text(), QStringLiteral("Failed 1"));
}

void TestJobsPanel::failedJobShowsReasonAndHint()
{
    const JobRecord &failed = fixture(QStringLiteral("interactions-new-bucket"));
    QSignalSpy selected(m_panel.get(), &JobsPanel::selectedJobChanged);
    QVERIFY(m_panel->selectJob(failed.arn));
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.at(0).at(0).toString(), failed.arn);
    QCOMPARE(m_panel->selectedJob()->arn, failed.arn);

    auto *box = find<QGroupBox>("detailsFailureBox");
    QVERIFY(box->isVisible());
    auto *reason = find<QLabel>("detailsFailureReason");
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(), JobsFixture::s3FailureReason());
    QVERIFY(reason->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(reason->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QCOMPARE(find<QLabel>("detailsHintTitle")->text(), QStringLiteral("S3 access denied"));
    QVERIFY(find<QLabel>("detailsHintText")->text().contains(u"s3:GetObject"));
    QVERIFY(find<QLabel>("detailsHintLink")->text().contains(u"granting-personalize-s3-access"));

    QCOMPARE(find<QLineEdit>("detailsArn")->text(), failed.arn);
    QCOMPARE(find<QLabel>("detailsName")->text(), failed.name);
    QCOMPARE(find<QLineEdit>("detailsDataLocation")->text(), failed.dataLocation);
    QCOMPARE(find<QLineEdit>("detailsRole")->text(), failed.roleArn);
    QCOMPARE(find<QLabel>("detailsDataset")->text(), QStringLiteral("retail-shop / INTERACTIONS"));
    QVERIFY(find<QLabel>("detailsTags")->text().contains(u"team = recs"));
    QVERIFY(find<QLabel>("detailsCreated")->text().endsWith(u"(2 h ago)"));
    QCOMPARE(find<QLabel>("detailsDuration")->text(), QStringLiteral("1 min 35 s"));
    QCOMPARE(find<QLabel>("detailsStatus")->accessibleName(), QStringLiteral("Status: Failed"));

    // The other failure gets its own hint.
    QVERIFY(m_panel->selectJob(fixture(QStringLiteral("news-items-bad-header")).arn));
    QCOMPARE(find<QLabel>("detailsHintTitle")->text(),
             QStringLiteral("Columns missing from the CSV"));
    QVERIFY(find<QLabel>("detailsHintText")->text().contains(u"ITEM_ID, CREATION_TIMESTAMP"));
}

void TestJobsPanel::hintLinkGoesThroughTheOpener()
{
    QVERIFY(m_panel->selectJob(fixture(QStringLiteral("interactions-new-bucket")).arn));
    auto *link = find<QLabel>("detailsHintLink");
    const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
    const QString url = href.match(link->text()).captured(1);
    QVERIFY(!url.isEmpty());
    Q_EMIT link->linkActivated(url);
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first(), QUrl(url));
}

void TestJobsPanel::activeJobHasNoFailureBox()
{
    QVERIFY(m_panel->selectJob(fixture(QStringLiteral("daily-interactions-0424")).arn));
    QVERIFY(!find<QGroupBox>("detailsFailureBox")->isVisible());
    QCOMPARE(find<QLabel>("detailsStatus")->accessibleName(), QStringLiteral("Status: Active"));
    QCOMPARE(find<QLabel>("detailsMetrics")->text(), QStringLiteral("Not published"));

    m_panel->table()->clearSelection();
    QVERIFY(!m_panel->selectedJob());
    QVERIFY(find<QLabel>("detailsPlaceholder")->isVisible());
}

void TestJobsPanel::detailsFollowPolls()
{
    JobRecord running = fixture(QStringLiteral("backfill-2023-q4"));
    QVERIFY(m_panel->selectJob(running.arn));
    QCOMPARE(find<QLabel>("detailsDuration")->text(), QStringLiteral("25 min 00 s so far"));

    running.status = QStringLiteral("CREATE FAILED");
    running.failureReason = QStringLiteral("Dataset import job has fewer than 1000 records.");
    m_model->merge({running});
    QCOMPARE(m_panel->selectedJob()->arn, running.arn);
    QCOMPARE(find<QLabel>("detailsStatus")->accessibleName(), QStringLiteral("Status: Failed"));
    QCOMPARE(find<QLabel>("detailsHintTitle")->text(), QStringLiteral("Not enough records"));
}

void TestJobsPanel::detailsShowTheDataCheck()
{
    // A job submitted after a check, as the job history gives it back after a restart.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("jobs.sqlite"));
    JobRecord checked = fixture(QStringLiteral("daily-interactions-0430"));
    checked.dataCheck = DataCheckExamples::mixed(QStringLiteral("s3://retail-data-prod/imports/"));
    {
        SqliteJobStore store;
        QVERIFY(store.open(path).ok());
        QVERIFY(store.upsertJob(checked).ok());
    }
    SqliteJobStore store;
    QVERIFY(store.open(path).ok());
    const auto stored = store.job(checked.arn);
    QVERIFY(stored.ok() && stored.value());
    QVERIFY(stored.value()->dataCheck);
    m_model->merge({*stored.value()});

    QVERIFY(m_panel->selectJob(checked.arn));
    auto *box = find<QGroupBox>("detailsDataCheckBox");
    QVERIFY(box->isVisible());
    QCOMPARE(box->title(), QStringLiteral("Data check"));
    auto *view = find<DataCheckView>("detailsDataCheck");
    QCOMPARE(view->summaryText(), QStringLiteral("1 error, 1 warning in 2 files"));
    QCOMPARE(view->findChildren<QWidget *>(QStringLiteral("dataCheckFinding")).size(), 3);

    // A poll moves the job on; the report stays, and so does the reader's place in it.
    JobRecord polled = *stored.value();
    polled.status = QStringLiteral("ACTIVE");
    polled.updated = polled.updated.addSecs(60);
    QVERIFY(store
                .upsertJob(JobBuilder(polled.name)
                               .arn(polled.arn)
                               .dataset(polled.datasetArn)
                               .created(polled.created)
                               .build())
                .ok());
    const JobRecord reloaded = *store.job(checked.arn).value();
    QCOMPARE(reloaded.dataCheck, checked.dataCheck);
    QWidget *firstFinding = view->findChildren<QWidget *>(QStringLiteral("dataCheckFinding")).at(0);
    firstFinding->setFocus();
    m_model->merge({polled});
    QCOMPARE(find<QLabel>("detailsStatus")->accessibleName(), QStringLiteral("Status: Active"));
    QVERIFY(box->isVisible());
    QCOMPARE(view->findChildren<QWidget *>(QStringLiteral("dataCheckFinding")).constFirst(),
             firstFinding);

    // A job submitted without a check has no such section.
    QVERIFY(m_panel->selectJob(fixture(QStringLiteral("backfill-2023-q4")).arn));
    QVERIFY(!box->isVisible());
    QVERIFY(!view->report());
}

void TestJobsPanel::cloneEmitsDraftWithNewName()
{
    const JobRecord &source = fixture(QStringLiteral("interactions-new-bucket"));
    QVERIFY(m_panel->selectJob(source.arn));
    QSignalSpy cloned(m_panel.get(), &JobsPanel::cloneRequested);
    m_panel->table()->setFocus();
    QTest::keyClick(m_panel->table(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(cloned.size(), 1);
    const auto draft = cloned.at(0).at(0).value<ImportJobDraft>();
    QCOMPARE(cloned.at(0).at(1).toString(), source.name);
    QCOMPARE(draft.jobName, QStringLiteral("interactions-new-bucket-copy-20240502-093005"));
    QCOMPARE(draft.datasetArn, source.datasetArn);
    QCOMPARE(draft.dataLocation, source.dataLocation);
    QCOMPARE(draft.roleArn, source.roleArn);
    QCOMPARE(draft.importMode, source.importMode);
    QCOMPARE(draft.publishAttributionMetricsToS3, false);
    QCOMPARE(draft.tags.size(), 2);
    QCOMPARE(draft.tags.at(0), qMakePair(QStringLiteral("team"), QStringLiteral("recs")));
}

void TestJobsPanel::copyArnPutsItOnTheClipboard()
{
    const JobRecord &job = fixture(QStringLiteral("news-items-full"));
    QVERIFY(m_panel->selectJob(job.arn));
    QGuiApplication::clipboard()->clear();
    QSignalSpy messages(m_panel.get(), &JobsPanel::statusMessage);
    m_panel->table()->setFocus();
    QTest::keyClick(m_panel->table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), job.arn);
    QCOMPARE(messages.size(), 1);

    // The details pane's own button does the same.
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(find<QToolButton>("detailsCopyArnButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), job.arn);
}

void TestJobsPanel::copyCliCommand()
{
    const JobRecord &job = fixture(QStringLiteral("news-items-full"));
    QVERIFY(m_panel->selectJob(job.arn));
    m_panel->copyCliAction()->trigger();
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.startsWith(u"aws personalize create-dataset-import-job"), qPrintable(command));
    QVERIFY(command.contains(u"news-items-full"));
    QVERIFY(command.contains(job.datasetArn));
    QVERIFY(command.contains(u"eu-west-1"));
    QVERIFY(command.contains(u"--profile prod"));
}

void TestJobsPanel::openInConsoleUsesTheSeam()
{
    const JobRecord &job = fixture(QStringLiteral("news-items-full"));
    QVERIFY(m_panel->selectJob(job.arn));
    QVERIFY(m_panel->openConsoleAction()->isEnabled());
    m_panel->openConsoleAction()->trigger();
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().host(), QStringLiteral("eu-west-1.console.aws.amazon.com"));
    QCOMPARE(m_opened.first().fragment(), job.arn);
}

void TestJobsPanel::refreshEmits()
{
    QSignalSpy refresh(m_panel.get(), &JobsPanel::refreshRequested);
    m_panel->table()->setFocus();
    QTest::keyClick(m_panel->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(refresh.size(), 1);
}

void TestJobsPanel::exportWritesTheVisibleRows()
{
    QTest::mouseClick(find<QToolButton>("chipFailed"), Qt::LeftButton);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("jobs.csv"));
    QSignalSpy messages(m_panel.get(), &JobsPanel::statusMessage);
    FileDialogs::setNextAnswer(path);
    m_panel->exportCsvAction()->trigger();
    QTRY_COMPARE(messages.size(), 1);
    QVERIFY(messages.at(0).at(0).toString().contains(u"Exported 2 jobs"));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
    QVERIFY(lines.last().isEmpty());
    // The columns shown (Mode and Updated start hidden), then the ARN and region.
    QCOMPARE(lines.at(0),
             QStringLiteral("Name,Status,Dataset,Created,Duration,Failure reason,ARN,Region"));
    const JobRecord &columns = fixture(QStringLiteral("news-items-bad-header"));
    const QString row = lines.at(1).startsWith(columns.name) ? lines.at(1) : lines.at(2);
    QVERIFY2(row.startsWith(columns.name + u",Failed,news / ITEMS,"), qPrintable(row));
    QVERIFY2(row.contains(u"\"Input CSV is missing the following columns: [ITEM_ID, "
                          u"CREATION_TIMESTAMP]\""),
             qPrintable(row));
    QVERIFY(row.contains(columns.created.toUTC().toString(Qt::ISODate)));
    QVERIFY(row.endsWith(columns.arn + u",eu-west-1"));
}

void TestJobsPanel::selectJobClearsFiltersThatHideIt()
{
    QTest::keyClicks(find<QLineEdit>("jobSearchEdit"), QStringLiteral("news"));
    QCOMPARE(m_panel->table()->model()->rowCount(), 3);
    const JobRecord &hidden = fixture(QStringLiteral("daily-interactions-0501"));
    QVERIFY(m_panel->selectJob(hidden.arn));
    QCOMPARE(m_panel->table()->model()->rowCount(), 12);
    QCOMPARE(m_panel->selectedJob()->arn, hidden.arn);
    QVERIFY(!m_panel->selectJob(QStringLiteral("arn:aws:personalize:x:1:dataset-import-job/no")));
}

void TestJobsPanel::actionsNeedASelection()
{
    QVERIFY(!m_panel->cloneAction()->isEnabled());
    QVERIFY(!m_panel->copyArnAction()->isEnabled());
    QVERIFY(!m_panel->openConsoleAction()->isEnabled());
    QVERIFY(m_panel->refreshAction()->isEnabled());
    QVERIFY(m_panel->exportCsvAction()->isEnabled());
    QVERIFY(m_panel->selectJob(m_jobs.first().arn));
    QVERIFY(m_panel->cloneAction()->isEnabled());
    QVERIFY(m_panel->copyArnAction()->isEnabled());
    QVERIFY(!m_panel->cloneAction()->shortcut().isEmpty());
    QVERIFY(!m_panel->copyArnAction()->shortcut().isEmpty());
}

void TestJobsPanel::headerStateRoundTrips()
{
    QHeaderView *header = m_panel->table()->horizontalHeader();
    header->moveSection(JobTableModel::FailureReasonColumn, 1);
    header->resizeSection(JobTableModel::NameColumn, 321);
    header->setSortIndicator(JobTableModel::NameColumn, Qt::AscendingOrder);
    const QByteArray state = m_panel->headerState();
    QVERIFY(!state.isEmpty());

    JobsPanel other(m_model.get());
    QVERIFY(other.restoreHeaderState(state));
    QHeaderView *restored = other.table()->horizontalHeader();
    QCOMPARE(restored->visualIndex(JobTableModel::FailureReasonColumn), 1);
    QCOMPARE(restored->sectionSize(JobTableModel::NameColumn), 321);
    QCOMPARE(restored->sortIndicatorSection(), int(JobTableModel::NameColumn));
    QVERIFY(!other.restoreHeaderState(QByteArray()));
}

void TestJobsPanel::columnsCanBeShownHiddenAndMoved()
{
    QHeaderView *header = m_panel->table()->horizontalHeader();
    QVERIFY(header->sectionsMovable());
    QVERIFY(header->isSectionHidden(JobTableModel::ModeColumn));
    QVERIFY(header->isSectionHidden(JobTableModel::UpdatedColumn));
    for (int column : {JobTableModel::NameColumn, JobTableModel::StatusColumn,
                       JobTableModel::DatasetColumn, JobTableModel::CreatedColumn,
                       JobTableModel::DurationColumn, JobTableModel::FailureReasonColumn})
        QVERIFY(!header->isSectionHidden(column));

    // The header's context menu has a checkable entry per column.
    Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
    QMenu *menu = m_panel->columnsMenu();
    QTRY_VERIFY(menu->isVisible());
    auto *mode = menu->findChild<QAction *>(
        QStringLiteral("showColumnAction%1").arg(int(JobTableModel::ModeColumn)));
    QVERIFY(mode);
    QCOMPARE(mode->text(), QStringLiteral("Mode"));
    QVERIFY(mode->isCheckable());
    QVERIFY(!mode->isChecked());
    mode->trigger();
    menu->close();
    QVERIFY(!header->isSectionHidden(JobTableModel::ModeColumn));

    auto *name = menu->findChild<QAction *>(
        QStringLiteral("showColumnAction%1").arg(int(JobTableModel::NameColumn)));
    name->trigger();
    QVERIFY(header->isSectionHidden(JobTableModel::NameColumn));

    // The last column shown cannot be hidden.
    for (int column = 0; column < header->count(); ++column) {
        if (column != JobTableModel::StatusColumn)
            header->hideSection(column);
    }
    Q_EMIT menu->aboutToShow();
    auto *status = menu->findChild<QAction *>(
        QStringLiteral("showColumnAction%1").arg(int(JobTableModel::StatusColumn)));
    QVERIFY(status->isChecked());
    QVERIFY(!status->isEnabled());

    // Reset brings the first layout back.
    menu->findChild<QAction *>(QStringLiteral("resetColumnsAction"))->trigger();
    QVERIFY(!header->isSectionHidden(JobTableModel::NameColumn));
    QVERIFY(header->isSectionHidden(JobTableModel::ModeColumn));
    QCOMPARE(header->visualIndex(JobTableModel::FailureReasonColumn),
             int(JobTableModel::FailureReasonColumn));

    // Hidden and moved columns survive saving and restoring the header.
    header->moveSection(header->visualIndex(JobTableModel::DurationColumn), 1);
    header->showSection(JobTableModel::UpdatedColumn);
    header->hideSection(JobTableModel::DatasetColumn);
    JobsPanel other(m_model.get());
    QVERIFY(other.restoreHeaderState(m_panel->headerState()));
    QHeaderView *restored = other.table()->horizontalHeader();
    QCOMPARE(restored->visualIndex(JobTableModel::DurationColumn), 1);
    QVERIFY(!restored->isSectionHidden(JobTableModel::UpdatedColumn));
    QVERIFY(restored->isSectionHidden(JobTableModel::DatasetColumn));
    QVERIFY(restored->isSectionHidden(JobTableModel::ModeColumn));
}

void TestJobsPanel::sortsNewestFirstOnce()
{
    QSortFilterProxyModel *proxy = m_panel->proxy();
    QCOMPARE(proxy->sortColumn(), int(JobTableModel::CreatedColumn));
    QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(m_panel->table()->model()->index(0, 0).data().toString(),
             QStringLiteral("daily-interactions-0501"));

    // Restoring the same sort does not sort again; another one sorts once.
    QSignalSpy sorted(proxy, &QAbstractItemModel::layoutChanged);
    QVERIFY(m_panel->restoreHeaderState(m_panel->headerState()));
    QCOMPARE(sorted.size(), 0);
    JobsPanel byName(m_model.get());
    byName.table()->sortByColumn(JobTableModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(m_panel->restoreHeaderState(byName.headerState()));
    QCOMPARE(sorted.size(), 1);
    QCOMPARE(proxy->sortColumn(), int(JobTableModel::NameColumn));
    QCOMPARE(m_panel->table()->model()->index(0, 0).data().toString(),
             QStringLiteral("backfill-2023-q4"));
}

void TestJobsPanel::longTextElidesWithFullTextInTooltip()
{
    QTableView *table = m_panel->table();
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle);
    const JobRecord &failed = fixture(QStringLiteral("interactions-new-bucket"));
    QVERIFY(m_panel->selectJob(failed.arn));
    const QModelIndex name = table->currentIndex().siblingAtColumn(JobTableModel::NameColumn);
    QCOMPARE(name.data(Qt::ToolTipRole).toString(), failed.arn);
    QCOMPARE(name.data(Qt::AccessibleDescriptionRole).toString(), failed.arn);
    const QModelIndex reason = name.siblingAtColumn(JobTableModel::FailureReasonColumn);
    QCOMPARE(reason.data(Qt::ToolTipRole).toString(), failed.failureReason);
    QCOMPARE(reason.data(Qt::AccessibleDescriptionRole).toString(), failed.failureReason);

    // A failure reason keeps its start when cut (a delegate of its own); names keep both ends.
    QVERIFY(table->itemDelegateForColumn(JobTableModel::FailureReasonColumn));
    QVERIFY(!table->itemDelegateForColumn(JobTableModel::NameColumn));

    // A screen reader reads the whole name and the ARN as its description.
    QAccessibleInterface *cell =
        QAccessible::queryAccessibleInterface(table)->tableInterface()->cellAt(name.row(),
                                                                               name.column());
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), failed.name);
    QCOMPARE(cell->text(QAccessible::Description), failed.arn);
}

void TestJobsPanel::emptyTableSaysWhyAndWhatToDo()
{
    JobTableModel empty;
    JobsPanel panel(&empty);
    panel.resize(900, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.isShowingEmptyState());
    QVERIFY(!panel.table()->isVisible());
    auto *title = panel.findChild<QLabel *>(QStringLiteral("jobsEmptyTitle"));
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("jobsEmptyButton"));
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("No import jobs yet"));

    QAction newImport(QStringLiteral("&New import"));
    newImport.setShortcut(QKeySequence::New);
    QSignalSpy triggered(&newImport, &QAction::triggered);
    panel.setNewImportAction(&newImport);
    QCOMPARE(panel.emptyStateHint(), QStringLiteral("Create one with New import (Ctrl+N)."));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(triggered.size(), 1);
    // It is on the toolbar too, first.
    QCOMPARE(panel.toolBar()->actions().value(0), &newImport);

    panel.setEmptyReason(JobsPanel::EmptyReason::LoadingHistory);
    QCOMPARE(panel.emptyStateTitle(), QStringLiteral("Loading the job history…"));
    QVERIFY(!button->isVisible());
    panel.setEmptyReason(JobsPanel::EmptyReason::ListingDatasets, 3);
    QCOMPARE(panel.emptyStateTitle(), QStringLiteral("Listing the jobs of 3 datasets…"));
    panel.setEmptyReason(JobsPanel::EmptyReason::ListingDatasets, 1);
    QCOMPARE(panel.emptyStateTitle(), QStringLiteral("Listing the jobs of 1 dataset…"));
    panel.setEmptyReason(JobsPanel::EmptyReason::NotConnected);
    QCOMPARE(panel.emptyStateTitle(), QStringLiteral("Not connected"));
    QVERIFY(panel.emptyStateHint().contains(u"Choose a profile and Region above"));
    // Screen readers meet the page, named by what it says.
    auto *page = panel.findChild<QWidget *>(QStringLiteral("jobsEmptyState"));
    QCOMPARE(page->accessibleName(), QStringLiteral("Not connected"));

    // The first job replaces the page with the table.
    empty.merge({m_jobs.first()});
    QVERIFY(!panel.isShowingEmptyState());
    QVERIFY(panel.table()->isVisible());
}

void TestJobsPanel::filtersHidingEverythingOfferToClear()
{
    auto *search = find<QLineEdit>("jobSearchEdit");
    QTest::keyClicks(search, QStringLiteral("no-such-job"));
    QVERIFY(m_panel->isShowingEmptyState());
    QCOMPARE(m_panel->emptyStateTitle(), QStringLiteral("No job matches the filters"));
    QCOMPARE(m_panel->emptyStateHint(),
             QStringLiteral("All 12 jobs are hidden by the search, status, dataset or region "
                            "filter."));
    auto *button = find<QPushButton>("jobsEmptyButton");
    QCOMPARE(button->text(), QStringLiteral("&Clear filters"));
    QTest::mouseClick(find<QToolButton>("chipFailed"), Qt::LeftButton);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(search->text(), QString());
    QVERIFY(!find<QToolButton>("chipFailed")->isChecked());
    QCOMPARE(m_panel->table()->model()->rowCount(), 12);
    QVERIFY(!m_panel->isShowingEmptyState());
}

void TestJobsPanel::tableIsOneTabStop()
{
    QVERIFY(m_panel->selectJob(m_jobs.at(3).arn));
    m_panel->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    QTableView *table = m_panel->table();
    table->setFocus(Qt::TabFocusReason);
    QCOMPARE(QApplication::focusWidget(), table);
    const QModelIndex current = table->currentIndex();
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    QCOMPARE(table->currentIndex(), current);
    // Arrows move inside.
    table->setFocus(Qt::TabFocusReason);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), current.row() + 1);
    QCOMPARE(QApplication::focusWidget(), table);
}

void TestJobsPanel::screenReaderReadsEveryCell()
{
    QTableView *table = m_panel->table();
    // Columns hidden (Mode and Updated, by default) and moved, a selection, a filter.
    table->horizontalHeader()->moveSection(
        table->horizontalHeader()->visualIndex(JobTableModel::FailureReasonColumn), 0);
    QVERIFY(m_panel->selectJob(m_jobs.at(4).arn));
    ScreenReader::Reading reading = ScreenReader::read(table);
    QVERIFY2(reading.warnings.isEmpty(), qPrintable(reading.warnings.join(u'\n')));
    QCOMPARE(reading.misplaced, 0);
    QCOMPARE(reading.cells, 12 * int(JobTableModel::ColumnCount));
    QVERIFY(reading.names.contains(QStringLiteral("news-items-bad-header")));
    QVERIFY(reading.descriptions.contains(m_jobs.at(4).arn));

    QTest::keyClicks(find<QLineEdit>("jobSearchEdit"), QStringLiteral("news"));
    reading = ScreenReader::read(table);
    QVERIFY2(reading.warnings.isEmpty(), qPrintable(reading.warnings.join(u'\n')));
    QCOMPARE(reading.misplaced, 0);
    QCOMPARE(reading.cells, 3 * int(JobTableModel::ColumnCount));

    // Nothing passes the filter: nothing to read, and nothing printed.
    QTest::keyClicks(find<QLineEdit>("jobSearchEdit"), QStringLiteral("-none"));
    reading = ScreenReader::read(table);
    QVERIFY2(reading.warnings.isEmpty(), qPrintable(reading.warnings.join(u'\n')));
    QCOMPARE(reading.cells, 0);

    // A poll that adds rows while the reader holds cells.
    find<QLineEdit>("jobSearchEdit")->clear();
    ScreenReader::read(table);
    const JobRecord added =
        JobsFixture::job(QStringLiteral("late-arrival"), JobsFixture::items(), 1, 1)
            .status(QStringLiteral("CREATE PENDING"))
            .build();
    m_model->merge({added});
    reading = ScreenReader::read(table);
    QVERIFY2(reading.warnings.isEmpty(), qPrintable(reading.warnings.join(u'\n')));
    QCOMPARE(reading.misplaced, 0);
    QCOMPARE(reading.cells, 13 * int(JobTableModel::ColumnCount));
}

void TestJobsPanel::failureReasonIsReadAsItsText()
{
    QVERIFY(m_panel->selectJob(fixture(QStringLiteral("interactions-new-bucket")).arn));
    auto *reason = find<QLabel>("detailsFailureReason");
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(reason);
    QVERIFY(iface);
    QCOMPARE(iface->text(QAccessible::Name), JobsFixture::s3FailureReason());
    QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("Failure reason"));
}

void TestJobsPanel::detailsNameTheProfileAsTheWindowDoes()
{
    JobRecord job = fixture(QStringLiteral("daily-interactions-0424"));
    QVERIFY(m_panel->selectJob(job.arn));
    auto *region = find<QLabel>("detailsRegion");
    QCOMPARE(region->text(), QStringLiteral("us-east-1, account 111122223333, profile prod"));
    m_panel->detailsPane()->setProfileNamer(
        [](const QString &) { return QStringLiteral("sandbox"); });
    QCOMPARE(region->text(), QStringLiteral("us-east-1, account 111122223333, profile sandbox"));
    // A job recorded without a profile says nothing about one.
    m_panel->detailsPane()->setProfileNamer([](const QString &profile) { return profile; });
    job.profile.clear();
    m_model->merge({job});
    QCOMPARE(region->text(), QStringLiteral("us-east-1, account 111122223333"));
}

void TestJobsPanel::relativeAge_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("now") << 5 << QStringLiteral("just now");
    QTest::newRow("minutes") << 180 << QStringLiteral("3 min ago");
    QTest::newRow("hours") << 7200 << QStringLiteral("2 h ago");
    QTest::newRow("yesterday") << 86400 << QStringLiteral("yesterday");
    QTest::newRow("days") << 5 * 86400 << QStringLiteral("5 days ago");
    QTest::newRow("future") << -3600 << QStringLiteral("in the future");
}

void TestJobsPanel::relativeAge()
{
    QFETCH(int, seconds);
    QFETCH(QString, expected);
    const QDateTime now = JobsFixture::now();
    QCOMPARE(JobDetailsPane::relativeAge(now.addSecs(-seconds), now), expected);
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
