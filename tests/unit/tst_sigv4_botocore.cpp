#include "aws/awscredentials.h"
#include "aws/sigv4.h"
#include "aws/sigv4signer.h"
#include "common/testpaths.h"
#include "common/testpeers.h"
#include "s3/s3addressing.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

// Differential test: randomized requests signed by SigV4Signer must carry the same
// Authorization header as botocore's SigV4Auth gives for the same input. One python3 process
// signs them all (tests/unit/sigv4_botocore.py). Set IMPORTDESK_SIGV4_SEED to replay a run.
//
// The generator keeps to what botocore and the app agree on by design: no headers botocore
// never signs (User-Agent, Expect, ...), no Date or x-amz-content-sha256 header (both change
// botocore's algorithm), header values in printable ASCII, query strings already in canonical
// form (botocore signs the query of a URL as given, without re-encoding). A quarter of the
// requests are S3 reads as S3Client builds them (keys and queries encoded by S3Addressing,
// x-amz-content-sha256, the path signed as sent), compared with botocore's S3SigV4Auth.
namespace {

constexpr int kRequestCount = 200;

struct Sample
{
    SigV4::Request request; // unsigned
    AwsCredentials credentials;
    SigV4::Params params;
    QByteArray url;
    bool s3 = false;
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_rng(seed)
    {}

    Sample next()
    {
        static const QList<QString> regions = {
            QStringLiteral("us-east-1"), QStringLiteral("eu-west-1"),
            QStringLiteral("ap-northeast-1"), QStringLiteral("cn-north-1"),
            QStringLiteral("us-gov-west-1")};
        static const QList<QString> services = {
            QStringLiteral("personalize"), QStringLiteral("dynamodb"), QStringLiteral("sts"),
            QStringLiteral("execute-api"), QStringLiteral("kinesis")};

        Sample sample;
        sample.params.region = pick(regions);
        if (chance(25))
            return nextS3(sample);
        sample.params.service = pick(services);
        randomizeTimeAndCredentials(sample);

        SigV4::Request &request = sample.request;
        request.method = chance(85) ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
        request.path = chance(70) ? QByteArrayLiteral("/") : randomPath();
        request.query = chance(75) ? QByteArray() : randomQuery();
        if (request.method == "POST" || chance(20))
            request.body = randomJson();

        const QByteArray host =
            (sample.params.service + u'.' + sample.params.region + u".amazonaws.com").toLatin1();
        request.headers.append({randomCase("Host"), host});
        request.headers.append({randomCase("Content-Type"), "application/x-amz-json-1.1"});
        request.headers.append(
            {randomCase("X-Amz-Target"), "AmazonPersonalize." + pick(kOperations)});
        const int extra = int(m_rng.bounded(6));
        for (int i = 0; i < extra; ++i) {
            // Sometimes repeat a header already there: its values are joined in send order.
            const QByteArray name =
                chance(20)
                    ? randomCase(
                          request.headers.at(int(m_rng.bounded(request.headers.size()))).first)
                    : randomCase(pick(kHeaderNames));
            request.headers.append({name, randomValue()});
        }
        shuffle(request.headers);

        sample.url = "https://" + host + request.path +
                     (request.query.isEmpty() ? QByteArray() : '?' + request.query);
        return sample;
    }

private:
    void randomizeTimeAndCredentials(Sample &sample)
    {
        // 2000-01-01 .. 2037-12-31, whole seconds.
        sample.params.time = QDateTime::fromSecsSinceEpoch(
            m_rng.bounded(qint64(946684800), qint64(2145916800)), QTimeZone::utc());
        sample.credentials.accessKeyId =
            QString::fromLatin1((chance(50) ? "AKIA" : "ASIA") + randomFrom(kUpperDigits, 16));
        sample.credentials.secretAccessKey = QString::fromLatin1(randomFrom(kBase64, 40));
        if (chance(50))
            sample.credentials.sessionToken =
                QString::fromLatin1(randomFrom(kBase64, int(m_rng.bounded(40, 300))) + "==");
    }

