#include "aws/awsclient.h"
#include "common/sandboxfixture.h"
#include "personalize/datacheck.h"
#include "personalize/personalizeclient.h"
#include "s3/s3client.h"
#include "sandbox/sandboxdefaults.h"

#include <QSignalSpy>
#include <QTest>

// The data check end to end over real HTTP: the dataset's schema from the sandbox's
// Personalize API, the files from its S3 API (the built-in demo bucket), read and judged as in
// the app. And the promise the check makes: the files it finds errors in are those whose
// import jobs fail, file by file.
class TestDataCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void goodFileHasNoErrors();
    void missingColumnIsFound();
    void folderOfParts();
    void emptyFolder();
    void folderWithOtherFiles();
    void encryptedFile();
    void unreadableFile();
    void missingBucketAndFile();
    void unknownDatasetLeavesTheCheckIncomplete();
    void notAnS3Location();
    void newCheckReplacesTheRunningOne();
    void cancelledCheckReportsNothing();
    void schemaIsReadOncePerDataset();
    void checkAgreesWithTheImportJobs();

private:
    DataCheckReport check(const QString &location,
                          const QString &type = QStringLiteral("INTERACTIONS"),
                          const QString &mode = QStringLiteral("FULL"));
    QString dataset(const QString &type) const;
    static QStringList rules(const DataCheckReport &report, DataCheckFinding::Severity severity);
    QString finalStatus(const QString &location, const QString &type, QString *reason);

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<S3Client> m_s3;
    std::unique_ptr<DataCheck> m_check;
};

namespace {

const QString kDemo = QStringLiteral("s3://importdesk-demo/");

} // namespace

void TestDataCheck::init()
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.timeScale = 2000;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
    S3ClientSettings settings;
    settings.region = SandboxDefaults::kRegion;
    settings.endpoint = m_sandbox->url();
    settings.addressingStyle = S3AddressingStyle::Path;
    AwsCredentials keys;
    keys.accessKeyId = options.accessKeyId;
    keys.secretAccessKey = options.secretAccessKey;
    m_s3 = std::make_unique<S3Client>(
        m_sandbox->aws()->networkAccessManager(),
        [keys](QObject *context, AwsClient::CredentialsCallback done) {
            QMetaObject::invokeMethod(
                context, [done, keys] { done(keys); }, Qt::QueuedConnection);
        },
        settings);
    m_check = std::make_unique<DataCheck>(m_sandbox->client(), m_s3.get());
}

void TestDataCheck::cleanup()
{
    m_check.reset();
    m_s3.reset();
    m_sandbox.reset();
}

QString TestDataCheck::dataset(const QString &type) const
{
    return m_sandbox->datasetArn(QStringLiteral("retail-shop"), type);
}

DataCheckReport TestDataCheck::check(const QString &location, const QString &type,
                                     const QString &mode)
{
    QSignalSpy finished(m_check.get(), &DataCheck::finished);
    m_check->start(DataCheckRequest{dataset(type), location, mode});
    if (!finished.wait(10000) || finished.size() != 1)
        return {};
    return finished.constFirst().constFirst().value<DataCheckReport>();
}

QStringList TestDataCheck::rules(const DataCheckReport &report, DataCheckFinding::Severity severity)
{
    QStringList found;
    for (const DataCheckFinding &finding : report.findings) {
        if (finding.severity == severity && !found.contains(finding.rule))
            found.append(finding.rule);
    }
    return found;
}

void TestDataCheck::goodFileHasNoErrors()
{
    const DataCheckReport report =
        check(kDemo + QStringLiteral("interactions/good/interactions.csv"));
    QCOMPARE(report.state, DataCheckReport::State::Completed);
    QCOMPARE(report.dataLocation, kDemo + QStringLiteral("interactions/good/interactions.csv"));
    QCOMPARE(rules(report, DataCheckFinding::Severity::Error), QStringList());
    QCOMPARE(rules(report, DataCheckFinding::Severity::Warning), QStringList());
    QCOMPARE(report.filesFound, 1);
    QCOMPARE(report.filesSampled, 1);
    QVERIFY(report.bytesRead > 0);
    QVERIFY(report.estimatedRecords && *report.estimatedRecords >= 1000);
}

void TestDataCheck::missingColumnIsFound()
{
    const DataCheckReport report =
        check(kDemo + QStringLiteral("interactions/broken/missing-timestamp-column.csv"));
    QCOMPARE(rules(report, DataCheckFinding::Severity::Error),
             QStringList{QStringLiteral("missing-column")});
    const DataCheckFinding &finding = report.findings.constFirst();
    QCOMPARE(finding.column, QStringLiteral("TIMESTAMP"));
    QCOMPARE(finding.line, 1);
    QCOMPARE(finding.file,
             kDemo + QStringLiteral("interactions/broken/missing-timestamp-column.csv"));
    QVERIFY(report.hasErrors());
}

