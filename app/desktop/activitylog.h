#pragma once

#include "aws/awscall.h"

#include <QAbstractTableModel>
#include <QList>

// The calls made to AWS in this session, newest last, for the activity log dock: operation,
// outcome, duration, attempts and request id. Holds no secrets and no bodies (AwsCallRecord
// carries none). Keeps the most recent kMaxRows calls.
class ActivityLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLogModel)

public:
    enum Column { Time, Operation, Outcome, Duration, Attempts, RequestId, ColumnCount };
    enum Role { OkRole = Qt::UserRole + 1 };

    static constexpr int kMaxRows = 2000;

    explicit ActivityLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const AwsCallRecord &record);
    void clear();
    const AwsCallRecord &record(int row) const { return m_records.at(row); }

    // "OK" or "ThrottlingException: Rate exceeded" (one line).
    static QString outcomeText(const AwsCallRecord &record);

private:
    QList<AwsCallRecord> m_records;
};
