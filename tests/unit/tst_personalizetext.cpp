#include "personalize/consolelink.h"
#include "personalize/datasetlabel.h"
#include "personalize/jobnaming.h"
#include "personalize/submiterror.h"

#include <QRegularExpression>
#include <QTest>

// How Personalize resources are named and shown to people: proposed job names, dataset
// labels, console links and the text of a failed submission. Pure functions, table-driven.
class TestPersonalizeText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedNames_data();
    void generatedNames();
    void cloneName_data();
    void cloneName();
    void datasetLabels();
    void consoleLink_data();
    void consoleLink();
    void submitError_data();
    void submitError();
};

namespace {

const QDateTime kWhen(QDate(2024, 6, 1), QTime(12, 34, 56));
const QString kDataset =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/INTERACTIONS");

bool isValidJobName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9\\-_]*$"));
    return name.size() <= JobNaming::kMaxLength && valid.match(name).hasMatch();
}

} // namespace

void TestPersonalizeText::generatedNames_data()
{
    QTest::addColumn<QString>("datasetArn");
    QTest::addColumn<QString>("datasetName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("catalogue name")
        << kDataset << QStringLiteral("retail-shop-interactions")
        << QStringLiteral("retail-shop-interactions-import-20240601-123456");
    QTest::newRow("from the ARN") << kDataset << QString()
                                  << QStringLiteral(
                                         "retail-shop-interactions-import-20240601-123456");
    QTest::newRow("nothing known")
        << QString() << QString() << QStringLiteral("import-20240601-123456");
    QTest::newRow("characters a name cannot hold")
        << QString() << QStringLiteral("_données été")
        << QStringLiteral("donn-es--t--import-20240601-123456");
    QTest::newRow("too long") << QString() << QString(80, u'x')
                              << QString(40, u'x') + u"-import-20240601-123456";
}

void TestPersonalizeText::generatedNames()
{
    QFETCH(QString, datasetArn);
    QFETCH(QString, datasetName);
    QFETCH(QString, expected);
    const QString name = JobNaming::forDataset(datasetArn, datasetName, kWhen);
    QCOMPARE(name, expected);
    QVERIFY(isValidJobName(name));
}

void TestPersonalizeText::cloneName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("daily")
                           << QStringLiteral("daily-copy-20240502-093005");
    QTest::newRow("clone of a clone") << QStringLiteral("daily-copy-20240101-000000")
                                      << QStringLiteral("daily-copy-20240502-093005");
    QTest::newRow("longest name") << QString(63, u'a')
                                  << QString(42, u'a') + u"-copy-20240502-093005";
    QTest::newRow("empty") << QString() << QStringLiteral("import-copy-20240502-093005");
}

void TestPersonalizeText::cloneName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString clone = JobNaming::cloneName(name, QDateTime(QDate(2024, 5, 2), QTime(9, 30, 5)));
    QCOMPARE(clone, expected);
    QVERIFY(isValidJobName(clone));
}

void TestPersonalizeText::datasetLabels()
{
    QCOMPARE(DatasetLabel::fromArn(kDataset), QStringLiteral("retail-shop / INTERACTIONS"));
    QCOMPARE(DatasetLabel::fromArn(QStringLiteral("not an arn")), QStringLiteral("not an arn"));
    QCOMPARE(
        DatasetLabel::fromArn(
            QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-group/retail-shop")),
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-group/retail-shop"));
    QCOMPARE(DatasetLabel::fromNames(QStringLiteral("retail-shop"),
                                     QStringLiteral("retail-shop-items"), QStringLiteral("Items")),
             QStringLiteral("retail-shop / retail-shop-items (Items)"));
}

void TestPersonalizeText::consoleLink_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    QTest::newRow("aws") << QStringLiteral(
                                "arn:aws:personalize:us-east-1:111122223333:dataset-import-job/a")
                         << QString()
                         << QStringLiteral("https://us-east-1.console.aws.amazon.com/personalize/"
                                           "home?region=us-east-1#arn:aws:personalize:us-east-1:"
                                           "111122223333:dataset-import-job/a");
    QTest::newRow("aws-cn")
        << QStringLiteral("arn:aws-cn:personalize:cn-north-1:111122223333:dataset-import-job/a")
        << QString()
        << QStringLiteral("https://cn-north-1.console.amazonaws.cn/"
                          "personalize/home?region=cn-north-1#arn:aws-cn:"
                          "personalize:cn-north-1:111122223333:"
                          "dataset-import-job/a");
    QTest::newRow("aws-us-gov")
        << QStringLiteral(
               "arn:aws-us-gov:personalize:us-gov-west-1:111122223333:dataset-import-job/a")
        << QString()
        << QStringLiteral("https://console.amazonaws-us-gov.com/"
                          "personalize/home?region=us-gov-west-1#arn:"
                          "aws-us-gov:personalize:us-gov-west-1:"
                          "111122223333:dataset-import-job/a");
    QTest::newRow("isolated partition")
        << QStringLiteral("arn:aws-iso:personalize:us-iso-east-1:111122223333:dataset-import-job/a")
        << QString() << QString();
    QTest::newRow("no region") << QStringLiteral("not an arn") << QString() << QString();
    QTest::newRow("region given") << QStringLiteral("not an arn") << QStringLiteral("eu-west-1")
                                  << QStringLiteral(
                                         "https://eu-west-1.console.aws.amazon.com/personalize/"
                                         "home?region=eu-west-1#not an arn");
}

void TestPersonalizeText::consoleLink()
{
    QFETCH(QString, arn);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const QUrl url = ConsoleLink::forImportJob(arn, region);
    QCOMPARE(url.isValid(), !expected.isEmpty());
    if (url.isValid())
        QCOMPARE(url.toDisplayString(), expected);
}

void TestPersonalizeText::submitError_data()
{
    QTest::addColumn<AwsError>("error");
    QTest::addColumn<QStringList>("lines");
    AwsError taken = AwsError::make(AwsError::Kind::Service, QStringLiteral("Job exists"),
                                    QStringLiteral("ResourceAlreadyExistsException"));
    taken.requestId = QStringLiteral("req-1");
    QTest::newRow("name taken") << taken
                                << QStringList{QStringLiteral("The import job was not created: "
                                                              "ResourceAlreadyExistsException: "
                                                              "Job exists"),
                                               QStringLiteral("Request ID: req-1"),
                                               QStringLiteral("Choose another job name and "
                                                              "submit again.")};
    QTest::newRow("no such dataset")
        << AwsError::make(AwsError::Kind::Service, QStringLiteral("Not found"),
                          QStringLiteral("ResourceNotFoundException"))
        << QStringList{QStringLiteral("The import job was not created: "
                                      "ResourceNotFoundException: Not found"),
                       QStringLiteral("Check the dataset and the Region.")};
    QTest::newRow("general advice wins")
        << AwsError::make(AwsError::Kind::Timeout, QStringLiteral("No answer"))
        << QStringList{QStringLiteral("The import job was not created: No answer"),
                       QStringLiteral("The service took too long to answer. Try again in a "
                                      "moment.")};
    QTest::newRow("nothing to advise")
        << AwsError::make(AwsError::Kind::Service, QStringLiteral("Odd"), QStringLiteral("Weird"))
        << QStringList{QStringLiteral("The import job was not created: Weird: Odd")};
}

void TestPersonalizeText::submitError()
{
    QFETCH(AwsError, error);
    QFETCH(QStringList, lines);
    QCOMPARE(SubmitError::describe(error), lines);
}

QTEST_GUILESS_MAIN(TestPersonalizeText)
#include "tst_personalizetext.moc"
