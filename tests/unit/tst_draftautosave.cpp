#include "desktop/draftautosave.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

// The form's draft on disk: written once edits pause, flushed on demand and at destruction,
// restored exactly as typed, nothing restored from a missing or damaged file, a plain message
// when it cannot be written, and a file only its owner can read.
class TestDraftAutosave final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void savesOnceEditsPause();
    void flushWritesAtOnce();
    void destructionFlushes();
    void restoresEveryField();
    void restoresNothingWithoutAFile();
    void restoresNothingFromADamagedFile_data();
    void restoresNothingFromADamagedFile();
    void restoresNothingFromAFifo();
    void unwritableLocationSaysWhy();
    void clearForgetsTheDraft();
    void fileAndFoldersAreOwnerOnly();
    void existingFileIsRestricted();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("draft.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

constexpr auto kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr auto kOwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

QFile::Permissions modeOf(const QString &path)
{
    const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                   QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                   QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFileInfo(path).permissions() & all;
}

ImportJobDraft draftNamed(const QString &name)
{
    ImportJobDraft draft;
    draft.jobName = name;
    draft.datasetArn =
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/ITEMS");
    draft.dataLocation = QStringLiteral("s3://bucket/items.csv");
    return draft;
}

// Every field, as an operator may leave them mid-edit.
ImportJobDraft fullDraft()
{
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("  import-été-日本 ");
    draft.datasetArn =
        QStringLiteral("arn:aws:personalize:eu-west-1:111122223333:dataset/news/INTERACTIONS");
    draft.dataLocation = QStringLiteral("s3://données/folder with spaces/\"quoted\".csv");
    draft.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/Import\\Role");
    draft.tags = {{QStringLiteral("team"), QStringLiteral("recs")},
                  {QString(), QString()}, // a blank row the operator added
                  {QStringLiteral("  spaced "), QString()},
                  {QStringLiteral("team"), QStringLiteral("duplicate")},
                  {QStringLiteral("emoji"), QStringLiteral("🚀\nnext line")}};
    draft.importMode = QStringLiteral("INCREMENTAL");
    draft.publishAttributionMetricsToS3 = true;
    return draft;
}

} // namespace

void TestDraftAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDraftAutosave::savesOnceEditsPause()
{
    DraftAutosave autosave(path());
    QCOMPARE(autosave.filePath(), path());
    autosave.setDelay(50);
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    // Three keystrokes in a row: one write, of the last one.
    autosave.schedule(draftNamed(QStringLiteral("i")));
    autosave.schedule(draftNamed(QStringLiteral("im")));
    autosave.schedule(draftNamed(QStringLiteral("imp")));
    QVERIFY(autosave.isPending());
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(saved.wait(5000));
    QCOMPARE(saved.count(), 1);
    QVERIFY(!autosave.isPending());
    QCOMPARE(autosave.restore().value_or(ImportJobDraft()), draftNamed(QStringLiteral("imp")));
}

void TestDraftAutosave::flushWritesAtOnce()
{
    DraftAutosave autosave(path());
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    QVERIFY(autosave.flush()); // nothing scheduled: nothing to do
    QCOMPARE(saved.count(), 0);
    QVERIFY(!QFileInfo::exists(path()));

    autosave.schedule(draftNamed(QStringLiteral("now")));
    QVERIFY(autosave.flush());
    QCOMPARE(saved.count(), 1);
    QVERIFY(!autosave.isPending());
    QCOMPARE(autosave.restore().value_or(ImportJobDraft()), draftNamed(QStringLiteral("now")));
}

void TestDraftAutosave::destructionFlushes()
{
    {
        DraftAutosave autosave(path());
        autosave.setDelay(60000);
        autosave.schedule(draftNamed(QStringLiteral("closing")));
    }
    QCOMPARE(DraftAutosave(path()).restore().value_or(ImportJobDraft()),
             draftNamed(QStringLiteral("closing")));
}

void TestDraftAutosave::restoresEveryField()
{
    const ImportJobDraft draft = fullDraft();
    QCOMPARE(DraftAutosave::fromJson(DraftAutosave::toJson(draft)).value_or(ImportJobDraft()),
             draft);
    {
        DraftAutosave autosave(path());
        autosave.schedule(draft);
        QVERIFY(autosave.flush());
    }
    const std::optional<ImportJobDraft> restored = DraftAutosave(path()).restore();
    QVERIFY(restored.has_value());
    QCOMPARE(restored->jobName, draft.jobName);
    QCOMPARE(restored->tags, draft.tags);
    QCOMPARE(restored->tags.size(), 5);
    QCOMPARE(*restored, draft);
}

