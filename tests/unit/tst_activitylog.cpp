#include "aws/logging.h"
#include "desktop/activitylog.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The activity log model: a well-behaved table (QAbstractItemModelTester), at most kMaxRows
// rows with the oldest dropped first, one-line outcomes, and nothing secret-looking shown.
class TestActivityLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsEachCall();
    void outcomeText_data();
    void outcomeText();
    void rowsAreCapped();
    void clearEmptiesTheLog();
    void secretsAreNotShown_data();
    void secretsAreNotShown();

private:
    QString display(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->data(m_model->index(row, column), role).toString();
    }

    std::unique_ptr<ActivityLogModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

namespace {

AwsCallRecord call(const QString &operation, int number = 0)
{
    AwsCallRecord record;
    record.invocationId = QStringLiteral("invocation-%1").arg(number);
    record.service = QStringLiteral("personalize");
    record.operation = operation;
    record.started = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC).addSecs(number);
    record.durationMs = 120 + number;
    record.attempts = 1;
    record.ok = true;
    record.requestId = QStringLiteral("req-%1").arg(number);
    record.httpStatus = 200;
    return record;
}

AwsCallRecord failure(const QString &code, const QString &message)
{
    AwsCallRecord record = call(QStringLiteral("CreateDatasetImportJob"));
    record.ok = false;
    record.errorCode = code;
    record.message = message;
    record.httpStatus = 400;
    record.attempts = 3;
    return record;
}

} // namespace

void TestActivityLog::init()
{
    m_model = std::make_unique<ActivityLogModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestActivityLog::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestActivityLog::showsEachCall()
{
    QCOMPARE(m_model->columnCount(), int(ActivityLogModel::ColumnCount));
    QCOMPARE(m_model->headerData(ActivityLogModel::RequestId, Qt::Horizontal).toString(),
             QStringLiteral("Request ID"));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->append(call(QStringLiteral("ListDatasetGroups"), 1));
    m_model->append(
        failure(QStringLiteral("ThrottlingException"), QStringLiteral("Rate exceeded")));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1); // appended at the end, newest last

    QCOMPARE(display(0, ActivityLogModel::Operation), QStringLiteral("ListDatasetGroups"));
    QCOMPARE(display(0, ActivityLogModel::Outcome), QStringLiteral("OK"));
    QCOMPARE(display(0, ActivityLogModel::Duration), QStringLiteral("121 ms"));
    QCOMPARE(display(0, ActivityLogModel::Attempts), QStringLiteral("1"));
    QCOMPARE(display(0, ActivityLogModel::RequestId), QStringLiteral("req-1"));
    QCOMPARE(display(0, ActivityLogModel::Time),
             call({}, 1).started.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    QCOMPARE(m_model->data(m_model->index(0, 0), ActivityLogModel::OkRole).toBool(), true);
    QCOMPARE(display(0, ActivityLogModel::Attempts, Qt::ToolTipRole), QString());

    QCOMPARE(display(1, ActivityLogModel::Outcome),
             QStringLiteral("ThrottlingException: Rate exceeded"));
    QCOMPARE(display(1, ActivityLogModel::Outcome, Qt::ToolTipRole),
             QStringLiteral("Rate exceeded"));
    QCOMPARE(display(1, ActivityLogModel::Attempts, Qt::ToolTipRole), QStringLiteral("Retries: 2"));
    QCOMPARE(m_model->data(m_model->index(1, 0), ActivityLogModel::OkRole).toBool(), false);
    QCOMPARE(m_model->record(1).errorCode, QStringLiteral("ThrottlingException"));
    QVERIFY(!m_model->index(2, 0).isValid()); // nothing below the last call
}

void TestActivityLog::outcomeText_data()
{
    QTest::addColumn<AwsCallRecord>("record");
    QTest::addColumn<QString>("text");
    QTest::newRow("success") << call(QStringLiteral("ListDatasets")) << QStringLiteral("OK");
    QTest::newRow("code and message")
        << failure(QStringLiteral("ResourceAlreadyExistsException"),
                   QStringLiteral("The job name is taken."))
        << QStringLiteral("ResourceAlreadyExistsException: The job name is taken.");
    QTest::newRow("first line only") << failure(QStringLiteral("InvalidInputException"),
                                                QStringLiteral("Line one.\nLine two with detail."))
                                     << QStringLiteral("InvalidInputException: Line one.");
    QTest::newRow("no code") << failure({}, QStringLiteral("Connection refused"))
                             << QStringLiteral("Failed: Connection refused");
    QTest::newRow("code only") << failure(QStringLiteral("InternalFailure"), {})
                               << QStringLiteral("InternalFailure");
    QTest::newRow("nothing known") << failure({}, {}) << QStringLiteral("Failed");
}

void TestActivityLog::outcomeText()
{
    QFETCH(AwsCallRecord, record);
    QFETCH(QString, text);
    QCOMPARE(ActivityLogModel::outcomeText(record), text);
    m_model->append(record);
    QCOMPARE(display(0, ActivityLogModel::Outcome), text);
}

void TestActivityLog::rowsAreCapped()
{
    // Filled without the tester, which checks every row on each change; watched again for the
    // appends that cross the cap.
    m_tester.reset();
    for (int i = 0; i < ActivityLogModel::kMaxRows - 2; ++i)
        m_model->append(call(QStringLiteral("DescribeDatasetImportJob"), i));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    const int total = ActivityLogModel::kMaxRows + 5;
    for (int i = ActivityLogModel::kMaxRows - 2; i < total; ++i)
        m_model->append(call(QStringLiteral("DescribeDatasetImportJob"), i));
    QCOMPARE(m_model->rowCount(), ActivityLogModel::kMaxRows);
    QCOMPARE(removed.count(), 5);
    QCOMPARE(removed.at(0).at(1).toInt(), 0); // the oldest goes
    QCOMPARE(reset.count(), 0);
    QCOMPARE(display(0, ActivityLogModel::RequestId), QStringLiteral("req-5"));
    QCOMPARE(display(ActivityLogModel::kMaxRows - 1, ActivityLogModel::RequestId),
             QStringLiteral("req-%1").arg(total - 1));
}

void TestActivityLog::clearEmptiesTheLog()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear(); // already empty: no reset
    QCOMPARE(reset.count(), 0);
    m_model->append(call(QStringLiteral("ListDatasets")));
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(reset.count(), 1);
}

