#include "personalize/arn.h"

#include "aws/awspartitions.h"

#include <QStringList>

#include <algorithm>

namespace {

const QString &arnPrefix()
{
    static const QString prefix = QStringLiteral("arn:");
    return prefix;
}

QString build(const QString &region, const QString &accountId, const QString &resource)
{
    QString partition = Arn::partitionForRegion(region);
    if (partition.isEmpty())
        partition = QStringLiteral("aws");
    return Arn{partition, QStringLiteral("personalize"), region, accountId, resource}.toString();
}

qsizetype typeSeparator(const QString &resource)
{
    const qsizetype slash = resource.indexOf(u'/');
    const qsizetype colon = resource.indexOf(u':');
    if (slash < 0)
        return colon;
    if (colon < 0)
        return slash;
    return std::min(slash, colon);
}

} // namespace

std::optional<Arn> Arn::parse(const QString &text)
{
    if (!text.startsWith(arnPrefix()))
        return std::nullopt;
    // The resource may itself contain colons, so split off exactly four more fields.
    Arn arn;
    QString *fields[] = {&arn.partition, &arn.service, &arn.region, &arn.accountId};
    qsizetype from = arnPrefix().size();
    for (QString *field : fields) {
        const qsizetype colon = text.indexOf(u':', from);
        if (colon < 0)
            return std::nullopt;
        *field = text.mid(from, colon - from);
        from = colon + 1;
    }
    arn.resource = text.mid(from);
    if (arn.partition.isEmpty() || arn.service.isEmpty() || arn.resource.isEmpty())
        return std::nullopt;
    return arn;
}

QString Arn::toString() const
{
    return arnPrefix() + partition + u':' + service + u':' + region + u':' + accountId + u':' +
           resource;
}

QString Arn::resourceType() const
{
    // A separator in front names no type: "/x" is a name, as for a resource without one.
    const qsizetype separator = typeSeparator(resource);
    return separator <= 0 ? QString() : resource.left(separator);
}

QString Arn::resourceName() const
{
    const qsizetype separator = typeSeparator(resource);
    return separator <= 0 ? resource : resource.mid(separator + 1);
}

QString Arn::partitionForRegion(const QString &region)
{
    const std::optional<AwsPartition> partition = AwsPartitions::embedded().forRegion(region);
    return partition ? partition->name : QString();
}

namespace PersonalizeArn {

bool isDatasetArn(const Arn &arn)
{
    // "dataset:…" has the type but not the form: its parts would be read from the wrong places.
    if (arn.service != u"personalize" || !arn.resource.startsWith(u"dataset/"))
        return false;
    const QStringList parts = arn.resource.split(u'/');
    return parts.size() == 3 && !parts.at(1).isEmpty() && !parts.at(2).isEmpty();
}

std::optional<QString> datasetGroupArnOf(const QString &datasetArnText)
{
    std::optional<Arn> arn = Arn::parse(datasetArnText);
    if (!arn || !isDatasetArn(*arn))
        return std::nullopt;
    arn->resource = u"dataset-group/" + datasetGroupNameOf(datasetArnText);
    return arn->toString();
}

QString datasetGroupNameOf(const QString &datasetArnText)
{
    const std::optional<Arn> arn = Arn::parse(datasetArnText);
    if (!arn || !isDatasetArn(*arn))
        return {};
    return arn->resource.section(u'/', 1, 1);
}

QString datasetTypeOf(const QString &datasetArnText)
{
    const std::optional<Arn> arn = Arn::parse(datasetArnText);
    if (!arn || !isDatasetArn(*arn))
        return {};
    return arn->resource.section(u'/', 2, 2);
}

QString datasetGroupArn(const QString &region, const QString &accountId, const QString &group)
{
    return build(region, accountId, u"dataset-group/" + group);
}

QString datasetArn(const QString &region, const QString &accountId, const QString &group,
                   const QString &datasetType)
{
    return build(region, accountId, u"dataset/" + group + u'/' + datasetType);
}

QString datasetImportJobArn(const QString &region, const QString &accountId, const QString &jobName)
{
    return build(region, accountId, u"dataset-import-job/" + jobName);
}

} // namespace PersonalizeArn
