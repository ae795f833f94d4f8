#include "desktop/activitylog.h"

#include "aws/logging.h"

#include <QLocale>

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLogModel::outcomeText(const AwsCallRecord &record)
{
    if (record.ok)
        return tr("OK", "outcome of a request");
    QString text = record.errorCode.isEmpty() ? tr("Failed") : record.errorCode;
    QString message = record.message.section(u'\n', 0, 0);
    if (!message.isEmpty())
        text += u": " + message;
    return Redaction::redact(text);
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AwsCallRecord &record = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return record.started.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case Operation:
            return record.operation;
        case Outcome:
            return outcomeText(record);
        case Duration:
            return tr("%1 ms").arg(record.durationMs);
        case Attempts:
            return record.attempts;
        case RequestId:
            return record.requestId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Outcome && !record.ok)
            return Redaction::redact(record.message);
        if (index.column() == Attempts && record.attempts > 1)
            return tr("Retries: %1").arg(record.attempts - 1);
        if (index.column() == Time)
            return QLocale().toString(record.started.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Attempts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case OkRole:
        return record.ok;
    default:
        return {};
    }
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Operation:
        return tr("Operation");
    case Outcome:
        return tr("Outcome");
    case Duration:
        return tr("Duration");
    case Attempts:
        return tr("Attempts");
    case RequestId:
        return tr("Request ID");
    default:
        return {};
    }
}

void ActivityLogModel::append(const AwsCallRecord &record)
{
    if (m_records.size() >= kMaxRows) {
        beginRemoveRows({}, 0, 0);
        m_records.removeFirst();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void ActivityLogModel::clear()
{
    if (m_records.isEmpty())
        return;
    beginResetModel();
    m_records.clear();
    endResetModel();
}
