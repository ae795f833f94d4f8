#pragma once

#include "aws/result.h"
#include "personalize/apitypes.h"
#include "sandbox/sandboxtypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

// The sandbox's resources and their life over time, without any networking: dataset groups,
// datasets, a metric attribution, tags and import jobs that move from CREATE PENDING to ACTIVE
// or CREATE FAILED on a schedule. Operations take and return the API's value types and answer
// errors the way the service does. Time comes from an injectable clock; every read first
// catches up with it, so answers are always current even between timer ticks.
class SandboxState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxState)

public:
    using Clock = std::function<QDateTime()>;

    struct Config
    {
        QString region = QStringLiteral("us-east-1");
        QString accountId = QStringLiteral("111122223333");
        quint64 seed = 1;
        double timeScale = 1.0;
        int maxRunning = 5;
        int historyJobs = 0; // extra finished jobs seeded over the past months
    };

    static constexpr int kStateVersion = 1;
    static constexpr int kMaxTagsPerResource = 50;
    // A state file larger than this is refused rather than read (100,000 jobs take ~60 MB).
    static constexpr qint64 kMaxStateFileBytes = 512LL * 1024 * 1024;

    // Seeds the sample data and config.historyJobs more finished jobs (deterministic for a given
    // seed and clock).
    explicit SandboxState(const Config &config, Clock clock = {}, QObject *parent = nullptr);
    ~SandboxState() override;

    const Config &config() const { return m_config; }
    // Applies to jobs created from now on (the running ones keep their schedule).
    void setTimeScale(double timeScale) { m_config.timeScale = timeScale; }
    QDateTime now() const;
    // Moves every job whose next transition is due; emits changed() when one moved.
    void advance();
    // Calls advance() on a timer; 0 stops. (Reads advance anyway.)
    void setTickInterval(std::chrono::milliseconds interval);

    // How a job ends when its files have been judged (SandboxImportJudge).
    struct ContentVerdict
    {
        QString failureReason;                // empty: ACTIVE
        std::chrono::milliseconds running{0}; // time in CREATE IN_PROGRESS at time scale 1
    };
    using VerdictCallback = std::function<void(const ContentVerdict &)>;
    // Decides a new job's outcome from its data: returns false when the job's location is not
    // one it can read (the keyword scenarios decide then); otherwise calls `decided` once,
    // later, on this object's thread.
    using ContentJudge =
        std::function<bool(const SandboxImportJob &job, const SandboxDataset &dataset,
                           const QString &domain, VerdictCallback decided)>;
    void setContentJudge(ContentJudge judge) { m_contentJudge = std::move(judge); }

    Result<CreateDatasetImportJobResponse, SandboxError>
    createDatasetImportJob(const CreateDatasetImportJobRequest &request);
    Result<DescribeDatasetImportJobResponse, SandboxError>
    describeDatasetImportJob(const DescribeDatasetImportJobRequest &request);
    Result<ListDatasetImportJobsResponse, SandboxError>
    listDatasetImportJobs(const ListDatasetImportJobsRequest &request);
    Result<ListDatasetGroupsResponse, SandboxError>
    listDatasetGroups(const ListDatasetGroupsRequest &request);
    Result<ListDatasetsResponse, SandboxError> listDatasets(const ListDatasetsRequest &request);
    Result<DescribeDatasetResponse, SandboxError>
    describeDataset(const DescribeDatasetRequest &request);
    Result<DescribeSchemaResponse, SandboxError>
    describeSchema(const DescribeSchemaRequest &request);
    Result<ListMetricAttributionsResponse, SandboxError>
    listMetricAttributions(const ListMetricAttributionsRequest &request);
    Result<ListTagsForResourceResponse, SandboxError>
    listTagsForResource(const ListTagsForResourceRequest &request);

    // Direct access, for tests.
    const QList<SandboxDatasetGroup> &datasetGroups() const { return m_groups; }
    const QList<SandboxDataset> &datasets() const { return m_datasets; }
    const QList<SandboxMetricAttribution> &metricAttributions() const { return m_attributions; }
    QList<SandboxImportJob> jobs(); // advanced to now, in creation order
    std::optional<SandboxImportJob> job(const QString &arn);
    int runningJobCount();
    // Test hook: inserts a job as is (no validation, no limit); its ARN is derived from its name
    // when empty. Returns false when the name is taken.
    bool addJob(SandboxImportJob job);
    // The signing key of nextTokens (tests forge foreign tokens with another key).
    QByteArray pageTokenKey() const;

    // Whole-state snapshot, versioned.
    QJsonObject toJson() const;
    // The same as JSON text, as saveToFile() writes it (fast even for 100,000 jobs).
    QByteArray toJsonText() const;
    Result<bool, QString> fromJson(const QJsonObject &json);
    // Atomic write (QSaveFile) / read of toJson(). The file is private to the user (0600), and so
    // is a folder the sandbox creates for it (0700): it names accounts, buckets and roles.
    Result<bool, QString> saveToFile(const QString &path) const;
    Result<bool, QString> loadFromFile(const QString &path);

Q_SIGNALS:
    // Something a client could see has changed (a new job, a transition, a load).
    void changed();

private:
    QJsonObject toJsonWithoutJobs() const;
    void seed();
    void seedHistory(int count);
    void rebuildIndexes();
    void index(int position);
    bool listedBefore(int a, int b) const;
    const SandboxDataset *findDataset(const QString &arn) const;
    bool hasResource(const QString &arn) const;
    std::chrono::milliseconds scaled(std::chrono::milliseconds serviceTime) const;
    double jitter(const QString &salt) const;
    void schedule(SandboxImportJob &job) const;
    bool advanceJob(SandboxImportJob &job, const QDateTime &now) const;
    void applyVerdict(const QString &arn, const ContentVerdict &verdict);

    Config m_config;
    Clock m_clock;
    ContentJudge m_contentJudge;
    QTimer m_tick;
    QList<SandboxDatasetGroup> m_groups;
    QList<SandboxDataset> m_datasets;
    QList<SandboxMetricAttribution> m_attributions;
    QList<SandboxImportJob> m_jobs;
    QHash<QString, int> m_jobIndex; // ARN -> position in m_jobs
    // Positions in m_jobs in listing order (newest first, then by ARN), for the whole account
    // and per dataset ARN, so that a page of a listing costs O(log N + page), not a sort.
    QList<int> m_listOrder;
    QHash<QString, QList<int>> m_datasetOrder;
    QList<int> m_running; // positions of the jobs still pending or in progress
    QHash<QString, QList<Tag>> m_tags;
};
