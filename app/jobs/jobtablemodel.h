#pragma once

#include "jobs/jobrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

// The jobs table: one row per import job, keyed by ARN. Poll results are merged in place
// (inserts, removes and dataChanged for just the rows and roles that changed) so that
// selection and scroll position survive polling; the duration of running jobs ticks.
class JobTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTableModel)

public:
    enum Column {
        NameColumn,
        StatusColumn,
        DatasetColumn,
        ModeColumn,
        CreatedColumn,
        UpdatedColumn,
        DurationColumn,
        FailureReasonColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // unformatted value, the proxy's sort role
        StatusRole,                      // ImportJobStatus as int, for the badge delegate
        ArnRole,
        DatasetArnRole,
        RegionRole,
        RunningRole, // bool: the job is still pending or in progress
        RecordRole,  // the whole JobRecord
    };
    Q_ENUM(Role)

    using Clock = std::function<QDateTime()>;

    explicit JobTableModel(QObject *parent = nullptr);
    ~JobTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The first load (from the store): the only operation that resets the model.
    void setJobs(const QList<JobRecord> &jobs);
    // Adds unknown jobs, updates known ones; never removes.
    void merge(const QList<JobRecord> &jobs);
    // Adds the jobs it does not hold yet, leaving the rows it has (newer than a stored copy).
    void addLoaded(const QList<JobRecord> &jobs);
    // Makes the model hold exactly `jobs`, by removing, inserting and updating rows.
    void replaceAll(const QList<JobRecord> &jobs);
    void removeJobs(const QStringList &arns);

    int rowOf(const QString &arn) const;
    QModelIndex indexOf(const QString &arn, int column = NameColumn) const;
    const JobRecord *job(int row) const;
    const QList<JobRecord> &jobs() const { return m_rows; }
    int runningCount() const { return static_cast<int>(m_running.size()); }
    // Distinct dataset ARNs and regions, sorted, for the filter menus. Kept as rows come and
    // go, so asking costs nothing however many rows there are.
    QStringList datasetArns() const { return m_datasetUse.keys(); }
    QStringList regions() const { return m_regionUse.keys(); }

    // Test seams: what "now" is for running durations, and how often they tick (0: never).
    void setClock(Clock clock);
    void setTickInterval(std::chrono::milliseconds interval);

    static QString statusText(ImportJobStatus status);
    static QString formatDuration(qint64 seconds);
    // Seconds from creation to now (running) or to the last update (finished); -1 if unknown.
    qint64 durationSeconds(const JobRecord &job) const;

Q_SIGNALS:
    // datasetArns() or regions() gained or lost a value.
    void filterValuesChanged();

private:
    QVariant displayValue(const JobRecord &job, int column) const;
    QVariant rawValue(const JobRecord &job, int column) const;
    void emitRowChanges(QList<QPair<int, quint32>> changes);
    void reindexFrom(int row);
    void updateRunning(const JobRecord &job);
    // Counts a row in (+1) or out (-1) of the distinct dataset and region lists; true when a
    // value appeared or disappeared.
    bool countValues(const JobRecord &job, int delta);
    void updateTicking();
    void tick();

    QList<JobRecord> m_rows;
    QHash<QString, int> m_rowByArn;
    QSet<QString> m_running;
    QMap<QString, int> m_datasetUse; // dataset ARN → rows
    QMap<QString, int> m_regionUse;  // region → rows (rows without a region are not counted)
    Clock m_clock;
    QTimer m_tick;
    std::chrono::milliseconds m_tickInterval{std::chrono::seconds(1)};
};
