#pragma once

#include "aws/awspartitions.h"
#include "aws/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QUrl>
#include <QVariantMap>

#include <optional>

// Inputs of endpoint resolution, matched to rule-set parameters through their builtIn names
// (AWS::Region, AWS::UseFIPS, AWS::UseDualStack, SDK::Endpoint).
struct EndpointParams
{
    std::optional<QString> region;
    bool useFips = false;
    bool useDualStack = false;
    std::optional<QString> endpoint;
};

// Where to send a request, as the rule set decided it.
struct ResolvedEndpoint
{
    QUrl url;
    QVariantMap properties;
    QVariantMap headers; // header name -> QStringList of values
};

// A generic interpreter of Smithy endpoint rule sets (version 1.x) together with the AWS
// partition table, so that a service's published rules, not hand-written URL patterns,
// decide the endpoint.
class EndpointRuleSet
{
    Q_DECLARE_TR_FUNCTIONS(EndpointRuleSet)

public:
    // Parses and checks a rule set and a partitions file; the error says what is malformed.
    static Result<EndpointRuleSet, QString> load(const QByteArray &ruleSetJson,
                                                 const QByteArray &partitionsJson);
    static Result<EndpointRuleSet, QString> load(const QByteArray &ruleSetJson,
                                                 const AwsPartitions &partitions);

    // A rule set embedded in the application as the resource `path` (":/service/….json"),
    // with the embedded partition table. If the resource is missing or malformed, the result
    // answers every resolve() with an error that says so (and a warning is logged), so that a
    // damaged installation is reported when a connection is opened.
    static EndpointRuleSet fromResource(const QString &path);

    // Runs the rules. An error rule gives its message verbatim. An empty region or endpoint
    // counts as not given; a region that is not a DNS label is refused before the rules run.
    Result<ResolvedEndpoint, QString> resolve(const EndpointParams &params) const;

    // The partition record (name, dnsSuffix, dualStackDnsSuffix, supportsFIPS, ...) for a
    // region, as the aws.partition function sees it.
    QJsonObject partitionFor(const QString &region) const;

private:
    EndpointRuleSet() = default;

    QJsonObject m_parameters;
    QJsonArray m_rules;
    AwsPartitions m_partitions;
    QString m_loadError; // set only on the fallback instance fromResource() gives on failure
};
