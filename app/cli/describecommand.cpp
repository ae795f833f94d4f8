#include "cli/describecommand.h"

#include "personalize/apicodec.h"
#include "personalize/personalizeclient.h"

#include <QJsonDocument>

#include <algorithm>

DescribeCommand::DescribeCommand(const CliInvocation &invocation, QTextStream *out,
                                 QTextStream *err, QObject *parent)
    : CliCommand(QStringLiteral("describe"), invocation, out, err, parent)
{}

void DescribeCommand::execute()
{
    client()->describeDatasetImportJob(invocation().jobArns.constFirst(), this,
                                       [this](const Result<DatasetImportJob, AwsError> &result) {
                                           if (!result) {
                                               fail(result.error());
                                               return;
                                           }
                                           if (jsonOutput()) {
                                               DescribeDatasetImportJobResponse response;
                                               response.datasetImportJob = result.value();
                                               printJson(QJsonDocument(ApiCodec::toJson(response)));
                                           } else {
                                               printJob(result.value());
                                           }
                                           finish(Success);
                                       });
}

void DescribeCommand::printJob(const DatasetImportJob &job)
{
    QList<QPair<QString, QString>> lines = {
        {tr("Name", "import job field"), shown(job.jobName)},
        {tr("ARN"), shown(job.datasetImportJobArn)},
        {tr("Status", "import job field"), shown(job.status)},
        {tr("Dataset"), shown(job.datasetArn)},
        {tr("Data location"),
         job.dataSource ? shown(job.dataSource->dataLocation) : QStringLiteral("-")},
        {tr("IAM role"), shown(job.roleArn)},
        {tr("Import mode"), shown(job.importMode)},
        {tr("Publish metrics"), job.publishAttributionMetricsToS3.value_or(false)
                                    ? tr("yes", "metrics are published")
                                    : tr("no", "metrics are not published")},
        {tr("Created", "import job field: when the job was created"),
         localTime(job.creationDateTime)},
        {tr("Last updated", "import job field"), localTime(job.lastUpdatedDateTime)},
    };
    if (job.failureReason && !job.failureReason->isEmpty())
        lines.append({tr("Failure reason"), shown(job.failureReason)});
    // The values line up after the longest label, whatever the language.
    qsizetype width = 20;
    for (const auto &line : std::as_const(lines))
        width = std::max(width, line.first.size());
    for (const auto &[label, value] : std::as_const(lines))
        out() << label.leftJustified(width + 2) << value << '\n';
}
