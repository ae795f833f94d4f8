#include "cli/clidispatcher.h"
#include "cli/terminalmfaprompt.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// From a command line to a finished command: which command runs, which connection it gets from
// the AWS configuration, and what is printed when either cannot be had.
class TestCliDispatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commandsByName_data();
    void commandsByName();
    void usageErrorSaysWhatToType();
    void helpNeedsNoConfiguration();
    void unusableConfigurationIsBadInput();
    void connectsThroughTheAwsConfiguration();
    void credentialErrorIsPrintedOnce();
    void assumedRoleProfileWorksEndToEnd();
    void webIdentityFromTheEnvironmentWorksEndToEnd();
    void mfaWithoutTerminalFailsClearly();
    void terminalPromptReadsTheCode();
    void terminalPromptGivesUpAtEndOfInput();

private:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList &arguments, const QProcessEnvironment &environment);

    QTemporaryDir m_home; // no ~/.aws: nothing of the user's configuration leaks in
};

void TestCliDispatcher::initTestCase()
{
    QVERIFY(m_home.isValid());
}

TestCliDispatcher::Outcome TestCliDispatcher::run(const QStringList &arguments,
                                                  const QProcessEnvironment &environment)
{
    Outcome outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    CliDispatcher dispatcher(&out, &err);
    AwsSessionOptions options;
    options.environment = environment;
    options.homeDir = m_home.path();
    dispatcher.setSessionOptions(options);
    QSignalSpy finished(&dispatcher, &CliDispatcher::finished);
    dispatcher.run(arguments);
    if (finished.wait(30000))
        outcome.exitCode = finished.constFirst().constFirst().toInt();
    return outcome;
}

void TestCliDispatcher::commandsByName_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("needsConnection");
    QTest::newRow("submit") << "submit --cli-input-json job.json"
                            << "submit" << true;
    QTest::newRow("describe") << "describe arn:a"
                              << "describe" << true;
    QTest::newRow("list") << "list"
                          << "list" << true;
    QTest::newRow("watch") << "watch arn:a arn:b"
                           << "watch" << true;
    QTest::newRow("datasets") << "datasets"
                              << "datasets" << true;
    QTest::newRow("help") << "help"
                          << "help" << false;
    QTest::newRow("no command") << ""
                                << "help" << false;
    QTest::newRow("--help") << "watch arn:a --help"
                            << "help" << false;
    QTest::newRow("--version") << "--version"
                               << "version" << false;
}

void TestCliDispatcher::commandsByName()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, name);
    QFETCH(bool, needsConnection);
    const auto invocation = CliArguments::parse(commandLine.split(u' ', Qt::SkipEmptyParts));
    QVERIFY(invocation.ok());
    QString text;
    QTextStream stream(&text);
    const std::unique_ptr<CliCommand> command =
        CliDispatcher::commandFor(invocation.value(), &stream, &stream);
    QCOMPARE(command->name(), name);
    QCOMPARE(command->needsConnection(), needsConnection);
}

void TestCliDispatcher::usageErrorSaysWhatToType()
{
    const Outcome outcome = run({QStringLiteral("list"), QStringLiteral("--colour")}, {});
    QCOMPARE(outcome.exitCode, int(CliCommand::BadInput));
    QVERIFY(outcome.out.isEmpty());
    QCOMPARE(outcome.err, QStringLiteral("importdesk-cli: Unknown option --colour "
                                         "(importdesk-cli --help lists the options).\n"
                                         "Run importdesk-cli --help for the commands.\n"));

    // What the user typed is shown, not acted on by the terminal.
    const Outcome hostile = run({QStringLiteral("\x1b[2J")}, {});
    QCOMPARE(hostile.exitCode, int(CliCommand::BadInput));
    QVERIFY2(hostile.err.startsWith(u"importdesk-cli: “\\x1b[2J” is not a command."),
             qPrintable(hostile.err));
}

void TestCliDispatcher::helpNeedsNoConfiguration()
{
    // No region, no credentials: help and version still answer.
    const Outcome help = run({QStringLiteral("--help")}, {});
    QCOMPARE(help.exitCode, int(CliCommand::Success));
    QCOMPARE(help.out, CliArguments::usage());
    const Outcome version = run({QStringLiteral("--version")}, {});
    QCOMPARE(version.exitCode, int(CliCommand::Success));
    QCOMPARE(version.out, QStringLiteral("importdesk-cli " IMPORTDESK_VERSION "\n"));
}

