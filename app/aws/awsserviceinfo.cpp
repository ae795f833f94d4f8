#include "aws/awsserviceinfo.h"

namespace {

QString snakeCase(const QString &serviceId)
{
    QString key = serviceId.trimmed();
    key.replace(u' ', u'_');
    key.replace(u'-', u'_');
    return key;
}

} // namespace

QString AwsServiceInfo::endpointVariable() const
{
    return u"AWS_ENDPOINT_URL_" + snakeCase(serviceId).toUpper();
}

QString AwsServiceInfo::servicesKey() const
{
    return snakeCase(serviceId).toLower();
}
