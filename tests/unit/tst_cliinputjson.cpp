#include "personalize/cliinputjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// AWS CLI interop: the --cli-input-json document in both directions, and a command line that a
// POSIX shell splits back into exactly the intended arguments.
class TestCliInputJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTheSkeleton();
    void parsesFilledDocument();
    void parsesPartialDocument();
    void rejects_data();
    void rejects();
    void writesIndentedInSkeletonOrder();
    void writeThenParse_data();
    void writeThenParse();
    void shellQuote_data();
    void shellQuote();
    void commandLine();
    void commandSurvivesTheShell_data();
    void commandSurvivesTheShell();
};

namespace {

const QString kDatasetArn =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/my-group/INTERACTIONS");
const QString kRoleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");

// What `aws personalize create-dataset-import-job --generate-cli-skeleton` prints.
const char kSkeleton[] = R"({
    "jobName": "",
    "datasetArn": "",
    "dataSource": {
        "dataLocation": ""
    },
    "roleArn": "",
    "tags": [
        {
            "tagKey": "",
            "tagValue": ""
        }
    ],
    "importMode": "FULL",
    "publishAttributionMetricsToS3": true
}
)";

ImportJobDraft sampleDraft()
{
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("import-1");
    draft.datasetArn = kDatasetArn;
    draft.dataLocation = QStringLiteral("s3://bucket/folder/");
    draft.roleArn = kRoleArn;
    draft.tags = {{QStringLiteral("team"), QStringLiteral("recs")},
                  {QStringLiteral("環境"), QStringLiteral("本番")}};
    draft.importMode = QStringLiteral("INCREMENTAL");
    draft.publishAttributionMetricsToS3 = true;
    return draft;
}

// Runs the command with printf in place of aws; returns the arguments the shell produced.
QStringList argumentsAfterShell(const QString &command)
{
    const QString prefix = QStringLiteral("aws ");
    if (!command.startsWith(prefix))
        return {QStringLiteral("<command does not start with aws>")};
    QProcess shell;
    shell.start(QStringLiteral("/bin/sh"),
                {QStringLiteral("-c"), u"printf '%s\\0' " + command.mid(prefix.size())});
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0)
        return {QStringLiteral("<shell failed>"),
                QString::fromLocal8Bit(shell.readAllStandardError())};
    QList<QByteArray> parts = shell.readAllStandardOutput().split('\0');
    parts.removeLast(); // after the final terminator
    QStringList arguments;
    for (const QByteArray &part : parts)
        arguments.append(QString::fromUtf8(part));
    return arguments;
}

} // namespace

void TestCliInputJson::parsesTheSkeleton()
{
    const Result<ImportJobDraft, QString> parsed = CliInputJson::parse(QByteArray(kSkeleton));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    ImportJobDraft expected;
    expected.tags = {{QString(), QString()}};
    expected.importMode = QStringLiteral("FULL");
    expected.publishAttributionMetricsToS3 = true;
    QCOMPARE(parsed.value(), expected);
}

void TestCliInputJson::parsesFilledDocument()
{
    const QByteArray json = R"({
        "jobName": "import-1",
        "datasetArn": "arn:aws:personalize:us-east-1:111122223333:dataset/my-group/INTERACTIONS",
        "dataSource": {"dataLocation": "s3://bucket/folder/"},
        "roleArn": "arn:aws:iam::111122223333:role/PersonalizeS3Read",
        "tags": [{"tagKey": "team", "tagValue": "recs"}, {"tagKey": "環境", "tagValue": "本番"}],
        "importMode": "INCREMENTAL",
        "publishAttributionMetricsToS3": true
    })";
    const Result<ImportJobDraft, QString> parsed = CliInputJson::parse(json);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value(), sampleDraft());
}

void TestCliInputJson::parsesPartialDocument()
{
    // The rest may come from command-line options, so missing or null members are fine.
    const Result<ImportJobDraft, QString> parsed =
        CliInputJson::parse(R"({"jobName": "j", "roleArn": null, "importMode": null})");
    QVERIFY(parsed.ok());
    ImportJobDraft expected;
    expected.jobName = QStringLiteral("j");
    QCOMPARE(parsed.value(), expected);
    QCOMPARE(CliInputJson::parse("{}").value(), ImportJobDraft());
}

void TestCliInputJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("words");
    const auto row = [](const char *name, const char *json,
                        std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words)
            list.append(QString::fromUtf8(word));
        QTest::newRow(name) << QByteArray(json) << list;
    };
    row("empty input", "", {"not valid JSON"});
    row("truncated", R"({"jobName": "a")", {"not valid JSON", "at character"});
    row("array", R"([{"jobName": "a"}])", {"must be a JSON object"});
    row("string", R"("jobName")", {"not valid JSON"});
    row("unknown key", R"({"jobName": "a", "jobname": "b"})",
        {"does not accept these keys: jobname.", "jobName, datasetArn, dataSource"});
    row("several unknown keys", R"({"dryRun": true, "region": "us-east-1", "jobName": "a"})",
        {"dryRun, region"});
    row("unknown key in dataSource", R"({"dataSource": {"dataLocation": "s3://b/", "bucket": 1}})",
        {"dataSource.bucket"});
    row("unknown key in a tag", R"({"tags": [{"tagKey": "k", "tagValue": "v"}, {"Key": "k"}]})",
        {"tags[1].Key"});
    row("wrong type", R"({"jobName": 5})", {"wrong type", "jobName: expected a string"});
    row("tags as an object", R"({"tags": {"tagKey": "k", "tagValue": "v"}})",
        {"tags: expected an array, found an object"});
    row("tag without value", R"({"tags": [{"tagKey": "k"}]})", {"tags[0].tagValue", "required"});
    row("string boolean", R"({"publishAttributionMetricsToS3": "yes"})",
        {"publishAttributionMetricsToS3: expected true or false"});
    row("dataSource as a string", R"({"dataSource": "s3://b/"})",
        {"dataSource: expected an object, found a string"});
}

void TestCliInputJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, words);
    const Result<ImportJobDraft, QString> parsed = CliInputJson::parse(json);
    QVERIFY(!parsed.ok());
    for (const QString &word : words)
        QVERIFY2(parsed.error().contains(word), qPrintable(word + u" not in " + parsed.error()));
}

void TestCliInputJson::writesIndentedInSkeletonOrder()
{
    const QByteArray expected = R"({
    "jobName": "import-1",
    "datasetArn": "arn:aws:personalize:us-east-1:111122223333:dataset/my-group/INTERACTIONS",
    "dataSource": {
        "dataLocation": "s3://bucket/folder/"
    },
    "roleArn": "arn:aws:iam::111122223333:role/PersonalizeS3Read",
    "tags": [
        {
            "tagKey": "team",
            "tagValue": "recs"
        },
        {
            "tagKey": "環境",
            "tagValue": "本番"
        }
    ],
    "importMode": "INCREMENTAL",
    "publishAttributionMetricsToS3": true
}
)";
    QCOMPARE(CliInputJson::write(sampleDraft()), expected);

    ImportJobDraft minimal;
    minimal.jobName = QStringLiteral(" j ");
    minimal.tags = {{QString(), QString()}};
    QCOMPARE(CliInputJson::write(minimal), QByteArray(R"({
    "jobName": "j",
    "datasetArn": "",
    "dataSource": {
        "dataLocation": ""
    },
    "importMode": "FULL"
}
)"));
}

void TestCliInputJson::writeThenParse_data()
{
    QTest::addColumn<ImportJobDraft>("draft");
    QTest::newRow("sample") << sampleDraft();
    ImportJobDraft tricky = sampleDraft();
    tricky.jobName = QStringLiteral("quote\" backslash\\ newline\n tab\t");
    tricky.dataLocation = QStringLiteral("s3://bucket/dir with space/ü 😀.csv");
    tricky.tags = {{QStringLiteral("k"), QStringLiteral("\x01 control")},
                   {QStringLiteral("k"), QStringLiteral("duplicate kept")}};
    tricky.publishAttributionMetricsToS3 = false;
    tricky.roleArn.clear();
    QTest::newRow("characters that need escaping") << tricky;
    QTest::newRow("empty") << ImportJobDraft();
}

void TestCliInputJson::writeThenParse()
{
    QFETCH(ImportJobDraft, draft);
    const QByteArray written = CliInputJson::write(draft);
    QJsonParseError error;
    QVERIFY(QJsonDocument::fromJson(written, &error).isObject());
    const Result<ImportJobDraft, QString> parsed = CliInputJson::parse(written);
    QVERIFY(parsed.ok());
    // What comes back is the request the draft stands for.
    QCOMPARE(parsed.value(), ImportJobDraft::fromRequest(draft.toRequest()));
}

void TestCliInputJson::shellQuote_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("import-1") << QStringLiteral("import-1");
    QTest::newRow("arn") << kRoleArn << kRoleArn;
    QTest::newRow("s3 path") << QStringLiteral("s3://b/k.csv") << QStringLiteral("s3://b/k.csv");
    QTest::newRow("empty") << QString() << QStringLiteral("''");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("'a b'");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral(R"('it'\''s')");
    QTest::newRow("only a quote") << QStringLiteral("'") << QStringLiteral(R"(''\''')");
    QTest::newRow("dollar") << QStringLiteral("$HOME") << QStringLiteral("'$HOME'");
    QTest::newRow("json") << QStringLiteral(R"({"a":"b"})") << QStringLiteral(R"('{"a":"b"}')");
    QTest::newRow("tilde") << QStringLiteral("~") << QStringLiteral("'~'");
    QTest::newRow("non-ASCII") << QStringLiteral("本番") << QStringLiteral("'本番'");
    QTest::newRow("trailing line feed") << QStringLiteral("job\n") << QStringLiteral("'job\n'");
}

void TestCliInputJson::shellQuote()
{
    QFETCH(QString, word);
    QTEST(CliInputJson::shellQuote(word), "quoted");
}

