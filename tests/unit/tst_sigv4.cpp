#include "aws/awscredentials.h"
#include "aws/sigv4.h"
#include "aws/sigv4signer.h"
#include "common/testpaths.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

// The AWS SigV4 test vectors, both suites under tests/data/sigv4-testsuite, discovered at run
// time, plus verify() and the signing-key cache. The number of case folders is checked, so a
// folder lost in a refresh fails instead of shrinking the suite.
//
// What each suite row checks, and what is left out:
//
// clang-format off
// | rows                      | compared                               | left out (why)
// |---------------------------|----------------------------------------|--------------------------
// | botocore/<dir of NAME.req>| .creq .sts .authz, .sreq (headers,     | -
// |                           | body, path, query)                     |
// | botocore/get-vanilla-with-| as above                               | XFAIL on the .sreq's
// |   session-token           |                                        | Authorization line: it is
// |                           |                                        | get-vanilla's (data slip
// |                           |                                        | upstream; .authz agrees)
// | aws-c-auth/<NAME>         | header-canonical-request, header-      | -
// |   (vector)                | string-to-sign, header-signature,      |
// |                           | header-signed-request                  |
// | aws-c-auth/<NAME>         | query-canonical-request, query-string- | query-signed-request.txt
// |   (presigned)             | to-sign, query-signature (pure         | (the app never presigns,
// |                           | functions; the signer has no presign)  | so nothing emits it)
// clang-format on
//
// The botocore suite has no context file: credentials, region, service are the suite's fixed
// inputs (tests/data/README.md); the session token is read from the case's .sreq, and the token
// counts as "added after signing" (post-sts-header-after) when the .authz does not list
// x-amz-security-token. A case folder that lacks its input or expected files fails; nothing is
// skipped.
namespace {

const QString kAccessKeyId = QStringLiteral("AKIDEXAMPLE");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString kRegion = QStringLiteral("us-east-1");
const QString kService = QStringLiteral("service");
const QByteArray kDefaultAmzDate = QByteArrayLiteral("20150830T123600Z");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Parses a raw HTTP/1.1 request as the suites write it: the target may contain spaces, header
// lines that start with white space continue the previous value, a blank line starts the body.
std::optional<SigV4::Request> parseRawRequest(const QByteArray &raw)
{
    const qsizetype blank = raw.indexOf("\n\n");
    const QByteArray head = blank < 0 ? raw : raw.left(blank);
    SigV4::Request request;
    request.body = blank < 0 ? QByteArray() : raw.mid(blank + 2);

    QList<QByteArray> lines = head.split('\n');
    if (lines.isEmpty())
        return std::nullopt;
    const QByteArray requestLine = lines.takeFirst();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace)
        return std::nullopt;
    request.method = requestLine.left(firstSpace);
    const QByteArray target = requestLine.mid(firstSpace + 1, lastSpace - firstSpace - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);

    for (QByteArray line : std::as_const(lines)) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (request.headers.isEmpty())
                return std::nullopt;
            // obs-fold: the continuation belongs to the previous value, joined by white space.
            request.headers.last().second += ' ' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return std::nullopt;
        request.headers.append({line.left(colon), line.mid(colon + 1)});
    }
    return request;
}

// Headers compared by lower-case name and trimmed value; a stable sort keeps the order of
// repeated headers, which is significant.
QList<QPair<QByteArray, QByteArray>> comparableHeaders(const SigV4::Request &request,
                                                       bool withAuthorization)
{
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (!withAuthorization && lower == "authorization")
            continue;
        headers.append({lower, value.simplified()});
    }
    std::stable_sort(headers.begin(), headers.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return headers;
}

struct VectorCase
{
    SigV4::Request request; // unsigned input
    AwsCredentials credentials;
    SigV4::Params params;
    bool omitSessionToken = false; // the token goes on the request after signing
    int expiresSeconds = 3600;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray authorization;  // full header value, when the suite gives it
    QByteArray signatureHex;   // always
    QByteArray signedRequest;  // may be empty
    QByteArray queryCanonical; // presigned variant (aws-c-auth only)
    QByteArray queryStringToSign;
    QByteArray querySignature;
};

// Case folders in the copies under tests/data; a refresh that adds or drops cases updates them.
constexpr int kBotocoreCaseCount = 34;
constexpr int kAwsCrtCaseCount = 38;

QString botocoreDir()
{
    return TestPaths::data(QStringLiteral("sigv4-testsuite/botocore-aws4_testsuite"));
}

