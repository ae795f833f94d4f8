#include "aws/awscredentials.h"
#include "aws/clientconfiguration.h"
#include "aws/inifile.h"
#include "aws/sharedconfig.h"
#include "aws/sigv4.h"
#include "common/scriptedhttpserver.h"
#include "s3/s3client.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace std::chrono_literals;

// S3Client against a real HTTP server on loopback: what goes on the wire and how it is signed,
// listing pages, HEAD and ranged GETs, every error an operator can meet and what it says, the
// region redirect, retries, the size cap, deadlines and cancelling; and its settings.
class TestS3Client final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listsAndPages();
    void headsAnObject();
    void getsARange();
    void getsTheTail();
    void serverIgnoringRange();
    void serverIgnoringRangeOnAHugeObject();
    void emptyObject();
    void sessionTokenIsSentAndSigned();
    void errorMessages_data();
    void errorMessages();
    void headErrorsWithoutBody_data();
    void headErrorsWithoutBody();
    void webPageErrorIsNotEchoed();
    void unreadableListing();
    void redirectsToTheBucketRegion_data();
    void redirectsToTheBucketRegion();
    void redirectIsFollowedOnlyOnce();
    void redirectKeepsACustomEndpoint();
    void retriesSlowDown();
    void givesUpAfterMaxAttempts();
    void retriesDroppedConnection();
    void correctsClockSkewOnce();
    void oversizedAnswerIsAbandoned();
    void announcedOversizedAnswerIsRefused();
    void attemptTimeoutIsRetried();
    void overallDeadline();
    void cancelAllDropsCallsInFlight();
    void noCallbackAfterContextIsGone();
    void credentialErrorsStopTheRead();
    void requiresRegion();
    void logsNeverShowSecrets();
    void settingsFor_data();
    void settingsFor();
    void settingsForRefuses_data();
    void settingsForRefuses();

private:
    void makeClient(const S3ClientSettings &settings);
    template<typename T>
    Result<T, AwsError> wait(std::optional<Result<T, AwsError>> &slot);
    Result<S3ListPage, AwsError> list(const QString &prefix, const QString &token = {},
                                      int maxKeys = 0);
    Result<S3ObjectHead, AwsError> head(const QString &key);
    Result<S3ObjectBytes, AwsError> range(const QString &key, qint64 first, qint64 length);
    Result<S3ObjectBytes, AwsError> tail(const QString &key, qint64 length);

    std::unique_ptr<ScriptedHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<S3Client> m_client;
    S3ClientSettings m_settings;
    AwsCredentials m_credentials;
    QList<int> m_backoffRetries;
    QList<AwsCallRecord> m_records;
    int m_invalidations = 0;
};

namespace {
const QString kBucket = QStringLiteral("my-bucket");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYzzS3TESTKEY");
const QString kToken = QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLES3TOKENvalue0123456789abcdef");
const QByteArray kEmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

QStringList *capturedLog = nullptr;

QStringList texts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *text : list)
        out.append(QString::fromUtf8(text));
    return out;
}

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    if (capturedLog)
        capturedLog->append(message);
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c()
        .toString(utc.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

SigV4::Request toSignable(const ReceivedRequest &received)
{
    SigV4::Request request;
    request.method = received.method;
    const qsizetype q = received.target.indexOf('?');
    request.path = q < 0 ? received.target : received.target.left(q);
    request.query = q < 0 ? QByteArray() : received.target.mid(q + 1);
    request.headers = received.headers;
    request.body = received.body;
    return request;
}

QString signingRegion(const ReceivedRequest &request)
{
    const auto parsed = SigV4::parseAuthorization(request.header("Authorization"));
    return parsed ? parsed->region : QString();
}

ScriptedResponse xml(int status, const QByteArray &body)
{
    ScriptedResponse response;
    response.status = status;
    response.body = body;
    response.headers.emplaceBack("Content-Type", "application/xml");
    return response;
}

ScriptedResponse s3Error(int status, const QByteArray &code, const QByteArray &message,
                         const QByteArray &extra = {})
{
    return xml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code +
                           "</Code><Message>" + message + "</Message>" + extra +
                           "<RequestId>body-request-id</RequestId><HostId>aG9zdA==</HostId>"
                           "</Error>")
        .withHeader("x-amz-request-id", "req-" + code);
}

QByteArray listing(const QList<QByteArray> &keys, const QByteArray &nextToken = {})
{
    QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult "
                      "xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>my-bucket</Name>"
                      "<EncodingType>url</EncodingType>";
    body += nextToken.isEmpty()
                ? QByteArray("<IsTruncated>false</IsTruncated>")
                : QByteArray("<IsTruncated>true</IsTruncated><NextContinuationToken>" + nextToken +
                             "</NextContinuationToken>");
    for (const QByteArray &key : keys) {
        body += "<Contents><Key>" + key +
                "</Key><LastModified>2024-05-06T07:08:09.000Z</LastModified>"
                "<Size>42</Size><StorageClass>STANDARD</StorageClass></Contents>";
    }
    return body + "</ListBucketResult>";
}

// A 206 answer for the Range header of `request` over `object`, as S3 gives it.
ScriptedResponse rangeOf(const ReceivedRequest &request, const QByteArray &object)
{
    const QByteArray range = request.header("Range");
    const qint64 size = object.size();
    qint64 first = 0;
    qint64 last = size - 1;
    if (range.startsWith("bytes=-")) {
        first = std::max<qint64>(0, size - range.mid(7).toLongLong());
    } else {
        const QList<QByteArray> bounds = range.mid(6).split('-');
        first = bounds.value(0).toLongLong();
        last = std::min(last, bounds.value(1).toLongLong());
    }
    if (size == 0 || first >= size) {
        return s3Error(416, "InvalidRange", "The requested range is not satisfiable")
            .withHeader("Content-Range", "bytes */" + QByteArray::number(size));
    }
    ScriptedResponse response;
    response.status = 206;
    response.body = object.mid(first, last - first + 1);
    response.headers = {{"Content-Type", "text/csv"},
                        {"Content-Range", "bytes " + QByteArray::number(first) + '-' +
                                              QByteArray::number(last) + '/' +
                                              QByteArray::number(size)},
                        {"x-amz-request-id", "get-1"}};
    return response;
}

QByteArray objectBytes(int size)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes += char('a' + i % 26);
    return bytes;
}
} // namespace

