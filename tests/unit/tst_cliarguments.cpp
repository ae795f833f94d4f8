#include "cli/cliarguments.h"

#include <QTest>

// The importdesk-cli command line: every command, every option, and the message for each
// mistake a user can make.
class TestCliArguments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submitWithFlags();
    void flagsOverrideTheInputFile();
    void inlineValuesAndGlobalOptionsAnywhere();
    void describeListWatchDatasets();
    void helpAndVersion();
    void mistakes_data();
    void mistakes();
};

namespace {
Result<CliInvocation, QString> parse(const QString &commandLine)
{
    return CliArguments::parse(commandLine.split(u' ', Qt::SkipEmptyParts));
}
} // namespace

void TestCliArguments::submitWithFlags()
{
    const auto parsed = CliArguments::parse(
        {QStringLiteral("submit"),
         QStringLiteral("--job-name"),
         QStringLiteral("daily"),
         QStringLiteral("--dataset-arn"),
         QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/shop/INTERACTIONS"),
         QStringLiteral("--data-location"),
         QStringLiteral("s3://bucket/data.csv"),
         QStringLiteral("--role-arn"),
         QStringLiteral("arn:aws:iam::111122223333:role/Import"),
         QStringLiteral("--tag"),
         QStringLiteral("team=growth"),
         QStringLiteral("--tag"),
         QStringLiteral("note=a=b c"),
         QStringLiteral("--import-mode"),
         QStringLiteral("INCREMENTAL"),
         QStringLiteral("--publish-attribution-metrics"),
         QStringLiteral("--wait"),
         QStringLiteral("--timeout"),
         QStringLiteral("600"),
         QStringLiteral("--interval"),
         QStringLiteral("5")});
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    const CliInvocation &invocation = parsed.value();
    QCOMPARE(invocation.command, CliInvocation::Command::Submit);
    QCOMPARE(invocation.draft.jobName, QStringLiteral("daily"));
    QCOMPARE(invocation.draft.dataLocation, QStringLiteral("s3://bucket/data.csv"));
    QCOMPARE(invocation.draft.roleArn, QStringLiteral("arn:aws:iam::111122223333:role/Import"));
    const QList<QPair<QString, QString>> tags = {{QStringLiteral("team"), QStringLiteral("growth")},
                                                 {QStringLiteral("note"), QStringLiteral("a=b c")}};
    QCOMPARE(invocation.draft.tags, tags);
    QCOMPARE(invocation.draft.importMode, QStringLiteral("INCREMENTAL"));
    QVERIFY(invocation.draft.publishAttributionMetricsToS3);
    QVERIFY(invocation.wait);
    QCOMPARE(invocation.timeout, std::chrono::seconds(600));
    QCOMPARE(invocation.interval, std::chrono::seconds(5));
}

