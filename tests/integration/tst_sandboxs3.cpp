#include "aws/awscall.h"
#include "aws/awsclient.h"
#include "aws/awscredentials.h"
#include "aws/sigv4signer.h"
#include "common/sandboxfixture.h"
#include "sandbox/sandboxfailurereasons.h"
#include "sandbox/sandboxserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using namespace std::chrono_literals;

namespace {

const QString kDemo = QStringLiteral("importdesk-demo");
const QString kGood = QStringLiteral("interactions/good/interactions.csv");

// Every key of the demo bucket, in S3's order.
const QStringList kDemoKeys = {
    QStringLiteral("interactions/broken/byte-order-mark.csv"),
    QStringLiteral("interactions/broken/empty-item-id.csv"),
    QStringLiteral("interactions/broken/lowercase-user-id-column.csv"),
    QStringLiteral("interactions/broken/missing-timestamp-column.csv"),
    QStringLiteral("interactions/broken/ragged-row.csv"),
    QStringLiteral("interactions/broken/timestamps-in-milliseconds.csv"),
    QStringLiteral("interactions/broken/too-few-rows.csv"),
    QStringLiteral("interactions/broken/unterminated-quote.csv"),
    QStringLiteral("interactions/empty/"),
    QStringLiteral("interactions/encrypted/interactions.csv"),
    QStringLiteral("interactions/good/interactions.csv"),
    QStringLiteral("interactions/parts/"),
    QStringLiteral("interactions/parts/part-00000.csv"),
    QStringLiteral("interactions/parts/part-00001.csv"),
    QStringLiteral("interactions/with-readme/README.txt"),
    QStringLiteral("interactions/with-readme/interactions.csv"),
    QStringLiteral("items/good/items.csv"),
    QStringLiteral("restricted/interactions.csv"),
    QStringLiteral("users/broken/membership-too-long.csv"),
    QStringLiteral("users/good/users.csv"),
};

// The texts of every element called `name`, in document order.
QStringList elements(const QByteArray &xml, const QString &name)
{
    QStringList values;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            values.append(reader.readElementText(QXmlStreamReader::IncludeChildElements));
    }
    return values;
}

QString element(const QByteArray &xml, const QString &name)
{
    const QStringList values = elements(xml, name);
    return values.isEmpty() ? QString() : values.constFirst();
}

} // namespace

// What came back from the sandbox.
struct Answer
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};
// How a test request is signed.
struct Signing
{
    QString accessKeyId;
    QString secret;
    QString service = QStringLiteral("s3");
    std::optional<QByteArray> payloadHash; // replaces x-amz-content-sha256; empty: none
    bool sign = true;
    // Sent as is over a socket of its own, for paths QNetworkAccessManager would normalise.
    bool rawSocket = false;
};

Q_DECLARE_METATYPE(Signing)

// The sandbox's S3 reads over loopback, signed as the app's S3 client signs them.
class TestSandboxS3 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void listsTheDemoBucket();
    void pagesListings_data();
    void pagesListings();
    void listsByPrefixStartAfterAndDelimiter();
    void encodesKeysWhenAsked();
    void refusesBadListings_data();
    void refusesBadListings();
    void headsObjects();
    void headErrorsHaveNoBody_data();
    void headErrorsHaveNoBody();
    void getsRanges_data();
    void getsRanges();
    void refusesWhatItMust_data();
    void refusesWhatItMust();
    void acceptsUnsignedPayload();
    void signsPathsAsSent();
    void personalizeApiStillAnswers();
    void jobsEndAsTheirFilesSay_data();
    void jobsEndAsTheirFilesSay();
    void keywordsDecideOutsideServedBuckets();
    void servesFoldersOfS3Root();

private:
    // Sends a signed S3 request for `path` (decoded, e.g. /bucket/key) and `query` (as on the
    // wire) to `server`, and checks that the answer has a request id.
    Answer send(SandboxServer *server, const QByteArray &method, const QString &path,
                const QString &query = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const Signing &signing = {});
    Answer send(const QByteArray &method, const QString &path, const QString &query = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {},
                const Signing &signing = {})
    {
        return send(m_sandbox->server(), method, path, query, headers, signing);
    }
    // Creates an import job of `location` into the retail-shop dataset of `type` and waits for
    // its end; the job as it ended.
    std::optional<SandboxImportJob> importAndWait(SandboxFixture &sandbox, const QString &name,
                                                  const QString &type, const QString &location);

    std::unique_ptr<SandboxFixture> m_sandbox;
    QNetworkAccessManager m_network;
    int m_jobs = 0;
    int m_answersWithoutRequestId = 0;
};

void TestSandboxS3::initTestCase()
{
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.timeScale = 2000; // jobs end within about 50 ms
    options.maxRunning = 1000;
    m_sandbox = std::make_unique<SandboxFixture>(options);
    QVERIFY(m_sandbox->isListening());
}

