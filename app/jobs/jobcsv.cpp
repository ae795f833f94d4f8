#include "jobs/jobcsv.h"

#include "jobs/jobtablemodel.h"

#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

QString JobCsv::field(const QString &value)
{
    static const QRegularExpression needsQuotes(QStringLiteral("[\",\r\n]"));
    if (!value.contains(needsQuotes))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray JobCsv::fromModel(const QAbstractItemModel &model, const QList<int> &columns)
{
    QStringList fields;
    QString out;
    for (int column : columns)
        fields << field(model.headerData(column, Qt::Horizontal).toString());
    fields << field(tr("ARN")) << field(tr("Region"));
    out += fields.join(u',') + QStringLiteral("\r\n");

    for (int row = 0; row < model.rowCount(); ++row) {
        const JobRecord job =
            model.index(row, 0).data(JobTableModel::RecordRole).value<JobRecord>();
        fields.clear();
        for (int column : columns) {
            QString value;
            // A spreadsheet reads these better than the table's short forms.
            switch (column) {
            case JobTableModel::CreatedColumn:
                value = job.created.toUTC().toString(Qt::ISODate);
                break;
            case JobTableModel::UpdatedColumn:
                value = job.updated.toUTC().toString(Qt::ISODate);
                break;
            case JobTableModel::FailureReasonColumn:
                value = job.failureReason;
                break;
            default:
                value = model.index(row, column).data(Qt::DisplayRole).toString();
                break;
            }
            fields << field(value);
        }
        fields << field(job.arn) << field(job.region);
        out += fields.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString JobCsv::save(const QString &path, const QByteArray &csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("Could not write %1: %2. Choose a folder you can write to.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    file.write(csv);
    if (!file.commit()) {
        return tr("Could not save %1: %2. Check the free space and try again.")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return {};
}
