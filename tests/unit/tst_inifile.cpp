#include "aws/inifile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// The INI dialect of the AWS config files: sections, comments, continuation lines, nested
// blocks and how malformed lines are reported.
class TestIniFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void properties_data();
    void properties();
    void nestedBlock();
    void continuationJoinsLines();
    void duplicates();
    void sectionOrderAndLines();
    void malformedLines_data();
    void malformedLines();
    void keysAreCaseSensitive();
    void missingFileIsEmpty();
    void loadsFile();
    void onlyRegularFilesAreRead_data();
    void onlyRegularFilesAreRead();
    void tooLargeFileIsNotRead();
};

using Properties = QMap<QString, QString>;

void TestIniFile::properties_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray("[a]\nregion = eu-west-1\n") << "region"
                           << "eu-west-1";
    QTest::newRow("no spaces") << QByteArray("[a]\nregion=eu-west-1\n") << "region"
                               << "eu-west-1";
    QTest::newRow("extra spaces") << QByteArray("[ a ]\n  \t\nregion   =    eu-west-1   \n")
                                  << "region"
                                  << "eu-west-1";
    QTest::newRow("tabs") << QByteArray("[a]\nregion\t=\teu-west-1\t\n") << "region"
                          << "eu-west-1";
    QTest::newRow("crlf") << QByteArray("[a]\r\nregion = eu-west-1\r\n") << "region"
                          << "eu-west-1";
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF[a]\nregion = x\n") << "region"
                         << "x";
    QTest::newRow("hash comment line")
        << QByteArray("# c\n[a]\n# region = no\nregion = y\n") << "region"
        << "y";
    QTest::newRow("semicolon comment line")
        << QByteArray("[a]\n; region = no\nregion = y\n") << "region"
        << "y";
    QTest::newRow("indented comment line") << QByteArray("[a]\n   # note\nregion = y\n") << "region"
                                           << "y";
    QTest::newRow("inline hash after space")
        << QByteArray("[a]\nregion = y # comment\n") << "region"
        << "y";
    QTest::newRow("inline semicolon after tab")
        << QByteArray("[a]\nregion = y\t; comment\n") << "region"
        << "y";
    QTest::newRow("hash without space stays") << QByteArray("[a]\nurl = http://h/p#frag\n") << "url"
                                              << "http://h/p#frag";
    QTest::newRow("semicolon without space stays") << QByteArray("[a]\nv = a;b\n") << "v"
                                                   << "a;b";
    QTest::newRow("comment after header") << QByteArray("[a] # the a profile\nv = 1\n") << "v"
                                          << "1";
    QTest::newRow("equals in value") << QByteArray("[a]\nv = x=y=z\n") << "v"
                                     << "x=y=z";
    QTest::newRow("empty value") << QByteArray("[a]\nv =\n") << "v"
                                 << "";
    QTest::newRow("utf8 value") << QByteArray("[a]\nv = caf\xC3\xA9\n") << "v"
                                << QString::fromUtf8("caf\xC3\xA9");
    QTest::newRow("no final newline") << QByteArray("[a]\nv = 1") << "v"
                                      << "1";
}

void TestIniFile::properties()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(QString, expected);

    const IniFile ini = IniFile::parse(text, QStringLiteral("config"));
    QVERIFY2(ini.warnings().isEmpty(), qPrintable(ini.warnings().join(u'\n')));
    const IniSection *section = ini.section(QStringLiteral("a"));
    QVERIFY(section);
    QVERIFY(section->properties.contains(key));
    QCOMPARE(section->properties.value(key), expected);
    QCOMPARE(section->properties.size(), 1);
}

