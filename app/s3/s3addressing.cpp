#include "s3/s3addressing.h"

#include "aws/awspartitions.h"
#include "aws/endpointpolicy.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

#include <algorithm>

namespace S3Addressing {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("S3Addressing", text);
}

} // namespace

bool isDnsCompatibleBucket(const QString &bucket)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$"));
    return pattern.match(bucket).hasMatch();
}

bool isValidRegion(const QString &region)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    return pattern.match(region).hasMatch();
}

QByteArray encodeKey(const QString &key)
{
    return QUrl::toPercentEncoding(key, "/");
}

QByteArray encodeQuery(QList<QPair<QString, QString>> parameters)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(parameters.size());
    for (const auto &[name, value] : std::as_const(parameters))
        encoded.append({QUrl::toPercentEncoding(name), QUrl::toPercentEncoding(value)});
    // SigV4 sorts by the encoded bytes.
    std::sort(encoded.begin(), encoded.end());
    QByteArray query;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!query.isEmpty())
            query += '&';
        query += name + '=' + value;
    }
    return query;
}

QString awsHost(const QString &region, bool fips, bool dualStack, QString *problem)
{
    if (!isValidRegion(region)) {
        *problem = tr("“%1” is not an AWS Region name. Choose a region such as us-east-1.")
                       .arg(region.left(64));
        return {};
    }
    const AwsPartition partition = AwsPartitions::embedded().forRegionOrFirst(region);
    if (partition.dnsSuffix.isEmpty()) {
        *problem = tr("The AWS partition of the region %1 is not known.").arg(region);
        return {};
    }
    if (fips && !partition.supportsFips) {
        *problem = tr("Amazon S3 has no FIPS endpoint in the region %1. Turn off "
                      "use_fips_endpoint (AWS_USE_FIPS_ENDPOINT) for this profile.")
                       .arg(region);
        return {};
    }
    if (dualStack && !partition.supportsDualStack) {
        *problem = tr("Amazon S3 has no dual-stack endpoint in the region %1. Turn off "
                      "use_dualstack_endpoint (AWS_USE_DUALSTACK_ENDPOINT) for this profile.")
                       .arg(region);
        return {};
    }
    QString host = fips ? QStringLiteral("s3-fips") : QStringLiteral("s3");
    if (dualStack)
        host += u".dualstack";
    return host + u'.' + region + u'.' + partition.dnsSuffix;
}

Result<S3RequestTarget, QString> target(const S3ClientSettings &settings, const QString &region,
                                        const QString &bucket, const QString &key,
                                        const QList<QPair<QString, QString>> &query)
{
    using Error = Result<S3RequestTarget, QString>;
    if (bucket.isEmpty() || bucket.contains(u'/'))
        return Error(tr("“%1” is not an S3 bucket name.").arg(bucket.left(64)));

    const bool custom = !settings.endpoint.isEmpty();
    QUrl url;
    QByteArray basePath;
    bool virtualHosted = false;
    if (custom) {
        const QString refusal = EndpointPolicy::check(settings.endpoint);
        if (!refusal.isEmpty())
            return Error(refusal);
        url.setScheme(settings.endpoint.scheme());
        url.setHost(settings.endpoint.host());
        url.setPort(settings.endpoint.port());
        basePath = settings.endpoint.path(QUrl::FullyEncoded).toLatin1();
        while (basePath.endsWith('/'))
            basePath.chop(1);
        // A bucket cannot be a label of an IP address.
        const bool ipHost = !QHostAddress(settings.endpoint.host()).isNull();
        virtualHosted = settings.addressingStyle == S3AddressingStyle::VirtualHost &&
                        isDnsCompatibleBucket(bucket) && !ipHost;
    } else {
        QString problem;
        const QString host =
            awsHost(region, settings.useFipsEndpoint, settings.useDualStackEndpoint, &problem);
        if (host.isEmpty())
            return Error(problem);
        url.setScheme(QStringLiteral("https"));
        url.setHost(host);
        virtualHosted =
            settings.addressingStyle != S3AddressingStyle::Path && isDnsCompatibleBucket(bucket);
    }

    S3RequestTarget out;
    out.virtualHosted = virtualHosted;
    if (virtualHosted) {
        url.setHost(bucket + u'.' + url.host());
        out.path = basePath + '/' + encodeKey(key);
    } else {
        out.path = basePath + '/' + QUrl::toPercentEncoding(bucket);
        if (!key.isEmpty())
            out.path += '/' + encodeKey(key);
    }
    out.query = encodeQuery(query);
    url.setPath(QString::fromLatin1(out.path), QUrl::StrictMode);
    if (!out.query.isEmpty())
        url.setQuery(QString::fromLatin1(out.query), QUrl::StrictMode);
    if (!url.isValid())
        return Error(tr("No valid address can be made for the bucket “%1”.").arg(bucket.left(64)));
    out.url = url;
    return out;
}

} // namespace S3Addressing
