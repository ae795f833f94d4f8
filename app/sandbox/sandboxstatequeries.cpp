// The read operations of SandboxState: descriptions and paginated listings.

#include "sandbox/sandboxstate.h"

#include "sandbox/sandboxerrors.h"
#include "sandbox/sandboxpaging.h"
#include "sandbox/sandboxschemas.h"

#include <algorithm>

namespace {

const QString kActive = QStringLiteral("ACTIVE");

} // namespace

Result<DescribeDatasetImportJobResponse, SandboxError>
SandboxState::describeDatasetImportJob(const DescribeDatasetImportJobRequest &request)
{
    if (auto error = SandboxErrors::checkArn(request.datasetImportJobArn,
                                             QStringLiteral("datasetImportJobArn")))
        return *error;
    const auto found = job(request.datasetImportJobArn);
    if (!found)
        return SandboxErrors::notFound(QStringLiteral("dataset import job"),
                                       request.datasetImportJobArn);
    return DescribeDatasetImportJobResponse{found->toApi()};
}

Result<ListDatasetImportJobsResponse, SandboxError>
SandboxState::listDatasetImportJobs(const ListDatasetImportJobsRequest &request)
{
    const QString filter = request.datasetArn.value_or(QString());
    if (!filter.isEmpty()) {
        if (auto error = SandboxErrors::checkArn(filter, QStringLiteral("datasetArn")))
            return *error;
    }
    advance();
    static const QList<int> kNone;
    const auto filtered = m_datasetOrder.constFind(filter);
    const QList<int> &order = filter.isEmpty()                    ? m_listOrder
                              : filtered != m_datasetOrder.cend() ? *filtered
                                                                  : kNone;
    ListDatasetImportJobsResponse response;
    const auto range = SandboxPaging::pageOfSorted(
        order.size(),
        [&](qsizetype i) {
            const SandboxImportJob &j = m_jobs.at(order.at(i));
            return SandboxPaging::sortKey(j.created, j.arn);
        },
        request.nextToken, request.maxResults, QStringLiteral("ListDatasetImportJobs"), filter,
        pageTokenKey(), &response.nextToken);
    if (!range)
        return range.error();
    QList<DatasetImportJobSummary> summaries;
    summaries.reserve(range->last - range->first);
    for (qsizetype i = range->first; i < range->last; ++i)
        summaries.append(m_jobs.at(order.at(i)).toSummary());
    response.datasetImportJobs = summaries;
    return response;
}

Result<ListDatasetGroupsResponse, SandboxError>
SandboxState::listDatasetGroups(const ListDatasetGroupsRequest &request)
{
    QList<SandboxPaging::Item> items;
    for (int i = 0; i < m_groups.size(); ++i)
        items.append({SandboxPaging::sortKey(m_groups.at(i).created, m_groups.at(i).arn), i});
    ListDatasetGroupsResponse response;
    const auto indexes =
        page(items, request.nextToken, request.maxResults, QStringLiteral("ListDatasetGroups"), {},
             pageTokenKey(), &response.nextToken);
    if (!indexes)
        return indexes.error();
    QList<DatasetGroupSummary> summaries;
    for (int index : indexes.value()) {
        const SandboxDatasetGroup &g = m_groups.at(index);
        DatasetGroupSummary summary;
        summary.name = g.name;
        summary.datasetGroupArn = g.arn;
        summary.status = kActive;
        summary.creationDateTime = g.created;
        summary.lastUpdatedDateTime = g.created;
        if (!g.domain.isEmpty())
            summary.domain = g.domain;
        summaries.append(summary);
    }
    response.datasetGroups = summaries;
    return response;
}

Result<ListDatasetsResponse, SandboxError>
SandboxState::listDatasets(const ListDatasetsRequest &request)
{
    const QString filter = request.datasetGroupArn.value_or(QString());
    if (!filter.isEmpty()) {
        if (auto error = SandboxErrors::checkArn(filter, QStringLiteral("datasetGroupArn")))
            return *error;
    }
    QList<SandboxPaging::Item> items;
    for (int i = 0; i < m_datasets.size(); ++i) {
        const SandboxDataset &d = m_datasets.at(i);
        if (filter.isEmpty() || d.groupArn == filter)
            items.append({SandboxPaging::sortKey(d.created, d.arn), i});
    }
    ListDatasetsResponse response;
    const auto indexes =
        page(items, request.nextToken, request.maxResults, QStringLiteral("ListDatasets"), filter,
             pageTokenKey(), &response.nextToken);
    if (!indexes)
        return indexes.error();
    QList<DatasetSummary> summaries;
    for (int index : indexes.value()) {
        const SandboxDataset &d = m_datasets.at(index);
        DatasetSummary summary;
        summary.name = d.name;
        summary.datasetArn = d.arn;
        summary.datasetType = d.datasetType;
        summary.status = kActive;
        summary.creationDateTime = d.created;
        summary.lastUpdatedDateTime = d.created;
        summaries.append(summary);
    }
    response.datasets = summaries;
    return response;
}