void TestS3Client::init()
{
    m_server = std::make_unique<ScriptedHttpServer>();
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_credentials = AwsCredentials{};
    m_credentials.accessKeyId = QStringLiteral("AKIDS3TESTEXAMPLE001");
    m_credentials.secretAccessKey = kSecret;
    m_settings = S3ClientSettings{};
    m_settings.region = QStringLiteral("us-east-1");
    m_settings.endpoint = m_server->url();
    m_settings.attemptTimeout = 5s;
    m_settings.callDeadline = 20s;
    m_backoffRetries.clear();
    m_records.clear();
    m_invalidations = 0;
    makeClient(m_settings);
}

void TestS3Client::cleanup()
{
    if (QTest::currentTestFailed() && m_server) {
        for (const ReceivedRequest &request : m_server->requests())
            qInfo() << "request" << request.method << request.target << signingRegion(request)
                    << request.header("X-Amz-Date") << request.header("amz-sdk-request")
                    << request.header("amz-sdk-invocation-id");
    }
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestS3Client::makeClient(const S3ClientSettings &settings)
{
    m_client.reset();
    m_settings = settings;
    // Read at each call, so that a test can change the credentials after making the client.
    auto source = [this](QObject *context, AwsClient::CredentialsCallback callback) {
        QMetaObject::invokeMethod(
            context, [this, callback] { callback(m_credentials); }, Qt::QueuedConnection);
    };
    m_client = std::make_unique<S3Client>(m_network.get(), source, settings);
    m_client->setBackoffFunction([this](int retry) {
        m_backoffRetries.append(retry);
        return 0ms;
    });
    m_client->setCredentialsInvalidator([this] { ++m_invalidations; });
    connect(m_client.get(), &S3Client::callFinished, this,
            [this](const AwsCallRecord &record) { m_records.append(record); });
}

template<typename T>
Result<T, AwsError> TestS3Client::wait(std::optional<Result<T, AwsError>> &slot)
{
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 30000))
        return AwsError::make(AwsError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return *slot;
}

Result<S3ListPage, AwsError> TestS3Client::list(const QString &prefix, const QString &token,
                                                int maxKeys)
{
    std::optional<Result<S3ListPage, AwsError>> result;
    m_client->listObjects(kBucket, prefix, token, maxKeys, this,
                          [&result](const Result<S3ListPage, AwsError> &r) { result = r; });
    return wait(result);
}

Result<S3ObjectHead, AwsError> TestS3Client::head(const QString &key)
{
    std::optional<Result<S3ObjectHead, AwsError>> result;
    m_client->headObject(kBucket, key, this,
                         [&result](const Result<S3ObjectHead, AwsError> &r) { result = r; });
    return wait(result);
}

Result<S3ObjectBytes, AwsError> TestS3Client::range(const QString &key, qint64 first, qint64 length)
{
    std::optional<Result<S3ObjectBytes, AwsError>> result;
    m_client->getObjectRange(kBucket, key, first, length, this,
                             [&result](const Result<S3ObjectBytes, AwsError> &r) { result = r; });
    return wait(result);
}

Result<S3ObjectBytes, AwsError> TestS3Client::tail(const QString &key, qint64 length)
{
    std::optional<Result<S3ObjectBytes, AwsError>> result;
    m_client->getObjectTail(kBucket, key, length, this,
                            [&result](const Result<S3ObjectBytes, AwsError> &r) { result = r; });
    return wait(result);
}

// Evaluates its argument once: it is often the read itself.
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &checked_ = (expression);                                                       \
        QVERIFY2(checked_.ok(),                                                                    \
                 qPrintable(checked_.ok() ? QString() : checked_.error().summary()));              \
    } while (false)

void TestS3Client::listsAndPages()
{
    const QByteArray token = "1ueGcxLPRx1Tr/XYExHnhbYLgveDs2J+wm36Hy4vbOwM=";
    m_server->enqueue(
        xml(200, listing({"data/in%20put/%C3%A9/a.csv", "data/in+put/%C3%A9/b.csv"}, token))
            .withHeader("x-amz-request-id", "list-1"));
    m_server->enqueue(xml(200, listing({"data/in%20put/%C3%A9/c%2Bd.csv"})));

    const QString prefix = QStringLiteral("data/in put/é/");
    const auto first = list(prefix, {}, 2);
    VERIFY_OK(first);
    QCOMPARE(first->objects.size(), 2);
    QCOMPARE(first->objects.at(0).key, QStringLiteral("data/in put/é/a.csv"));
    QCOMPARE(first->objects.at(1).key, QStringLiteral("data/in put/é/b.csv"));
    QCOMPARE(first->objects.at(0).size, 42);
    QCOMPARE(first->objects.at(0).lastModified,
             QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), QTimeZone::utc()));
    QVERIFY(first->isTruncated);
    QCOMPARE(first->nextContinuationToken, QString::fromLatin1(token));

    const auto second = list(prefix, first->nextContinuationToken, 2);
    VERIFY_OK(second);
    QCOMPARE(second->objects.size(), 1);
    QCOMPARE(second->objects.at(0).key, QStringLiteral("data/in put/é/c+d.csv"));
    QVERIFY(!second->isTruncated);
    QVERIFY(second->nextContinuationToken.isEmpty());

    QCOMPARE(m_server->requests().size(), 2);
    const ReceivedRequest &request = m_server->requests().at(0);
    QCOMPARE(request.method, QByteArray("GET"));
    // Path style on a custom endpoint; the query sorted and encoded as SigV4 signs it.
    QCOMPARE(request.target, QByteArray("/my-bucket?encoding-type=url&list-type=2&max-keys=2&"
                                        "prefix=data%2Fin%20put%2F%C3%A9%2F"));
    QCOMPARE(m_server->requests().at(1).target,
             QByteArray("/my-bucket?continuation-token=1ueGcxLPRx1Tr%2FXYExHnhbYLgveDs2J%2Bwm36Hy4"
                        "vbOwM%3D&encoding-type=url&list-type=2&max-keys=2&prefix=data%2Fin%20put%"
                        "2F%C3%A9%2F"));
    QCOMPARE(request.header("Host"), "127.0.0.1:" + QByteArray::number(m_server->port()));
    QCOMPARE(request.header("x-amz-content-sha256"), kEmptySha256);
    QCOMPARE(request.header("User-Agent"), QByteArray("importdesk/" IMPORTDESK_VERSION));
    QCOMPARE(request.header("amz-sdk-request"), QByteArray("attempt=1; max=3"));
    const QByteArray authorization = request.header("Authorization");
    const QString today = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd"));
    QVERIFY2(
        authorization.startsWith(QByteArray("AWS4-HMAC-SHA256 Credential=AKIDS3TESTEXAMPLE001/" +
                                            today.toLatin1() + "/us-east-1/s3/aws4_request")),
        authorization.constData());
    QVERIFY(authorization.contains("x-amz-content-sha256"));
    for (const ReceivedRequest &received : m_server->requests()) {
        QString why;
        QVERIFY2(SigV4::verify(toSignable(received), kSecret.toLatin1(), &why), qPrintable(why));
        QVERIFY(!SigV4::verify(toSignable(received), "not-the-secret"));
    }

    QCOMPARE(m_records.size(), 2);
    QCOMPARE(m_records.at(0).service, QStringLiteral("s3"));
    QCOMPARE(m_records.at(0).operation, QStringLiteral("ListObjectsV2"));
    QVERIFY(m_records.at(0).ok);
    QCOMPARE(m_records.at(0).requestId, QStringLiteral("list-1"));
    QCOMPARE(m_records.at(0).httpStatus, 200);
    QCOMPARE(m_records.at(0).attempts, 1);
}

