#include "sandbox/sandboxscenarios.h"

#include "personalize/arn.h"

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

QString reasonFor(const QString &keyword, const QString &type)
{
    // The first five texts copy the wording the service is known to use, dots included, so
    // that the app's hints are exercised on realistic input.
    if (keyword == QLatin1String("no-access")) {
        return QStringLiteral("Failed to create a data import job for %1 dataset....Insufficient "
                              "privileges for accessing data in Amazon S3.")
            .arg(type);
    }
    if (keyword == QLatin1String("invalid-location"))
        return QStringLiteral("Invalid Data location.");
    if (keyword == QLatin1String("missing-columns")) {
        const QStringList columns = requiredColumns(type).mid(1);
        return QStringLiteral("Failed to create a data import job %1 dataset...Input CSV is "
                              "missing the following columns:[%2].")
            .arg(type, columns.join(QStringLiteral(", ")));
    }
    if (keyword == QLatin1String("bom")) {
        // A byte-order mark glued to the first header makes the service miss the first column.
        return QStringLiteral("Failed to create a data import job %1 dataset...Input CSV is "
                              "missing the following columns:[%2].")
            .arg(type, requiredColumns(type).constFirst());
    }
    if (keyword == QLatin1String("too-long")) {
        return QStringLiteral("Length cannot be more than 1000 characters for %1. If no values "
                              "exceed the character limit, make sure your data follows the "
                              "formatting guidelines listed in "
                              "https://docs.aws.amazon.com/personalize/latest/dg/"
                              "data-prep-formatting.html.")
            .arg(categoricalColumn(type));
    }
    // Synthetic: the service's exact wording for these two is not known; the sandbox words
    // them in the same style.
    if (keyword == QLatin1String("bad-timestamp")) {
        return QStringLiteral("Failed to create a data import job for %1 dataset. TIMESTAMP "
                              "values must be Unix epoch time in seconds; the values found look "
                              "like milliseconds.")
            .arg(type);
    }
    if (keyword == QLatin1String("too-few-rows")) {
        const QString records = type == QLatin1String("INTERACTIONS")
                                    ? QStringLiteral("interaction records")
                                    : QStringLiteral("records");
        return QStringLiteral("Failed to create a data import job for %1 dataset. The data has "
                              "412 %2; an import needs at least 1000.")
            .arg(type, records);
    }
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