void TestCliInputJson::commandLine()
{
    QCOMPARE(CliInputJson::awsCliCommand(sampleDraft(), QStringLiteral("us-east-1"),
                                         QStringLiteral("prod")),
             QStringLiteral(
                 "aws personalize create-dataset-import-job \\\n"
                 "    --job-name import-1 \\\n"
                 "    --dataset-arn "
                 "arn:aws:personalize:us-east-1:111122223333:dataset/my-group/INTERACTIONS \\\n"
                 "    --data-source '{\"dataLocation\":\"s3://bucket/folder/\"}' \\\n"
                 "    --role-arn arn:aws:iam::111122223333:role/PersonalizeS3Read \\\n"
                 "    --tags '[{\"tagKey\":\"team\",\"tagValue\":\"recs\"},"
                 "{\"tagKey\":\"環境\",\"tagValue\":\"本番\"}]' \\\n"
                 "    --import-mode INCREMENTAL \\\n"
                 "    --publish-attribution-metrics-to-s3 \\\n"
                 "    --region us-east-1 \\\n"
                 "    --profile prod"));

    ImportJobDraft minimal;
    minimal.jobName = QStringLiteral("j");
    QCOMPARE(CliInputJson::awsCliCommand(minimal, QString(), QString()),
             QStringLiteral("aws personalize create-dataset-import-job \\\n"
                            "    --job-name j \\\n"
                            "    --dataset-arn '' \\\n"
                            "    --data-source '{\"dataLocation\":\"\"}' \\\n"
                            "    --import-mode FULL"));
}

void TestCliInputJson::commandSurvivesTheShell_data()
{
    QTest::addColumn<ImportJobDraft>("draft");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("profile");
    QTest::newRow("sample") << sampleDraft() << QStringLiteral("us-east-1")
                            << QStringLiteral("default");
    ImportJobDraft hostile = sampleDraft();
    hostile.jobName =
        QStringLiteral("it's $(echo injected) `echo injected` $HOME; echo injected \\ \"q\" *");
    hostile.dataLocation = QStringLiteral("s3://bucket/it's a \"file\" $PATH\nline2.csv");
    hostile.tags = {{QStringLiteral("O'Brien"), QStringLiteral("a'b''c")},
                    {QStringLiteral("glob*"), QStringLiteral("!history ~user")}};
    QTest::newRow("quotes, substitutions and globs")
        << hostile << QStringLiteral("eu-west-1") << QStringLiteral("my profile's name");
    ImportJobDraft unicode = sampleDraft();
    unicode.jobName = QStringLiteral("تحميل");
    unicode.dataLocation = QStringLiteral("s3://bucket/データ/😀.csv");
    QTest::newRow("unicode") << unicode << QString() << QString();
}

void TestCliInputJson::commandSurvivesTheShell()
{
    QFETCH(ImportJobDraft, draft);
    QFETCH(QString, region);
    QFETCH(QString, profile);
    const CreateDatasetImportJobRequest request = draft.toRequest();
    QStringList expected = {
        QStringLiteral("personalize"),   QStringLiteral("create-dataset-import-job"),
        QStringLiteral("--job-name"),    request.jobName,
        QStringLiteral("--dataset-arn"), request.datasetArn,
        QStringLiteral("--data-source")};
    const QStringList actual =
        argumentsAfterShell(CliInputJson::awsCliCommand(draft, region, profile));
    QVERIFY2(actual.size() > expected.size(), qPrintable(actual.join(u'|')));
    QCOMPARE(actual.mid(0, expected.size()), expected);

    // The structures arrive as JSON the CLI can read back into the same values.
    const QJsonObject dataSource =
        QJsonDocument::fromJson(actual.at(expected.size()).toUtf8()).object();
    QCOMPARE(dataSource.value(QLatin1String("dataLocation")).toString(),
             *request.dataSource.dataLocation);
    qsizetype at = expected.size() + 1;
    QCOMPARE(actual.mid(at, 2), (QStringList{QStringLiteral("--role-arn"), *request.roleArn}));
    at += 2;
    QCOMPARE(actual.at(at), QStringLiteral("--tags"));
    const QJsonArray tags = QJsonDocument::fromJson(actual.at(at + 1).toUtf8()).array();
    QCOMPARE(tags.size(), request.tags->size());
    for (qsizetype i = 0; i < tags.size(); ++i) {
        QCOMPARE(tags.at(i).toObject().value(QLatin1String("tagKey")).toString(),
                 request.tags->at(i).tagKey);
        QCOMPARE(tags.at(i).toObject().value(QLatin1String("tagValue")).toString(),
                 request.tags->at(i).tagValue);
    }
    at += 2;
    QStringList rest = {QStringLiteral("--import-mode"), *request.importMode,
                        QStringLiteral("--publish-attribution-metrics-to-s3")};
    if (!region.isEmpty())
        rest << QStringLiteral("--region") << region;
    if (!profile.isEmpty())
        rest << QStringLiteral("--profile") << profile;
    QCOMPARE(actual.mid(at), rest);
}

QTEST_GUILESS_MAIN(TestCliInputJson)
#include "tst_cliinputjson.moc"
