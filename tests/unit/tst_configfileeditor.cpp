#include "aws/configfileeditor.h"
#include "aws/sharedconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// The config file edited in place: comments, blank lines, order, unknown keys, odd spacing,
// CRLF and the "[default]" form survive; new sections go at the end; the file is replaced
// atomically and keeps its mode, and a new one is private.
class TestConfigFileEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void untouchedTextRoundTrips_data();
    void untouchedTextRoundTrips();
    void newProfileGoesAtTheEnd();
    void existingProfileIsChangedInPlace();
    void defaultSectionKeepsItsForm();
    void oddSpacingAndUnknownKeysSurvive();
    void crlfStaysCrlf();
    void ssoSessionSection();
    void removedKeysTakeTheirBlocks();
    void fileThatDoesNotExistYet();
    void existingFileKeepsItsMode();
    void unreadableFileIsRefused();
};

namespace {

const QByteArray kCommented = "# my AWS settings\n"
                              "[default]\n"
                              "region = us-east-1 ; where I work\n"
                              "output=json\n"
                              "\n"
                              "; the lab account\n"
                              "[profile lab]\n"
                              "region = eu-west-1\n"
                              "cli_pager =\n"
                              "s3 =\n"
                              "  max_concurrent_requests = 20\n"
                              "\n"
                              "# keep this last\n";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestConfigFileEditor::untouchedTextRoundTrips_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("comments and blocks") << kCommented;
    QTest::newRow("no final line end") << QByteArray("[default]\nregion = us-east-1");
    QTest::newRow("crlf") << QByteArray("[default]\r\nregion = us-east-1\r\n\r\n");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf[default]\nregion = us-east-1\n");
    QTest::newRow("empty") << QByteArray();
}

void TestConfigFileEditor::untouchedTextRoundTrips()
{
    QFETCH(QByteArray, text);
    QByteArray expected = text;
    if (!expected.isEmpty() && !expected.endsWith('\n'))
        expected += '\n'; // a line end is added, nothing else changes
    QCOMPARE(ConfigFileEditor::fromText(text).text(), expected);
}

void TestConfigFileEditor::newProfileGoesAtTheEnd()
{
    ConfigFileEditor editor = ConfigFileEditor::fromText(kCommented);
    QVERIFY(!editor.hasProfile(QStringLiteral("prod")));
    QVERIFY(editor.hasProfile(QStringLiteral("lab")));
    QVERIFY(editor.hasProfile(QStringLiteral("default")));
    editor.setProfile(
        QStringLiteral("prod"),
        {{QStringLiteral("region"), QStringLiteral("eu-central-1")},
         {QStringLiteral("role_arn"), QStringLiteral("arn:aws:iam::123456789012:role/R")}});
    QCOMPARE(editor.text(), kCommented + "\n[profile prod]\nregion = eu-central-1\n"
                                         "role_arn = arn:aws:iam::123456789012:role/R\n");
    QVERIFY(editor.hasProfile(QStringLiteral("prod")));
}

void TestConfigFileEditor::existingProfileIsChangedInPlace()
{
    ConfigFileEditor editor = ConfigFileEditor::fromText(kCommented);
    editor.setProfile(
        QStringLiteral("lab"),
        {{QStringLiteral("region"), QStringLiteral("us-west-2")},
         {QStringLiteral("role_arn"), QStringLiteral("arn:aws:iam::123456789012:role/R")}});
    const QByteArray expected = "# my AWS settings\n"
                                "[default]\n"
                                "region = us-east-1 ; where I work\n"
                                "output=json\n"
                                "\n"
                                "; the lab account\n"
                                "[profile lab]\n"
                                "region = us-west-2\n"
                                "cli_pager =\n"
                                "s3 =\n"
                                "  max_concurrent_requests = 20\n"
                                "role_arn = arn:aws:iam::123456789012:role/R\n"
                                "\n"
                                "# keep this last\n";
    QCOMPARE(editor.text(), expected);
    // Read back as the CLI would.
    const SharedConfig config =
        SharedConfig::fromFiles(IniFile::parse(editor.text()), IniFile::parse({}));
    QCOMPARE(config.profile(QStringLiteral("lab")).value(QStringLiteral("role_arn")),
             QStringLiteral("arn:aws:iam::123456789012:role/R"));
    QCOMPARE(config.profileSection(QStringLiteral("lab"))
                 .subProperties.value(QStringLiteral("s3"))
                 .value(QStringLiteral("max_concurrent_requests")),
             QStringLiteral("20"));
}

void TestConfigFileEditor::defaultSectionKeepsItsForm()
{
    ConfigFileEditor editor = ConfigFileEditor::fromText(kCommented);
    editor.setProfile(QStringLiteral("default"),
                      {{QStringLiteral("region"), QStringLiteral("eu-west-3")}});
    const QByteArray text = editor.text();
    QVERIFY(text.contains("[default]\nregion = eu-west-3\noutput=json\n"));
    QVERIFY(!text.contains("[profile default]"));
}

