#include "desktop/appsettings.h"

#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Key = AppSettings::Key;

// The typed settings: every key survives a restart, defaults come from the one table,
// changed() only for real changes, the recent lists, and a file only its owner can read.
class TestAppSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void keysHaveDistinctNames();
    void defaultsFromTheTable();
    void everyKeyRoundTrips_data();
    void everyKeyRoundTrips();
    void changedOnlyOnRealChanges();
    void resetReturnsToTheDefault();
    void recentListsAreMostRecentFirst();
    void recentListsAreCapped();
    void recentOfOneSurvivesTheFile();
    void fileAndFoldersAreOwnerOnly();
    void existingFileIsRestricted();
    void defaultLocationIsTheConfigFolder();
    void preferencesStayInRange();
    void languageIsReadBeforeTheApp();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("importdesk.ini")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

constexpr auto kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr auto kOwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// Permission bits of the owner, group and others (Qt also reports the "user" bits).
QFile::Permissions modeOf(const QString &path)
{
    const QFile::Permissions all = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                   QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                   QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFileInfo(path).permissions() & all;
}

QList<Key> allKeys()
{
    QList<Key> keys;
    for (int i = 0; i < static_cast<int>(Key::KeyCount); ++i)
        keys.append(static_cast<Key>(i));
    return keys;
}

} // namespace

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAppSettings::keysHaveDistinctNames()
{
    QSet<QString> names;
    for (const Key key : allKeys()) {
        const QString name = AppSettings::keyName(key);
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(names.size(), static_cast<int>(Key::KeyCount));
}

void TestAppSettings::defaultsFromTheTable()
{
    AppSettings settings(path());
    for (const Key key : allKeys()) {
        QCOMPARE(settings.value(key), AppSettings::defaultValue(key));
        QVERIFY(AppSettings::defaultValue(key).isValid());
    }
    QCOMPARE(settings.lastProfile(), QString());
    QCOMPARE(settings.recentRoleArns(), QStringList());
    QCOMPARE(settings.windowGeometry(), QByteArray());
}

void TestAppSettings::everyKeyRoundTrips_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("window geometry") << Key::WindowGeometry << QVariant(QByteArray("\x01\x00g", 3));
    QTest::newRow("window state") << Key::WindowState << QVariant(QByteArray("state\xff", 6));
    QTest::newRow("form pane") << Key::FormPaneVisible << QVariant(false);
    QTest::newRow("jobs header") << Key::JobsHeader << QVariant(QByteArray("header"));
    QTest::newRow("jobs splitter") << Key::JobsSplitter << QVariant(QByteArray("jobs split"));
    QTest::newRow("profile") << Key::LastProfile << QVariant(QStringLiteral("prod-ñ"));
    QTest::newRow("region") << Key::LastRegion << QVariant(QStringLiteral("eu-west-1"));
    QTest::newRow("roles") << Key::RecentRoleArns
                           << QVariant(QStringList{QStringLiteral("arn:aws:iam::1:role/A"),
                                                   QStringLiteral("arn:aws:iam::1:role/B")});
    QTest::newRow("default profile") << Key::DefaultProfile << QVariant(QStringLiteral("ops"));
    QTest::newRow("default region") << Key::DefaultRegion << QVariant(QStringLiteral("eu-west-3"));
    QTest::newRow("poll") << Key::PollIntervalSeconds << QVariant(90);
    QTest::newRow("attempts") << Key::MaxAttempts << QVariant(5);
    QTest::newRow("notifications") << Key::Notifications << QVariant(false);
    QTest::newRow("language") << Key::Language << QVariant(QStringLiteral("fr"));
    QTest::newRow("locations") << Key::RecentDataLocations
                               << QVariant(QStringList{QStringLiteral("s3://b/été/"),
                                                       QStringLiteral("s3://b/x, y.csv")});
    QTest::newRow("stored keys") << Key::StoredKeyNames
                                 << QVariant(QStringList{QStringLiteral("équipe, données"),
                                                         QStringLiteral("prod")});
    QTest::newRow("stored key") << Key::LastStoredKey << QVariant(QStringLiteral("équipe"));
}

