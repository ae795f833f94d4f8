#include "aws/awspartitions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Which partition a region belongs to, decided from the partition table alone, as botocore
// decides it: table order, a region listed by name or matching the partition's regionRegex.
class TestAwsPartitions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyListedRegion();
    void forRegion_data();
    void forRegion();
    void outputs();
    void tableOrderDecides();
    void loadErrors_data();
    void loadErrors();
};

namespace {

QJsonObject embeddedTable()
{
    QFile file(QStringLiteral(":/aws/partitions.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void TestAwsPartitions::everyListedRegion()
{
    // Every region the table lists, including the "…-global" pseudo-regions, maps to the
    // partition that lists it.
    const QJsonArray partitions = embeddedTable().value(u"partitions").toArray();
    QVERIFY(partitions.size() >= 8);
    int regions = 0;
    for (const QJsonValue &partition : partitions) {
        const QString id = partition[u"id"].toString();
        const QJsonObject listed = partition[u"regions"].toObject();
        QVERIFY(!listed.isEmpty());
        for (auto it = listed.begin(); it != listed.end(); ++it) {
            const std::optional<AwsPartition> found = AwsPartitions::embedded().forRegion(it.key());
            QVERIFY2(found.has_value(), qPrintable(it.key()));
            QVERIFY2(found->name == id, qPrintable(it.key() + u" → " + found->name));
            QCOMPARE(found->dnsSuffix, partition[u"outputs"][u"dnsSuffix"].toString());
            ++regions;
        }
    }
    QVERIFY(regions >= 40);
}

void TestAwsPartitions::forRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("partition"); // empty: none
    const auto row = [](const char *region, const char *partition) {
        QTest::newRow(*region ? region : "empty")
            << QString::fromLatin1(region) << QString::fromLatin1(partition);
    };
    // Listed regions.
    row("us-east-1", "aws");
    row("eu-west-3", "aws");
    row("cn-northwest-1", "aws-cn");
    row("us-gov-west-1", "aws-us-gov");
    row("us-iso-east-1", "aws-iso");
    row("us-isob-east-1", "aws-iso-b");
    row("us-isof-south-1", "aws-iso-f");
    row("eu-isoe-west-1", "aws-iso-e");
    row("eusc-de-east-1", "aws-eusc");
    row("aws-global", "aws");
    row("aws-cn-global", "aws-cn");
    // Regions not yet listed, by pattern.
    row("ap-future-9", "aws");
    row("il-central-2", "aws");
    row("cn-south-7", "aws-cn");
    row("us-gov-north-1", "aws-us-gov");
    row("us-iso-north-4", "aws-iso");
    row("eusc-de-west-2", "aws-eusc");
    // Nothing.
    row("", "");
    row("US-EAST-1", "");
    row("us-east", "");
    row("useast1", "");
    row("xx-east-1", "");
    row("us-east-1 ", "");
    row("eusc-fr-east-1", "");
}

void TestAwsPartitions::forRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, partition);
    const std::optional<AwsPartition> found = AwsPartitions::embedded().forRegion(region);
    QCOMPARE(found ? found->name : QString(), partition);
    // The endpoint rules fall back to the table's first partition.
    QCOMPARE(AwsPartitions::embedded().forRegionOrFirst(region).name,
             partition.isEmpty() ? QStringLiteral("aws") : partition);
}

void TestAwsPartitions::outputs()
{
    const AwsPartition china =
        AwsPartitions::embedded().forRegionOrFirst(QStringLiteral("cn-north-1"));
    QCOMPARE(china.name, QStringLiteral("aws-cn"));
    QCOMPARE(china.dnsSuffix, QStringLiteral("amazonaws.com.cn"));
    QCOMPARE(china.dualStackDnsSuffix, QStringLiteral("api.amazonwebservices.com.cn"));
    QCOMPARE(china.implicitGlobalRegion, QStringLiteral("cn-northwest-1"));
    QVERIFY(china.supportsFips);
    QVERIFY(china.supportsDualStack);
    QCOMPARE(china.outputs.value(u"name").toString(), QStringLiteral("aws-cn"));
    QCOMPARE(china.outputs.value(u"dnsSuffix").toString(), china.dnsSuffix);
}

void TestAwsPartitions::tableOrderDecides()
{
    // The first partition that lists or matches the region wins, even over a later, more
    // specific one; a listed region wins however it is spelt; outputs are taken as they are.
    const auto table = AwsPartitions::load(R"json({"partitions": [
        {"id": "first", "regionRegex": "^(xx|yy)\\-\\w+\\-\\d+$",
         "outputs": {"name": "ignored", "dnsSuffix": "first.test", "supportsFIPS": true},
         "regions": {"Listed_Region": {"supportsFIPS": false}}},
        {"id": "second", "regionRegex": "^yy\\-special\\-\\d+$",
         "outputs": {"dnsSuffix": "second.test"}, "regions": {}}
    ]})json");
    QVERIFY2(table.ok(), qPrintable(table.ok() ? QString() : table.error()));
    QCOMPARE(table->forRegion(QStringLiteral("yy-special-1"))->name, QStringLiteral("first"));
    const std::optional<AwsPartition> listed = table->forRegion(QStringLiteral("Listed_Region"));
    QVERIFY(listed);
    QCOMPARE(listed->name, QStringLiteral("first"));
    QVERIFY(listed->supportsFips);
    QCOMPARE(listed->outputs.value(u"name").toString(), QStringLiteral("first"));
    QVERIFY(!table->forRegion(QStringLiteral("zz-east-1")));
    QCOMPARE(table->forRegionOrFirst(QStringLiteral("zz-east-1")).name, QStringLiteral("first"));
    QCOMPARE(table->partitions().size(), 2);
}

void TestAwsPartitions::loadErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not json") << QByteArray("nope") << "not a valid JSON object";
    QTest::newRow("no partitions") << QByteArray(R"({"partitions": []})") << "lists no partitions";
    QTest::newRow("no id") << QByteArray(R"({"partitions": [{"regionRegex": "^a$",)"
                                         R"( "outputs": {"dnsSuffix": "x"}}]})")
                           << "without an id";
    QTest::newRow("bad pattern") << QByteArray(R"({"partitions": [{"id": "a", "regionRegex": "(",)"
                                               R"( "outputs": {"dnsSuffix": "x"}}]})")
                                 << "a valid region pattern";
}

void TestAwsPartitions::loadErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    const auto table = AwsPartitions::load(json);
    QVERIFY(!table.ok());
    QVERIFY2(table.error().contains(fragment), qPrintable(table.error()));
}

QTEST_GUILESS_MAIN(TestAwsPartitions)
#include "tst_awspartitions.moc"