void TestS3Client::headsAnObject()
{
    ScriptedResponse answer;
    answer.declaredLength = 1234567; // HEAD: the size, and no body
    answer.headers = {
        {"Content-Type", "text/csv"},
        {"Last-Modified", "Wed, 01 May 2024 10:20:30 GMT"},
        {"x-amz-server-side-encryption", "aws:kms"},
        {"x-amz-server-side-encryption-aws-kms-key-id",
         "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"},
        {"x-amz-request-id", "head-1"},
    };
    m_server->enqueue(answer);
    const QString key = QStringLiteral("folder/a b+c%d=e&f/日本.csv");
    const auto result = head(key);
    VERIFY_OK(result);
    QCOMPARE(result->size, 1234567);
    QCOMPARE(result->contentType, QStringLiteral("text/csv"));
    QCOMPARE(result->lastModified,
             QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), QTimeZone::utc()));
    QCOMPARE(result->serverSideEncryption, QStringLiteral("aws:kms"));
    QVERIFY(result->kmsKeyId.endsWith(u"key/1234abcd-12ab-34cd-56ef-1234567890ab"));

    const ReceivedRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("HEAD"));
    // Each segment encoded once; '/' kept.
    QCOMPARE(request.target,
             QByteArray("/my-bucket/folder/a%20b%2Bc%25d%3De%26f/%E6%97%A5%E6%9C%AC.csv"));
    QString why;
    QVERIFY2(SigV4::verify(toSignable(request), kSecret.toLatin1(), &why), qPrintable(why));
    QCOMPARE(m_records.constFirst().operation, QStringLiteral("HeadObject"));
    QCOMPARE(m_records.constFirst().requestId, QStringLiteral("head-1"));
}

void TestS3Client::getsARange()
{
    const QByteArray object = objectBytes(100);
    m_server->setHandler(
        [&object](const ReceivedRequest &request) { return rangeOf(request, object); });
    const auto result = range(QStringLiteral("data/file.csv"), 10, 10);
    VERIFY_OK(result);
    QCOMPARE(result->bytes, object.mid(10, 10));
    QCOMPARE(result->offset, 10);
    QCOMPARE(result->totalSize, 100);
    const ReceivedRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.method, QByteArray("GET"));
    QCOMPARE(request.target, QByteArray("/my-bucket/data/file.csv"));
    QCOMPARE(request.header("Range"), QByteArray("bytes=10-19"));
    QCOMPARE(request.header("Accept-Encoding"), QByteArray("identity"));
    QVERIFY(request.header("Authorization").contains("range"));
    QString why;
    QVERIFY2(SigV4::verify(toSignable(request), kSecret.toLatin1(), &why), qPrintable(why));
    QCOMPARE(m_records.constFirst().operation, QStringLiteral("GetObject"));
    QCOMPARE(m_records.constFirst().httpStatus, 206);

    // Past the end: fewer bytes.
    const auto end = range(QStringLiteral("data/file.csv"), 95, 10);
    VERIFY_OK(end);
    QCOMPARE(end->bytes, object.mid(95));
    QCOMPARE(end->offset, 95);
    // Wholly past the end: none, with the size.
    const auto beyond = range(QStringLiteral("data/file.csv"), 150, 10);
    VERIFY_OK(beyond);
    QVERIFY(beyond->bytes.isEmpty());
    QCOMPARE(beyond->totalSize, 100);
}

void TestS3Client::getsTheTail()
{
    const QByteArray object = objectBytes(100);
    m_server->setHandler(
        [&object](const ReceivedRequest &request) { return rangeOf(request, object); });
    const auto result = tail(QStringLiteral("data/file.csv"), 5);
    VERIFY_OK(result);
    QCOMPARE(m_server->requests().constFirst().header("Range"), QByteArray("bytes=-5"));
    QCOMPARE(result->bytes, object.right(5));
    QCOMPARE(result->offset, 95);
    QCOMPARE(result->totalSize, 100);

    // Longer than the object: all of it.
    const auto all = tail(QStringLiteral("data/file.csv"), 500);
    VERIFY_OK(all);
    QCOMPARE(all->bytes, object);
    QCOMPARE(all->offset, 0);
}

void TestS3Client::serverIgnoringRange()
{
    const QByteArray object = objectBytes(100);
    ScriptedResponse whole;
    whole.body = object;
    m_server->setFallback(whole);
    const auto head = range(QStringLiteral("k"), 20, 10);
    VERIFY_OK(head);
    QCOMPARE(head->bytes, object.mid(20, 10));
    QCOMPARE(head->offset, 20);
    QCOMPARE(head->totalSize, 100);

    const auto end = tail(QStringLiteral("k"), 7);
    VERIFY_OK(end);
    QCOMPARE(end->bytes, object.right(7));
    QCOMPARE(end->offset, 93);
    QCOMPARE(end->totalSize, 100);
}

