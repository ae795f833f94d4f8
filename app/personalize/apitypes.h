#pragma once

// Request and response shapes of the Amazon Personalize operations Import Desk uses, member for
// member as in the service model (2018-05-22). Members the model marks required are plain
// values; every other member is std::optional so "absent" and "empty" stay different.
// Enumerations the service may extend (import mode, domain, status) are kept as text so that
// an unknown value survives a round trip; the helpers below interpret them.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The states a dataset import job moves through; Unknown covers strings the service may add.
enum class ImportJobStatus { CreatePending, CreateInProgress, Active, CreateFailed, Unknown };

ImportJobStatus importJobStatusFromString(const QString &status);
// The exact wire string ("CREATE IN_PROGRESS"…); empty for Unknown.
QString importJobStatusToString(ImportJobStatus status);
// ACTIVE and CREATE FAILED: the job will not change any more.
bool isTerminal(ImportJobStatus status);

// How an import treats the data already in the dataset.
enum class ImportMode { Full, Incremental };

// std::nullopt for anything but the exact strings FULL and INCREMENTAL.
std::optional<ImportMode> importModeFromString(const QString &mode);
QString importModeToString(ImportMode mode);

struct Tag
{
    QString tagKey;
    QString tagValue;
    bool operator==(const Tag &) const = default;
};

struct DataSource
{
    std::optional<QString> dataLocation;
    bool operator==(const DataSource &) const = default;
};

struct DatasetImportJob
{
    std::optional<QString> jobName;
    std::optional<QString> datasetImportJobArn;
    std::optional<QString> datasetArn;
    std::optional<DataSource> dataSource;
    std::optional<QString> roleArn;
    std::optional<QString> status;
    std::optional<QDateTime> creationDateTime;
    std::optional<QDateTime> lastUpdatedDateTime;
    std::optional<QString> failureReason;
    std::optional<QString> importMode;
    std::optional<bool> publishAttributionMetricsToS3;
    bool operator==(const DatasetImportJob &) const = default;
};

struct DatasetImportJobSummary
{
    std::optional<QString> datasetImportJobArn;
    std::optional<QString> jobName;
    std::optional<QString> status;
    std::optional<QDateTime> creationDateTime;
    std::optional<QDateTime> lastUpdatedDateTime;
    std::optional<QString> failureReason;
    std::optional<QString> importMode;
    bool operator==(const DatasetImportJobSummary &) const = default;
};

struct DatasetGroupSummary
{
    std::optional<QString> name;
    std::optional<QString> datasetGroupArn;
    std::optional<QString> status;
    std::optional<QDateTime> creationDateTime;
    std::optional<QDateTime> lastUpdatedDateTime;
    std::optional<QString> failureReason;
    std::optional<QString> domain; // ECOMMERCE or VIDEO_ON_DEMAND, kept as sent
    bool operator==(const DatasetGroupSummary &) const = default;
};

struct DatasetSummary
{
    std::optional<QString> name;
    std::optional<QString> datasetArn;
    std::optional<QString> datasetType;
    std::optional<QString> status;
    std::optional<QDateTime> creationDateTime;
    std::optional<QDateTime> lastUpdatedDateTime;
    bool operator==(const DatasetSummary &) const = default;
};

struct DatasetUpdateSummary
{
    std::optional<QString> schemaArn;
    std::optional<QString> status;
    std::optional<QString> failureReason;
    std::optional<QDateTime> creationDateTime;
    std::optional<QDateTime> lastUpdatedDateTime;
    bool operator==(const DatasetUpdateSummary &) const = default;
};

struct Dataset
{
    std::optional<QString> name;
    std::optional<QString> datasetArn;
    std::optional<QString> datasetGroupArn;
    std::optional<QString> datasetType;
    std::optional<QString> schemaArn;
    std::optional<QString> status;
    std::optional<QDateTime> creationDateTime;
    std::optional<QDateTime> lastUpdatedDateTime;
    std::optional<DatasetUpdateSummary> latestDatasetUpdate;
    std::optional<QString> trackingId;
    bool operator==(const Dataset &) const = default;
};

struct MetricAttributionSummary
{
    std::optional<QString> name;
    std::optional<QString> metricAttributionArn;
    std::optional<QString> status;
    std::optional<QDateTime> creationDateTime;
    std::optional<QDateTime> lastUpdatedDateTime;
    std::optional<QString> failureReason;
    bool operator==(const MetricAttributionSummary &) const = default;
};

