#include "cli/listcommand.h"

#include "personalize/apicodec.h"
#include "personalize/personalizeclient.h"

#include <QJsonDocument>

#include <algorithm>

ListCommand::ListCommand(const CliInvocation &invocation, QTextStream *out, QTextStream *err,
                         QObject *parent)
    : CliCommand(QStringLiteral("list"), invocation, out, err, parent)
{}

void ListCommand::execute()
{
    client()->listAllDatasetImportJobs(
        invocation().datasetArn, this,
        [this](const Result<QList<DatasetImportJobSummary>, AwsError> &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            if (jsonOutput()) {
                ListDatasetImportJobsResponse response;
                response.datasetImportJobs = result.value();
                printJson(QJsonDocument(ApiCodec::toJson(response)));
                finish(Success);
                return;
            }
            const QList<DatasetImportJobSummary> &jobs = result.value();
            if (jobs.isEmpty()) {
                err() << tr("No import jobs.") << '\n';
                finish(Success);
                return;
            }
            qsizetype nameWidth = 4;
            for (const auto &job : jobs)
                nameWidth = std::max(nameWidth, shown(job.jobName).size());
            // The header stays in English in every language, like the status values under it:
            // scripts find the columns by these names.
            out() << QStringLiteral("NAME").leftJustified(nameWidth + 2)
                  << QStringLiteral("STATUS").leftJustified(20)
                  << QStringLiteral("MODE").leftJustified(13)
                  << QStringLiteral("CREATED").leftJustified(21) << QStringLiteral("ARN") << '\n';
            for (const auto &job : jobs) {
                out() << shown(job.jobName).leftJustified(nameWidth + 2)
                      << shown(job.status).leftJustified(20)
                      << shown(job.importMode).leftJustified(13)
                      << localTime(job.creationDateTime).leftJustified(21)
                      << shown(job.datasetImportJobArn) << '\n';
            }
            finish(Success);
        });
}
