#pragma once

#include "sandbox/sandboxbuckets.h"

#include <QList>
#include <QString>

#include <memory>

// The built-in S3 bucket "importdesk-demo" that the sandbox serves when no --s3-root is given:
// good CSV files for the seeded datasets and broken ones that each trip one data rule, named so
// that an operator sees what each holds (interactions/good/…, interactions/broken/…). The
// files are made by code, the same on every run.
namespace SandboxDemoBucket {

inline constexpr auto kName = "importdesk-demo";

// Its objects; the encrypted one names a KMS key of `accountId` in `region`.
QList<SandboxBuckets::MemoryObject> objects(const QString &region, const QString &accountId);
// The bucket, ready to serve.
std::shared_ptr<const SandboxBuckets> make(const QString &region, const QString &accountId);

} // namespace SandboxDemoBucket
