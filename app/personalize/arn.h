#pragma once

#include <QString>

#include <optional>

// An Amazon Resource Name split into its parts:
// arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, where RESOURCE is "type/name" or "type:name".
struct Arn
{
    QString partition;
    QString service;
    QString region;    // empty for global services such as IAM
    QString accountId; // empty for some AWS-owned resources
    QString resource;

    // std::nullopt unless the text has the six parts and a non-empty partition, service and
    // resource. Region and account may be empty.
    static std::optional<Arn> parse(const QString &text);
    QString toString() const;

    // "dataset", "dataset-group", "dataset-import-job", "role"…: what comes before the first
    // "/" or ":" of the resource; empty when the resource has no type prefix.
    QString resourceType() const;
    // Everything after the type and its separator, e.g. "GROUP/INTERACTIONS" for a dataset and
    // "service-role/MyRole" for a role with a path; the whole resource when it has no type.
    QString resourceName() const;

    // The partition a region code belongs to ("aws", "aws-cn", "aws-us-gov", "aws-iso"…), from
    // the AWS partition table; empty when no partition lists or matches the region.
    static QString partitionForRegion(const QString &region);

    bool operator==(const Arn &) const = default;
};

// Building and taking apart the ARNs of Personalize resources.
namespace PersonalizeArn {

// arn:PARTITION:personalize:REGION:ACCOUNT:dataset/GROUP/TYPE, with all three parts non-empty.
bool isDatasetArn(const Arn &arn);
// The dataset group a dataset belongs to, e.g. ...:dataset/GROUP/ITEMS -> ...:dataset-group/GROUP;
// std::nullopt when the text is not a dataset ARN.
std::optional<QString> datasetGroupArnOf(const QString &datasetArn);
// GROUP and TYPE of a dataset ARN; empty when it is not one.
QString datasetGroupNameOf(const QString &datasetArn);
QString datasetTypeOf(const QString &datasetArn);

// The partition is derived from the region.
QString datasetGroupArn(const QString &region, const QString &accountId, const QString &group);
QString datasetArn(const QString &region, const QString &accountId, const QString &group,
                   const QString &datasetType);
QString datasetImportJobArn(const QString &region, const QString &accountId,
                            const QString &jobName);

} // namespace PersonalizeArn
