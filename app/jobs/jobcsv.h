#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractItemModel;

// Jobs as CSV (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted,
// quotes doubled), for spreadsheets: times in ISO 8601 UTC and failure reasons whole.
class JobCsv
{
    Q_DECLARE_TR_FUNCTIONS(JobCsv)

public:
    static QString field(const QString &value);
    // The rows of `model` (a JobTableModel, or a proxy over one) in `columns` (JobTableModel
    // columns, in the order shown), followed by each job's ARN and Region.
    static QByteArray fromModel(const QAbstractItemModel &model, const QList<int> &columns);
    // Writes `csv` to `path` atomically; an error message, empty on success.
    static QString save(const QString &path, const QByteArray &csv);
};