void TestCliDispatcher::unusableConfigurationIsBadInput()
{
    const Outcome outcome = run({QStringLiteral("list")}, {});
    QCOMPARE(outcome.exitCode, int(CliCommand::BadInput));
    QVERIFY2(outcome.err.startsWith(u"importdesk-cli: ") && outcome.err.contains(u"AWS_REGION"),
             qPrintable(outcome.err));
}

void TestCliDispatcher::connectsThroughTheAwsConfiguration()
{
    SandboxOptions options;
    options.port = 0;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen(0));
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), SandboxDefaults::kAccessKeyId);
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), SandboxDefaults::kSecretAccessKey);
    environment.insert(QStringLiteral("AWS_REGION"), SandboxDefaults::kRegion);

    const Outcome outcome = run(
        {QStringLiteral("datasets"), QStringLiteral("--endpoint-url"), sandbox.url().toString()},
        environment);
    QCOMPARE(outcome.exitCode, int(CliCommand::Success));
    QVERIFY2(outcome.out.contains(u"retail-shop"), qPrintable(outcome.out + outcome.err));
    QVERIFY2(outcome.err.isEmpty(), qPrintable(outcome.err));
}

namespace {
QStringList g_logged;
void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_logged.append(message);
}
} // namespace

// The credential chain logs its failure as a warning; the CLI reports the same failure itself,
// so the user reads it once.
void TestCliDispatcher::credentialErrorIsPrintedOnce()
{
    g_logged.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordMessage);
    const Outcome outcome =
        run({QStringLiteral("list"), QStringLiteral("--region"), QStringLiteral("us-east-1"),
             QStringLiteral("--endpoint-url"), QStringLiteral("http://127.0.0.1:9")},
            {});
    qInstallMessageHandler(previous);

    QCOMPARE(outcome.exitCode, int(CliCommand::RequestFailed));
    QCOMPARE(outcome.err.count(u"No AWS credentials were found"), 1);
    QVERIFY2(outcome.err.startsWith(u"importdesk-cli: No AWS credentials were found"),
             qPrintable(outcome.err));
    const QString logged = g_logged.join(u'\n');
    QVERIFY2(!logged.contains(u"No AWS credentials were found"), qPrintable(logged));
}

