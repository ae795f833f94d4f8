#include "sandbox/sandboxscenarios.h"

#include "personalize/arn.h"
#include "sandbox/sandboxfailurereasons.h"

using namespace std::chrono_literals;

namespace {

struct Rule
{
    const char *keyword;
    std::chrono::milliseconds running;
};

// Failures that need no data to be read come quickly; content problems show up later.
constexpr Rule kRules[] = {
    {"no-access", 8s},      {"invalid-location", 3s}, {"missing-columns", 25s}, {"bom", 25s},
    {"bad-timestamp", 40s}, {"too-few-rows", 30s},    {"too-long", 45s},
};

QString typeOf(const QString &datasetArn)
{
    const QString type = PersonalizeArn::datasetTypeOf(datasetArn).toUpper();
    return type.isEmpty() ? QStringLiteral("INTERACTIONS") : type;
}

// Required columns of the sandbox's schemas, first column first.
QStringList requiredColumns(const QString &type)
{
    if (type == QLatin1String("ITEMS"))
        return {QStringLiteral("ITEM_ID"), QStringLiteral("CREATION_TIMESTAMP")};
    if (type == QLatin1String("USERS"))
        return {QStringLiteral("USER_ID"), QStringLiteral("MEMBERSHIP_LEVEL")};
    return {QStringLiteral("USER_ID"), QStringLiteral("ITEM_ID"), QStringLiteral("TIMESTAMP")};
}

QString categoricalColumn(const QString &type)
{
    if (type == QLatin1String("ITEMS"))
        return QStringLiteral("GENRES");
    if (type == QLatin1String("USERS"))
        return QStringLiteral("MEMBERSHIP_LEVEL");
    return QStringLiteral("EVENT_TYPE");
}

QString timestampColumn(const QString &type)
{
    return type == QLatin1String("ITEMS") ? QStringLiteral("CREATION_TIMESTAMP")
                                          : QStringLiteral("TIMESTAMP");
}

// A keyword stands for a problem in files nobody reads, so the reasons name typical columns
// and counts.
QString reasonFor(const QString &keyword, const QString &type)
{
    if (keyword == QLatin1String("no-access"))
        return SandboxFailureReasons::noAccess(type);
    if (keyword == QLatin1String("invalid-location"))
        return SandboxFailureReasons::invalidLocation();
    if (keyword == QLatin1String("missing-columns"))
        return SandboxFailureReasons::missingColumns(type, requiredColumns(type).mid(1));
    if (keyword == QLatin1String("bom")) {
        // A byte-order mark glued to the first header makes the service miss the first column.
        return SandboxFailureReasons::missingColumns(type, {requiredColumns(type).constFirst()});
    }
    if (keyword == QLatin1String("too-long"))
        return SandboxFailureReasons::tooLong(1000, categoricalColumn(type));
    if (keyword == QLatin1String("bad-timestamp"))
        return SandboxFailureReasons::millisecondTimestamps(type, timestampColumn(type));
    if (keyword == QLatin1String("too-few-rows"))
        return SandboxFailureReasons::tooFewRecords(type, 412);
    return {};
}

} // namespace

namespace SandboxScenarios {

QStringList keywords()
{
    QStringList words;
    for (const Rule &rule : kRules)
        words.append(QLatin1String(rule.keyword));
    return words;
}

std::chrono::milliseconds runningFor(const QString &keyword)
{
    for (const Rule &rule : kRules) {
        if (keyword == QLatin1String(rule.keyword))
            return rule.running;
    }
    return kRunning;
}

Outcome outcomeFor(const QString &dataLocation, const QString &datasetArn)
{
    for (const Rule &rule : kRules) {
        const QLatin1String keyword(rule.keyword);
        if (dataLocation.contains(keyword, Qt::CaseInsensitive))
            return {keyword, reasonFor(keyword, typeOf(datasetArn)), rule.running};
    }
    return {QString(), QString(), kRunning};
}

} // namespace SandboxScenarios