void TestIniFile::nestedBlock()
{
    const IniFile ini = IniFile::parse("[services local]\n"
                                       "personalize =\n"
                                       "  endpoint_url = http://localhost:4566 # loopback\n"
                                       "  # a comment inside the block\n"
                                       "\tsigning = v4\n"
                                       "s3 =\n"
                                       "  addressing_style = path\n"
                                       "region = us-east-1\n");
    QVERIFY2(ini.warnings().isEmpty(), qPrintable(ini.warnings().join(u'\n')));
    const IniSection *section = ini.section(QStringLiteral("services local"));
    QVERIFY(section);
    QCOMPARE(section->properties.value(QStringLiteral("personalize")), QString());
    QCOMPARE(section->subProperties.value(QStringLiteral("personalize")),
             (Properties{{QStringLiteral("endpoint_url"), QStringLiteral("http://localhost:4566")},
                         {QStringLiteral("signing"), QStringLiteral("v4")}}));
    QCOMPARE(section->subProperties.value(QStringLiteral("s3")),
             (Properties{{QStringLiteral("addressing_style"), QStringLiteral("path")}}));
    QCOMPARE(section->properties.value(QStringLiteral("region")), QStringLiteral("us-east-1"));
}

void TestIniFile::continuationJoinsLines()
{
    const IniFile ini = IniFile::parse("[a]\n"
                                       "scopes = sso:account:access\n"
                                       "   codecatalyst:read_write\n"
                                       "\n"
                                       "  third = line\n"
                                       "next = 1\n");
    QVERIFY2(ini.warnings().isEmpty(), qPrintable(ini.warnings().join(u'\n')));
    const IniSection *section = ini.section(QStringLiteral("a"));
    QVERIFY(section);
    QCOMPARE(section->properties.value(QStringLiteral("scopes")),
             QStringLiteral("sso:account:access\ncodecatalyst:read_write\nthird = line"));
    QVERIFY(section->subProperties.isEmpty());
    QCOMPARE(section->properties.value(QStringLiteral("next")), QStringLiteral("1"));
}

void TestIniFile::duplicates()
{
    const IniFile ini = IniFile::parse("[a]\nregion = one\nregion = two\n"
                                       "[b]\nx = 1\n"
                                       "[a]\nregion = three\nother = yes\n");
    QVERIFY(ini.warnings().isEmpty());
    QCOMPARE(ini.sections().size(), 2);
    const IniSection *a = ini.section(QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->properties.value(QStringLiteral("region")), QStringLiteral("three"));
    QCOMPARE(a->properties.value(QStringLiteral("other")), QStringLiteral("yes"));
}

void TestIniFile::sectionOrderAndLines()
{
    const IniFile ini = IniFile::parse("# top\n[profile z]\nv = 1\n\n[default]\n[sso-session s]\n");
    QCOMPARE(ini.sections().size(), 3);
    QCOMPARE(ini.sections().at(0).name, QStringLiteral("profile z"));
    QCOMPARE(ini.sections().at(0).line, 2);
    QCOMPARE(ini.sections().at(1).name, QStringLiteral("default"));
    QCOMPARE(ini.sections().at(1).line, 5);
    QCOMPARE(ini.sections().at(2).name, QStringLiteral("sso-session s"));
    QVERIFY(!ini.section(QStringLiteral("missing")));
}

void TestIniFile::malformedLines_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<QStringList>("aKeys"); // what survives in [a]

    QTest::newRow("property before any section")
        << QByteArray("region = x\n[a]\nv = 1\n") << 1 << "outside of any valid [section]"
        << QStringList{QStringLiteral("v")};
    QTest::newRow("line without equals")
        << QByteArray("[a]\nv = 1\njust words\nw = 2\n") << 3 << "expected \"name = value\""
        << QStringList{QStringLiteral("v"), QStringLiteral("w")};
    QTest::newRow("missing key") << QByteArray("[a]\n= 1\nv = 2\n") << 2 << "has no name"
                                 << QStringList{QStringLiteral("v")};
    QTest::newRow("unclosed header") << QByteArray("[a]\nv = 1\n[b\nw = 2\n") << 3 << "no closing"
                                     << QStringList{QStringLiteral("v")};
    QTest::newRow("empty header") << QByteArray("[a]\nv = 1\n[ ]\nw = 2\n") << 3 << "name is empty"
                                  << QStringList{QStringLiteral("v")};
    QTest::newRow("text after header")
        << QByteArray("[a]\nv = 1\n[b] junk\nw = 2\n") << 3 << "after the section header"
        << QStringList{QStringLiteral("v")};
    QTest::newRow("block line without equals")
        << QByteArray("[a]\ns3 =\n  nonsense\nv = 1\n") << 3 << "inside the \"s3\" block"
        << QStringList{QStringLiteral("s3"), QStringLiteral("v")};
}

