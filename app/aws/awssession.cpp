#include "aws/awssession.h"

#include "aws/credentialchain.h"
#include "aws/endpointpolicy.h"
#include "aws/endpointruleset.h"

#include <QDir>

AwsSession::AwsSession(const AwsServiceInfo &service, const ClientConfiguration &configuration,
                       const SharedConfig &sharedConfig)
    : m_service(service)
    , m_configuration(configuration)
    , m_sharedConfig(sharedConfig)
{}

AwsSession::~AwsSession()
{
    // Before the client: the chain borrows the client's network access manager.
    delete m_credentials;
}

Result<std::shared_ptr<AwsSession>, AwsError> AwsSession::open(const AwsServiceInfo &service,
                                                               const AwsSessionOptions &options)
{
    const QString home = options.homeDir.isEmpty() ? QDir::homePath() : options.homeDir;
    const SharedConfig shared = SharedConfig::load(options.environment, home);
    auto resolved =
        ClientConfiguration::resolve(service, options.environment, shared, options.overrides);
    if (!resolved)
        return resolved.error();
    const ClientConfiguration &configuration = resolved.value();

    const auto settings = clientSettings(service, configuration);
    if (!settings)
        return settings.error();

    std::shared_ptr<AwsSession> session(new AwsSession(service, configuration, shared));
    session->m_client.setSettings(settings.value());

    CredentialChainSettings chain;
    chain.environment = options.environment;
    chain.config = shared;
    chain.profile = configuration.profile;
    chain.profileExplicit = configuration.profileExplicit;
    chain.region = configuration.region;
    chain.explicitCredentials = options.explicitCredentials;
    chain.mfaCodeProvider = options.mfaCodeProvider;
    chain.mfaUnavailableReason = options.mfaUnavailableReason;
    chain.network = session->m_client.networkAccessManager();
    session->m_credentials = new CredentialChain(chain, session.get());
    session->m_client.setCredentialsSource(session->m_credentials->source());
    CredentialChain *credentials = session->m_credentials;
    session->m_client.setCredentialsInvalidator([credentials] { credentials->invalidate(); });
    return session;
}

Result<AwsClientSettings, AwsError>
AwsSession::clientSettings(const AwsServiceInfo &service, const ClientConfiguration &configuration)
{
    if (configuration.region.isEmpty()) {
        return AwsError::make(
            AwsError::Kind::Configuration,
            tr("No AWS Region is configured for profile “%1”. Choose a region, or set one with "
               "AWS_REGION or a region line in the profile.")
                .arg(configuration.profile));
    }

    QUrl endpoint = configuration.endpointUrl;
    if (endpoint.isEmpty() && !service.rules) {
        return AwsError::make(
            AwsError::Kind::Configuration,
            tr("No endpoint is known for %1. Set one with %2 or an endpoint_url line in the "
               "profile.")
                .arg(service.displayName, service.endpointVariable()));
    }
    if (endpoint.isEmpty()) {
        EndpointParams params;
        params.region = configuration.region;
        params.useFips = configuration.useFipsEndpoint;
        params.useDualStack = configuration.useDualStackEndpoint;
        const auto fromRules = service.rules->resolve(params);
        if (!fromRules) {
            return AwsError::make(
                AwsError::Kind::Configuration,
                tr("No %1 endpoint for region “%2”: %3")
                    .arg(service.displayName, configuration.region, fromRules.error()));
        }
        endpoint = fromRules->url;
    }
    const QString refusal = EndpointPolicy::check(endpoint);
    if (!refusal.isEmpty())
        return AwsError::make(AwsError::Kind::Configuration, refusal);

    AwsClientSettings settings;
    settings.region = configuration.region;
    settings.endpoint = endpoint;
    settings.maxAttempts = configuration.maxAttempts;
    settings.caBundle = configuration.caBundle;
    return settings;
}
