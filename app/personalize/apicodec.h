#pragma once

#include "aws/result.h"
#include "personalize/apitypes.h"

#include <QJsonObject>

// JSON 1.1 bodies <-> API value types, in both directions: the client writes requests and reads
// responses; the sandbox reads requests and writes responses. Reading ignores unknown members,
// treats a JSON null like an absent member (as the AWS SDKs do), and reports a member of the
// wrong type as an error naming its path, e.g. "datasetImportJobs[3].creationDateTime: expected
// a number, found a string". Writing omits unset optional members and writes timestamps as epoch
// seconds with at most a millisecond fraction.
namespace ApiCodec {

// Requests (client side writes, sandbox side reads).
QJsonObject toJson(const CreateDatasetImportJobRequest &request);
QJsonObject toJson(const DescribeDatasetImportJobRequest &request);
QJsonObject toJson(const ListDatasetImportJobsRequest &request);
QJsonObject toJson(const ListDatasetGroupsRequest &request);
QJsonObject toJson(const ListDatasetsRequest &request);
QJsonObject toJson(const DescribeDatasetRequest &request);
QJsonObject toJson(const DescribeSchemaRequest &request);
QJsonObject toJson(const ListMetricAttributionsRequest &request);
QJsonObject toJson(const ListTagsForResourceRequest &request);

Result<CreateDatasetImportJobRequest, QString>
parseCreateDatasetImportJobRequest(const QJsonObject &json);
Result<DescribeDatasetImportJobRequest, QString>
parseDescribeDatasetImportJobRequest(const QJsonObject &json);
Result<ListDatasetImportJobsRequest, QString>
parseListDatasetImportJobsRequest(const QJsonObject &json);
Result<ListDatasetGroupsRequest, QString> parseListDatasetGroupsRequest(const QJsonObject &json);
Result<ListDatasetsRequest, QString> parseListDatasetsRequest(const QJsonObject &json);
Result<DescribeDatasetRequest, QString> parseDescribeDatasetRequest(const QJsonObject &json);
Result<DescribeSchemaRequest, QString> parseDescribeSchemaRequest(const QJsonObject &json);
Result<ListMetricAttributionsRequest, QString>
parseListMetricAttributionsRequest(const QJsonObject &json);
Result<ListTagsForResourceRequest, QString>
parseListTagsForResourceRequest(const QJsonObject &json);

// Responses (sandbox side writes, client side reads).
QJsonObject toJson(const CreateDatasetImportJobResponse &response);
QJsonObject toJson(const DescribeDatasetImportJobResponse &response);
QJsonObject toJson(const ListDatasetImportJobsResponse &response);
QJsonObject toJson(const ListDatasetGroupsResponse &response);
QJsonObject toJson(const ListDatasetsResponse &response);
QJsonObject toJson(const DescribeDatasetResponse &response);
QJsonObject toJson(const DescribeSchemaResponse &response);
QJsonObject toJson(const ListMetricAttributionsResponse &response);
QJsonObject toJson(const ListTagsForResourceResponse &response);

Result<CreateDatasetImportJobResponse, QString>
parseCreateDatasetImportJobResponse(const QJsonObject &json);
Result<DescribeDatasetImportJobResponse, QString>
parseDescribeDatasetImportJobResponse(const QJsonObject &json);
Result<ListDatasetImportJobsResponse, QString>
parseListDatasetImportJobsResponse(const QJsonObject &json);
Result<ListDatasetGroupsResponse, QString> parseListDatasetGroupsResponse(const QJsonObject &json);
Result<ListDatasetsResponse, QString> parseListDatasetsResponse(const QJsonObject &json);
Result<DescribeDatasetResponse, QString> parseDescribeDatasetResponse(const QJsonObject &json);
Result<DescribeSchemaResponse, QString> parseDescribeSchemaResponse(const QJsonObject &json);
Result<ListMetricAttributionsResponse, QString>
parseListMetricAttributionsResponse(const QJsonObject &json);
Result<ListTagsForResourceResponse, QString>
parseListTagsForResourceResponse(const QJsonObject &json);

// Timestamps on the wire: epoch seconds, possibly fractional. Exposed for the sandbox and tests.
QJsonValue timestampToJson(const QDateTime &time);
std::optional<QDateTime> timestampFromJson(const QJsonValue &value);

} // namespace ApiCodec
