#pragma once

#include "sandbox/sandboxtypes.h"

#include <QString>

#include <optional>

// The service errors the sandbox answers with, worded the way the service words them.
namespace SandboxErrors {

SandboxError invalidInput(const QString &message);
SandboxError notFound(const QString &what, const QString &arn);
// "1 validation error detected: Value 'x' at 'member' failed to satisfy constraint: …"
QString constraintMessage(const QString &value, const QString &member, const QString &constraint);
// A required member that is absent or null.
SandboxError missingMember(const QString &member);

// Model constraints of the Arn and MaxResults shapes; std::nullopt when satisfied.
std::optional<SandboxError> checkArn(const QString &value, const QString &member);
std::optional<SandboxError> checkMaxResults(const std::optional<int> &maxResults);

} // namespace SandboxErrors
