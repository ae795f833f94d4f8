#pragma once

#include "aws/awserror.h"
#include "personalize/importjobvalidator.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

class PersonalizeClient;

// What the new-import form needs to know about the account that the job history does not: the
// datasets to choose from, and whether the chosen dataset's group has a metric attribution.
// Answers are cached per group; an answer for a group that is no longer selected only fills
// the cache.
class DatasetCatalog final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatasetCatalog)

public:
    struct Entry
    {
        QString groupName;
        QString groupArn;
        QString datasetName;
        QString datasetArn;
        QString datasetType; // Interactions, Items, Users…
        // "group / dataset (type)", as the dataset combo shows it.
        QString displayText() const;
    };

    explicit DatasetCatalog(QObject *parent = nullptr);
    ~DatasetCatalog() override;

    // Forgets everything learnt through the previous client.
    void setClient(PersonalizeClient *client);
    void setRegion(const QString &region);

    // Lists the dataset groups and their datasets.
    void refresh();
    bool isLoading() const { return m_loadingGroups > 0 || m_groupsPending; }
    const QList<Entry> &datasets() const { return m_entries; }
    std::optional<Entry> entryFor(const QString &datasetArn) const;
    // The account of the listed resources; empty until something was listed.
    QString accountId() const { return m_accountId; }

    // Loads the facts of the dataset's group (if not cached) and makes it the one context()
    // describes.
    void selectDataset(const QString &datasetArn);
    QString selectedDataset() const { return m_selected; }
    // True while facts about the selected dataset's group are being fetched.
    bool isLoadingFacts() const;
    // The region and the group's metric attribution; the job facts come from the job history.
    ValidationContext context() const;

Q_SIGNALS:
    void datasetsChanged();
    void datasetsFailed(const AwsError &error);
    // The context of the selected dataset changed (selection or answers arrived).
    void contextChanged();
    void factsFailed(const QString &datasetArn, const AwsError &error);

private:
    struct GroupFacts
    {
        bool loading = false;
        std::optional<bool> hasMetricAttribution;
    };

    void loadGroupFacts(const QString &groupArn);

    QPointer<PersonalizeClient> m_client;
    QString m_region;
    QString m_accountId;
    QList<Entry> m_entries;
    int m_loadingGroups = 0;
    bool m_groupsPending = false;
    int m_generation = 0; // bumped by setClient() and refresh(): older answers are dropped
    QString m_selected;
    QHash<QString, GroupFacts> m_groups;
};
