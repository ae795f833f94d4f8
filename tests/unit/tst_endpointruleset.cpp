#include "aws/endpointruleset.h"
#include "aws/endpointrulesfunctions.h"
#include "common/testpaths.h"
#include "personalize/personalizeservice.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <optional>

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonValue json(const char *text)
{
    // Wrapped in an array so that scalars parse too.
    const QByteArray wrapped = QByteArray("[") + text + QByteArray("]");
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

// Two partitions; one listed region overrides its partition's outputs, another lies outside
// its partition's pattern.
const QByteArray testPartitions = QByteArray(R"json({"version": "1.1", "partitions": [
  {"id": "aws", "regionRegex": "^(us|eu)\\-\\w+\\-\\d+$",
   "outputs": {"name": "aws", "dnsSuffix": "amazonaws.com", "dualStackDnsSuffix": "api.aws",
               "supportsFIPS": true, "supportsDualStack": true,
               "implicitGlobalRegion": "us-east-1"},
   "regions": {"us-east-1": {"description": "N. Virginia"},
               "eu-special-1": {"description": "override", "supportsFIPS": false}}},
  {"id": "test-other", "regionRegex": "^zz\\-\\w+\\-\\d+$",
   "outputs": {"name": "test-other", "dnsSuffix": "example.test", "dualStackDnsSuffix": "dual.test",
               "supportsFIPS": false, "supportsDualStack": false, "implicitGlobalRegion": "zz-a-1"},
   "regions": {"listed-region": {"description": "listed by name, outside the pattern"}}}
]})json");

// A rule set with the Personalize parameters around the given rules array.
QByteArray ruleSetWith(const char *rules)
{
    return QByteArray(R"json({"version": "1.0", "parameters": {
        "Region": {"builtIn": "AWS::Region", "required": false, "type": "String"},
        "UseDualStack": {"builtIn": "AWS::UseDualStack", "required": true, "default": false,
                         "type": "Boolean"},
        "UseFIPS": {"builtIn": "AWS::UseFIPS", "required": true, "default": false,
                    "type": "Boolean"},
        "Endpoint": {"builtIn": "SDK::Endpoint", "required": false, "type": "String"}},
        "rules": )json") +
           rules + QByteArray("}");
}

EndpointParams regionParams(const QString &region, bool fips = false, bool dualStack = false)
{
    EndpointParams params;
    params.region = region;
    params.useFips = fips;
    params.useDualStack = dualStack;
    return params;
}

} // namespace

// The Smithy endpoint rule set interpreter, run over every published Personalize test case.
class TestEndpointRuleSet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void referenceCases_data();
    void referenceCases();
    void embeddedCopyMatchesReference_data();
    void embeddedCopyMatchesReference();
    void personalizePartitions_data();
    void personalizePartitions();
    void partitionFor_data();
    void partitionFor();
    void functions_data();
    void functions();
    void functionsRejectBadArguments();
    void templates_data();
    void templates();
    void assignmentsReachOnlyTheirRule();
    void exhaustedTreeIsAnError();
    void propertiesAndHeaders();
    void requiredParameterWithoutValue();
    void unsafeRegionIsRejected_data();
    void unsafeRegionIsRejected();
    void emptyTextCountsAsUnset();
    void loadErrors_data();
    void loadErrors();

private:
    std::optional<EndpointRuleSet> m_reference;
    QJsonArray m_referenceCases;
};

