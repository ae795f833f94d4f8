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
    // Dataset histories listed at the same time while catching up.
    int maxConcurrentListings = 4;
};

// Follows the import jobs of one account in one region, through one connection (a profile).
//
// - History: catchUp() lists each dataset's jobs newest first, once, and stops at the first
//   job already stored and finished; it is the only way a job learns its dataset from a
//   listing, because ListDatasetImportJobs' summaries do not name it.
// - Polling: while jobs are unfinished, one account-wide listing (no datasetArn, newest first,
//   100 jobs a page) covers every dataset at once, and pages only back to the oldest
//   unfinished job. A job a listing returned is never described; a job created elsewhere is
//   described once, to learn its dataset (with discovery on).
// - The interval adapts: short for new jobs, longer for long-running ones, longer still while
//   the window is hidden or the service throttles; polling resumes by itself after a network
//   loss and stops when nothing is unfinished.
class JobTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTracker)

public:
    using Clock = std::function<QDateTime()>;

    // Follows the jobs of `region` recorded under `profile`; never sends another region's ARN.
    JobTracker(JobStore *store, PersonalizeClient *client, const QString &profile,
               const QString &region, QObject *parent = nullptr);
    ~JobTracker() override;

    QString profile() const { return m_profile; }
    QString region() const { return m_region; }

    void setIntervals(const JobTrackerIntervals &intervals);
    const JobTrackerIntervals &intervals() const { return m_intervals; }
    void setClock(Clock clock);
    // What happens to jobs the store does not know when they show up in an account-wide
    // poll (created elsewhere since the oldest unfinished job).
    enum class Discovery {
        Ignore,   // only the jobs given are followed (importdesk-cli watch)
        Record,   // added and followed, without a dataset (importdesk-cli submit --queue)
        Describe, // added, followed, and described once to learn their dataset (the app)
    };
    void setDiscovery(Discovery discovery) { m_discovery = discovery; }

    // Unfinished jobs of this region and profile from the store; polls when there are any.
    void loadFromStore();
    // Lists the histories of these datasets (an empty ARN: every job of the account, without
    // datasets) into the store, newest first, stopping where the store already knows the rest.
    void catchUp(const QStringList &datasetArns);
    // Follows these jobs by ARN, whether the store knows them or not: listings find them.
    void follow(const QStringList &jobArns);
    // Follows a job (e.g. one just submitted); a new job makes the next poll come soon.
    void track(const JobRecord &job);
    // Polls now, and lists the caught-up datasets again for jobs created elsewhere.
    void refreshNow();
    // Reads what a listing lacks (data location, role, metrics flag; the tags) once.
    void fetchDetails(const QString &arn);

    void setPaused(bool paused);
    void setWindowVisible(bool visible);
    // Keeps polling even with nothing unfinished: submissions wait for a free slot, and the
    // listing says when one is.
    void setKeepPolling(bool keep);

    bool isTracking() const { return m_timer.isActive() || m_pollInFlight; }
    bool isOnline() const { return m_online; }
    // Datasets whose history is still to be listed (queued or being listed).
    int catchUpRemaining() const { return static_cast<int>(m_catchUp.size() + m_listing.size()); }
    bool isCaughtUp(const QString &datasetArn) const { return m_complete.contains(datasetArn); }
    int activeJobCount() const { return static_cast<int>(m_active.size()); }
    int pollCount() const { return m_pollCount; }
    // Descriptions and tag reads queued or in flight (they go on after polling has stopped).
    int pendingDetailCount() const
    {
        return static_cast<int>(m_describeQueue.size() + m_describing.size() + m_tagQueue.size() +
                                m_tagging.size());
    }
    double backoffFactor() const { return m_backoff; }
    // The delay before the next poll as things stand.
    std::chrono::milliseconds currentInterval() const;

Q_SIGNALS:
    // Every job that appeared or changed in one step, for JobTableModel::merge().
    void jobsUpdated(const QList<JobRecord> &jobs);
    // A followed job reached ACTIVE or CREATE FAILED.
    void jobFinished(const JobRecord &job);
    // A job given to follow() does not exist.
    void jobNotFound(const QString &arn, const AwsError &error);
    void pollStarted();
    void pollFinished();
    void nextPollScheduled(std::chrono::milliseconds delay);
    void trackingChanged(bool tracking);
    // The history of a dataset is in the store (catchUpRemaining() tells how many are left).
    void datasetCaughtUp(const QString &datasetArn);
    // False after a poll failed for lack of network; true once a poll succeeds again.
    void connectivityChanged(bool online);
    void pollFailed(const AwsError &error);
    void storeError(const QString &message);

private:
    using Change = QPair<std::optional<JobRecord>, JobRecord>;

    void poll();
    void startListings();
    void listHistory(const QString &datasetArn);
    void listAccount();
    void listingDone(const std::optional<AwsError> &error);
    // What a listing says about one job: the change to commit, if any. `datasetArn` is the
    // listed dataset (empty for account-wide listings); `addUnknown`: record jobs the store
    // does not know.
    std::optional<Change> fromListing(const DatasetImportJobSummary &summary,
                                      const QString &datasetArn, bool addUnknown,
                                      const QDateTime &now);
    void commit(QList<Change> changes);
    void queueDescribe(const QString &arn);
    void queueTags(const QString &arn);
    void pumpDetails();
    void onDescribed(const QString &arn, const DatasetImportJob &job);
    void onTags(const QString &arn, const QList<Tag> &tags);
    std::optional<JobRecord> currentRecord(const QString &arn) const;
    bool isOurs(const JobRecord &job) const;
    void scheduleNext();
    void scheduleWithin(std::chrono::milliseconds delay);
    void setTracking(bool tracking);
    void onCallFinished(const AwsCallRecord &record);
    bool hasWork() const { return !m_active.isEmpty() || !m_catchUp.isEmpty() || m_keepPolling; }

    JobStore *m_store;
    PersonalizeClient *m_client;
    QString m_profile;
    QString m_region;
    JobTrackerIntervals m_intervals;
    Clock m_clock;
    Discovery m_discovery = Discovery::Describe;
    QTimer m_timer;

    QHash<QString, JobRecord> m_active; // unfinished (or not yet seen) jobs by ARN
    QSet<QString> m_known;              // every job ARN in the store
    QStringList m_catchUp;              // datasets whose history is to be listed
    QSet<QString> m_complete;           // datasets whose history the store holds
    QStringList m_caughtUpThisSession;  // listed again by refreshNow()

    QStringList m_describeQueue;
    QSet<QString> m_describing;
    QSet<QString> m_described; // asked once this session
    QStringList m_tagQueue;
    QSet<QString> m_tagging;
    QSet<QString> m_tagged;

    // The poll in flight: listings still to start and under way.
    QStringList m_pendingListings; // dataset ARNs; "" for the account-wide listing
    QSet<QString> m_listing;
    int m_outstanding = 0;

    bool m_paused = false;
    bool m_keepPolling = false;
    bool m_visible = true;
    bool m_online = true;
    bool m_tracking = false;
    bool m_pollInFlight = false;
    bool m_pollAgain = false;
    int m_pollCount = 0;
    double m_backoff = 1.0;
    std::chrono::milliseconds m_offlineDelay{0};
    bool m_congested = false; // a listing of this poll needed retries
    std::optional<AwsError> m_networkError;
    std::optional<AwsError> m_throttleError;
    std::optional<AwsError> m_otherError;
};
