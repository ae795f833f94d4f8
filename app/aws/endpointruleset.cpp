#include "aws/endpointruleset.h"

#include "aws/endpointrulesfunctions.h"
#include "aws/logging.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>

namespace {

using Scope = QHash<QString, QJsonValue>;

QString trRules(const char *text)
{
    return QCoreApplication::translate("EndpointRuleSet", text);
}

Result<QJsonObject, QString> parseObject(const QByteArray &json, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return trRules("The %1 is not a valid JSON object (%2). Reinstall Import Desk or replace "
                       "the file with an unmodified copy.")
            .arg(what, parseError.errorString());
    }
    return document.object();
}

// Checks an expression (argument, URL, error message) before it is ever run, so that a broken
// or too-new rule set is reported when it is loaded rather than when a request is made.
QString checkExpression(const QJsonValue &expression)
{
    if (expression.isArray()) {
        for (const QJsonValue &item : expression.toArray()) {
            if (QString problem = checkExpression(item); !problem.isEmpty())
                return problem;
        }
        return {};
    }
    if (!expression.isObject())
        return {};
    const QJsonObject object = expression.toObject();
    if (object.contains(u"fn")) {
        const QString name = object.value(u"fn").toString();
        if (!EndpointRulesFunctions::isKnown(name)) {
            return trRules("The endpoint rule set uses the function “%1”, which this version of "
                           "Import Desk does not support.")
                .arg(name);
        }
        if (!object.value(u"argv").isArray())
            return trRules("The endpoint rule set calls “%1” without an argument list.").arg(name);
        return checkExpression(object.value(u"argv"));
    }
    if (object.contains(u"ref"))
        return object.value(u"ref").isString()
                   ? QString()
                   : trRules("The endpoint rule set has a reference that is not a name.");
    for (const QJsonValue &value : object) {
        if (QString problem = checkExpression(value); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString checkRules(const QJsonValue &rules)
{
    if (!rules.isArray())
        return trRules("The endpoint rule set has a tree rule without a list of rules.");
    for (const QJsonValue &ruleValue : rules.toArray()) {
        const QJsonObject rule = ruleValue.toObject();
        const QJsonValue conditions = rule.value(u"conditions");
        if (!conditions.isUndefined() && !conditions.isArray())
            return trRules("The endpoint rule set has a rule whose conditions are not a list.");
        for (const QJsonValue &condition : conditions.toArray()) {
            if (!condition.toObject().contains(u"fn"))
                return trRules("The endpoint rule set has a condition that calls no function.");
            if (QString problem = checkExpression(condition); !problem.isEmpty())
                return problem;
        }
        const QString type = rule.value(u"type").toString();
        QString problem;
        if (type == u"endpoint") {
            const QJsonObject endpoint = rule.value(u"endpoint").toObject();
            if (!endpoint.contains(u"url"))
                return trRules("The endpoint rule set has an endpoint rule without a URL.");
            problem = checkExpression(endpoint);
        } else if (type == u"error") {
            if (!rule.contains(u"error"))
                return trRules("The endpoint rule set has an error rule without a message.");
            problem = checkExpression(rule.value(u"error"));
        } else if (type == u"tree") {
            problem = checkRules(rule.value(u"rules"));
        } else {
            return trRules("The endpoint rule set has a rule of unknown type “%1”.").arg(type);
        }
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

// Runs the rules for one resolution. Failures that are defects of the rule set (not error
// rules) end the run with m_failure set.
class Interpreter
{
public:
    explicit Interpreter(const EndpointRuleSet &ruleSet)
        : m_ruleSet(ruleSet)
    {}

    enum class Outcome { NoMatch, Endpoint, Error, Failed };

    Outcome runRules(const QJsonArray &rules, const Scope &scope)
    {
        for (const QJsonValue &rule : rules) {
            const Outcome outcome = runRule(rule.toObject(), scope);
            if (outcome != Outcome::NoMatch)
                return outcome;
        }
        return Outcome::NoMatch;
    }

    ResolvedEndpoint endpoint;
    QString message; // the error rule's message, or what went wrong

private:
    Outcome runRule(const QJsonObject &rule, Scope scope)
    {
        // Assignments live in `scope`, a copy, so they reach only this rule and its children.
        for (const QJsonValue &conditionValue : rule.value(u"conditions").toArray()) {
            const QJsonObject condition = conditionValue.toObject();
            const QJsonValue result = evaluate(condition, scope);
            if (m_failed)
                return Outcome::Failed;
            if (!EndpointRulesFunctions::isTruthy(result))
                return Outcome::NoMatch;
            if (const QString assign = condition.value(u"assign").toString(); !assign.isEmpty())
                scope.insert(assign, result);
        }

        const QString type = rule.value(u"type").toString();
        if (type == u"error") {
            const QJsonValue text = evaluate(rule.value(u"error"), scope);
            if (m_failed)
                return Outcome::Failed;
            message = text.toString();
            return Outcome::Error;
        }
        if (type == u"endpoint")
            return buildEndpoint(rule.value(u"endpoint").toObject(), scope);

        const Outcome outcome = runRules(rule.value(u"rules").toArray(), scope);
        if (outcome == Outcome::NoMatch) {
            return fail(trRules("The endpoint rules have no answer for these settings (a tree "
                                "rule matched but none of its rules did)."));
        }
        return outcome;
    }

    Outcome buildEndpoint(const QJsonObject &spec, const Scope &scope)
    {
        const QJsonValue url = evaluate(spec.value(u"url"), scope);
        const QJsonValue properties = evaluate(spec.value(u"properties"), scope);
        ResolvedEndpoint result;
        const QJsonObject headers = spec.value(u"headers").toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            QStringList values;
            for (const QJsonValue &value : it.value().toArray())
                values.append(evaluate(value, scope).toString());
            result.headers.insert(it.key(), values);
        }
        if (m_failed)
            return Outcome::Failed;
        if (!url.isString())
            return fail(trRules("The endpoint rules produced an endpoint without a URL."));
        result.url = QUrl(url.toString(), QUrl::StrictMode);
        if (!result.url.isValid() || result.url.host().isEmpty()) {
            return fail(trRules("The endpoint URL “%1” is not a valid URL. Check the endpoint "
                                "URL and the region in the settings.")
                            .arg(url.toString()));
        }
        result.properties = properties.toObject().toVariantMap();
        endpoint = result;
        return Outcome::Endpoint;
    }

    QJsonValue evaluate(const QJsonValue &expression, const Scope &scope)
    {
        if (m_failed)
            return QJsonValue::Null;
        if (expression.isString())
            return expandTemplate(expression.toString(), scope);
        if (expression.isArray()) {
            QJsonArray values;
            for (const QJsonValue &item : expression.toArray())
                values.append(evaluate(item, scope));
            return values;
        }
        if (!expression.isObject())
            return expression; // booleans, numbers and null are literals
        const QJsonObject object = expression.toObject();
        if (object.contains(u"ref"))
            return lookup(object.value(u"ref").toString(), scope);
        if (object.contains(u"fn"))
            return callFunction(object, scope);
        QJsonObject values;
        for (auto it = object.begin(); it != object.end(); ++it)
            values.insert(it.key(), evaluate(it.value(), scope));
        return values;
    }

    QJsonValue callFunction(const QJsonObject &call, const Scope &scope)
    {
        const QString name = call.value(u"fn").toString();
        const QJsonArray args = evaluate(call.value(u"argv"), scope).toArray();
        if (m_failed)
            return QJsonValue::Null;
        if (name == u"aws.partition") {
            if (args.size() != 1) {
                fail(badCall(name));
                return QJsonValue::Null;
            }
            if (!args.at(0).isString())
                return QJsonValue::Null;
            return m_ruleSet.partitionFor(args.at(0).toString());
        }
        const std::optional<QJsonValue> result = EndpointRulesFunctions::call(name, args);
        if (!result) {
            fail(badCall(name));
            return QJsonValue::Null;
        }
        return *result;
    }

    static QString badCall(const QString &name)
    {
        return trRules("The endpoint rule set calls “%1” with arguments it does not accept.")
            .arg(name);
    }

    QJsonValue lookup(const QString &name, const Scope &scope)
    {
        const auto it = scope.constFind(name);
        if (it == scope.constEnd()) {
            fail(trRules("The endpoint rule set refers to “%1”, which is not defined.").arg(name));
            return QJsonValue::Null;
        }
        return it.value();
    }

    // "{Region}" and "{PartitionResult#dnsSuffix}" are replaced; "{{" and "}}" are braces.
    QJsonValue expandTemplate(const QString &text, const Scope &scope)
    {
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
            if ((c == u'{' || c == u'}') && next == c) {
                out.append(c);
                ++i;
                continue;
            }
            if (c != u'{') {
                out.append(c);
                continue;
            }
            const qsizetype close = text.indexOf(u'}', i + 1);
            if (close < 0) {
                fail(trRules("The endpoint rule set has an unclosed “{” in “%1”.").arg(text));
                return QJsonValue::Null;
            }
            const QString reference = text.mid(i + 1, close - i - 1);
            const qsizetype hash = reference.indexOf(u'#');
            QJsonValue value = lookup(hash < 0 ? reference : reference.left(hash), scope);
            if (hash >= 0)
                value = EndpointRulesFunctions::getAttr(value, reference.mid(hash + 1));
            if (m_failed)
                return QJsonValue::Null;
            if (!value.isString()) {
                fail(trRules("The endpoint rule set inserts “%1”, which has no text value here.")
                         .arg(reference));
                return QJsonValue::Null;
            }
            out.append(value.toString());
            i = close;
        }
        return out;
    }

    Outcome fail(const QString &why)
    {
        if (!m_failed) {
            m_failed = true;
            message = why;
        }
        return Outcome::Failed;
    }

    const EndpointRuleSet &m_ruleSet;
    bool m_failed = false;
};

// The value the caller gave for a parameter, found by its builtIn (or, failing that, its name).
QJsonValue givenValue(const QString &name, const QJsonObject &definition,
                      const EndpointParams &params)
{
    const QString builtIn = definition.value(u"builtIn").toString();
    // An empty region or endpoint (e.g. a cleared text field) counts as not given.
    const auto text = [](const std::optional<QString> &value) {
        return value && !value->isEmpty() ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    if (builtIn == u"AWS::Region" || (builtIn.isEmpty() && name == u"Region"))
        return text(params.region);
    if (builtIn == u"SDK::Endpoint" || (builtIn.isEmpty() && name == u"Endpoint"))
        return text(params.endpoint);
    if (builtIn == u"AWS::UseFIPS" || (builtIn.isEmpty() && name == u"UseFIPS"))
        return params.useFips;
    if (builtIn == u"AWS::UseDualStack" || (builtIn.isEmpty() && name == u"UseDualStack"))
        return params.useDualStack;
    return QJsonValue::Null;
}

// Region names become part of a host name, so anything but a DNS label could redirect signed
// requests elsewhere ("us-east-1.evil.example/").
bool isPlausibleRegion(const QString &region)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    return pattern.match(region).hasMatch();
}

} // namespace

Result<EndpointRuleSet, QString> EndpointRuleSet::load(const QByteArray &ruleSetJson,
                                                       const QByteArray &partitionsJson)
{
    const auto partitions = AwsPartitions::load(partitionsJson);
    if (!partitions)
        return partitions.error();
    return load(ruleSetJson, partitions.value());
}

Result<EndpointRuleSet, QString> EndpointRuleSet::load(const QByteArray &ruleSetJson,
                                                       const AwsPartitions &partitions)
{
    const auto ruleSet = parseObject(ruleSetJson, tr("endpoint rule set"));
    if (!ruleSet)
        return ruleSet.error();
    if (partitions.isEmpty())
        return tr("The partitions file lists no partitions.");

    const QString version = ruleSet->value(u"version").toString();
    if (!version.startsWith(u"1.")) {
        return tr("The endpoint rule set has version “%1”; Import Desk understands version 1.x.")
            .arg(version);
    }

    EndpointRuleSet result;
    result.m_parameters = ruleSet->value(u"parameters").toObject();
    for (auto it = result.m_parameters.begin(); it != result.m_parameters.end(); ++it) {
        const QString type = it.value().toObject().value(u"type").toString();
        if (type.compare(u"string", Qt::CaseInsensitive) != 0 &&
            type.compare(u"boolean", Qt::CaseInsensitive) != 0) {
            return tr("The endpoint rule set parameter “%1” has the unsupported type “%2”.")
                .arg(it.key(), type);
        }
    }
    if (const QString problem = checkRules(ruleSet->value(u"rules")); !problem.isEmpty())
        return problem;
    result.m_rules = ruleSet->value(u"rules").toArray();
    result.m_partitions = partitions;
    return result;
}

EndpointRuleSet EndpointRuleSet::fromResource(const QString &path)
{
    QFile rules(path);
    EndpointRuleSet broken;
    if (!rules.open(QIODevice::ReadOnly) || AwsPartitions::embedded().isEmpty()) {
        broken.m_loadError = tr("The endpoint rules built into Import Desk are missing. "
                                "Reinstall Import Desk, or set an endpoint URL.");
        qCWarning(lcAwsConfig).noquote()
            << "Embedded endpoint rule set or partitions not found:" << path;
        return broken;
    }
    auto loaded = load(rules.readAll(), AwsPartitions::embedded());
    if (!loaded.ok()) {
        qCWarning(lcAwsConfig).noquote()
            << "Embedded endpoint rule set" << path << "unusable:" << loaded.error();
        broken.m_loadError = loaded.error();
        return broken;
    }
    return std::move(loaded).value();
}

QJsonObject EndpointRuleSet::partitionFor(const QString &region) const
{
    return m_partitions.forRegionOrFirst(region).outputs;
}

Result<ResolvedEndpoint, QString> EndpointRuleSet::resolve(const EndpointParams &params) const
{
    if (!m_loadError.isEmpty())
        return m_loadError;

    Scope scope;
    for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it) {
        const QJsonObject definition = it.value().toObject();
        QJsonValue value = givenValue(it.key(), definition, params);
        if (value.isNull() && definition.contains(u"default"))
            value = definition.value(u"default");
        if (value.isNull() && definition.value(u"required").toBool()) {
            return tr("The endpoint setting “%1” is required but has no value.").arg(it.key());
        }
        scope.insert(it.key(), value);
    }
    if (params.region && !params.region->isEmpty() && !isPlausibleRegion(*params.region)) {
        return tr("“%1” is not a valid AWS Region name. Use a name such as us-east-1.")
            .arg(*params.region);
    }

    Interpreter interpreter(*this);
    switch (interpreter.runRules(m_rules, scope)) {
    case Interpreter::Outcome::Endpoint:
        qCDebug(lcAwsConfig) << "Resolved endpoint"
                             << interpreter.endpoint.url.toDisplayString(QUrl::RemoveUserInfo);
        return interpreter.endpoint;
    case Interpreter::Outcome::Error:
    case Interpreter::Outcome::Failed:
        return interpreter.message;
    case Interpreter::Outcome::NoMatch:
        break;
    }
    return tr("The endpoint rules have no answer for these settings. Set an endpoint URL, or "
              "check the region.");
}
