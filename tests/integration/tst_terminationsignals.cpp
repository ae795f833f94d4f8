#include "desktop/terminationsignals.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// A request to end reaches the event loop as a Qt signal instead of killing the process; and the
// real app, asked to end, closes its window as the user would: it saves its layout and exits 0.
class TestTerminationSignals final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signalBecomesQtSignal_data();
    void signalBecomesQtSignal();
    void severalSignalsAreAllDelivered();
    void onlyOneAtATime();
    void previousHandlersComeBack();
    void appClosesCleanlyWhenAskedToEnd_data();
    void appClosesCleanlyWhenAskedToEnd();
};

namespace {

void (*currentHandler(int signalNumber))(int)
{
    struct sigaction action = {};
    ::sigaction(signalNumber, nullptr, &action);
    return action.sa_handler;
}

} // namespace

void TestTerminationSignals::signalBecomesQtSignal_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void TestTerminationSignals::signalBecomesQtSignal()
{
    QFETCH(int, signalNumber);
    TerminationSignals termination;
    QVERIFY(termination.isActive());
    QSignalSpy requested(&termination, &TerminationSignals::terminationRequested);
    // The process survives the signal (the test would end here otherwise) and hears of it
    // through the event loop, not inside the handler.
    QCOMPARE(::raise(signalNumber), 0);
    QCOMPARE(requested.count(), 0);
    QVERIFY(requested.wait(5000));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).toInt(), signalNumber);
}

void TestTerminationSignals::severalSignalsAreAllDelivered()
{
    TerminationSignals termination;
    QSignalSpy requested(&termination, &TerminationSignals::terminationRequested);
    QCOMPARE(::raise(SIGTERM), 0);
    QCOMPARE(::raise(SIGHUP), 0);
    QCOMPARE(::raise(SIGTERM), 0);
    QTRY_COMPARE(requested.count(), 3);
    QCOMPARE(requested.at(1).at(0).toInt(), int(SIGHUP));
}

void TestTerminationSignals::onlyOneAtATime()
{
    TerminationSignals first;
    TerminationSignals second;
    QVERIFY(first.isActive());
    QVERIFY(!second.isActive());
    QSignalSpy heardByFirst(&first, &TerminationSignals::terminationRequested);
    QSignalSpy heardBySecond(&second, &TerminationSignals::terminationRequested);
    QCOMPARE(::raise(SIGINT), 0);
    QVERIFY(heardByFirst.wait(5000));
    QCOMPARE(heardBySecond.count(), 0);
}

void TestTerminationSignals::previousHandlersComeBack()
{
    const int numbers[] = {SIGTERM, SIGINT, SIGHUP};
    QList<void (*)(int)> before;
    for (const int signalNumber : numbers)
        before.append(currentHandler(signalNumber));
    {
        TerminationSignals termination;
        for (int i = 0; i < 3; ++i)
            QVERIFY(currentHandler(numbers[i]) != before.at(i));
    }
    for (int i = 0; i < 3; ++i)
        QVERIFY(currentHandler(numbers[i]) == before.at(i));
    // And a new one can take over.
    TerminationSignals again;
    QVERIFY(again.isActive());
}

void TestTerminationSignals::appClosesCleanlyWhenAskedToEnd_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGTERM (kill, logout)") << int(SIGTERM);
    QTest::newRow("SIGINT (Ctrl+C)") << int(SIGINT);
}

void TestTerminationSignals::appClosesCleanlyWhenAskedToEnd()
{
    QFETCH(int, signalNumber);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString config = dir.filePath(QStringLiteral("config"));
    const QString data = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(home));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    const QString runtime = dir.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkdir(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    const QString settingsFile = config + QStringLiteral("/ImportDesk/importdesk/importdesk.ini");

    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QSignalSpy finished(&app, &QProcess::finished);
    app.start(QStringLiteral(IMPORTDESK_GUI_EXECUTABLE), {QStringLiteral("--sandbox")});
    // Up: it has read its settings, and the window is up by the time the event loop runs.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(settingsFile) || !finished.isEmpty(), 60000);
    QVERIFY2(finished.isEmpty(), "importdesk ended on its own");
    QVERIFY(
        !QSettings(settingsFile, QSettings::IniFormat).contains(QStringLiteral("window/geometry")));

    QCOMPARE(::kill(static_cast<pid_t>(app.processId()), signalNumber), 0);
    QVERIFY(finished.wait(20000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit); // not killed by the signal
    QCOMPARE(app.exitCode(), 0);

    // The window was closed as by the user: its layout is saved.
    QSettings saved(settingsFile, QSettings::IniFormat);
    QVERIFY(!saved.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QVERIFY(!saved.value(QStringLiteral("window/state")).toByteArray().isEmpty());
    // In files and folders only the user can read.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QVERIFY(!(QFileInfo(settingsFile).permissions() & others));
    QVERIFY(!(QFileInfo(QFileInfo(settingsFile).absolutePath()).permissions() & others));
    QVERIFY(!(QFileInfo(config + QStringLiteral("/ImportDesk")).permissions() & others));
}

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "tst_terminationsignals.moc"
