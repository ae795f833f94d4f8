#pragma once

#include "aws/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <optional>

// One AWS partition (aws, aws-cn, aws-us-gov, …) as the partition table describes it.
struct AwsPartition
{
    QString name;               // the partition id, as in ARNs: "aws", "aws-cn"
    QString dnsSuffix;          // "amazonaws.com"
    QString dualStackDnsSuffix; // "api.aws"
    QString implicitGlobalRegion;
    bool supportsFips = false;
    bool supportsDualStack = false;
    // Every output of the table, with "name" set to the id: what the endpoint rules' aws.partition
    // function returns.
    QJsonObject outputs;
};

// The AWS partition table (partitions.json, as published with the SDKs), and which partition
// a region belongs to. The lookup is botocore's: partitions are tried in the table's order, and
// the first one that lists the region by name or whose regionRegex matches it wins.
class AwsPartitions
{
    Q_DECLARE_TR_FUNCTIONS(AwsPartitions)

public:
    // Parses a partitions file; the error says what is malformed.
    static Result<AwsPartitions, QString> load(const QByteArray &json);
    // The table built into the application. Empty (and a warning logged) only if the
    // application's resources are damaged.
    static const AwsPartitions &embedded();

    // The partition of `region`; std::nullopt when no partition lists or matches it.
    std::optional<AwsPartition> forRegion(const QString &region) const;
    // forRegion(), falling back to the table's first partition as the endpoint rules expect.
    AwsPartition forRegionOrFirst(const QString &region) const;

    QList<AwsPartition> partitions() const;
    bool isEmpty() const { return m_entries.isEmpty(); }

private:
    struct Entry
    {
        AwsPartition partition;
        QRegularExpression regionRegex;
        QSet<QString> regions;
    };

    QList<Entry> m_entries;
};