void TestS3Client::serverIgnoringRangeOnAHugeObject()
{
    // 64 MiB sent from the start for a range of the first KiB: reading stops once it is there.
    m_server->setFallback(ScriptedResponse::streamed(200, 64 * 1024 * 1024));
    const auto result = range(QStringLiteral("huge.csv"), 0, 1024);
    VERIFY_OK(result);
    QCOMPARE(result->bytes.size(), 1024);
    QVERIFY(result->bytes.startsWith("{\"items\":["));
    QCOMPARE(result->offset, 0);
    QVERIFY2(m_server->streamedBytes() < 16 * 1024 * 1024,
             qPrintable(QString::number(m_server->streamedBytes())));

    // A tail needs the whole object, which is too large to read.
    const auto end = tail(QStringLiteral("huge.csv"), 1024);
    QVERIFY(!end.ok());
    QCOMPARE(end.error().kind, AwsError::Kind::InvalidResponse);
}

void TestS3Client::emptyObject()
{
    m_server->setHandler(
        [](const ReceivedRequest &request) { return rangeOf(request, QByteArray()); });
    const auto first = range(QStringLiteral("empty.csv"), 0, 4096);
    VERIFY_OK(first);
    QVERIFY(first->bytes.isEmpty());
    QCOMPARE(first->totalSize, 0);
    QCOMPARE(first->offset, 0);
    const auto last = tail(QStringLiteral("empty.csv"), 4096);
    VERIFY_OK(last);
    QVERIFY(last->bytes.isEmpty());
    QCOMPARE(last->totalSize, 0);
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(m_records.at(0).ok);
    QCOMPARE(m_records.at(0).httpStatus, 416);

    // 416 without a Content-Range, from the start of the object: empty too.
    m_server->setHandler({});
    m_server->setFallback(s3Error(416, "InvalidRange", "The requested range is not satisfiable"));
    const auto bare = range(QStringLiteral("empty.csv"), 0, 10);
    VERIFY_OK(bare);
    QCOMPARE(bare->totalSize, 0);
}

void TestS3Client::sessionTokenIsSentAndSigned()
{
    m_credentials.sessionToken = kToken;
    m_server->enqueue(xml(200, listing({})));
    VERIFY_OK(list(QStringLiteral("p/")));
    const ReceivedRequest &request = m_server->requests().constFirst();
    QCOMPARE(request.header("X-Amz-Security-Token"), kToken.toLatin1());
    QVERIFY(request.header("Authorization").contains("x-amz-security-token"));
    QString why;
    QVERIFY2(SigV4::verify(toSignable(request), kSecret.toLatin1(), &why), qPrintable(why));
}

void TestS3Client::errorMessages_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArray>("serviceMessage");
    QTest::addColumn<QStringList>("says");

    QTest::newRow("AccessDenied reading")
        << "GetObject" << 403 << QByteArray("AccessDenied") << QByteArray("Access Denied")
        << texts({"Your AWS credentials cannot read s3://my-bucket/data/file.csv",
                  "Amazon Personalize reads the data with the import job's IAM role",
                  "s3:GetObject"});
    QTest::newRow("AccessDenied listing")
        << "ListObjectsV2" << 403 << QByteArray("AccessDenied") << QByteArray("Access Denied")
        << texts({"not allowed to list s3://my-bucket/data/", "import job's IAM role",
                  "s3:ListBucket on the bucket my-bucket"});
    QTest::newRow("AccessDenied with S3's reason")
        << "GetObject" << 403 << QByteArray("AccessDenied")
        << QByteArray("User: arn:aws:iam::111122223333:user/ana is not authorized to perform: "
                      "s3:GetObject because no identity-based policy allows the s3:GetObject "
                      "action")
        << texts({"cannot read s3://my-bucket/data/file.csv",
                  "S3 said: “User: arn:aws:iam::111122223333:user/ana is not authorized"});
    QTest::newRow("NoSuchBucket") << "GetObject" << 404 << QByteArray("NoSuchBucket")
                                  << QByteArray("The specified bucket does not exist")
                                  << texts({"There is no bucket named “my-bucket”",
                                            "Check the bucket name"});
    QTest::newRow("NoSuchKey") << "GetObject" << 404 << QByteArray("NoSuchKey")
                               << QByteArray("The specified key does not exist.")
                               << texts({"There is no object s3://my-bucket/data/file.csv",
                                         "case-sensitive"});
    QTest::newRow("InvalidAccessKeyId")
        << "ListObjectsV2" << 403 << QByteArray("InvalidAccessKeyId")
        << QByteArray("The AWS Access Key Id you provided does not exist in our records.")
        << texts({"AWS does not know the access key id", "Check the profile's access key"});
    QTest::newRow("SignatureDoesNotMatch")
        << "GetObject" << 403 << QByteArray("SignatureDoesNotMatch")
        << QByteArray("The request signature we calculated does not match the signature you "
                      "provided. Check your key and signing method.")
        << texts({"secret access key does not match", "clock"});
    QTest::newRow("ExpiredToken") << "GetObject" << 400 << QByteArray("ExpiredToken")
                                  << QByteArray("The provided token has expired.")
                                  << texts({"temporary credentials have expired", "aws sso login"});
    QTest::newRow("InvalidObjectState")
        << "GetObject" << 403 << QByteArray("InvalidObjectState")
        << QByteArray("The operation is not valid for the object's storage class")
        << texts({"s3://my-bucket/data/file.csv is archived", "restored"});
    QTest::newRow("unknown code keeps S3's message")
        << "GetObject" << 400 << QByteArray("InvalidArgument")
        << QByteArray("Invalid argument marker-7f2") << texts({"Invalid argument marker-7f2"});
}

void TestS3Client::errorMessages()
{
    QFETCH(QString, operation);
    QFETCH(int, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArray, serviceMessage);
    QFETCH(QStringList, says);

    ScriptedResponse answer = s3Error(status, code, serviceMessage);
    if (operation == u"HeadObject")
        answer.body.clear(); // a HEAD answer has no body: code and message from the status
    m_server->setFallback(answer);
    std::optional<AwsError> error;
    if (operation == u"ListObjectsV2") {
        const auto result = list(QStringLiteral("data/"));
        QVERIFY(!result.ok());
        error = result.error();
    } else if (operation == u"HeadObject") {
        const auto result = head(QStringLiteral("data/file.csv"));
        QVERIFY(!result.ok());
        error = result.error();
    } else {
        const auto result = range(QStringLiteral("data/file.csv"), 0, 100);
        QVERIFY(!result.ok());
        error = result.error();
    }
    qInfo().noquote() << "message:" << error->message;
    QCOMPARE(error->kind, AwsError::Kind::Service);
    QCOMPARE(error->code, QString::fromLatin1(code));
    QCOMPARE(error->httpStatus, status);
    QCOMPARE(error->requestId, QString::fromLatin1("req-" + code));
    for (const QString &text : std::as_const(says))
        QVERIFY2(error->message.contains(text), qPrintable(error->message));
    // None of these is retried, and each is logged as one failed read.
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_records.size(), 1);
    QVERIFY(!m_records.constFirst().ok);
    QCOMPARE(m_records.constFirst().operation, operation);
    QCOMPARE(m_records.constFirst().errorCode, QString::fromLatin1(code));
    QCOMPARE(m_invalidations, code == "ExpiredToken" ? 1 : 0);
}