QString awsCrtDir()
{
    return TestPaths::data(QStringLiteral("sigv4-testsuite/aws-c-auth-v4"));
}

// The .req file of each botocore case (a case is a folder, some are grouped in a parent folder).
QStringList botocoreCases()
{
    QStringList cases;
    QDirIterator it(botocoreDir(), {QStringLiteral("*.req")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        cases.append(it.next());
    return cases;
}

// Every folder of the aws-c-auth suite is one case.
QStringList awsCrtCases()
{
    QStringList cases;
    QDirIterator it(awsCrtDir(), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext())
        cases.append(it.next());
    return cases;
}

// Error text on failure, else empty.
QString loadBotocoreCase(const QString &reqPath, VectorCase *out)
{
    const QFileInfo info(reqPath);
    const QString base = info.absolutePath() + u'/' + info.completeBaseName();
    const auto request = parseRawRequest(readFile(reqPath));
    if (!request)
        return QStringLiteral("cannot parse ") + reqPath;
    out->request = *request;
    out->canonicalRequest = readFile(base + QStringLiteral(".creq"));
    out->stringToSign = readFile(base + QStringLiteral(".sts"));
    out->authorization = readFile(base + QStringLiteral(".authz"));
    out->signedRequest = readFile(base + QStringLiteral(".sreq"));
    if (out->canonicalRequest.isEmpty() || out->stringToSign.isEmpty() ||
        out->authorization.isEmpty()) {
        return QStringLiteral("missing .creq/.sts/.authz beside ") + reqPath;
    }
    const auto authz = SigV4::parseAuthorization(out->authorization);
    if (!authz)
        return QStringLiteral("unparsable .authz beside ") + reqPath;
    out->signatureHex = authz->signature;

    out->credentials.accessKeyId = kAccessKeyId;
    out->credentials.secretAccessKey = kSecret;
    if (const auto signedRequest = parseRawRequest(out->signedRequest))
        out->credentials.sessionToken =
            QString::fromUtf8(signedRequest->header("x-amz-security-token").trimmed());
    out->omitSessionToken = !out->credentials.sessionToken.isEmpty() &&
                            !authz->signedHeaders.contains("x-amz-security-token");

    QByteArray amzDate = out->request.header("x-amz-date").trimmed();
    if (amzDate.isEmpty())
        amzDate = kDefaultAmzDate;
    const auto time = SigV4::parseAmzDate(amzDate);
    if (!time)
        return QStringLiteral("bad X-Amz-Date in ") + reqPath;
    out->params.time = *time;
    out->params.region = kRegion;
    out->params.service = kService;
    out->params.normalizePath = true; // the classic suite is for non-S3 services
    return {};
}

QString loadAwsCrtCase(const QString &dir, VectorCase *out)
{
    const auto file = [&dir](const char *name) {
        return readFile(dir + u'/' + QString::fromLatin1(name));
    };
    const auto request = parseRawRequest(file("request.txt"));
    if (!request)
        return QStringLiteral("cannot parse request.txt in ") + dir;
    out->request = *request;

    QJsonParseError error;
    const QJsonObject context = QJsonDocument::fromJson(file("context.json"), &error).object();
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("bad context.json in ") + dir;
    const QJsonObject credentials = context.value(u"credentials").toObject();
    out->credentials.accessKeyId = credentials.value(u"access_key_id").toString();
    out->credentials.secretAccessKey = credentials.value(u"secret_access_key").toString();
    out->credentials.sessionToken = credentials.value(u"token").toString();
    out->omitSessionToken = context.value(u"omit_session_token").toBool(false);
    out->expiresSeconds = context.value(u"expiration_in_seconds").toInt(3600);
    out->params.region = context.value(u"region").toString();
    out->params.service = context.value(u"service").toString();
    out->params.time =
        QDateTime::fromString(context.value(u"timestamp").toString(), Qt::ISODate).toUTC();
    out->params.normalizePath = context.value(u"normalize").toBool(true);
    out->params.addContentSha256 = context.value(u"sign_body").toBool(false);
    if (!out->params.time.isValid())
        return QStringLiteral("bad timestamp in ") + dir;

    out->canonicalRequest = file("header-canonical-request.txt");
    out->stringToSign = file("header-string-to-sign.txt");
    out->signatureHex = file("header-signature.txt").trimmed();
    out->signedRequest = file("header-signed-request.txt");
    out->queryCanonical = file("query-canonical-request.txt");
    out->queryStringToSign = file("query-string-to-sign.txt");
    out->querySignature = file("query-signature.txt").trimmed();
    if (out->canonicalRequest.isEmpty() || out->stringToSign.isEmpty() ||
        out->signatureHex.isEmpty()) {
        return QStringLiteral("missing header-*.txt in ") + dir;
    }
    return {};
}

// Rows "botocore/<relative dir>" and "aws-c-auth/<name>", with the path of the case.
void addVectorRows(bool awsCrtOnly)
{
    QTest::addColumn<QString>("suite");
    QTest::addColumn<QString>("path");
    QStringList rows;
    if (!awsCrtOnly) {
        for (const QString &path : botocoreCases())
            rows.append(QStringLiteral("botocore|") + path);
    }
    for (const QString &path : awsCrtCases())
        rows.append(QStringLiteral("aws-c-auth|") + path);
    rows.sort();
    for (const QString &row : std::as_const(rows)) {
        const QString suite = row.section(u'|', 0, 0);
        const QString path = row.section(u'|', 1);
        const QString name =
            suite == u"botocore"
                ? QDir(botocoreDir()).relativeFilePath(QFileInfo(path).absolutePath())
                : QFileInfo(path).fileName();
        QTest::newRow(qPrintable(suite + u'/' + name)) << suite << path;
    }
}

QString loadCase(const QString &suite, const QString &path, VectorCase *out)
{
    return suite == u"botocore" ? loadBotocoreCase(path, out) : loadAwsCrtCase(path, out);
}

SigV4::Request personalizeRequest()
{
    SigV4::Request request;
    request.method = "POST";
    request.path = "/";
    request.headers = {
        {"Host", "personalize.eu-west-1.amazonaws.com"},
        {"Content-Type", "application/x-amz-json-1.1"},
        {"X-Amz-Target", "AmazonPersonalize.ListDatasetImportJobs"},
    };
    request.body = R"({"datasetArn":"arn:aws:personalize:eu-west-1:123456789012:dataset/x"})";
    return request;
}

AwsCredentials testCredentials(const QString &token = {})
{
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    credentials.secretAccessKey = QStringLiteral("je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY");
    credentials.sessionToken = token;
    return credentials;
}

SigV4::Params personalizeParams(const QDateTime &time)
{
    SigV4::Params params;
    params.region = QStringLiteral("eu-west-1");
    params.service = QStringLiteral("personalize");
    params.time = time;
    return params;
}

} // namespace

class TestSigV4 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vector_data();
    void vector();
    void presigned_data();
    void presigned();
    void amzDate();
    void credentialScope();
    void setHeader();
    void parseAuthorization_data();
    void parseAuthorization();
    void verify_data();
    void verify();
    void signerReplacesEarlierSignature();
    void keyCache();
    void keyCacheNeverMixesInputs();
    void signerMatchesGeneralCanonicalRequest();
    void s3PathIsSignedAsGiven_data();
    void s3PathIsSignedAsGiven();
};