void TestCliArguments::flagsOverrideTheInputFile()
{
    const auto parsed = parse(QStringLiteral("submit --cli-input-json job.json --job-name fresh "
                                             "--tag k=v"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->cliInputJsonFile, QStringLiteral("job.json"));

    ImportJobDraft fromFile;
    fromFile.jobName = QStringLiteral("from-file");
    fromFile.datasetArn = QStringLiteral("arn:aws:personalize:us-east-1:1:dataset/g/ITEMS");
    fromFile.dataLocation = QStringLiteral("s3://b/items.csv");
    fromFile.tags = {{QStringLiteral("old"), QStringLiteral("1")}};
    fromFile.importMode = QStringLiteral("INCREMENTAL");
    const ImportJobDraft merged = parsed->mergedOver(fromFile);
    QCOMPARE(merged.jobName, QStringLiteral("fresh"));
    QCOMPARE(merged.datasetArn, fromFile.datasetArn);
    QCOMPARE(merged.dataLocation, fromFile.dataLocation);
    QCOMPARE(merged.importMode, QStringLiteral("INCREMENTAL"));
    const QList<QPair<QString, QString>> tags = {{QStringLiteral("k"), QStringLiteral("v")}};
    QCOMPARE(merged.tags, tags);
}

void TestCliArguments::inlineValuesAndGlobalOptionsAnywhere()
{
    const auto parsed = parse(QStringLiteral("--profile=dev list --region eu-west-1 "
                                             "--endpoint-url=http://127.0.0.1:4576 --output json "
                                             "--dataset-arn=arn:x --debug"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed->command, CliInvocation::Command::List);
    QCOMPARE(parsed->profile, QStringLiteral("dev"));
    QCOMPARE(parsed->region, QStringLiteral("eu-west-1"));
    QCOMPARE(parsed->endpointUrl, QStringLiteral("http://127.0.0.1:4576"));
    QCOMPARE(parsed->output, CliInvocation::Output::Json);
    QCOMPARE(parsed->datasetArn, QStringLiteral("arn:x"));
    QVERIFY(parsed->debug);
}

void TestCliArguments::describeListWatchDatasets()
{
    auto parsed = parse(QStringLiteral("describe arn:a"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->command, CliInvocation::Command::Describe);
    QCOMPARE(parsed->jobArns, QStringList{QStringLiteral("arn:a")});

    parsed = parse(QStringLiteral("watch arn:a arn:b --timeout 30"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->command, CliInvocation::Command::Watch);
    QCOMPARE(parsed->jobArns, (QStringList{QStringLiteral("arn:a"), QStringLiteral("arn:b")}));
    QCOMPARE(parsed->timeout, std::chrono::seconds(30));
    QCOMPARE(parsed->interval, std::chrono::seconds(10));

    parsed = parse(QStringLiteral("datasets"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->command, CliInvocation::Command::Datasets);

    parsed = parse(QStringLiteral("list"));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->datasetArn.isEmpty());
    QVERIFY(parsed->statuses.isEmpty());

    parsed = parse(QStringLiteral("list --status failed,in-progress --status CREATE_PENDING "
                                  "--status Active --status failed"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->statuses,
             (QStringList{QStringLiteral("CREATE FAILED"), QStringLiteral("CREATE IN_PROGRESS"),
                          QStringLiteral("CREATE PENDING"), QStringLiteral("ACTIVE")}));

    parsed = parse(QStringLiteral("submit --job-name a --dataset-arn b --data-location c --queue "
                                  "--timeout 600"));
    QVERIFY(parsed.ok());
    QVERIFY(parsed->queue);
    QCOMPARE(parsed->timeout, std::chrono::seconds(600));
}

void TestCliArguments::helpAndVersion()
{
    QCOMPARE(parse(QString())->command, CliInvocation::Command::Help);
    QCOMPARE(parse(QStringLiteral("-h"))->command, CliInvocation::Command::Help);
    QCOMPARE(parse(QStringLiteral("submit --help"))->command, CliInvocation::Command::Help);
    QCOMPARE(parse(QStringLiteral("--version"))->command, CliInvocation::Command::Version);
    QVERIFY(CliArguments::usage().contains(u"--cli-input-json"));
}

void TestCliArguments::mistakes_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown command") << "upload"
                                     << "“upload” is not a command. Use one of: submit, describe, "
                                        "list, watch, datasets (importdesk-cli --help shows them "
                                        "all).";
    QTest::newRow("unknown option") << "list --colour"
                                    << "Unknown option --colour (importdesk-cli --help lists the "
                                       "options).";
    QTest::newRow("missing value") << "list --region"
                                   << "Option --region needs a value.";
    QTest::newRow("flag with value") << "submit --dry-run=yes --job-name a --dataset-arn b "
                                        "--data-location c"
                                     << "Option --dry-run takes no value.";
    QTest::newRow("option of another command") << "describe arn:a --job-name x"
                                               << "Option --job-name does not apply to "
                                                  "“describe”.";
    QTest::newRow("bad output") << "list --output yaml"
                                << "--output must be text or json, not "
                                   "“yaml”.";
    QTest::newRow("tag without value") << "submit --tag team --job-name a --dataset-arn b "
                                          "--data-location c"
                                       << "--tag needs KEY=VALUE (for example --tag team=growth), "
                                          "not “team”.";
    QTest::newRow("tag without key") << "submit --tag =v --job-name a --dataset-arn b "
                                        "--data-location c"
                                     << "--tag needs KEY=VALUE (for example --tag team=growth), "
                                        "not “=v”.";
    QTest::newRow("bad timeout") << "watch arn:a --timeout soon"
                                 << "--timeout takes a whole number of seconds (at least 0), not "
                                    "“soon”.";
    QTest::newRow("zero interval") << "watch arn:a --interval 0"
                                   << "--interval takes a whole number of seconds (at least 1), "
                                      "not “0”.";
    QTest::newRow("describe without arn") << "describe"
                                          << "describe takes one import job ARN.";
    QTest::newRow("describe two arns") << "describe a b"
                                       << "describe takes one import job ARN.";
    QTest::newRow("watch without arn") << "watch"
                                       << "watch takes one or more import job ARNs.";
    QTest::newRow("submit incomplete") << "submit --job-name a"
                                       << "submit needs --job-name, --dataset-arn and "
                                          "--data-location (or a --cli-input-json file).";
    QTest::newRow("submit positional") << "submit extra --cli-input-json f"
                                       << "submit takes options only; “extra” is not one.";
    QTest::newRow("list positional") << "list arn:a"
                                     << "Unexpected argument “arn:a”.";
    QTest::newRow("unknown status")
        << "list --status done"
        << "--status takes pending, in-progress, active or failed (or the service's CREATE "
           "PENDING, CREATE IN_PROGRESS, ACTIVE, CREATE FAILED), not “done”.";
    QTest::newRow("queue for list") << "list --queue"
                                    << "Option --queue does not apply to “list”.";
}

void TestCliArguments::mistakes()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, message);
    const auto parsed = parse(commandLine);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), message);
}

QTEST_GUILESS_MAIN(TestCliArguments)
#include "tst_cliarguments.moc"