void TestAppSettings::everyKeyRoundTrips()
{
    QFETCH(Key, key);
    QFETCH(QVariant, value);
    {
        AppSettings settings(path());
        settings.setValue(key, value);
        QCOMPARE(settings.value(key), value);
    }
    AppSettings reopened(path());
    QCOMPARE(reopened.value(key), value);
    // The other keys are untouched.
    for (const Key other : allKeys()) {
        if (other != key)
            QCOMPARE(reopened.value(other), AppSettings::defaultValue(other));
    }
}

void TestAppSettings::changedOnlyOnRealChanges()
{
    AppSettings settings(path());
    QSignalSpy changed(&settings, &AppSettings::changed);
    settings.setLastRegion(QString()); // the default: nothing changes
    settings.setWindowGeometry(QByteArray());
    QCOMPARE(changed.count(), 0);

    settings.setLastRegion(QStringLiteral("us-west-2"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Key>(), Key::LastRegion);
    settings.setLastRegion(QStringLiteral("us-west-2"));
    QCOMPARE(changed.count(), 1);

    settings.addRecentRoleArn(QStringLiteral("arn:aws:iam::1:role/A"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<Key>(), Key::RecentRoleArns);
    settings.addRecentRoleArn(QStringLiteral("arn:aws:iam::1:role/A")); // already first
    settings.addRecentRoleArn(QStringLiteral("  "));                    // blank: ignored
    QCOMPARE(changed.count(), 2);
}

void TestAppSettings::resetReturnsToTheDefault()
{
    AppSettings settings(path());
    settings.setLastProfile(QStringLiteral("dev"));
    QSignalSpy changed(&settings, &AppSettings::changed);
    settings.reset(Key::LastProfile);
    QCOMPARE(settings.lastProfile(), QString());
    QCOMPARE(changed.count(), 1);
    settings.reset(Key::LastProfile);
    QCOMPARE(changed.count(), 1);
}

void TestAppSettings::recentListsAreMostRecentFirst()
{
    AppSettings settings(path());
    settings.addRecentDataLocation(QStringLiteral("s3://a/"));
    settings.addRecentDataLocation(QStringLiteral(" s3://b/ ")); // kept trimmed
    settings.addRecentDataLocation(QStringLiteral("s3://c/"));
    QCOMPARE(settings.recentDataLocations(),
             (QStringList{QStringLiteral("s3://c/"), QStringLiteral("s3://b/"),
                          QStringLiteral("s3://a/")}));
    // Used again: moves to the front, once.
    settings.addRecentDataLocation(QStringLiteral("s3://a/"));
    QCOMPARE(settings.recentDataLocations(),
             (QStringList{QStringLiteral("s3://a/"), QStringLiteral("s3://c/"),
                          QStringLiteral("s3://b/")}));
    settings.addRecentDataLocation(QStringLiteral("s3://b/"));
    QCOMPARE(settings.recentDataLocations(),
             (QStringList{QStringLiteral("s3://b/"), QStringLiteral("s3://a/"),
                          QStringLiteral("s3://c/")}));
    // The two lists are apart.
    QCOMPARE(settings.recentRoleArns(), QStringList());
}

void TestAppSettings::recentListsAreCapped()
{
    AppSettings settings(path());
    const int total = AppSettings::kMaxRecent + 3;
    for (int i = 0; i < total; ++i)
        settings.addRecentRoleArn(QStringLiteral("arn:aws:iam::1:role/R%1").arg(i));
    const QStringList roles = settings.recentRoleArns();
    QCOMPARE(roles.size(), AppSettings::kMaxRecent);
    QCOMPARE(roles.constFirst(), QStringLiteral("arn:aws:iam::1:role/R%1").arg(total - 1));
    QCOMPARE(roles.constLast(),
             QStringLiteral("arn:aws:iam::1:role/R%1").arg(total - AppSettings::kMaxRecent));
    settings.sync();
    AppSettings reopened(path());
    QCOMPARE(reopened.recentRoleArns(), roles);
}

void TestAppSettings::recentOfOneSurvivesTheFile()
{
    // An INI file stores a one-entry list as a plain string; it still reads as a list.
    {
        AppSettings settings(path());
        settings.addRecentRoleArn(QStringLiteral("arn:aws:iam::1:role/Only"));
    }
    AppSettings reopened(path());
    QCOMPARE(reopened.recentRoleArns(), QStringList{QStringLiteral("arn:aws:iam::1:role/Only")});
}

void TestAppSettings::fileAndFoldersAreOwnerOnly()
{
    // The settings name profiles, roles and buckets.
    const QString outer = m_dir->filePath(QStringLiteral("new"));
    const QString inner = outer + QStringLiteral("/folder");
    const QString file = inner + QStringLiteral("/importdesk.ini");
    const QFile::Permissions before = modeOf(m_dir->path());
    {
        AppSettings settings(file);
        QCOMPARE(settings.fileName(), file);
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(modeOf(file), kOwnerOnlyFile);
        settings.addRecentRoleArn(QStringLiteral("arn:aws:iam::111122223333:role/Secretive"));
        settings.sync();
    }
    QVERIFY(QFileInfo(file).size() > 0);
    QCOMPARE(modeOf(file), kOwnerOnlyFile); // still, after QSettings rewrote it
    QCOMPARE(modeOf(inner), kOwnerOnlyFolder);
    QCOMPARE(modeOf(outer), kOwnerOnlyFolder);
    QCOMPARE(modeOf(m_dir->path()), before); // a folder that existed is left alone
}

void TestAppSettings::existingFileIsRestricted()
{
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[connection]\nprofile=kept\n");
        file.close();
        QVERIFY(file.setPermissions(kOwnerOnlyFile | QFile::ReadGroup | QFile::ReadOther));
    }
    AppSettings settings(path());
    QCOMPARE(modeOf(path()), kOwnerOnlyFile);
    QCOMPARE(settings.lastProfile(), QStringLiteral("kept"));
}

void TestAppSettings::defaultLocationIsTheConfigFolder()
{
    const QString config = m_dir->filePath(QStringLiteral("config"));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    const QString expected =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/importdesk.ini";
    QVERIFY(expected.startsWith(config));
    {
        AppSettings settings;
        QCOMPARE(settings.fileName(), expected);
        settings.setLastRegion(QStringLiteral("ap-south-1"));
    }
    qunsetenv("XDG_CONFIG_HOME");
    QCOMPARE(modeOf(expected), kOwnerOnlyFile);
    QCOMPARE(modeOf(QFileInfo(expected).absolutePath()), kOwnerOnlyFolder);
    QCOMPARE(AppSettings(expected).lastRegion(), QStringLiteral("ap-south-1"));
}

// A file edited by hand cannot stop polling or retries.
void TestAppSettings::preferencesStayInRange()
{
    AppSettings settings(path());
    QCOMPARE(settings.pollIntervalSeconds(), 60);
    QCOMPARE(settings.maxAttempts(), 3);
    QVERIFY(settings.notifications());
    settings.setValue(Key::PollIntervalSeconds, 1);
    QCOMPARE(settings.pollIntervalSeconds(), AppSettings::kMinPollSeconds);
    settings.setValue(Key::PollIntervalSeconds, 100000);
    QCOMPARE(settings.pollIntervalSeconds(), AppSettings::kMaxPollSeconds);
    settings.setValue(Key::PollIntervalSeconds, QStringLiteral("often"));
    QCOMPARE(settings.pollIntervalSeconds(), 60);
    settings.setValue(Key::MaxAttempts, 0);
    QCOMPARE(settings.maxAttempts(), 1);
    settings.setValue(Key::MaxAttempts, 99);
    QCOMPARE(settings.maxAttempts(), AppSettings::kMaxAttemptsLimit);
}

void TestAppSettings::languageIsReadBeforeTheApp()
{
    QCOMPARE(AppSettings::languageIn(path()), QString());
    {
        AppSettings settings(path());
        settings.setLanguage(QStringLiteral("fr"));
    }
    QCOMPARE(AppSettings::languageIn(path()), QStringLiteral("fr"));
    {
        AppSettings settings(path());
        settings.setLanguage(QStringLiteral("klingon"));
    }
    // Only languages Import Desk has; anything else is the system's.
    QCOMPARE(AppSettings::languageIn(path()), QString());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
