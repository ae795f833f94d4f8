#include "common/jobbuilder.h"
#include "jobs/jobcsv.h"
#include "jobs/jobtablemodel.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Jobs as CSV: field quoting (RFC 4180), the columns and their spreadsheet-friendly values,
// and saving; plus the drafts a job gives for cloning and for the CLI command.
class TestJobCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data();
    void field();
    void fromModel();
    void saveReportsErrors();
    void drafts();
};

namespace {

JobRecord failedJob()
{
    return JobBuilder(QStringLiteral("bad, \"header\""))
        .dataset(JobBuilder::datasetArn(QStringLiteral("news"), QStringLiteral("ITEMS"),
                                        QStringLiteral("eu-west-1")))
        .arn(QStringLiteral("arn:aws:personalize:eu-west-1:111122223333:dataset-import-job/bad"))
        .importMode(QStringLiteral("INCREMENTAL"))
        .ranFor(95)
        .failure(QStringLiteral("Input CSV is missing the following columns:\n[ITEM_ID]"))
        .dataLocation(QStringLiteral("s3://bucket/items.csv"))
        .roleArn(QStringLiteral("arn:aws:iam::111122223333:role/R"))
        .tags({{QStringLiteral("team"), QStringLiteral("recs")}})
        .publishMetrics(true)
        .profile(QStringLiteral("prod"))
        .build();
}

} // namespace

void TestJobCsv::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
}

void TestJobCsv::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(JobCsv::field(value), expected);
}

void TestJobCsv::fromModel()
{
    JobTableModel model;
    model.setJobs({failedJob()});
    const QByteArray csv =
        JobCsv::fromModel(model, {JobTableModel::NameColumn, JobTableModel::CreatedColumn,
                                  JobTableModel::FailureReasonColumn});
    const QString expected =
        QStringLiteral("Name,Created,Failure reason,ARN,Region\r\n"
                       "\"bad, \"\"header\"\"\",2024-05-01T10:00:00Z,"
                       "\"Input CSV is missing the following columns:\n[ITEM_ID]\",") +
        failedJob().arn + QStringLiteral(",eu-west-1\r\n");
    QCOMPARE(QString::fromUtf8(csv), expected);
}

void TestJobCsv::saveReportsErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("jobs.csv"));
    QCOMPARE(JobCsv::save(path, "a,b\r\n"), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("a,b\r\n"));
    const QString error =
        JobCsv::save(dir.filePath(QStringLiteral("missing-folder/jobs.csv")), "x");
    QVERIFY2(error.startsWith(u"Could not write "), qPrintable(error));
}

void TestJobCsv::drafts()
{
    const JobRecord job = failedJob();
    const ImportJobDraft same = job.toDraft();
    QCOMPARE(same.jobName, job.name);
    QCOMPARE(same.datasetArn, job.datasetArn);
    QCOMPARE(same.dataLocation, job.dataLocation);
    QCOMPARE(same.roleArn, job.roleArn);
    QCOMPARE(same.importMode, QStringLiteral("INCREMENTAL"));
    QCOMPARE(same.publishAttributionMetricsToS3, true);
    QCOMPARE(same.tags.size(), 1);
    QCOMPARE(same.tags.constFirst(), qMakePair(QStringLiteral("team"), QStringLiteral("recs")));

    const ImportJobDraft clone = job.cloneDraft(QDateTime(QDate(2024, 5, 2), QTime(9, 30, 5)));
    QCOMPARE(clone.jobName, QStringLiteral("bad, \"header\"-copy-20240502-093005"));
    ImportJobDraft expected = same;
    expected.jobName = clone.jobName;
    QCOMPARE(clone, expected);
}

QTEST_GUILESS_MAIN(TestJobCsv)
#include "tst_jobcsv.moc"
