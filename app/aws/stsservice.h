#pragma once

#include "aws/awsserviceinfo.h"

class EndpointRuleSet;

// AWS Security Token Service as the request layer sees it: the signing name "sts", the id that
// names its endpoint settings (AWS_ENDPOINT_URL_STS, a [services] block "sts"), and its
// published endpoint rules, which give the regional endpoint https://sts.REGION.amazonaws.com.
namespace StsService {

const AwsServiceInfo &info();
// The service's endpoint rules, embedded at :/aws/sts/endpoint-rule-set-1.json.
const EndpointRuleSet &endpointRules();
// The API version every Query call names.
inline constexpr char16_t kApiVersion[] = u"2011-06-15";

} // namespace StsService
