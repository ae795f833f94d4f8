#include "cli/clicommands.h"

#include "personalize/apicodec.h"
#include "personalize/cliinputjson.h"
#include "personalize/importjobvalidator.h"
#include "personalize/personalizeclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

// Watching gives up after this many polls in a row have failed (each already retried).
constexpr int kMaxConsecutivePollFailures = 5;

QString orDash(const std::optional<QString> &value)
{
    return value && !value->isEmpty() ? *value : QStringLiteral("-");
}

QString localTime(const std::optional<QDateTime> &time)
{
    if (!time)
        return QStringLiteral("-");
    return time->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString fieldName(DraftField field)
{
    switch (field) {
    case DraftField::JobName:
        return QStringLiteral("--job-name");
    case DraftField::DatasetArn:
        return QStringLiteral("--dataset-arn");
    case DraftField::DataLocation:
        return QStringLiteral("--data-location");
    case DraftField::RoleArn:
        return QStringLiteral("--role-arn");
    case DraftField::Tags:
        return QStringLiteral("--tag");
    case DraftField::ImportMode:
        return QStringLiteral("--import-mode");
    case DraftField::PublishAttributionMetrics:
        return QStringLiteral("--publish-attribution-metrics");
    case DraftField::Region:
        return QStringLiteral("--region");
    }
    return {};
}

QByteArray indented(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace

CliCommands::CliCommands(PersonalizeClient *client, QTextStream *out, QTextStream *err,
                         QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_out(*out)
    , m_err(*err)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &CliCommands::poll);
}

void CliCommands::run(const CliInvocation &invocation)
{
    m_invocation = invocation;
    m_done = false;
    // Queued, so that a caller connected after run() still hears finished().
    QMetaObject::invokeMethod(
        this,
        [this] {
            switch (m_invocation.command) {
            case CliInvocation::Command::Submit:
                submit();
                break;
            case CliInvocation::Command::Describe:
                describe();
                break;
            case CliInvocation::Command::List:
                list();
                break;
            case CliInvocation::Command::Watch:
                startWatch(m_invocation.jobArns);
                break;
            case CliInvocation::Command::Datasets:
                datasets();
                break;
            case CliInvocation::Command::Help:
                m_out << CliArguments::usage();
                done(Success);
                break;
            case CliInvocation::Command::Version:
                m_out << "importdesk-cli " IMPORTDESK_VERSION "\n";
                done(Success);
                break;
            }
        },
        Qt::QueuedConnection);
}

void CliCommands::submit()
{
    ImportJobDraft fromFile;
    if (!m_invocation.cliInputJsonFile.isEmpty()) {
        QFile file(m_invocation.cliInputJsonFile);
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("importdesk-cli: cannot read %1: %2")
                         .arg(m_invocation.cliInputJsonFile, file.errorString())
                  << '\n';
            done(BadInput);
            return;
        }
        const auto parsed = CliInputJson::parse(file.readAll());
        if (!parsed) {
            m_err << tr("importdesk-cli: %1: %2").arg(m_invocation.cliInputJsonFile, parsed.error())
                  << '\n';
            done(BadInput);
            return;
        }
        fromFile = parsed.value();
    }
    const ImportJobDraft draft = m_invocation.mergedOver(fromFile);

    ValidationContext context;
    context.region = m_region;
    const QList<FieldIssue> issues = ImportJobValidator::validate(draft, context);
    printIssues(issues);
    if (ImportJobValidator::hasErrors(issues)) {
        m_err << tr("importdesk-cli: nothing was sent; correct the values above and try again.")
              << '\n';
        done(BadInput);
        return;
    }

    const CreateDatasetImportJobRequest request = draft.toRequest();
    if (m_invocation.dryRun) {
        m_out << indented(ApiCodec::toJson(request));
        done(Success);
        return;
    }
    m_client->createDatasetImportJob(
        request, this,
        [this](const Result<CreateDatasetImportJobResponse, AwsError> &result, bool) {
            if (!result) {
                fail(result.error());
                return;
            }
            const QString arn = result->datasetImportJobArn.value_or(QString());
            if (m_invocation.output == CliInvocation::Output::Json)
                m_out << indented(ApiCodec::toJson(result.value()));
            else
                m_out << arn << '\n';
            m_out.flush();
            if (m_invocation.wait && !arn.isEmpty()) {
                startWatch({arn});
                return;
            }
            done(Success);
        });
}

