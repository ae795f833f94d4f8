#include "aws/ssooidcservice.h"

#include "aws/awssession.h"
#include "aws/clientconfiguration.h"
#include "aws/endpointruleset.h"

#include <QCoreApplication>

namespace SsoOidcService {

const EndpointRuleSet &endpointRules()
{
    static const EndpointRuleSet rules =
        EndpointRuleSet::fromResource(QStringLiteral(":/aws/sso-oidc/endpoint-rule-set-1.json"));
    return rules;
}

const AwsServiceInfo &info()
{
    static const AwsServiceInfo service{
        QStringLiteral("awsssooidc"),
        QStringLiteral("SSO OIDC"),
        QCoreApplication::translate("SsoOidcService", "AWS IAM Identity Center"),
        &endpointRules(),
    };
    return service;
}

Result<QUrl, AwsError> endpoint(const QString &profile, const QString &region,
                                const QProcessEnvironment &environment, const SharedConfig &config)
{
    ClientConfigurationOverrides overrides;
    overrides.profile = profile;
    overrides.region = region; // sso_region, not the profile's region
    const auto configuration = ClientConfiguration::resolve(info(), environment, config, overrides);
    if (!configuration)
        return configuration.error();
    const auto settings = AwsSession::clientSettings(info(), configuration.value());
    if (!settings)
        return settings.error();
    return settings->endpoint;
}

} // namespace SsoOidcService
