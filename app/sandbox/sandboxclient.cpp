#include "sandbox/sandboxclient.h"

#include <QCoreApplication>

namespace SandboxClient {

AwsSessionOptions sessionOptions(const SandboxOptions &sandbox, const QUrl &endpoint)
{
    AwsSessionOptions options;
    AwsCredentials credentials;
    credentials.accessKeyId = sandbox.accessKeyId;
    credentials.secretAccessKey = sandbox.secretAccessKey;
    credentials.accountId = sandbox.accountId;
    credentials.source = QCoreApplication::translate("SandboxClient", "sandbox");
    options.explicitCredentials = credentials;
    options.overrides.endpointUrl = endpoint;
    options.overrides.region = sandbox.region;
    // The sandbox is independent of the user's AWS configuration.
    options.environment = QProcessEnvironment();
    return options;
}

} // namespace SandboxClient