void CliCommands::describe()
{
    m_client->describeDatasetImportJob(m_invocation.jobArns.constFirst(), this,
                                       [this](const Result<DatasetImportJob, AwsError> &result) {
                                           if (!result) {
                                               fail(result.error());
                                               return;
                                           }
                                           if (m_invocation.output == CliInvocation::Output::Json) {
                                               DescribeDatasetImportJobResponse response;
                                               response.datasetImportJob = result.value();
                                               m_out << indented(ApiCodec::toJson(response));
                                           } else {
                                               printJob(result.value());
                                           }
                                           done(Success);
                                       });
}

void CliCommands::printJob(const DatasetImportJob &job)
{
    const auto line = [this](const QString &label, const QString &value) {
        m_out << label.leftJustified(22) << value << '\n';
    };
    line(tr("Name"), orDash(job.jobName));
    line(tr("ARN"), orDash(job.datasetImportJobArn));
    line(tr("Status"), orDash(job.status));
    line(tr("Dataset"), orDash(job.datasetArn));
    line(tr("Data location"),
         job.dataSource ? orDash(job.dataSource->dataLocation) : QStringLiteral("-"));
    line(tr("IAM role"), orDash(job.roleArn));
    line(tr("Import mode"), orDash(job.importMode));
    line(tr("Publish metrics"),
         job.publishAttributionMetricsToS3.value_or(false) ? tr("yes") : tr("no"));
    line(tr("Created"), localTime(job.creationDateTime));
    line(tr("Last updated"), localTime(job.lastUpdatedDateTime));
    if (job.failureReason && !job.failureReason->isEmpty())
        line(tr("Failure reason"), *job.failureReason);
}

void CliCommands::list()
{
    m_client->listAllDatasetImportJobs(
        m_invocation.datasetArn, this,
        [this](const Result<QList<DatasetImportJobSummary>, AwsError> &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            if (m_invocation.output == CliInvocation::Output::Json) {
                ListDatasetImportJobsResponse response;
                response.datasetImportJobs = result.value();
                m_out << indented(ApiCodec::toJson(response));
                done(Success);
                return;
            }
            const QList<DatasetImportJobSummary> &jobs = result.value();
            if (jobs.isEmpty()) {
                m_err << tr("No import jobs.") << '\n';
                done(Success);
                return;
            }
            qsizetype nameWidth = 4;
            for (const auto &job : jobs)
                nameWidth = std::max(nameWidth, orDash(job.jobName).size());
            m_out << tr("NAME").leftJustified(nameWidth + 2) << tr("STATUS").leftJustified(20)
                  << tr("MODE").leftJustified(13) << tr("CREATED").leftJustified(21) << tr("ARN")
                  << '\n';
            for (const auto &job : jobs) {
                m_out << orDash(job.jobName).leftJustified(nameWidth + 2)
                      << orDash(job.status).leftJustified(20)
                      << orDash(job.importMode).leftJustified(13)
                      << localTime(job.creationDateTime).leftJustified(21)
                      << orDash(job.datasetImportJobArn) << '\n';
            }
            done(Success);
        });
}

void CliCommands::datasets()
{
    m_client->listAllDatasetGroups(
        this, [this](const Result<QList<DatasetGroupSummary>, AwsError> &groups) {
            if (!groups) {
                fail(groups.error());
                return;
            }
            m_groupsToList = groups.value();
            m_datasetsJson = QJsonArray();
            listNextGroup();
        });
}

