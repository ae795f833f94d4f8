#include "sandbox/sandboxbuckets.h"
#include "sandbox/sandboxfailurereasons.h"
#include "sandbox/sandboximportjudge.h"
#include "sandbox/sandboxschemas.h"

#include <QTest>

namespace {

const QByteArray kInteractionsHeader = "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n";

// `count` good interaction rows (no header).
QByteArray interactionRows(int count, int first = 0)
{
    QByteArray rows;
    for (int i = first; i < first + count; ++i)
        rows += "u" + QByteArray::number(i % 50) + ",i" + QByteArray::number(i % 70) + ',' +
                QByteArray::number(1700000000 + i) + ",click\n";
    return rows;
}

QByteArray interactions(int count = 1000)
{
    return kInteractionsHeader + interactionRows(count);
}

SandboxImportJudge::Verdict judge(const QString &datasetType, const QString &domain,
                                  const QList<QByteArray> &files)
{
    SandboxImportJudge judge(datasetType, SandboxSchemas::schemaFor(datasetType, domain));
    for (const QByteArray &file : files)
        judge.addFile(file);
    return judge.verdict();
}

SandboxObject object(const QString &key, qint64 size, bool denied = false)
{
    SandboxObject result;
    result.key = key;
    result.size = size;
    result.denied = denied;
    return result;
}

} // namespace

class TestSandboxImportJudge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contentRules_data();
    void contentRules();
    void firstRuleWinsAcrossFiles_data();
    void firstRuleWinsAcrossFiles();
    void interactionsAreCountedOverAllFiles();
    void partlyReadFileIsJudgedOnWholeLines();
    void objectRules_data();
    void objectRules();
    void judgesLocationsInBuckets_data();
    void judgesLocationsInBuckets();
    void parsesLocations();
};

