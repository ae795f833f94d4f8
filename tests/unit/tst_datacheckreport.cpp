#include "personalize/datacheckreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// The data check's report as a value: counts, the one-line summary an operator reads first, and
// the JSON it is kept in (with the job, in the job history), which must come back whole and
// must refuse what is not a report.
class TestDataCheckReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsBySeverity();
    void roundTrip_data();
    void roundTrip();
    void jsonKeys();
    void minimalReportIsRead();
    void rejectsJunk_data();
    void rejectsJunk();
    void summary_data();
    void summary();
    void severityNames();
};

namespace {

DataCheckFinding finding(DataCheckFinding::Severity severity, const QString &rule, int line = 0)
{
    DataCheckFinding f;
    f.severity = severity;
    f.rule = rule;
    f.message = QStringLiteral("Something about %1.").arg(rule);
    f.fix = QStringLiteral("Do something about %1.").arg(rule);
    f.file = QStringLiteral("s3://bucket/data/part-1.csv");
    f.line = line;
    f.column = QStringLiteral("USER_ID");
    return f;
}

DataCheckReport fullReport()
{
    DataCheckReport report;
    report.datasetArn = QStringLiteral(
        "arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/INTERACTIONS");
    report.dataLocation = QStringLiteral("s3://bucket/data/");
    report.importMode = QStringLiteral("FULL");
    report.checkedAt = QDateTime(QDate(2024, 5, 2), QTime(8, 30, 15, 250), Qt::UTC);
    report.filesFound = 12;
    report.filesSampled = 5;
    report.totalBytes = 123'456'789'012;
    report.bytesRead = 409'600;
    report.estimatedRecords = 4'000'000'000;
    report.findings = {
        finding(DataCheckFinding::Severity::Error, QStringLiteral("missing-column")),
        finding(DataCheckFinding::Severity::Error, QStringLiteral("ragged-row"), 17),
        finding(DataCheckFinding::Severity::Warning, QStringLiteral("kms-encrypted")),
        finding(DataCheckFinding::Severity::Info, QStringLiteral("extra-column")),
    };
    report.findings[3].message = QStringLiteral("Une colonne « EXTRA » en ünïcode,\n\"quoted\".");
    report.findings[3].file.clear();
    report.findings[3].column.clear();
    report.findings[3].fix.clear();
    return report;
}

QJsonObject minimal()
{
    return QJsonObject{{QStringLiteral("state"), QStringLiteral("completed")},
                       {QStringLiteral("findings"), QJsonArray()}};
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    object.insert(key, value);
    return object;
}

QJsonObject withFinding(const QJsonObject &findingJson)
{
    return with(minimal(), QStringLiteral("findings"), QJsonArray{findingJson});
}

QJsonObject goodFinding()
{
    return QJsonObject{{QStringLiteral("severity"), QStringLiteral("warning")},
                       {QStringLiteral("rule"), QStringLiteral("non-csv-object")},
                       {QStringLiteral("message"), QStringLiteral("Not a CSV file.")},
                       {QStringLiteral("line"), 3}};
}

} // namespace

void TestDataCheckReport::countsBySeverity()
{
    DataCheckReport report = fullReport();
    QCOMPARE(report.count(DataCheckFinding::Severity::Error), 2);
    QCOMPARE(report.count(DataCheckFinding::Severity::Warning), 1);
    QCOMPARE(report.count(DataCheckFinding::Severity::Info), 1);
    QVERIFY(report.hasErrors());
    report.findings.removeFirst();
    report.findings.removeFirst();
    QVERIFY(!report.hasErrors());
    QVERIFY(!DataCheckReport().hasErrors());
    QCOMPARE(DataCheckReport().count(DataCheckFinding::Severity::Error), 0);
}

void TestDataCheckReport::roundTrip_data()
{
    QTest::addColumn<DataCheckReport>("report");
    QTest::newRow("every field") << fullReport();

    DataCheckReport incomplete;
    incomplete.state = DataCheckReport::State::Incomplete;
    incomplete.error = QStringLiteral("Access denied to s3://bucket/data/.");
    incomplete.dataLocation = QStringLiteral("s3://bucket/data/");
    incomplete.filesFound = 3;
    incomplete.findings = {finding(DataCheckFinding::Severity::Warning, QStringLiteral("x"), 2)};
    QTest::newRow("incomplete, no time, no estimate") << incomplete;

    QTest::newRow("empty") << DataCheckReport();
}

