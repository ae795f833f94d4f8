#pragma once

#include "aws/awsclient.h"
#include "aws/awscredentials.h"
#include "aws/awserror.h"
#include "aws/awsserviceinfo.h"
#include "aws/clientconfiguration.h"
#include "aws/result.h"
#include "aws/sharedconfig.h"

#include <QCoreApplication>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <optional>

class CredentialChain;

// What a connection is opened from: the user's explicit choices, and where the environment
// and the shared config files come from (the real ones by default, injected by tests).
struct AwsSessionOptions
{
    ClientConfigurationOverrides overrides;
    std::optional<AwsCredentials> explicitCredentials;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString homeDir; // empty: the user's home directory
    // Passed to the credential chain (CredentialChainSettings::mfaCodeProvider); empty: profiles
    // with mfa_serial fail with a message that says so.
    std::function<void(const QString &profile, const QString &mfaSerial,
                       std::function<void(std::optional<QString> code)> answer)>
        mfaCodeProvider;
    QString mfaUnavailableReason; // see CredentialChainSettings
};

// One connection to one AWS service endpoint: the resolved configuration (profile, region,
// endpoint, retries, trusted CAs), the credential chain of the profile, and the AwsClient that
// signs and sends with them. Composition roots open one per profile/region choice; switching
// profile or region opens a new session.
class AwsSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AwsSession)

public:
    // Reads the configuration of `service` without contacting the network. Fails, in plain
    // words, when no region is configured, a setting is malformed or the endpoint is not
    // acceptable (for example plain http to another computer). Missing credentials are
    // reported by the first call, so that the profile list and region still show.
    static Result<std::shared_ptr<AwsSession>, AwsError> open(const AwsServiceInfo &service,
                                                              const AwsSessionOptions &options);

    // The client settings for `service` under a resolved configuration: the region, the
    // endpoint (from a setting or the service's rules), retries and trusted CAs. Fails, in
    // plain words, when no region is set or the endpoint is not acceptable.
    static Result<AwsClientSettings, AwsError>
    clientSettings(const AwsServiceInfo &service, const ClientConfiguration &configuration);

    ~AwsSession() override;

    const AwsServiceInfo &service() const { return m_service; }
    AwsClient *client() { return &m_client; }
    CredentialChain *credentials() { return m_credentials; }
    const ClientConfiguration &configuration() const { return m_configuration; }
    const SharedConfig &sharedConfig() const { return m_sharedConfig; }
    QString profile() const { return m_configuration.profile; }
    QString region() const { return m_configuration.region; }
    QUrl endpoint() const { return m_client.settings().endpoint; }
    // True when the endpoint comes from a setting rather than the service's own rules.
    bool hasCustomEndpoint() const { return !m_configuration.endpointUrl.isEmpty(); }

private:
    AwsSession(const AwsServiceInfo &service, const ClientConfiguration &configuration,
               const SharedConfig &sharedConfig);

    AwsServiceInfo m_service;
    ClientConfiguration m_configuration;
    SharedConfig m_sharedConfig;
    AwsClient m_client;
    CredentialChain *m_credentials = nullptr;
};
