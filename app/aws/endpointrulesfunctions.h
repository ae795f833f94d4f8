#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <optional>

// The standard library functions of Smithy endpoint rule sets that do not need the partition
// table. Values are JSON values; an unset (optional) result is QJsonValue::Null.
namespace EndpointRulesFunctions {

// Whether `name` is a function the interpreter can call (including aws.partition).
bool isKnown(const QString &name);

// Calls a function other than aws.partition. Returns std::nullopt when the arguments do not
// fit the function (wrong count or type), which is a defect of the rule set.
std::optional<QJsonValue> call(const QString &name, const QJsonArray &args);

// getAttr: follows a path such as "a.b[0]" into objects and arrays; Null when absent.
QJsonValue getAttr(const QJsonValue &value, const QString &path);

// A value counts as a satisfied condition unless it is unset or false.
inline bool isTruthy(const QJsonValue &value)
{
    return !(value.isNull() || value.isUndefined() || (value.isBool() && !value.toBool()));
}

} // namespace EndpointRulesFunctions