// One group at a time, so that the output keeps the service's order.
void CliCommands::listNextGroup()
{
    if (m_groupsToList.isEmpty()) {
        if (m_invocation.output == CliInvocation::Output::Json)
            m_out << QJsonDocument(m_datasetsJson).toJson(QJsonDocument::Indented);
        done(Success);
        return;
    }
    const DatasetGroupSummary group = m_groupsToList.takeFirst();
    m_client->listAllDatasets(
        group.datasetGroupArn.value_or(QString()), this,
        [this, group](const Result<QList<DatasetSummary>, AwsError> &datasets) {
            if (!datasets) {
                fail(datasets.error());
                return;
            }
            if (m_invocation.output == CliInvocation::Output::Json) {
                QJsonObject entry = ApiCodec::toJson(ListDatasetGroupsResponse{
                                                         QList<DatasetGroupSummary>{group}, {}})
                                        .value(QLatin1String("datasetGroups"))
                                        .toArray()
                                        .first()
                                        .toObject();
                entry.insert(QStringLiteral("datasets"),
                             ApiCodec::toJson(ListDatasetsResponse{datasets.value(), {}})
                                 .value(QLatin1String("datasets")));
                m_datasetsJson.append(entry);
            } else {
                m_out << orDash(group.name) << "  (" << orDash(group.domain) << ", "
                      << orDash(group.status) << ")\n    " << orDash(group.datasetGroupArn) << '\n';
                for (const auto &dataset : datasets.value()) {
                    m_out << "    " << orDash(dataset.name) << "  (" << orDash(dataset.datasetType)
                          << ", " << orDash(dataset.status) << ")\n        "
                          << orDash(dataset.datasetArn) << '\n';
                }
            }
            listNextGroup();
        });
}

void CliCommands::startWatch(const QStringList &arns)
{
    m_watched.clear();
    m_watchStarted = m_clock();
    m_consecutivePollFailures = 0;
    describeForWatch(arns);
}

// Each job is described once, to learn its dataset; after that only the datasets are listed.
void CliCommands::describeForWatch(QStringList remaining)
{
    if (remaining.isEmpty()) {
        finishWatchIfDone();
        return;
    }
    const QString arn = remaining.takeFirst();
    m_client->describeDatasetImportJob(
        arn, this, [this, arn, remaining](const Result<DatasetImportJob, AwsError> &result) {
            if (!result) {
                fail(result.error());
                return;
            }
            WatchedJob job;
            job.arn = arn;
            job.name = result->jobName.value_or(arn);
            job.datasetArn = result->datasetArn.value_or(QString());
            job.status = result->status.value_or(QString());
            job.failureReason = result->failureReason.value_or(QString());
            m_watched.append(job);
            if (m_invocation.output == CliInvocation::Output::Text) {
                m_err << timestamp() << "  " << job.name << ": " << job.status << '\n';
                if (!job.failureReason.isEmpty())
                    m_err << "    " << job.failureReason << '\n';
                m_err.flush();
            }
            describeForWatch(remaining);
        });
}

void CliCommands::poll()
{
    QList<QString> datasets;
    for (const WatchedJob &job : std::as_const(m_watched)) {
        if (!isTerminal(importJobStatusFromString(job.status)) &&
            !datasets.contains(job.datasetArn))
            datasets.append(job.datasetArn);
    }
    pollDataset(datasets);
}

