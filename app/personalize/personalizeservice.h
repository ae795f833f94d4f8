#pragma once

#include "aws/awsserviceinfo.h"

class EndpointRuleSet;

// Amazon Personalize as the AWS request layer sees it: the signing name, the id that names its
// endpoint settings (AWS_ENDPOINT_URL_PERSONALIZE, a [services] block "personalize"), and its
// published endpoint rules.
namespace PersonalizeService {

const AwsServiceInfo &info();
// The service's endpoint rules, embedded at :/personalize/endpoint-rule-set-1.json.
const EndpointRuleSet &endpointRules();

} // namespace PersonalizeService