void TestSandboxImportJudge::contentRules_data()
{
    QTest::addColumn<QString>("datasetType");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");

    const QString interactionsType = QStringLiteral("Interactions");
    const QString ecommerce = QStringLiteral("ECOMMERCE");
    const QString none;

    QTest::newRow("good interactions")
        << interactionsType << ecommerce << interactions() << none << none;
    QTest::newRow("extra column is no failure")
        << interactionsType << ecommerce
        << QByteArray("USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,DEVICE\n" +
                      interactionRows(1000).replace("click\n", "click,phone\n"))
        << none << none;
    QTest::newRow("CRLF line ends")
        << interactionsType << ecommerce << QByteArray(interactions()).replace("\n", "\r\n") << none
        << none;

    // missing-column
    QTest::newRow("missing column")
        << interactionsType << ecommerce << QByteArray("USER_ID,ITEM_ID,EVENT_TYPE\nu1,i1,click\n")
        << "missing-column"
        << SandboxFailureReasons::missingColumns(QStringLiteral("INTERACTIONS"),
                                                 {QStringLiteral("TIMESTAMP")});
    QTest::newRow("missing columns in schema order")
        << interactionsType << ecommerce << QByteArray("EVENT_TYPE,USER_ID\nclick,u1\n")
        << "missing-column"
        << SandboxFailureReasons::missingColumns(
               QStringLiteral("INTERACTIONS"),
               {QStringLiteral("ITEM_ID"), QStringLiteral("TIMESTAMP")});
    QTest::newRow("column in other case is missing")
        << interactionsType << ecommerce << QByteArray(interactions()).replace("USER_ID", "user_id")
        << "missing-column"
        << SandboxFailureReasons::missingColumns(QStringLiteral("INTERACTIONS"),
                                                 {QStringLiteral("USER_ID")});
    QTest::newRow("optional column may be left out")
        << interactionsType << QString()
        << QByteArray("USER_ID,ITEM_ID,TIMESTAMP\n" + interactionRows(1000).replace(",click", ""))
        << none << none;
    QTest::newRow("domain group needs EVENT_TYPE")
        << interactionsType << ecommerce
        << QByteArray("USER_ID,ITEM_ID,TIMESTAMP\n" + interactionRows(1000).replace(",click", ""))
        << "missing-column"
        << SandboxFailureReasons::missingColumns(QStringLiteral("INTERACTIONS"),
                                                 {QStringLiteral("EVENT_TYPE")});

    // bom
    QTest::newRow("byte-order mark")
        << interactionsType << ecommerce << QByteArray("\xEF\xBB\xBF" + interactions()) << "bom"
        << SandboxFailureReasons::missingColumns(QStringLiteral("INTERACTIONS"),
                                                 {QStringLiteral("USER_ID")});
    QTest::newRow("mark bytes inside a value are no BOM")
        << interactionsType << ecommerce
        << QByteArray(interactions()).replace(",click\n", ",cl\xEF\xBB\xBFick\n") << none << none;

    // ragged-row
    QTest::newRow("extra field") << interactionsType << ecommerce
                                 << QByteArray(kInteractionsHeader + interactionRows(5) +
                                               "u1,i1,1700000000,click,x\n" + interactionRows(1000))
                                 << "ragged-row"
                                 << SandboxFailureReasons::raggedRow(QStringLiteral("INTERACTIONS"),
                                                                     7, 5, 4);
    QTest::newRow("missing field")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + "u1,i1,1700000000\n" + interactionRows(1000))
        << "ragged-row"
        << SandboxFailureReasons::raggedRow(QStringLiteral("INTERACTIONS"), 2, 3, 4);
    QTest::newRow("unterminated quote")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + interactionRows(1000) + "u1,\"i1,1700000000,click\n" +
                      interactionRows(3))
        << "ragged-row"
        << SandboxFailureReasons::raggedRow(QStringLiteral("INTERACTIONS"), 1002, 2, 4);
    QTest::newRow("unterminated quote in the last field")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + interactionRows(1000) + "u1,i1,1700000000,\"click\n")
        << "ragged-row"
        << SandboxFailureReasons::raggedRow(QStringLiteral("INTERACTIONS"), 1002, 4, 4);
    QTest::newRow("backslash-escaped quote before a comma")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + "u1,\"i \\\",2\",1700000000,click\n" +
                      interactionRows(1000))
        << none << none;
    QTest::newRow("quoted commas and line breaks are one field")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + "u1,\"i,1\n2\",1700000000,click\n" +
                      "u1,i1,1700000000\n" + interactionRows(1000))
        // The short row starts on line 4: the quoted line break counts as a line.
        << "ragged-row"
        << SandboxFailureReasons::raggedRow(QStringLiteral("INTERACTIONS"), 4, 3, 4);
    QTest::newRow("doubled and backslash-escaped quotes")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + "u1,\"i \"\"1\"\"\",1700000000,click\n" +
                      "u1,\"i \\\"2\\\"\",1700000000,click\n" + interactionRows(1000))
        << none << none;
    QTest::newRow("empty lines are no rows")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + "\n" + interactionRows(500) + "\r\n\n" +
                      interactionRows(500))
        << none << none;

    // empty-required
    QTest::newRow("empty ITEM_ID")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + interactionRows(9) + "u1,,1700000000,click\n" +
                      interactionRows(1000))
        << "empty-required"
        << SandboxFailureReasons::emptyRequired(QStringLiteral("INTERACTIONS"), 11,
                                                QStringLiteral("ITEM_ID"));
    QTest::newRow("empty quoted USER_ID")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + "\"\",i1,1700000000,click\n" + interactionRows(1000))
        << "empty-required"
        << SandboxFailureReasons::emptyRequired(QStringLiteral("INTERACTIONS"), 2,
                                                QStringLiteral("USER_ID"));
    QTest::newRow("empty optional value")
        << interactionsType << QString()
        << QByteArray(kInteractionsHeader + "u1,i1,1700000000,\n" + interactionRows(1000)) << none
        << none;

    // value-too-long
    const QByteArray usersHeader = "USER_ID,MEMBERSHIP,AGE\n";
    QTest::newRow("categorical over 1000")
        << "Users" << ecommerce << QByteArray(usersHeader + "u1," + QByteArray(1001, 'g') + ",30\n")
        << "value-too-long" << SandboxFailureReasons::tooLong(1000, QStringLiteral("MEMBERSHIP"));
    QTest::newRow("categorical of 1000")
        << "Users" << ecommerce << QByteArray(usersHeader + "u1," + QByteArray(1000, 'g') + ",30\n")
        << none << none;
    QByteArray accented;
    for (int i = 0; i < 1000; ++i)
        accented += "\xC3\xA9"; // é: two bytes, one character
    QTest::newRow("1000 characters in 2000 bytes")
        << "Users" << ecommerce << QByteArray(usersHeader + "u1," + accented + ",30\n") << none
        << none;
    QTest::newRow("USER_ID over 256")
        << "Users" << ecommerce << QByteArray(usersHeader + QByteArray(257, 'u') + ",gold,30\n")
        << "value-too-long" << SandboxFailureReasons::tooLong(256, QStringLiteral("USER_ID"));
    const QByteArray itemsHeader =
        "ITEM_ID,PRICE,CATEGORY_L1,PRODUCT_DESCRIPTION,CREATION_TIMESTAMP\n";
    QTest::newRow("textual over 20000")
        << "Items" << ecommerce
        << QByteArray(itemsHeader + "i1,9.99,toys,\"" + QByteArray(20001, 'd') + "\",1700000000\n")
        << "value-too-long"
        << SandboxFailureReasons::tooLong(20000, QStringLiteral("PRODUCT_DESCRIPTION"));
    QTest::newRow("textual of 20000")
        << "Items" << ecommerce
        << QByteArray(itemsHeader + "i1,9.99,toys,\"" + QByteArray(20000, 'd') + "\",1700000000\n")
        << none << none;

    // timestamp-milliseconds
    QTest::newRow("milliseconds")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + "u1,i1,100000000000,click\n" + interactionRows(1000))
        << "timestamp-milliseconds"
        << SandboxFailureReasons::millisecondTimestamps(QStringLiteral("INTERACTIONS"),
                                                        QStringLiteral("TIMESTAMP"));
    QTest::newRow("just under the threshold")
        << interactionsType << ecommerce
        << QByteArray(kInteractionsHeader + "u1,i1,99999999999,click\n" + interactionRows(1000))
        << none << none;
    QTest::newRow("CREATION_TIMESTAMP in milliseconds")
        << "Items"
        << "VIDEO_ON_DEMAND"
        << QByteArray("ITEM_ID,GENRES,CREATION_TIMESTAMP\ni1,Drama,1700000000000\n")
        << "timestamp-milliseconds"
        << SandboxFailureReasons::millisecondTimestamps(QStringLiteral("ITEMS"),
                                                        QStringLiteral("CREATION_TIMESTAMP"));

    // too-few-records
    QTest::newRow("999 interactions")
        << interactionsType << ecommerce << interactions(999) << "too-few-records"
        << SandboxFailureReasons::tooFewRecords(QStringLiteral("INTERACTIONS"), 999);
    QTest::newRow("few items are enough")
        << "Items" << QString() << QByteArray("ITEM_ID\ni1\ni2\n") << none << none;
}