void TestSigV4::initTestCase()
{
    QVERIFY2(QFileInfo(botocoreDir()).isDir(), qPrintable(botocoreDir()));
    QVERIFY2(QFileInfo(awsCrtDir()).isDir(), qPrintable(awsCrtDir()));
    QCOMPARE(botocoreCases().size(), kBotocoreCaseCount);
    QCOMPARE(awsCrtCases().size(), kAwsCrtCaseCount);
}

void TestSigV4::vector_data()
{
    addVectorRows(false);
}

void TestSigV4::vector()
{
    QFETCH(QString, suite);
    QFETCH(QString, path);
    VectorCase vc;
    const QString problem = loadCase(suite, path, &vc);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    AwsCredentials credentials = vc.credentials;
    if (vc.omitSessionToken)
        credentials.sessionToken.clear();
    SigV4::Request request = vc.request;
    SigV4Signer signer;
    signer.sign(request, credentials, vc.params);

    const auto authz = SigV4::parseAuthorization(request.header("authorization"));
    QVERIFY(authz);
    QCOMPARE(authz->signedHeaders, SigV4::defaultSignedHeaders(request));
    const QByteArray canonical =
        SigV4::canonicalRequest(request, authz->signedHeaders, vc.params.normalizePath);
    QCOMPARE(canonical, vc.canonicalRequest);
    const QString scope =
        SigV4::credentialScope(vc.params.time.date(), vc.params.region, vc.params.service);
    QCOMPARE(SigV4::stringToSign(canonical, vc.params.time, scope), vc.stringToSign);
    QCOMPARE(authz->signature, vc.signatureHex);
    if (!vc.authorization.isEmpty())
        QCOMPARE(request.header("authorization"), vc.authorization);

    if (vc.omitSessionToken)
        request.setHeader("X-Amz-Security-Token", vc.credentials.sessionToken.toUtf8());

    // verify() is the service side: it always normalises, as non-S3 services do.
    if (vc.params.normalizePath) {
        QString why;
        QVERIFY2(SigV4::verify(request, vc.credentials.secretAccessKey.toUtf8(), &why),
                 qPrintable(why));
    }

    if (vc.signedRequest.isEmpty())
        return;
    const auto expected = parseRawRequest(vc.signedRequest);
    QVERIFY(expected);
    QCOMPARE(request.method, expected->method);
    QCOMPARE(request.path, expected->path);
    QCOMPARE(request.query, expected->query);
    QCOMPARE(request.body, expected->body);
    QCOMPARE(comparableHeaders(request, false), comparableHeaders(*expected, false));
    QEXPECT_FAIL("botocore/get-vanilla-with-session-token",
                 "the suite's .sreq carries get-vanilla's signature; its .authz agrees with us",
                 Continue);
    QCOMPARE(request.header("authorization").trimmed(),
             expected->header("authorization").trimmed());
}