void TestSandboxS3::cleanup()
{
    // Every answer, error or not, names its request.
    QCOMPARE(m_answersWithoutRequestId, 0);
}

void TestSandboxS3::cleanupTestCase()
{
    m_sandbox.reset();
}

Answer TestSandboxS3::send(SandboxServer *server, const QByteArray &method, const QString &path,
                           const QString &query,
                           const QList<QPair<QByteArray, QByteArray>> &headers,
                           const Signing &signing)
{
    const SandboxOptions &options = server->options();
    QUrl url = server->url();
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query, QUrl::StrictMode);

    SigV4::Request request;
    request.method = method;
    request.path = path.toUtf8(); // S3 signs each segment encoded once: the decoded path here
    request.query = url.query(QUrl::FullyEncoded).toUtf8();
    request.setHeader("Host", "127.0.0.1:" + QByteArray::number(server->port()));
    for (const auto &[name, value] : headers)
        request.setHeader(name, value);
    if (signing.sign) {
        AwsCredentials credentials;
        credentials.accessKeyId =
            signing.accessKeyId.isEmpty() ? options.accessKeyId : signing.accessKeyId;
        credentials.secretAccessKey =
            signing.secret.isEmpty() ? options.secretAccessKey : signing.secret;
        SigV4::Params params;
        params.region = options.region;
        params.service = signing.service;
        params.time = QDateTime::currentDateTimeUtc();
        params.normalizePath = false;
        params.addContentSha256 = !signing.payloadHash.has_value();
        if (signing.payloadHash && !signing.payloadHash->isEmpty())
            request.setHeader("x-amz-content-sha256", *signing.payloadHash);
        SigV4Signer().sign(request, credentials, params);
    }

    if (signing.rawSocket) {
        // Not waitFor*(): the sandbox answers on this thread.
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, server->port());
        QByteArray bytes = method + ' ' + url.path(QUrl::FullyEncoded).toUtf8() + " HTTP/1.1\r\n";
        for (const auto &[name, value] : request.headers)
            bytes += name + ": " + value + "\r\n";
        bytes += "Connection: close\r\n\r\n";
        socket.write(bytes);
        const bool ended = QTest::qWaitFor(
            [&] {
                return socket.state() == QAbstractSocket::UnconnectedState ||
                       (received.contains("\r\n\r\n") && received.contains("</Error>"));
            },
            10000);
        received += socket.readAll();
        if (!ended)
            qWarning("no whole answer from the sandbox");
        const qsizetype end = received.indexOf("\r\n\r\n");
        Answer answer;
        const QList<QByteArray> lines = received.left(end).split('\n');
        answer.status = lines.value(0).split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            answer.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                  lines.at(i).mid(colon + 1).trimmed());
        }
        answer.body = end < 0 ? QByteArray() : received.mid(end + 4);
        if (answer.headers.value("x-amz-request-id").isEmpty())
            ++m_answersWithoutRequestId;
        return answer;
    }

    QNetworkRequest network(url);
    for (const auto &[name, value] : request.headers) {
        if (!SigV4::sameName(name, "host"))
            network.setRawHeader(name, value);
    }
    // head(), not a custom "HEAD": only then does it expect no body after the headers.
    QNetworkReply *reply =
        method == "HEAD" ? m_network.head(network) : m_network.sendCustomRequest(network, method);
    if (!reply->isFinished() && !QSignalSpy(reply, &QNetworkReply::finished).wait(10000))
        qWarning("no answer from the sandbox");
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    reply->deleteLater();
    // Every answer, error or not, names its request.
    if (answer.headers.value("x-amz-request-id").isEmpty())
        ++m_answersWithoutRequestId;
    return answer;
}