void TestActivityLog::secretsAreNotShown_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret");
    const QString registered = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY");
    Redaction::registerSecret(registered);
    QTest::newRow("known secret key")
        << QStringLiteral("The request signed with %1 was refused.").arg(registered) << registered;
    QTest::newRow("signature")
        << QStringLiteral(
               "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240501/"
               "us-east-1/personalize/aws4_request, SignedHeaders=host, "
               "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")
        << QStringLiteral("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7");
    QTest::newRow("json member")
        << QStringLiteral(R"(Unreadable answer: {"sessionToken": "IQoJb3JpZ2luX2VjEXAMPLE"})")
        << QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLE");
    QTest::newRow("ini property") << QStringLiteral(
                                         "Line 3: aws_secret_access_key = Zm9vYmFyc2VjcmV0EXAMPLE")
                                  << QStringLiteral("Zm9vYmFyc2VjcmV0EXAMPLE");
}

void TestActivityLog::secretsAreNotShown()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    m_model->append(failure(QStringLiteral("UnrecognizedClientException"), message));
    const QString outcome = display(0, ActivityLogModel::Outcome);
    const QString tooltip = display(0, ActivityLogModel::Outcome, Qt::ToolTipRole);
    QVERIFY2(!outcome.contains(secret), qPrintable(outcome));
    QVERIFY2(!tooltip.contains(secret), qPrintable(tooltip));
    QVERIFY2(outcome.contains(u"<redacted>"), qPrintable(outcome));
    QVERIFY2(tooltip.contains(u"<redacted>"), qPrintable(tooltip));
    QVERIFY(outcome.startsWith(u"UnrecognizedClientException: "));
}

QTEST_GUILESS_MAIN(TestActivityLog)
#include "tst_activitylog.moc"
