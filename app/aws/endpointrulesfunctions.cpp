#include "aws/endpointrulesfunctions.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace EndpointRulesFunctions {
namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

// One DNS label: letters, digits and hyphens, 1 to 63 long, no hyphen at either end.
bool isHostLabel(const QString &label)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return pattern.match(label).hasMatch();
}

bool isValidHostLabel(const QString &value, bool allowSubDomains)
{
    if (!allowSubDomains)
        return isHostLabel(value);
    const QStringList labels = value.split(u'.');
    for (const QString &label : labels) {
        if (!isHostLabel(label))
            return false;
    }
    return true;
}

bool isVirtualHostableS3Bucket(const QString &value, bool allowSubDomains)
{
    static const QRegularExpression ipv4(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$"));
    if (value.size() < 3 || value.size() > (allowSubDomains ? 255 : 63))
        return false;
    if (value.toLower() != value || ipv4.match(value).hasMatch())
        return false;
    return isValidHostLabel(value, allowSubDomains);
}

QJsonValue parseArn(const QString &value)
{
    // arn:partition:service:region:account-id:resource, where the resource may hold colons.
    QStringList parts;
    qsizetype start = 0;
    while (parts.size() < 5) {
        const qsizetype colon = value.indexOf(u':', start);
        if (colon < 0)
            return QJsonValue::Null;
        parts.append(value.mid(start, colon - start));
        start = colon + 1;
    }
    const QString resource = value.mid(start);
    if (parts.at(0) != u"arn" || parts.at(1).isEmpty() || parts.at(2).isEmpty() ||
        resource.isEmpty()) {
        return QJsonValue::Null;
    }
    static const QRegularExpression separators(QStringLiteral("[:/]"));
    QJsonArray resourceId;
    for (const QString &piece : resource.split(separators))
        resourceId.append(piece);
    return QJsonObject{{QStringLiteral("partition"), parts.at(1)},
                       {QStringLiteral("service"), parts.at(2)},
                       {QStringLiteral("region"), parts.at(3)},
                       {QStringLiteral("accountId"), parts.at(4)},
                       {QStringLiteral("resourceId"), resourceId}};
}

QJsonValue parseUrl(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return QJsonValue::Null;
    if (!url.query().isEmpty())
        return QJsonValue::Null;

    // Authority and path as written: "scheme://authority/path" up to any '?' or '#'.
    const qsizetype authorityStart = value.indexOf(QStringLiteral("://")) + 3;
    qsizetype end = value.size();
    for (const QChar stop : {u'?', u'#'}) {
        const qsizetype at = value.indexOf(stop, authorityStart);
        if (at >= 0 && at < end)
            end = at;
    }
    qsizetype pathStart = value.indexOf(u'/', authorityStart);
    if (pathStart < 0 || pathStart > end)
        pathStart = end;
    const QString authority = value.mid(authorityStart, pathStart - authorityStart);
    const QString path = value.mid(pathStart, end - pathStart);

    QString normalizedPath = path;
    if (!normalizedPath.startsWith(u'/'))
        normalizedPath.prepend(u'/');
    if (!normalizedPath.endsWith(u'/'))
        normalizedPath.append(u'/');

    const bool isIp = !QHostAddress(url.host()).isNull();
    return QJsonObject{{QStringLiteral("scheme"), scheme},
                       {QStringLiteral("authority"), authority},
                       {QStringLiteral("path"), path},
                       {QStringLiteral("normalizedPath"), normalizedPath},
                       {QStringLiteral("isIp"), isIp}};
}

QJsonValue substring(const QString &input, int start, int stop, bool reverse)
{
    if (start < 0 || start >= stop || input.size() < stop || !isAscii(input))
        return QJsonValue::Null;
    if (reverse)
        return input.mid(input.size() - stop, stop - start);
    return input.mid(start, stop - start);
}

bool isUnset(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined();
}

} // namespace

bool isKnown(const QString &name)
{
    static const QStringList known = {
        QStringLiteral("isSet"),
        QStringLiteral("not"),
        QStringLiteral("booleanEquals"),
        QStringLiteral("stringEquals"),
        QStringLiteral("getAttr"),
        QStringLiteral("aws.partition"),
        QStringLiteral("aws.parseArn"),
        QStringLiteral("aws.isVirtualHostableS3Bucket"),
        QStringLiteral("isValidHostLabel"),
        QStringLiteral("parseURL"),
        QStringLiteral("substring"),
        QStringLiteral("uriEncode"),
    };
    return known.contains(name);
}

QJsonValue getAttr(const QJsonValue &value, const QString &path)
{
    static const QRegularExpression step(QStringLiteral("^([^\\[\\]]*)(?:\\[(\\d+)\\])?$"));
    QJsonValue current = value;
    for (const QString &part : path.split(u'.')) {
        const QRegularExpressionMatch match = step.match(part);
        if (!match.hasMatch())
            return QJsonValue::Null;
        const QString key = match.captured(1);
        if (!key.isEmpty()) {
            if (!current.isObject() || !current.toObject().contains(key))
                return QJsonValue::Null;
            current = current.toObject().value(key);
        }
        if (match.hasCaptured(2)) {
            const qsizetype index = match.captured(2).toLongLong();
            if (!current.isArray() || index >= current.toArray().size())
                return QJsonValue::Null;
            current = current.toArray().at(index);
        }
    }
    return current;
}

std::optional<QJsonValue> call(const QString &name, const QJsonArray &args)
{
    const auto arg = [&args](qsizetype i) {
        return i < args.size() ? args.at(i) : QJsonValue();
    };
    const auto count = args.size();

    if (name == u"isSet" && count == 1)
        return QJsonValue(!isUnset(arg(0)));
    if (name == u"not" && count == 1 && arg(0).isBool())
        return QJsonValue(!arg(0).toBool());
    if (name == u"booleanEquals" && count == 2) {
        // An unset optional argument never equals anything.
        return QJsonValue(arg(0).isBool() && arg(1).isBool() && arg(0) == arg(1));
    }
    if (name == u"stringEquals" && count == 2)
        return QJsonValue(arg(0).isString() && arg(1).isString() && arg(0) == arg(1));
    if (name == u"getAttr" && count == 2 && arg(1).isString())
        return getAttr(arg(0), arg(1).toString());
    if (name == u"aws.parseArn" && count == 1)
        return arg(0).isString() ? parseArn(arg(0).toString()) : QJsonValue(QJsonValue::Null);
    if (name == u"aws.isVirtualHostableS3Bucket" && count == 2) {
        return QJsonValue(arg(0).isString() &&
                          isVirtualHostableS3Bucket(arg(0).toString(), arg(1).toBool()));
    }
    if (name == u"isValidHostLabel" && count == 2)
        return QJsonValue(arg(0).isString() &&
                          isValidHostLabel(arg(0).toString(), arg(1).toBool()));
    if (name == u"parseURL" && count == 1)
        return arg(0).isString() ? parseUrl(arg(0).toString()) : QJsonValue(QJsonValue::Null);
    if (name == u"substring" && count == 4 && arg(1).isDouble() && arg(2).isDouble()) {
        if (!arg(0).isString())
            return QJsonValue(QJsonValue::Null);
        return substring(arg(0).toString(), arg(1).toInt(), arg(2).toInt(), arg(3).toBool());
    }
    if (name == u"uriEncode" && count == 1) {
        if (!arg(0).isString())
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(QString::fromLatin1(QUrl::toPercentEncoding(arg(0).toString())));
    }
    return std::nullopt;
}

} // namespace EndpointRulesFunctions