std::optional<SandboxImportJob> TestSandboxS3::importAndWait(SandboxFixture &sandbox,
                                                             const QString &name,
                                                             const QString &type,
                                                             const QString &location)
{
    std::optional<AwsResult> result;
    sandbox.aws()->call(
        QStringLiteral("personalize"), QStringLiteral("AmazonPersonalize.CreateDatasetImportJob"),
        QJsonObject{
            {QStringLiteral("jobName"), name},
            {QStringLiteral("datasetArn"), sandbox.datasetArn(QStringLiteral("retail-shop"), type)},
            {QStringLiteral("dataSource"), QJsonObject{{QStringLiteral("dataLocation"), location}}},
            {QStringLiteral("roleArn"),
             QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read")}},
        this, [&result](const AwsResult &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000) || !*result) {
        qWarning("CreateDatasetImportJob failed");
        return std::nullopt;
    }
    const QString arn = result->value().json.value(u"datasetImportJobArn").toString();
    SandboxState &state = sandbox.server()->state();
    if (!QTest::qWaitFor([&] { return state.job(arn) && !state.job(arn)->isRunning(); }, 20000))
        return std::nullopt;
    return state.job(arn);
}

void TestSandboxS3::listsTheDemoBucket()
{
    const Answer listed = send("GET", u'/' + kDemo, QStringLiteral("list-type=2"));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.headers.value("content-type"), QByteArray("application/xml"));
    QVERIFY(!listed.headers.value("x-amz-request-id").isEmpty());
    QCOMPARE(elements(listed.body, QStringLiteral("Key")), kDemoKeys);
    QCOMPARE(element(listed.body, QStringLiteral("Name")), kDemo);
    QCOMPARE(element(listed.body, QStringLiteral("KeyCount")), QString::number(kDemoKeys.size()));
    QCOMPARE(element(listed.body, QStringLiteral("MaxKeys")), QStringLiteral("1000"));
    QCOMPARE(element(listed.body, QStringLiteral("IsTruncated")), QStringLiteral("false"));
    QVERIFY(element(listed.body, QStringLiteral("NextContinuationToken")).isEmpty());
    QCOMPARE(elements(listed.body, QStringLiteral("StorageClass")).size(), kDemoKeys.size());
    QCOMPARE(element(listed.body, QStringLiteral("LastModified")),
             QStringLiteral("2024-05-01T12:00:00.000Z"));

    // Size and ETag of an object are those of its bytes.
    const qsizetype good = kDemoKeys.indexOf(kGood);
    const Answer got = send("GET", u'/' + kDemo + u'/' + kGood);
    QCOMPARE(got.status, 200);
    QCOMPARE(elements(listed.body, QStringLiteral("Size")).at(good),
             QString::number(got.body.size()));
    QCOMPARE(elements(listed.body, QStringLiteral("ETag")).at(good),
             u'"' +
                 QString::fromLatin1(
                     QCryptographicHash::hash(got.body, QCryptographicHash::Md5).toHex()) +
                 u'"');
    QVERIFY(got.body.startsWith("USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n"));

    // Small, as a demo should be.
    qint64 total = 0;
    for (const QString &size : elements(listed.body, QStringLiteral("Size")))
        total += size.toLongLong();
    QVERIFY2(total <= 1024 * 1024, qPrintable(QString::number(total)));
}

void TestSandboxS3::pagesListings_data()
{
    QTest::addColumn<int>("maxKeys");
    QTest::newRow("1") << 1;
    QTest::newRow("3") << 3;
    QTest::newRow("all but one") << static_cast<int>(kDemoKeys.size() - 1);
    QTest::newRow("exactly all") << static_cast<int>(kDemoKeys.size());
}

void TestSandboxS3::pagesListings()
{
    QFETCH(int, maxKeys);
    QStringList keys;
    QString token;
    int pages = 0;
    for (;;) {
        QString query = QStringLiteral("list-type=2&max-keys=%1").arg(maxKeys);
        if (!token.isEmpty())
            query += QStringLiteral("&continuation-token=") +
                     QString::fromLatin1(QUrl::toPercentEncoding(token));
        const Answer page = send("GET", u'/' + kDemo, query);
        QCOMPARE(page.status, 200);
        ++pages;
        const QStringList pageKeys = elements(page.body, QStringLiteral("Key"));
        QVERIFY(pageKeys.size() <= maxKeys);
        QCOMPARE(element(page.body, QStringLiteral("KeyCount")), QString::number(pageKeys.size()));
        if (!token.isEmpty())
            QCOMPARE(element(page.body, QStringLiteral("ContinuationToken")), token);
        keys += pageKeys;
        token = element(page.body, QStringLiteral("NextContinuationToken"));
        const bool truncated = element(page.body, QStringLiteral("IsTruncated")) == u"true";
        QCOMPARE(truncated, !token.isEmpty());
        if (!truncated)
            break;
        QVERIFY(pages < 100);
    }
    QCOMPARE(keys, kDemoKeys);
    QCOMPARE(pages, static_cast<int>((kDemoKeys.size() + maxKeys - 1) / maxKeys));
}

void TestSandboxS3::listsByPrefixStartAfterAndDelimiter()
{
    Answer listed =
        send("GET", u'/' + kDemo, QStringLiteral("list-type=2&prefix=interactions%2Fparts%2F"));
    QCOMPARE(elements(listed.body, QStringLiteral("Key")),
             QStringList({QStringLiteral("interactions/parts/"),
                          QStringLiteral("interactions/parts/part-00000.csv"),
                          QStringLiteral("interactions/parts/part-00001.csv")}));
    QCOMPARE(element(listed.body, QStringLiteral("Prefix")), QStringLiteral("interactions/parts/"));

    listed = send("GET", u'/' + kDemo,
                  QStringLiteral("list-type=2&prefix=interactions%2Fparts%2F&start-after="
                                 "interactions%2Fparts%2Fpart-00000.csv"));
    QCOMPARE(elements(listed.body, QStringLiteral("Key")),
             QStringList{QStringLiteral("interactions/parts/part-00001.csv")});
    QCOMPARE(element(listed.body, QStringLiteral("StartAfter")),
             QStringLiteral("interactions/parts/part-00000.csv"));

    listed = send("GET", u'/' + kDemo, QStringLiteral("list-type=2&prefix=nothing%2F"));
    QCOMPARE(listed.status, 200);
    QCOMPARE(element(listed.body, QStringLiteral("KeyCount")), QStringLiteral("0"));

    listed = send("GET", u'/' + kDemo, QStringLiteral("list-type=2&delimiter=%2F"));
    QVERIFY(elements(listed.body, QStringLiteral("Key")).isEmpty());
    QCOMPARE(elements(listed.body, QStringLiteral("Prefix")),
             QStringList({QString(), QStringLiteral("interactions/"), QStringLiteral("items/"),
                          QStringLiteral("restricted/"), QStringLiteral("users/")}));
}

void TestSandboxS3::encodesKeysWhenAsked()
{
    QTemporaryDir root;
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("b/with space")));
    QFile file(root.filePath(QStringLiteral("b/with space/a&b+c.csv")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("USER_ID\n");
    file.close();
    SandboxOptions options = SandboxFixture::defaultOptions();
    options.s3Root = root.path();
    SandboxFixture sandbox(options);

    Answer listed = send(sandbox.server(), "GET", QStringLiteral("/b"),
                         QStringLiteral("list-type=2&encoding-type=url"));
    QCOMPARE(listed.status, 200);
    QCOMPARE(element(listed.body, QStringLiteral("EncodingType")), QStringLiteral("url"));
    QCOMPARE(elements(listed.body, QStringLiteral("Key")),
             QStringList{QStringLiteral("with%20space/a%26b%2Bc.csv")});
    listed = send(sandbox.server(), "GET", QStringLiteral("/b"), QStringLiteral("list-type=2"));
    QCOMPARE(elements(listed.body, QStringLiteral("Key")),
             QStringList{QStringLiteral("with space/a&b+c.csv")});
    const Answer got = send(sandbox.server(), "GET", QStringLiteral("/b/with space/a&b+c.csv"));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.body, QByteArray("USER_ID\n"));
}