void TestEndpointRuleSet::initTestCase()
{
    const QString rulesPath = TestPaths::data(QStringLiteral("aws-model/endpoint-rule-set-1.json"));
    const QString partitionsPath = TestPaths::data(QStringLiteral("aws-model/partitions.json"));
    const QByteArray rules = readFile(rulesPath);
    const QByteArray partitions = readFile(partitionsPath);
    QVERIFY2(!rules.isEmpty(),
             qPrintable(QStringLiteral("Reference rule set not found at ") + rulesPath));
    QVERIFY2(!partitions.isEmpty(),
             qPrintable(QStringLiteral("Reference partitions not found at ") + partitionsPath));
    const auto loaded = EndpointRuleSet::load(rules, partitions);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error()));
    m_reference = loaded.value();

    // Read here rather than in referenceCases_data(): a failure there would leave the test
    // function without rows, which QtTest does not survive.
    const QString casesPath = TestPaths::data(QStringLiteral("aws-model/endpoint-tests-1.json"));
    const QByteArray cases = readFile(casesPath);
    QVERIFY2(!cases.isEmpty(),
             qPrintable(QStringLiteral("Reference test cases not found at ") + casesPath));
    m_referenceCases = QJsonDocument::fromJson(cases).object().value(u"testCases").toArray();
    // The count in the copy under tests/data; a refresh that adds or drops cases updates it.
    QCOMPARE(m_referenceCases.size(), 31);
}

void TestEndpointRuleSet::referenceCases_data()
{
    QTest::addColumn<QJsonObject>("params");
    QTest::addColumn<QString>("expectedUrl");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<QVariantMap>("expectedProperties");

    const QStringList knownParams = {QStringLiteral("Region"), QStringLiteral("UseFIPS"),
                                     QStringLiteral("UseDualStack"), QStringLiteral("Endpoint")};
    for (const QJsonValue &value : std::as_const(m_referenceCases)) {
        const QJsonObject testCase = value.toObject();
        const QJsonObject params = testCase.value(u"params").toObject();
        for (const QString &key : params.keys())
            QVERIFY2(knownParams.contains(key),
                     qPrintable(QStringLiteral("Unknown parameter ") + key));
        const QJsonObject expect = testCase.value(u"expect").toObject();
        const QJsonObject endpoint = expect.value(u"endpoint").toObject();
        QTest::newRow(testCase.value(u"documentation").toString().toUtf8().constData())
            << params << endpoint.value(u"url").toString() << expect.value(u"error").toString()
            << endpoint.value(u"properties").toObject().toVariantMap();
    }
}

void TestEndpointRuleSet::referenceCases()
{
    QFETCH(QJsonObject, params);
    QFETCH(QString, expectedUrl);
    QFETCH(QString, expectedError);
    QFETCH(QVariantMap, expectedProperties);
    QVERIFY(expectedUrl.isEmpty() != expectedError.isEmpty());

    EndpointParams input;
    if (params.contains(u"Region"))
        input.region = params.value(u"Region").toString();
    if (params.contains(u"Endpoint"))
        input.endpoint = params.value(u"Endpoint").toString();
    input.useFips = params.value(u"UseFIPS").toBool();
    input.useDualStack = params.value(u"UseDualStack").toBool();

    // Both the reference copy and the copy built into the application give the same answer.
    const QList<const EndpointRuleSet *> ruleSets = {&*m_reference,
                                                     &PersonalizeService::endpointRules()};
    for (const EndpointRuleSet *ruleSet : ruleSets) {
        const auto resolved = ruleSet->resolve(input);
        if (expectedError.isEmpty()) {
            QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error()));
            QCOMPARE(resolved->url.toString(), expectedUrl);
            QCOMPARE(resolved->properties, expectedProperties);
        } else {
            QVERIFY2(!resolved.ok(),
                     qPrintable(resolved.ok() ? resolved->url.toString() : QString()));
            QCOMPARE(resolved.error(), expectedError);
        }
    }
}

void TestEndpointRuleSet::embeddedCopyMatchesReference_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("resource");
    QTest::newRow("rule set") << QStringLiteral("endpoint-rule-set-1.json")
                              << QStringLiteral(":/personalize/endpoint-rule-set-1.json");
    QTest::newRow("partitions") << QStringLiteral("partitions.json")
                                << QStringLiteral(":/aws/partitions.json");
}

