#include "aws/awsclient.h"
#include "cli/clidispatcher.h"
#include "cli/clitranslations.h"
#include "common/scriptedhttpserver.h"
#include "personalize/personalizeclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// importdesk-cli speaks the user's language, from the catalogue the app ships, and keeps what
// scripts read (JSON, ARNs, status values, the list's column names) as it is.
class TestCliTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageInFrench();
    void validationInFrench();
    void listHeaderStaysForScripts();
    void executableFollowsTheSystemLanguage_data();
    void executableFollowsTheSystemLanguage();
    void executableFollowsThePreferences_data();
    void executableFollowsThePreferences();

private:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList &arguments, PersonalizeClient *client);
};

void TestCliTranslations::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QVERIFY(CliTranslations::install(QCoreApplication::instance()));
}

TestCliTranslations::Outcome TestCliTranslations::run(const QStringList &arguments,
                                                      PersonalizeClient *client)
{
    Outcome outcome;
    const auto invocation = CliArguments::parse(arguments);
    if (!invocation)
        return outcome;
    QTextStream out(&outcome.out);
    QTextStream err(&outcome.err);
    const std::unique_ptr<CliCommand> command =
        CliDispatcher::commandFor(invocation.value(), &out, &err);
    command->setConnection(client, QStringLiteral("us-east-1"));
    QSignalSpy finished(command.get(), &CliCommand::finished);
    command->run();
    if (finished.wait(30000))
        outcome.exitCode = finished.constFirst().constFirst().toInt();
    return outcome;
}

void TestCliTranslations::usageInFrench()
{
    const auto parsed = CliArguments::parse({QStringLiteral("upload")});
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error(), QStringLiteral("« upload » n'est pas une commande. Utilisez l'une de "
                                            "celles-ci : submit, describe, list, watch, datasets "
                                            "(importdesk-cli --help les présente toutes)."));
    QVERIFY2(CliArguments::usage().startsWith(u"Utilisation : importdesk-cli COMMANDE [OPTIONS]\n"),
             qPrintable(CliArguments::usage()));

    QString text;
    QTextStream stream(&text);
    CliDispatcher dispatcher(&stream, &stream);
    QSignalSpy finished(&dispatcher, &CliDispatcher::finished);
    dispatcher.run({QStringLiteral("list"), QStringLiteral("--region")});
    QVERIFY(finished.wait());
    QCOMPARE(text, QStringLiteral("importdesk-cli : L'option --region attend une valeur.\n"
                                  "Exécutez importdesk-cli --help pour voir les commandes.\n"));
}

void TestCliTranslations::validationInFrench()
{
    AwsClient aws; // never called: nothing is sent
    PersonalizeClient client(&aws);
    const Outcome outcome =
        run({QStringLiteral("submit"), QStringLiteral("--job-name"), QStringLiteral("has space"),
             QStringLiteral("--dataset-arn"),
             QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/shop/ITEMS"),
             QStringLiteral("--data-location"), QStringLiteral("s3://bucket/items.csv")},
            &client);
    QCOMPARE(outcome.exitCode, int(CliCommand::BadInput));
    QVERIFY2(outcome.err.startsWith(u"erreur : --job-name : Un nom de tâche ne peut contenir que "),
             qPrintable(outcome.err));
    QVERIFY2(outcome.err.endsWith(u"importdesk-cli : rien n'a été envoyé ; corrigez les valeurs "
                                  u"ci-dessus et réessayez.\n"),
             qPrintable(outcome.err));
}

// The table of `list` is what scripts cut into columns: its header and values do not change
// with the language; the labels of `describe`, written for people, do.
void TestCliTranslations::listHeaderStaysForScripts()
{
    ScriptedHttpServer server;
    QVERIFY(server.listen());
    server.setFallback(ScriptedResponse::json(
        200, R"({"datasetImportJobs": [{"jobName": "j1", "status": "ACTIVE", "importMode": "FULL",
              "datasetImportJobArn": "arn:aws:personalize:us-east-1:1:dataset-import-job/j1"}]})"));
    AwsClient aws;
    AwsClientSettings settings;
    settings.region = QStringLiteral("us-east-1");
    settings.endpoint = server.url();
    aws.setSettings(settings);
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QStringLiteral("secret-for-the-test");
    aws.setStaticCredentials(credentials);
    PersonalizeClient client(&aws);

    const Outcome listed = run({QStringLiteral("list")}, &client);
    QCOMPARE(listed.exitCode, int(CliCommand::Success));
    QVERIFY2(listed.out.startsWith(u"NAME  STATUS              MODE         CREATED              "
                                   u"ARN\nj1    ACTIVE              FULL "),
             qPrintable(listed.out));
}

void TestCliTranslations::executableFollowsTheSystemLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French") << "fr_FR.UTF-8"
                            << "importdesk-cli : « upload » n'est pas une commande.";
    QTest::newRow("English") << "C.UTF-8"
                             << "importdesk-cli: “upload” is not a command.";
}

void TestCliTranslations::executableFollowsTheSystemLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(IMPORTDESK_CLI_EXECUTABLE), {QStringLiteral("upload")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), int(CliCommand::BadInput));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.startsWith(expected), qPrintable(err));
}

void TestCliTranslations::executableFollowsThePreferences_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QByteArray>("settings");
    QTest::addColumn<QString>("expected");
    QTest::newRow("French chosen, English system")
        << "C.UTF-8" << QByteArray("[preferences]\nlanguage=fr\n")
        << "importdesk-cli : « upload » n'est pas une commande.";
    QTest::newRow("English chosen, French system")
        << "fr_FR.UTF-8" << QByteArray("[preferences]\nlanguage=en\n")
        << "importdesk-cli: “upload” is not a command.";
    QTest::newRow("the system's") << "fr_FR.UTF-8" << QByteArray("[preferences]\nlanguage=\n")
                                  << "importdesk-cli : « upload » n'est pas une commande.";
    QTest::newRow("unknown value") << "C.UTF-8" << QByteArray("[preferences]\nlanguage=tlh\n")
                                   << "importdesk-cli: “upload” is not a command.";
}

// The language chosen in the app's Preferences applies to the CLI too.
void TestCliTranslations::executableFollowsThePreferences()
{
    QFETCH(QString, locale);
    QFETCH(QByteArray, settings);
    QFETCH(QString, expected);
    QTemporaryDir config;
    QVERIFY(config.isValid());
    QVERIFY(QDir(config.path()).mkpath(QStringLiteral("ImportDesk/importdesk")));
    QFile file(config.filePath(QStringLiteral("ImportDesk/importdesk/importdesk.ini")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(settings);
    file.close();

    QProcess cli;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(IMPORTDESK_CLI_EXECUTABLE), {QStringLiteral("upload")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), int(CliCommand::BadInput));
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(err.startsWith(expected), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestCliTranslations)
#include "tst_clitranslations.moc"
