#pragma once

#include <QString>
#include <QStringList>

#include <chrono>

// How a new import job will end, chosen from words in its data location so that demos and tests
// can ask for a given failure: s3://bucket/no-access/... fails on S3 permissions, and so on.
namespace SandboxScenarios {

struct Outcome
{
    QString keyword;       // the word that chose it; empty for a normal job
    QString failureReason; // empty: the job becomes ACTIVE
    // Time in CREATE IN_PROGRESS at time scale 1, before jitter.
    std::chrono::milliseconds running{0};
};

// Time in CREATE PENDING at time scale 1, before jitter.
inline constexpr std::chrono::milliseconds kPending{10000};
// Time in CREATE IN_PROGRESS of a job that succeeds, at time scale 1, before jitter.
inline constexpr std::chrono::milliseconds kRunning{60000};

// The keywords that select a failure, in the order they are tried.
QStringList keywords();

// Time in CREATE IN_PROGRESS at time scale 1 of a job that ends as `keyword` says (one of
// keywords()), before jitter; kRunning for any other word.
std::chrono::milliseconds runningFor(const QString &keyword);

// datasetArn gives the dataset type (…/INTERACTIONS) that the service names in its messages.
Outcome outcomeFor(const QString &dataLocation, const QString &datasetArn);

} // namespace SandboxScenarios
