#include "personalize/csvsample.h"
#include "personalize/datacheckrules.h"

#include <QTest>

#include <functional>

// The data check's rules on CSV files built to trip each of them, and on files that must not:
// every rule names the failure it prevents, where it applies and what to do.
class TestDataCheckRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvSampleReadsQuotesAndLines();
    void csvSampleDropsCutRecords();
    void rule_data();
    void rule();
    void goodInteractionsHaveNoFindings();
    void caseMisspellingNamesBothSpellings();
    void findingsOfOneRuleAreCapped();
    void tailIsChecked();
    void recordsAreEstimatedFromSamples();
    void emptyFolder();
    void folderWithoutCsv();
    void folderMarkerIsIgnored();
    void nonCsvObjectInFolder();
    void sizeOverLimit_data();
    void sizeOverLimit();
    void kmsEncryptedFile();
    void callerAccessDenied();
    void errorsComeFirst();
};

namespace {

AvroRecord interactionsSchema()
{
    AvroRecord record;
    record.name = QStringLiteral("Interactions");
    record.fields = {
        {QStringLiteral("USER_ID"), QStringLiteral("string"), false, false, false},
        {QStringLiteral("ITEM_ID"), QStringLiteral("string"), false, false, false},
        {QStringLiteral("TIMESTAMP"), QStringLiteral("long"), false, false, false},
        {QStringLiteral("EVENT_TYPE"), QStringLiteral("string"), true, true, false},
        {QStringLiteral("REVIEW"), QStringLiteral("string"), true, false, true},
    };
    return record;
}

AvroRecord itemsSchema()
{
    AvroRecord record;
    record.name = QStringLiteral("Items");
    record.fields = {
        {QStringLiteral("ITEM_ID"), QStringLiteral("string"), false, false, false},
        {QStringLiteral("CREATION_TIMESTAMP"), QStringLiteral("long"), false, false, false},
        {QStringLiteral("GENRES"), QStringLiteral("string"), false, true, false},
    };
    return record;
}

// An interactions file of `rows` rows; `edit` may change row i (0-based) before it is joined.
QByteArray interactions(int rows, const std::function<void(int, QByteArrayList &)> &edit = {},
                        const QByteArray &header = "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,REVIEW")
{
    QByteArray csv = header + '\n';
    for (int i = 0; i < rows; ++i) {
        QByteArrayList fields{"user-" + QByteArray::number(i % 97),
                              "item-" + QByteArray::number(i % 311),
                              QByteArray::number(1700000000 + i), "click", "\"fine, thanks\""};
        if (edit)
            edit(i, fields);
        csv += fields.join(',') + '\n';
    }
    return csv;
}

DataCheckInput fileInput(const QByteArray &csv,
                         const QString &type = QStringLiteral("INTERACTIONS"),
                         const AvroRecord &schema = interactionsSchema())
{
    DataCheckInput input;
    input.location = S3Location{QStringLiteral("bucket"), QStringLiteral("data/file.csv")};
    input.datasetType = type;
    input.importMode = QStringLiteral("FULL");
    input.schema = schema;
    input.objects = {S3ObjectSummary{input.location.key, csv.size(), QDateTime()}};
    DataCheckSample sample;
    sample.key = input.location.key;
    sample.size = csv.size();
    sample.head = csv;
    sample.complete = true;
    input.samples = {sample};
    return input;
}

QStringList rulesOf(const DataCheckOutcome &outcome, DataCheckFinding::Severity severity)
{
    QStringList rules;
    for (const DataCheckFinding &f : outcome.findings) {
        if (f.severity == severity && !rules.contains(f.rule))
            rules.append(f.rule);
    }
    return rules;
}

const DataCheckFinding *findingOf(const DataCheckOutcome &outcome, const QString &rule)
{
    for (const DataCheckFinding &f : outcome.findings) {
        if (f.rule == rule)
            return &f;
    }
    return nullptr;
}

QByteArray repeated(int n)
{
    return QByteArray(n, 'x');
}

} // namespace

