#pragma once

#include "cli/clicommand.h"
#include "personalize/apitypes.h"

#include <QJsonArray>
#include <QList>

// importdesk-cli datasets: every dataset group and its datasets, in the service's order.
class DatasetsCommand final : public CliCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetsCommand)

public:
    DatasetsCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                    QObject *parent = nullptr);

private:
    void execute() override;
    void listNextGroup();

    QList<DatasetGroupSummary> m_groupsToList;
    QJsonArray m_json;
};
