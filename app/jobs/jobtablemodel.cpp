#include "jobs/jobtablemodel.h"

#include "personalize/datasetlabel.h"

#include <QLocale>

#include <algorithm>

namespace {

// Bit per column, plus one for fields no column shows (location, role, tags…).
constexpr quint32 kOtherFields = 1u << JobTableModel::ColumnCount;

quint32 bit(int column)
{
    return 1u << column;
}

quint32 changedColumns(const JobRecord &a, const JobRecord &b)
{
    quint32 mask = 0;
    if (a.name != b.name)
        mask |= bit(JobTableModel::NameColumn);
    if (a.status != b.status)
        mask |= bit(JobTableModel::StatusColumn) | bit(JobTableModel::DurationColumn);
    if (a.datasetArn != b.datasetArn)
        mask |= bit(JobTableModel::DatasetColumn);
    if (a.importMode != b.importMode)
        mask |= bit(JobTableModel::ModeColumn);
    if (a.created != b.created)
        mask |= bit(JobTableModel::CreatedColumn) | bit(JobTableModel::DurationColumn);
    if (a.updated != b.updated)
        mask |= bit(JobTableModel::UpdatedColumn) | bit(JobTableModel::DurationColumn);
    if (a.failureReason != b.failureReason)
        mask |= bit(JobTableModel::FailureReasonColumn);
    if (mask == 0 && !a.sameContent(b))
        mask |= kOtherFields;
    return mask;
}

int statusRank(ImportJobStatus status)
{
    switch (status) {
    case ImportJobStatus::CreatePending:
        return 0;
    case ImportJobStatus::CreateInProgress:
        return 1;
    case ImportJobStatus::Active:
        return 2;
    case ImportJobStatus::CreateFailed:
        return 3;
    case ImportJobStatus::Unknown:
        break;
    }
    return 4;
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

JobTableModel::JobTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(m_tickInterval);
    connect(&m_tick, &QTimer::timeout, this, &JobTableModel::tick);
}

JobTableModel::~JobTableModel() = default;

int JobTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int JobTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRecord &job = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(job, index.column());
    case RawValueRole:
        return rawValue(job, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: // the full text of what the view may cut
        switch (index.column()) {
        case NameColumn:
            return job.arn;
        case DatasetColumn:
            return job.datasetArn;
        case FailureReasonColumn:
            return job.failureReason.isEmpty() ? QVariant() : QVariant(job.failureReason);
        default:
            return {};
        }
    case StatusRole:
        // Queued submissions wait like pending jobs do, and filter with them.
        return static_cast<int>(job.isQueued() ? ImportJobStatus::CreatePending
                                               : job.statusValue());
    case ArnRole:
        return job.arn;
    case DatasetArnRole:
        return job.datasetArn;
    case RegionRole:
        return job.region;
    case RunningRole:
        return job.isRunning();
    case RecordRole:
        return QVariant::fromValue(job);
    default:
        return {};
    }
}

QVariant JobTableModel::displayValue(const JobRecord &job, int column) const
{
    switch (column) {
    case NameColumn:
        return job.name;
    case StatusColumn: {
        if (job.isQueued())
            return tr("Queued", "job status: waiting for a free slot");
        const ImportJobStatus status = job.statusValue();
        return status == ImportJobStatus::Unknown ? job.status : statusText(status);
    }
    case DatasetColumn:
        return DatasetLabel::fromArn(job.datasetArn);
    case ModeColumn: {
        const auto mode = importModeFromString(job.importMode);
        if (!mode)
            return job.importMode;
        return *mode == ImportMode::Full ? tr("Full", "import mode")
                                         : tr("Incremental", "import mode");
    }
    case CreatedColumn:
        return formatTime(job.created);
    case UpdatedColumn:
        return formatTime(job.updated);
    case DurationColumn: {
        const qint64 seconds = durationSeconds(job);
        return seconds < 0 ? QString() : formatDuration(seconds);
    }
    case FailureReasonColumn:
        return job.failureReason.section(u'\n', 0, 0).trimmed();
    default:
        return {};
    }
}

QVariant JobTableModel::rawValue(const JobRecord &job, int column) const
{
    switch (column) {
    case NameColumn:
        return job.name;
    case StatusColumn:
        return statusRank(job.statusValue());
    case DatasetColumn:
        return job.datasetArn;
    case ModeColumn:
        return job.importMode;
    case CreatedColumn:
        return job.created;
    case UpdatedColumn:
        return job.updated;
    case DurationColumn: {
        const qint64 seconds = durationSeconds(job);
        return seconds < 0 ? QVariant() : QVariant(seconds);
    }
    case FailureReasonColumn:
        return job.failureReason;
    default:
        return {};
    }
}

