#include "sandbox/sandboxschemas.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct FieldSpec
{
    const char *name;
    const char *type;
    bool optional;
    bool categorical;
    bool textual;
};

QJsonObject field(const FieldSpec &spec)
{
    QJsonObject object{{QStringLiteral("name"), QLatin1String(spec.name)}};
    const QString type = QLatin1String(spec.type);
    object.insert(QStringLiteral("type"), spec.optional
                                              ? QJsonValue(QJsonArray{QStringLiteral("null"), type})
                                              : QJsonValue(type));
    if (spec.categorical)
        object.insert(QStringLiteral("categorical"), true);
    if (spec.textual)
        object.insert(QStringLiteral("textual"), true);
    return object;
}

QList<FieldSpec> fieldsFor(const QString &datasetType, const QString &domain)
{
    const bool custom = domain.isEmpty();
    if (datasetType == u"Interactions") {
        // Domain groups need the event type; custom ones may leave it out.
        return {{"USER_ID", "string", false, false, false},
                {"ITEM_ID", "string", false, false, false},
                {"TIMESTAMP", "long", false, false, false},
                {"EVENT_TYPE", "string", custom, false, false}};
    }
    if (datasetType == u"Items") {
        if (domain == u"ECOMMERCE") {
            return {{"ITEM_ID", "string", false, false, false},
                    {"PRICE", "float", false, false, false},
                    {"CATEGORY_L1", "string", false, true, false},
                    {"PRODUCT_DESCRIPTION", "string", true, false, true},
                    {"CREATION_TIMESTAMP", "long", true, false, false}};
        }
        if (domain == u"VIDEO_ON_DEMAND") {
            return {{"ITEM_ID", "string", false, false, false},
                    {"GENRES", "string", false, true, false},
                    {"CREATION_TIMESTAMP", "long", false, false, false},
                    {"DESCRIPTION", "string", true, false, true}};
        }
        return {{"ITEM_ID", "string", false, false, false},
                {"GENRES", "string", true, true, false},
                {"CREATION_TIMESTAMP", "long", true, false, false}};
    }
    return {{"USER_ID", "string", false, false, false},
            {"MEMBERSHIP", "string", true, true, false},
            {"AGE", "int", true, false, false}};
}

} // namespace

QString SandboxSchemas::schemaFor(const QString &datasetType, const QString &domain)
{
    QJsonArray fields;
    for (const FieldSpec &spec : fieldsFor(datasetType, domain))
        fields.append(field(spec));
    const QJsonObject schema{
        {QStringLiteral("type"), QStringLiteral("record")},
        {QStringLiteral("name"), datasetType},
        {QStringLiteral("namespace"), QStringLiteral("com.amazonaws.personalize.schema")},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("version"), QStringLiteral("1.0")},
    };
    return QString::fromUtf8(QJsonDocument(schema).toJson(QJsonDocument::Compact));
}