void TestSigV4::presigned_data()
{
    addVectorRows(true);
}

// Query-string signing is not part of the signer (the app never presigns URLs), but these
// variants exercise the canonical query string with encoded credentials and tokens.
void TestSigV4::presigned()
{
    QFETCH(QString, suite);
    QFETCH(QString, path);
    VectorCase vc;
    const QString problem = loadCase(suite, path, &vc);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY2(!vc.queryCanonical.isEmpty() && !vc.queryStringToSign.isEmpty() &&
                 !vc.querySignature.isEmpty(),
             qPrintable(QStringLiteral("missing query-*.txt in ") + path));

    SigV4::Request request = vc.request;
    const QList<QByteArray> signedHeaders = SigV4::defaultSignedHeaders(request);
    const QDate date = vc.params.time.date();
    const QString scope = SigV4::credentialScope(date, vc.params.region, vc.params.service);
    QList<QPair<QByteArray, QByteArray>> added = {
        {"X-Amz-Algorithm", "AWS4-HMAC-SHA256"},
        {"X-Amz-Credential", (vc.credentials.accessKeyId + u'/' + scope).toUtf8()},
        {"X-Amz-Date", SigV4::amzDate(vc.params.time)},
        {"X-Amz-SignedHeaders", signedHeaders.join(';')},
        {"X-Amz-Expires", QByteArray::number(vc.expiresSeconds)},
    };
    if (!vc.credentials.sessionToken.isEmpty() && !vc.omitSessionToken)
        added.append(
            qMakePair(QByteArray("X-Amz-Security-Token"), vc.credentials.sessionToken.toUtf8()));
    for (const auto &[name, value] : std::as_const(added)) {
        if (!request.query.isEmpty())
            request.query += '&';
        request.query += name + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }

    const QByteArray canonical =
        SigV4::canonicalRequest(request, signedHeaders, vc.params.normalizePath);
    QCOMPARE(canonical, vc.queryCanonical);
    const QByteArray toSign = SigV4::stringToSign(canonical, vc.params.time, scope);
    QCOMPARE(toSign, vc.queryStringToSign);
    const QByteArray key = SigV4::signingKey(vc.credentials.secretAccessKey.toUtf8(), date,
                                             vc.params.region, vc.params.service);
    QCOMPARE(SigV4::signature(key, toSign), vc.querySignature);
}

void TestSigV4::amzDate()
{
    const QDateTime utc(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc());
    QCOMPARE(SigV4::amzDate(utc), QByteArrayLiteral("20150830T123600Z"));
    // Local offsets are converted: 14:36 at UTC+2 is 12:36 UTC.
    const QDateTime offset(QDate(2015, 8, 30), QTime(14, 36), QTimeZone(2 * 3600));
    QCOMPARE(SigV4::amzDate(offset), QByteArrayLiteral("20150830T123600Z"));
    QCOMPARE(SigV4::parseAmzDate("20150830T123600Z"), std::optional<QDateTime>(utc));
    QVERIFY(!SigV4::parseAmzDate("2015-08-30T12:36:00Z"));
    QVERIFY(!SigV4::parseAmzDate("20151330T123600Z"));
    QVERIFY(!SigV4::parseAmzDate(""));
}