void TestDataCheckRules::csvSampleReadsQuotesAndLines()
{
    const CsvSample sample = CsvSample::read(
        "A,B\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\"esc \\\"q\\\"\"\n\nlast,row", true,
        true);
    QCOMPARE(sample.rows.size(), 4);
    QCOMPARE(sample.rows.at(1).fields,
             (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"")}));
    QCOMPARE(sample.rows.at(2).fields,
             (QStringList{QStringLiteral("two\nlines"), QStringLiteral("esc \"q\"")}));
    QCOMPARE(sample.rows.at(2).line, 3);
    QCOMPARE(sample.rows.at(3).line, 6); // after a blank line
    QVERIFY(!sample.unterminatedQuote);
}

void TestDataCheckRules::csvSampleDropsCutRecords()
{
    const CsvSample head = CsvSample::read("\xEF\xBB\xBFH1,H2\na,b\nc,\"d", true, false);
    QVERIFY(head.startsWithBom);
    QCOMPARE(head.rows.size(), 2);
    QCOMPARE(head.rows.constFirst().fields.constFirst(), QStringLiteral("H1"));
    QVERIFY(!head.unterminatedQuote); // a piece may stop inside quotes

    const CsvSample whole = CsvSample::read("H1,H2\na,b\nc,\"d", true, true);
    QVERIFY(whole.unterminatedQuote);
    QCOMPARE(whole.unterminatedQuoteLine, 3);

    const CsvSample tail = CsvSample::read("art,of\nx,y\nz,w", false, true);
    QCOMPARE(tail.rows.size(), 2);
    QCOMPARE(tail.rows.constFirst().line, 0);
}

void TestDataCheckRules::rule_data()
{
    QTest::addColumn<QByteArray>("tripping");
    QTest::addColumn<QByteArray>("passing");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");

    QTest::newRow("missing-column")
        << interactions(1000, {}, "USER_ID,ITEM_ID,EVENT_TYPE,REVIEW,EXTRA") << interactions(1000)
        << "missing-column" << 1;
    QTest::newRow("missing-column by case")
        << interactions(1000, {}, "user_id,ITEM_ID,TIMESTAMP,EVENT_TYPE,REVIEW")
        << interactions(1000) << "missing-column" << 1;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF") + interactions(1000) << interactions(1000)
                         << "bom" << 1;
    QTest::newRow("delimiter") << interactions(1000, {},
                                               "USER_ID;ITEM_ID;TIMESTAMP;EVENT_TYPE;REVIEW")
                               << interactions(1000) << "delimiter" << 1;
    QTest::newRow("ragged-row") << interactions(
                                       1000,
                                       [](int i, QByteArrayList &f) {
                                           if (i == 4)
                                               f[4] = "fine, thanks"; // the comma is not quoted
                                       })
                                << interactions(1000) << "ragged-row" << 6;
    QTest::newRow("unterminated quote") << interactions(1100, [](int i, QByteArrayList &f) {
        if (i == 998)
            f[4] = "\"never closed";
    }) << interactions(1100, [](int i, QByteArrayList &f) {
        if (i == 998)
            f[4] = "\"closed, \"\"quoted\"\"\"";
    }) << "ragged-row" << 1000;
    QTest::newRow("empty-required") << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 9)
            f[1].clear();
    }) << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 9)
            f[3].clear(); // EVENT_TYPE is optional
    }) << "empty-required" << 11;
    QTest::newRow("timestamp-milliseconds") << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 0)
            f[2] = "1700000000000";
    }) << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 0)
            f[2] = "99999999999";
    }) << "timestamp-milliseconds" << 2;
    QTest::newRow("value-too-long categorical") << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 2)
            f[3] = repeated(1001);
    }) << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 2)
            f[3] = repeated(1000);
    }) << "value-too-long" << 4;
    QTest::newRow("value-too-long textual") << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 2)
            f[4] = repeated(20001);
    }) << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 2)
            f[4] = repeated(20000);
    }) << "value-too-long" << 4;
    QTest::newRow("value-too-long id") << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 2)
            f[0] = repeated(257);
    }) << interactions(1000, [](int i, QByteArrayList &f) {
        if (i == 2)
            f[0] = repeated(256);
    }) << "value-too-long" << 4;
    QTest::newRow("too-few-records")
        << interactions(999) << interactions(1000) << "too-few-records" << 0;
}