QVariant JobTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name", "job table header");
    case StatusColumn:
        return tr("Status", "job table header");
    case DatasetColumn:
        return tr("Dataset", "job table header");
    case ModeColumn:
        return tr("Mode", "job table header: import mode");
    case CreatedColumn:
        return tr("Created", "job table header");
    case UpdatedColumn:
        return tr("Updated", "job table header");
    case DurationColumn:
        return tr("Duration", "job table header");
    case FailureReasonColumn:
        return tr("Failure reason", "job table header");
    default:
        return {};
    }
}

QString JobTableModel::statusText(ImportJobStatus status)
{
    switch (status) {
    case ImportJobStatus::CreatePending:
        return tr("Pending", "job status");
    case ImportJobStatus::CreateInProgress:
        return tr("In progress", "job status");
    case ImportJobStatus::Active:
        return tr("Active", "job status");
    case ImportJobStatus::CreateFailed:
        return tr("Failed", "job status");
    case ImportJobStatus::Unknown:
        break;
    }
    return tr("Unknown", "job status");
}

QString JobTableModel::formatDuration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s", "duration").arg(seconds);
    if (seconds < 3600) {
        return tr("%1 min %2 s", "duration")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    if (seconds < 86400) {
        return tr("%1 h %2 min", "duration")
            .arg(seconds / 3600)
            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    }
    return tr("%1 d %2 h", "duration").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

qint64 JobTableModel::durationSeconds(const JobRecord &job) const
{
    if (!job.created.isValid())
        return -1;
    const QDateTime end = job.isRunning() ? m_clock() : job.updated;
    if (!end.isValid())
        return -1;
    return std::max<qint64>(0, job.created.secsTo(end));
}

void JobTableModel::setJobs(const QList<JobRecord> &jobs)
{
    beginResetModel();
    const QStringList datasetsBefore = datasetArns();
    const QStringList regionsBefore = regions();
    m_rows.clear();
    m_rowByArn.clear();
    m_running.clear();
    m_datasetUse.clear();
    m_regionUse.clear();
    m_rows.reserve(jobs.size());
    m_rowByArn.reserve(jobs.size());
    for (const JobRecord &job : jobs) {
        if (job.arn.isEmpty())
            continue;
        const auto existing = m_rowByArn.constFind(job.arn);
        if (existing != m_rowByArn.cend()) {
            countValues(m_rows.at(*existing), -1);
            m_rows[*existing] = job;
        } else {
            m_rowByArn.insert(job.arn, static_cast<int>(m_rows.size()));
            m_rows.append(job);
        }
        countValues(job, +1);
        updateRunning(job);
    }
    endResetModel();
    updateTicking();
    if (datasetArns() != datasetsBefore || regions() != regionsBefore)
        Q_EMIT filterValuesChanged();
}

void JobTableModel::addLoaded(const QList<JobRecord> &jobs)
{
    QList<JobRecord> unknown;
    unknown.reserve(jobs.size());
    for (const JobRecord &job : jobs) {
        if (!m_rowByArn.contains(job.arn))
            unknown.append(job);
    }
    merge(unknown);
}

void JobTableModel::merge(const QList<JobRecord> &jobs)
{
    QList<QPair<int, quint32>> changes;
    QList<JobRecord> inserts;
    QHash<QString, qsizetype> insertIndex;
    bool valuesChanged = false;
    for (const JobRecord &job : jobs) {
        if (job.arn.isEmpty())
            continue;
        const auto found = m_rowByArn.constFind(job.arn);
        if (found != m_rowByArn.cend()) {
            JobRecord &current = m_rows[*found];
            if (current == job)
                continue;
            const quint32 mask = changedColumns(current, job);
            if (current.datasetArn != job.datasetArn || current.region != job.region) {
                valuesChanged = countValues(current, -1) || valuesChanged;
                valuesChanged = countValues(job, +1) || valuesChanged;
            }
            current = job;
            updateRunning(job);
            if (mask != 0)
                changes.append({*found, mask});
            continue;
        }
        const auto pending = insertIndex.constFind(job.arn);
        if (pending != insertIndex.cend()) {
            inserts[*pending] = job;
        } else {
            insertIndex.insert(job.arn, inserts.size());
            inserts.append(job);
        }
    }
    emitRowChanges(std::move(changes));
    if (!inserts.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(inserts.size()) - 1);
        for (const JobRecord &job : std::as_const(inserts)) {
            m_rowByArn.insert(job.arn, static_cast<int>(m_rows.size()));
            m_rows.append(job);
            valuesChanged = countValues(job, +1) || valuesChanged;
            updateRunning(job);
        }
        endInsertRows();
    }
    updateTicking();
    if (valuesChanged)
        Q_EMIT filterValuesChanged();
}