void TestSigV4::credentialScope()
{
    QCOMPARE(SigV4::credentialScope(QDate(2015, 8, 30), QStringLiteral("us-east-1"),
                                    QStringLiteral("personalize")),
             QStringLiteral("20150830/us-east-1/personalize/aws4_request"));
}

void TestSigV4::setHeader()
{
    SigV4::Request request;
    request.headers = {{"Host", "a"}, {"X-Thing", "1"}, {"x-thing", "2"}, {"Other", "o"}};
    QCOMPARE(request.header("X-THING"), QByteArrayLiteral("1"));
    request.setHeader("X-Thing", "3");
    const QList<QPair<QByteArray, QByteArray>> replaced = {
        {"Host", "a"}, {"X-Thing", "3"}, {"Other", "o"}};
    QCOMPARE(request.headers, replaced);
    request.setHeader("New", "n");
    QCOMPARE(request.headers.last(), (QPair<QByteArray, QByteArray>("New", "n")));
    request.removeHeader("HOST");
    QVERIFY(!request.hasHeader("host"));
    QCOMPARE(request.header("missing"), QByteArray());
}

void TestSigV4::parseAuthorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QByteArray>("signedHeaders");

    const QByteArray sig = "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
    QTest::newRow("classic") << "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/"
                                "service/aws4_request, SignedHeaders=host;x-amz-date, Signature=" +
                                    sig
                             << true << "AKIDEXAMPLE" << QByteArray("host;x-amz-date");
    QTest::newRow("no spaces, upper-case names")
        << "AWS4-HMAC-SHA256 Credential=AKID/20150830/eu-west-1/personalize/aws4_request,"
           "SignedHeaders=Host;X-Amz-Date,Signature=" +
               sig
        << true << "AKID" << QByteArray("host;x-amz-date");
    QTest::newRow("other algorithm")
        << "AWS4-HMAC-SHA512 Credential=AKID/20150830/r/s/aws4_request, SignedHeaders=host, "
           "Signature=" +
               sig
        << false << "" << QByteArray();
    QTest::newRow("missing signature")
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKID/20150830/r/s/aws4_request, "
                      "SignedHeaders=host")
        << false << "" << QByteArray();
    QTest::newRow("signature not hex")
        << QByteArray("AWS4-HMAC-SHA256 Credential=AKID/20150830/r/s/aws4_request, "
                      "SignedHeaders=host, Signature=xyz")
        << false << "" << QByteArray();
    QTest::newRow("short scope") << "AWS4-HMAC-SHA256 Credential=AKID/20150830/r/aws4_request, "
                                    "SignedHeaders=host, Signature=" +
                                        sig
                                 << false << "" << QByteArray();
    QTest::newRow("bad terminator") << "AWS4-HMAC-SHA256 Credential=AKID/20150830/r/s/aws5, "
                                       "SignedHeaders=host, Signature=" +
                                           sig
                                    << false << "" << QByteArray();
    QTest::newRow("bad date") << "AWS4-HMAC-SHA256 Credential=AKID/20151330/r/s/aws4_request, "
                                 "SignedHeaders=host, Signature=" +
                                     sig
                              << false << "" << QByteArray();
    QTest::newRow("unknown field") << "AWS4-HMAC-SHA256 Credential=AKID/20150830/r/s/aws4_request, "
                                      "SignedHeaders=host, Signature=" +
                                          sig + ", Extra=1"
                                   << false << "" << QByteArray();
    QTest::newRow("empty") << QByteArray() << false << "" << QByteArray();
}

void TestSigV4::parseAuthorization()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(QString, accessKeyId);
    QFETCH(QByteArray, signedHeaders);
    const auto parsed = SigV4::parseAuthorization(header);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->accessKeyId, accessKeyId);
    QCOMPARE(parsed->date, QDate(2015, 8, 30));
    QCOMPARE(parsed->signedHeaders.join(';'), signedHeaders);
    QCOMPARE(parsed->signature.size(), 64);
}

