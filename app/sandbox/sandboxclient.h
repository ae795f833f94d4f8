#pragma once

#include "aws/awssession.h"
#include "sandbox/sandboxoptions.h"

#include <QUrl>

// How a client connects to a sandbox: its published credentials, its endpoint and region, and
// none of the user's AWS configuration.
namespace SandboxClient {

AwsSessionOptions sessionOptions(const SandboxOptions &sandbox, const QUrl &endpoint);

} // namespace SandboxClient