void TestS3Client::headErrorsWithoutBody_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("says");
    QTest::newRow("403") << 403 << "AccessDenied"
                         << "Your AWS credentials cannot read s3://my-bucket/data/file.csv";
    QTest::newRow("404") << 404 << "NoSuchKey"
                         << "There is no object s3://my-bucket/data/file.csv (or no bucket "
                            "“my-bucket”)";
    QTest::newRow("301 without a region")
        << 301 << "PermanentRedirect"
        << "The bucket “my-bucket” is not in the region us-east-1";
    QTest::newRow("400") << 400 << "BadRequest"
                         << "S3 answered HTTP 400 (BadRequest) without an explanation";
}

void TestS3Client::headErrorsWithoutBody()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, says);
    ScriptedResponse answer;
    answer.status = status;
    answer.headers = {{"x-amz-request-id", "head-error"}};
    m_server->setFallback(answer);
    const auto result = head(QStringLiteral("data/file.csv"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().requestId, QStringLiteral("head-error"));
    QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
    QCOMPARE(m_server->requests().size(), 1);
}

void TestS3Client::webPageErrorIsNotEchoed()
{
    ScriptedResponse page;
    page.status = 403;
    page.body = "<html><head><title>Blocked</title></head><body>marker-3b9 proxy</body></html>";
    page.headers = {{"Content-Type", "text/html"}};
    m_server->setFallback(page);
    const auto result = range(QStringLiteral("data/file.csv"), 0, 10);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(u"web page"), qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(u"marker-3b9"));
}

void TestS3Client::unreadableListing()
{
    m_server->setFallback(xml(200, "<ListBucketResult><IsTruncated>true</IsTruncated>"
                                   "</ListBucketResult>"));
    const auto result = list(QStringLiteral("data/"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(u"no continuation token"),
             qPrintable(result.error().message));
    QCOMPARE(m_records.size(), 1);
    QVERIFY(!m_records.constFirst().ok);
}

void TestS3Client::redirectsToTheBucketRegion_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<ScriptedResponse>("wrongRegion");

    QTest::newRow("301 PermanentRedirect with x-amz-bucket-region")
        << "ListObjectsV2"
        << s3Error(301, "PermanentRedirect",
                   "The bucket you are attempting to access must be addressed using the "
                   "specified endpoint.",
                   "<Endpoint>my-bucket.s3.eu-west-1.amazonaws.com</Endpoint>")
               .withHeader("x-amz-bucket-region", "eu-west-1");
    QTest::newRow("400 AuthorizationHeaderMalformed naming the region")
        << "GetObject"
        << s3Error(400, "AuthorizationHeaderMalformed",
                   "The authorization header is malformed; the region 'us-east-1' is wrong; "
                   "expecting 'eu-west-1'",
                   "<Region>eu-west-1</Region>");
    QTest::newRow("400 IllegalLocationConstraintException")
        << "ListObjectsV2"
        << s3Error(400, "IllegalLocationConstraintException",
                   "The eu-west-1 location constraint is incompatible for the region specific "
                   "endpoint this request was sent to.")
               .withHeader("x-amz-bucket-region", "eu-west-1");
    ScriptedResponse bareHead;
    bareHead.status = 400;
    bareHead.headers = {{"x-amz-bucket-region", "eu-west-1"}};
    QTest::newRow("HEAD's bare 400 with x-amz-bucket-region") << "HeadObject" << bareHead;
    ScriptedResponse bareMoved;
    bareMoved.status = 301;
    bareMoved.headers = {{"x-amz-bucket-region", "eu-west-1"}};
    QTest::newRow("HEAD's bare 301 with x-amz-bucket-region") << "HeadObject" << bareMoved;
}

void TestS3Client::redirectsToTheBucketRegion()
{
    QFETCH(QString, operation);
    QFETCH(ScriptedResponse, wrongRegion);
    m_server->setHandler([wrongRegion](const ReceivedRequest &request) {
        if (signingRegion(request) != u"eu-west-1")
            return wrongRegion;
        ScriptedResponse ok = request.method == "HEAD" ? ScriptedResponse()
                              : request.target.contains("list-type")
                                  ? xml(200, listing({"data/a.csv"}))
                                  : rangeOf(request, objectBytes(50));
        if (request.method == "HEAD")
            ok.declaredLength = 50;
        return ok;
    });
    const auto run = [this, &operation]() -> std::optional<AwsError> {
        if (operation == u"ListObjectsV2") {
            const auto result = list(QStringLiteral("data/"));
            return result.ok() ? std::nullopt : std::optional<AwsError>(result.error());
        }
        if (operation == u"HeadObject") {
            const auto result = head(QStringLiteral("data/a.csv"));
            return result.ok() ? std::nullopt : std::optional<AwsError>(result.error());
        }
        const auto result = range(QStringLiteral("data/a.csv"), 0, 10);
        return result.ok() ? std::nullopt : std::optional<AwsError>(result.error());
    };
    const std::optional<AwsError> error = run();
    QVERIFY2(!error, qPrintable(error ? error->summary() : QString()));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(signingRegion(m_server->requests().at(0)), QStringLiteral("us-east-1"));
    QCOMPARE(signingRegion(m_server->requests().at(1)), QStringLiteral("eu-west-1"));
    QString why;
    QVERIFY2(SigV4::verify(toSignable(m_server->requests().at(1)), kSecret.toLatin1(), &why),
             qPrintable(why));
    QCOMPARE(m_client->bucketRegion(kBucket), QStringLiteral("eu-west-1"));
    QCOMPARE(m_records.size(), 1);
    QVERIFY(m_records.constFirst().ok);
    QCOMPARE(m_records.constFirst().attempts, 2);
    QVERIFY(m_backoffRetries.isEmpty()); // sent again at once

    // Later reads of the bucket are signed for its region from the start.
    m_server->clearRequests();
    QVERIFY(!run());
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(signingRegion(m_server->requests().at(0)), QStringLiteral("eu-west-1"));
}

