#include "personalize/arn.h"

#include <QTest>

// Taking ARNs apart and building the Personalize ones, and the partition of a region.
class TestArn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void datasetHelpers_data();
    void datasetHelpers();
    void builders();
    void partitionForRegion_data();
    void partitionForRegion();
};

void TestArn::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("partition");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    const auto row = [](const char *tag, const char *text, const char *partition,
                        const char *service, const char *region, const char *account,
                        const char *resource, const char *type, const char *name) {
        QTest::newRow(tag) << QString::fromLatin1(text) << QString::fromLatin1(partition)
                           << QString::fromLatin1(service) << QString::fromLatin1(region)
                           << QString::fromLatin1(account) << QString::fromLatin1(resource)
                           << QString::fromLatin1(type) << QString::fromLatin1(name);
    };
    row("dataset", "arn:aws:personalize:us-east-1:111122223333:dataset/GROUP/INTERACTIONS", "aws",
        "personalize", "us-east-1", "111122223333", "dataset/GROUP/INTERACTIONS", "dataset",
        "GROUP/INTERACTIONS");
    row("dataset group", "arn:aws:personalize:eu-west-1:111122223333:dataset-group/GROUP", "aws",
        "personalize", "eu-west-1", "111122223333", "dataset-group/GROUP", "dataset-group",
        "GROUP");
    row("import job", "arn:aws-cn:personalize:cn-north-1:111122223333:dataset-import-job/job-1",
        "aws-cn", "personalize", "cn-north-1", "111122223333", "dataset-import-job/job-1",
        "dataset-import-job", "job-1");
    row("role without region", "arn:aws:iam::111122223333:role/PersonalizeS3Read", "aws", "iam", "",
        "111122223333", "role/PersonalizeS3Read", "role", "PersonalizeS3Read");
    row("role with a path", "arn:aws-us-gov:iam::111122223333:role/service-role/Read", "aws-us-gov",
        "iam", "", "111122223333", "role/service-role/Read", "role", "service-role/Read");
    row("colon-separated resource", "arn:aws:logs:us-east-1:111122223333:log-group:/x/y:*", "aws",
        "logs", "us-east-1", "111122223333", "log-group:/x/y:*", "log-group", "/x/y:*");
    row("resource without a type", "arn:aws:s3:::my-bucket", "aws", "s3", "", "", "my-bucket", "",
        "my-bucket");
    row("s3 object", "arn:aws:s3:::bucket/folder/file.csv", "aws", "s3", "", "",
        "bucket/folder/file.csv", "bucket", "folder/file.csv");
    row("resource starting with a separator", "arn:aws:logs:us-east-1:111122223333:/x/y", "aws",
        "logs", "us-east-1", "111122223333", "/x/y", "", "/x/y");
}

void TestArn::parse()
{
    QFETCH(QString, text);
    const std::optional<Arn> arn = Arn::parse(text);
    QVERIFY(arn);
    QTEST(arn->partition, "partition");
    QTEST(arn->service, "service");
    QTEST(arn->region, "region");
    QTEST(arn->accountId, "account");
    QTEST(arn->resource, "resource");
    QTEST(arn->resourceType(), "type");
    QTEST(arn->resourceName(), "name");
    QCOMPARE(arn->toString(), text);
}

void TestArn::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("not an arn") << QStringLiteral("s3://bucket/key");
    QTest::newRow("upper-case prefix") << QStringLiteral("ARN:aws:iam::1:role/x");
    QTest::newRow("too few parts") << QStringLiteral("arn:aws:personalize:us-east-1");
    QTest::newRow("no resource") << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:");
    QTest::newRow("no partition") << QStringLiteral("arn::personalize:us-east-1:1:dataset/a/b");
    QTest::newRow("no service") << QStringLiteral("arn:aws::us-east-1:1:dataset/a/b");
    QTest::newRow("leading space") << QStringLiteral(" arn:aws:iam::1:role/x");
}

void TestArn::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Arn::parse(text));
}

