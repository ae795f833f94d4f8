#include "personalize/personalizeclient.h"

#include "aws/awsclient.h"
#include "personalize/apicodec.h"
#include "personalize/arn.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <memory>

namespace {

// A list call whose nextToken never ends is a service fault, not a reason to loop forever;
// the walk's deadline (PersonalizeClient::kDefaultPagingDeadline) bounds the time it takes.
constexpr int kMaxPages = 10000;

} // namespace

PersonalizeClient::PersonalizeClient(AwsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

const QString &PersonalizeClient::service()
{
    static const QString name = QStringLiteral("personalize");
    return name;
}

QString PersonalizeClient::target(const char *operation)
{
    return u"AmazonPersonalize." + QString::fromLatin1(operation);
}

template<typename Response>
void PersonalizeClient::send(const char *operation, const QJsonObject &payload,
                             const QObject *context,
                             std::function<Result<Response, QString>(const QJsonObject &)> parse,
                             Callback<Response> done)
{
    const QString name = QString::fromLatin1(operation);
    m_client->call(
        service(), target(operation), payload, context ? context : this,
        [name, parse = std::move(parse), done = std::move(done)](const AwsResult &result) {
            if (!result.ok()) {
                done(result.error());
                return;
            }
            Result<Response, QString> parsed = parse(result->json);
            if (!parsed.ok()) {
                AwsError error = AwsError::make(
                    AwsError::Kind::InvalidResponse,
                    tr("The answer to %1 could not be read: %2").arg(name, parsed.error()));
                error.requestId = result->requestId;
                error.httpStatus = result->httpStatus;
                error.attempts = result->attempts;
                done(error);
                return;
            }
            done(std::move(parsed).value());
        });
}

template<typename Item, typename Response>
void PersonalizeClient::pages(const char *operation, QJsonObject payload, const QObject *context,
                              std::function<Result<Response, QString>(const QJsonObject &)> parse,
                              std::function<QList<Item>(const Response &)> items,
                              std::function<std::optional<QString>(const Response &)> nextToken,
                              PageCallback<Item> onPage, Callback<QList<Item>> done)
{
    struct State
    {
        QJsonObject payload;
        QList<Item> all;
        QSet<QString> tokensSeen;
        int pages = 0;
        QElapsedTimer clock; // since the first page was asked for
    };
    auto state = std::make_shared<State>();
    state->payload = std::move(payload);
    state->clock.start();
    const std::chrono::milliseconds deadline = m_pagingDeadline;
    auto step = std::make_shared<std::function<void()>>();
    const QPointer<const QObject> guard(context ? context : this);
    *step = [this, weakStep = std::weak_ptr<std::function<void()>>(step), state, operation, context,
             guard, parse, items, nextToken, onPage, done, deadline] {
        const std::shared_ptr<std::function<void()>> self = weakStep.lock();
        if (!self || !guard)
            return;
        send<Response>(
            operation, state->payload, context, parse,
            [self, state, items, nextToken, onPage, done,
             deadline](const Result<Response, AwsError> &r) {
                if (!r.ok()) {
                    done(r.error());
                    return;
                }
                const QList<Item> page = items(r.value());
                state->all += page;
                ++state->pages;
                const bool wantMore = !onPage || onPage(page);
                const std::optional<QString> token = nextToken(r.value());
                if (!wantMore || !token || token->isEmpty()) {
                    done(state->all);
                    return;
                }
                if (state->tokensSeen.contains(*token) || state->pages >= kMaxPages) {
                    done(AwsError::make(AwsError::Kind::InvalidResponse,
                                        tr("The service kept returning more pages; listing was "
                                           "stopped after %1 pages.")
                                            .arg(state->pages)));
                    return;
                }
                if (state->clock.elapsed() >= deadline.count()) {
                    done(AwsError::make(
                        AwsError::Kind::Timeout,
                        tr("Listing took longer than %1 seconds and was stopped after %2 pages. "
                           "Try again later; if it happens again, the service may be sending "
                           "pages without end.")
                            .arg(deadline.count() / 1000.0)
                            .arg(state->pages)));
                    return;
                }
                state->tokensSeen.insert(*token);
                state->payload.insert(QStringLiteral("nextToken"), *token);
                (*self)();
            });
    };
    (*step)();
}

void PersonalizeClient::createDatasetImportJob(const CreateDatasetImportJobRequest &request,
                                               const QObject *context, CreateCallback done)
{
    AwsCall *call =
        m_client->call(service(), target("CreateDatasetImportJob"), ApiCodec::toJson(request));
    // The service's limit on running imports frees only when an import ends, minutes away:
    // retrying within seconds would only delay the answer the caller acts on (queueing).
    call->setNotRetriedCodes({QStringLiteral("LimitExceededException")});
    // Set when an attempt may have been processed without its answer reaching us.
    auto answerLost = std::make_shared<bool>(false);
    connect(call, &AwsCall::retrying, this, [answerLost](int, int, const AwsError &lastError) {
        if (lastError.mayHaveBeenProcessed())
            *answerLost = true;
    });
    connect(call, &AwsCall::requestResent, this, [answerLost] { *answerLost = true; });
    connect(
        call, &AwsCall::finished, context ? context : this,
        [answerLost, done](const AwsResult &result) {
            if (!result.ok()) {
                const AwsError &error = result.error();
                done(error, *answerLost || error.mayHaveBeenProcessed());
                return;
            }
            Result<CreateDatasetImportJobResponse, QString> parsed =
                ApiCodec::parseCreateDatasetImportJobResponse(result->json);
            QString problem;
            if (!parsed.ok()) {
                problem = parsed.error();
            } else if (!parsed->datasetImportJobArn) {
                problem = tr("it has no datasetImportJobArn");
            } else {
                const QString &text = *parsed->datasetImportJobArn;
                const std::optional<Arn> arn = Arn::parse(text);
                const bool clean = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
                    return c.isSpace() || c.category() == QChar::Other_Control ||
                           c.category() == QChar::Other_Format;
                });
                if (!arn || arn->service != u"personalize" ||
                    arn->resourceType() != u"dataset-import-job" || arn->resourceName().isEmpty() ||
                    !clean)
                    problem = tr("its datasetImportJobArn is not the ARN of an import job");
            }
            if (!problem.isEmpty()) {
                // The service answered 200: it most likely created the job.
                AwsError error = AwsError::make(
                    AwsError::Kind::InvalidResponse,
                    tr("The answer to CreateDatasetImportJob could not be read: %1").arg(problem));
                error.requestId = result->requestId;
                error.httpStatus = result->httpStatus;
                error.attempts = result->attempts;
                done(error, true);
                return;
            }
            done(parsed.value(), *answerLost);
        });
}