void TestDataCheck::folderOfParts()
{
    const DataCheckReport report = check(kDemo + QStringLiteral("interactions/parts/"));
    QCOMPARE(report.state, DataCheckReport::State::Completed);
    QCOMPARE(report.filesFound, 2);
    QCOMPARE(report.filesSampled, 2);
    QCOMPARE(rules(report, DataCheckFinding::Severity::Error), QStringList());
}

void TestDataCheck::emptyFolder()
{
    const DataCheckReport report = check(kDemo + QStringLiteral("interactions/empty/"));
    QCOMPARE(rules(report, DataCheckFinding::Severity::Error),
             QStringList{QStringLiteral("no-data")});
    QCOMPARE(report.filesFound, 0);
}

void TestDataCheck::folderWithOtherFiles()
{
    const DataCheckReport report = check(kDemo + QStringLiteral("interactions/with-readme/"));
    QCOMPARE(rules(report, DataCheckFinding::Severity::Error), QStringList());
    QCOMPARE(rules(report, DataCheckFinding::Severity::Warning),
             QStringList{QStringLiteral("non-csv-object")});
}

void TestDataCheck::encryptedFile()
{
    const DataCheckReport report =
        check(kDemo + QStringLiteral("interactions/encrypted/interactions.csv"));
    QCOMPARE(rules(report, DataCheckFinding::Severity::Warning),
             QStringList{QStringLiteral("kms-encrypted")});
    QVERIFY2(report.findings.constFirst().message.contains(QLatin1String("arn:aws:kms:")),
             qPrintable(report.findings.constFirst().message));
}

void TestDataCheck::unreadableFile()
{
    const DataCheckReport report = check(kDemo + QStringLiteral("restricted/interactions.csv"));
    QCOMPARE(report.state, DataCheckReport::State::Completed);
    QCOMPARE(rules(report, DataCheckFinding::Severity::Warning),
             QStringList{QStringLiteral("caller-access-denied")});
    QVERIFY(report.findings.constFirst().message.contains(QLatin1String("import role")));
}

void TestDataCheck::missingBucketAndFile()
{
    const DataCheckReport bucket = check(QStringLiteral("s3://no-such-bucket/interactions/"));
    QCOMPARE(rules(bucket, DataCheckFinding::Severity::Error),
             QStringList{QStringLiteral("no-data")});
    QVERIFY(bucket.findings.constFirst().message.contains(QLatin1String("no-such-bucket")));

    const DataCheckReport file =
        check(kDemo + QStringLiteral("interactions/good/nothing-here.csv"));
    QCOMPARE(rules(file, DataCheckFinding::Severity::Error),
             QStringList{QStringLiteral("no-data")});
    QVERIFY(file.findings.constFirst().message.contains(QLatin1String("There is no file")));
}

void TestDataCheck::unknownDatasetLeavesTheCheckIncomplete()
{
    QSignalSpy finished(m_check.get(), &DataCheck::finished);
    m_check->start(DataCheckRequest{
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/nowhere/INTERACTIONS"),
        kDemo + QStringLiteral("interactions/good/interactions.csv"), QStringLiteral("FULL")});
    QVERIFY(finished.wait(10000));
    const auto report = finished.constFirst().constFirst().value<DataCheckReport>();
    QCOMPARE(report.state, DataCheckReport::State::Incomplete);
    QVERIFY2(report.error.startsWith(QLatin1String("The dataset's schema could not be read")),
             qPrintable(report.error));
    QVERIFY(!report.hasErrors());
}

void TestDataCheck::notAnS3Location()
{
    const DataCheckReport report = check(QStringLiteral("https://example.com/data.csv"));
    QCOMPARE(report.state, DataCheckReport::State::Incomplete);
    QCOMPARE(report.error, QStringLiteral("Only s3:// locations can be checked."));
}

void TestDataCheck::newCheckReplacesTheRunningOne()
{
    QSignalSpy started(m_check.get(), &DataCheck::started);
    QSignalSpy finished(m_check.get(), &DataCheck::finished);
    m_check->start(DataCheckRequest{
        dataset(QStringLiteral("INTERACTIONS")),
        kDemo + QStringLiteral("interactions/broken/byte-order-mark.csv"), QStringLiteral("FULL")});
    m_check->start(DataCheckRequest{dataset(QStringLiteral("INTERACTIONS")),
                                    kDemo + QStringLiteral("interactions/good/interactions.csv"),
                                    QStringLiteral("FULL")});
    QVERIFY(finished.wait(10000));
    QTest::qWait(200); // nothing more arrives
    QCOMPARE(started.size(), 2);
    QCOMPARE(finished.size(), 1);
    const auto report = finished.constFirst().constFirst().value<DataCheckReport>();
    QCOMPARE(report.dataLocation, kDemo + QStringLiteral("interactions/good/interactions.csv"));
    QVERIFY(!report.hasErrors());
}

