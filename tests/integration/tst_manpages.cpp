#include "common/testpaths.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The manual pages the packages install describe exactly the options each program's --help
// lists: a new option without an entry, or an entry for an option that went, fails here.
class TestManPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyOptionHasAnEntry_data();
    void everyOptionHasAnEntry();
    void readerOfTheManPageFindsOptions();

private:
    static QString helpOf(const QString &executable);
};

namespace {

// Long (--name) and short (-x) options named in a text.
QSet<QString> optionsIn(const QString &text)
{
    QSet<QString> options;
    static const QRegularExpression longOption(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    static const QRegularExpression shortOption(QStringLiteral("(?<![\\w-])-[a-zA-Z](?![\\w-])"));
    for (const QRegularExpression *pattern : {&longOption, &shortOption}) {
        for (const QRegularExpressionMatch &match : pattern->globalMatch(text))
            options.insert(match.captured());
    }
    return options;
}

// The options a manual page documents: those named on the tag line of a .TP paragraph.
QSet<QString> documentedOptions(const QString &roff)
{
    QString plain = roff;
    plain.replace(QStringLiteral("\\-"), QStringLiteral("-"));
    const QStringList lines = plain.split(u'\n');
    QSet<QString> options;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).trimmed() == u".TP")
            options.unite(optionsIn(lines.at(i + 1)));
    }
    return options;
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u' ');
}

} // namespace

QString TestManPages::helpOf(const QString &executable)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(executable, {QStringLiteral("--help")});
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestManPages::everyOptionHasAnEntry_data()
{
    QTest::addColumn<QString>("executable");
    QTest::addColumn<QString>("page");
    QTest::newRow("importdesk") << QStringLiteral(IMPORTDESK_GUI_EXECUTABLE)
                                << QStringLiteral("importdesk.1");
    QTest::newRow("importdesk-cli")
        << QStringLiteral(IMPORTDESK_CLI_EXECUTABLE) << QStringLiteral("importdesk-cli.1");
    QTest::newRow("importdesk-sandbox")
        << QStringLiteral(IMPORTDESK_SANDBOX_EXECUTABLE) << QStringLiteral("importdesk-sandbox.1");
}

void TestManPages::everyOptionHasAnEntry()
{
    QFETCH(QString, executable);
    QFETCH(QString, page);

    // Without a display: --help must not need one.
    const QString help = helpOf(executable);
    QVERIFY2(help.contains(u"--help"), qPrintable(executable + QStringLiteral(" --help failed")));
    QFile file(TestPaths::sourceDir() + QStringLiteral("/packaging/man/") + page);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QSet<QString> documented = documentedOptions(QString::fromUtf8(file.readAll()));

    const QSet<QString> listed = optionsIn(help);
    QVERIFY2(!listed.isEmpty(), "no option found in --help");
    const QSet<QString> undocumented = QSet<QString>(listed).subtract(documented);
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(page + QStringLiteral(" has no entry for ") + sorted(undocumented)));
    // Long options only: the CLI accepts -h without listing it.
    QSet<QString> gone;
    for (const QString &option : documented) {
        if (option.startsWith(u"--") && !listed.contains(option))
            gone.insert(option);
    }
    QVERIFY2(gone.isEmpty(), qPrintable(page +
                                        QStringLiteral(" documents options --help does "
                                                       "not list: ") +
                                        sorted(gone)));
}

// The parsing above is what finds entries: a page without the .TP for --sandbox misses it.
void TestManPages::readerOfTheManPageFindsOptions()
{
    const QString roff = QStringLiteral(".SH OPTIONS\n.TP\n.B \\-\\-sandbox\nStart it.\n"
                                        ".TP\n.BR \\-h \", \" \\-\\-help\nHelp.\n"
                                        "Text naming \\-\\-region is no entry.\n");
    QCOMPARE(sorted(documentedOptions(roff)), QStringLiteral("--help --sandbox -h"));
    QCOMPARE(sorted(optionsIn(QStringLiteral("  -v, --version  eu-west-1 --endpoint-url <URL>"))),
             QStringLiteral("--endpoint-url --version -v"));
}

QTEST_GUILESS_MAIN(TestManPages)
#include "tst_manpages.moc"