void TestConfigFileEditor::oddSpacingAndUnknownKeysSurvive()
{
    const QByteArray odd = "[profile   dev]  # tabs and spaces\n"
                           "\tregion=eu-west-1\n" // indented: a continuation, not a key
                           "   \n"
                           "region   =   us-east-2\n"
                           "my_tool_setting = keep me\n";
    ConfigFileEditor editor = ConfigFileEditor::fromText(odd);
    QVERIFY(editor.hasProfile(QStringLiteral("dev")));
    editor.setProfile(QStringLiteral("dev"),
                      {{QStringLiteral("region"), QStringLiteral("ap-south-1")}});
    QCOMPARE(editor.text(), QByteArray("[profile   dev]  # tabs and spaces\n"
                                       "\tregion=eu-west-1\n"
                                       "   \n"
                                       "region = ap-south-1\n"
                                       "my_tool_setting = keep me\n"));
}

void TestConfigFileEditor::crlfStaysCrlf()
{
    ConfigFileEditor editor = ConfigFileEditor::fromText("[default]\r\nregion = us-east-1\r\n");
    editor.setProfile(QStringLiteral("new"),
                      {{QStringLiteral("region"), QStringLiteral("eu-west-1")}});
    QCOMPARE(editor.text(), QByteArray("[default]\r\nregion = us-east-1\r\n\r\n[profile new]\r\n"
                                       "region = eu-west-1\r\n"));
}

void TestConfigFileEditor::ssoSessionSection()
{
    ConfigFileEditor editor =
        ConfigFileEditor::fromText("[sso-session corp]\nsso_start_url = "
                                   "https://old.awsapps.com/start\nsso_region = us-east-1\n"
                                   "sso_registration_scopes = sso:account:access\n");
    QVERIFY(editor.hasSsoSession(QStringLiteral("corp")));
    QVERIFY(!editor.hasProfile(QStringLiteral("corp")));
    editor.setSsoSession(
        QStringLiteral("corp"),
        {{QStringLiteral("sso_start_url"), QStringLiteral("https://corp.awsapps.com/start")}});
    QCOMPARE(editor.text(),
             QByteArray("[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
                        "sso_region = us-east-1\nsso_registration_scopes = sso:account:access\n"));
}

void TestConfigFileEditor::removedKeysTakeTheirBlocks()
{
    ConfigFileEditor editor = ConfigFileEditor::fromText(kCommented);
    editor.setProfile(QStringLiteral("lab"), {}, {QStringLiteral("s3"), QStringLiteral("absent")});
    QVERIFY(!editor.text().contains("s3 ="));
    QVERIFY(!editor.text().contains("max_concurrent_requests"));
    QVERIFY(editor.text().contains("cli_pager =\n\n# keep this last\n"));
}

void TestConfigFileEditor::fileThatDoesNotExistYet()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral(".aws/config"));
    const auto loaded = ConfigFileEditor::load(path);
    QVERIFY(loaded.ok());
    ConfigFileEditor editor = loaded.value();
    QVERIFY(!editor.exists());
    editor.setProfile(QStringLiteral("first"),
                      {{QStringLiteral("region"), QStringLiteral("eu-west-1")}});
    const auto saved = editor.save();
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
    QCOMPARE(readAll(path), QByteArray("[profile first]\nregion = eu-west-1\n"));
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(home.filePath(QStringLiteral(".aws"))).permissions() & 0x0077,
             QFileDevice::Permissions());
#endif
}

void TestConfigFileEditor::existingFileKeepsItsMode()
{
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("config"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kCommented);
    }
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                      QFileDevice::ReadUser;
    QVERIFY(QFile::setPermissions(path, mode));
    const auto loaded = ConfigFileEditor::load(path);
    QVERIFY(loaded.ok());
    ConfigFileEditor editor = loaded.value();
    QVERIFY(editor.exists());
    editor.setProfile(QStringLiteral("x"),
                      {{QStringLiteral("region"), QStringLiteral("eu-west-1")}});
    QVERIFY(editor.save().ok());
    QCOMPARE(readAll(path), kCommented + "\n[profile x]\nregion = eu-west-1\n");
    // The owner, group and others bits (the "user" ones say what the tester may do).
    QCOMPARE(QFileInfo(path).permissions() & 0x7077, mode & 0x7077);
    // No temporary file is left beside it.
    QCOMPARE(QDir(home.path()).entryList(QDir::Files), QStringList{QStringLiteral("config")});
}

void TestConfigFileEditor::unreadableFileIsRefused()
{
    QTemporaryDir home;
    // A folder where the file should be.
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("config")));
    const auto loaded = ConfigFileEditor::load(home.filePath(QStringLiteral("config")));
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(u"config"), qPrintable(loaded.error()));
}

QTEST_GUILESS_MAIN(TestConfigFileEditor)
#include "tst_configfileeditor.moc"