    // A ListObjectsV2, HeadObject or ranged GetObject as S3Client sends it.
    Sample nextS3(Sample &sample)
    {
        static const QList<QString> buckets = {QStringLiteral("my-bucket"),
                                               QStringLiteral("data.example.com"),
                                               QStringLiteral("Legacy_Bucket")};
        static const QList<QString> pieces = {
            QStringLiteral("data"),   QStringLiteral("part 1.csv"), QStringLiteral("été"),
            QStringLiteral("a+b"),    QStringLiteral("x=y&z;w"),    QStringLiteral("日本"),
            QStringLiteral("~tilde"), QStringLiteral(".."),         QStringLiteral("(1)!*'"),
            QStringLiteral("100%"),   QStringLiteral("a,b:c@d"),    QStringLiteral(""),
            QStringLiteral("[x]#?$"), QStringLiteral("😀")};
        sample.s3 = true;
        sample.params.service = QStringLiteral("s3");
        sample.params.normalizePath = false;
        sample.params.addContentSha256 = true;
        randomizeTimeAndCredentials(sample);

        QString key;
        const int count = int(m_rng.bounded(1, 5));
        for (int i = 0; i < count; ++i)
            key += (i > 0 ? QStringLiteral("/") : QString()) + pick(pieces);
        const int kind = int(m_rng.bounded(3));
        QList<QPair<QString, QString>> query;
        if (kind == 0) {
            query = {{QStringLiteral("list-type"), QStringLiteral("2")},
                     {QStringLiteral("encoding-type"), QStringLiteral("url")},
                     {QStringLiteral("prefix"), key}};
            if (chance(50))
                query.append({QStringLiteral("continuation-token"),
                              QString::fromLatin1(randomFrom(kBase64, 40) + "==")});
            if (chance(50))
                query.append({QStringLiteral("max-keys"), QStringLiteral("1000")});
            key.clear();
        }
        S3ClientSettings settings;
        settings.region = sample.params.region;
        settings.addressingStyle = chance(30) ? S3AddressingStyle::Path : S3AddressingStyle::Auto;
        const auto target =
            S3Addressing::target(settings, sample.params.region, pick(buckets), key, query);
        Q_ASSERT(target.ok());

        SigV4::Request &request = sample.request;
        request.method = kind == 1 ? QByteArrayLiteral("HEAD") : QByteArrayLiteral("GET");
        request.path = target->path;
        request.query = target->query;
        request.headers.append({randomCase("Host"), target->url.host().toLatin1()});
        if (kind == 2) {
            request.headers.append({randomCase("Range"), chance(50)
                                                             ? QByteArrayLiteral("bytes=0-65535")
                                                             : QByteArrayLiteral("bytes=-4096")});
        }
        request.headers.append(
            {QByteArrayLiteral("amz-sdk-invocation-id"), randomFrom(kUpperDigits, 36)});
        request.headers.append(
            {QByteArrayLiteral("amz-sdk-request"), QByteArrayLiteral("attempt=1; max=3")});
        shuffle(request.headers);
        sample.url = target->url.toEncoded();
        return sample;
    }

    static constexpr const char *kUpperDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static constexpr const char *kBase64 =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    static constexpr const char *kUnreserved =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    inline static const QList<QByteArray> kOperations = {
        "CreateDatasetImportJob", "DescribeDatasetImportJob", "ListDatasetImportJobs",
        "ListDatasets", "ListDatasetGroups"};
    inline static const QList<QByteArray> kHeaderNames = {
        "X-Custom-Header", "x-amz-meta-note", "amz-sdk-invocation-id", "amz-sdk-request",
        "Accept",          "Accept-Encoding", "Content-Encoding",      "X-Api-Version",
        "My-Header1",      "Cache-Control",   "X-Amz-Target",          "x-amz-client-context"};

    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(int(m_rng.bounded(list.size())));
    }

