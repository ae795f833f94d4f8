#include "s3/s3types.h"

std::optional<S3Location> S3Location::parse(const QString &url)
{
    static const QLatin1String scheme("s3://");
    if (!url.startsWith(scheme, Qt::CaseInsensitive))
        return std::nullopt;
    const QString rest = url.mid(scheme.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    S3Location location;
    location.bucket = slash < 0 ? rest : rest.left(slash);
    location.key = slash < 0 ? QString() : rest.mid(slash + 1);
    if (location.bucket.isEmpty())
        return std::nullopt;
    return location;
}

QString S3Location::toUrl() const
{
    return QStringLiteral("s3://%1/%2").arg(bucket, key);
}
