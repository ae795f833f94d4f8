#include "desktop/datasetcatalog.h"

#include "personalize/arn.h"
#include "personalize/datasetlabel.h"
#include "personalize/personalizeclient.h"

#include <algorithm>

QString DatasetCatalog::Entry::displayText() const
{
    return DatasetLabel::fromNames(groupName, datasetName, datasetType);
}

DatasetCatalog::DatasetCatalog(QObject *parent)
    : QObject(parent)
{}

DatasetCatalog::~DatasetCatalog() = default;

void DatasetCatalog::setClient(PersonalizeClient *client)
{
    ++m_generation;
    m_client = client;
    m_entries.clear();
    m_groups.clear();
    m_accountId.clear();
    m_loadingGroups = 0;
    m_groupsPending = false;
    Q_EMIT datasetsChanged();
    if (!m_selected.isEmpty()) {
        const QString selected = m_selected;
        m_selected.clear();
        selectDataset(selected);
    }
}

void DatasetCatalog::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    Q_EMIT contextChanged();
}

void DatasetCatalog::refresh()
{
    if (!m_client)
        return;
    const int generation = ++m_generation;
    m_groupsPending = true;
    m_loadingGroups = 0;
    m_client->listAllDatasetGroups(this, [this, generation](const auto &groups) {
        if (generation != m_generation)
            return;
        m_groupsPending = false;
        if (!groups) {
            Q_EMIT datasetsFailed(groups.error());
            return;
        }
        m_entries.clear();
        QList<DatasetGroupSummary> list = groups.value();
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.name.value_or(QString()) < b.name.value_or(QString());
        });
        if (list.isEmpty()) {
            Q_EMIT datasetsChanged();
            return;
        }
        for (const DatasetGroupSummary &group : list) {
            const QString groupArn = group.datasetGroupArn.value_or(QString());
            const QString groupName = group.name.value_or(QString());
            if (m_accountId.isEmpty()) {
                if (const auto arn = Arn::parse(groupArn))
                    m_accountId = arn->accountId;
            }
            ++m_loadingGroups;
            m_client->listAllDatasets(
                groupArn, this, [this, generation, groupArn, groupName](const auto &datasets) {
                    if (generation != m_generation)
                        return;
                    --m_loadingGroups;
                    if (!datasets) {
                        Q_EMIT datasetsFailed(datasets.error());
                    } else {
                        for (const DatasetSummary &dataset : datasets.value()) {
                            Entry entry;
                            entry.groupName = groupName;
                            entry.groupArn = groupArn;
                            entry.datasetName = dataset.name.value_or(QString());
                            entry.datasetArn = dataset.datasetArn.value_or(QString());
                            entry.datasetType = dataset.datasetType.value_or(QString());
                            m_entries.append(entry);
                        }
                    }
                    if (m_loadingGroups == 0) {
                        std::stable_sort(m_entries.begin(), m_entries.end(),
                                         [](const Entry &a, const Entry &b) {
                                             return a.displayText() < b.displayText();
                                         });
                        Q_EMIT datasetsChanged();
                    }
                });
        }
    });
}

std::optional<DatasetCatalog::Entry> DatasetCatalog::entryFor(const QString &datasetArn) const
{
    for (const Entry &entry : m_entries) {
        if (entry.datasetArn == datasetArn)
            return entry;
    }
    return std::nullopt;
}

void DatasetCatalog::selectDataset(const QString &datasetArn)
{
    const QString arn = datasetArn.trimmed();
    if (arn == m_selected)
        return;
    m_selected = arn;
    const std::optional<Arn> parsed = Arn::parse(arn);
    if (parsed && PersonalizeArn::isDatasetArn(*parsed)) {
        if (const auto group = PersonalizeArn::datasetGroupArnOf(arn))
            loadGroupFacts(*group);
    }
    Q_EMIT contextChanged();
}

bool DatasetCatalog::isLoadingFacts() const
{
    if (m_selected.isEmpty())
        return false;
    const auto group = PersonalizeArn::datasetGroupArnOf(m_selected);
    return group && m_groups.value(*group).loading;
}

ValidationContext DatasetCatalog::context() const
{
    ValidationContext context;
    context.region = m_region;
    if (m_selected.isEmpty())
        return context;
    if (const auto group = PersonalizeArn::datasetGroupArnOf(m_selected)) {
        const auto groupFacts = m_groups.constFind(*group);
        if (groupFacts != m_groups.cend())
            context.datasetGroupHasMetricAttribution = groupFacts->hasMetricAttribution;
    }
    return context;
}

void DatasetCatalog::loadGroupFacts(const QString &groupArn)
{
    if (!m_client || m_groups.contains(groupArn))
        return;
    m_groups[groupArn].loading = true;
    const int generation = m_generation;
    m_client->listAllMetricAttributions(
        groupArn, this, [this, generation, groupArn](const auto &attributions) {
            if (generation != m_generation)
                return;
            if (!attributions) {
                m_groups.remove(groupArn);
                Q_EMIT factsFailed(groupArn, attributions.error());
            } else {
                GroupFacts &facts = m_groups[groupArn];
                facts.loading = false;
                facts.hasMetricAttribution = !attributions.value().isEmpty();
            }
            const auto selectedGroup = PersonalizeArn::datasetGroupArnOf(m_selected);
            if (selectedGroup && *selectedGroup == groupArn)
                Q_EMIT contextChanged();
        });
}