void TestSigV4::verify_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<bool>("valid");
    QTest::newRow("untouched") << "" << false << true;
    QTest::newRow("untouched, session token") << "" << true << true;
    QTest::newRow("header order and case changed") << "reorder" << true << true;
    QTest::newRow("unsigned header added") << "add-unsigned" << false << true;
    QTest::newRow("tampered body") << "body" << false << false;
    QTest::newRow("wrong secret") << "secret" << false << false;
    QTest::newRow("signed header missing") << "drop-target" << false << false;
    QTest::newRow("session token missing") << "drop-token" << true << false;
    QTest::newRow("signed header value changed") << "target" << false << false;
    QTest::newRow("X-Amz-Date changed") << "date" << false << false;
    QTest::newRow("X-Amz-Date missing") << "drop-date" << false << false;
    QTest::newRow("Authorization missing") << "drop-authorization" << false << false;
    QTest::newRow("path changed") << "path" << false << false;
    QTest::newRow("query added") << "query" << false << false;
    QTest::newRow("region in scope changed") << "scope-region" << false << false;
    QTest::newRow("host not signed") << "unsigned-host" << false << false;
}

void TestSigV4::verify()
{
    QFETCH(QString, mutation);
    QFETCH(bool, withToken);
    QFETCH(bool, valid);

    const QString token = withToken ? QStringLiteral("FwoGZXIvYXdzEXAMPLEsessiontoken") : QString();
    const AwsCredentials credentials = testCredentials(token);
    SigV4::Request request = personalizeRequest();
    SigV4Signer signer;
    signer.sign(
        request, credentials,
        personalizeParams(QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), QTimeZone::utc())));
    QByteArray secret = credentials.secretAccessKey.toUtf8();

    const QByteArray authorization = request.header("authorization");
    if (mutation == u"reorder") {
        std::reverse(request.headers.begin(), request.headers.end());
        for (auto &header : request.headers)
            header.first = header.first.toUpper();
    } else if (mutation == u"add-unsigned") {
        request.headers.append(qMakePair(QByteArray("User-Agent"), QByteArray("importdesk/0.1.0")));
    } else if (mutation == u"body") {
        request.body.replace("dataset/x", "dataset/y");
    } else if (mutation == u"secret") {
        secret.back() = 'Z';
    } else if (mutation == u"drop-target") {
        request.removeHeader("x-amz-target");
    } else if (mutation == u"drop-token") {
        request.removeHeader("x-amz-security-token");
    } else if (mutation == u"target") {
        request.setHeader("X-Amz-Target", "AmazonPersonalize.DeleteDataset");
    } else if (mutation == u"date") {
        request.setHeader("X-Amz-Date", "20240229T235958Z");
    } else if (mutation == u"drop-date") {
        request.removeHeader("x-amz-date");
    } else if (mutation == u"drop-authorization") {
        request.removeHeader("authorization");
    } else if (mutation == u"path") {
        request.path = "/other";
    } else if (mutation == u"query") {
        request.query = "a=b";
    } else if (mutation == u"scope-region") {
        request.setHeader("Authorization",
                          QByteArray(authorization).replace("/eu-west-1/", "/us-east-1/"));
    } else if (mutation == u"unsigned-host") {
        request.setHeader("Authorization", QByteArray(authorization)
                                               .replace("SignedHeaders=content-type;host;",
                                                        "SignedHeaders=content-type;"));
        QVERIFY(request.header("authorization") != authorization);
    }

    QString why;
    QCOMPARE(SigV4::verify(request, secret, &why), valid);
    if (valid) {
        QVERIFY(why.isEmpty());
    } else {
        QVERIFY(!why.isEmpty());
        QVERIFY(!why.contains(credentials.secretAccessKey));
        QVERIFY(token.isEmpty() || !why.contains(token));
    }
}

void TestSigV4::signerReplacesEarlierSignature()
{
    // A retry signs the same request again, possibly with refreshed credentials.
    SigV4::Request request = personalizeRequest();
    SigV4Signer signer;
    const QDateTime first(QDate(2024, 5, 1), QTime(8, 0), QTimeZone::utc());
    signer.sign(request, testCredentials(QStringLiteral("old-session-token-value")),
                personalizeParams(first));
    signer.sign(request, testCredentials(), personalizeParams(first.addSecs(30)));

    QCOMPARE(request.header("x-amz-date"), QByteArrayLiteral("20240501T080030Z"));
    QVERIFY(!request.hasHeader("x-amz-security-token"));
    int authorizations = 0;
    for (const auto &header : std::as_const(request.headers))
        authorizations += header.first.compare("authorization", Qt::CaseInsensitive) == 0;
    QCOMPARE(authorizations, 1);
    const auto parsed = SigV4::parseAuthorization(request.header("authorization"));
    QVERIFY(parsed);
    const QList<QByteArray> signedHeaders = {"content-type", "host", "x-amz-date", "x-amz-target"};
    QCOMPARE(parsed->signedHeaders, signedHeaders);
    QVERIFY(SigV4::verify(request, testCredentials().secretAccessKey.toUtf8()));

    SigV4::Params withHash = personalizeParams(first);
    withHash.addContentSha256 = true;
    signer.sign(request, testCredentials(), withHash);
    QCOMPARE(request.header("x-amz-content-sha256"),
             QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex());
    QVERIFY(SigV4::parseAuthorization(request.header("authorization"))
                ->signedHeaders.contains("x-amz-content-sha256"));
    QVERIFY(SigV4::verify(request, testCredentials().secretAccessKey.toUtf8()));
}