// CreateDatasetImportJob

struct CreateDatasetImportJobRequest
{
    QString jobName;
    QString datasetArn;
    DataSource dataSource;
    std::optional<QString> roleArn;
    std::optional<QList<Tag>> tags;
    std::optional<QString> importMode;
    std::optional<bool> publishAttributionMetricsToS3;
    bool operator==(const CreateDatasetImportJobRequest &) const = default;
};

struct CreateDatasetImportJobResponse
{
    std::optional<QString> datasetImportJobArn;
    bool operator==(const CreateDatasetImportJobResponse &) const = default;
};

// DescribeDatasetImportJob

struct DescribeDatasetImportJobRequest
{
    QString datasetImportJobArn;
    bool operator==(const DescribeDatasetImportJobRequest &) const = default;
};

struct DescribeDatasetImportJobResponse
{
    std::optional<DatasetImportJob> datasetImportJob;
    bool operator==(const DescribeDatasetImportJobResponse &) const = default;
};

// ListDatasetImportJobs

struct ListDatasetImportJobsRequest
{
    std::optional<QString> datasetArn;
    std::optional<QString> nextToken;
    std::optional<int> maxResults;
    bool operator==(const ListDatasetImportJobsRequest &) const = default;
};

struct ListDatasetImportJobsResponse
{
    std::optional<QList<DatasetImportJobSummary>> datasetImportJobs;
    std::optional<QString> nextToken;
    bool operator==(const ListDatasetImportJobsResponse &) const = default;
};

// ListDatasetGroups

struct ListDatasetGroupsRequest
{
    std::optional<QString> nextToken;
    std::optional<int> maxResults;
    bool operator==(const ListDatasetGroupsRequest &) const = default;
};

struct ListDatasetGroupsResponse
{
    std::optional<QList<DatasetGroupSummary>> datasetGroups;
    std::optional<QString> nextToken;
    bool operator==(const ListDatasetGroupsResponse &) const = default;
};

// ListDatasets

struct ListDatasetsRequest
{
    std::optional<QString> datasetGroupArn;
    std::optional<QString> nextToken;
    std::optional<int> maxResults;
    bool operator==(const ListDatasetsRequest &) const = default;
};

struct ListDatasetsResponse
{
    std::optional<QList<DatasetSummary>> datasets;
    std::optional<QString> nextToken;
    bool operator==(const ListDatasetsResponse &) const = default;
};

// DescribeDataset

struct DescribeDatasetRequest
{
    QString datasetArn;
    bool operator==(const DescribeDatasetRequest &) const = default;
};

struct DescribeDatasetResponse
{
    std::optional<Dataset> dataset;
    bool operator==(const DescribeDatasetResponse &) const = default;
};

// DescribeSchema

struct DatasetSchema
{
    std::optional<QString> name;
    std::optional<QString> schemaArn;
    // The Avro schema, as a JSON text (see AvroSchema).
    std::optional<QString> schema;
    std::optional<QDateTime> creationDateTime;
    std::optional<QDateTime> lastUpdatedDateTime;
    std::optional<QString> domain;
    bool operator==(const DatasetSchema &) const = default;
};

struct DescribeSchemaRequest
{
    QString schemaArn;
    bool operator==(const DescribeSchemaRequest &) const = default;
};

struct DescribeSchemaResponse
{
    std::optional<DatasetSchema> schema;
    bool operator==(const DescribeSchemaResponse &) const = default;
};

// ListMetricAttributions

struct ListMetricAttributionsRequest
{
    std::optional<QString> datasetGroupArn;
    std::optional<QString> nextToken;
    std::optional<int> maxResults;
    bool operator==(const ListMetricAttributionsRequest &) const = default;
};

struct ListMetricAttributionsResponse
{
    std::optional<QList<MetricAttributionSummary>> metricAttributions;
    std::optional<QString> nextToken;
    bool operator==(const ListMetricAttributionsResponse &) const = default;
};

// ListTagsForResource

struct ListTagsForResourceRequest
{
    QString resourceArn;
    bool operator==(const ListTagsForResourceRequest &) const = default;
};

struct ListTagsForResourceResponse
{
    std::optional<QList<Tag>> tags;
    bool operator==(const ListTagsForResourceResponse &) const = default;
};
