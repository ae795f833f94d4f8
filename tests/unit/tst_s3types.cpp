#include "s3/s3types.h"

#include <QTest>

// S3Location: reading and writing s3:// URLs.
class TestS3Types final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void roundTrip();
};

void TestS3Types::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("folder");

    QTest::newRow("object") << "s3://my-bucket/data/file.csv"
                            << "my-bucket"
                            << "data/file.csv" << false;
    QTest::newRow("folder") << "s3://my-bucket/data/"
                            << "my-bucket"
                            << "data/" << true;
    QTest::newRow("bucket only") << "s3://my-bucket"
                                 << "my-bucket" << QString() << true;
    QTest::newRow("bucket and slash") << "s3://my-bucket/"
                                      << "my-bucket" << QString() << true;
    QTest::newRow("upper-case scheme") << "S3://my-bucket/a.csv"
                                       << "my-bucket"
                                       << "a.csv" << false;
    QTest::newRow("dotted bucket") << "s3://my.bucket.example/a/b/c.csv"
                                   << "my.bucket.example"
                                   << "a/b/c.csv" << false;
    QTest::newRow("spaces and unicode kept as written") << "s3://b/été 2024/données.csv"
                                                        << "b"
                                                        << "été 2024/données.csv" << false;
    QTest::newRow("double slash is part of the key") << "s3://b//x"
                                                     << "b"
                                                     << "/x" << false;
}

void TestS3Types::parse()
{
    QFETCH(QString, url);
    QFETCH(QString, bucket);
    QFETCH(QString, key);
    QFETCH(bool, folder);
    const std::optional<S3Location> location = S3Location::parse(url);
    QVERIFY(location);
    QCOMPARE(location->bucket, bucket);
    QCOMPARE(location->key, key);
    QCOMPARE(location->isFolder(), folder);
}

void TestS3Types::rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("empty") << QString();
    QTest::newRow("scheme only") << "s3://";
    QTest::newRow("no bucket") << "s3:///key.csv";
    QTest::newRow("https") << "https://my-bucket.s3.amazonaws.com/key.csv";
    QTest::newRow("no scheme") << "my-bucket/key.csv";
    QTest::newRow("one slash") << "s3:/my-bucket/key.csv";
}

void TestS3Types::rejects()
{
    QFETCH(QString, url);
    QVERIFY(!S3Location::parse(url));
}

void TestS3Types::roundTrip()
{
    const S3Location location{QStringLiteral("my-bucket"), QStringLiteral("data/part 1.csv")};
    QCOMPARE(location.toUrl(), QStringLiteral("s3://my-bucket/data/part 1.csv"));
    QCOMPARE(S3Location::parse(location.toUrl()), std::optional<S3Location>(location));
    QCOMPARE((S3Location{QStringLiteral("b"), {}}).toUrl(), QStringLiteral("s3://b/"));
}

QTEST_GUILESS_MAIN(TestS3Types)
#include "tst_s3types.moc"