void CliCommands::pollDataset(QList<QString> datasets)
{
    if (datasets.isEmpty()) {
        m_consecutivePollFailures = 0;
        finishWatchIfDone();
        return;
    }
    const QString datasetArn = datasets.takeFirst();
    auto unseen = std::make_shared<QSet<QString>>();
    for (const WatchedJob &job : std::as_const(m_watched)) {
        if (job.datasetArn == datasetArn && !isTerminal(importJobStatusFromString(job.status)))
            unseen->insert(job.arn);
    }
    m_client->streamDatasetImportJobs(
        datasetArn, PersonalizeClient::kMaxPageSize, this,
        [this, unseen](const QList<DatasetImportJobSummary> &page) {
            for (const auto &summary : page) {
                applySummary(summary);
                unseen->remove(summary.datasetImportJobArn.value_or(QString()));
            }
            return !unseen->isEmpty(); // page only as far as needed
        },
        [this, datasets](const Result<QList<DatasetImportJobSummary>, AwsError> &result) {
            if (!result) {
                ++m_consecutivePollFailures;
                if (m_consecutivePollFailures >= kMaxConsecutivePollFailures) {
                    fail(result.error());
                    return;
                }
                m_err << tr("importdesk-cli: could not check the jobs (%1); trying again.")
                             .arg(result.error().summary())
                      << '\n';
                m_err.flush();
                m_pollTimer.start(m_invocation.interval);
                return;
            }
            pollDataset(datasets);
        });
}

void CliCommands::applySummary(const DatasetImportJobSummary &summary)
{
    const QString arn = summary.datasetImportJobArn.value_or(QString());
    for (WatchedJob &job : m_watched) {
        if (job.arn != arn)
            continue;
        const QString status = summary.status.value_or(job.status);
        if (status == job.status)
            return;
        if (m_invocation.output == CliInvocation::Output::Text) {
            m_err << timestamp() << "  " << job.name << ": " << job.status << " → " << status
                  << '\n';
        }
        job.status = status;
        job.failureReason = summary.failureReason.value_or(QString());
        if (!job.failureReason.isEmpty() && m_invocation.output == CliInvocation::Output::Text)
            m_err << "    " << job.failureReason << '\n';
        m_err.flush();
        return;
    }
}

void CliCommands::finishWatchIfDone()
{
    const bool allTerminal =
        std::all_of(m_watched.cbegin(), m_watched.cend(), [](const WatchedJob &job) {
            return isTerminal(importJobStatusFromString(job.status));
        });
    const bool timedOut = m_invocation.timeout.count() > 0 &&
                          m_watchStarted.secsTo(m_clock()) >= m_invocation.timeout.count();
    if (!allTerminal && !timedOut) {
        m_pollTimer.start(m_invocation.interval);
        return;
    }

    bool anyFailed = false;
    QJsonArray summary;
    for (const WatchedJob &job : std::as_const(m_watched)) {
        const ImportJobStatus status = importJobStatusFromString(job.status);
        anyFailed = anyFailed || status == ImportJobStatus::CreateFailed;
        QJsonObject entry{{QStringLiteral("datasetImportJobArn"), job.arn},
                          {QStringLiteral("jobName"), job.name},
                          {QStringLiteral("status"), job.status}};
        if (!job.failureReason.isEmpty())
            entry.insert(QStringLiteral("failureReason"), job.failureReason);
        summary.append(entry);
        if (m_invocation.output == CliInvocation::Output::Text)
            m_out << job.status.leftJustified(20) << job.arn << '\n';
    }
    if (m_invocation.output == CliInvocation::Output::Json)
        m_out << QJsonDocument(summary).toJson(QJsonDocument::Indented);
    if (!allTerminal) {
        m_err << tr("importdesk-cli: still running after %1 s.").arg(m_invocation.timeout.count())
              << '\n';
        done(WatchTimedOut);
        return;
    }
    done(anyFailed ? JobFailed : Success);
}

void CliCommands::printIssues(const QList<FieldIssue> &issues)
{
    for (const FieldIssue &issue : issues) {
        const QString severity =
            issue.severity == FieldIssue::Severity::Error ? tr("error") : tr("warning");
        m_err << severity << ": " << fieldName(issue.field) << ": " << issue.message << '\n';
    }
    m_err.flush();
}

void CliCommands::fail(const AwsError &error)
{
    m_err << tr("importdesk-cli: %1").arg(error.summary()) << '\n';
    const QString suggestion = error.suggestion();
    if (!suggestion.isEmpty())
        m_err << suggestion << '\n';
    done(RequestFailed);
}

void CliCommands::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(exitCode);
}

QString CliCommands::timestamp() const
{
    return m_clock().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}
