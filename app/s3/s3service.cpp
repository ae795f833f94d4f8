#include "s3/s3service.h"

#include <QCoreApplication>

namespace S3Service {

const AwsServiceInfo &info()
{
    static const AwsServiceInfo service{
        QStringLiteral("s3"),
        QStringLiteral("S3"),
        QCoreApplication::translate("S3Service", "Amazon S3"),
        nullptr,
    };
    return service;
}

} // namespace S3Service
