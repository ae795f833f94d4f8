#pragma once

#include "aws/awserror.h"
#include "aws/awsserviceinfo.h"
#include "aws/result.h"
#include "aws/sharedconfig.h"

#include <QProcessEnvironment>
#include <QUrl>

class EndpointRuleSet;

// The IAM Identity Center OIDC service as the request layer sees it: the id that names its
// endpoint settings (AWS_ENDPOINT_URL_SSO_OIDC, a [services] block "sso_oidc") and its published
// endpoint rules, which give https://oidc.REGION.amazonaws.com. Its calls are not signed.
namespace SsoOidcService {

const AwsServiceInfo &info();
// The service's endpoint rules, embedded at :/aws/sso-oidc/endpoint-rule-set-1.json.
const EndpointRuleSet &endpointRules();
// The OIDC endpoint for an IAM Identity Center in `region`, with the endpoint settings of
// `profile` (AWS_ENDPOINT_URL_SSO_OIDC, AWS_ENDPOINT_URL, its [services] block, endpoint_url)
// as the AWS CLI applies them; an error in plain words when none is usable.
Result<QUrl, AwsError> endpoint(const QString &profile, const QString &region,
                                const QProcessEnvironment &environment, const SharedConfig &config);

} // namespace SsoOidcService