void PersonalizeClient::describeDatasetImportJob(const QString &arn, const QObject *context,
                                                 Callback<DatasetImportJob> done)
{
    DescribeDatasetImportJobRequest request;
    request.datasetImportJobArn = arn;
    send<DatasetImportJob>(
        "DescribeDatasetImportJob", ApiCodec::toJson(request), context,
        [](const QJsonObject &json) -> Result<DatasetImportJob, QString> {
            auto parsed = ApiCodec::parseDescribeDatasetImportJobResponse(json);
            if (!parsed.ok())
                return parsed.error();
            if (!parsed->datasetImportJob)
                return tr("the answer has no datasetImportJob");
            return *parsed->datasetImportJob;
        },
        std::move(done));
}

void PersonalizeClient::describeDataset(const QString &datasetArn, const QObject *context,
                                        Callback<Dataset> done)
{
    DescribeDatasetRequest request;
    request.datasetArn = datasetArn;
    send<Dataset>(
        "DescribeDataset", ApiCodec::toJson(request), context,
        [](const QJsonObject &json) -> Result<Dataset, QString> {
            auto parsed = ApiCodec::parseDescribeDatasetResponse(json);
            if (!parsed.ok())
                return parsed.error();
            if (!parsed->dataset)
                return tr("the answer has no dataset");
            return *parsed->dataset;
        },
        std::move(done));
}

void PersonalizeClient::describeSchema(const QString &schemaArn, const QObject *context,
                                       Callback<DatasetSchema> done)
{
    DescribeSchemaRequest request;
    request.schemaArn = schemaArn;
    send<DatasetSchema>(
        "DescribeSchema", ApiCodec::toJson(request), context,
        [](const QJsonObject &json) -> Result<DatasetSchema, QString> {
            auto parsed = ApiCodec::parseDescribeSchemaResponse(json);
            if (!parsed.ok())
                return parsed.error();
            if (!parsed->schema || !parsed->schema->schema)
                return tr("the answer has no schema");
            return *parsed->schema;
        },
        std::move(done));
}

void PersonalizeClient::listTagsForResource(const QString &resourceArn, const QObject *context,
                                            Callback<QList<Tag>> done)
{
    ListTagsForResourceRequest request;
    request.resourceArn = resourceArn;
    send<QList<Tag>>(
        "ListTagsForResource", ApiCodec::toJson(request), context,
        [](const QJsonObject &json) -> Result<QList<Tag>, QString> {
            auto parsed = ApiCodec::parseListTagsForResourceResponse(json);
            if (!parsed.ok())
                return parsed.error();
            return parsed->tags.value_or(QList<Tag>());
        },
        std::move(done));
}

void PersonalizeClient::listDatasetImportJobs(const ListDatasetImportJobsRequest &request,
                                              const QObject *context,
                                              Callback<ListDatasetImportJobsResponse> done)
{
    send<ListDatasetImportJobsResponse>("ListDatasetImportJobs", ApiCodec::toJson(request), context,
                                        &ApiCodec::parseListDatasetImportJobsResponse,
                                        std::move(done));
}