void TestDataCheck::cancelledCheckReportsNothing()
{
    QSignalSpy finished(m_check.get(), &DataCheck::finished);
    m_check->start(DataCheckRequest{dataset(QStringLiteral("INTERACTIONS")),
                                    kDemo + QStringLiteral("interactions/good/interactions.csv"),
                                    QStringLiteral("FULL")});
    QVERIFY(m_check->isRunning());
    m_check->cancel();
    QVERIFY(!m_check->isRunning());
    QVERIFY(!finished.wait(500));
}

void TestDataCheck::schemaIsReadOncePerDataset()
{
    check(kDemo + QStringLiteral("interactions/good/interactions.csv"));
    check(kDemo + QStringLiteral("interactions/broken/ragged-row.csv"));
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("DescribeSchema")), 1);
    QCOMPARE(m_sandbox->requestCount(QStringLiteral("DescribeDataset")), 1);
}

QString TestDataCheck::finalStatus(const QString &location, const QString &type, QString *reason)
{
    static int serial = 0;
    CreateDatasetImportJobRequest request;
    request.jobName = QStringLiteral("agreement-%1").arg(++serial);
    request.datasetArn = dataset(type);
    request.dataSource.dataLocation = location;
    request.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
    QString arn;
    bool answered = false;
    m_sandbox->client()->createDatasetImportJob(
        request, this, [&](const Result<CreateDatasetImportJobResponse, AwsError> &result, bool) {
            answered = true;
            if (result)
                arn = result->datasetImportJobArn.value_or(QString());
            else
                *reason = result.error().message;
        });
    if (!QTest::qWaitFor([&] { return answered; }, 10000) || arn.isEmpty())
        return QStringLiteral("not created");
    QString status;
    const bool ended = QTest::qWaitFor(
        [&] {
            bool described = false;
            m_sandbox->client()->describeDatasetImportJob(
                arn, this, [&](const Result<DatasetImportJob, AwsError> &job) {
                    described = true;
                    if (job) {
                        status = job->status.value_or(QString());
                        *reason = job->failureReason.value_or(QString());
                    }
                });
            if (!QTest::qWaitFor([&] { return described; }, 5000))
                return false;
            return status == u"ACTIVE" || status == u"CREATE FAILED";
        },
        20000);
    return ended ? status : QStringLiteral("still ") + status;
}

// Every demo file and folder is checked as the app checks it, then imported: a job fails
// exactly when the check found an error (or, for a file nobody may read, warned that the
// caller could not read it: the role cannot either).
void TestDataCheck::checkAgreesWithTheImportJobs()
{
    QStringList locations;
    const QStringList folders = {QStringLiteral("interactions/parts/"),
                                 QStringLiteral("interactions/with-readme/"),
                                 QStringLiteral("interactions/empty/")};
    bool listed = false;
    m_s3->listObjects(QStringLiteral("importdesk-demo"), QString(), QString(), 1000, this,
                      [&](const Result<S3ListPage, AwsError> &page) {
                          listed = true;
                          QVERIFY(page.ok());
                          for (const S3ObjectSummary &object : page->objects) {
                              const bool inFolder = std::any_of(
                                  folders.cbegin(), folders.cend(),
                                  [&](const QString &f) { return object.key.startsWith(f); });
                              if (!inFolder && object.key.endsWith(QLatin1String(".csv")))
                                  locations.append(object.key);
                          }
                      });
    QTRY_VERIFY_WITH_TIMEOUT(listed, 10000);
    locations += folders;
    QVERIFY2(locations.size() >= 15, qPrintable(locations.join(u' ')));

    int failures = 0;
    for (const QString &key : std::as_const(locations)) {
        const QString type = key.startsWith(QLatin1String("items/")) ? QStringLiteral("ITEMS")
                             : key.startsWith(QLatin1String("users/"))
                                 ? QStringLiteral("USERS")
                                 : QStringLiteral("INTERACTIONS");
        const DataCheckReport report = check(kDemo + key, type);
        QCOMPARE(report.state, DataCheckReport::State::Completed);
        const bool flagged =
            report.hasErrors() || rules(report, DataCheckFinding::Severity::Warning)
                                      .contains(QStringLiteral("caller-access-denied"));
        QString reason;
        const QString status = finalStatus(kDemo + key, type, &reason);
        QVERIFY2(status == u"ACTIVE" || status == u"CREATE FAILED",
                 qPrintable(key + u": " + status + u' ' + reason));
        const bool failed = status == u"CREATE FAILED";
        failures += failed ? 1 : 0;
        QVERIFY2(flagged == failed,
                 qPrintable(QStringLiteral("%1: the check %2, the job ended %3 %4")
                                .arg(key,
                                     flagged ? QStringLiteral("flagged it")
                                             : QStringLiteral("found nothing"),
                                     status, reason)));
    }
    // Both outcomes were exercised.
    QVERIFY(failures >= 8);
    QVERIFY(failures < locations.size() - 3);
}

QTEST_GUILESS_MAIN(TestDataCheck)
#include "tst_datacheck.moc"
