#pragma once

#include "aws/awserror.h"
#include "aws/result.h"
#include "personalize/apitypes.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class AwsClient;

// Typed Amazon Personalize operations over an AwsClient: builds each request's JSON, parses
// the answer into API value types, pages through list operations, and makes
// CreateDatasetImportJob safe to retry.
class PersonalizeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonalizeClient)

public:
    template<typename T>
    using Callback = std::function<void(const Result<T, AwsError> &)>;
    // Receives each page as it arrives; return false to stop paging early.
    template<typename Item>
    using PageCallback = std::function<bool(const QList<Item> &page)>;

    static constexpr int kMaxPageSize = 100;
    // A walk through every page of a listing ends with an error after this long, however
    // the pages come: a listing that never ends is a fault, not a reason to wait forever.
    static constexpr std::chrono::milliseconds kDefaultPagingDeadline{std::chrono::minutes(5)};
    void setPagingDeadline(std::chrono::milliseconds deadline) { m_pagingDeadline = deadline; }

    explicit PersonalizeClient(AwsClient *client, QObject *parent = nullptr);

    AwsClient *awsClient() const { return m_client; }

    // Receives the answer to a create, and whether this call is uncertain: an attempt may
    // have reached the service without its answer reaching us (a dropped or cut-off answer, a
    // timeout, a 5xx, a request the network layer sent twice), so that only a lookup can tell
    // whether the job exists, whatever the final answer says.
    using CreateCallback = std::function<void(
        const Result<CreateDatasetImportJobResponse, AwsError> &result, bool uncertain)>;

    // Creates the job. A success always carries a well-formed job ARN; an answer without one
    // is an InvalidResponse error, and uncertain.
    void createDatasetImportJob(const CreateDatasetImportJobRequest &request,
                                const QObject *context, CreateCallback done);
    void describeDatasetImportJob(const QString &datasetImportJobArn, const QObject *context,
                                  Callback<DatasetImportJob> done);
    void describeDataset(const QString &datasetArn, const QObject *context, Callback<Dataset> done);
    // The dataset's schema (Dataset::schemaArn); AvroSchema::parse reads its fields.
    void describeSchema(const QString &schemaArn, const QObject *context,
                        Callback<DatasetSchema> done);
    void listTagsForResource(const QString &resourceArn, const QObject *context,
                             Callback<QList<Tag>> done);

    // One page.
    void listDatasetImportJobs(const ListDatasetImportJobsRequest &request, const QObject *context,
                               Callback<ListDatasetImportJobsResponse> done);
    void listDatasetGroups(const ListDatasetGroupsRequest &request, const QObject *context,
                           Callback<ListDatasetGroupsResponse> done);
    void listDatasets(const ListDatasetsRequest &request, const QObject *context,
                      Callback<ListDatasetsResponse> done);
    void listMetricAttributions(const ListMetricAttributionsRequest &request,
                                const QObject *context,
                                Callback<ListMetricAttributionsResponse> done);

    // Every page, streamed: onPage for each page, then done with everything received (or the
    // error that stopped paging). An empty datasetArn lists the jobs of every dataset.
    void streamDatasetImportJobs(const QString &datasetArn, int pageSize, const QObject *context,
                                 PageCallback<DatasetImportJobSummary> onPage,
                                 Callback<QList<DatasetImportJobSummary>> done);
    void listAllDatasetImportJobs(const QString &datasetArn, const QObject *context,
                                  Callback<QList<DatasetImportJobSummary>> done);
    void listAllDatasetGroups(const QObject *context, Callback<QList<DatasetGroupSummary>> done);
    void listAllDatasets(const QString &datasetGroupArn, const QObject *context,
                         Callback<QList<DatasetSummary>> done);
    void listAllMetricAttributions(const QString &datasetGroupArn, const QObject *context,
                                   Callback<QList<MetricAttributionSummary>> done);

    static const QString &service();
    static QString target(const char *operation);

private:
    template<typename Response>
    void send(const char *operation, const QJsonObject &payload, const QObject *context,
              std::function<Result<Response, QString>(const QJsonObject &)> parse,
              Callback<Response> done);

    template<typename Item, typename Response>
    void pages(const char *operation, QJsonObject payload, const QObject *context,
               std::function<Result<Response, QString>(const QJsonObject &)> parse,
               std::function<QList<Item>(const Response &)> items,
               std::function<std::optional<QString>(const Response &)> nextToken,
               PageCallback<Item> onPage, Callback<QList<Item>> done);

    AwsClient *m_client;
    std::chrono::milliseconds m_pagingDeadline = kDefaultPagingDeadline;
};
