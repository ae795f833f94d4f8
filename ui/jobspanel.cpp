#include "ui/jobspanel.h"

#include "jobs/jobcsv.h"
#include "jobs/jobtablemodel.h"
#include "personalize/cliinputjson.h"
#include "personalize/consolelink.h"
#include "personalize/datasetlabel.h"
#include "ui/filedialogs.h"
#include "ui/jobdetailspane.h"
#include "ui/statusbadgedelegate.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

struct ChipSpec
{
    JobFilterProxy::StatusGroup group;
    const char *objectName;
};

constexpr ChipSpec kChips[] = {
    {JobFilterProxy::StatusGroup::Pending, "chipPending"},
    {JobFilterProxy::StatusGroup::InProgress, "chipInProgress"},
    {JobFilterProxy::StatusGroup::Active, "chipActive"},
    {JobFilterProxy::StatusGroup::Failed, "chipFailed"},
};

// A flat pill that reads as a toggle: outlined when off, filled when on.
const char *const kChipStyle = "QToolButton { border: 1px solid palette(mid); border-radius: 10px;"
                               " padding: 2px 9px; background: palette(base); }"
                               "QToolButton:hover { border-color: palette(highlight); }"
                               "QToolButton:checked { background: palette(highlight);"
                               " color: palette(highlighted-text);"
                               " border-color: palette(highlight); }";

} // namespace

JobsPanel::JobsPanel(JobTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new JobFilterProxy(this))
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_search(new QLineEdit(this))
    , m_datasetCombo(new QComboBox(this))
    , m_regionCombo(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_details(new JobDetailsPane(m_splitter))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Row 1: what to look for.
    auto *searchRow = new QHBoxLayout;
    m_search->setObjectName(QStringLiteral("jobSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, ARN, dataset or failure reason"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobFilterProxy::setSearchText);
    searchRow->addWidget(m_search, 2);

    m_datasetCombo->setObjectName(QStringLiteral("jobDatasetFilter"));
    m_datasetCombo->setAccessibleName(tr("Show jobs of dataset"));
    m_datasetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_datasetCombo->setMinimumContentsLength(12);
    m_regionCombo->setObjectName(QStringLiteral("jobRegionFilter"));
    m_regionCombo->setAccessibleName(tr("Show jobs in region"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    searchRow->addWidget(m_datasetCombo, 1);
    searchRow->addWidget(m_regionCombo);
    layout->addLayout(searchRow);

    // Row 2: status chips with live counts, and how many rows pass.
    auto *chipRow = new QHBoxLayout;
    chipRow->setSpacing(4);
    for (const ChipSpec &spec : kChips) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QLatin1String(spec.objectName));
        chip->setCheckable(true);
        chip->setStyleSheet(QLatin1String(kChipStyle));
        chip->setCursor(Qt::PointingHandCursor);
        const JobFilterProxy::StatusGroup group = spec.group;
        connect(chip, &QToolButton::toggled, this,
                [this, group](bool on) { m_proxy->setStatusGroupEnabled(group, on); });
        m_chips.insert(group, chip);
        chipRow->addWidget(chip);
    }
    chipRow->addStretch(1);
    m_countLabel->setObjectName(QStringLiteral("jobCountLabel"));
    chipRow->addWidget(m_countLabel);
    layout->addLayout(chipRow);

    m_toolBar->setObjectName(QStringLiteral("jobsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolBar);

    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(JobTableModel::StatusColumn, new StatusBadgeDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAccessibleName(tr("Import jobs"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->resizeSection(JobTableModel::NameColumn, 200);
    header->resizeSection(JobTableModel::StatusColumn, 118);
    header->resizeSection(JobTableModel::DatasetColumn, 170);
    header->resizeSection(JobTableModel::ModeColumn, 90);
    header->resizeSection(JobTableModel::CreatedColumn, 140);
    header->resizeSection(JobTableModel::UpdatedColumn, 140);
    header->resizeSection(JobTableModel::DurationColumn, 90);
    // Newest first, as an operator looks for what they just submitted.
    m_table->sortByColumn(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    connect(m_table, &QWidget::customContextMenuRequested, this, &JobsPanel::showContextMenu);

    m_splitter->setObjectName(QStringLiteral("jobsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    buildActions();

    connect(m_details, &JobDetailsPane::openUrlRequested, this,
            [this](const QUrl &url) { m_opener(url); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        updateActions();
        const auto job = selectedJob();
        Q_EMIT selectedJobChanged(job ? job->arn : QString());
    });
    // Polls change the selected job in place (status, reason, ticking duration).
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        if (m_table->selectionModel()->hasSelection())
            updateDetails();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &JobsPanel::updateFilterCombos);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateFilterCombos);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateFilterCombos);
    connect(m_proxy, &JobFilterProxy::countsChanged, this, &JobsPanel::updateChips);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &JobsPanel::updateChips);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &JobsPanel::updateChips);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobsPanel::updateChips);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobsPanel::updateChips);

    connect(m_datasetCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDatasetFilter(m_datasetCombo->currentData().toString()); });
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRegionFilter(m_regionCombo->currentData().toString()); });

    updateFilterCombos();
    updateChips();
    updateActions();
}

