#include "aws/awscall.h"
#include "aws/awsclient.h"
#include "aws/awscredentials.h"
#include "aws/retrystrategy.h"
#include "jobs/jobtracker.h"
#include "jobs/submissionservice.h"
#include "jobstore/sqlitejobstore.h"
#include "personalize/personalizeclient.h"
#include "sandbox/sandboxserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace std::chrono_literals;

// The whole client stack (AwsClient with its retry policy and clock-skew correction,
// PersonalizeClient, SubmissionService over a SQLite store, JobTracker) against the sandbox with
// every fault on at once: throttling, 5xx, answers dropped or cut off after the work was done,
// latency and a skewed clock. However the faults fall, every submission must end as exactly one
// job, and the store must end with the service's status for each. IMPORTDESK_SOAK_JOBS sets how
// many jobs are submitted (100 by default); with many, pass -maxwarnings 0 so that the summary
// is not cut off behind the warnings of lookups that failed and were settled later.
class TestFaultSoak final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySubmissionEndsAsOneJob();
};

namespace {

const QString kCreate = QStringLiteral("CreateDatasetImportJob");
const QString kList = QStringLiteral("ListDatasetImportJobs");
const QString kProfile = QStringLiteral("soak");
// Keeps a run reproducible; IMPORTDESK_SOAK_SEED tries another fall of the faults.
constexpr quint64 kDefaultSeed = 1505;

int soakJobs()
{
    bool ok = false;
    const int jobs = qEnvironmentVariableIntValue("IMPORTDESK_SOAK_JOBS", &ok);
    return ok && jobs > 0 ? jobs : 100;
}

quint64 soakSeed()
{
    bool ok = false;
    const quint64 seed = qEnvironmentVariable("IMPORTDESK_SOAK_SEED").toULongLong(&ok);
    return ok ? seed : kDefaultSeed;
}

// What the sandbox and the client saw, for the summary.
struct Tally
{
    int requests = 0;
    QMap<QString, int> faults; // injected fault -> requests
    int skewRefusals = 0;      // refused because the client's clock was off
    int lookups = 0;           // listings of one dataset: lost answers looked up by name
    int calls = 0;
    int retries = 0;
    int resubmissions = 0; // definite refusals the operator sent again
    int reconciliations = 0;
};

} // namespace

