#include "sandbox/sandboxerrors.h"

#include <QRegularExpression>

namespace SandboxErrors {

SandboxError invalidInput(const QString &message)
{
    return {QStringLiteral("InvalidInputException"), message, 400};
}

SandboxError notFound(const QString &what, const QString &arn)
{
    return {QStringLiteral("ResourceNotFoundException"),
            QStringLiteral("Could not find the %1 %2.").arg(what, arn), 400};
}

QString constraintMessage(const QString &value, const QString &member, const QString &constraint)
{
    return QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy "
                          "constraint: %3")
        .arg(value, member, constraint);
}

SandboxError missingMember(const QString &member)
{
    return invalidInput(QStringLiteral("1 validation error detected: Value null at '%1' failed "
                                       "to satisfy constraint: Member must not be null")
                            .arg(member));
}

std::optional<SandboxError> checkArn(const QString &value, const QString &member)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("arn:([a-z\\d-]+):personalize:.*:.*:.+")));
    if (value.size() > 256) {
        return invalidInput(constraintMessage(
            value, member, QStringLiteral("Member must have length less than or equal to 256")));
    }
    if (!pattern.match(value).hasMatch()) {
        return invalidInput(
            constraintMessage(value, member,
                              QStringLiteral("Member must satisfy regular expression pattern: "
                                             "arn:([a-z\\d-]+):personalize:.*:.*:.+")));
    }
    return std::nullopt;
}

std::optional<SandboxError> checkMaxResults(const std::optional<int> &maxResults)
{
    if (!maxResults)
        return std::nullopt;
    const QString value = QString::number(*maxResults);
    if (*maxResults < 1) {
        return invalidInput(
            constraintMessage(value, QStringLiteral("maxResults"),
                              QStringLiteral("Member must have value greater than or equal to 1")));
    }
    if (*maxResults > 100) {
        return invalidInput(
            constraintMessage(value, QStringLiteral("maxResults"),
                              QStringLiteral("Member must have value less than or equal to 100")));
    }
    return std::nullopt;
}

} // namespace SandboxErrors