void PersonalizeClient::listDatasetGroups(const ListDatasetGroupsRequest &request,
                                          const QObject *context,
                                          Callback<ListDatasetGroupsResponse> done)
{
    send<ListDatasetGroupsResponse>("ListDatasetGroups", ApiCodec::toJson(request), context,
                                    &ApiCodec::parseListDatasetGroupsResponse, std::move(done));
}

void PersonalizeClient::listDatasets(const ListDatasetsRequest &request, const QObject *context,
                                     Callback<ListDatasetsResponse> done)
{
    send<ListDatasetsResponse>("ListDatasets", ApiCodec::toJson(request), context,
                               &ApiCodec::parseListDatasetsResponse, std::move(done));
}

void PersonalizeClient::listMetricAttributions(const ListMetricAttributionsRequest &request,
                                               const QObject *context,
                                               Callback<ListMetricAttributionsResponse> done)
{
    send<ListMetricAttributionsResponse>("ListMetricAttributions", ApiCodec::toJson(request),
                                         context, &ApiCodec::parseListMetricAttributionsResponse,
                                         std::move(done));
}

void PersonalizeClient::streamDatasetImportJobs(const QString &datasetArn, int pageSize,
                                                const QObject *context,
                                                PageCallback<DatasetImportJobSummary> onPage,
                                                Callback<QList<DatasetImportJobSummary>> done)
{
    ListDatasetImportJobsRequest request;
    if (!datasetArn.isEmpty())
        request.datasetArn = datasetArn;
    request.maxResults = std::clamp(pageSize, 1, kMaxPageSize);
    pages<DatasetImportJobSummary, ListDatasetImportJobsResponse>(
        "ListDatasetImportJobs", ApiCodec::toJson(request), context,
        &ApiCodec::parseListDatasetImportJobsResponse,
        [](const ListDatasetImportJobsResponse &r) {
            return r.datasetImportJobs.value_or(QList<DatasetImportJobSummary>());
        },
        [](const ListDatasetImportJobsResponse &r) { return r.nextToken; }, std::move(onPage),
        std::move(done));
}

void PersonalizeClient::listAllDatasetImportJobs(const QString &datasetArn, const QObject *context,
                                                 Callback<QList<DatasetImportJobSummary>> done)
{
    streamDatasetImportJobs(datasetArn, kMaxPageSize, context, {}, std::move(done));
}

void PersonalizeClient::listAllDatasetGroups(const QObject *context,
                                             Callback<QList<DatasetGroupSummary>> done)
{
    ListDatasetGroupsRequest request;
    request.maxResults = kMaxPageSize;
    pages<DatasetGroupSummary, ListDatasetGroupsResponse>(
        "ListDatasetGroups", ApiCodec::toJson(request), context,
        &ApiCodec::parseListDatasetGroupsResponse,
        [](const ListDatasetGroupsResponse &r) {
            return r.datasetGroups.value_or(QList<DatasetGroupSummary>());
        },
        [](const ListDatasetGroupsResponse &r) { return r.nextToken; }, {}, std::move(done));
}

void PersonalizeClient::listAllDatasets(const QString &datasetGroupArn, const QObject *context,
                                        Callback<QList<DatasetSummary>> done)
{
    ListDatasetsRequest request;
    if (!datasetGroupArn.isEmpty())
        request.datasetGroupArn = datasetGroupArn;
    request.maxResults = kMaxPageSize;
    pages<DatasetSummary, ListDatasetsResponse>(
        "ListDatasets", ApiCodec::toJson(request), context, &ApiCodec::parseListDatasetsResponse,
        [](const ListDatasetsResponse &r) { return r.datasets.value_or(QList<DatasetSummary>()); },
        [](const ListDatasetsResponse &r) { return r.nextToken; }, {}, std::move(done));
}

void PersonalizeClient::listAllMetricAttributions(const QString &datasetGroupArn,
                                                  const QObject *context,
                                                  Callback<QList<MetricAttributionSummary>> done)
{
    ListMetricAttributionsRequest request;
    if (!datasetGroupArn.isEmpty())
        request.datasetGroupArn = datasetGroupArn;
    request.maxResults = kMaxPageSize;
    pages<MetricAttributionSummary, ListMetricAttributionsResponse>(
        "ListMetricAttributions", ApiCodec::toJson(request), context,
        &ApiCodec::parseListMetricAttributionsResponse,
        [](const ListMetricAttributionsResponse &r) {
            return r.metricAttributions.value_or(QList<MetricAttributionSummary>());
        },
        [](const ListMetricAttributionsResponse &r) { return r.nextToken; }, {}, std::move(done));
}
