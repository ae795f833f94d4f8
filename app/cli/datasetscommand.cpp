#include "cli/datasetscommand.h"

#include "personalize/apicodec.h"
#include "personalize/personalizeclient.h"

#include <QJsonDocument>
#include <QJsonObject>

DatasetsCommand::DatasetsCommand(const CliInvocation &invocation, QTextStream *out,
                                 QTextStream *err, QObject *parent)
    : CliCommand(QStringLiteral("datasets"), invocation, out, err, parent)
{}

void DatasetsCommand::execute()
{
    client()->listAllDatasetGroups(
        this, [this](const Result<QList<DatasetGroupSummary>, AwsError> &groups) {
            if (!groups) {
                fail(groups.error());
                return;
            }
            m_groupsToList = groups.value();
            m_json = QJsonArray();
            listNextGroup();
        });
}

// One group at a time, so that the output keeps the service's order.
void DatasetsCommand::listNextGroup()
{
    if (m_groupsToList.isEmpty()) {
        if (jsonOutput())
            printJson(QJsonDocument(m_json));
        finish(Success);
        return;
    }
    const DatasetGroupSummary group = m_groupsToList.takeFirst();
    client()->listAllDatasets(
        group.datasetGroupArn.value_or(QString()), this,
        [this, group](const Result<QList<DatasetSummary>, AwsError> &datasets) {
            if (!datasets) {
                fail(datasets.error());
                return;
            }
            if (jsonOutput()) {
                QJsonObject entry = ApiCodec::toJson(ListDatasetGroupsResponse{
                                                         QList<DatasetGroupSummary>{group}, {}})
                                        .value(QLatin1String("datasetGroups"))
                                        .toArray()
                                        .first()
                                        .toObject();
                entry.insert(QStringLiteral("datasets"),
                             ApiCodec::toJson(ListDatasetsResponse{datasets.value(), {}})
                                 .value(QLatin1String("datasets")));
                m_json.append(entry);
            } else {
                out() << shown(group.name) << "  (" << shown(group.domain) << ", "
                      << shown(group.status) << ")\n    " << shown(group.datasetGroupArn) << '\n';
                for (const auto &dataset : datasets.value()) {
                    out() << "    " << shown(dataset.name) << "  (" << shown(dataset.datasetType)
                          << ", " << shown(dataset.status) << ")\n        "
                          << shown(dataset.datasetArn) << '\n';
                }
            }
            listNextGroup();
        });
}
