#include "cli/cliarguments.h"
#include "common/testpaths.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

// The bash, zsh and fish completions of importdesk-cli offer the commands and options its usage
// lists, no fewer and no more, and every command they offer is one the CLI accepts.
class TestShellCompletions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersWhatTheUsageLists_data();
    void offersWhatTheUsageLists();
    void usageParsing();
};

namespace {

QSet<QString> matches(const QString &text, const QString &pattern)
{
    QSet<QString> found;
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : expression.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

// The long options a usage text names, without their dashes.
QSet<QString> usageOptions(const QString &usage)
{
    return matches(usage, QStringLiteral("(?<![\\w-])--([a-z][a-z0-9-]*)"));
}

// The commands of the usage's "Commands:" block: two-space indented words before a description.
QSet<QString> usageCommands(const QString &usage)
{
    const qsizetype start = usage.indexOf(QStringLiteral("Commands:\n"));
    const qsizetype end = usage.indexOf(QStringLiteral("\n\n"), start);
    if (start < 0 || end < 0)
        return {};
    return matches(usage.mid(start, end - start), QStringLiteral("^  ([a-z]+)  "));
}

QString sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u' ');
}

} // namespace

void TestShellCompletions::offersWhatTheUsageLists_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("commandPattern");
    QTest::addColumn<QString>("optionPattern");
    // How each shell's file names the commands and the options it offers.
    QTest::newRow("bash") << QStringLiteral("importdesk-cli.bash")
                          << QStringLiteral("^\\s*local commands=\"([a-z ]+)\"")
                          << QStringLiteral("(?<![\\w-])--([a-z][a-z0-9-]*)");
    QTest::newRow("zsh") << QStringLiteral("_importdesk-cli")
                         << QStringLiteral("^\\s+'([a-z]+):[^']*'$")
                         << QStringLiteral("'(?:\\*|\\([^)]*\\))?--([a-z][a-z0-9-]*)\\[");
    QTest::newRow("fish") << QStringLiteral("importdesk-cli.fish")
                          << QStringLiteral("not __fish_seen_subcommand_from \\$commands\" -a "
                                            "([a-z]+) ")
                          << QStringLiteral("^complete\\b.* -l ([a-z][a-z0-9-]*)");
}

void TestShellCompletions::offersWhatTheUsageLists()
{
    QFETCH(QString, file);
    QFETCH(QString, commandPattern);
    QFETCH(QString, optionPattern);

    QFile completion(TestPaths::sourceDir() + QStringLiteral("/packaging/completions/") + file);
    QVERIFY2(completion.open(QIODevice::ReadOnly), qPrintable(completion.fileName()));
    const QString text = QString::fromUtf8(completion.readAll());
    const QString usage = CliArguments::usage();

    QSet<QString> offeredCommands;
    for (const QString &found : matches(text, commandPattern)) {
        const QStringList words = found.split(u' ', Qt::SkipEmptyParts);
        offeredCommands.unite(QSet<QString>(words.cbegin(), words.cend()));
    }
    // "help" is a command the usage shows as --help.
    QSet<QString> expectedCommands = usageCommands(usage);
    expectedCommands.insert(QStringLiteral("help"));
    QCOMPARE(sorted(offeredCommands), sorted(expectedCommands));
    for (const QString &command : std::as_const(offeredCommands)) {
        QStringList arguments{command};
        if (command == u"describe")
            arguments << QStringLiteral("ARN");
        if (command == u"watch")
            arguments << QStringLiteral("ARN");
        if (command == u"submit" || command == u"check")
            arguments << QStringLiteral("--cli-input-json") << QStringLiteral("job.json");
        const auto parsed = CliArguments::parse(arguments);
        QVERIFY2(parsed, qPrintable(command + QStringLiteral(": ") +
                                    (parsed ? QString() : parsed.error())));
    }

    QCOMPARE(sorted(matches(text, optionPattern)), sorted(usageOptions(usage)));
}

// The readers above see what they should in the usage itself.
void TestShellCompletions::usageParsing()
{
    const QString usage = CliArguments::usage();
    QCOMPARE(sorted(usageCommands(usage)),
             QStringLiteral("check datasets describe list submit watch"));
    const QSet<QString> options = usageOptions(usage);
    for (const char *option :
         {"job-name", "queue", "check", "status", "endpoint-url", "help", "version"})
        QVERIFY2(options.contains(QLatin1String(option)), option);
}

QTEST_GUILESS_MAIN(TestShellCompletions)
#include "tst_shellcompletions.moc"
