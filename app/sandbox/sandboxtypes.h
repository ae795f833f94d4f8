#pragma once

// Plain records the sandbox keeps and reports. Times are on the sandbox clock (UTC).

#include "personalize/apitypes.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <chrono>
#include <optional>

// An answer the sandbox gives instead of a result: an AWS error code, its message and the
// HTTP status that goes with it.
struct SandboxError
{
    QString code;
    QString message;
    int httpStatus = 400;

    bool operator==(const SandboxError &) const = default;
};

struct SandboxDatasetGroup
{
    QString name;
    QString arn;
    QString domain; // ECOMMERCE, VIDEO_ON_DEMAND, or empty for a custom group
    QDateTime created;

    bool operator==(const SandboxDatasetGroup &) const = default;
};

struct SandboxDataset
{
    QString name;
    QString arn;
    QString groupArn;
    QString datasetType; // Interactions, Items, Users
    QString schemaArn;
    QDateTime created;

    bool operator==(const SandboxDataset &) const = default;
};

struct SandboxMetricAttribution
{
    QString name;
    QString arn;
    QString groupArn;
    QDateTime created;

    bool operator==(const SandboxMetricAttribution &) const = default;
};

// One dataset import job with its whole schedule: it leaves CREATE PENDING at startsAt and
// reaches its outcome (ACTIVE, or CREATE FAILED with plannedFailure) at endsAt.
struct SandboxImportJob
{
    QString jobName;
    QString arn;
    QString datasetArn;
    QString dataLocation;
    QString roleArn;
    QString importMode = QStringLiteral("FULL");
    std::optional<bool> publishAttributionMetricsToS3;
    QString status = QStringLiteral("CREATE PENDING");
    QDateTime created;
    QDateTime lastUpdated;
    QString failureReason; // set once the job has failed
    QDateTime startsAt;
    QDateTime endsAt;
    QString plannedFailure; // empty: the job will become ACTIVE
    // Its files are still being judged: it stays in CREATE IN_PROGRESS until they are. (Not
    // saved: a job restored from a state file keeps the outcome it had.)
    bool awaitingVerdict = false;

    DatasetImportJob toApi() const;
    DatasetImportJobSummary toSummary() const;
    bool isRunning() const;

    bool operator==(const SandboxImportJob &) const = default;
};

// One request the sandbox answered (or dropped), for tests and the verbose log.
struct SandboxRequestRecord
{
    QDateTime time;
    QString operation;   // "CreateDatasetImportJob"; empty when the target was unusable
    int status = 0;      // HTTP status sent; 0 when the connection was dropped
    QString errorCode;   // empty on success
    QString fault;       // "throttle", "error", "drop", "latency" or empty
    QString datasetArn;  // when the request named one
    QString resourceArn; // the job or resource a request named (Describe, ListTagsForResource)
};

Q_DECLARE_METATYPE(SandboxRequestRecord)

// What one client connection may cost the sandbox: the size of a request and how long the client
// may take to send it. A request over a size is refused before its bytes are buffered; a
// connection that stalls is closed.
struct SandboxConnectionLimits
{
    qint64 maxHeaderBytes = 16 * 1024;               // request line and headers
    qint64 maxBodyBytes = 1024 * 1024;               // the JSON body, as declared by Content-Length
    std::chrono::milliseconds requestTimeout{30000}; // first byte to the whole request
    // A kept-alive connection with no request: twice the app's usual longest poll interval, so
    // that a client polling keeps its connection rather than racing its close.
    std::chrono::milliseconds idleTimeout{120000};
    int maxConnections = 256; // open at once; more wait to be accepted
};