JobsPanel::~JobsPanel() = default;

void JobsPanel::buildActions()
{
    auto make = [this](const QString &text, const QString &tip, const QKeySequence &key,
                       const char *objectName) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(objectName));
        action->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) +
                           u')');
        action->setShortcut(key);
        // Active while focus is in the panel, so they do not collide with the window's keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };

    m_refreshAction = make(tr("Refresh"), tr("Ask the service for the latest job states now"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), "refreshJobsAction");
    connect(m_refreshAction, &QAction::triggered, this, &JobsPanel::refreshRequested);
    m_cloneAction = make(tr("Clone as New Job"),
                         tr("Fill the import form with this job's values and a new name"),
                         QKeySequence(Qt::CTRL | Qt::Key_D), "cloneJobAction");
    connect(m_cloneAction, &QAction::triggered, this, &JobsPanel::cloneSelected);
    m_copyArnAction = make(tr("Copy ARN"), tr("Copy the job's ARN to the clipboard"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), "copyArnAction");
    connect(m_copyArnAction, &QAction::triggered, this, &JobsPanel::copyArn);
    m_copyCliAction = make(tr("Copy as CLI Command"),
                           tr("Copy the AWS CLI command that creates a job with the same values"),
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C), "copyCliCommandAction");
    connect(m_copyCliAction, &QAction::triggered, this, &JobsPanel::copyCliCommand);
    m_openConsoleAction =
        make(tr("Open in Console"), tr("Open the job's dataset group in the AWS console"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), "openInConsoleAction");
    connect(m_openConsoleAction, &QAction::triggered, this, &JobsPanel::openInConsole);
    m_exportCsvAction =
        make(tr("Export CSV…"), tr("Save the rows shown in the table as a CSV file"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), "exportCsvAction");
    connect(m_exportCsvAction, &QAction::triggered, this, &JobsPanel::exportCsv);

    auto *find = new QAction(tr("Search Jobs"), this);
    find->setObjectName(QStringLiteral("searchJobsAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_cloneAction);
    m_toolBar->addAction(m_copyArnAction);
    m_toolBar->addAction(m_copyCliAction);
    m_toolBar->addAction(m_openConsoleAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_exportCsvAction);
}

void JobsPanel::setUrlOpener(UrlOpener opener)
{
    m_opener = std::move(opener);
}

void JobsPanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void JobsPanel::updateChips()
{
    for (const ChipSpec &spec : kChips) {
        QToolButton *chip = m_chips.value(spec.group);
        const int count = m_proxy->statusCount(spec.group);
        QString label;
        switch (spec.group) {
        case JobFilterProxy::StatusGroup::Pending:
            label = tr("Pending %1", "status chip with count").arg(count);
            chip->setToolTip(tr("Show only jobs waiting to start"));
            break;
        case JobFilterProxy::StatusGroup::InProgress:
            label = tr("In progress %1", "status chip with count").arg(count);
            chip->setToolTip(tr("Show only jobs being imported"));
            break;
        case JobFilterProxy::StatusGroup::Active:
            label = tr("Active %1", "status chip with count").arg(count);
            chip->setToolTip(tr("Show only jobs that finished"));
            break;
        case JobFilterProxy::StatusGroup::Failed:
            label = tr("Failed %1", "status chip with count").arg(count);
            chip->setToolTip(tr("Show only jobs that failed"));
            break;
        }
        chip->setText(label);
        chip->setAccessibleName(label);
    }
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    // Plural forms spelled out: there is no English translation file to pick them.
    const QString jobs = total == 1 ? tr("1 job") : tr("%1 jobs").arg(total);
    m_countLabel->setText(
        shown == total ? jobs : tr("%1 of %2", "shown of total jobs").arg(shown).arg(jobs));
    if (m_exportCsvAction)
        m_exportCsvAction->setEnabled(shown > 0);
}

void JobsPanel::updateFilterCombos()
{
    auto refill = [](QComboBox *combo, const QString &allText, const QStringList &values,
                     const std::function<QString(const QString &)> &label) {
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(allText, QString());
        QStringList items = values;
        // Keep an active filter in the list even when its last job is gone.
        if (!current.isEmpty() && !items.contains(current))
            items.append(current);
        for (const QString &value : std::as_const(items)) {
            combo->addItem(label(value), value);
            combo->setItemData(combo->count() - 1, value, Qt::ToolTipRole);
        }
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    };
    refill(m_datasetCombo, tr("All datasets"), m_model->datasetArns(), &DatasetLabel::fromArn);
    refill(m_regionCombo, tr("All regions"), m_model->regions(),
           [](const QString &region) { return region; });
}

void JobsPanel::updateActions()
{
    const auto job = selectedJob();
    const bool has = job.has_value();
    m_cloneAction->setEnabled(has);
    m_copyArnAction->setEnabled(has);
    m_copyCliAction->setEnabled(has);
    m_openConsoleAction->setEnabled(has &&
                                    ConsoleLink::forImportJob(job->arn, job->region).isValid());
}

void JobsPanel::updateDetails()
{
    m_details->setJob(selectedJob());
}

std::optional<JobRecord> JobsPanel::selectedJob() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QVariant record = rows.first().data(JobTableModel::RecordRole);
    if (!record.canConvert<JobRecord>())
        return std::nullopt;
    return record.value<JobRecord>();
}

