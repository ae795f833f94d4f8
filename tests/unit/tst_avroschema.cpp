#include "personalize/avroschema.h"

#include <QTest>

// Reading the Avro schemas Personalize keeps for datasets: the columns, which may be empty,
// and the categorical and textual ones; schemas it cannot check against are refused with why.
class TestAvroSchema final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAnInteractionsSchema();
    void optionalInEitherOrder();
    void refused_data();
    void refused();
    void lengthLimit();
};

void TestAvroSchema::readsAnInteractionsSchema()
{
    const auto record = AvroSchema::parse(QStringLiteral(R"({
        "type": "record", "name": "Interactions",
        "namespace": "com.amazonaws.personalize.schema",
        "fields": [
            {"name": "USER_ID", "type": "string"},
            {"name": "ITEM_ID", "type": "string"},
            {"name": "TIMESTAMP", "type": "long"},
            {"name": "EVENT_TYPE", "type": ["null", "string"], "categorical": true},
            {"name": "EVENT_VALUE", "type": ["null", "float"]},
            {"name": "REVIEW", "type": ["null", "string"], "textual": true}
        ],
        "version": "1.0"})"));
    QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : record.error()));
    QCOMPARE(record->name, QStringLiteral("Interactions"));
    QCOMPARE(record->fieldNames().size(), 6);
    QCOMPARE(record->requiredFieldNames(),
             (QStringList{QStringLiteral("USER_ID"), QStringLiteral("ITEM_ID"),
                          QStringLiteral("TIMESTAMP")}));
    const AvroField *eventType = record->field(QStringLiteral("EVENT_TYPE"));
    QVERIFY(eventType);
    QCOMPARE(eventType->type, QStringLiteral("string"));
    QVERIFY(eventType->optional);
    QVERIFY(eventType->categorical);
    QVERIFY(!eventType->textual);
    QVERIFY(record->field(QStringLiteral("REVIEW"))->textual);
    QCOMPARE(record->field(QStringLiteral("EVENT_VALUE"))->type, QStringLiteral("float"));
    QCOMPARE(record->field(QStringLiteral("TIMESTAMP"))->type, QStringLiteral("long"));
    // Names are matched exactly: a CSV header in another case is another column.
    QVERIFY(!record->field(QStringLiteral("user_id")));
}

void TestAvroSchema::optionalInEitherOrder()
{
    const auto record = AvroSchema::parse(QStringLiteral(
        R"({"type":"record","name":"Users","fields":[{"name":"USER_ID","type":"string"},)"
        R"({"name":"AGE","type":["int","null"]}]})"));
    QVERIFY(record.ok());
    QVERIFY(record->field(QStringLiteral("AGE"))->optional);
    QCOMPARE(record->field(QStringLiteral("AGE"))->type, QStringLiteral("int"));
    QCOMPARE(record->requiredFieldNames(), QStringList{QStringLiteral("USER_ID")});
}

void TestAvroSchema::refused_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << "{\"type\": "
                              << "The schema is not valid JSON";
    QTest::newRow("not a record") << R"({"type":"enum","name":"E","symbols":["A"]})"
                                  << "The schema is not an Avro record.";
    QTest::newRow("no fields") << R"({"type":"record","name":"R","fields":[]})"
                               << "The schema lists no fields.";
    QTest::newRow("nameless field") << R"({"type":"record","fields":[{"type":"string"}]})"
                                    << "A field of the schema has no name.";
    QTest::newRow("twice") << R"({"type":"record","fields":[{"name":"A","type":"string"},)"
                              R"({"name":"A","type":"long"}]})"
                           << "The schema names the field A twice.";
    QTest::newRow("union of two types")
        << R"({"type":"record","fields":[{"name":"A","type":["string","long"]}]})"
        << "The field A has a type Import Desk cannot check ([\"string\",\"long\"]).";
    QTest::newRow("array")
        << R"({"type":"record","fields":[{"name":"A","type":{"type":"array","items":"string"}}]})"
        << "The field A has a type Import Desk cannot check";
    QTest::newRow("unknown primitive")
        << R"({"type":"record","fields":[{"name":"A","type":"bytes"}]})"
        << "The field A has a type Import Desk cannot check (\"bytes\").";
}

void TestAvroSchema::refused()
{
    QFETCH(QString, schema);
    QFETCH(QString, message);
    const auto record = AvroSchema::parse(schema);
    QVERIFY(!record.ok());
    QVERIFY2(record.error().startsWith(message), qPrintable(record.error()));
}

void TestAvroSchema::lengthLimit()
{
    QString fields;
    for (int i = 0; fields.size() < AvroSchema::kMaxLength; ++i)
        fields += QStringLiteral(R"({"name":"F%1","type":"string"},)").arg(i);
    fields.chop(1);
    const auto record =
        AvroSchema::parse(QStringLiteral(R"({"type":"record","fields":[%1]})").arg(fields));
    QVERIFY(!record.ok());
    QVERIFY2(record.error().contains(u"20000"), qPrintable(record.error()));
}

QTEST_GUILESS_MAIN(TestAvroSchema)
#include "tst_avroschema.moc"
