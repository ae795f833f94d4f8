#pragma once

#include "aws/awssession.h"
#include "sandbox/sandboxoptions.h"

#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class AwsClient;
class PersonalizeClient;
class SandboxServer;

// How the clients of a SandboxFixture send: short deadlines and no wait between retries, so
// that a test of a fault does not sit out the standard backoff.
struct TestClientOptions
{
    int maxAttempts = 3;
    std::chrono::milliseconds attemptTimeout{std::chrono::seconds(5)};
    std::chrono::milliseconds callDeadline{std::chrono::seconds(20)};
    std::chrono::milliseconds backoff{0};
};

// A sandbox endpoint on a free loopback port, and an AwsClient and PersonalizeClient signed
// with its credentials: what the integration tests talk to. Also counts the requests the
// sandbox answered, per operation.
class SandboxFixture final
{
    Q_DISABLE_COPY_MOVE(SandboxFixture)

public:
    // Starts the sandbox with `options` on a free port (options.port is ignored).
    explicit SandboxFixture(const SandboxOptions &options = defaultOptions(),
                            const TestClientOptions &client = {});
    ~SandboxFixture();

    // The defaults of a sandbox, on any free port.
    static SandboxOptions defaultOptions();

    bool isListening() const { return m_listening; }
    SandboxServer *server() const { return m_server.get(); }
    const SandboxOptions &options() const { return m_options; }
    QUrl url() const;
    AwsClient *aws() const { return m_aws.get(); }
    PersonalizeClient *client() const { return m_client.get(); }
    // Replaces both clients by new ones (the old ones and their calls are gone).
    void reconnect(const TestClientOptions &client);

    // What a session (ConnectionManager, DesktopApp) opens to talk to this sandbox.
    AwsSessionOptions sessionOptions() const;

    // Requests of `operation` ("CreateDatasetImportJob"; empty: all) the sandbox answered or
    // dropped since it started or since clearRequests().
    int requestCount(const QString &operation = {}) const;
    void clearRequests();
    // Waits until requestCount(operation) reaches `count`.
    bool waitForRequests(const QString &operation, int count, int timeoutMs = 10000) const;
    // Import jobs of that name the sandbox holds.
    int jobsNamed(const QString &name) const;
    // A seeded dataset of the sandbox, such as ("retail-shop", "ITEMS").
    QString datasetArn(const QString &group, const QString &type) const;

    // An AwsClient signed with `credentials`' keys for any endpoint, such as a scripted server
    // that stands in for the service.
    static std::unique_ptr<AwsClient> makeAwsClient(const QUrl &endpoint,
                                                    const SandboxOptions &credentials,
                                                    const TestClientOptions &client = {});

private:
    SandboxOptions m_options;
    std::unique_ptr<SandboxServer> m_server;
    bool m_listening = false;
    std::unique_ptr<AwsClient> m_aws;
    std::unique_ptr<PersonalizeClient> m_client;
};
