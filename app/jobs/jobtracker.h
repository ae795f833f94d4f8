#pragma once

#include "aws/awserror.h"
#include "jobs/jobrecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class JobStore;
class PersonalizeClient;
struct AwsCallRecord;

// How often JobTracker polls. The defaults suit the real service; tests shorten them.
struct JobTrackerIntervals
{
    std::chrono::milliseconds newJob{std::chrono::seconds(10)};
    std::chrono::milliseconds longRunning{std::chrono::seconds(60)};
    // Age of the youngest running job at which polling has slowed from newJob to longRunning.
    std::chrono::milliseconds rampDuration{std::chrono::minutes(10)};
    // Multiplies the interval while the window is hidden.
    double hiddenFactor = 3.0;
    // Throttling doubles a backoff factor up to this; each clean poll divides it by 1.25.
    double maxBackoffFactor = 16.0;
    // No interval (hidden, throttled, offline) grows beyond this.
    std::chrono::milliseconds maxInterval{std::chrono::minutes(10)};
    int maxConcurrentDescribes = 4;
};

// Follows every running import job until it finishes. Polls PER DATASET with
// ListDatasetImportJobs (one call covers up to 100 jobs) and reads only as many pages as it
// needs; calls DescribeDatasetImportJob once per job, only for the fields a listing lacks.
// Also discovers jobs created elsewhere (console, CLI) in the datasets the user watches. The
// interval adapts: short for new jobs, longer for long-running ones, longer still when the
// window is hidden or the service throttles; polling resumes by itself after a network loss
// and stops when nothing is running.
class JobTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTracker)

public:
    using Clock = std::function<QDateTime()>;

    JobTracker(JobStore *store, PersonalizeClient *client, QObject *parent = nullptr);
    ~JobTracker() override;

    void setIntervals(const JobTrackerIntervals &intervals);
    const JobTrackerIntervals &intervals() const { return m_intervals; }
    void setClock(Clock clock);
    // Recorded on jobs discovered from now on.
    void setProfile(const QString &profile) { m_profile = profile; }

    // Running jobs and watched datasets from the store; starts polling when there is work.
    void loadFromStore();
    // Follows a job (e.g. one just submitted); a new job makes the next poll come soon.
    void track(const JobRecord &job);
    // Lists every job of the dataset once, then follows its running jobs.
    void watchDataset(const QString &datasetArn);
    QStringList watchedDatasets() const;
    // Polls now, and checks every watched dataset for new jobs.
    void refreshNow();
    // Asks for the details a listing lacks (data location, role, metrics flag) once.
    void fetchDetails(const QString &arn);

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setWindowVisible(bool visible);

    bool isTracking() const { return m_timer.isActive() || m_pollInFlight; }
    bool isOnline() const { return m_online; }
    int activeJobCount() const { return static_cast<int>(m_active.size()); }
    QList<JobRecord> activeJobs() const { return m_active.values(); }
    int pollCount() const { return m_pollCount; }
    // Descriptions queued or in flight (they go on after polling has stopped).
    int pendingDetailCount() const
    {
        return static_cast<int>(m_describeQueue.size() + m_describing.size());
    }
    double backoffFactor() const { return m_backoff; }
    // The delay before the next poll as things stand.
    std::chrono::milliseconds currentInterval() const;

Q_SIGNALS:
    // A job appeared (old.arn is empty) or changed.
    void jobChanged(const JobRecord &oldJob, const JobRecord &newJob);
    // Every job that appeared or changed in one step, for JobTableModel::merge().
    void jobsUpdated(const QList<JobRecord> &jobs);
    // A followed job reached ACTIVE or CREATE FAILED.
    void jobFinished(const JobRecord &job);
    void pollStarted();
    void pollFinished();
    void nextPollScheduled(std::chrono::milliseconds delay);
    void trackingChanged(bool tracking);
    // False after a poll failed for lack of network; true once a poll succeeds again.
    void connectivityChanged(bool online);
    void pollFailed(const AwsError &error);
    void storeError(const QString &message);

private:
    enum class ListingMode {
        Active,  // stop once every running job of the dataset has been seen
        Refresh, // and only once a page ends on a known job
        Full,    // every page
    };

    void poll();
    void listDataset(const QString &datasetArn, ListingMode mode);
    void datasetDone(const std::optional<AwsError> &error);
    void applyPage(const QString &datasetArn, const QList<DatasetImportJobSummary> &page,
                   bool *lastWasUnknown);
    void commit(QList<QPair<std::optional<JobRecord>, JobRecord>> changes);
    void queueDescribe(const QString &arn);
    void pumpDescribes();
    void onDescribed(const QString &arn, const DatasetImportJob &job);
    std::optional<JobRecord> currentRecord(const QString &arn) const;
    void scheduleNext();
    void scheduleWithin(std::chrono::milliseconds delay);
    void setTracking(bool tracking);
    void onCallFinished(const AwsCallRecord &record);
    bool hasWork() const;

    JobStore *m_store;
    PersonalizeClient *m_client;
    JobTrackerIntervals m_intervals;
    Clock m_clock;
    QString m_profile;
    QTimer m_timer;

    QHash<QString, JobRecord> m_active; // running jobs by ARN
    QSet<QString> m_known;              // every job ARN in the store
    QStringList m_watched;
    QHash<QString, ListingMode> m_discover; // datasets to check for unknown jobs next poll

    QStringList m_describeQueue;
    QSet<QString> m_describing;
    QSet<QString> m_described; // asked once this session

    bool m_paused = false;
    bool m_visible = true;
    bool m_online = true;
    bool m_tracking = false;
    bool m_pollInFlight = false;
    bool m_pollAgain = false;
    int m_outstanding = 0;
    int m_pollCount = 0;
    double m_backoff = 1.0;
    std::chrono::milliseconds m_offlineDelay{0};
    bool m_congested = false; // a listing of this poll needed retries
    std::optional<AwsError> m_networkError;
    std::optional<AwsError> m_throttleError;
    std::optional<AwsError> m_otherError;
};