void TestSigV4::keyCache()
{
    SigV4Signer signer;
    const AwsCredentials credentials = testCredentials();
    const QDateTime morning(QDate(2024, 5, 1), QTime(8, 0), QTimeZone::utc());

    SigV4::Request a = personalizeRequest();
    signer.sign(a, credentials, personalizeParams(morning));
    SigV4::Request b = personalizeRequest();
    signer.sign(b, credentials, personalizeParams(morning.addSecs(3600)));
    QCOMPARE(signer.keyDerivations(), 1); // same day, region, service and secret: reused
    QCOMPARE(signer.cachedKeyCount(), 1);

    SigV4::Request c = personalizeRequest();
    signer.sign(c, credentials, personalizeParams(morning.addDays(1)));
    QCOMPARE(signer.keyDerivations(), 2); // a new date needs a new key
    QCOMPARE(signer.cachedKeyCount(), 2);

    AwsCredentials rotated = credentials;
    rotated.secretAccessKey = QStringLiteral("another/secret/access/key/EXAMPLEKEY0000");
    SigV4::Request d = personalizeRequest();
    signer.sign(d, rotated, personalizeParams(morning));
    QCOMPARE(signer.keyDerivations(), 3); // keyed by the secret too

    SigV4::Params otherRegion = personalizeParams(morning);
    otherRegion.region = QStringLiteral("us-west-2");
    SigV4::Request e = personalizeRequest();
    signer.sign(e, credentials, otherRegion);
    QCOMPARE(signer.keyDerivations(), 4);

    // Cached keys are the right keys.
    for (const SigV4::Request *request : {&a, &b, &c, &e})
        QVERIFY(SigV4::verify(*request, credentials.secretAccessKey.toUtf8()));
    QVERIFY(SigV4::verify(d, rotated.secretAccessKey.toUtf8()));
    QVERIFY(!SigV4::verify(d, credentials.secretAccessKey.toUtf8()));

    // The derived key differs per date.
    QVERIFY(SigV4::signingKey("k", QDate(2024, 5, 1), QStringLiteral("r"), QStringLiteral("s")) !=
            SigV4::signingKey("k", QDate(2024, 5, 2), QStringLiteral("r"), QStringLiteral("s")));
}

void TestSigV4::keyCacheNeverMixesInputs()
{
    // Every combination of two secrets, dates, regions and services, signed twice in an order
    // that revisits cached keys and (with more combinations than the cache holds) evicted ones.
    // Each signature must verify with its own secret and with no other; a key from other
    // inputs would give a different signature.
    const QList<QString> secrets = {QStringLiteral("je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"),
                                    QStringLiteral("je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEZ")};
    const QList<QDate> dates = {QDate(2024, 5, 1), QDate(2024, 5, 2)};
    const QList<QString> regions = {QStringLiteral("eu-west-1"), QStringLiteral("us-east-1")};
    const QList<QString> services = {QStringLiteral("personalize"), QStringLiteral("sts")};
    SigV4Signer signer;
    // The same credentials object is changed in place between signatures, as a refresh does.
    AwsCredentials credentials = testCredentials();
    for (int pass = 0; pass < 2; ++pass) {
        for (const QString &service : services) {
            for (const QString &region : regions) {
                for (const QDate &date : dates) {
                    for (qsizetype s = 0; s < secrets.size(); ++s) {
                        credentials.secretAccessKey = secrets.at(s);
                        SigV4::Params params = personalizeParams(
                            QDateTime(date, QTime(pass ? 23 : 0, 30), QTimeZone::utc()));
                        params.region = region;
                        params.service = service;
                        SigV4::Request request = personalizeRequest();
                        signer.sign(request, credentials, params);
                        QString why;
                        QVERIFY2(SigV4::verify(request, secrets.at(s).toUtf8(), &why),
                                 qPrintable(why));
                        QVERIFY(!SigV4::verify(request, secrets.at(1 - s).toUtf8()));
                        const auto parsed =
                            SigV4::parseAuthorization(request.header("authorization"));
                        QVERIFY(parsed);
                        QCOMPARE(parsed->date, date);
                        QCOMPARE(parsed->region, region);
                        QCOMPARE(parsed->service, service);
                    }
                }
            }
        }
    }
    QVERIFY(signer.keyDerivations() >= 16); // each of the 16 combinations needed its own key
}

