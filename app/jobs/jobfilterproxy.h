#pragma once

#include "personalize/apitypes.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

// Search, filters and sorting in front of JobTableModel: free text over name, ARN, dataset and
// failure reason; status chips with live counts; dataset and region filters; sorting on the
// model's raw values (dates as dates, durations as numbers).
class JobFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFilterProxy)

public:
    // The groups the status chips show.
    enum class StatusGroup { Pending, InProgress, Active, Failed };
    Q_ENUM(StatusGroup)

    explicit JobFilterProxy(QObject *parent = nullptr);
    ~JobFilterProxy() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // Empty: every status.
    void setStatusFilter(const QSet<StatusGroup> &groups);
    void setStatusGroupEnabled(StatusGroup group, bool enabled);
    QSet<StatusGroup> statusFilter() const { return m_statuses; }
    // Empty: every dataset / region.
    void setDatasetFilter(const QString &datasetArn);
    QString datasetFilter() const { return m_dataset; }
    void setRegionFilter(const QString &region);
    QString regionFilter() const { return m_region; }

    // How many rows of each status pass the search, dataset and region filters (the status
    // filter itself is ignored, so a chip shows what selecting it would show).
    int statusCount(StatusGroup group) const;
    // Rows passing the search, dataset and region filters, whatever their status.
    int unfilteredStatusTotal() const;

    static std::optional<StatusGroup> groupOf(ImportJobStatus status);

Q_SIGNALS:
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool acceptsIgnoringStatus(int sourceRow) const;
    void filtersChanged();
    void countInserted(const QModelIndex &parent, int first, int last);
    void countRow(const QAbstractItemModel *model, int row) const;
    // Counts again from scratch, then announces, once per pass of the event loop.
    void scheduleRecount();
    // Announces changed counts once per pass of the event loop.
    void scheduleAnnouncement();
    void recount() const;

    QString m_search;
    QSet<StatusGroup> m_statuses;
    QString m_dataset;
    QString m_region;
    mutable QHash<StatusGroup, int> m_counts;
    mutable int m_total = 0;
    mutable bool m_countsDirty = true;
    QHash<StatusGroup, int> m_emittedCounts;
    int m_emittedTotal = 0;
    bool m_recountScheduled = false;
    QList<QMetaObject::Connection> m_sourceConnections;
};