void TestSandboxS3::refusesBadListings_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("unknown bucket") << "/no-such-bucket"
                                    << "list-type=2" << 404 << "NoSuchBucket";
    QTest::newRow("foreign token")
        << "/importdesk-demo"
        << "list-type=2&continuation-token=abc" << 400 << "InvalidArgument";
    QTest::newRow("max-keys not a number")
        << "/importdesk-demo"
        << "list-type=2&max-keys=many" << 400 << "InvalidArgument";
    QTest::newRow("negative max-keys") << "/importdesk-demo"
                                       << "list-type=2&max-keys=-1" << 400 << "InvalidArgument";
    QTest::newRow("encoding other than url")
        << "/importdesk-demo"
        << "list-type=2&encoding-type=base64" << 400 << "InvalidArgument";
    QTest::newRow("version 1 listing")
        << "/importdesk-demo" << QString() << 501 << "NotImplemented";
}

void TestSandboxS3::refusesBadListings()
{
    QFETCH(QString, path);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Answer refused = send("GET", path, query);
    QCOMPARE(refused.status, status);
    QCOMPARE(element(refused.body, QStringLiteral("Code")), code);
    QVERIFY(!element(refused.body, QStringLiteral("Message")).isEmpty());
    QCOMPARE(element(refused.body, QStringLiteral("RequestId")).toLatin1(),
             refused.headers.value("x-amz-request-id"));
}

void TestSandboxS3::headsObjects()
{
    const Answer good = send("HEAD", u'/' + kDemo + u'/' + kGood);
    QCOMPARE(good.status, 200);
    QVERIFY(good.body.isEmpty());
    const Answer got = send("GET", u'/' + kDemo + u'/' + kGood);
    QCOMPARE(good.headers.value("content-length"), QByteArray::number(got.body.size()));
    QCOMPARE(good.headers.value("content-type"), QByteArray("text/csv"));
    QCOMPARE(good.headers.value("last-modified"), QByteArray("Wed, 01 May 2024 12:00:00 GMT"));
    QCOMPARE(good.headers.value("etag"),
             '"' + QCryptographicHash::hash(got.body, QCryptographicHash::Md5).toHex() + '"');
    QVERIFY(!good.headers.contains("x-amz-server-side-encryption"));
    QVERIFY(!good.headers.value("x-amz-request-id").isEmpty());

    const Answer encrypted =
        send("HEAD", u'/' + kDemo + QStringLiteral("/interactions/encrypted/interactions.csv"));
    QCOMPARE(encrypted.status, 200);
    QCOMPARE(encrypted.headers.value("x-amz-server-side-encryption"), QByteArray("aws:kms"));
    QCOMPARE(encrypted.headers.value("x-amz-server-side-encryption-aws-kms-key-id"),
             QByteArray("arn:aws:kms:us-east-1:111122223333:key/"
                        "1234abcd-12ab-34cd-56ef-1234567890ab"));

    const Answer marker = send("HEAD", u'/' + kDemo + QStringLiteral("/interactions/empty/"));
    QCOMPARE(marker.status, 200);
    QCOMPARE(marker.headers.value("content-length"), QByteArray("0"));

    // A second request on the same connection still works after a body-less answer.
    QCOMPARE(send("GET", u'/' + kDemo + u'/' + kGood).body, got.body);
}