void TestEndpointRuleSet::embeddedCopyMatchesReference()
{
    QFETCH(QString, name);
    QFETCH(QString, resource);
    const QByteArray embedded = readFile(resource);
    QVERIFY2(!embedded.isEmpty(), "The file is not embedded in its library");
    const QString path = TestPaths::data(QStringLiteral("aws-model/") + name);
    const QByteArray reference = readFile(path);
    QVERIFY2(!reference.isEmpty(),
             qPrintable(QStringLiteral("Reference copy not found at ") + path));
    QCOMPARE(embedded, reference);
}

void TestEndpointRuleSet::personalizePartitions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("fips");
    QTest::addColumn<bool>("dualStack");
    QTest::addColumn<QString>("url");

    QTest::newRow("aws") << QStringLiteral("eu-west-3") << false << false
                         << QStringLiteral("https://personalize.eu-west-3.amazonaws.com");
    QTest::newRow("aws by pattern")
        << QStringLiteral("us-future-9") << false << false
        << QStringLiteral("https://personalize.us-future-9.amazonaws.com");
    QTest::newRow("aws fips") << QStringLiteral("us-west-2") << true << false
                              << QStringLiteral("https://personalize-fips.us-west-2.amazonaws.com");
    QTest::newRow("aws dual-stack") << QStringLiteral("eu-central-1") << false << true
                                    << QStringLiteral("https://personalize.eu-central-1.api.aws");
    QTest::newRow("aws fips dual-stack")
        << QStringLiteral("us-east-2") << true << true
        << QStringLiteral("https://personalize-fips.us-east-2.api.aws");
    QTest::newRow("aws-cn") << QStringLiteral("cn-northwest-1") << false << false
                            << QStringLiteral(
                                   "https://personalize.cn-northwest-1.amazonaws.com.cn");
    QTest::newRow("aws-cn dual-stack")
        << QStringLiteral("cn-north-1") << false << true
        << QStringLiteral("https://personalize.cn-north-1.api.amazonwebservices.com.cn");
    QTest::newRow("aws-cn fips") << QStringLiteral("cn-northwest-1") << true << false
                                 << QStringLiteral(
                                        "https://personalize-fips.cn-northwest-1.amazonaws.com.cn");
    QTest::newRow("aws-us-gov") << QStringLiteral("us-gov-west-1") << false << false
                                << QStringLiteral(
                                       "https://personalize.us-gov-west-1.amazonaws.com");
    QTest::newRow("aws-us-gov fips")
        << QStringLiteral("us-gov-west-1") << true << false
        << QStringLiteral("https://personalize-fips.us-gov-west-1.amazonaws.com");
    QTest::newRow("aws-us-gov dual-stack")
        << QStringLiteral("us-gov-east-1") << false << true
        << QStringLiteral("https://personalize.us-gov-east-1.api.aws");
    QTest::newRow("aws-iso-e") << QStringLiteral("eu-isoe-west-1") << false << false
                               << QStringLiteral(
                                      "https://personalize.eu-isoe-west-1.cloud.adc-e.uk");
    QTest::newRow("unknown falls back to aws")
        << QStringLiteral("mars-1") << false << false
        << QStringLiteral("https://personalize.mars-1.amazonaws.com");
}

void TestEndpointRuleSet::personalizePartitions()
{
    QFETCH(QString, region);
    QFETCH(bool, fips);
    QFETCH(bool, dualStack);
    QFETCH(QString, url);
    const auto resolved =
        PersonalizeService::endpointRules().resolve(regionParams(region, fips, dualStack));
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error()));
    QCOMPARE(resolved->url, QUrl(url));
    QCOMPARE(resolved->url.scheme(), QStringLiteral("https"));
    QVERIFY(resolved->headers.isEmpty());
}

