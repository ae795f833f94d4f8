#include "personalize/datasetlabel.h"

#include "personalize/arn.h"

QString DatasetLabel::fromArn(const QString &datasetArn)
{
    const QString group = PersonalizeArn::datasetGroupNameOf(datasetArn);
    if (group.isEmpty())
        return datasetArn;
    return tr("%1 / %2", "dataset group / dataset type")
        .arg(group, PersonalizeArn::datasetTypeOf(datasetArn));
}

QString DatasetLabel::fromNames(const QString &groupName, const QString &datasetName,
                                const QString &datasetType)
{
    return tr("%1 / %2 (%3)", "dataset group / dataset (dataset type)")
        .arg(groupName, datasetName, datasetType);
}