void TestDraftAutosave::restoresNothingWithoutAFile()
{
    QVERIFY(!DraftAutosave(path()).restore().has_value());
}

void TestDraftAutosave::restoresNothingFromADamagedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("cut off") << DraftAutosave::toJson(fullDraft()).left(40);
    QTest::newRow("not an object") << QByteArray("[1, 2, 3]");
    QTest::newRow("no version") << QByteArray(R"({"jobName": "x"})");
    QTest::newRow("another version") << QByteArray(R"({"version": 99, "jobName": "x"})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    // Valid, but larger than any draft can be: not read at all.
    QByteArray huge = DraftAutosave::toJson(fullDraft());
    huge.insert(1, QByteArray(2 * 1024 * 1024, ' '));
    QTest::newRow("larger than a draft") << huge;
}

void TestDraftAutosave::restoresNothingFromADamagedFile()
{
    QFETCH(QByteArray, content);
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QVERIFY(!DraftAutosave(path()).restore().has_value());
}

void TestDraftAutosave::restoresNothingFromAFifo()
{
#ifdef Q_OS_UNIX
    // Something that is not a regular file at the draft's path must not block the start.
    QVERIFY(::mkfifo(QFile::encodeName(path()).constData(), 0600) == 0);
    QVERIFY(!DraftAutosave(path()).restore().has_value());
#else
    QSKIP("FIFOs are a POSIX feature");
#endif
}

void TestDraftAutosave::unwritableLocationSaysWhy()
{
    // The draft's folder is taken by a file: nothing can be written below it.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    {
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString target = blocker + QStringLiteral("/draft.json");
    DraftAutosave autosave(target);
    QSignalSpy failed(&autosave, &DraftAutosave::saveFailed);
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    autosave.schedule(draftNamed(QStringLiteral("lost")));
    QVERIFY(!autosave.flush());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.startsWith(u"The draft could not be saved to " + target + u": "),
             qPrintable(message));
    QVERIFY2(message.size() > QString(u"The draft could not be saved to " + target + u": ").size(),
             qPrintable(message)); // with the system's reason
    QVERIFY(!autosave.restore().has_value());
}

void TestDraftAutosave::clearForgetsTheDraft()
{
    DraftAutosave autosave(path());
    autosave.schedule(draftNamed(QStringLiteral("gone")));
    QVERIFY(autosave.flush());
    QVERIFY(QFileInfo::exists(path()));
    autosave.schedule(draftNamed(QStringLiteral("pending")));
    autosave.clear();
    QVERIFY(!autosave.isPending());
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(autosave.flush()); // the pending edit went with it
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(!autosave.restore().has_value());
}

void TestDraftAutosave::fileAndFoldersAreOwnerOnly()
{
    // The draft names buckets, roles and tags.
    const QString outer = m_dir->filePath(QStringLiteral("data"));
    const QString inner = outer + QStringLiteral("/importdesk");
    const QString file = inner + QStringLiteral("/draft.json");
    const QFile::Permissions before = modeOf(m_dir->path());
    DraftAutosave autosave(file);
    autosave.schedule(fullDraft());
    QVERIFY(autosave.flush());
    QCOMPARE(modeOf(file), kOwnerOnlyFile);
    QCOMPARE(modeOf(inner), kOwnerOnlyFolder);
    QCOMPARE(modeOf(outer), kOwnerOnlyFolder);
    QCOMPARE(modeOf(m_dir->path()), before);
    // A second write replaces the file, still owner-only.
    autosave.schedule(draftNamed(QStringLiteral("again")));
    QVERIFY(autosave.flush());
    QCOMPARE(modeOf(file), kOwnerOnlyFile);
}

void TestDraftAutosave::existingFileIsRestricted()
{
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(DraftAutosave::toJson(draftNamed(QStringLiteral("old"))));
        file.close();
        QVERIFY(file.setPermissions(kOwnerOnlyFile | QFile::ReadGroup | QFile::ReadOther));
    }
    DraftAutosave autosave(path());
    QCOMPARE(autosave.restore().value_or(ImportJobDraft()), draftNamed(QStringLiteral("old")));
    autosave.schedule(draftNamed(QStringLiteral("new")));
    QVERIFY(autosave.flush());
    QCOMPARE(modeOf(path()), kOwnerOnlyFile);
}

QTEST_GUILESS_MAIN(TestDraftAutosave)
#include "tst_draftautosave.moc"