void TestSandboxS3::headErrorsHaveNoBody_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("restricted") << "/importdesk-demo/restricted/interactions.csv" << 403;
    QTest::newRow("missing key") << "/importdesk-demo/interactions/none.csv" << 404;
    QTest::newRow("missing bucket") << "/no-such-bucket/a.csv" << 404;
}

void TestSandboxS3::headErrorsHaveNoBody()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    const Answer answer = send("HEAD", path);
    QCOMPARE(answer.status, status);
    QVERIFY(answer.body.isEmpty());
    QCOMPARE(answer.headers.value("content-length"), QByteArray("0"));
    QVERIFY(!answer.headers.value("x-amz-request-id").isEmpty());
}

void TestSandboxS3::getsRanges_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first"); // -1: the whole object
    QTest::addColumn<qint64>("last");

    QTest::newRow("no range") << QByteArray() << 200 << qint64(-1) << qint64(-1);
    QTest::newRow("first ten bytes") << QByteArray("bytes=0-9") << 206 << qint64(0) << qint64(9);
    QTest::newRow("from an offset") << QByteArray("bytes=100-") << 206 << qint64(100) << qint64(-1);
    QTest::newRow("last five bytes") << QByteArray("bytes=-5") << 206 << qint64(-5) << qint64(-1);
    QTest::newRow("past the end is cut")
        << QByteArray("bytes=10-99999999") << 206 << qint64(10) << qint64(-1);
    QTest::newRow("longer suffix than object")
        << QByteArray("bytes=-99999999") << 206 << qint64(0) << qint64(-1);
    QTest::newRow("other unit is ignored")
        << QByteArray("items=0-9") << 200 << qint64(-1) << qint64(-1);
    QTest::newRow("several ranges are ignored")
        << QByteArray("bytes=0-1,5-6") << 200 << qint64(-1) << qint64(-1);
}

void TestSandboxS3::getsRanges()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const QString path = u'/' + kDemo + u'/' + kGood;
    const QByteArray whole = send("GET", path).body;
    const qint64 size = whole.size();
    QVERIFY(size > 1000);
    if (first < 0 && last < 0 && status == 206)
        first = size + first; // a suffix
    const Answer got =
        send("GET", path, {},
             range.isEmpty() ? QList<QPair<QByteArray, QByteArray>>()
                             : QList<QPair<QByteArray, QByteArray>>{{"Range", range}});
    QCOMPARE(got.status, status);
    if (status == 200) {
        QCOMPARE(got.body, whole);
        QVERIFY(!got.headers.contains("content-range"));
        return;
    }
    const qint64 end = last < 0 ? size - 1 : last;
    QCOMPARE(got.body, whole.mid(first, end - first + 1));
    QCOMPARE(got.headers.value("content-range"), "bytes " + QByteArray::number(first) + '-' +
                                                     QByteArray::number(end) + '/' +
                                                     QByteArray::number(size));
    QCOMPARE(got.headers.value("content-length"), QByteArray::number(end - first + 1));
}