void TestArn::datasetHelpers_data()
{
    QTest::addColumn<QString>("arn");
    QTest::addColumn<bool>("isDataset");
    QTest::addColumn<QString>("groupArn");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("type");
    QTest::newRow("interactions")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/GROUP/INTERACTIONS")
        << true << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-group/GROUP")
        << QStringLiteral("GROUP") << QStringLiteral("INTERACTIONS");
    QTest::newRow("china items")
        << QStringLiteral("arn:aws-cn:personalize:cn-north-1:111122223333:dataset/shop/ITEMS")
        << true
        << QStringLiteral("arn:aws-cn:personalize:cn-north-1:111122223333:dataset-group/shop")
        << QStringLiteral("shop") << QStringLiteral("ITEMS");
    QTest::newRow("dataset group")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-group/GROUP") << false
        << QString() << QString() << QString();
    QTest::newRow("import job")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/j")
        << false << QString() << QString() << QString();
    QTest::newRow("dataset without type")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/GROUP") << false
        << QString() << QString() << QString();
    QTest::newRow("dataset with empty group")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset//USERS") << false
        << QString() << QString() << QString();
    QTest::newRow("dataset with extra part")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/G/USERS/x") << false
        << QString() << QString() << QString();
    QTest::newRow("dataset type after a colon")
        << QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset:x/G/USERS") << false
        << QString() << QString() << QString();
    QTest::newRow("other service") << QStringLiteral("arn:aws:s3:::dataset/G/USERS") << false
                                   << QString() << QString() << QString();
    QTest::newRow("garbage") << QStringLiteral("dataset/G/USERS") << false << QString() << QString()
                             << QString();
}

void TestArn::datasetHelpers()
{
    QFETCH(QString, arn);
    QFETCH(bool, isDataset);
    QFETCH(QString, groupArn);
    const std::optional<Arn> parsed = Arn::parse(arn);
    QCOMPARE(parsed && PersonalizeArn::isDatasetArn(*parsed), isDataset);
    const std::optional<QString> group = PersonalizeArn::datasetGroupArnOf(arn);
    QCOMPARE(group.has_value(), isDataset);
    QCOMPARE(group.value_or(QString()), groupArn);
    QTEST(PersonalizeArn::datasetGroupNameOf(arn), "group");
    QTEST(PersonalizeArn::datasetTypeOf(arn), "type");
}

void TestArn::builders()
{
    QCOMPARE(
        PersonalizeArn::datasetImportJobArn(QStringLiteral("us-east-1"),
                                            QStringLiteral("111122223333"),
                                            QStringLiteral("import-1")),
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset-import-job/import-1"));
    QCOMPARE(
        PersonalizeArn::datasetImportJobArn(QStringLiteral("cn-northwest-1"),
                                            QStringLiteral("111122223333"), QStringLiteral("j")),
        QStringLiteral("arn:aws-cn:personalize:cn-northwest-1:111122223333:dataset-import-job/j"));
    QCOMPARE(
        PersonalizeArn::datasetArn(QStringLiteral("us-gov-west-1"), QStringLiteral("111122223333"),
                                   QStringLiteral("g"), QStringLiteral("USERS")),
        QStringLiteral("arn:aws-us-gov:personalize:us-gov-west-1:111122223333:dataset/g/USERS"));
    QCOMPARE(PersonalizeArn::datasetGroupArn(QStringLiteral("eu-central-1"),
                                             QStringLiteral("111122223333"), QStringLiteral("g")),
             QStringLiteral("arn:aws:personalize:eu-central-1:111122223333:dataset-group/g"));
    const QString dataset =
        PersonalizeArn::datasetArn(QStringLiteral("ap-south-1"), QStringLiteral("111122223333"),
                                   QStringLiteral("shop"), QStringLiteral("ITEMS"));
    QCOMPARE(PersonalizeArn::datasetGroupArnOf(dataset).value_or(QString()),
             PersonalizeArn::datasetGroupArn(QStringLiteral("ap-south-1"),
                                             QStringLiteral("111122223333"),
                                             QStringLiteral("shop")));
}

void TestArn::partitionForRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("partition");
    const auto row = [](const char *region, const char *partition) {
        QTest::newRow(*region ? region : "empty")
            << QString::fromLatin1(region) << QString::fromLatin1(partition);
    };
    row("us-east-1", "aws");
    row("eu-west-3", "aws");
    row("ap-southeast-7", "aws");
    row("il-central-1", "aws");
    row("mx-central-1", "aws");
    row("cn-north-1", "aws-cn");
    row("cn-northwest-1", "aws-cn");
    row("us-gov-west-1", "aws-us-gov");
    row("us-gov-east-1", "aws-us-gov");
    row("us-iso-east-1", "aws-iso");
    row("us-isob-east-1", "aws-iso-b");
    row("us-isof-south-1", "aws-iso-f");
    row("eu-isoe-west-1", "aws-iso-e");
    row("eusc-de-east-1", "aws-eusc");
    row("us-gov-north-7", "aws-us-gov"); // not listed yet: by the partition's pattern
    row("aws-global", "aws");            // listed by name, outside every pattern
    row("", "");
    row("US-EAST-1", "");
    row("us-east", "");
    row("useast1", "");
    row("xx-east-1", "");
    row("us-east-1 ", "");
}

void TestArn::partitionForRegion()
{
    QFETCH(QString, region);
    QTEST(Arn::partitionForRegion(region), "partition");
}

QTEST_GUILESS_MAIN(TestArn)
#include "tst_arn.moc"