void TestDataCheckReport::roundTrip()
{
    QFETCH(DataCheckReport, report);
    // As it is stored: compact JSON text.
    const QByteArray text = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(!text.contains('\n'));
    const QJsonDocument document = QJsonDocument::fromJson(text);
    QVERIFY(document.isObject());
    const auto back = DataCheckReport::fromJson(document.object());
    QVERIFY(back.has_value());
    QCOMPARE(back->findings, report.findings);
    QCOMPARE(back->checkedAt, report.checkedAt);
    QCOMPARE(back->estimatedRecords, report.estimatedRecords);
    QCOMPARE(*back, report);
}

void TestDataCheckReport::jsonKeys()
{
    const QJsonObject json = fullReport().toJson();
    QCOMPARE(json.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
    // ISO 8601 in UTC, to the millisecond.
    QCOMPARE(json.value(QStringLiteral("checkedAt")).toString(),
             QStringLiteral("2024-05-02T08:30:15.250Z"));
    QCOMPARE(json.value(QStringLiteral("filesFound")).toInt(), 12);
    QCOMPARE(json.value(QStringLiteral("filesSampled")).toInt(), 5);
    QCOMPARE(json.value(QStringLiteral("totalBytes")).toDouble(), 123'456'789'012.0);
    QCOMPARE(json.value(QStringLiteral("bytesRead")).toInt(), 409'600);
    QCOMPARE(json.value(QStringLiteral("estimatedRecords")).toDouble(), 4'000'000'000.0);
    QCOMPARE(json.value(QStringLiteral("importMode")).toString(), QStringLiteral("FULL"));
    const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 4);
    const QJsonObject ragged = findings.at(1).toObject();
    QCOMPARE(ragged.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(ragged.value(QStringLiteral("rule")).toString(), QStringLiteral("ragged-row"));
    QCOMPARE(ragged.value(QStringLiteral("line")).toInt(), 17);
    QCOMPARE(ragged.value(QStringLiteral("column")).toString(), QStringLiteral("USER_ID"));
    QCOMPARE(ragged.value(QStringLiteral("file")).toString(),
             QStringLiteral("s3://bucket/data/part-1.csv"));
    QCOMPARE(findings.at(2).toObject().value(QStringLiteral("severity")).toString(),
             QStringLiteral("warning"));
    QCOMPARE(findings.at(3).toObject().value(QStringLiteral("severity")).toString(),
             QStringLiteral("info"));

    DataCheckReport incomplete;
    incomplete.state = DataCheckReport::State::Incomplete;
    incomplete.error = QStringLiteral("Timed out.");
    const QJsonObject partial = incomplete.toJson();
    QCOMPARE(partial.value(QStringLiteral("state")).toString(), QStringLiteral("incomplete"));
    QCOMPARE(partial.value(QStringLiteral("error")).toString(), QStringLiteral("Timed out."));
    QVERIFY(!partial.contains(QStringLiteral("estimatedRecords")));
    QVERIFY(!partial.contains(QStringLiteral("checkedAt")));
}

void TestDataCheckReport::minimalReportIsRead()
{
    const auto report = DataCheckReport::fromJson(minimal());
    QVERIFY(report.has_value());
    QCOMPARE(*report, DataCheckReport());

    const auto one = DataCheckReport::fromJson(withFinding(goodFinding()));
    QVERIFY(one.has_value());
    QCOMPARE(one->findings.size(), 1);
    QCOMPARE(one->findings.constFirst().severity, DataCheckFinding::Severity::Warning);
    QCOMPARE(one->findings.constFirst().line, 3);
    QVERIFY(one->findings.constFirst().file.isEmpty());

    // A time in another zone is the same instant.
    const auto zoned = DataCheckReport::fromJson(
        with(minimal(), QStringLiteral("checkedAt"), QStringLiteral("2024-05-02T10:30:15+02:00")));
    QVERIFY(zoned.has_value());
    QCOMPARE(zoned->checkedAt, QDateTime(QDate(2024, 5, 2), QTime(8, 30, 15), Qt::UTC));
}

void TestDataCheckReport::rejectsJunk_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::newRow("empty object") << QJsonObject();
    QTest::newRow("a job draft") << QJsonObject{
        {QStringLiteral("jobName"), QStringLiteral("x")},
        {QStringLiteral("datasetArn"), QStringLiteral("y")}};
    QTest::newRow("unknown state")
        << with(minimal(), QStringLiteral("state"), QStringLiteral("done"));
    QTest::newRow("no findings") << QJsonObject{
        {QStringLiteral("state"), QStringLiteral("completed")}};
    QTest::newRow("findings not a list")
        << with(minimal(), QStringLiteral("findings"), QStringLiteral("none"));
    QTest::newRow("finding not an object")
        << with(minimal(), QStringLiteral("findings"), QJsonArray{QStringLiteral("oops")});
    QTest::newRow("unknown severity")
        << withFinding(with(goodFinding(), QStringLiteral("severity"), QStringLiteral("fatal")));
    QTest::newRow("no message") << withFinding(
        with(goodFinding(), QStringLiteral("message"), QString()));
    QTest::newRow("message not text")
        << withFinding(with(goodFinding(), QStringLiteral("message"), 42));
    QTest::newRow("negative line") << withFinding(with(goodFinding(), QStringLiteral("line"), -1));
    QTest::newRow("fractional line")
        << withFinding(with(goodFinding(), QStringLiteral("line"), 2.5));
    QTest::newRow("count as text")
        << with(minimal(), QStringLiteral("filesFound"), QStringLiteral("3"));
    QTest::newRow("negative size") << with(minimal(), QStringLiteral("totalBytes"), -10);
    QTest::newRow("bad time") << with(minimal(), QStringLiteral("checkedAt"),
                                      QStringLiteral("yesterday"));
    QTest::newRow("estimate as text")
        << with(minimal(), QStringLiteral("estimatedRecords"), QStringLiteral("many"));
}

void TestDataCheckReport::rejectsJunk()
{
    QFETCH(QJsonObject, json);
    QVERIFY(!DataCheckReport::fromJson(json).has_value());
}

void TestDataCheckReport::summary_data()
{
    QTest::addColumn<DataCheckReport>("report");
    QTest::addColumn<QString>("expected");

    using S = DataCheckFinding::Severity;
    DataCheckReport clean;
    clean.filesFound = 3;
    clean.filesSampled = 3;
    QTest::newRow("clean") << clean << QStringLiteral("No problems found in 3 files");

    DataCheckReport notes = clean;
    notes.findings = {finding(S::Info, QStringLiteral("extra-column"))};
    QTest::newRow("notes only") << notes << QStringLiteral("No problems found in 3 files");

    DataCheckReport one;
    one.filesFound = 1;
    one.filesSampled = 1;
    QTest::newRow("one file") << one << QStringLiteral("No problems found in 1 file");

    DataCheckReport mixed = clean;
    mixed.findings = {
        finding(S::Error, QStringLiteral("a")), finding(S::Warning, QStringLiteral("b")),
        finding(S::Error, QStringLiteral("c")), finding(S::Info, QStringLiteral("d"))};
    QTest::newRow("errors and a warning")
        << mixed << QStringLiteral("2 errors, 1 warning in 3 files");

    DataCheckReport singular = one;
    singular.findings = {finding(S::Error, QStringLiteral("a"))};
    QTest::newRow("one error") << singular << QStringLiteral("1 error in 1 file");

    DataCheckReport warnings = clean;
    warnings.findings = {finding(S::Warning, QStringLiteral("a")),
                         finding(S::Warning, QStringLiteral("b"))};
    QTest::newRow("warnings") << warnings << QStringLiteral("2 warnings in 3 files");

    DataCheckReport sampled = clean;
    sampled.filesFound = 20;
    sampled.filesSampled = 5;
    sampled.findings = {finding(S::Warning, QStringLiteral("a"))};
    QTest::newRow("some files read") << sampled << QStringLiteral("1 warning in 5 of 20 files");

    DataCheckReport incomplete = mixed;
    incomplete.state = DataCheckReport::State::Incomplete;
    incomplete.error = QStringLiteral("The bucket could not be listed: access denied.");
    QTest::newRow("incomplete")
        << incomplete
        << QStringLiteral("Check incomplete: The bucket could not be listed: access denied.");
}

void TestDataCheckReport::summary()
{
    QFETCH(DataCheckReport, report);
    QFETCH(QString, expected);
    QCOMPARE(report.summary(), expected);
}

void TestDataCheckReport::severityNames()
{
    using S = DataCheckFinding::Severity;
    QCOMPARE(DataCheckReport::severityName(S::Error), QStringLiteral("error"));
    QCOMPARE(DataCheckReport::severityName(S::Warning), QStringLiteral("warning"));
    QCOMPARE(DataCheckReport::severityName(S::Info), QStringLiteral("info"));
    QCOMPARE(DataCheckReport::severityLabel(S::Error), QStringLiteral("Error"));
    QCOMPARE(DataCheckReport::severityLabel(S::Warning), QStringLiteral("Warning"));
    QCOMPARE(DataCheckReport::severityLabel(S::Info), QStringLiteral("Note"));
}

QTEST_GUILESS_MAIN(TestDataCheckReport)
#include "tst_datacheckreport.moc"