bool JobsPanel::selectJob(const QString &arn)
{
    const QModelIndex source = m_model->indexOf(arn);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // Filtered out: show everything rather than select a row the user cannot see.
        m_search->clear();
        for (QToolButton *chip : std::as_const(m_chips))
            chip->setChecked(false);
        m_datasetCombo->setCurrentIndex(0);
        m_regionCombo->setCurrentIndex(0);
        index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return false;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

QByteArray JobsPanel::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool JobsPanel::restoreHeaderState(const QByteArray &state)
{
    return !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
}

QByteArray JobsPanel::splitterState() const
{
    return m_splitter->saveState();
}

bool JobsPanel::restoreSplitterState(const QByteArray &state)
{
    return !state.isEmpty() && m_splitter->restoreState(state);
}

void JobsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (index.isValid()) {
        menu->addAction(m_cloneAction);
        menu->addAction(m_copyArnAction);
        menu->addAction(m_copyCliAction);
        menu->addAction(m_openConsoleAction);
        menu->addSeparator();
    }
    menu->addAction(m_refreshAction);
    menu->addAction(m_exportCsvAction);
    // popup(), not exec(): no nested event loop.
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void JobsPanel::cloneSelected()
{
    const auto job = selectedJob();
    if (!job)
        return;
    Q_EMIT cloneRequested(job->cloneDraft(m_clock()), job->name);
}

void JobsPanel::copyArn()
{
    const auto job = selectedJob();
    if (!job)
        return;
    QGuiApplication::clipboard()->setText(job->arn);
    Q_EMIT statusMessage(tr("Copied the ARN of %1.").arg(job->name));
}

void JobsPanel::copyCliCommand()
{
    const auto job = selectedJob();
    if (!job)
        return;
    // The command recreates this job as it was submitted, under its own name.
    QGuiApplication::clipboard()->setText(
        CliInputJson::awsCliCommand(job->toDraft(), job->region, job->profile));
    Q_EMIT statusMessage(tr("Copied the AWS CLI command for %1.").arg(job->name));
}

void JobsPanel::openInConsole()
{
    const auto job = selectedJob();
    if (!job)
        return;
    const QUrl url = ConsoleLink::forImportJob(job->arn, job->region);
    if (!url.isValid() || !m_opener(url)) {
        Q_EMIT statusMessage(
            tr("Could not open the AWS console for %1. Copy the ARN and look the job up there.")
                .arg(job->name));
    }
}

QByteArray JobsPanel::visibleRowsCsv() const
{
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return JobCsv::fromModel(*m_proxy, columns);
}

void JobsPanel::exportCsv()
{
    const QString suggested = QStringLiteral("import-jobs-") +
                              m_clock().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                              QStringLiteral(".csv");
    QPointer<JobsPanel> self(this);
    FileDialogs::askSaveFileName(
        this, tr("Export Jobs as CSV"), suggested, tr("CSV files (*.csv)"),
        [self](const QString &path) {
            if (!self || path.isEmpty())
                return;
            const QString error = JobCsv::save(path, self->visibleRowsCsv());
            if (!error.isEmpty()) {
                Q_EMIT self->statusMessage(error);
                return;
            }
            const int rows = self->m_proxy->rowCount();
            Q_EMIT self->statusMessage(rows == 1
                                           ? tr("Exported 1 job to %1.").arg(path)
                                           : tr("Exported %1 jobs to %2.").arg(rows).arg(path));
        });
}
