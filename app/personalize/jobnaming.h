#pragma once

#include <QDateTime>
#include <QString>

// How Import Desk proposes import job names, within the service's rules: at most 63
// characters, letters A–Z a–z, digits, '-' and '_', starting with a letter or digit. Every
// proposal is itself a valid name.
namespace JobNaming {

inline constexpr int kMaxLength = 63;

// "<base>-import-YYYYMMDD-HHMMSS" for a dataset, where the base is the dataset's name (from the
// catalogue, may be empty) or else "<group>-<type>" taken from its ARN.
QString forDataset(const QString &datasetArn, const QString &datasetName, const QDateTime &when);
// "<base>-import-YYYYMMDD-HHMMSS" from any text: characters a name cannot hold become '-'.
QString fromBase(const QString &base, const QDateTime &when);
// "<name>-copy-YYYYMMDD-HHMMSS"; copying a copy replaces its stamp instead of adding one.
QString cloneName(const QString &name, const QDateTime &when);

} // namespace JobNaming