void TestEndpointRuleSet::partitionFor_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("supportsFips");

    QTest::newRow("listed and matching")
        << QStringLiteral("us-east-1") << QStringLiteral("aws") << true;
    QTest::newRow("pattern only") << QStringLiteral("eu-west-7") << QStringLiteral("aws") << true;
    // As in botocore, a listed region takes its partition's outputs as they are.
    QTest::newRow("listed with override")
        << QStringLiteral("eu-special-1") << QStringLiteral("aws") << true;
    QTest::newRow("other by pattern")
        << QStringLiteral("zz-east-1") << QStringLiteral("test-other") << false;
    QTest::newRow("listed outside pattern")
        << QStringLiteral("listed-region") << QStringLiteral("test-other") << false;
    QTest::newRow("unknown is aws") << QStringLiteral("nowhere") << QStringLiteral("aws") << true;
    QTest::newRow("empty is aws") << QString() << QStringLiteral("aws") << true;
}

void TestEndpointRuleSet::partitionFor()
{
    QFETCH(QString, region);
    QFETCH(QString, name);
    QFETCH(bool, supportsFips);
    const auto ruleSet = EndpointRuleSet::load(ruleSetWith("[]"), testPartitions);
    QVERIFY2(ruleSet.ok(), qPrintable(ruleSet.ok() ? QString() : ruleSet.error()));
    const QJsonObject partition = ruleSet->partitionFor(region);
    QCOMPARE(partition.value(u"name").toString(), name);
    QCOMPARE(partition.value(u"supportsFIPS").toBool(), supportsFips);
    QVERIFY(!partition.value(u"dnsSuffix").toString().isEmpty());
    QVERIFY(!partition.contains(u"description"));
}