Result<DescribeDatasetResponse, SandboxError>
SandboxState::describeDataset(const DescribeDatasetRequest &request)
{
    if (auto error = SandboxErrors::checkArn(request.datasetArn, QStringLiteral("datasetArn")))
        return *error;
    const SandboxDataset *d = findDataset(request.datasetArn);
    if (!d)
        return SandboxErrors::notFound(QStringLiteral("dataset"), request.datasetArn);
    Dataset dataset;
    dataset.name = d->name;
    dataset.datasetArn = d->arn;
    dataset.datasetGroupArn = d->groupArn;
    dataset.datasetType = d->datasetType;
    dataset.schemaArn = d->schemaArn;
    dataset.status = kActive;
    dataset.creationDateTime = d->created;
    dataset.lastUpdatedDateTime = d->created;
    return DescribeDatasetResponse{dataset};
}

Result<DescribeSchemaResponse, SandboxError>
SandboxState::describeSchema(const DescribeSchemaRequest &request)
{
    if (auto error = SandboxErrors::checkArn(request.schemaArn, QStringLiteral("schemaArn")))
        return *error;
    const auto d =
        std::find_if(m_datasets.cbegin(), m_datasets.cend(),
                     [&](const SandboxDataset &x) { return x.schemaArn == request.schemaArn; });
    if (d == m_datasets.cend())
        return SandboxErrors::notFound(QStringLiteral("schema"), request.schemaArn);
    const auto group =
        std::find_if(m_groups.cbegin(), m_groups.cend(),
                     [&](const SandboxDatasetGroup &g) { return g.arn == d->groupArn; });
    const QString domain = group == m_groups.cend() ? QString() : group->domain;
    DatasetSchema schema;
    schema.name = d->name + QStringLiteral("-schema");
    schema.schemaArn = d->schemaArn;
    schema.schema = SandboxSchemas::schemaFor(d->datasetType, domain);
    schema.creationDateTime = d->created;
    schema.lastUpdatedDateTime = d->created;
    if (!domain.isEmpty())
        schema.domain = domain;
    return DescribeSchemaResponse{schema};
}

Result<ListMetricAttributionsResponse, SandboxError>
SandboxState::listMetricAttributions(const ListMetricAttributionsRequest &request)
{
    const QString filter = request.datasetGroupArn.value_or(QString());
    if (!filter.isEmpty()) {
        if (auto error = SandboxErrors::checkArn(filter, QStringLiteral("datasetGroupArn")))
            return *error;
    }
    QList<SandboxPaging::Item> items;
    for (int i = 0; i < m_attributions.size(); ++i) {
        const SandboxMetricAttribution &m = m_attributions.at(i);
        if (filter.isEmpty() || m.groupArn == filter)
            items.append({SandboxPaging::sortKey(m.created, m.arn), i});
    }
    ListMetricAttributionsResponse response;
    const auto indexes =
        page(items, request.nextToken, request.maxResults, QStringLiteral("ListMetricAttributions"),
             filter, pageTokenKey(), &response.nextToken);
    if (!indexes)
        return indexes.error();
    QList<MetricAttributionSummary> summaries;
    for (int index : indexes.value()) {
        const SandboxMetricAttribution &m = m_attributions.at(index);
        MetricAttributionSummary summary;
        summary.name = m.name;
        summary.metricAttributionArn = m.arn;
        summary.status = kActive;
        summary.creationDateTime = m.created;
        summary.lastUpdatedDateTime = m.created;
        summaries.append(summary);
    }
    response.metricAttributions = summaries;
    return response;
}

Result<ListTagsForResourceResponse, SandboxError>
SandboxState::listTagsForResource(const ListTagsForResourceRequest &request)
{
    if (auto error = SandboxErrors::checkArn(request.resourceArn, QStringLiteral("resourceArn")))
        return *error;
    advance();
    if (!hasResource(request.resourceArn))
        return SandboxErrors::notFound(QStringLiteral("resource"), request.resourceArn);
    return ListTagsForResourceResponse{m_tags.value(request.resourceArn)};
}