// The real importdesk-cli with a profile that assumes a role: it gets temporary credentials from
// the sandbox's STS with the source profile's keys, then lists jobs with them.
void TestCliDispatcher::assumedRoleProfileWorksEndToEnd()
{
    SandboxOptions options;
    options.port = 0;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen(0));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws")));
    QFile config(home.filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile assumed]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
                 "source_profile = base\nregion = " +
                 QByteArray(SandboxDefaults::kRegion.data()) + "\n");
    config.close();
    QFile credentials(home.filePath(QStringLiteral(".aws/credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write(
        "[base]\naws_access_key_id = " + QByteArray(SandboxDefaults::kAccessKeyId.data()) +
        "\naws_secret_access_key = " + QByteArray(SandboxDefaults::kSecretAccessKey.data()) + "\n");
    credentials.close();

    QProcess cli;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // Personalize and STS both at the sandbox.
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), sandbox.url().toString());
    cli.setProcessEnvironment(environment);
    QSignalSpy finished(&cli, &QProcess::finished);
    // The sandbox answers from this thread's event loop while the CLI runs.
    cli.start(QStringLiteral(IMPORTDESK_CLI_EXECUTABLE),
              {QStringLiteral("--profile"), QStringLiteral("assumed"), QStringLiteral("list")});
    QVERIFY(finished.wait(60000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == int(CliCommand::Success), qPrintable(out + err));
    QVERIFY2(out.contains(u"dataset-import-job/"), qPrintable(out + err));

    QCOMPARE(sandbox.requestCount(QStringLiteral("AssumeRole")), 1);
    QVERIFY(sandbox.requestCount(QStringLiteral("ListDatasetImportJobs")) >= 1);
    for (const SandboxRequestRecord &record : sandbox.requestLog())
        QVERIFY2(record.status == 200, qPrintable(record.operation + u' ' + record.errorCode));

    // submit with the same profile, every request logged: the temporary key, its secret and
    // token appear nowhere in what the CLI prints.
    cli.start(QStringLiteral(IMPORTDESK_CLI_EXECUTABLE),
              {QStringLiteral("--profile"), QStringLiteral("assumed"), QStringLiteral("--debug"),
               QStringLiteral("submit"), QStringLiteral("--job-name"),
               QStringLiteral("through-a-role"), QStringLiteral("--dataset-arn"),
               QStringLiteral("arn:aws:personalize:%1:%2:dataset/retail-shop/ITEMS")
                   .arg(SandboxDefaults::kRegion, SandboxDefaults::kAccountId),
               QStringLiteral("--data-location"), QStringLiteral("s3://bucket/items.csv"),
               QStringLiteral("--role-arn"),
               QStringLiteral("arn:aws:iam::%1:role/PersonalizeS3Read")
                   .arg(SandboxDefaults::kAccountId)});
    QVERIFY(finished.wait(60000));
    const QString submitOut = QString::fromUtf8(cli.readAllStandardOutput());
    const QString submitErr = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == int(CliCommand::Success), qPrintable(submitOut + submitErr));
    QVERIFY2(submitOut.contains(u"dataset-import-job/through-a-role"), qPrintable(submitOut));
    QCOMPARE(sandbox.requestCount(QStringLiteral("AssumeRole")), 2);
    QVERIFY(sandbox.requestCount(QStringLiteral("CreateDatasetImportJob")) == 1);
    const QString printed = submitOut + submitErr;
    // Temporary key ids (a shortened "ASIA…WXYZ" says which kind of key without giving it).
    const QRegularExpressionMatch keyId =
        QRegularExpression(QStringLiteral("ASIA[A-Z0-9]{16}")).match(printed);
    QVERIFY2(!keyId.hasMatch(),
             qPrintable(printed.mid(qMax(0, int(keyId.capturedStart()) - 120), 200)));
    QVERIFY2(!printed.contains(u"IQoJsandbox"), qPrintable(printed)); // session tokens
    QVERIFY2(!printed.contains(QString(SandboxDefaults::kSecretAccessKey)), qPrintable(printed));

    // A role STS refuses is reported in plain words, naming the profile.
    config.open(QIODevice::WriteOnly | QIODevice::Truncate);
    config.write("[profile assumed]\nrole_arn = arn:aws:iam::1:role/Operator\n"
                 "source_profile = base\nregion = us-east-1\n");
    config.close();
    QProcess refused;
    refused.setProcessEnvironment(environment);
    QSignalSpy refusedFinished(&refused, &QProcess::finished);
    refused.start(QStringLiteral(IMPORTDESK_CLI_EXECUTABLE),
                  {QStringLiteral("--profile"), QStringLiteral("assumed"), QStringLiteral("list")});
    QVERIFY(refusedFinished.wait(60000));
    const QString refusal = QString::fromUtf8(refused.readAllStandardError());
    QCOMPARE(refused.exitCode(), int(CliCommand::RequestFailed));
    QVERIFY2(refusal.contains(u"The role of the profile \"assumed\" could not be assumed"),
             qPrintable(refusal));
    QVERIFY2(!refusal.contains(QLatin1String(SandboxDefaults::kSecretAccessKey)),
             qPrintable(refusal));
}

namespace {

// A home folder with the sandbox's keys as profile "base".
void writeBaseKeys(const QTemporaryDir &home)
{
    QDir(home.path()).mkpath(QStringLiteral(".aws"));
    QFile credentials(home.filePath(QStringLiteral(".aws/credentials")));
    QVERIFY(credentials.open(QIODevice::WriteOnly));
    credentials.write(
        "[base]\naws_access_key_id = " + QByteArray(SandboxDefaults::kAccessKeyId.data()) +
        "\naws_secret_access_key = " + QByteArray(SandboxDefaults::kSecretAccessKey.data()) + "\n");
}

} // namespace

