#include "aws/logging.h"
#include "cli/terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

// What importdesk-cli makes of text it did not write: every control character a terminal would
// act on is shown as an escape, secrets are masked, and JSON stays the same JSON.
class TestTerminalText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaped_data();
    void escaped();
    void shownMasksSecrets();
    void jsonEscapesWhatTheWriterLeavesRaw();
    void jsonMasksSecretsInEveryString();
};

namespace {

// True when the bytes hold something a terminal acts on: C0 other than the line feeds of the
// layout, DEL, or a C1 control (two bytes in UTF-8).
bool hasRawControls(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || u == 0x202E;
    });
}

} // namespace

void TestTerminalText::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("CREATE IN_PROGRESS")
                           << QStringLiteral("CREATE IN_PROGRESS");
    QTest::newRow("accents and arrows")
        << QStringLiteral("Données → prêtes") << QStringLiteral("Données → prêtes");
    QTest::newRow("escape sequence")
        << QStringLiteral("\x1b[31mred\x1b[0m") << QStringLiteral("\\x1b[31mred\\x1b[0m");
    QTest::newRow("title sequence")
        << QStringLiteral("\x1b]0;owned\x07") << QStringLiteral("\\x1b]0;owned\\x07");
    QTest::newRow("line breaks") << QStringLiteral("one\ntwo\r\nthree\tfour")
                                 << QStringLiteral("one\\ntwo\\r\\nthree\\tfour");
    QTest::newRow("nul and del") << QString(QString(QChar(0)) + QStringLiteral("a\x7f"))
                                 << QStringLiteral("\\x00a\\x7f");
    QTest::newRow("c1 csi") << QString(QString(QChar(0x9B)) + QStringLiteral("2J"))
                            << QStringLiteral("\\u009b2J");
    QTest::newRow("bidi override") << QString(QString(QChar(0x202E)) + QStringLiteral("txt.exe"))
                                   << QStringLiteral("\\u202etxt.exe");
}

void TestTerminalText::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TerminalText::escaped(text), expected);
    QCOMPARE(TerminalText::hasControlCharacters(text), text != expected);
}

void TestTerminalText::shownMasksSecrets()
{
    const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYTERMINAL");
    Redaction::registerSecret(secret);
    const QString shown = TerminalText::shown(u"denied for " + secret + u"\x1b[0m");
    QVERIFY2(!shown.contains(secret), qPrintable(shown));
    QVERIFY2(shown.endsWith(u"\\x1b[0m"), qPrintable(shown));
}

void TestTerminalText::jsonEscapesWhatTheWriterLeavesRaw()
{
    const QString hostile = QStringLiteral("a\x1b[2J") + QChar(0x7F) + QChar(0x9B) + QChar(0x202E) +
                            QStringLiteral("\r\nz");
    const QJsonObject object{{QStringLiteral("failureReason"), hostile},
                             {QStringLiteral("list"), QJsonArray{hostile, 3}}};
    const QByteArray written = TerminalText::json(QJsonDocument(object));
    QVERIFY2(!hasRawControls(written), written.constData());
    QVERIFY(written.contains("\\u007f"));
    QVERIFY(written.contains("\\u009b"));
    // A program reading the output gets exactly what the service sent.
    QJsonParseError error;
    const QJsonDocument read = QJsonDocument::fromJson(written, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.object(), object);

    const QByteArray array = TerminalText::json(QJsonDocument(QJsonArray{hostile}));
    QVERIFY(!hasRawControls(array));
    QCOMPARE(QJsonDocument::fromJson(array).array(), QJsonArray{hostile});
}

void TestTerminalText::jsonMasksSecretsInEveryString()
{
    const QString secret = QStringLiteral("AnotherSecretValueForTheJsonWriter");
    Redaction::registerSecret(secret);
    const QJsonObject object{
        {QStringLiteral("outer"),
         QJsonObject{{QStringLiteral("inner"), QJsonArray{QString(u"x " + secret + u" y")}}}}};
    const QByteArray written = TerminalText::json(QJsonDocument(object));
    QVERIFY2(!written.contains(secret.toUtf8()), written.constData());
    QVERIFY(QJsonDocument::fromJson(written).isObject());
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