void TestEndpointRuleSet::functions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QJsonValue>("args");
    QTest::addColumn<QJsonValue>("expected");

    const auto row = [](const char *tag, const char *name, const char *args, const char *result) {
        QTest::newRow(tag) << QString::fromUtf8(name) << json(args) << json(result);
    };
    row("isSet null", "isSet", "[null]", "false");
    row("isSet empty string", "isSet", R"([""])", "true");
    row("isSet false", "isSet", "[false]", "true");
    row("not", "not", "[true]", "false");
    row("booleanEquals same", "booleanEquals", "[false, false]", "true");
    row("booleanEquals differ", "booleanEquals", "[true, false]", "false");
    row("booleanEquals unset", "booleanEquals", "[null, false]", "false");
    row("stringEquals same", "stringEquals", R"(["a", "a"])", "true");
    row("stringEquals case", "stringEquals", R"(["a", "A"])", "false");
    row("getAttr key", "getAttr", R"([{"a": "x"}, "a"])", R"("x")");
    row("getAttr path", "getAttr", R"([{"a": {"b": ["x", "y"]}}, "a.b[1]"])", R"("y")");
    row("getAttr index only", "getAttr", R"([{"a": ["x", "y"]}, "a[0]"])", R"("x")");
    row("getAttr missing", "getAttr", R"([{"a": {}}, "a.b"])", "null");
    row("getAttr out of range", "getAttr", R"([{"a": ["x"]}, "a[3]"])", "null");
    row("getAttr not array", "getAttr", R"([{"a": "x"}, "a[0]"])", "null");
    row("parseArn", "aws.parseArn", R"(["arn:aws:s3:us-east-1:123456789012:bucket/key:v1"])",
        R"({"partition": "aws", "service": "s3", "region": "us-east-1",
            "accountId": "123456789012", "resourceId": ["bucket", "key", "v1"]})");
    row("parseArn empty region", "aws.parseArn", R"(["arn:aws:s3:::bucket"])",
        R"({"partition": "aws", "service": "s3", "region": "", "accountId": "",
            "resourceId": ["bucket"]})");
    row("parseArn short", "aws.parseArn", R"(["arn:aws:s3:us-east-1"])", "null");
    row("parseArn no resource", "aws.parseArn", R"(["arn:aws:s3:us-east-1:1:"])", "null");
    row("parseArn no partition", "aws.parseArn", R"(["arn::s3:us-east-1:1:r"])", "null");
    row("parseArn not arn", "aws.parseArn", R"(["urn:aws:s3:us-east-1:1:r"])", "null");
    row("parseURL host", "parseURL", R"(["https://example.com"])",
        R"({"scheme": "https", "authority": "example.com", "path": "",
            "normalizedPath": "/", "isIp": false})");
    row("parseURL ip path", "parseURL", R"(["http://127.0.0.1:8080/foo/bar"])",
        R"({"scheme": "http", "authority": "127.0.0.1:8080", "path": "/foo/bar",
            "normalizedPath": "/foo/bar/", "isIp": true})");
    row("parseURL ipv6", "parseURL", R"(["https://[::1]:443/"])",
        R"({"scheme": "https", "authority": "[::1]:443", "path": "/",
            "normalizedPath": "/", "isIp": true})");
    row("parseURL query", "parseURL", R"(["https://example.com/?x=1"])", "null");
    row("parseURL ftp", "parseURL", R"(["ftp://example.com"])", "null");
    row("parseURL garbage", "parseURL", R"(["not a url"])", "null");
    row("substring", "substring", R"(["abcdef", 0, 3, false])", R"("abc")");
    row("substring reverse", "substring", R"(["abcdef", 0, 3, true])", R"("def")");
    row("substring empty range", "substring", R"(["abcdef", 2, 2, false])", "null");
    row("substring too long", "substring", R"(["abc", 0, 4, false])", "null");
    row("substring non-ascii", "substring", R"(["abcé", 0, 2, false])", "null");
    row("uriEncode", "uriEncode", R"(["a b/c?d=é~-._*"])", R"("a%20b%2Fc%3Fd%3D%C3%A9~-._%2A")");
    row("hostLabel", "isValidHostLabel", R"(["abc-1", false])", "true");
    row("hostLabel leading dash", "isValidHostLabel", R"(["-abc", false])", "false");
    row("hostLabel dot", "isValidHostLabel", R"(["a.b", false])", "false");
    row("hostLabel subdomains", "isValidHostLabel", R"(["a.b", true])", "true");
    row("hostLabel empty label", "isValidHostLabel", R"(["a..b", true])", "false");
    row("hostLabel too long", "isValidHostLabel",
        R"(["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false])", "false");
    row("bucket", "aws.isVirtualHostableS3Bucket", R"(["my-bucket", false])", "true");
    row("bucket upper", "aws.isVirtualHostableS3Bucket", R"(["My-bucket", false])", "false");
    row("bucket short", "aws.isVirtualHostableS3Bucket", R"(["ab", false])", "false");
    row("bucket ip", "aws.isVirtualHostableS3Bucket", R"(["192.168.1.1", true])", "false");
    row("bucket dots", "aws.isVirtualHostableS3Bucket", R"(["a.b.c", true])", "true");
    row("bucket dots refused", "aws.isVirtualHostableS3Bucket", R"(["a.b.c", false])", "false");
}

void TestEndpointRuleSet::functions()
{
    QFETCH(QString, name);
    QFETCH(QJsonValue, args);
    QFETCH(QJsonValue, expected);
    QVERIFY(EndpointRulesFunctions::isKnown(name));
    const std::optional<QJsonValue> result = EndpointRulesFunctions::call(name, args.toArray());
    QVERIFY(result.has_value());
    QCOMPARE(*result, expected);
}

void TestEndpointRuleSet::functionsRejectBadArguments()
{
    QVERIFY(!EndpointRulesFunctions::call(QStringLiteral("not"), json(R"(["x"])").toArray()));
    QVERIFY(!EndpointRulesFunctions::call(QStringLiteral("isSet"), json("[1, 2]").toArray()));
    QVERIFY(!EndpointRulesFunctions::call(QStringLiteral("substring"),
                                          json(R"(["a", "0", 1, false])").toArray()));
    QVERIFY(!EndpointRulesFunctions::call(QStringLiteral("noSuchFunction"), json("[]").toArray()));
    QVERIFY(!EndpointRulesFunctions::isKnown(QStringLiteral("noSuchFunction")));
}

