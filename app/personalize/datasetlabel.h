#pragma once

#include <QCoreApplication>
#include <QString>

// How a dataset is named to people: "group / TYPE" where only its ARN is known, and
// "group / dataset (type)" where the catalogue knows its name.
class DatasetLabel
{
    Q_DECLARE_TR_FUNCTIONS(DatasetLabel)

public:
    // "retail-shop / INTERACTIONS"; the text itself when it is not a dataset ARN.
    static QString fromArn(const QString &datasetArn);
    static QString fromNames(const QString &groupName, const QString &datasetName,
                             const QString &datasetType);
};