    template<typename T>
    void shuffle(QList<T> &list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, qsizetype(m_rng.bounded(i + 1)));
    }

    QByteArray randomFrom(const char *alphabet, int length)
    {
        const auto size = int(qstrlen(alphabet));
        QByteArray out;
        for (int i = 0; i < length; ++i)
            out += alphabet[m_rng.bounded(size)];
        return out;
    }

    QByteArray randomCase(const QByteArray &name)
    {
        QByteArray out = name;
        for (char &c : out) {
            if (chance(50))
                c = QChar::fromLatin1(c).isUpper() ? char(QChar::fromLatin1(c).toLower().unicode())
                                                   : char(QChar::fromLatin1(c).toUpper().unicode());
        }
        return out;
    }

    QByteArray spaces()
    {
        static const QList<QByteArray> runs = {"", "", " ", "  ", "\t", " \t  "};
        return pick(runs);
    }

    // Printable ASCII words with random runs of spaces and tabs around and between them.
    QByteArray randomValue()
    {
        QByteArray out = spaces();
        const int words = int(m_rng.bounded(4));
        for (int i = 0; i < words; ++i) {
            if (i > 0)
                out += chance(50) ? QByteArray(" ") : spaces() + ' ';
            const int length = int(m_rng.bounded(1, 12));
            for (int j = 0; j < length; ++j)
                out += char(m_rng.bounded(0x21, 0x7f));
        }
        return out + spaces();
    }

    QByteArray randomPath()
    {
        static const QList<QByteArray> segments = {
            "datasets",  "a", "b-c", "x_y.z", "~user", "%20", "data%2Fset",
            "%E6%97%A5", ".", "..",  "",      "v1",    "A~B"};
        QByteArray path;
        const int count = int(m_rng.bounded(1, 6));
        for (int i = 0; i < count; ++i)
            path += '/' + pick(segments);
        if (chance(30))
            path += '/';
        return path;
    }

    // Canonical already: unreserved characters and upper-case escapes of everything else.
    QByteArray randomQueryPart()
    {
        static const QList<QByteArray> escapes = {"%20", "%2F", "%3D", "%26", "%C3%A9", "%2B"};
        QByteArray out;
        const int length = int(m_rng.bounded(0, 6));
        for (int i = 0; i < length; ++i)
            out += chance(20) ? pick(escapes) : randomFrom(kUnreserved, 1);
        return out;
    }

    QByteArray randomQuery()
    {
        static const QList<QByteArray> names = {"Action", "marker", "max-items", "a", "a_b", "x~y"};
        QByteArray query;
        const int count = int(m_rng.bounded(1, 5));
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                query += '&';
            query += (chance(80) ? pick(names) : randomQueryPart() + 'k') + '=' + randomQueryPart();
        }
        return query;
    }

    QString randomText()
    {
        static const QList<QString> pieces = {QStringLiteral("é"),
                                              QStringLiteral("日本"),
                                              QStringLiteral("😀"),
                                              QStringLiteral("naïve café"),
                                              QStringLiteral("s3://bucket/key.csv"),
                                              QStringLiteral("\"quoted\""),
                                              QStringLiteral("tab\there"),
                                              QStringLiteral("ß∂ƒ"),
                                              QStringLiteral("plain"),
                                              QStringLiteral(" ")};
        QString out;
        const int count = int(m_rng.bounded(1, 5));
        for (int i = 0; i < count; ++i)
            out += pick(pieces);
        return out;
    }

    QJsonValue randomJsonValue(int depth)
    {
        switch (m_rng.bounded(depth > 1 ? 4 : 6)) {
        case 0:
            return randomText();
        case 1:
            return double(m_rng.bounded(1000000)) / 7.0;
        case 2:
            return bool(m_rng.bounded(2));
        case 3:
            return QJsonValue(QJsonValue::Null);
        case 4: {
            QJsonArray array;
            const int count = int(m_rng.bounded(4));
            for (int i = 0; i < count; ++i)
                array.append(randomJsonValue(depth + 1));
            return array;
        }
        default:
            return randomJsonObject(depth + 1);
        }
    }

    QJsonObject randomJsonObject(int depth)
    {
        QJsonObject object;
        const int count = int(m_rng.bounded(depth == 0 ? 1 : 0, 5));
        for (int i = 0; i < count; ++i)
            object.insert(randomText(), randomJsonValue(depth));
        return object;
    }

    QByteArray randomJson()
    {
        return QJsonDocument(randomJsonObject(0)).toJson(QJsonDocument::Compact);
    }

    QRandomGenerator m_rng;
};

QString pythonWithBotocore()
{
    // /usr/bin first: a pyenv shim without botocore may come first on PATH.
    QString python =
        QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    return python;
}