void TestEndpointRuleSet::templates_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QString>("result"); // the URL, or the error

    QTest::newRow("region") << QByteArray(R"([{"conditions": [], "type": "endpoint",
        "endpoint": {"url": "https://svc.{Region}.example.com"}}])")
                            << QStringLiteral("https://svc.eu-west-1.example.com");
    QTest::newRow("attribute") << QByteArray(R"([{"conditions": [
          {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}],
        "type": "endpoint", "endpoint": {"url": "https://svc.{Region}.{P#dnsSuffix}"}}])")
                               << QStringLiteral("https://svc.eu-west-1.amazonaws.com");
    QTest::newRow("escaped braces") << QByteArray(R"([{"conditions": [], "type": "error",
        "error": "literal {{Region}} is {Region}"}])")
                                    << QStringLiteral("literal {Region} is eu-west-1");
    QTest::newRow("url from function") << QByteArray(R"([{"conditions": [], "type": "endpoint",
        "endpoint": {"url": {"fn": "substring",
                             "argv": ["https://a.example.com/xyz", 0, 21, false]}}}])")
                                       << QStringLiteral("https://a.example.com");
    QTest::newRow("unset in template")
        << QByteArray(R"([{"conditions": [], "type": "error",
        "error": "{Endpoint}"}])")
        << QStringLiteral(
               "The endpoint rule set inserts “Endpoint”, which has no text value here.");
    QTest::newRow("unknown reference")
        << QByteArray(R"([{"conditions": [], "type": "error",
        "error": "{Nope}"}])")
        << QStringLiteral("The endpoint rule set refers to “Nope”, which is not defined.");
    QTest::newRow("unclosed") << QByteArray(R"([{"conditions": [], "type": "error",
        "error": "a {Region"}])")
                              << QStringLiteral(
                                     "The endpoint rule set has an unclosed “{” in “a {Region”.");
    QTest::newRow("not") << QByteArray(R"([
        {"conditions": [{"fn": "not", "argv": [{"fn": "isSet", "argv": [{"ref": "Region"}]}]}],
         "type": "error", "error": "no region"},
        {"conditions": [{"fn": "stringEquals", "argv": [{"ref": "Region"}, "eu-west-1"]}],
         "type": "error", "error": "matched {Region}"}])")
                         << QStringLiteral("matched eu-west-1");
    QTest::newRow("invalid url")
        << QByteArray(R"([{"conditions": [], "type": "endpoint",
        "endpoint": {"url": "https://exa mple.com"}}])")
        << QStringLiteral("The endpoint URL “https://exa mple.com” is not a valid URL. "
                          "Check the endpoint URL and the region in the "
                          "settings.");
}

void TestEndpointRuleSet::templates()
{
    QFETCH(QByteArray, rules);
    QFETCH(QString, result);
    const auto ruleSet = EndpointRuleSet::load(ruleSetWith(rules.constData()), testPartitions);
    QVERIFY2(ruleSet.ok(), qPrintable(ruleSet.ok() ? QString() : ruleSet.error()));
    const auto resolved = ruleSet->resolve(regionParams(QStringLiteral("eu-west-1")));
    QCOMPARE(resolved.ok() ? resolved->url.toString() : resolved.error(), result);
}

