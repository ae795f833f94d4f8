#include "aws/sigv4.h"
#include "s3/s3addressing.h"

#include <QTest>

// S3Addressing: which URL a read goes to (virtual-hosted or path style, AWS's endpoints or a
// custom one), and the path and query exactly as signed.
class TestS3Addressing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void target_data();
    void target();
    void refuses_data();
    void refuses();
    void keyEncoding_data();
    void keyEncoding();
    void queryIsCanonical();
    void dnsCompatibleBuckets_data();
    void dnsCompatibleBuckets();
};

namespace {
struct Settings
{
    QString endpoint;
    S3AddressingStyle style = S3AddressingStyle::Auto;
    bool fips = false;
    bool dualStack = false;

    S3ClientSettings make(const QString &region) const
    {
        S3ClientSettings settings;
        settings.region = region;
        settings.endpoint = endpoint.isEmpty() ? QUrl() : QUrl(endpoint);
        settings.addressingStyle = style;
        settings.useFipsEndpoint = fips;
        settings.useDualStackEndpoint = dualStack;
        return settings;
    }
};
} // namespace

Q_DECLARE_METATYPE(S3AddressingStyle)

void TestS3Addressing::target_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<S3AddressingStyle>("style");
    QTest::addColumn<bool>("fips");
    QTest::addColumn<bool>("dualStack");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("virtualHosted");

    using S = S3AddressingStyle;
    const QString none;
    QTest::newRow("virtual-hosted by default")
        << none << S::Auto << false << false << "us-east-1"
        << "my-bucket"
        << "data/file.csv"
        << "https://my-bucket.s3.us-east-1.amazonaws.com/data/file.csv" << true;
    QTest::newRow("bucket listing, virtual-hosted")
        << none << S::Auto << false << false << "eu-west-3"
        << "my-bucket" << QString() << "https://my-bucket.s3.eu-west-3.amazonaws.com/" << true;
    QTest::newRow("path style asked for")
        << none << S::Path << false << false << "us-east-1"
        << "my-bucket"
        << "data/file.csv"
        << "https://s3.us-east-1.amazonaws.com/my-bucket/data/file.csv" << false;
    QTest::newRow("bucket listing, path style")
        << none << S::Path << false << false << "us-east-1"
        << "my-bucket" << QString() << "https://s3.us-east-1.amazonaws.com/my-bucket" << false;
    QTest::newRow("dotted bucket goes path style")
        << none << S::VirtualHost << false << false << "us-west-2"
        << "my.data.bucket"
        << "a.csv"
        << "https://s3.us-west-2.amazonaws.com/my.data.bucket/a.csv" << false;
    QTest::newRow("upper-case bucket goes path style")
        << none << S::Auto << false << false << "us-west-2"
        << "MyBucket"
        << "a.csv"
        << "https://s3.us-west-2.amazonaws.com/MyBucket/a.csv" << false;
    QTest::newRow("FIPS") << none << S::Auto << true << false << "us-gov-west-1"
                          << "my-bucket"
                          << "a.csv"
                          << "https://my-bucket.s3-fips.us-gov-west-1.amazonaws.com/a.csv" << true;
    QTest::newRow("dual-stack") << none << S::Auto << false << true << "eu-west-1"
                                << "my-bucket"
                                << "a.csv"
                                << "https://my-bucket.s3.dualstack.eu-west-1.amazonaws.com/a.csv"
                                << true;
    QTest::newRow("FIPS and dual-stack")
        << none << S::Auto << true << true << "us-east-1"
        << "my-bucket"
        << "a.csv"
        << "https://my-bucket.s3-fips.dualstack.us-east-1.amazonaws.com/a.csv" << true;
    QTest::newRow("China partition")
        << none << S::Auto << false << false << "cn-north-1"
        << "my-bucket"
        << "a.csv"
        << "https://my-bucket.s3.cn-north-1.amazonaws.com.cn/a.csv" << true;
    QTest::newRow("custom endpoint is path style")
        << "http://127.0.0.1:9000" << S::Auto << false << false << "us-east-1"
        << "my-bucket"
        << "data/file.csv"
        << "http://127.0.0.1:9000/my-bucket/data/file.csv" << false;
    QTest::newRow("custom endpoint keeps its path")
        << "https://storage.example.com/s3/" << S::Auto << false << false << "us-east-1"
        << "my-bucket"
        << "a.csv"
        << "https://storage.example.com/s3/my-bucket/a.csv" << false;
    QTest::newRow("custom endpoint, virtual asked for")
        << "https://storage.example.com:8443" << S::VirtualHost << false << false << "us-east-1"
        << "my-bucket"
        << "a.csv"
        << "https://my-bucket.storage.example.com:8443/a.csv" << true;
    QTest::newRow("custom IP endpoint cannot be virtual")
        << "http://127.0.0.1:9000" << S::VirtualHost << false << false << "us-east-1"
        << "my-bucket"
        << "a.csv"
        << "http://127.0.0.1:9000/my-bucket/a.csv" << false;
    QTest::newRow("custom endpoint ignores FIPS")
        << "http://localhost:4566" << S::Auto << true << true << "us-east-1"
        << "b1b"
        << "k"
        << "http://localhost:4566/b1b/k" << false;
}

