#include "common/sandboxfixture.h"

#include "aws/awsclient.h"
#include "personalize/arn.h"
#include "personalize/personalizeclient.h"
#include "sandbox/sandboxclient.h"
#include "sandbox/sandboxserver.h"

#include <QTest>

SandboxFixture::SandboxFixture(const SandboxOptions &options, const TestClientOptions &client)
    : m_options(options)
{
    m_options.port = 0;
    m_server = std::make_unique<SandboxServer>(m_options);
    m_listening = m_server->listen(0);
    reconnect(client);
}

SandboxFixture::~SandboxFixture()
{
    // The clients go first: their calls may still be connected to the server.
    m_client.reset();
    m_aws.reset();
    m_server.reset();
}

SandboxOptions SandboxFixture::defaultOptions()
{
    SandboxOptions options;
    options.port = 0;
    return options;
}

QUrl SandboxFixture::url() const
{
    return m_server->url();
}

void SandboxFixture::reconnect(const TestClientOptions &client)
{
    m_client.reset();
    m_aws = makeAwsClient(m_server->url(), m_options, client);
    m_client = std::make_unique<PersonalizeClient>(m_aws.get());
}

AwsSessionOptions SandboxFixture::sessionOptions() const
{
    return SandboxClient::sessionOptions(m_options, m_server->url());
}

int SandboxFixture::requestCount(const QString &operation) const
{
    if (operation.isEmpty())
        return static_cast<int>(m_server->requestLog().size());
    return m_server->requestCount(operation);
}

void SandboxFixture::clearRequests()
{
    m_server->clearRequestLog();
}

bool SandboxFixture::waitForRequests(const QString &operation, int count, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return requestCount(operation) >= count; }, timeoutMs);
}

int SandboxFixture::jobsNamed(const QString &name) const
{
    int count = 0;
    for (const SandboxImportJob &job : m_server->state().jobs())
        count += job.jobName == name ? 1 : 0;
    return count;
}

QString SandboxFixture::datasetArn(const QString &group, const QString &type) const
{
    return PersonalizeArn::datasetArn(m_options.region, m_options.accountId, group, type);
}

std::unique_ptr<AwsClient> SandboxFixture::makeAwsClient(const QUrl &endpoint,
                                                         const SandboxOptions &credentials,
                                                         const TestClientOptions &client)
{
    auto aws = std::make_unique<AwsClient>();
    AwsClientSettings settings;
    settings.region = credentials.region;
    settings.endpoint = endpoint;
    settings.maxAttempts = client.maxAttempts;
    settings.attemptTimeout = client.attemptTimeout;
    settings.callDeadline = client.callDeadline;
    aws->setSettings(settings);
    AwsCredentials keys;
    keys.accessKeyId = credentials.accessKeyId;
    keys.secretAccessKey = credentials.secretAccessKey;
    keys.accountId = credentials.accountId;
    aws->setStaticCredentials(keys);
    aws->setBackoffFunction([backoff = client.backoff](int) { return backoff; });
    return aws;
}
