#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The real importdesk started from its command line: `--sandbox --sandbox-history N` seeds the
// in-process sandbox, whose history then fills the app's own job history for that account; a
// history that is not a number is refused with a message that says what to give.
class TestAppCommandLine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sandboxHistoryReachesTheSandbox();
    void sandboxHistoryMustBeANumber();
    void damagedSandboxStateIsReported();

private:
    // Starts importdesk with `arguments` in a private home and data folders.
    void start(const QStringList &arguments);
    // Where the app keeps its files.
    QString dataDir() const
    {
        return m_dir->filePath(QStringLiteral("data/ImportDesk/importdesk"));
    }
    QString settingsFile() const
    {
        return m_dir->filePath(QStringLiteral("config/ImportDesk/importdesk/importdesk.ini"));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_app;
};

void TestAppCommandLine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAppCommandLine::cleanup()
{
    if (m_app && m_app->state() != QProcess::NotRunning) {
        m_app->kill();
        m_app->waitForFinished(10000);
    }
    m_app.reset();
    m_dir.reset();
}

void TestAppCommandLine::start(const QStringList &arguments)
{
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_dir->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
    const QString runtime = m_dir->filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkdir(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    m_app = std::make_unique<QProcess>();
    m_app->setProcessEnvironment(environment);
    m_app->setProcessChannelMode(QProcess::SeparateChannels);
    m_app->start(QStringLiteral(IMPORTDESK_GUI_EXECUTABLE), arguments);
}

void TestAppCommandLine::sandboxHistoryReachesTheSandbox()
{
    constexpr int kHistory = 250;
    start({QStringLiteral("--sandbox"), QStringLiteral("--sandbox-history"),
           QString::number(kHistory)});
    QSignalSpy finished(m_app.get(), &QProcess::finished);
    // Up: the job history has been opened and the settings read.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(settingsFile()) || !finished.isEmpty(), 30000);
    QVERIFY2(finished.isEmpty(), m_app->readAllStandardError().constData());

    // The seeded account is kept apart from the plain sandbox's, and its whole history is
    // listed into the app's job history with no clicks.
    const QString store =
        dataDir() + QStringLiteral("/sandbox-history-%1/importdesk.sqlite").arg(kHistory);
    // Read-only, beside the app's own connection: only the app writes its history.
    const auto storedJobs = [&store] {
        int count = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reader"));
            db.setDatabaseName(store);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
            QSqlQuery query(db);
            if (db.open() && query.exec(QStringLiteral("SELECT count(*) FROM jobs")) &&
                query.next())
                count = query.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reader"));
        return count;
    };
    QTRY_VERIFY_WITH_TIMEOUT(storedJobs() >= kHistory, 30000);
    QVERIFY(!QFileInfo::exists(dataDir() + QStringLiteral("/sandbox/importdesk.sqlite")));
    QVERIFY(finished.isEmpty());

    QCOMPARE(::kill(static_cast<pid_t>(m_app->processId()), SIGTERM), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(m_app->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_app->exitCode(), 0);
}

void TestAppCommandLine::sandboxHistoryMustBeANumber()
{
    start(
        {QStringLiteral("--sandbox"), QStringLiteral("--sandbox-history"), QStringLiteral("many")});
    QSignalSpy finished(m_app.get(), &QProcess::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_app->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_app->exitCode(), 2);
    const QString error = QString::fromUtf8(m_app->readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("--sandbox-history needs a number of jobs, such as "
                                           "100000.")),
             qPrintable(error));
}

void TestAppCommandLine::damagedSandboxStateIsReported()
{
    // The sandbox is built after the window's first frame; a state file it cannot read still
    // ends the app with the reason, rather than leave a window that cannot connect.
    QVERIFY(QDir().mkpath(dataDir() + QStringLiteral("/sandbox")));
    QFile state(dataDir() + QStringLiteral("/sandbox/sandbox-state.json"));
    QVERIFY(state.open(QIODevice::WriteOnly));
    state.write("{ not json");
    state.close();
    start({QStringLiteral("--sandbox")});
    QSignalSpy finished(m_app.get(), &QProcess::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_app->exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_app->exitCode(), 1);
    const QString error = QString::fromUtf8(m_app->readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("sandbox-state.json")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