void TestSandboxS3::refusesWhatItMust_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<Signing>("signing");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString good = u'/' + kDemo + u'/' + kGood;
    Signing wrongSecret;
    wrongSecret.secret = QStringLiteral("not-the-sandbox-secret");
    Signing unknownKey;
    unknownKey.accessKeyId = QStringLiteral("AKIANOTTHESANDBOXKEY");
    Signing unsigned_;
    unsigned_.sign = false;
    Signing personalize;
    personalize.service = QStringLiteral("personalize");
    Signing noPayloadHash;
    noPayloadHash.payloadHash = QByteArray();
    Signing wrongPayloadHash;
    wrongPayloadHash.payloadHash = SigV4::sha256Hex("a body that was not sent");
    Signing streaming;
    streaming.payloadHash = QByteArrayLiteral("STREAMING-AWS4-HMAC-SHA256-PAYLOAD");

    QTest::newRow("wrong secret") << QByteArray("GET") << good << QByteArray() << wrongSecret << 403
                                  << "SignatureDoesNotMatch";
    QTest::newRow("wrong secret, listing") << QByteArray("GET") << u'/' + kDemo << QByteArray()
                                           << wrongSecret << 403 << "SignatureDoesNotMatch";
    QTest::newRow("unknown key") << QByteArray("GET") << good << QByteArray() << unknownKey << 403
                                 << "InvalidAccessKeyId";
    QTest::newRow("not signed") << QByteArray("GET") << good << QByteArray() << unsigned_ << 403
                                << "AccessDenied";
    QTest::newRow("signed for another service")
        << QByteArray("GET") << good << QByteArray() << personalize << 400
        << "AuthorizationHeaderMalformed";
    QTest::newRow("no payload hash")
        << QByteArray("GET") << good << QByteArray() << noPayloadHash << 400 << "InvalidRequest";
    QTest::newRow("payload hash of another body")
        << QByteArray("GET") << good << QByteArray() << wrongPayloadHash << 400
        << "XAmzContentSHA256Mismatch";
    QTest::newRow("streaming payload")
        << QByteArray("GET") << good << QByteArray() << streaming << 400 << "InvalidArgument";
    QTest::newRow("restricted object")
        << QByteArray("GET") << u'/' + kDemo + QStringLiteral("/restricted/interactions.csv")
        << QByteArray() << Signing() << 403 << "AccessDenied";
    QTest::newRow("unknown bucket") << QByteArray("GET") << QStringLiteral("/no-such-bucket/a.csv")
                                    << QByteArray() << Signing() << 404 << "NoSuchBucket";
    QTest::newRow("unknown key") << QByteArray("GET")
                                 << u'/' + kDemo + QStringLiteral("/interactions/none.csv")
                                 << QByteArray() << Signing() << 404 << "NoSuchKey";
    QTest::newRow("folder name without slash")
        << QByteArray("GET") << u'/' + kDemo + QStringLiteral("/interactions/good") << QByteArray()
        << Signing() << 404 << "NoSuchKey";
    QTest::newRow("range past the end")
        << QByteArray("GET") << good << QByteArray("bytes=99999999-") << Signing() << 416
        << "InvalidRange";
    QTest::newRow("empty suffix range") << QByteArray("GET") << good << QByteArray("bytes=-0")
                                        << Signing() << 416 << "InvalidRange";
    QTest::newRow("range of an empty object")
        << QByteArray("GET") << u'/' + kDemo + QStringLiteral("/interactions/empty/")
        << QByteArray("bytes=0-") << Signing() << 416 << "InvalidRange";
}

void TestSandboxS3::refusesWhatItMust()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, range);
    QFETCH(Signing, signing);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto headers = range.isEmpty() ? QList<QPair<QByteArray, QByteArray>>()
                                         : QList<QPair<QByteArray, QByteArray>>{{"Range", range}};
    const Answer refused =
        send(method, path, path.count(u'/') == 1 ? QStringLiteral("list-type=2") : QString(),
             headers, signing);
    QCOMPARE(refused.status, status);
    QCOMPARE(element(refused.body, QStringLiteral("Code")), code);
    QVERIFY(!element(refused.body, QStringLiteral("Message")).isEmpty());
    QVERIFY(!refused.headers.value("x-amz-request-id").isEmpty());
    QCOMPARE(element(refused.body, QStringLiteral("RequestId")).toLatin1(),
             refused.headers.value("x-amz-request-id"));
    // The secret never shows in an answer.
    QVERIFY(!refused.body.contains(m_sandbox->options().secretAccessKey.toUtf8()));
    if (code == u"InvalidRange") {
        QVERIFY(refused.headers.value("content-range").startsWith("bytes */"));
        QCOMPARE(element(refused.body, QStringLiteral("RangeRequested")).toLatin1(), range);
    }
    // HEAD answers the same status without a body.
    if (code != u"InvalidRange") {
        const Answer head = send("HEAD", path, {}, {}, signing);
        if (path.count(u'/') > 1)
            QCOMPARE(head.status, status);
        QVERIFY(head.body.isEmpty());
    }
}

void TestSandboxS3::acceptsUnsignedPayload()
{
    Signing unsignedPayload;
    unsignedPayload.payloadHash = QByteArrayLiteral("UNSIGNED-PAYLOAD");
    const Answer got = send("GET", u'/' + kDemo + u'/' + kGood, {}, {}, unsignedPayload);
    QCOMPARE(got.status, 200);
    QVERIFY(got.body.startsWith("USER_ID"));
}

void TestSandboxS3::signsPathsAsSent()
{
    // S3 does not remove dot segments before signing, and neither does the sandbox: the
    // signature matches, and the key, taken literally, is not there.
    Signing raw;
    raw.rawSocket = true;
    const Answer dotted =
        send("GET", u'/' + kDemo + QStringLiteral("/interactions/good/../good/interactions.csv"),
             {}, {}, raw);
    QCOMPARE(dotted.status, 404);
    QCOMPARE(element(dotted.body, QStringLiteral("Code")), QStringLiteral("NoSuchKey"));
}