void TestSandboxImportJudge::contentRules()
{
    QFETCH(QString, datasetType);
    QFETCH(QString, domain);
    QFETCH(QByteArray, csv);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    const auto verdict = judge(datasetType, domain, {csv});
    QCOMPARE(verdict.rule, rule);
    QCOMPARE(verdict.failureReason, reason);
    QVERIFY(verdict.running.count() > 0);
}

void TestSandboxImportJudge::firstRuleWinsAcrossFiles_data()
{
    QTest::addColumn<QList<QByteArray>>("files");
    QTest::addColumn<QString>("rule");

    const QByteArray ragged = kInteractionsHeader + "u1,i1,1700000000,click,x\n";
    const QByteArray milliseconds = kInteractionsHeader + "u1,i1,1700000000000,click\n";
    const QByteArray missing = "USER_ID,ITEM_ID\nu1,i1\n";
    QTest::newRow("ragged before milliseconds, in one file")
        << QList<QByteArray>{ragged + "u2,i2,1700000000000,click\n"} << "ragged-row";
    QTest::newRow("missing column in a later file before a ragged row in an earlier one")
        << QList<QByteArray>{ragged, missing} << "missing-column";
    QTest::newRow("BOM before a missing column")
        << QList<QByteArray>{missing, "\xEF\xBB\xBF" + interactions()} << "bom";
    QTest::newRow("milliseconds before too few")
        << QList<QByteArray>{milliseconds} << "timestamp-milliseconds";
    QTest::newRow("empty value before too long")
        << QList<QByteArray>{kInteractionsHeader + QByteArray(300, 'u') + ",i1,1700000000,c\n" +
                             "u1,,1700000000,click\n"}
        << "empty-required";
}

