#include "aws/boundedfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

// Local files are read only when they are regular files within a size limit; nothing at the
// path, a folder, a FIFO or a device each give their own answer at once.
class TestBoundedFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsARegularFile();
    void missing();
    void notRegular_data();
    void notRegular();
    void tooLarge();
    void unreadable();
    void sizeText_data();
    void sizeText();
};

void TestBoundedFile::readsARegularFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("token.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"accessToken\":\"x\"}");
    file.close();
    const auto read = BoundedFile::read(path, 19, QStringLiteral("The file"));
    QVERIFY(read.ok());
    QCOMPARE(read.value(), QByteArray("{\"accessToken\":\"x\"}"));
    // Through a symbolic link too.
    QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("link.json"))));
    QVERIFY(BoundedFile::read(dir.filePath(QStringLiteral("link.json")), 19, {}).ok());
}

void TestBoundedFile::missing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto read =
        BoundedFile::read(dir.filePath(QStringLiteral("none")), 10, QStringLiteral("The file"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().problem, BoundedFile::Problem::Missing);
    QVERIFY(read.error().message.isEmpty());
}

void TestBoundedFile::notRegular_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << QStringLiteral("folder");
#ifdef Q_OS_UNIX
    QTest::newRow("fifo") << QStringLiteral("fifo");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero");
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null");
#endif
}

void TestBoundedFile::notRegular()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = kind;
    if (kind == u"folder") {
        path = dir.path();
    } else if (kind == u"fifo") {
#ifdef Q_OS_UNIX
        path = dir.filePath(QStringLiteral("fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
#endif
    }
    QElapsedTimer timer;
    timer.start();
    const auto read = BoundedFile::read(path, 1024, QStringLiteral("The config file"));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().problem, BoundedFile::Problem::NotRegular);
    QCOMPARE(read.error().message,
             QStringLiteral("The config file %1 is not a regular file (it is a folder, a pipe or "
                            "a device), so it was not read. Point the setting at an ordinary "
                            "file.")
                 .arg(QDir::toNativeSeparators(path)));
}

void TestBoundedFile::tooLarge()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(64 * 1024 + 1));
    file.close();
    const auto read = BoundedFile::read(path, 64 * 1024, QStringLiteral("The cache"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().problem, BoundedFile::Problem::TooLarge);
    QCOMPARE(read.error().message,
             QStringLiteral("The cache %1 is larger than 64 KiB, so it was not read. Check that "
                            "the setting names the right file.")
                 .arg(QDir::toNativeSeparators(path)));
    QVERIFY(BoundedFile::read(path, 64 * 1024 + 1, {}).ok());
}

void TestBoundedFile::unreadable()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("permissions do not stop root");
#endif
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("secret"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::WriteOwner));
    const auto read = BoundedFile::read(path, 10, QStringLiteral("The file"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().problem, BoundedFile::Problem::Unreadable);
    QVERIFY2(read.error().message.contains(u"cannot be read"), qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(u"Check its permissions"));
}

void TestBoundedFile::sizeText_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("bytes") << qint64(1000) << "1000 bytes";
    QTest::newRow("KiB") << qint64(64 * 1024) << "64 KiB";
    QTest::newRow("MiB") << qint64(4 * 1024 * 1024) << "4 MiB";
    QTest::newRow("odd") << qint64(1024 * 1024 + 1) << "1048577 bytes";
}

void TestBoundedFile::sizeText()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    QCOMPARE(BoundedFile::sizeText(bytes), text);
}

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