void TestS3Client::redirectIsFollowedOnlyOnce()
{
    // Every region is wrong, each answer naming the next: one redirect, then the error.
    int count = 0;
    const QStringList regions = {QStringLiteral("eu-west-1"), QStringLiteral("ap-south-1"),
                                 QStringLiteral("sa-east-1")};
    m_server->setHandler([&count, &regions](const ReceivedRequest &) {
        return s3Error(301, "PermanentRedirect", "Use the specified endpoint.")
            .withHeader("x-amz-bucket-region", regions.value(count++).toLatin1());
    });
    const auto result = list(QStringLiteral("data/"));
    QVERIFY(!result.ok());
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(result.error().code, QStringLiteral("PermanentRedirect"));
    QVERIFY2(result.error().message.contains(
                 u"The bucket “my-bucket” is in the region ap-south-1, not eu-west-1"),
             qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(u"Choose the region ap-south-1"));

    // A redirect naming no region, or the region already used, is not followed at all.
    m_server->clearRequests();
    m_server->setHandler({});
    m_server->setFallback(s3Error(301, "PermanentRedirect", "Use the specified endpoint."));
    QVERIFY(!list(QStringLiteral("data/")).ok());
    QCOMPARE(m_server->requests().size(), 1);
    m_server->clearRequests();
    m_server->setFallback(
        s3Error(400, "AuthorizationHeaderMalformed", "wrong region", "<Region>eu-west-1</Region>"));
    QVERIFY(!list(QStringLiteral("data/")).ok()); // signed for eu-west-1 already
    QCOMPARE(m_server->requests().size(), 1);

    // A region that is not a host label is not used.
    m_server->clearRequests();
    makeClient(m_settings);
    m_server->setFallback(s3Error(301, "PermanentRedirect", "x")
                              .withHeader("x-amz-bucket-region", "evil.example.com/x"));
    QVERIFY(!list(QStringLiteral("data/")).ok());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestS3Client::redirectKeepsACustomEndpoint()
{
    // The custom endpoint stays; only the signing region changes.
    m_server->enqueue(
        s3Error(301, "PermanentRedirect", "x").withHeader("x-amz-bucket-region", "eu-west-1"));
    m_server->enqueue(xml(200, listing({})));
    VERIFY_OK(list(QStringLiteral("data/")));
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).header("Host"),
             "127.0.0.1:" + QByteArray::number(m_server->port()));
    QCOMPARE(m_server->requests().at(1).target, m_server->requests().at(0).target);
}

void TestS3Client::retriesSlowDown()
{
    m_server->enqueue(s3Error(503, "SlowDown", "Please reduce your request rate."));
    m_server->enqueue(s3Error(500, "InternalError", "We encountered an internal error."));
    m_server->enqueue(xml(200, listing({"a.csv"})));
    const auto result = list(QStringLiteral("data/"));
    VERIFY_OK(result);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_backoffRetries, (QList<int>{1, 2}));
    QCOMPARE(m_server->requests().at(2).header("amz-sdk-request"), QByteArray("attempt=3; max=3"));
    QCOMPARE(m_records.size(), 1);
    QCOMPARE(m_records.constFirst().attempts, 3);
}

void TestS3Client::givesUpAfterMaxAttempts()
{
    m_server->setFallback(s3Error(503, "SlowDown", "Please reduce your request rate."));
    const auto result = range(QStringLiteral("data/file.csv"), 0, 10);
    QVERIFY(!result.ok());
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(result.error().attempts, 3);
    QCOMPARE(result.error().code, QStringLiteral("SlowDown"));
    QVERIFY2(result.error().message.contains(u"S3 could not answer for the bucket “my-bucket”"),
             qPrintable(result.error().message));

    m_server->clearRequests();
    S3ClientSettings settings = m_settings;
    settings.maxAttempts = 1;
    makeClient(settings);
    QVERIFY(!range(QStringLiteral("data/file.csv"), 0, 10).ok());
    QCOMPARE(m_server->requests().size(), 1);
}

void TestS3Client::retriesDroppedConnection()
{
    // Qt sends once more by itself when a connection closes before any answer; the second drop
    // is the read's own retry.
    m_server->enqueue(ScriptedResponse::dropped());
    m_server->enqueue(ScriptedResponse::dropped());
    m_server->enqueue(xml(200, listing({"a.csv"})));
    const auto result = list(QStringLiteral("data/"));
    VERIFY_OK(result);
    QCOMPARE(result->objects.size(), 1);
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_backoffRetries.size(), 1);
}

void TestS3Client::correctsClockSkewOnce()
{
    const qint64 serverAheadMs = 3600 * 1000;
    m_server->setHandler([serverAheadMs](const ReceivedRequest &request) {
        const QDateTime serverNow = QDateTime::currentDateTimeUtc().addMSecs(serverAheadMs);
        const auto signedAt = SigV4::parseAmzDate(request.header("X-Amz-Date"));
        ScriptedResponse response =
            signedAt && std::abs(signedAt->secsTo(serverNow)) <= 300
                ? xml(200, listing({}))
                : s3Error(403, "RequestTimeTooSkewed",
                          "The difference between the request time and the current time is "
                          "too large.");
        return response.withHeader("Date", httpDate(serverNow));
    });
    VERIFY_OK(list(QStringLiteral("data/")));
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(m_backoffRetries.isEmpty());
    QVERIFY(std::abs(m_client->clockSkew().signingOffsetMs() - serverAheadMs) < 5000);

    // Once only: a server that still refuses gets no third try.
    m_server->clearRequests();
    m_server->setHandler([](const ReceivedRequest &) {
        return s3Error(403, "RequestTimeTooSkewed", "too large")
            .withHeader("Date", httpDate(QDateTime::currentDateTimeUtc().addDays(2)));
    });
    const auto result = list(QStringLiteral("data/"));
    QVERIFY(!result.ok());
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY2(result.error().message.contains(u"clock"), qPrintable(result.error().message));
}

