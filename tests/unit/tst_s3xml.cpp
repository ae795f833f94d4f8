#include "s3/s3xml.h"

#include <QTest>
#include <QTimeZone>

// S3Xml: ListObjectsV2 pages and S3's error documents, as S3 writes them and as they break.
class TestS3Xml final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listPage();
    void lastPage();
    void urlEncodedKeys();
    void emptyListing();
    void badListings_data();
    void badListings();
    void errorDocument();
    void notAnErrorDocument_data();
    void notAnErrorDocument();
};

namespace {
const QByteArray kPage = R"(<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">
  <Name>my-bucket</Name>
  <Prefix>data/</Prefix>
  <KeyCount>2</KeyCount>
  <MaxKeys>2</MaxKeys>
  <IsTruncated>true</IsTruncated>
  <NextContinuationToken>1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM=</NextContinuationToken>
  <Contents>
    <Key>data/part-0001.csv</Key>
    <LastModified>2024-03-01T12:34:56.000Z</LastModified>
    <ETag>&quot;6805f2cfc46c0f04559748bb039d69ae&quot;</ETag>
    <Size>1048576</Size>
    <Owner><ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</ID></Owner>
    <StorageClass>STANDARD</StorageClass>
  </Contents>
  <Contents>
    <Key>data/part 0002 &amp; more.csv</Key>
    <LastModified>2024-03-02T00:00:00.000Z</LastModified>
    <Size>0</Size>
  </Contents>
</ListBucketResult>)";
} // namespace

void TestS3Xml::listPage()
{
    const auto page = S3Xml::parseListBucketResult(kPage);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error()));
    QCOMPARE(page->objects.size(), 2);
    QCOMPARE(page->objects.at(0).key, QStringLiteral("data/part-0001.csv"));
    QCOMPARE(page->objects.at(0).size, 1048576);
    QCOMPARE(page->objects.at(0).lastModified,
             QDateTime(QDate(2024, 3, 1), QTime(12, 34, 56), QTimeZone::utc()));
    QCOMPARE(page->objects.at(1).key, QStringLiteral("data/part 0002 & more.csv"));
    QCOMPARE(page->objects.at(1).size, 0);
    QVERIFY(page->isTruncated);
    QCOMPARE(page->nextContinuationToken,
             QStringLiteral("1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J/wm36Hy4vbOwM="));
}

void TestS3Xml::lastPage()
{
    QByteArray body = kPage;
    body.replace("<IsTruncated>true</IsTruncated>", "<IsTruncated>false</IsTruncated>");
    const auto page = S3Xml::parseListBucketResult(body);
    QVERIFY(page.ok());
    QVERIFY(!page->isTruncated);
    QVERIFY(page->nextContinuationToken.isEmpty());
}

void TestS3Xml::urlEncodedKeys()
{
    const QByteArray body = R"(<ListBucketResult>
  <EncodingType>url</EncodingType><IsTruncated>false</IsTruncated>
  <Contents><Key>data/caf%C3%A9+menu%2B1%25.csv</Key><Size>5</Size></Contents>
  <Contents><Key>ctrl%01char</Key><Size>1</Size></Contents>
</ListBucketResult>)";
    const auto page = S3Xml::parseListBucketResult(body);
    QVERIFY(page.ok());
    QCOMPARE(page->objects.at(0).key, QStringLiteral("data/café menu+1%.csv"));
    QCOMPARE(page->objects.at(1).key, QStringLiteral("ctrl\x01"
                                                     "char"));
    // Without <EncodingType>, a key is taken as it is.
    QByteArray raw = body;
    raw.replace("<EncodingType>url</EncodingType>", "");
    QCOMPARE(S3Xml::parseListBucketResult(raw)->objects.at(0).key,
             QStringLiteral("data/caf%C3%A9+menu%2B1%25.csv"));
}

void TestS3Xml::emptyListing()
{
    const auto page = S3Xml::parseListBucketResult(
        "<ListBucketResult><Name>b</Name><KeyCount>0</KeyCount><IsTruncated>false</IsTruncated>"
        "</ListBucketResult>");
    QVERIFY(page.ok());
    QVERIFY(page->objects.isEmpty());
}

void TestS3Xml::badListings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty") << QByteArray() << "it is empty";
    QTest::newRow("JSON") << QByteArray(R"({"Contents":[]})") << "not well-formed XML";
    QTest::newRow("cut off") << kPage.left(kPage.size() / 2) << "not well-formed XML";
    QTest::newRow("error document")
        << QByteArray("<Error><Code>AccessDenied</Code></Error>") << "<Error> document";
    QTest::newRow("web page") << QByteArray("<html><body>Sign in</body></html>") << "<html>";
    QTest::newRow("truncated without token")
        << QByteArray("<ListBucketResult><IsTruncated>true</IsTruncated></ListBucketResult>")
        << "no continuation token";
    QTest::newRow("size not a number")
        << QByteArray("<ListBucketResult><Contents><Key>a</Key><Size>lots</Size></Contents>"
                      "</ListBucketResult>")
        << "is not a number";
    QTest::newRow("negative size")
        << QByteArray("<ListBucketResult><Contents><Key>a</Key><Size>-1</Size></Contents>"
                      "</ListBucketResult>")
        << "is not a number";
    QTest::newRow("object without key")
        << QByteArray("<ListBucketResult><Contents><Size>1</Size></Contents></ListBucketResult>")
        << "has no key";
}

void TestS3Xml::badListings()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const auto page = S3Xml::parseListBucketResult(body);
    QVERIFY(!page.ok());
    QVERIFY2(page.error().contains(problem), qPrintable(page.error()));
}

void TestS3Xml::errorDocument()
{
    const auto error = S3Xml::parseError(R"(<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-west-1'</Message>
<Region>eu-west-1</Region><RequestId>7ZQ4V9K2T0XB3R1M</RequestId><HostId>abc=</HostId></Error>)");
    QVERIFY(error);
    QCOMPARE(error->code, QStringLiteral("AuthorizationHeaderMalformed"));
    QVERIFY(error->message.startsWith(u"The authorization header is malformed"));
    QCOMPARE(error->region, QStringLiteral("eu-west-1"));
    QCOMPARE(error->requestId, QStringLiteral("7ZQ4V9K2T0XB3R1M"));

    // Cut off after the code: still an error with a code.
    const auto cut = S3Xml::parseError("<Error><Code>SlowDown</Code><Message>Please reduce");
    QVERIFY(cut);
    QCOMPARE(cut->code, QStringLiteral("SlowDown"));
}

void TestS3Xml::notAnErrorDocument_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("web page") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>");
    QTest::newRow("JSON") << QByteArray(R"({"__type":"AccessDenied"})");
    QTest::newRow("no code") << QByteArray("<Error><Message>x</Message></Error>");
    QTest::newRow("Query error") << QByteArray(
        "<ErrorResponse><Error><Code>X</Code></Error></ErrorResponse>");
}

void TestS3Xml::notAnErrorDocument()
{
    QFETCH(QByteArray, body);
    QVERIFY(!S3Xml::parseError(body));
}

QTEST_GUILESS_MAIN(TestS3Xml)
#include "tst_s3xml.moc"