void TestSandboxImportJudge::firstRuleWinsAcrossFiles()
{
    QFETCH(QList<QByteArray>, files);
    QFETCH(QString, rule);
    QCOMPARE(judge(QStringLiteral("Interactions"), QStringLiteral("ECOMMERCE"), files).rule, rule);
}

void TestSandboxImportJudge::interactionsAreCountedOverAllFiles()
{
    const QString type = QStringLiteral("Interactions");
    QCOMPARE(judge(type, {}, {interactions(600)}).rule, QStringLiteral("too-few-records"));
    QCOMPARE(judge(type, {}, {interactions(600), interactions(400)}).rule, QString());
    QCOMPARE(judge(type, {}, {interactions(600), kInteractionsHeader}).failureReason,
             SandboxFailureReasons::tooFewRecords(QStringLiteral("INTERACTIONS"), 600));
}

void TestSandboxImportJudge::partlyReadFileIsJudgedOnWholeLines()
{
    const QByteArray cut = interactions(1200) + "u1,\"i1,17000";
    SandboxImportJudge partial(QStringLiteral("Interactions"),
                               SandboxSchemas::schemaFor(QStringLiteral("Interactions"), {}));
    partial.addFile(cut, false);
    QCOMPARE(partial.verdict().rule, QString());
    // The same bytes as a whole file end in an open quote.
    QCOMPARE(judge(QStringLiteral("Interactions"), {}, {cut}).rule, QStringLiteral("ragged-row"));
}