void TestS3Client::oversizedAnswerIsAbandoned()
{
    m_server->setFallback(ScriptedResponse::streamed(200, 64 * 1024 * 1024));
    const auto result = list(QStringLiteral("data/"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::InvalidResponse);
    QVERIFY2(result.error().message.contains(u"larger than 4 MiB") ||
                 result.error().message.contains(u"larger than 4.0 MiB"),
             qPrintable(result.error().message));
    QCOMPARE(m_server->requests().size(), 1); // not retried
    QVERIFY(m_server->streamedBytes() < 16 * 1024 * 1024);
}

void TestS3Client::announcedOversizedAnswerIsRefused()
{
    m_server->setFallback(ScriptedResponse::cutOff(200, 5 * 1024 * 1024, "<ListBucketResult>",
                                                   ScriptedResponse::Ending::Stall));
    const auto result = list(QStringLiteral("data/"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::InvalidResponse);
    QCOMPARE(result.error().httpStatus, 200);
}

void TestS3Client::attemptTimeoutIsRetried()
{
    S3ClientSettings settings = m_settings;
    settings.attemptTimeout = 300ms;
    makeClient(settings);
    m_server->enqueue(
        ScriptedResponse::cutOff(200, 1000, "<ListBucket", ScriptedResponse::Ending::Stall));
    m_server->enqueue(xml(200, listing({"a.csv"})));
    const auto result = list(QStringLiteral("data/"));
    VERIFY_OK(result);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestS3Client::overallDeadline()
{
    S3ClientSettings settings = m_settings;
    settings.callDeadline = 700ms;
    makeClient(settings);
    ScriptedResponse slow = xml(200, listing({}));
    slow.delayMs = 5000;
    m_server->setFallback(slow);
    QElapsedTimer timer;
    timer.start();
    const auto result = head(QStringLiteral("data/file.csv"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Timeout);
    QVERIFY2(result.error().message.contains(u"0.7"), qPrintable(result.error().message));
    QVERIFY(timer.elapsed() < 4000);
    QCOMPARE(m_records.size(), 1);
    QVERIFY(!m_records.constFirst().ok);
}

void TestS3Client::cancelAllDropsCallsInFlight()
{
    ScriptedResponse slow = xml(200, listing({}));
    slow.delayMs = 1500;
    m_server->enqueue(slow);
    m_server->setFallback(xml(200, listing({"after.csv"})));
    bool called = false;
    m_client->listObjects(kBucket, QStringLiteral("data/"), {}, 0, this,
                          [&called](const Result<S3ListPage, AwsError> &) { called = true; });
    QTRY_COMPARE(m_server->requests().size(), 1);
    m_client->cancelAll();

    // The next read goes through; the cancelled one never calls back, nor is it logged.
    const auto after = list(QStringLiteral("data/"));
    VERIFY_OK(after);
    QCOMPARE(after->objects.constFirst().key, QStringLiteral("after.csv"));
    QTest::qWait(0);
    QVERIFY(!called);
    QCOMPARE(m_records.size(), 1);

    // Cancelled before it is sent: nothing reaches the server.
    m_server->clearRequests();
    m_client->listObjects(kBucket, QStringLiteral("data/"), {}, 0, this,
                          [&called](const Result<S3ListPage, AwsError> &) { called = true; });
    m_client->cancelAll();
    VERIFY_OK(list(QStringLiteral("x/")));
    QCOMPARE(m_server->requests().size(), 1);
    QVERIFY(!called);
}

void TestS3Client::noCallbackAfterContextIsGone()
{
    ScriptedResponse slow = xml(200, listing({}));
    slow.delayMs = 200;
    m_server->setFallback(slow);
    bool called = false;
    auto *context = new QObject;
    m_client->headObject(kBucket, QStringLiteral("k"), context,
                         [&called](const Result<S3ObjectHead, AwsError> &) { called = true; });
    delete context;
    QTRY_COMPARE(m_records.size(), 1); // the read itself finishes and is logged
    QVERIFY(!called);
}

void TestS3Client::credentialErrorsStopTheRead()
{
    S3ClientSettings settings = m_settings;
    m_client = std::make_unique<S3Client>(
        m_network.get(),
        [](QObject *context, AwsClient::CredentialsCallback callback) {
            QMetaObject::invokeMethod(
                context,
                [callback] {
                    callback(AwsError::make(AwsError::Kind::Credentials,
                                            QStringLiteral("Run aws sso login marker-11c")));
                },
                Qt::QueuedConnection);
        },
        settings);
    const auto result = list(QStringLiteral("data/"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Credentials);
    QVERIFY(result.error().message.contains(u"marker-11c"));
    QVERIFY(m_server->requests().isEmpty());
}

void TestS3Client::requiresRegion()
{
    S3ClientSettings settings = m_settings;
    settings.region.clear();
    makeClient(settings);
    const auto result = list(QStringLiteral("data/"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, AwsError::Kind::Configuration);
    QVERIFY(result.error().message.contains(u"No AWS Region"));

    settings.region = QStringLiteral("us-east-1");
    settings.endpoint = QUrl(QStringLiteral("http://storage.example.com:%1").arg(m_server->port()));
    makeClient(settings);
    const auto refused = list(QStringLiteral("data/"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, AwsError::Kind::Configuration);
    QVERIFY2(refused.error().message.contains(u"HTTPS"), qPrintable(refused.error().message));
    QVERIFY(m_server->requests().isEmpty());
}

void TestS3Client::logsNeverShowSecrets()
{
    QStringList log;
    capturedLog = &log;
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(QStringLiteral("importdesk.*=true\nqt.network.*=true"));

    m_credentials.sessionToken = kToken;
    m_server->enqueue(s3Error(503, "SlowDown", "Please reduce your request rate."));
    m_server->enqueue(xml(200, listing({"a.csv"})));
    const auto result = list(QStringLiteral("data/"));

    QLoggingCategory::setFilterRules(QString());
    qInstallMessageHandler(previous);
    capturedLog = nullptr;

    VERIFY_OK(result);
    const QString all = log.join(u'\n');
    QVERIFY2(all.contains(QStringLiteral("Authorization: AWS4-HMAC-SHA256 Credential=")),
             qPrintable(all));
    QVERIFY(all.contains(QStringLiteral("S3 ListObjectsV2 s3://my-bucket/data/ ok")));
    QVERIFY2(!all.contains(kSecret), "secret access key leaked into the log");
    QVERIFY2(!all.contains(kToken), "session token leaked into the log");
    QVERIFY2(!QRegularExpression(QStringLiteral("Signature=[0-9a-f]{64}")).match(all).hasMatch(),
             "a request signature leaked into the log");
}

void TestS3Client::settingsFor_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("personalizeEndpoint");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<S3AddressingStyle>("style");
    QTest::addColumn<bool>("fips");
    QTest::addColumn<int>("maxAttempts");

    using S = S3AddressingStyle;
    const QByteArray plain = "[profile dev]\nregion = us-west-2\n";
    QTest::newRow("AWS's endpoints, the configuration's region")
        << plain << QStringList() << QString() << "eu-central-1" << QString() << S::Auto << false
        << 3;
    QTest::newRow("AWS_ENDPOINT_URL_S3")
        << plain << texts({"AWS_ENDPOINT_URL_S3=http://localhost:9000"}) << QString()
        << "eu-central-1"
        << "http://localhost:9000" << S::Auto << false << 3;
    QTest::newRow("AWS_ENDPOINT_URL_S3 beats AWS_ENDPOINT_URL")
        << plain
        << texts({"AWS_ENDPOINT_URL=http://127.0.0.1:1111",
                  "AWS_ENDPOINT_URL_S3=http://127.0.0.1:2222"})
        << QString() << "eu-central-1"
        << "http://127.0.0.1:2222" << S::Auto << false << 3;
    QTest::newRow("AWS_ENDPOINT_URL")
        << plain << texts({"AWS_ENDPOINT_URL=http://127.0.0.1:1111"}) << QString() << "eu-central-1"
        << "http://127.0.0.1:1111" << S::Auto << false << 3;
    QTest::newRow("services block")
        << QByteArray("[profile dev]\nservices = local\n[services local]\npersonalize =\n"
                      "  endpoint_url = http://127.0.0.1:5000\ns3 =\n"
                      "  endpoint_url = http://127.0.0.1:4566\n")
        << QStringList() << QString() << "eu-central-1"
        << "http://127.0.0.1:4566" << S::Auto << false << 3;
    QTest::newRow("another service's endpoint is not S3's")
        << QByteArray("[profile dev]\nservices = local\n[services local]\npersonalize =\n"
                      "  endpoint_url = http://127.0.0.1:5000\n")
        << texts({"AWS_ENDPOINT_URL_PERSONALIZE=http://127.0.0.1:5001"}) << "http://127.0.0.1:5002"
        << "eu-central-1" << QString() << S::Auto << false << 3;
    QTest::newRow("addressing_style path")
        << QByteArray("[profile dev]\ns3 =\n  addressing_style = path\n") << QStringList()
        << QString() << "eu-central-1" << QString() << S::Path << false << 3;
    QTest::newRow("addressing_style virtual")
        << QByteArray("[profile dev]\ns3 =\n  addressing_style = virtual\n") << QStringList()
        << QString() << "eu-central-1" << QString() << S::VirtualHost << false << 3;
    QTest::newRow("addressing_style auto")
        << QByteArray("[profile dev]\ns3 =\n  addressing_style = auto\n") << QStringList()
        << QString() << "eu-central-1" << QString() << S::Auto << false << 3;
    QTest::newRow("FIPS and attempts from the profile")
        << QByteArray("[profile dev]\nuse_fips_endpoint = true\nmax_attempts = 5\n")
        << QStringList() << QString() << "us-gov-west-1" << QString() << S::Auto << true << 5;
}

void TestS3Client::settingsFor()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, environment);
    QFETCH(QString, personalizeEndpoint);
    QFETCH(QString, region);
    QFETCH(QString, endpoint);
    QFETCH(S3AddressingStyle, style);
    QFETCH(bool, fips);
    QFETCH(int, maxAttempts);

    QProcessEnvironment env;
    for (const QString &entry : std::as_const(environment))
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    const SharedConfig shared = SharedConfig::fromFiles(
        IniFile::parse(config, QStringLiteral("/home/t/.aws/config")),
        IniFile::parse({}, QStringLiteral("/home/t/.aws/credentials")), QStringLiteral("/home/t"));
    ClientConfiguration configuration;
    configuration.profile = QStringLiteral("dev");
    configuration.region = region;
    if (!personalizeEndpoint.isEmpty())
        configuration.endpointUrl = QUrl(personalizeEndpoint);

    const auto settings = S3Client::settingsFor(configuration, shared, env);
    QVERIFY2(settings.ok(), qPrintable(settings.ok() ? QString() : settings.error().message));
    QCOMPARE(settings->region, region);
    QCOMPARE(settings->endpoint, endpoint.isEmpty() ? QUrl() : QUrl(endpoint));
    QCOMPARE(settings->addressingStyle, style);
    QCOMPARE(settings->useFipsEndpoint, fips);
    QCOMPARE(settings->maxAttempts, maxAttempts);
}

void TestS3Client::settingsForRefuses_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown addressing_style")
        << QByteArray("[profile dev]\ns3 =\n  addressing_style = sideways\n") << QStringList()
        << "must be \"auto\", \"virtual\" or \"path\", not \"sideways\"";
    QTest::newRow("plain http to another computer")
        << QByteArray("[profile dev]\n")
        << texts({"AWS_ENDPOINT_URL_S3=http://storage.example.com"}) << "HTTPS";
    QTest::newRow("missing services section") << QByteArray("[profile dev]\nservices = nowhere\n")
                                              << QStringList() << "services section \"nowhere\"";
}

void TestS3Client::settingsForRefuses()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, environment);
    QFETCH(QString, says);
    QProcessEnvironment env;
    for (const QString &entry : std::as_const(environment))
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    const SharedConfig shared = SharedConfig::fromFiles(
        IniFile::parse(config, QStringLiteral("/home/t/.aws/config")),
        IniFile::parse({}, QStringLiteral("/home/t/.aws/credentials")), QStringLiteral("/home/t"));
    ClientConfiguration configuration;
    configuration.profile = QStringLiteral("dev");
    configuration.region = QStringLiteral("us-east-1");
    const auto settings = S3Client::settingsFor(configuration, shared, env);
    QVERIFY(!settings.ok());
    QCOMPARE(settings.error().kind, AwsError::Kind::Configuration);
    QVERIFY2(settings.error().message.contains(says), qPrintable(settings.error().message));
}

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"