void TestDataCheckRules::rule()
{
    QFETCH(QByteArray, tripping);
    QFETCH(QByteArray, passing);
    QFETCH(QString, rule);
    QFETCH(int, line);

    const DataCheckOutcome tripped = DataCheckRules::check(fileInput(tripping));
    QCOMPARE(rulesOf(tripped, DataCheckFinding::Severity::Error), QStringList{rule});
    const DataCheckFinding *f = findingOf(tripped, rule);
    QCOMPARE(f->line, line);
    QVERIFY(!f->message.isEmpty());
    QVERIFY(!f->fix.isEmpty());
    QCOMPARE(f->file, QStringLiteral("s3://bucket/data/file.csv"));

    const DataCheckOutcome passed = DataCheckRules::check(fileInput(passing));
    QCOMPARE(rulesOf(passed, DataCheckFinding::Severity::Error), QStringList());
    QCOMPARE(rulesOf(passed, DataCheckFinding::Severity::Warning), QStringList());
}

void TestDataCheckRules::goodInteractionsHaveNoFindings()
{
    const DataCheckOutcome outcome = DataCheckRules::check(fileInput(interactions(1500)));
    QVERIFY(outcome.findings.isEmpty());
    QCOMPARE(outcome.csvFiles, 1);
    QCOMPARE(outcome.estimatedRecords, std::optional<qint64>(1500));
    QVERIFY(outcome.recordsExact);

    // Items need no minimum count.
    const QByteArray items = "ITEM_ID,CREATION_TIMESTAMP,GENRES\ni1,1700000000,Drama|Comedy\n";
    const DataCheckOutcome few =
        DataCheckRules::check(fileInput(items, QStringLiteral("ITEMS"), itemsSchema()));
    QVERIFY(few.findings.isEmpty());
}

void TestDataCheckRules::caseMisspellingNamesBothSpellings()
{
    const DataCheckOutcome outcome = DataCheckRules::check(
        fileInput(interactions(1000, {}, "user_id,ITEM_ID,TIMESTAMP,EVENT_TYPE,REVIEW")));
    const DataCheckFinding *f = findingOf(outcome, QStringLiteral("missing-column"));
    QVERIFY(f);
    QCOMPARE(f->column, QStringLiteral("USER_ID"));
    QVERIFY2(f->message.contains(QLatin1String("\"user_id\"")), qPrintable(f->message));
    QVERIFY2(f->fix.contains(QLatin1String("USER_ID")), qPrintable(f->fix));
    // Not also reported as an extra column.
    QVERIFY(!findingOf(outcome, QStringLiteral("extra-column")));

    const DataCheckOutcome extra = DataCheckRules::check(fileInput(interactions(
        1000, [](int, QByteArrayList &fields) { fields.append("blue"); },
        "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,REVIEW,COLOUR")));
    const DataCheckFinding *info = findingOf(extra, QStringLiteral("extra-column"));
    QVERIFY(info);
    QCOMPARE(info->severity, DataCheckFinding::Severity::Info);
    QVERIFY(info->message.contains(QLatin1String("COLOUR")));
}

void TestDataCheckRules::findingsOfOneRuleAreCapped()
{
    const DataCheckOutcome outcome =
        DataCheckRules::check(fileInput(interactions(1000, [](int i, QByteArrayList &f) {
            if (i < 10)
                f[2] = "1700000000000";
        })));
    QCOMPARE(outcome.findings.size(), DataCheckRules::kMaxFindingsPerRule + 1);
    QVERIFY2(outcome.findings.constLast().message.contains(QLatin1String("7")),
             qPrintable(outcome.findings.constLast().message));
}