void TestEndpointRuleSet::assignmentsReachOnlyTheirRule()
{
    const auto ruleSet = EndpointRuleSet::load(ruleSetWith(R"json([
        {"type": "tree", "conditions": [
            {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"},
            {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
         "rules": [{"conditions": [], "type": "error", "error": "fips in {P#name}"}]},
        {"conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}],
         "type": "error", "error": "sibling sees {P#name}"},
        {"conditions": [], "type": "error", "error": "none"}])json"),
                                               testPartitions);
    QVERIFY2(ruleSet.ok(), qPrintable(ruleSet.ok() ? QString() : ruleSet.error()));

    auto resolved = ruleSet->resolve(regionParams(QStringLiteral("zz-east-1"), true));
    QCOMPARE(resolved.error(), QStringLiteral("fips in test-other"));

    // The first rule assigned P before failing its second condition; the next rule must not
    // see it.
    EndpointParams params = regionParams(QStringLiteral("zz-east-1"));
    params.endpoint = QStringLiteral("https://example.com");
    resolved = ruleSet->resolve(params);
    QCOMPARE(resolved.error(),
             QStringLiteral("The endpoint rule set refers to “P”, which is not defined."));
}

void TestEndpointRuleSet::exhaustedTreeIsAnError()
{
    const auto ruleSet = EndpointRuleSet::load(ruleSetWith(R"json([
        {"type": "tree", "conditions": [], "rules": [
            {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
             "type": "error", "error": "fips"}]},
        {"conditions": [], "type": "error", "error": "never reached"}])json"),
                                               testPartitions);
    QVERIFY(ruleSet.ok());
    const auto resolved = ruleSet->resolve(regionParams(QStringLiteral("us-east-1")));
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().contains(u"none of its rules"), qPrintable(resolved.error()));

    const auto empty = EndpointRuleSet::load(ruleSetWith("[]"), testPartitions);
    QVERIFY(empty.ok());
    QVERIFY(!empty->resolve(regionParams(QStringLiteral("us-east-1"))).ok());
}

void TestEndpointRuleSet::propertiesAndHeaders()
{
    const auto ruleSet = EndpointRuleSet::load(ruleSetWith(R"json([
        {"conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "P"}],
         "type": "endpoint", "endpoint": {
            "url": "https://svc.{Region}.{P#dnsSuffix}",
            "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{Region}",
                                            "disableDoubleEncoding": true}],
                           "partition": {"fn": "getAttr", "argv": [{"ref": "P"}, "name"]}},
            "headers": {"x-test": ["a", "{Region}"]}}}])json"),
                                               testPartitions);
    QVERIFY2(ruleSet.ok(), qPrintable(ruleSet.ok() ? QString() : ruleSet.error()));
    const auto resolved = ruleSet->resolve(regionParams(QStringLiteral("us-east-1")));
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->url, QUrl(QStringLiteral("https://svc.us-east-1.amazonaws.com")));
    QCOMPARE(resolved->properties.value(QStringLiteral("partition")).toString(),
             QStringLiteral("aws"));
    const QVariantMap scheme =
        resolved->properties.value(QStringLiteral("authSchemes")).toList().at(0).toMap();
    QCOMPARE(scheme.value(QStringLiteral("signingRegion")).toString(), QStringLiteral("us-east-1"));
    QCOMPARE(scheme.value(QStringLiteral("disableDoubleEncoding")).toBool(), true);
    QCOMPARE(resolved->headers.value(QStringLiteral("x-test")).toStringList(),
             (QStringList{QStringLiteral("a"), QStringLiteral("us-east-1")}));
}

void TestEndpointRuleSet::requiredParameterWithoutValue()
{
    const QByteArray rules = R"json({"version": "1.0", "parameters": {
        "Bucket": {"required": true, "type": "String"}},
        "rules": [{"conditions": [], "type": "error", "error": "{Bucket}"}]})json";
    const auto ruleSet = EndpointRuleSet::load(rules, testPartitions);
    QVERIFY(ruleSet.ok());
    const auto resolved = ruleSet->resolve(EndpointParams());
    QCOMPARE(resolved.error(),
             QStringLiteral("The endpoint setting “Bucket” is required but has no value."));
}

void TestEndpointRuleSet::unsafeRegionIsRejected_data()
{
    QTest::addColumn<QString>("region");
    QTest::newRow("path") << QStringLiteral("us-east-1.evil.example/");
    QTest::newRow("dot") << QStringLiteral("us-east-1.evil");
    QTest::newRow("at") << QStringLiteral("x@evil.example");
    QTest::newRow("space") << QStringLiteral("us east 1");
    QTest::newRow("port") << QStringLiteral("us-east-1:80");
}