void TestSandboxImportJudge::objectRules_data()
{
    QTest::addColumn<QList<SandboxObject>>("objects");
    QTest::addColumn<bool>("isFolder");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("reason");

    const QString full = QStringLiteral("FULL");
    const QString incremental = QStringLiteral("INCREMENTAL");
    QTest::newRow("readable file") << QList<SandboxObject>{object(QStringLiteral("a.csv"), 10)}
                                   << false << full << QString() << QString();
    QTest::newRow("denied file") << QList<SandboxObject>{object(QStringLiteral("restricted/a.csv"),
                                                                10, true)}
                                 << false << full << "no-access"
                                 << SandboxFailureReasons::noAccess(QStringLiteral("INTERACTIONS"));
    QTest::newRow("denied before empty")
        << QList<SandboxObject>{object(QStringLiteral("restricted/a.csv"), 0, true)} << true << full
        << "no-access" << SandboxFailureReasons::noAccess(QStringLiteral("INTERACTIONS"));
    QTest::newRow("nothing there") << QList<SandboxObject>{} << false << full << "no-data"
                                   << SandboxFailureReasons::invalidLocation();
    QTest::newRow("folder of a marker and a README")
        << QList<SandboxObject>{object(QStringLiteral("f/"), 0),
                                object(QStringLiteral("f/README.txt"), 10)}
        << true << full << "no-data" << SandboxFailureReasons::invalidLocation();
    QTest::newRow("denied non-CSV object is not read")
        << QList<SandboxObject>{object(QStringLiteral("f/a.CSV"), 10),
                                object(QStringLiteral("f/notes.txt"), 10, true)}
        << true << full << QString() << QString();
    QTest::newRow("FULL over 100 GB")
        << QList<SandboxObject>{object(QStringLiteral("f/a.csv"), 60'000'000'000LL),
                                object(QStringLiteral("f/b.csv"), 40'000'000'001LL)}
        << true << full << "size-over-limit"
        << SandboxFailureReasons::overSizeLimit(QStringLiteral("INTERACTIONS"),
                                                QStringLiteral("100 GB"), full);
    QTest::newRow("FULL of 100 GB")
        << QList<SandboxObject>{object(QStringLiteral("a.csv"), 100'000'000'000LL)} << false << full
        << QString() << QString();
    QTest::newRow("INCREMENTAL over 1 GB")
        << QList<SandboxObject>{object(QStringLiteral("a.csv"), 1'000'000'001LL)} << false
        << incremental << "size-over-limit"
        << SandboxFailureReasons::overSizeLimit(QStringLiteral("INTERACTIONS"),
                                                QStringLiteral("1 GB"), incremental);
    QTest::newRow("INCREMENTAL of 1 GB")
        << QList<SandboxObject>{object(QStringLiteral("a.csv"), 1'000'000'000LL)} << false
        << incremental << QString() << QString();
}

void TestSandboxImportJudge::objectRules()
{
    QFETCH(QList<SandboxObject>, objects);
    QFETCH(bool, isFolder);
    QFETCH(QString, mode);
    QFETCH(QString, rule);
    QFETCH(QString, reason);
    const SandboxImportJudge judge(
        QStringLiteral("Interactions"),
        SandboxSchemas::schemaFor(QStringLiteral("Interactions"), QStringLiteral("ECOMMERCE")));
    const auto verdict = judge.judgeObjects(objects, isFolder, mode);
    QCOMPARE(verdict.has_value(), !rule.isEmpty());
    if (verdict) {
        QCOMPARE(verdict->rule, rule);
        QCOMPARE(verdict->failureReason, reason);
    }
}

void TestSandboxImportJudge::judgesLocationsInBuckets_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("rule");

    QTest::newRow("good file") << "s3://b/good/a.csv" << QString();
    QTest::newRow("folder of parts") << "s3://b/parts/" << QString();
    QTest::newRow("one part") << "s3://b/parts/one.csv"
                              << "too-few-records";
    QTest::newRow("folder with a short header") << "s3://b/z/"
                                                << "missing-column";
    QTest::newRow("whole bucket, denied file and all") << "s3://b/"
                                                       << "no-access";
    QTest::newRow("bucket without slash") << "s3://b"
                                          << "no-access";
    QTest::newRow("missing file") << "s3://b/good/none.csv"
                                  << "no-data";
    QTest::newRow("folder without CSV") << "s3://b/docs/"
                                        << "no-data";
    QTest::newRow("denied file, even when missing") << "s3://b/restricted/none.csv"
                                                    << "no-access";
    QTest::newRow("folder with a denied file") << "s3://b/restricted/"
                                               << "no-access";
}

void TestSandboxImportJudge::judgesLocationsInBuckets()
{
    QFETCH(QString, location);
    QFETCH(QString, rule);
    const SandboxBuckets buckets(
        {{QStringLiteral("b"),
          {{QStringLiteral("good/a.csv"), interactions(), {}, {}, {}},
           {QStringLiteral("parts/"), {}, {}, {}, {}},
           {QStringLiteral("parts/one.csv"), interactions(500), {}, {}, {}},
           {QStringLiteral("parts/two.csv"),
            kInteractionsHeader + interactionRows(500, 500),
            {},
            {},
            {}},
           {QStringLiteral("docs/README.txt"), "read me", {}, {}, {}},
           {QStringLiteral("restricted/a.csv"), interactions(), {}, {}, {}},
           {QStringLiteral("z/short.csv"), "USER_ID\nu1\n", {}, {}, {}}}}},
        QDateTime::currentDateTimeUtc());
    const auto verdict = SandboxImportJudge::judgeLocation(
        buckets, location, QStringLiteral("Interactions"),
        SandboxSchemas::schemaFor(QStringLiteral("Interactions"), {}), QStringLiteral("FULL"));
    QCOMPARE(verdict.rule, rule);
}

void TestSandboxImportJudge::parsesLocations()
{
    using Location = std::optional<std::pair<QString, QString>>;
    QCOMPARE(SandboxImportJudge::parseLocation(QStringLiteral("s3://b/k/x.csv")),
             Location(std::pair{QStringLiteral("b"), QStringLiteral("k/x.csv")}));
    QCOMPARE(SandboxImportJudge::parseLocation(QStringLiteral("s3://b")),
             Location(std::pair{QStringLiteral("b"), QString()}));
    QCOMPARE(SandboxImportJudge::parseLocation(QStringLiteral("https://b/k")), Location());
    QCOMPARE(SandboxImportJudge::parseLocation(QStringLiteral("s3:///k")), Location());
}

QTEST_GUILESS_MAIN(TestSandboxImportJudge)
#include "tst_sandboximportjudge.moc"