void TestS3Addressing::target()
{
    QFETCH(QString, endpoint);
    QFETCH(S3AddressingStyle, style);
    QFETCH(bool, fips);
    QFETCH(bool, dualStack);
    QFETCH(QString, region);
    QFETCH(QString, bucket);
    QFETCH(QString, key);
    QFETCH(QString, url);
    QFETCH(bool, virtualHosted);

    const S3ClientSettings settings = Settings{endpoint, style, fips, dualStack}.make(region);
    const auto target = S3Addressing::target(settings, region, bucket, key);
    QVERIFY2(target.ok(), qPrintable(target.ok() ? QString() : target.error()));
    QCOMPARE(target->url.toString(QUrl::FullyEncoded), url);
    QCOMPARE(target->virtualHosted, virtualHosted);
    QCOMPARE(target->path, target->url.path(QUrl::FullyEncoded).toLatin1());
}

void TestS3Addressing::refuses_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<bool>("fips");
    QTest::addColumn<QString>("message");

    QTest::newRow("plain http to another computer") << "http://storage.example.com"
                                                    << "us-east-1"
                                                    << "b" << false << "only over HTTPS";
    QTest::newRow("region that is not a host label") << QString() << "us-east-1.evil.example/x"
                                                     << "b" << false << "is not an AWS Region name";
    QTest::newRow("empty region") << QString() << QString() << "b" << false
                                  << "is not an AWS Region name";
    QTest::newRow("no bucket") << QString() << "us-east-1" << QString() << false
                               << "is not an S3 bucket name";
    QTest::newRow("FIPS with a region that is not one")
        << QString() << "US East"
        << "b" << true << "is not an AWS Region name";
}

void TestS3Addressing::refuses()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, region);
    QFETCH(QString, bucket);
    QFETCH(bool, fips);
    QFETCH(QString, message);
    Settings settings{endpoint};
    settings.fips = fips;
    const auto target =
        S3Addressing::target(settings.make(region), region, bucket, QStringLiteral("k"));
    QVERIFY(!target.ok());
    QVERIFY2(target.error().contains(message), qPrintable(target.error()));
}

void TestS3Addressing::keyEncoding_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("path");

    QTest::newRow("plain") << "data/file.csv" << QByteArray("/b/data/file.csv");
    QTest::newRow("unreserved kept") << "A-Z_a.z~0" << QByteArray("/b/A-Z_a.z~0");
    QTest::newRow("space, plus, percent")
        << "a b/c+d%e.csv" << QByteArray("/b/a%20b/c%2Bd%25e.csv");
    QTest::newRow("UTF-8") << "données/日本.csv"
                           << QByteArray("/b/donn%C3%A9es/%E6%97%A5%E6%9C%AC.csv");
    QTest::newRow("delimiters") << "a=b&c;d,e:f@g!h$i'j(k)l*m?n#o[p]"
                                << QByteArray("/b/a%3Db%26c%3Bd%2Ce%3Af%40g%21h%24i%27j%28k%29l%"
                                              "2Am%3Fn%23o%5Bp%5D");
    QTest::newRow("dot segments are not resolved") << "a/../b/./c" << QByteArray("/b/a/../b/./c");
    QTest::newRow("empty segments kept") << "a//b/" << QByteArray("/b/a//b/");
}

