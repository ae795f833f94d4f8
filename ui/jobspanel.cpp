#include "ui/jobspanel.h"

#include "jobs/jobcsv.h"
#include "jobs/jobtablemodel.h"
#include "personalize/cliinputjson.h"
#include "personalize/consolelink.h"
#include "personalize/datasetlabel.h"
#include "ui/filedialogs.h"
#include "ui/jobdetailspane.h"
#include "ui/statusbadgedelegate.h"
#include "ui/tableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
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

// Names and ARNs keep their start and end (where they differ) when cut; a failure reason keeps
// its start, which says what went wrong.
class ElideRightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

// Columns an operator reads first; the others start hidden (the header's menu shows them).
constexpr int kHiddenByDefault[] = {JobTableModel::ModeColumn, JobTableModel::UpdatedColumn};

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
    , m_moreButton(new QToolButton(this))
    , m_moreMenu(new QMenu(this))
    , m_columnsMenu(new QMenu(tr("&Columns"), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tableStack(new QStackedWidget(m_splitter))
    , m_table(new TableView(m_tableStack))
    , m_emptyPage(new QWidget(m_tableStack))
    , m_emptyTitle(new QLabel(m_emptyPage))
    , m_emptyHint(new QLabel(m_emptyPage))
    , m_emptyButton(new QPushButton(m_emptyPage))
    , m_details(new JobDetailsPane(m_splitter))
{
    setObjectName(QStringLiteral("jobsPanel"));
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    // Row 1: what to do, and what to look for. The toolbar keeps the width of its buttons so
    // that none of them hides behind an overflow button; the search field takes the rest.
    auto *actionRow = new QHBoxLayout;
    actionRow->setContentsMargins(4, 0, 6, 0);
    m_toolBar->setObjectName(QStringLiteral("jobsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    actionRow->addWidget(m_toolBar);
    m_search->setObjectName(QStringLiteral("jobSearchEdit"));
    m_search->setPlaceholderText(tr("Search name, ARN, dataset or failure reason"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 20);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &JobFilterProxy::setSearchText);
    actionRow->addWidget(m_search, 1);
    layout->addLayout(actionRow);

    // Row 2: status chips with live counts, how many rows pass, dataset and region filters.
    auto *chipRow = new QHBoxLayout;
    chipRow->setContentsMargins(6, 0, 6, 0);
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
    chipRow->addSpacing(6);
    m_countLabel->setObjectName(QStringLiteral("jobCountLabel"));
    chipRow->addWidget(m_countLabel);
    chipRow->addStretch(1);
    m_datasetCombo->setObjectName(QStringLiteral("jobDatasetFilter"));
    m_datasetCombo->setAccessibleName(tr("Show jobs of dataset"));
    // As wide as its longest label (in every language), up to a bound; longer ones elide.
    m_datasetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_datasetCombo->setMaximumWidth(m_datasetCombo->fontMetrics().averageCharWidth() * 40);
    // The filters give way before the chips do when the form pane leaves the jobs little room.
    m_datasetCombo->setMinimumWidth(m_datasetCombo->fontMetrics().averageCharWidth() * 14);
    m_regionCombo->setObjectName(QStringLiteral("jobRegionFilter"));
    m_regionCombo->setAccessibleName(tr("Show jobs in region"));
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_regionCombo->setMinimumWidth(m_regionCombo->fontMetrics().averageCharWidth() * 12);
    chipRow->addWidget(m_datasetCombo);
    chipRow->addWidget(m_regionCombo);
    layout->addLayout(chipRow);

    m_table->setObjectName(QStringLiteral("jobsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(JobTableModel::StatusColumn, new StatusBadgeDelegate(this));
    m_table->setItemDelegateForColumn(JobTableModel::FailureReasonColumn,
                                      new ElideRightDelegate(this));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setShowGrid(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setAccessibleName(tr("Import jobs"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    setDefaultColumns();
    // Newest first, as an operator looks for what they just submitted. The indicator is set
    // before sorting is enabled, which then sorts once.
    header->setSortIndicator(JobTableModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table, &QWidget::customContextMenuRequested, this, &JobsPanel::showContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { m_columnsMenu->popup(header->mapToGlobal(pos)); });
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &JobsPanel::fillColumnsMenu);

    m_tableStack->setObjectName(QStringLiteral("jobsTableStack"));
    m_tableStack->addWidget(m_table);
    buildEmptyPage();
    m_tableStack->addWidget(m_emptyPage);

    m_splitter->setObjectName(QStringLiteral("jobsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    // Extra width goes to the table; the details keep a reading width beside it, as the
    // reading pane of a mail client.
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    const int detailsWidth = fontMetrics().averageCharWidth() * 58;
    m_details->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    m_splitter->setSizes({detailsWidth * 2, detailsWidth});
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
    connect(m_model, &JobTableModel::filterValuesChanged, this, &JobsPanel::updateFilterCombos);
    connect(m_proxy, &JobFilterProxy::countsChanged, this, &JobsPanel::updateChips);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &JobsPanel::updateChips);
        connect(m_proxy, signal, this, &JobsPanel::updateEmptyState);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobsPanel::updateChips);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JobsPanel::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobsPanel::updateChips);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &JobsPanel::updateEmptyState);

    connect(m_datasetCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setDatasetFilter(m_datasetCombo->currentData().toString()); });
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRegionFilter(m_regionCombo->currentData().toString()); });

    // Tab goes from the filters to the table (or the page standing for it), then the details.
    QWidget::setTabOrder(m_search, m_chips.value(JobFilterProxy::StatusGroup::Pending));
    QWidget *previous = m_chips.value(JobFilterProxy::StatusGroup::Pending);
    for (const ChipSpec &spec : kChips) {
        if (m_chips.value(spec.group) != previous) {
            QWidget::setTabOrder(previous, m_chips.value(spec.group));
            previous = m_chips.value(spec.group);
        }
    }
    QWidget::setTabOrder(previous, m_datasetCombo);
    QWidget::setTabOrder(m_datasetCombo, m_regionCombo);
    QWidget::setTabOrder(m_regionCombo, m_table);
    QWidget::setTabOrder(m_table, m_emptyButton);

    updateFilterCombos();
    updateChips();
    updateActions();
    updateEmptyState();
}

JobsPanel::~JobsPanel() = default;

void JobsPanel::setDefaultColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 24;
    };
    // Widths from typical contents in the current language, so that at 1280 px Name, Status,
    // Dataset, Created, Duration and the start of the failure reason fit without scrolling.
    const QString created =
        QLocale().toString(QDateTime(QDate(2024, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(JobTableModel::NameColumn,
                          width(QStringLiteral("retail-interactions-20240601-1200")));
    header->resizeSection(
        JobTableModel::StatusColumn,
        StatusBadgeDelegate::badgeSize(JobTableModel::statusText(ImportJobStatus::CreateInProgress),
                                       m_table->font())
                .width() +
            16);
    header->resizeSection(JobTableModel::DatasetColumn,
                          width(QStringLiteral("retail-shop / INTERACTIONS")));
    header->resizeSection(JobTableModel::ModeColumn, width(tr("Incremental", "import mode")));
    header->resizeSection(JobTableModel::CreatedColumn, width(created));
    header->resizeSection(JobTableModel::UpdatedColumn, width(created));
    header->resizeSection(JobTableModel::DurationColumn,
                          width(JobTableModel::formatDuration(59 * 60 + 59)));
    for (int column : kHiddenByDefault)
        header->hideSection(column);
}

void JobsPanel::buildEmptyPage()
{
    m_emptyPage->setObjectName(QStringLiteral("jobsEmptyState"));
    m_emptyPage->setBackgroundRole(QPalette::Base);
    m_emptyPage->setAutoFillBackground(true);
    m_emptyTitle->setObjectName(QStringLiteral("jobsEmptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setWordWrap(true);
    QFont titleFont = m_emptyTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_emptyTitle->setFont(titleFont);
    m_emptyHint->setObjectName(QStringLiteral("jobsEmptyHint"));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyButton->setObjectName(QStringLiteral("jobsEmptyButton"));
    m_emptyButton->setAutoDefault(false);
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (m_model->rowCount() > 0)
            clearFilters();
        else if (m_newImportAction)
            m_newImportAction->trigger();
    });

    auto *column = new QVBoxLayout;
    column->setSpacing(8);
    column->addWidget(m_emptyTitle);
    column->addWidget(m_emptyHint);
    column->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addLayout(column, 4);
    row->addStretch(1);
    auto *page = new QVBoxLayout(m_emptyPage);
    page->addStretch(2);
    page->addLayout(row);
    page->addStretch(3);
}

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

    m_editQueuedAction = new QAction(tr("Edit Queued Job"), this);
    m_editQueuedAction->setObjectName(QStringLiteral("editQueuedAction"));
    m_editQueuedAction->setToolTip(
        tr("Take the queued job out of the queue and into the form, to change it"));
    connect(m_editQueuedAction, &QAction::triggered, this, [this] {
        if (const auto job = selectedJob(); job && job->isQueued())
            Q_EMIT editQueuedRequested(job->queuedOutboxId);
    });
    addAction(m_editQueuedAction);
    m_cancelQueuedAction =
        make(tr("Cancel Queued Job"), tr("Remove the queued job from the queue; it is never sent"),
             QKeySequence::Delete, "cancelQueuedAction");
    connect(m_cancelQueuedAction, &QAction::triggered, this, [this] {
        if (const auto job = selectedJob(); job && job->isQueued())
            Q_EMIT cancelQueuedRequested(job->queuedOutboxId);
    });
    connect(m_details, &JobDetailsPane::editQueuedRequested, m_editQueuedAction, &QAction::trigger);
    connect(m_details, &JobDetailsPane::cancelQueuedRequested, m_cancelQueuedAction,
            &QAction::trigger);

    auto *find = new QAction(tr("Search Jobs"), this);
    find->setObjectName(QStringLiteral("searchJobsAction"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(find);

    // Short labels on the toolbar, full ones in menus; the less frequent actions sit behind
    // "More" so that every button fits at 1280 px, the form pane open or not.
    m_cloneAction->setIconText(tr("Clone", "toolbar: clone the selected job"));
    m_copyCliAction->setIconText(tr("Copy CLI", "toolbar: copy the job as an AWS CLI command"));
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_cloneAction);
    m_toolBar->addAction(m_copyArnAction);
    m_toolBar->addAction(m_copyCliAction);

    m_moreMenu->setObjectName(QStringLiteral("moreJobActionsMenu"));
    m_moreMenu->addAction(m_openConsoleAction);
    m_moreMenu->addAction(m_exportCsvAction);
    m_moreMenu->addSeparator();
    m_moreMenu->addMenu(m_columnsMenu);
    m_moreButton->setObjectName(QStringLiteral("moreJobActionsButton"));
    m_moreButton->setText(tr("More", "toolbar: menu of further job actions"));
    m_moreButton->setToolTip(tr("Open in Console, Export CSV and the columns shown"));
    m_moreButton->setAccessibleName(tr("More job actions"));
    m_moreButton->setMenu(m_moreMenu);
    m_moreButton->setPopupMode(QToolButton::InstantPopup);
    m_moreButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Like the toolbar's other buttons, out of the Tab chain: the Jobs and View menus and the
    // shortcuts reach the same actions from the keyboard.
    m_moreButton->setFocusPolicy(Qt::NoFocus);
    m_toolBar->addWidget(m_moreButton);
}

void JobsPanel::setNewImportAction(QAction *action)
{
    if (m_newImportAction)
        m_toolBar->removeAction(m_newImportAction);
    m_newImportAction = action;
    if (action) {
        const QList<QAction *> actions = m_toolBar->actions();
        m_toolBar->insertAction(actions.value(0), action);
        if (!actions.isEmpty() && !actions.first()->isSeparator())
            m_toolBar->insertSeparator(actions.first());
    }
    updateEmptyState();
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
    const bool queued = has && job->isQueued();
    m_cloneAction->setEnabled(has);
    // A queued submission has no ARN yet, hence nothing to copy or open.
    m_copyArnAction->setEnabled(has && !queued);
    m_copyCliAction->setEnabled(has);
    m_openConsoleAction->setEnabled(has && !queued &&
                                    ConsoleLink::forImportJob(job->arn, job->region).isValid());
    m_editQueuedAction->setEnabled(queued);
    m_cancelQueuedAction->setEnabled(queued);
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

void JobsPanel::clearFilters()
{
    m_search->clear();
    for (QToolButton *chip : std::as_const(m_chips))
        chip->setChecked(false);
    m_datasetCombo->setCurrentIndex(0);
    m_regionCombo->setCurrentIndex(0);
}

bool JobsPanel::selectJob(const QString &arn)
{
    const QModelIndex source = m_model->indexOf(arn);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // Filtered out: show everything rather than select a row the user cannot see.
        clearFilters();
        index = m_proxy->mapFromSource(source);
        if (!index.isValid())
            return false;
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void JobsPanel::setEmptyReason(EmptyReason reason, int datasetsToList)
{
    if (reason == m_emptyReason && datasetsToList == m_datasetsToList)
        return;
    m_emptyReason = reason;
    m_datasetsToList = datasetsToList;
    updateEmptyState();
}

bool JobsPanel::isShowingEmptyState() const
{
    return m_tableStack->currentWidget() == m_emptyPage;
}

QString JobsPanel::emptyStateTitle() const
{
    return m_emptyTitle->text();
}

QString JobsPanel::emptyStateHint() const
{
    return m_emptyHint->text();
}

// An empty table is not shown: a page says why there is no row and what to do. Screen readers
// then meet that page instead of a table with columns and no cell.
void JobsPanel::updateEmptyState()
{
    const bool filtered = m_model->rowCount() > 0;
    QString title;
    QString hint;
    QString button;
    if (filtered) {
        title = tr("No job matches the filters");
        const int hidden = m_model->rowCount();
        hint = hidden == 1 ? tr("The only job is hidden by the search, status, dataset or region "
                                "filter.")
                           : tr("All %1 jobs are hidden by the search, status, dataset or region "
                                "filter.")
                                 .arg(hidden);
        button = tr("&Clear filters");
    } else {
        switch (m_emptyReason) {
        case EmptyReason::NoJobs:
            title = tr("No import jobs yet");
            hint = m_newImportAction
                       ? tr("Create one with New import (%1).")
                             .arg(m_newImportAction->shortcut().toString(QKeySequence::NativeText))
                       : tr("Jobs created in this account appear here.");
            if (m_newImportAction)
                button = m_newImportAction->text();
            break;
        case EmptyReason::LoadingHistory:
            title = tr("Loading the job history…");
            hint = tr("Jobs kept on this computer appear in a moment.");
            break;
        case EmptyReason::ListingDatasets:
            title = m_datasetsToList == 1 ? tr("Listing the jobs of 1 dataset…")
                    : m_datasetsToList > 1
                        ? tr("Listing the jobs of %1 datasets…").arg(m_datasetsToList)
                        : tr("Looking for the account's datasets…");
            hint = tr("Each dataset's jobs appear as soon as they are listed.");
            break;
        case EmptyReason::NotConnected:
            title = tr("Not connected");
            hint = tr("Choose a profile and Region above, or fix the problem shown there, to "
                      "see the account's import jobs.");
            break;
        }
    }
    m_emptyTitle->setText(title);
    m_emptyHint->setText(hint);
    m_emptyButton->setText(button);
    m_emptyButton->setVisible(!button.isEmpty());
    m_emptyPage->setAccessibleName(title);
    m_emptyPage->setAccessibleDescription(hint);

    const bool empty = m_proxy->rowCount() == 0;
    QWidget *wanted = empty ? m_emptyPage : static_cast<QWidget *>(m_table);
    if (m_tableStack->currentWidget() == wanted)
        return;
    QWidget *focus = QApplication::focusWidget();
    const bool hadFocus = focus && (m_tableStack->currentWidget() == focus ||
                                    m_tableStack->currentWidget()->isAncestorOf(focus));
    m_tableStack->setCurrentWidget(wanted);
    if (hadFocus)
        (empty ? static_cast<QWidget *>(m_emptyButton) : m_table)->setFocus(Qt::OtherFocusReason);
}

QByteArray JobsPanel::headerState() const
{
    return m_table->horizontalHeader()->saveState();
}

bool JobsPanel::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return false;
    // Sorting is off while the state is read, then sorts once by the restored column; the
    // proxy does nothing when that is the column it is already sorted by.
    m_table->setSortingEnabled(false);
    const bool restored = m_table->horizontalHeader()->restoreState(state);
    m_table->setSortingEnabled(true);
    return restored;
}

QByteArray JobsPanel::splitterState() const
{
    return m_splitter->saveState();
}

bool JobsPanel::restoreSplitterState(const QByteArray &state)
{
    if (state.isEmpty() || !m_splitter->restoreState(state))
        return false;
    // The details sit beside the table, whatever an older layout said.
    m_splitter->setOrientation(Qt::Horizontal);
    return true;
}

void JobsPanel::fillColumnsMenu()
{
    m_columnsMenu->clear();
    QHeaderView *header = m_table->horizontalHeader();
    int shown = 0;
    for (int column = 0; column < header->count(); ++column)
        shown += header->isSectionHidden(column) ? 0 : 1;
    // In the order shown, so that the menu reads like the header.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const QString name = m_proxy->headerData(column, Qt::Horizontal).toString();
        QAction *action = m_columnsMenu->addAction(name);
        action->setObjectName(QStringLiteral("showColumnAction%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The last column shown stays: a table without columns shows nothing to click.
        action->setEnabled(header->isSectionHidden(column) || shown > 1);
        connect(action, &QAction::toggled, this,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    m_columnsMenu->addSeparator();
    QAction *reset = m_columnsMenu->addAction(tr("&Reset columns"));
    reset->setObjectName(QStringLiteral("resetColumnsAction"));
    connect(reset, &QAction::triggered, this, [this, header] {
        for (int column = 0; column < header->count(); ++column) {
            header->setSectionHidden(column, false);
            header->moveSection(header->visualIndex(column), column);
        }
        setDefaultColumns();
    });
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
    if (const auto job = selectedJob(); index.isValid() && job && job->isQueued()) {
        menu->addAction(m_editQueuedAction);
        menu->addAction(m_cancelQueuedAction);
        menu->addSeparator();
    }
    if (index.isValid()) {
        menu->addAction(m_cloneAction);
        menu->addAction(m_copyArnAction);
        menu->addAction(m_copyCliAction);
        menu->addAction(m_openConsoleAction);
        menu->addSeparator();
    }
    menu->addAction(m_refreshAction);
    menu->addAction(m_exportCsvAction);
    menu->addSeparator();
    menu->addMenu(m_columnsMenu);
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