QJsonObject toJson(const Sample &sample)
{
    QJsonArray headers;
    for (const auto &[name, value] : sample.request.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return {
        {QStringLiteral("method"), QString::fromLatin1(sample.request.method)},
        {QStringLiteral("url"), QString::fromLatin1(sample.url)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body_base64"), QString::fromLatin1(sample.request.body.toBase64())},
        {QStringLiteral("access_key"), sample.credentials.accessKeyId},
        {QStringLiteral("secret_key"), sample.credentials.secretAccessKey},
        {QStringLiteral("token"), sample.credentials.sessionToken},
        {QStringLiteral("region"), sample.params.region},
        {QStringLiteral("service"), sample.params.service},
        {QStringLiteral("timestamp"), QString::fromLatin1(SigV4::amzDate(sample.params.time))},
        {QStringLiteral("s3"), sample.s3},
    };
}

// For failure messages: the canonical request with the session token masked.
QString masked(QByteArray text, const AwsCredentials &credentials)
{
    if (!credentials.sessionToken.isEmpty())
        text.replace(credentials.sessionToken.toLatin1(), "<session token>");
    return QString::fromUtf8(text);
}

} // namespace

class TestSigV4Botocore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesBotocore();
};

void TestSigV4Botocore::matchesBotocore()
{
    const QString python = pythonWithBotocore();
    if (python.isEmpty())
        IMPORTDESK_PEER_MISSING(
            "python3 is not installed; the botocore comparison needs python3 with botocore");
    const QString script = TestPaths::sourceDir() + QStringLiteral("/tests/unit/sigv4_botocore.py");
    QVERIFY2(QFileInfo::exists(script), qPrintable(script));

    bool seedGiven = false;
    quint32 seed = qEnvironmentVariable("IMPORTDESK_SIGV4_SEED").toUInt(&seedGiven);
    if (!seedGiven)
        seed = QRandomGenerator::global()->generate();
    qInfo("seed %u (replay with IMPORTDESK_SIGV4_SEED=%u)", seed, seed);

    Generator generator(seed);
    SigV4Signer signer; // one signer for all: the key cache is exercised too
    QList<Sample> samples;
    QList<QByteArray> ours;
    QList<QByteArray> ourCanonical;
    QJsonArray input;
    for (int i = 0; i < kRequestCount; ++i) {
        const Sample sample = generator.next();
        SigV4::Request request = sample.request;
        signer.sign(request, sample.credentials, sample.params);
        ours.append(request.header("authorization"));
        const auto parsed = SigV4::parseAuthorization(ours.last());
        QVERIFY(parsed);
        ourCanonical.append(
            SigV4::canonicalRequest(request, parsed->signedHeaders, sample.params.normalizePath));
        QString why;
        QVERIFY2(SigV4::verify(request, sample.credentials.secretAccessKey.toUtf8(), &why),
                 qPrintable(why));
        samples.append(sample);
        input.append(toJson(sample));
    }

    QProcess process;
    process.start(python, {script});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    QVERIFY2(process.waitForFinished(120000), "botocore signing did not finish in 2 minutes");
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 3) {
        IMPORTDESK_PEER_MISSING(
            QStringLiteral("%1 has no botocore: %2")
                .arg(python, QString::fromUtf8(process.readAllStandardError())));
    }
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromUtf8(process.readAllStandardError())));

    QHash<int, QJsonObject> theirs;
    QString version;
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.contains(u"done"))
            version = object.value(u"botocore").toString();
        else
            theirs.insert(object.value(u"index").toInt(-1), object);
    }
    QCOMPARE(theirs.size(), kRequestCount);
    qInfo("compared with botocore %s", qPrintable(version));

    int mismatches = 0;
    QString report;
    for (int i = 0; i < kRequestCount; ++i) {
        const QJsonObject answer = theirs.value(i);
        const QByteArray expected = answer.value(u"authorization").toString().toUtf8();
        if (expected == ours.at(i))
            continue;
        if (++mismatches > 3)
            continue;
        report += QStringLiteral("\n#%1\n ours:     %2\n botocore: %3\n our canonical request:\n%4"
                                 "\n botocore canonical request:\n%5\n")
                      .arg(i)
                      .arg(QString::fromLatin1(ours.at(i)), QString::fromUtf8(expected),
                           masked(ourCanonical.at(i), samples.at(i).credentials),
                           masked(answer.value(u"canonical_request").toString().toUtf8(),
                                  samples.at(i).credentials));
    }
    QVERIFY2(mismatches == 0, qPrintable(QStringLiteral("%1 of %2 signatures differ (seed %3)%4")
                                             .arg(mismatches)
                                             .arg(kRequestCount)
                                             .arg(seed)
                                             .arg(report)));
    QVERIFY(signer.keyDerivations() <= kRequestCount);
}

QTEST_GUILESS_MAIN(TestSigV4Botocore)
#include "tst_sigv4_botocore.moc"
