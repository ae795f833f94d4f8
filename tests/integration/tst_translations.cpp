// The French catalogue against the code: every string the app and the CLI show is extracted
// and translated, and each translation keeps the placeholders of its source.
#include "common/testpaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

// The messages of a .ts file; an empty list and `error` set when it cannot be read.
QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 16 * 1024 * 1024) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                messages.append(current);
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            current.unfinished = type == u"unfinished" || type == u"vanished";
            // Either the text itself, or one <numerusform> per plural form.
            QString text;
            while (!xml.atEnd() && !(xml.readNext() == QXmlStreamReader::EndElement &&
                                     xml.name() == u"translation")) {
                if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations.append(xml.readElementText());
                else if (xml.isCharacters())
                    text += xml.text();
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

// "%1", "%L2", "%n": the placeholders a text uses, as a sorted set.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

// The sources and include paths that the build gives lupdate, from CMake's project file.
bool readLupdateProject(QStringList *sources, QStringList *includes, QString *error)
{
    QFile file(QStringLiteral(IMPORTDESK_LUPDATE_PROJECT));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024) {
        *error = QStringLiteral("cannot read %1").arg(file.fileName());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    static const QRegularExpression setting(QStringLiteral("set\\((\\w+) \"([^\"]*)\"\\)"));
    for (auto it = setting.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringList values = match.captured(2).split(u';', Qt::SkipEmptyParts);
        if (match.captured(1) == u"lupdate_sources")
            *sources = values;
        else if (match.captured(1) == u"lupdate_include_paths")
            *includes = values;
    }
    if (sources->isEmpty())
        *error = QStringLiteral("no sources in %1").arg(file.fileName());
    return !sources->isEmpty();
}

QString catalogue()
{
    return TestPaths::sourceDir() + QStringLiteral("/resources/translations/importdesk_fr.ts");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyShownStringIsTranslated();
    void translationsKeepTheirPlaceholders();
};

void TestTranslations::everyShownStringIsTranslated()
{
    // The committed catalogue, updated from the code as the update_translations target does:
    // a string that is new in the code, or changed, comes out unfinished.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString updated = dir.filePath(QStringLiteral("importdesk_fr.ts"));
    QVERIFY(QFile::copy(catalogue(), updated));
    QFile::setPermissions(updated, QFile::ReadOwner | QFile::WriteOwner);
    QStringList sources;
    QStringList includes;
    QString error;
    QVERIFY2(readLupdateProject(&sources, &includes, &error), qPrintable(error));

    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("-silent")};
    for (const QString &include : std::as_const(includes))
        arguments << QStringLiteral("-I") << include;
    arguments << sources << QStringLiteral("-ts") << updated;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(IMPORTDESK_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish within 2 minutes");
    const QByteArray output = lupdate.readAll().left(4096);
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             output.constData());

    const QList<Message> messages = readCatalogue(updated, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QStringList missing;
    for (const Message &message : messages) {
        const bool empty = std::all_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &t) { return t.isEmpty(); });
        if (message.unfinished || empty)
            missing.append(message.context + u": " + message.source.left(80));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 strings have no finished French translation; build the "
                                       "update_translations target and translate them:\n")
                            .arg(missing.size()) +
                        missing.mid(0, 20).join(u'\n')));
}

void TestTranslations::translationsKeepTheirPlaceholders()
{
    QString error;
    const QList<Message> messages = readCatalogue(catalogue(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Message &message : messages) {
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            QStringList got = placeholders(translation);
            // A plural form may leave out %n (« une tâche »).
            if (expected.contains(QStringLiteral("n")) && !got.contains(QStringLiteral("n")))
                got.append(QStringLiteral("n"));
            got.sort();
            if (!translation.isEmpty() && got != expected)
                wrong.append(message.source.left(60) + u" → " + translation.left(60));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