void TestEndpointRuleSet::unsafeRegionIsRejected()
{
    QFETCH(QString, region);
    const auto resolved = PersonalizeService::endpointRules().resolve(regionParams(region));
    QVERIFY(!resolved.ok());
    QVERIFY2(resolved.error().contains(u"is not a valid AWS Region name"),
             qPrintable(resolved.error()));
}

void TestEndpointRuleSet::emptyTextCountsAsUnset()
{
    EndpointParams params;
    params.region = QString();
    params.endpoint = QString();
    const auto resolved = PersonalizeService::endpointRules().resolve(params);
    QCOMPARE(resolved.error(), QStringLiteral("Invalid Configuration: Missing Region"));

    params.region = QStringLiteral("us-east-1");
    QCOMPARE(PersonalizeService::endpointRules().resolve(params)->url,
             QUrl(QStringLiteral("https://personalize.us-east-1.amazonaws.com")));
}

void TestEndpointRuleSet::loadErrors_data()
{
    QTest::addColumn<QByteArray>("rules");
    QTest::addColumn<QByteArray>("partitions");
    QTest::addColumn<QString>("errorPart");

    const QByteArray okRules = ruleSetWith("[]");
    QTest::newRow("rules not json")
        << QByteArray("{") << testPartitions
        << QStringLiteral("endpoint rule set is not a valid JSON object");
    QTest::newRow("partitions not json")
        << okRules << QByteArray("[]")
        << QStringLiteral("partitions file is not a valid JSON object");
    QTest::newRow("version") << QByteArray(R"({"version": "2.0", "parameters": {}, "rules": []})")
                             << testPartitions << QStringLiteral("version “2.0”");
    QTest::newRow("parameter type")
        << QByteArray(R"({"version": "1.0", "parameters": {"X": {"type": "map"}}, "rules": []})")
        << testPartitions << QStringLiteral("unsupported type “map”");
    QTest::newRow("unknown function")
        << ruleSetWith(R"([{"conditions": [{"fn": "aws.magic", "argv": []}],
                           "type": "error", "error": "x"}])")
        << testPartitions << QStringLiteral("function “aws.magic”");
    QTest::newRow("nested unknown function")
        << ruleSetWith(R"([{"conditions": [], "type": "endpoint", "endpoint": {"url":
                           {"fn": "frobnicate", "argv": []}}}])")
        << testPartitions << QStringLiteral("function “frobnicate”");
    QTest::newRow("no argv") << ruleSetWith(R"([{"conditions": [{"fn": "isSet"}],
                                              "type": "error", "error": "x"}])")
                             << testPartitions << QStringLiteral("without an argument list");
    QTest::newRow("rule type") << ruleSetWith(R"([{"conditions": [], "type": "loop"}])")
                               << testPartitions << QStringLiteral("unknown type “loop”");
    QTest::newRow("endpoint without url")
        << ruleSetWith(R"([{"conditions": [], "type": "endpoint", "endpoint": {}}])")
        << testPartitions << QStringLiteral("endpoint rule without a URL");
    QTest::newRow("tree without rules")
        << ruleSetWith(R"([{"conditions": [], "type": "tree"}])") << testPartitions
        << QStringLiteral("tree rule without a list");
    QTest::newRow("no partitions")
        << okRules << QByteArray(R"({"partitions": []})") << QStringLiteral("lists no partitions");
    QTest::newRow("bad regex")
        << okRules
        << QByteArray(R"({"partitions": [{"id": "x", "regionRegex": "(", "outputs": {"a": 1}}]})")
        << QStringLiteral("valid region pattern");
}

void TestEndpointRuleSet::loadErrors()
{
    QFETCH(QByteArray, rules);
    QFETCH(QByteArray, partitions);
    QFETCH(QString, errorPart);
    const auto loaded = EndpointRuleSet::load(rules, partitions);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(errorPart), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestEndpointRuleSet)
#include "tst_endpointruleset.moc"