void TestDataCheckRules::tailIsChecked()
{
    QByteArray csv = interactions(3000, [](int i, QByteArrayList &f) {
        if (i == 2990)
            f[4] = "no, quotes";
    });
    DataCheckInput input = fileInput(csv);
    DataCheckSample &sample = input.samples[0];
    sample.head = csv.left(8 * 1024);
    sample.tail = csv.right(2 * 1024);
    sample.complete = false;
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    const DataCheckFinding *f = findingOf(outcome, QStringLiteral("ragged-row"));
    QVERIFY(f);
    QCOMPARE(f->line, 0);
    QVERIFY2(f->message.contains(QLatin1String("near the end")), qPrintable(f->message));
}

void TestDataCheckRules::recordsAreEstimatedFromSamples()
{
    const QByteArray csv = interactions(5000);
    DataCheckInput input = fileInput(csv);
    input.samples[0].head = csv.left(16 * 1024);
    input.samples[0].complete = false;
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    QVERIFY(!outcome.recordsExact);
    QVERIFY(outcome.estimatedRecords);
    QVERIFY2(qAbs(*outcome.estimatedRecords - 5000) < 250,
             qPrintable(QString::number(*outcome.estimatedRecords)));
    QVERIFY(!findingOf(outcome, QStringLiteral("too-few-records")));

    // A small file that could not be read whole is only a warning: it is an estimate.
    const QByteArray small = interactions(400);
    DataCheckInput few = fileInput(small);
    few.samples[0].head = small.left(4 * 1024);
    few.samples[0].complete = false;
    const DataCheckOutcome fewOutcome = DataCheckRules::check(few);
    const DataCheckFinding *f = findingOf(fewOutcome, QStringLiteral("too-few-records"));
    QVERIFY(f);
    QCOMPARE(f->severity, DataCheckFinding::Severity::Warning);
    QVERIFY2(f->message.contains(QLatin1String("about")), qPrintable(f->message));
}

void TestDataCheckRules::emptyFolder()
{
    DataCheckInput input;
    input.location = S3Location{QStringLiteral("bucket"), QStringLiteral("empty/")};
    input.datasetType = QStringLiteral("INTERACTIONS");
    input.schema = interactionsSchema();
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    QCOMPARE(rulesOf(outcome, DataCheckFinding::Severity::Error),
             QStringList{QStringLiteral("no-data")});
    QVERIFY(
        findingOf(outcome, QStringLiteral("no-data"))->message.contains(QLatin1String("empty")));
}

void TestDataCheckRules::folderWithoutCsv()
{
    DataCheckInput input;
    input.location = S3Location{QStringLiteral("bucket"), QStringLiteral("docs/")};
    input.datasetType = QStringLiteral("INTERACTIONS");
    input.schema = interactionsSchema();
    input.objects = {S3ObjectSummary{QStringLiteral("docs/notes.txt"), 10, QDateTime()}};
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    QCOMPARE(rulesOf(outcome, DataCheckFinding::Severity::Error),
             QStringList{QStringLiteral("no-data")});
    QCOMPARE(rulesOf(outcome, DataCheckFinding::Severity::Warning),
             QStringList{QStringLiteral("non-csv-object")});
}

void TestDataCheckRules::folderMarkerIsIgnored()
{
    const QByteArray csv = interactions(1200);
    DataCheckInput input = fileInput(csv);
    input.location = S3Location{QStringLiteral("bucket"), QStringLiteral("data/")};
    input.objects.prepend(S3ObjectSummary{QStringLiteral("data/"), 0, QDateTime()});
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    QVERIFY(outcome.findings.isEmpty());
    QCOMPARE(outcome.csvFiles, 1);
}

void TestDataCheckRules::nonCsvObjectInFolder()
{
    const QByteArray csv = interactions(1200);
    DataCheckInput input = fileInput(csv);
    input.location = S3Location{QStringLiteral("bucket"), QStringLiteral("data/")};
    input.objects.append(S3ObjectSummary{QStringLiteral("data/README.txt"), 120, QDateTime()});
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    const DataCheckFinding *f = findingOf(outcome, QStringLiteral("non-csv-object"));
    QVERIFY(f);
    QCOMPARE(f->severity, DataCheckFinding::Severity::Warning);
    QCOMPARE(f->file, QStringLiteral("s3://bucket/data/README.txt"));
    QCOMPARE(rulesOf(outcome, DataCheckFinding::Severity::Error), QStringList());
}