void TestIniFile::malformedLines()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, fragment);
    QFETCH(QStringList, aKeys);

    const IniFile ini = IniFile::parse(text, QStringLiteral("/home/u/.aws/config"));
    QCOMPARE(ini.warnings().size(), 1);
    const QString warning = ini.warnings().first();
    QVERIFY2(warning.startsWith(u"/home/u/.aws/config:" + QString::number(line) + u": "),
             qPrintable(warning));
    QVERIFY2(warning.contains(fragment), qPrintable(warning));
    const IniSection *a = ini.section(QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->properties.keys(), aKeys);
}

void TestIniFile::keysAreCaseSensitive()
{
    // Like the SDKs' profile parser: "Region" is not "region".
    const IniFile ini = IniFile::parse("[a]\nRegion = one\nregion = two\n");
    const IniSection *a = ini.section(QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->properties.size(), 2);
    QCOMPARE(a->properties.value(QStringLiteral("region")), QStringLiteral("two"));
}

void TestIniFile::missingFileIsEmpty()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const IniFile ini = IniFile::load(dir.filePath(QStringLiteral("nope")));
    QVERIFY(!ini.exists());
    QVERIFY(ini.sections().isEmpty());
    QVERIFY(ini.warnings().isEmpty());
}

void TestIniFile::loadsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[default]\nregion = eu-west-1\nbroken line\n");
    file.close();
    const IniFile ini = IniFile::load(path);
    QVERIFY(ini.exists());
    QCOMPARE(ini.fileName(), path);
    QCOMPARE(ini.section(QStringLiteral("default"))->properties.value(QStringLiteral("region")),
             QStringLiteral("eu-west-1"));
    QCOMPARE(ini.warnings().size(), 1);
    QVERIFY(ini.warnings().first().startsWith(path + QStringLiteral(":3: ")));
}

void TestIniFile::onlyRegularFilesAreRead_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << QStringLiteral("folder");
#ifdef Q_OS_UNIX
    QTest::newRow("fifo") << QStringLiteral("fifo");
    QTest::newRow("endless device") << QStringLiteral("/dev/zero");
#endif
}

void TestIniFile::onlyRegularFilesAreRead()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = kind;
    if (kind == u"folder") {
        path = dir.filePath(QStringLiteral("config"));
        QVERIFY(QDir().mkpath(path));
    } else if (kind == u"fifo") {
#ifdef Q_OS_UNIX
        // Nobody ever writes to it: opening it for reading the usual way blocks for ever.
        path = dir.filePath(QStringLiteral("config"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#endif
    }
    QElapsedTimer timer;
    timer.start();
    const IniFile ini = IniFile::load(path);
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!ini.exists());
    QVERIFY(ini.sections().isEmpty());
    QVERIFY(ini.warnings().isEmpty());
    QVERIFY2(ini.loadError().contains(u"is not a regular file"), qPrintable(ini.loadError()));
    QVERIFY(ini.loadError().contains(QDir::toNativeSeparators(path)));
}

void TestIniFile::tooLargeFileIsNotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("credentials"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[default]\nregion = eu-west-1\n");
    QVERIFY(file.resize(IniFile::kMaxFileBytes + 1)); // sparse: costs no disk space
    file.close();
    const IniFile ini = IniFile::load(path);
    QVERIFY(ini.sections().isEmpty());
    QVERIFY2(ini.loadError().contains(u"is larger than 4 MiB"), qPrintable(ini.loadError()));
    QVERIFY(ini.loadError().contains(QDir::toNativeSeparators(path)));

    QVERIFY(file.resize(IniFile::kMaxFileBytes));
    const IniFile atTheLimit = IniFile::load(path);
    QVERIFY2(atTheLimit.loadError().isEmpty(), qPrintable(atTheLimit.loadError()));
    QVERIFY(atTheLimit.section(QStringLiteral("default")));
}

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