void TestSandboxS3::personalizeApiStillAnswers()
{
    std::optional<AwsResult> result;
    m_sandbox->aws()->call(QStringLiteral("personalize"),
                           QStringLiteral("AmazonPersonalize.ListDatasetGroups"), QJsonObject(),
                           this, [&result](const AwsResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(*result);
    QVERIFY(result->value().json.contains(u"datasetGroups"));
    QVERIFY(m_sandbox->server()->requestCount(QStringLiteral("GetObject")) > 0);
}

void TestSandboxS3::jobsEndAsTheirFilesSay_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("reason"); // empty: ACTIVE

    const QString interactions = QStringLiteral("INTERACTIONS");
    const auto missing = [&](const QString &column) {
        return SandboxFailureReasons::missingColumns(interactions, {column});
    };
    const QString tooFew = SandboxFailureReasons::tooFewRecords(interactions, 412);
    const QString invalid = SandboxFailureReasons::invalidLocation();
    const QString active;
    const QList<std::tuple<const char *, const char *, QString>> rows = {
        {"interactions/broken/byte-order-mark.csv", "INTERACTIONS",
         missing(QStringLiteral("USER_ID"))},
        {"interactions/broken/empty-item-id.csv", "INTERACTIONS",
         SandboxFailureReasons::emptyRequired(interactions, 251, QStringLiteral("ITEM_ID"))},
        {"interactions/broken/lowercase-user-id-column.csv", "INTERACTIONS",
         missing(QStringLiteral("USER_ID"))},
        {"interactions/broken/missing-timestamp-column.csv", "INTERACTIONS",
         missing(QStringLiteral("TIMESTAMP"))},
        {"interactions/broken/ragged-row.csv", "INTERACTIONS",
         SandboxFailureReasons::raggedRow(interactions, 41, 5, 4)},
        {"interactions/broken/timestamps-in-milliseconds.csv", "INTERACTIONS",
         SandboxFailureReasons::millisecondTimestamps(interactions, QStringLiteral("TIMESTAMP"))},
        {"interactions/broken/too-few-rows.csv", "INTERACTIONS", tooFew},
        {"interactions/broken/unterminated-quote.csv", "INTERACTIONS",
         SandboxFailureReasons::raggedRow(interactions, 601, 2, 4)},
        {"interactions/empty/", "INTERACTIONS", invalid},
        {"interactions/encrypted/interactions.csv", "INTERACTIONS", active},
        {"interactions/good/interactions.csv", "INTERACTIONS", active},
        {"interactions/parts/", "INTERACTIONS", active},
        {"interactions/parts/part-00000.csv", "INTERACTIONS", active},
        {"interactions/parts/part-00001.csv", "INTERACTIONS", active},
        {"interactions/with-readme/", "INTERACTIONS", active},
        {"interactions/with-readme/README.txt", "INTERACTIONS",
         SandboxFailureReasons::missingColumns(
             interactions, {QStringLiteral("USER_ID"), QStringLiteral("ITEM_ID"),
                            QStringLiteral("TIMESTAMP"), QStringLiteral("EVENT_TYPE")})},
        {"interactions/with-readme/interactions.csv", "INTERACTIONS", active},
        {"interactions/no-such-file.csv", "INTERACTIONS", invalid},
        {"items/good/items.csv", "ITEMS", active},
        {"restricted/interactions.csv", "INTERACTIONS",
         SandboxFailureReasons::noAccess(interactions)},
        {"restricted/", "INTERACTIONS", SandboxFailureReasons::noAccess(interactions)},
        {"users/broken/membership-too-long.csv", "USERS",
         SandboxFailureReasons::tooLong(1000, QStringLiteral("MEMBERSHIP"))},
        {"users/good/users.csv", "USERS", active},
    };
    for (const auto &[key, type, reason] : rows)
        QTest::newRow(key) << QString::fromLatin1(key) << QString::fromLatin1(type) << reason;
}

void TestSandboxS3::jobsEndAsTheirFilesSay()
{
    QFETCH(QString, key);
    QFETCH(QString, type);
    QFETCH(QString, reason);
    const auto job = importAndWait(*m_sandbox, QStringLiteral("demo-%1").arg(++m_jobs), type,
                                   QStringLiteral("s3://importdesk-demo/") + key);
    QVERIFY(job);
    QCOMPARE(job->status,
             reason.isEmpty() ? QStringLiteral("ACTIVE") : QStringLiteral("CREATE FAILED"));
    QCOMPARE(job->failureReason, reason);
}

void TestSandboxS3::keywordsDecideOutsideServedBuckets()
{
    // Another bucket: the word in the location decides, as before.
    auto job =
        importAndWait(*m_sandbox, QStringLiteral("keyword-1"), QStringLiteral("INTERACTIONS"),
                      QStringLiteral("s3://another-bucket/bad-timestamp/"));
    QVERIFY(job);
    QCOMPARE(job->failureReason, SandboxFailureReasons::millisecondTimestamps(
                                     QStringLiteral("INTERACTIONS"), QStringLiteral("TIMESTAMP")));
    job = importAndWait(*m_sandbox, QStringLiteral("keyword-2"), QStringLiteral("INTERACTIONS"),
                        QStringLiteral("s3://another-bucket/interactions/"));
    QVERIFY(job);
    QCOMPARE(job->status, QStringLiteral("ACTIVE"));
    // The served bucket: what is there decides, whatever the words say.
    job = importAndWait(*m_sandbox, QStringLiteral("keyword-3"), QStringLiteral("INTERACTIONS"),
                        QStringLiteral("s3://importdesk-demo/bad-timestamp/"));
    QVERIFY(job);
    QCOMPARE(job->failureReason, SandboxFailureReasons::invalidLocation());
}

void TestSandboxS3::servesFoldersOfS3Root()
{
    QTemporaryDir root;
    QTemporaryDir outside;
    QVERIFY(root.isValid() && outside.isValid());
    QDir dir(root.path());
    QVERIFY(dir.mkpath(QStringLiteral("data/nested/deeper")));
    QVERIFY(dir.mkpath(QStringLiteral("data/empty")));
    QVERIFY(dir.mkpath(QStringLiteral("other")));
    QByteArray interactions = "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n";
    for (int i = 0; i < 1000; ++i)
        interactions += "u" + QByteArray::number(i) + ",i1,1700000000,click\n";
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    };
    QVERIFY(write(root.filePath(QStringLiteral("data/nested/deeper/good.csv")), interactions));
    QVERIFY(write(outside.filePath(QStringLiteral("secret.csv")), "top secret\n"));
    QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.csv")),
                        root.filePath(QStringLiteral("data/link.csv"))));
    QVERIFY(QFile::link(outside.path(), root.filePath(QStringLiteral("data/outside"))));

    SandboxOptions options = SandboxFixture::defaultOptions();
    options.s3Root = root.path();
    options.timeScale = 2000;
    SandboxFixture sandbox(options);
    QVERIFY(sandbox.isListening());
    SandboxServer *server = sandbox.server();

    const Answer listed =
        send(server, "GET", QStringLiteral("/data"), QStringLiteral("list-type=2"));
    QCOMPARE(listed.status, 200);
    // Links out of the root are not served.
    QCOMPARE(elements(listed.body, QStringLiteral("Key")),
             QStringList({QStringLiteral("empty/"), QStringLiteral("nested/deeper/good.csv")}));
    QCOMPARE(send(server, "GET", QStringLiteral("/data/nested/deeper/good.csv")).body,
             interactions);
    QCOMPARE(send(server, "HEAD", QStringLiteral("/data/empty/")).status, 200);
    QCOMPARE(send(server, "GET", QStringLiteral("/other"), QStringLiteral("list-type=2")).status,
             200);
    for (const QString &path :
         {QStringLiteral("/data/link.csv"), QStringLiteral("/data/outside/secret.csv"),
          QStringLiteral("/data/nested/../../other"),
          QStringLiteral("/data/../data/nested/deeper/good.csv"),
          QStringLiteral("/data/nested//deeper/good.csv"), QStringLiteral("/data/nested/")}) {
        Signing raw;
        raw.rawSocket = true;
        const Answer refused = send(server, "GET", path, {}, {}, raw);
        QVERIFY2(refused.status == 404, qPrintable(path));
        QVERIFY(!refused.body.contains("top secret"));
    }
    // Only the folders are buckets; the demo bucket is not served alongside.
    QCOMPARE(element(send(server, "GET", u'/' + kDemo, QStringLiteral("list-type=2")).body,
                     QStringLiteral("Code")),
             QStringLiteral("NoSuchBucket"));

    auto job = importAndWait(sandbox, QStringLiteral("root-1"), QStringLiteral("INTERACTIONS"),
                             QStringLiteral("s3://data/nested/"));
    QVERIFY(job);
    QCOMPARE(job->status, QStringLiteral("ACTIVE"));
    job = importAndWait(sandbox, QStringLiteral("root-2"), QStringLiteral("INTERACTIONS"),
                        QStringLiteral("s3://data/link.csv"));
    QVERIFY(job);
    QCOMPARE(job->failureReason, SandboxFailureReasons::invalidLocation());
}

QTEST_GUILESS_MAIN(TestSandboxS3)
#include "tst_sandboxs3.moc"
