#pragma once

#include <QString>

class EndpointRuleSet;

// What the request layer needs to know about one AWS service: the name requests are signed
// for, the id that names its endpoint settings, how its endpoint is found, and what to call it
// in messages. Each service library provides one (the layer itself knows no service).
struct AwsServiceInfo
{
    QString signingName; // SigV4 service name, e.g. "sts"
    QString serviceId;   // the API model's serviceId, e.g. "SSO OIDC"
    QString displayName; // for messages, e.g. "AWS IAM Identity Center"
    // The service's endpoint rules; they live as long as the process. Null when the service
    // has none, and an endpoint URL must then be configured.
    const EndpointRuleSet *rules = nullptr;

    // The service's endpoint variable, as the SDKs derive it from the service id:
    // "AWS_ENDPOINT_URL_" + the id in upper case with spaces and hyphens as underscores
    // ("SSO OIDC" → AWS_ENDPOINT_URL_SSO_OIDC).
    QString endpointVariable() const;
    // The key of the service's block in a [services] section: the id in lower case with spaces
    // and hyphens as underscores ("SSO OIDC" → sso_oidc).
    QString servicesKey() const;
};
