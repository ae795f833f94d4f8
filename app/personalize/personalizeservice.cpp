#include "personalize/personalizeservice.h"

#include "aws/endpointruleset.h"

#include <QCoreApplication>

namespace PersonalizeService {

const EndpointRuleSet &endpointRules()
{
    static const EndpointRuleSet rules =
        EndpointRuleSet::fromResource(QStringLiteral(":/personalize/endpoint-rule-set-1.json"));
    return rules;
}

const AwsServiceInfo &info()
{
    static const AwsServiceInfo service{
        QStringLiteral("personalize"),
        QStringLiteral("Personalize"),
        QCoreApplication::translate("PersonalizeService", "Amazon Personalize"),
        &endpointRules(),
    };
    return service;
}

} // namespace PersonalizeService