void TestFaultSoak::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFaultSoak::everySubmissionEndsAsOneJob()
{
    const int jobs = soakJobs();
    QElapsedTimer elapsed;
    elapsed.start();

    SandboxOptions options;
    options.port = 0;
    options.seed = soakSeed();
    options.timeScale = 200; // a job takes well under a second
    // The soak is about faults, not about the limit on running imports (the queue has its own
    // tests): every job may run at once.
    options.maxRunning = jobs + 10;
    // About 30 % of requests faulted: 18 % throttled or 5xx, and 15 % of the rest carried out
    // with their answer dropped or cut off.
    options.throttleRate = 0.10;
    options.errorRate = 0.08;
    options.dropRate = 0.08;
    options.truncateRate = 0.07;
    options.latencyMs = 5;
    options.clockSkewSeconds = 15 * 60; // beyond the five minutes a signature may be off
    SandboxServer server(options);
    QVERIFY(server.listen(0));

    Tally tally;
    connect(&server, &SandboxServer::requestLogged, this,
            [&tally](const SandboxRequestRecord &record) {
                ++tally.requests;
                if (!record.fault.isEmpty() && record.fault != u"latency")
                    ++tally.faults[record.fault];
                if (record.errorCode == u"InvalidSignatureException")
                    ++tally.skewRefusals;
                if (record.operation == kList && !record.datasetArn.isEmpty())
                    ++tally.lookups;
            });

    // The client as the app configures it: standard retry mode, its own backoff and deadlines.
    AwsClient aws;
    AwsClientSettings settings;
    settings.region = options.region;
    settings.endpoint = server.url();
    aws.setSettings(settings);
    AwsCredentials keys;
    keys.accessKeyId = options.accessKeyId;
    keys.secretAccessKey = options.secretAccessKey;
    keys.accountId = options.accountId;
    aws.setStaticCredentials(keys);
    connect(&aws, &AwsClient::callFinished, this, [&tally](const AwsCallRecord &record) {
        ++tally.calls;
        tally.retries += std::max(0, record.attempts - 1);
    });
    PersonalizeClient client(&aws);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SqliteJobStore store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))).ok());
    SubmissionService service(&store, &client);
    service.setProfile(kProfile);
    service.setRegion(options.region);
    JobTracker tracker(&store, &client, kProfile, options.region);
    JobTrackerIntervals intervals;
    intervals.newJob = 100ms;
    intervals.longRunning = 300ms;
    intervals.rampDuration = 5s;
    intervals.maxInterval = 2s;
    tracker.setIntervals(intervals);

    // The operator: follows what was confirmed, sends again what the service definitely refused
    // for a passing reason, and lets the app settle answers that could not be looked up yet.
    QStringList anomalies;
    QSet<QString> confirmed;
    connect(&service, &SubmissionService::submissionConfirmed, &tracker,
            [&](const OutboxEntry &entry, const JobRecord &job) {
                if (confirmed.contains(entry.draft.jobName))
                    anomalies.append(u"confirmed twice: " + entry.draft.jobName);
                confirmed.insert(entry.draft.jobName);
                tracker.track(job);
            });
    connect(&service, &SubmissionService::submissionFailed, this,
            [&](const OutboxEntry &entry, const AwsError &error) {
                if (RetryStrategy::classify(error) == RetryClass::NotRetryable &&
                    !error.mayHaveBeenProcessed()) {
                    anomalies.append(
                        QStringLiteral("%1 refused: %2").arg(entry.draft.jobName, error.summary()));
                    return;
                }
                ++tally.resubmissions;
                const auto again = service.submit(entry.draft);
                if (!again.ok())
                    anomalies.append(again.error());
            });
    QTimer reconcile;
    reconcile.setSingleShot(true);
    reconcile.setInterval(200ms);
    connect(&reconcile, &QTimer::timeout, this, [&] {
        if (service.isReconciling()) {
            reconcile.start();
            return;
        }
        ++tally.reconciliations;
        service.reconcilePending();
    });
    connect(&service, &SubmissionService::submissionUnresolved, &reconcile,
            [&reconcile] { reconcile.start(); });
    connect(&service, &SubmissionService::unsentFound, this,
            [&](const QList<OutboxEntry> &entries) {
                for (const OutboxEntry &entry : entries) {
                    if (const auto sent = service.resubmit(entry.id); !sent.ok())
                        anomalies.append(sent.error());
                }
            });
    connect(&service, &SubmissionService::storeError, this,
            [&anomalies](const QString &message) { anomalies.append(message); });
    connect(&tracker, &JobTracker::storeError, this,
            [&anomalies](const QString &message) { anomalies.append(message); });

    // Distinct names spread over every dataset; one job in ten is set to fail.
    const QList<SandboxDataset> datasets = server.state().datasets();
    QVERIFY(!datasets.isEmpty());
    const QStringList failures{QStringLiteral("no-access"), QStringLiteral("missing-columns"),
                               QStringLiteral("bad-timestamp")};
    QSet<QString> names;
    for (int i = 0; i < jobs; ++i) {
        ImportJobDraft draft;
        draft.jobName = QStringLiteral("soak-%1").arg(i, 5, 10, QLatin1Char('0'));
        draft.datasetArn = datasets.at(i % datasets.size()).arn;
        draft.dataLocation =
            i % 10 == 9
                ? QStringLiteral("s3://soak/%1/%2.csv").arg(failures.at(i / 10 % 3), draft.jobName)
                : QStringLiteral("s3://soak/data/%1.csv").arg(draft.jobName);
        draft.roleArn =
            QStringLiteral("arn:aws:iam::%1:role/PersonalizeS3Read").arg(options.accountId);
        names.insert(draft.jobName);
        QVERIFY(service.submit(draft).ok());
    }

    // Done when every name has been confirmed, nothing is open, and no job still moves.
    const auto settled = [&] {
        return anomalies.isEmpty() && confirmed.size() == jobs && !service.isReconciling() &&
               tracker.activeJobCount() == 0 && store.pendingRows()->isEmpty() &&
               store.runningJobs()->isEmpty();
    };
    const int timeoutMs = 60000 + jobs * 200;
    [[maybe_unused]] const bool done =
        QTest::qWaitFor([&] { return settled() || !anomalies.isEmpty(); }, timeoutMs);
    QVERIFY2(anomalies.isEmpty(), qPrintable(anomalies.join(u'\n')));
    QVERIFY2(settled(), qPrintable(QStringLiteral("not settled after %1 ms: %2 of %3 confirmed, "
                                                  "%4 open rows, %5 jobs still followed")
                                       .arg(timeoutMs)
                                       .arg(confirmed.size())
                                       .arg(jobs)
                                       .arg(store.pendingRows()->size())
                                       .arg(tracker.activeJobCount())));

    // Exactly one job per name in the service: none duplicated, none missing.
    QHash<QString, SandboxImportJob> served;
    for (const SandboxImportJob &job : server.state().jobs()) {
        if (!names.contains(job.jobName))
            continue;
        QVERIFY2(!served.contains(job.jobName), qPrintable(u"duplicate: " + job.jobName));
        served.insert(job.jobName, job);
    }
    QCOMPARE(served.size(), jobs);

    // Every outbox row settled: one confirmed row per name, naming the service's job; any other
    // row of the name failed before it was sent again, and created nothing.
    const QList<OutboxEntry> rows = store.allOutboxRows().value();
    QHash<QString, int> confirmedRows;
    int failedRows = 0;
    for (const OutboxEntry &row : rows) {
        const SandboxImportJob job = served.value(row.draft.jobName);
        if (row.state == OutboxState::Confirmed) {
            ++confirmedRows[row.draft.jobName];
            QCOMPARE(row.jobArn, job.arn);
            continue;
        }
        QVERIFY2(row.state == OutboxState::Failed,
                 qPrintable(row.draft.jobName + u' ' + OutboxEntry::stateName(row.state)));
        ++failedRows;
        // The service's job was created after this row was given up (its clock is ahead by the
        // skew), so this row did not create it.
        const QDateTime createdHere = job.created.addSecs(-options.clockSkewSeconds);
        QVERIFY2(createdHere.addMSecs(SubmissionService::kCreationMarginMs) >= row.updated,
                 qPrintable(QStringLiteral("%1 failed at %2 but its job was created at %3: %4")
                                .arg(row.draft.jobName, row.updated.toString(Qt::ISODateWithMs),
                                     createdHere.toString(Qt::ISODateWithMs), row.error)));
    }
    QCOMPARE(confirmedRows.size(), jobs);
    for (auto it = confirmedRows.cbegin(); it != confirmedRows.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(u"confirmed twice: " + it.key()));

    // The store's final word on each job is the service's.
    int failedJobs = 0;
    for (const SandboxImportJob &job : std::as_const(served)) {
        const auto stored = store.job(job.arn);
        QVERIFY(stored.ok());
        QVERIFY2(stored.value().has_value(), qPrintable(u"not in the store: " + job.arn));
        QCOMPARE(stored.value()->status, job.status);
        QCOMPARE(stored.value()->failureReason, job.failureReason);
        QVERIFY(job.status == u"ACTIVE" || job.status == u"CREATE FAILED");
        failedJobs += job.status == u"CREATE FAILED" ? 1 : 0;
    }
    QCOMPARE(failedJobs, jobs / 10);

    int faulted = 0;
    QStringList byKind;
    for (auto it = tally.faults.cbegin(); it != tally.faults.cend(); ++it) {
        faulted += it.value();
        byKind.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    }
    QVERIFY(tally.requests > 0);
    qInfo().noquote() << QStringLiteral(
                             "soak: %1 jobs (seed %2) in %3 s; %4 requests, %5 faulted (%6 %): "
                             "%7; %8 refused for clock skew; %9 calls, %10 retries; %11 lookups; "
                             "%12 resubmitted after a definite refusal (%13 failed rows); %14 "
                             "reconciliations; %15 imports failed as planned; duplicates 0, "
                             "missing 0")
                             .arg(jobs)
                             .arg(options.seed)
                             .arg(elapsed.elapsed() / 1000.0, 0, 'f', 1)
                             .arg(tally.requests)
                             .arg(faulted)
                             .arg(100.0 * faulted / tally.requests, 0, 'f', 1)
                             .arg(byKind.join(QStringLiteral(", ")))
                             .arg(tally.skewRefusals)
                             .arg(tally.calls)
                             .arg(tally.retries)
                             .arg(tally.lookups)
                             .arg(tally.resubmissions)
                             .arg(failedRows)
                             .arg(tally.reconciliations)
                             .arg(failedJobs);
}

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
