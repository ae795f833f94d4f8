#include "personalize/avroschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AvroSchema", text);
}

bool isPrimitive(const QString &type)
{
    static const QSet<QString> types = {
        QStringLiteral("string"), QStringLiteral("int"),    QStringLiteral("long"),
        QStringLiteral("float"),  QStringLiteral("double"), QStringLiteral("boolean"),
    };
    return types.contains(type);
}

// "string", or ["null", "string"] in either order.
bool readType(const QJsonValue &value, AvroField &field)
{
    if (value.isString()) {
        field.type = value.toString();
        return isPrimitive(field.type);
    }
    if (!value.isArray())
        return false;
    const QJsonArray members = value.toArray();
    if (members.size() != 2)
        return false;
    QString other;
    bool hasNull = false;
    for (const QJsonValue &member : members) {
        if (!member.isString())
            return false;
        if (member.toString() == u"null")
            hasNull = true;
        else
            other = member.toString();
    }
    if (!hasNull || !isPrimitive(other))
        return false;
    field.type = other;
    field.optional = true;
    return true;
}

} // namespace

QStringList AvroRecord::requiredFieldNames() const
{
    QStringList names;
    for (const AvroField &f : fields) {
        if (!f.optional)
            names.append(f.name);
    }
    return names;
}

QStringList AvroRecord::fieldNames() const
{
    QStringList names;
    for (const AvroField &f : fields)
        names.append(f.name);
    return names;
}

const AvroField *AvroRecord::field(const QString &fieldName) const
{
    for (const AvroField &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

Result<AvroRecord, QString> AvroSchema::parse(const QString &text)
{
    if (text.size() > kMaxLength)
        return tr("The schema is longer than the %1 characters the service allows.")
            .arg(kMaxLength);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return tr("The schema is not valid JSON: %1.").arg(error.errorString());
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("type")).toString() != u"record")
        return tr("The schema is not an Avro record.");
    const QJsonValue fieldsValue = root.value(QStringLiteral("fields"));
    if (!fieldsValue.isArray() || fieldsValue.toArray().isEmpty())
        return tr("The schema lists no fields.");

    AvroRecord record;
    record.name = root.value(QStringLiteral("name")).toString();
    QSet<QString> seen;
    for (const QJsonValue &value : fieldsValue.toArray()) {
        const QJsonObject object = value.toObject();
        AvroField field;
        field.name = object.value(QStringLiteral("name")).toString();
        if (field.name.isEmpty())
            return tr("A field of the schema has no name.");
        if (seen.contains(field.name))
            return tr("The schema names the field %1 twice.").arg(field.name);
        seen.insert(field.name);
        if (!readType(object.value(QStringLiteral("type")), field)) {
            return tr("The field %1 has a type Import Desk cannot check (%2).")
                .arg(field.name, QString::fromUtf8(
                                     QJsonDocument(QJsonArray{object.value(QStringLiteral("type"))})
                                         .toJson(QJsonDocument::Compact))
                                     .mid(1)
                                     .chopped(1));
        }
        field.categorical = object.value(QStringLiteral("categorical")).toBool();
        field.textual = object.value(QStringLiteral("textual")).toBool();
        record.fields.append(field);
    }
    return record;
}