void JobTableModel::replaceAll(const QList<JobRecord> &jobs)
{
    QSet<QString> keep;
    keep.reserve(jobs.size());
    for (const JobRecord &job : jobs)
        keep.insert(job.arn);
    QStringList gone;
    for (const JobRecord &row : std::as_const(m_rows)) {
        if (!keep.contains(row.arn))
            gone.append(row.arn);
    }
    removeJobs(gone);
    merge(jobs);
}

void JobTableModel::removeJobs(const QStringList &arns)
{
    QList<int> rows;
    for (const QString &arn : arns) {
        const int row = rowOf(arn);
        if (row >= 0)
            rows.append(row);
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    bool valuesChanged = false;
    // From the bottom up, one contiguous range at a time, so that earlier rows keep their
    // numbers while each range goes.
    int end = static_cast<int>(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            m_rowByArn.remove(m_rows.at(row).arn);
            m_running.remove(m_rows.at(row).arn);
            valuesChanged = countValues(m_rows.at(row), -1) || valuesChanged;
        }
        m_rows.remove(first, last - first + 1);
        reindexFrom(first);
        endRemoveRows();
        end = start - 1;
    }
    updateTicking();
    if (valuesChanged)
        Q_EMIT filterValuesChanged();
}

void JobTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_rowByArn[m_rows.at(i).arn] = i;
}

void JobTableModel::emitRowChanges(QList<QPair<int, quint32>> changes)
{
    if (changes.isEmpty())
        return;
    std::sort(changes.begin(), changes.end());
    // Neighbouring rows with the same changed columns share one signal.
    auto columnsOf = [](quint32 mask) {
        int first = ColumnCount;
        int last = -1;
        for (int column = 0; column < ColumnCount; ++column) {
            if (mask & bit(column)) {
                first = std::min(first, column);
                last = std::max(last, column);
            }
        }
        if (last < 0) // only fields without a column: tell the details pane through column 0
            return QPair<int, int>(NameColumn, NameColumn);
        return QPair<int, int>(first, last);
    };
    auto rolesOf = [](quint32 mask) {
        QList<int> roles{RecordRole};
        if (mask & ~kOtherFields)
            roles << Qt::DisplayRole << RawValueRole << Qt::ToolTipRole;
        if (mask & bit(StatusColumn))
            roles << StatusRole << RunningRole;
        return roles;
    };
    qsizetype i = 0;
    while (i < changes.size()) {
        const quint32 mask = changes.at(i).second;
        qsizetype j = i;
        while (j + 1 < changes.size() && changes.at(j + 1).second == mask &&
               changes.at(j + 1).first == changes.at(j).first + 1)
            ++j;
        const auto [firstColumn, lastColumn] = columnsOf(mask);
        Q_EMIT dataChanged(index(changes.at(i).first, firstColumn),
                           index(changes.at(j).first, lastColumn), rolesOf(mask));
        i = j + 1;
    }
}

int JobTableModel::rowOf(const QString &arn) const
{
    return m_rowByArn.value(arn, -1);
}

QModelIndex JobTableModel::indexOf(const QString &arn, int column) const
{
    const int row = rowOf(arn);
    return row < 0 ? QModelIndex() : index(row, column);
}

const JobRecord *JobTableModel::job(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool JobTableModel::countValues(const JobRecord &job, int delta)
{
    auto count = [delta](QMap<QString, int> &use, const QString &value) {
        auto it = use.find(value);
        if (it == use.end()) {
            if (delta > 0)
                use.insert(value, delta);
            return delta > 0;
        }
        *it += delta;
        if (*it > 0)
            return false;
        use.erase(it);
        return true;
    };
    bool changed = count(m_datasetUse, job.datasetArn);
    if (!job.region.isEmpty())
        changed = count(m_regionUse, job.region) || changed;
    return changed;
}

void JobTableModel::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); });
}

void JobTableModel::setTickInterval(std::chrono::milliseconds interval)
{
    m_tickInterval = interval;
    m_tick.setInterval(std::max(interval, std::chrono::milliseconds(1)));
    updateTicking();
}

void JobTableModel::updateRunning(const JobRecord &job)
{
    if (job.isRunning())
        m_running.insert(job.arn);
    else
        m_running.remove(job.arn);
}

void JobTableModel::updateTicking()
{
    const bool wanted = m_tickInterval.count() > 0 && !m_running.isEmpty();
    if (wanted && !m_tick.isActive())
        m_tick.start();
    else if (!wanted && m_tick.isActive())
        m_tick.stop();
}

void JobTableModel::tick()
{
    QList<int> rows;
    rows.reserve(m_running.size());
    for (const QString &arn : std::as_const(m_running)) {
        const int row = rowOf(arn);
        if (row >= 0)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    static const QList<int> roles{Qt::DisplayRole, RawValueRole};
    qsizetype i = 0;
    while (i < rows.size()) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), DurationColumn), index(rows.at(j), DurationColumn),
                           roles);
        i = j + 1;
    }
}
