#include "jobs/jobfilterproxy.h"

#include "jobs/jobtablemodel.h"

#include <QTimer>

JobFilterProxy::JobFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JobTableModel::RawValueRole);
    setDynamicSortFilter(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

JobFilterProxy::~JobFilterProxy() = default;

std::optional<JobFilterProxy::StatusGroup> JobFilterProxy::groupOf(ImportJobStatus status)
{
    switch (status) {
    case ImportJobStatus::CreatePending:
        return StatusGroup::Pending;
    case ImportJobStatus::CreateInProgress:
        return StatusGroup::InProgress;
    case ImportJobStatus::Active:
        return StatusGroup::Active;
    case ImportJobStatus::CreateFailed:
        return StatusGroup::Failed;
    case ImportJobStatus::Unknown:
        break;
    }
    return std::nullopt;
}

void JobFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        auto dirty = [this] {
            scheduleRecount();
        };
        m_sourceConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                       &JobFilterProxy::countInserted)
                            << connect(model, &QAbstractItemModel::rowsRemoved, this, dirty)
                            << connect(model, &QAbstractItemModel::modelReset, this, dirty)
                            << connect(model, &QAbstractItemModel::layoutChanged, this, dirty)
                            << connect(model, &QAbstractItemModel::dataChanged, this,
                                       [this](const QModelIndex &topLeft,
                                              const QModelIndex &bottomRight) {
                                           // Duration ticks touch only their column: no need to
                                           // recount.
                                           const bool onlyDuration =
                                               topLeft.column() == JobTableModel::DurationColumn &&
                                               bottomRight.column() ==
                                                   JobTableModel::DurationColumn;
                                           if (!onlyDuration)
                                               scheduleRecount();
                                       });
    }
    scheduleRecount();
}

void JobFilterProxy::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    filtersChanged();
}

void JobFilterProxy::setStatusFilter(const QSet<StatusGroup> &groups)
{
    if (groups == m_statuses)
        return;
    m_statuses = groups;
    // The counts ignore the status filter: they stay as they are.
    invalidateFilter();
}

void JobFilterProxy::setStatusGroupEnabled(StatusGroup group, bool enabled)
{
    QSet<StatusGroup> groups = m_statuses;
    if (enabled)
        groups.insert(group);
    else
        groups.remove(group);
    setStatusFilter(groups);
}

void JobFilterProxy::setDatasetFilter(const QString &datasetArn)
{
    if (datasetArn == m_dataset)
        return;
    m_dataset = datasetArn;
    filtersChanged();
}

void JobFilterProxy::setRegionFilter(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    filtersChanged();
}

void JobFilterProxy::filtersChanged()
{
    invalidateFilter();
    scheduleRecount();
}

bool JobFilterProxy::acceptsIgnoringStatus(int sourceRow) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, JobTableModel::NameColumn);
    if (!m_dataset.isEmpty() && first.data(JobTableModel::DatasetArnRole).toString() != m_dataset)
        return false;
    if (!m_region.isEmpty() && first.data(JobTableModel::RegionRole).toString() != m_region)
        return false;
    if (m_search.isEmpty())
        return true;
    auto has = [this](const QVariant &value) {
        return value.toString().contains(m_search, Qt::CaseInsensitive);
    };
    return has(first.data(JobTableModel::RawValueRole)) ||
           has(first.data(JobTableModel::ArnRole)) ||
           has(first.data(JobTableModel::DatasetArnRole)) ||
           has(model->index(sourceRow, JobTableModel::DatasetColumn).data(Qt::DisplayRole)) ||
           has(model->index(sourceRow, JobTableModel::FailureReasonColumn)
                   .data(JobTableModel::RawValueRole));
}

bool JobFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (!m_statuses.isEmpty()) {
        const auto status = static_cast<ImportJobStatus>(
            sourceModel()->index(sourceRow, 0).data(JobTableModel::StatusRole).toInt());
        const auto group = groupOf(status);
        if (!group || !m_statuses.contains(*group))
            return false;
    }
    return acceptsIgnoringStatus(sourceRow);
}

void JobFilterProxy::scheduleRecount()
{
    m_countsDirty = true;
    scheduleAnnouncement();
}

void JobFilterProxy::scheduleAnnouncement()
{
    if (m_recountScheduled)
        return;
    m_recountScheduled = true;
    // Coalesced: a merge of many rows costs one pass over the model, after it.
    QTimer::singleShot(0, this, [this] {
        m_recountScheduled = false;
        if (m_countsDirty)
            recount();
        // Compared with what was last announced: a synchronous statusCount() may have
        // recounted in between.
        if (m_emittedCounts != m_counts || m_emittedTotal != m_total) {
            m_emittedCounts = m_counts;
            m_emittedTotal = m_total;
            Q_EMIT countsChanged();
        }
    });
}

void JobFilterProxy::countInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_countsDirty) {
        scheduleRecount();
        return;
    }
    // Rows arrive in batches while a large history loads: counting only the new ones keeps
    // the whole load linear instead of one pass over every row per batch.
    const QAbstractItemModel *model = sourceModel();
    for (int row = first; row <= last; ++row)
        countRow(model, row);
    scheduleAnnouncement();
}

void JobFilterProxy::countRow(const QAbstractItemModel *model, int row) const
{
    if (!acceptsIgnoringStatus(row))
        return;
    ++m_total;
    const auto status =
        static_cast<ImportJobStatus>(model->index(row, 0).data(JobTableModel::StatusRole).toInt());
    if (const auto group = groupOf(status))
        ++m_counts[*group];
}

void JobFilterProxy::recount() const
{
    m_counts.clear();
    m_total = 0;
    m_countsDirty = false;
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return;
    const int rows = model->rowCount();
    for (int row = 0; row < rows; ++row)
        countRow(model, row);
}

int JobFilterProxy::statusCount(StatusGroup group) const
{
    if (m_countsDirty)
        recount();
    return m_counts.value(group, 0);
}

int JobFilterProxy::unfilteredStatusTotal() const
{
    if (m_countsDirty)
        recount();
    return m_total;
}
