// Replays the inputs kept for one fuzz target (IMPORTDESK_FUZZ_TARGET): every file of
// tests/fuzz/corpus/<target>/ and tests/fuzz/regressions/<target>/ goes through the target's
// LLVMFuzzerTestOneInput once, so that a seed or a past crash that breaks again fails ctest
// without libFuzzer.
#include "fuzzinput.h"

#include "common/testpaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

class FuzzReplay final : public QObject
{
    Q_OBJECT

private:
    static QStringList inputs(const QString &kind)
    {
        const QDir dir(TestPaths::sourceDir() + u"/tests/fuzz/" + kind + u'/' +
                       QStringLiteral(IMPORTDESK_FUZZ_TARGET));
        QStringList paths;
        for (const QFileInfo &file : dir.entryInfoList(QDir::Files, QDir::Name))
            paths.append(file.absoluteFilePath());
        return paths;
    }

private Q_SLOTS:
    void corpusHasSeeds() { QVERIFY(!inputs(QStringLiteral("corpus")).isEmpty()); }

    void replay_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &kind : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            for (const QString &path : inputs(kind)) {
                const QString tag = kind + u'/' + QFileInfo(path).fileName();
                QTest::newRow(qPrintable(tag)) << path;
            }
        }
    }

    void replay()
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        // Fuzz inputs are small; libFuzzer's default cap is 4 KiB, the seeds stay below it.
        QVERIFY(file.size() <= 1024 * 1024);
        const QByteArray input = file.readAll();
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                                        size_t(input.size())),
                 0);
    }
};

QTEST_GUILESS_MAIN(FuzzReplay)
#include "replaymain.moc"
