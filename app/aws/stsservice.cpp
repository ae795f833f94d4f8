#include "aws/stsservice.h"

#include "aws/endpointruleset.h"

#include <QCoreApplication>

namespace StsService {

const EndpointRuleSet &endpointRules()
{
    static const EndpointRuleSet rules =
        EndpointRuleSet::fromResource(QStringLiteral(":/aws/sts/endpoint-rule-set-1.json"));
    return rules;
}

const AwsServiceInfo &info()
{
    static const AwsServiceInfo service{
        QStringLiteral("sts"),
        QStringLiteral("STS"),
        QCoreApplication::translate("StsService", "AWS Security Token Service (STS)"),
        &endpointRules(),
    };
    return service;
}

} // namespace StsService