void TestCliDispatcher::webIdentityFromTheEnvironmentWorksEndToEnd()
{
    SandboxOptions options;
    options.port = 0;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen(0));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QFile token(home.filePath(QStringLiteral("token.jwt")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjaSJ9.c2lnbmF0dXJlMDEyMzQ1Njc4OQ\n");
    token.close();

    QProcess cli;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), sandbox.url().toString());
    environment.insert(QStringLiteral("AWS_REGION"), QLatin1String(SandboxDefaults::kRegion));
    environment.insert(QStringLiteral("AWS_WEB_IDENTITY_TOKEN_FILE"), token.fileName());
    environment.insert(QStringLiteral("AWS_ROLE_ARN"),
                       QStringLiteral("arn:aws:iam::111122223333:role/Ci"));
    cli.setProcessEnvironment(environment);
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start(QStringLiteral(IMPORTDESK_CLI_EXECUTABLE), {QStringLiteral("list")});
    QVERIFY(finished.wait(60000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(cli.exitCode() == int(CliCommand::Success), qPrintable(out + err));
    QCOMPARE(sandbox.requestCount(QStringLiteral("AssumeRoleWithWebIdentity")), 1);
    QVERIFY(!err.contains(u"c2lnbmF0dXJlMDEyMzQ1Njc4OQ"));
}

void TestCliDispatcher::mfaWithoutTerminalFailsClearly()
{
    SandboxOptions options;
    options.port = 0;
    SandboxServer sandbox(options);
    QVERIFY(sandbox.listen(0));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    writeBaseKeys(home);
    QFile config(home.filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile guarded]\nrole_arn = arn:aws:iam::111122223333:role/Operator\n"
                 "source_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/ops\n"
                 "region = " +
                 QByteArray(SandboxDefaults::kRegion.data()) + "\n");
    config.close();

    // A child process's standard input is a pipe, as in a script or a CI job.
    QProcess cli;
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), sandbox.url().toString());
    cli.setProcessEnvironment(environment);
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start(QStringLiteral(IMPORTDESK_CLI_EXECUTABLE),
              {QStringLiteral("--profile"), QStringLiteral("guarded"), QStringLiteral("list")});
    QVERIFY(finished.wait(60000));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), int(CliCommand::RequestFailed));
    for (const char *fragment :
         {"profile \"guarded\" needs an MFA code", "arn:aws:iam::111122223333:mfa/ops",
          "not a terminal", "Run the command from a terminal", "AWS_SESSION_TOKEN"})
        QVERIFY2(err.contains(QLatin1String(fragment)), qPrintable(err));
    QVERIFY2(!err.contains(u"MFA code: "), qPrintable(err)); // no prompt nobody can answer
    QCOMPARE(sandbox.requestCount(QStringLiteral("AssumeRole")), 0);
}

void TestCliDispatcher::terminalPromptReadsTheCode()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QString errText;
    QTextStream err(&errText);
    std::optional<std::optional<QString>> answered;
    {
        TerminalMfaPrompt prompt(&err, fds[0]);
        prompt.ask(QStringLiteral("guarded"), QStringLiteral("arn:aws:iam::111122223333:mfa/ops"),
                   [&answered](std::optional<QString> code) { answered = code; });
        QVERIFY(errText.contains(u"The profile \"guarded\" needs a code from the MFA device "
                                 u"arn:aws:iam::111122223333:mfa/ops."));
        QVERIFY(errText.endsWith(u"MFA code: "));
        // A wrong format is asked again; the answer may come in pieces.
        QCOMPARE(::write(fds[1], "12ab\n", 5), ssize_t(5));
        QTRY_VERIFY(errText.contains(u"An MFA code is 6 digits"));
        QVERIFY(!answered);
        QCOMPARE(::write(fds[1], "738", 3), ssize_t(3));
        QCOMPARE(::write(fds[1], "215\n", 4), ssize_t(4));
        QTRY_VERIFY(answered.has_value());
    }
    QCOMPARE(*answered, std::optional<QString>(QStringLiteral("738215")));
    ::close(fds[0]);
    ::close(fds[1]);
}

void TestCliDispatcher::terminalPromptGivesUpAtEndOfInput()
{
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    QString errText;
    QTextStream err(&errText);
    std::optional<std::optional<QString>> answered;
    TerminalMfaPrompt prompt(&err, fds[0]);
    prompt.ask(QStringLiteral("guarded"), QStringLiteral("arn:aws:iam::111122223333:mfa/ops"),
               [&answered](std::optional<QString> code) { answered = code; });
    ::close(fds[1]); // Ctrl+D
    QTRY_VERIFY(answered.has_value());
    QVERIFY(!answered->has_value());
    ::close(fds[0]);

    // And at the deadline, saying so.
    QCOMPARE(::pipe(fds), 0);
    std::optional<std::optional<QString>> late;
    TerminalMfaPrompt slow(&err, fds[0]);
    slow.setDeadline(std::chrono::milliseconds(50));
    slow.ask(QStringLiteral("guarded"), QStringLiteral("arn:aws:iam::111122223333:mfa/ops"),
             [&late](std::optional<QString> code) { late = code; });
    QTRY_VERIFY(late.has_value());
    QVERIFY(!late->has_value());
    QVERIFY2(errText.contains(u"No MFA code was typed within"), qPrintable(errText));
    ::close(fds[0]);
    ::close(fds[1]);
}

QTEST_GUILESS_MAIN(TestCliDispatcher)
#include "tst_clidispatcher.moc"