void TestSigV4::signerMatchesGeneralCanonicalRequest()
{
    // The signer's one-pass canonical request equals the general form over the default signed
    // headers, also with repeated, mixed-case and padded headers.
    SigV4::Request request = personalizeRequest();
    request.headers.append({QByteArray("X-Amz-Meta-B"), QByteArray("  two   words ")});
    request.headers.append({QByteArray("x-amz-meta-a"), QByteArray("first")});
    request.headers.append({QByteArray("X-AMZ-META-A"), QByteArray("second")});
    request.headers.append({QByteArray("Authorization"), QByteArray("ignored")});
    request.headers.append({QByteArray("x-amz-meta-empty"), QByteArray("")});
    QByteArray list;
    const QByteArray fast = SigV4::canonicalRequest(request, true, &list);
    const QList<QByteArray> names = SigV4::defaultSignedHeaders(request);
    QCOMPARE(fast, SigV4::canonicalRequest(request, names, true));
    QCOMPARE(list, names.join(';'));

    // A header without a name sorts first; the list still separates it from the next one.
    SigV4::Request nameless = personalizeRequest();
    nameless.headers.append({QByteArray(), QByteArray("no name")});
    const QByteArray namelessFast = SigV4::canonicalRequest(nameless, true, &list);
    const QList<QByteArray> namelessNames = SigV4::defaultSignedHeaders(nameless);
    QCOMPARE(namelessFast, SigV4::canonicalRequest(nameless, namelessNames, true));
    QCOMPARE(list, namelessNames.join(';'));

    request.headers.append({QByteArray(" X-Padded "), QByteArray("value")});
    const QByteArray padded = SigV4::canonicalRequest(request, true, &list);
    const QList<QByteArray> paddedNames = SigV4::defaultSignedHeaders(request);
    QCOMPARE(padded, SigV4::canonicalRequest(request, paddedNames, true));
    QCOMPARE(list, paddedNames.join(';'));
}

void TestSigV4::s3PathIsSignedAsGiven_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("canonical");
    QTest::newRow("encoded key stays encoded once")
        << QByteArray("/bucket/a%20b/c%2Bd%25e/%E6%97%A5.csv")
        << QByteArray("/bucket/a%20b/c%2Bd%25e/%E6%97%A5.csv");
    QTest::newRow("dot segments and empty segments kept")
        << QByteArray("/b/a/../b/./c//d") << QByteArray("/b/a/../b/./c//d");
    QTest::newRow("raw bytes encoded, escapes kept")
        << QByteArray("/b/a b%2fc+%zz%4") << QByteArray("/b/a%20b%2fc%2B%25zz%254");
}

// S3 signs the path as the object key was encoded for the wire: no dot-segment removal and no
// second encoding; verify() applies S3's rule when the scope names s3.
void TestSigV4::s3PathIsSignedAsGiven()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, canonical);
    SigV4::Request request;
    request.method = "GET";
    request.path = path;
    request.headers = {{"Host", "s3.us-east-1.amazonaws.com"}};
    QCOMPARE(SigV4::canonicalRequest(request, {"host"}, false).split('\n').at(1), canonical);

    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    SigV4::Params params;
    params.region = QStringLiteral("us-east-1");
    params.service = QStringLiteral("s3");
    params.time = QDateTime(QDate(2015, 8, 30), QTime(12, 36), QTimeZone::utc());
    params.normalizePath = false;
    params.addContentSha256 = true;
    SigV4Signer signer;
    signer.sign(request, credentials, params);
    QString why;
    QVERIFY2(SigV4::verify(request, credentials.secretAccessKey.toUtf8(), &why), qPrintable(why));

    // For any other service, verify() normalises as that service does.
    params.service = QStringLiteral("service");
    params.normalizePath = true;
    SigV4::Request other = request;
    signer.sign(other, credentials, params);
    QVERIFY2(SigV4::verify(other, credentials.secretAccessKey.toUtf8(), &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