void TestDataCheckRules::sizeOverLimit_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("over");
    QTest::newRow("full at limit") << "FULL" << DataCheckRules::kFullImportMaxBytes << false;
    QTest::newRow("full over") << "FULL" << DataCheckRules::kFullImportMaxBytes + 1 << true;
    QTest::newRow("incremental at limit")
        << "INCREMENTAL" << DataCheckRules::kIncrementalImportMaxBytes << false;
    QTest::newRow("incremental over")
        << "INCREMENTAL" << DataCheckRules::kIncrementalImportMaxBytes + 1 << true;
}

void TestDataCheckRules::sizeOverLimit()
{
    QFETCH(QString, mode);
    QFETCH(qint64, size);
    QFETCH(bool, over);
    const QByteArray csv = interactions(2000);
    DataCheckInput input = fileInput(csv);
    input.importMode = mode;
    input.location = S3Location{QStringLiteral("bucket"), QStringLiteral("data/")};
    input.objects = {
        S3ObjectSummary{QStringLiteral("data/file.csv"), csv.size(), QDateTime()},
        S3ObjectSummary{QStringLiteral("data/big.csv"), size - csv.size(), QDateTime()}};
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    const DataCheckFinding *f = findingOf(outcome, QStringLiteral("size-over-limit"));
    QCOMPARE(f != nullptr, over);
    if (f)
        QVERIFY2(f->message.contains(mode), qPrintable(f->message));
    QCOMPARE(outcome.csvBytes, size);
}

void TestDataCheckRules::kmsEncryptedFile()
{
    DataCheckInput input = fileInput(interactions(1000));
    input.samples[0].serverSideEncryption = QStringLiteral("aws:kms");
    input.samples[0].kmsKeyId = QStringLiteral("arn:aws:kms:us-east-1:111122223333:key/abcd");
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    const DataCheckFinding *f = findingOf(outcome, QStringLiteral("kms-encrypted"));
    QVERIFY(f);
    QCOMPARE(f->severity, DataCheckFinding::Severity::Warning);
    QVERIFY(f->message.contains(input.samples[0].kmsKeyId));

    DataCheckInput plain = fileInput(interactions(1000));
    plain.samples[0].serverSideEncryption = QStringLiteral("AES256");
    QVERIFY(DataCheckRules::check(plain).findings.isEmpty());
}

void TestDataCheckRules::callerAccessDenied()
{
    DataCheckInput input = fileInput(QByteArray());
    input.samples[0].complete = false;
    AwsError denied = AwsError::make(AwsError::Kind::Service, QStringLiteral("Access Denied"),
                                     QStringLiteral("AccessDenied"));
    denied.httpStatus = 403;
    input.samples[0].readError = denied;
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    QCOMPARE(rulesOf(outcome, DataCheckFinding::Severity::Error), QStringList());
    const DataCheckFinding *f = findingOf(outcome, QStringLiteral("caller-access-denied"));
    QVERIFY(f);
    QCOMPARE(f->severity, DataCheckFinding::Severity::Warning);
    QVERIFY2(f->message.contains(QLatin1String("import role")), qPrintable(f->message));
}

void TestDataCheckRules::errorsComeFirst()
{
    DataCheckInput input = fileInput(interactions(
        999, [](int, QByteArrayList &fields) { fields.append("blue"); },
        "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,REVIEW,COLOUR"));
    input.samples[0].serverSideEncryption = QStringLiteral("aws:kms");
    const DataCheckOutcome outcome = DataCheckRules::check(input);
    QCOMPARE(outcome.findings.size(), 3);
    QCOMPARE(outcome.findings.at(0).severity, DataCheckFinding::Severity::Error);
    QCOMPARE(outcome.findings.at(1).severity, DataCheckFinding::Severity::Warning);
    QCOMPARE(outcome.findings.at(2).severity, DataCheckFinding::Severity::Info);
}

QTEST_GUILESS_MAIN(TestDataCheckRules)
#include "tst_datacheckrules.moc"
