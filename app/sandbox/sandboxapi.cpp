#include "sandbox/sandboxapi.h"

#include "personalize/apicodec.h"
#include "sandbox/sandboxerrors.h"
#include "sandbox/sandboxstate.h"

namespace {

// Members the model requires, checked before decoding so that a missing one is reported the
// way the service does rather than as a decoding failure.
QStringList requiredMembers(const QString &operation)
{
    if (operation == QLatin1String("CreateDatasetImportJob"))
        return {QStringLiteral("jobName"), QStringLiteral("datasetArn"),
                QStringLiteral("dataSource")};
    if (operation == QLatin1String("DescribeDatasetImportJob"))
        return {QStringLiteral("datasetImportJobArn")};
    if (operation == QLatin1String("DescribeDataset"))
        return {QStringLiteral("datasetArn")};
    if (operation == QLatin1String("DescribeSchema"))
        return {QStringLiteral("schemaArn")};
    if (operation == QLatin1String("ListTagsForResource"))
        return {QStringLiteral("resourceArn")};
    return {};
}

template<typename Request, typename Parse, typename Call>
Result<QJsonObject, SandboxError> run(const QJsonObject &body, Parse parse, Call call)
{
    const Result<Request, QString> request = parse(body);
    if (!request) {
        // A member of the wrong JSON type: the service rejects the body before validating it.
        return SandboxError{QStringLiteral("SerializationException"), request.error(), 400};
    }
    const auto response = call(request.value());
    if (!response)
        return response.error();
    return ApiCodec::toJson(response.value());
}

} // namespace

namespace SandboxApi {

const QStringList &operations()
{
    static const QStringList names = {
        QStringLiteral("CreateDatasetImportJob"), QStringLiteral("DescribeDatasetImportJob"),
        QStringLiteral("ListDatasetImportJobs"),  QStringLiteral("ListDatasetGroups"),
        QStringLiteral("ListDatasets"),           QStringLiteral("DescribeDataset"),
        QStringLiteral("DescribeSchema"),         QStringLiteral("ListMetricAttributions"),
        QStringLiteral("ListTagsForResource"),
    };
    return names;
}

bool isOperation(const QString &operation)
{
    return operations().contains(operation);
}

Result<QJsonObject, SandboxError> dispatch(SandboxState &state, const QString &operation,
                                           const QJsonObject &body)
{
    for (const QString &member : requiredMembers(operation)) {
        const QJsonValue value = body.value(member);
        if (value.isUndefined() || value.isNull())
            return SandboxErrors::missingMember(member);
    }

    if (operation == QLatin1String("CreateDatasetImportJob")) {
        return run<CreateDatasetImportJobRequest>(
            body, ApiCodec::parseCreateDatasetImportJobRequest,
            [&](const auto &r) { return state.createDatasetImportJob(r); });
    }
    if (operation == QLatin1String("DescribeDatasetImportJob")) {
        return run<DescribeDatasetImportJobRequest>(
            body, ApiCodec::parseDescribeDatasetImportJobRequest,
            [&](const auto &r) { return state.describeDatasetImportJob(r); });
    }
    if (operation == QLatin1String("ListDatasetImportJobs")) {
        return run<ListDatasetImportJobsRequest>(
            body, ApiCodec::parseListDatasetImportJobsRequest,
            [&](const auto &r) { return state.listDatasetImportJobs(r); });
    }
    if (operation == QLatin1String("ListDatasetGroups")) {
        return run<ListDatasetGroupsRequest>(
            body, ApiCodec::parseListDatasetGroupsRequest,
            [&](const auto &r) { return state.listDatasetGroups(r); });
    }
    if (operation == QLatin1String("ListDatasets")) {
        return run<ListDatasetsRequest>(body, ApiCodec::parseListDatasetsRequest,
                                        [&](const auto &r) { return state.listDatasets(r); });
    }
    if (operation == QLatin1String("DescribeDataset")) {
        return run<DescribeDatasetRequest>(body, ApiCodec::parseDescribeDatasetRequest,
                                           [&](const auto &r) { return state.describeDataset(r); });
    }
    if (operation == QLatin1String("DescribeSchema")) {
        return run<DescribeSchemaRequest>(body, ApiCodec::parseDescribeSchemaRequest,
                                          [&](const auto &r) { return state.describeSchema(r); });
    }
    if (operation == QLatin1String("ListMetricAttributions")) {
        return run<ListMetricAttributionsRequest>(
            body, ApiCodec::parseListMetricAttributionsRequest,
            [&](const auto &r) { return state.listMetricAttributions(r); });
    }
    if (operation == QLatin1String("ListTagsForResource")) {
        return run<ListTagsForResourceRequest>(
            body, ApiCodec::parseListTagsForResourceRequest,
            [&](const auto &r) { return state.listTagsForResource(r); });
    }
    return SandboxError{QStringLiteral("UnknownOperationException"),
                        QStringLiteral("The sandbox does not serve %1.").arg(operation), 400};
}

QString datasetArnOf(SandboxState &state, const QString &operation, const QJsonObject &body)
{
    const QString datasetArn = body.value(QStringLiteral("datasetArn")).toString();
    if (!datasetArn.isEmpty())
        return datasetArn;
    if (operation == QLatin1String("DescribeDatasetImportJob")) {
        const auto job = state.job(body.value(QStringLiteral("datasetImportJobArn")).toString());
        if (job)
            return job->datasetArn;
    }
    return {};
}

QString resourceArnOf(const QJsonObject &body)
{
    const QString jobArn = body.value(QStringLiteral("datasetImportJobArn")).toString();
    return !jobArn.isEmpty() ? jobArn : body.value(QStringLiteral("resourceArn")).toString();
}

} // namespace SandboxApi