void TestS3Addressing::keyEncoding()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, path);
    S3ClientSettings settings;
    settings.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9000"));
    const auto target =
        S3Addressing::target(settings, QStringLiteral("us-east-1"), QStringLiteral("b"), key);
    QVERIFY(target.ok());
    QCOMPARE(target->path, path);
    // What goes on the wire is what was signed.
    QCOMPARE(target->url.path(QUrl::FullyEncoded).toLatin1(), path);
    QCOMPARE(target->url.toEncoded(), "http://127.0.0.1:9000" + path);
    // S3 signs the path encoded once: the canonical URI is the wire path itself.
    SigV4::Request request;
    request.method = "GET";
    request.path = target->path;
    request.headers = {{"Host", "127.0.0.1:9000"}};
    const QByteArray canonical = SigV4::canonicalRequest(request, {"host"}, false);
    QCOMPARE(canonical.split('\n').at(1), path);
}

void TestS3Addressing::queryIsCanonical()
{
    const QList<QPair<QString, QString>> parameters = {
        {QStringLiteral("prefix"), QStringLiteral("data/été 2024/a+b")},
        {QStringLiteral("list-type"), QStringLiteral("2")},
        {QStringLiteral("continuation-token"), QStringLiteral("1ab+/cd=EF==")},
        {QStringLiteral("max-keys"), QStringLiteral("1000")},
        {QStringLiteral("encoding-type"), QStringLiteral("url")},
    };
    const QByteArray query = S3Addressing::encodeQuery(parameters);
    QCOMPARE(query, QByteArray("continuation-token=1ab%2B%2Fcd%3DEF%3D%3D&encoding-type=url&"
                               "list-type=2&max-keys=1000&prefix=data%2F%C3%A9t%C3%A9%202024%2Fa%"
                               "2Bb"));
    SigV4::Request request;
    request.method = "GET";
    request.path = "/";
    request.query = query;
    request.headers = {{"Host", "b.s3.us-east-1.amazonaws.com"}};
    QCOMPARE(SigV4::canonicalRequest(request, {"host"}, false).split('\n').at(2), query);

    S3ClientSettings settings;
    const auto target = S3Addressing::target(settings, QStringLiteral("us-east-1"),
                                             QStringLiteral("b"), QString(), parameters);
    QVERIFY(target.ok());
    QCOMPARE(target->url.query(QUrl::FullyEncoded).toLatin1(), query);
}

void TestS3Addressing::dnsCompatibleBuckets_data()
{
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<bool>("compatible");
    QTest::newRow("plain") << "my-bucket" << true;
    QTest::newRow("digits") << "123" << true;
    QTest::newRow("too short") << "ab" << false;
    QTest::newRow("63 characters") << QString(63, u'a') << true;
    QTest::newRow("64 characters") << QString(64, u'a') << false;
    QTest::newRow("dots") << "my.bucket" << false;
    QTest::newRow("upper case") << "MyBucket" << false;
    QTest::newRow("underscore") << "my_bucket" << false;
    QTest::newRow("leading hyphen") << "-bucket" << false;
    QTest::newRow("trailing hyphen") << "bucket-" << false;
}

void TestS3Addressing::dnsCompatibleBuckets()
{
    QFETCH(QString, bucket);
    QFETCH(bool, compatible);
    QCOMPARE(S3Addressing::isDnsCompatibleBucket(bucket), compatible);
}

QTEST_GUILESS_MAIN(TestS3Addressing)
#include "tst_s3addressing.moc"
