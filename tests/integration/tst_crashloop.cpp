#include "jobs/outboxentry.h"
#include "jobstore/sqlitejobstore.h"
#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

// The app killed with SIGKILL at random points while it edits a draft, submits jobs and polls
// them, and restarted on the same files against the same sandbox, over and over; then a last
// run that must start normally and settle. Whatever the kills hit, the draft on disk is one the
// form held, every submission the app took is in its outbox or created, no job is created twice
// and the job history passes SQLite's integrity check.
//
// The app is importdesk-appdriver (tests/integration/appdriver.cpp): DesktopApp::create() and
// the real MainWindow, driven through its widgets. It tells what it did in a side log, each line
// made durable before the app can act on it, so the log never claims more than happened.
//
// IMPORTDESK_CRASHLOOP_SEED replays the kill times of a failed run (the seed is printed);
// IMPORTDESK_CRASHLOOP_KILLS sets the number of kills (50).
class TestCrashLoop final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void survivesRandomKills();
};

namespace {

const QString kCreate = QStringLiteral("CreateDatasetImportJob");
constexpr int kMinKillMs = 150;
constexpr int kMaxKillMs = 1300;

int killCount()
{
    bool ok = false;
    const int kills = qEnvironmentVariableIntValue("IMPORTDESK_CRASHLOOP_KILLS", &ok);
    return ok && kills > 0 ? kills : 50;
}

quint32 crashSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("IMPORTDESK_CRASHLOOP_SEED").toUInt(&ok);
    return ok ? seed : QRandomGenerator::global()->generate();
}

// What the side log says the app did.
struct SideLog
{
    QSet<QByteArray> states; // drafts the form held, as the autosave writes them
    QSet<QString> intents;   // names whose Submit was about to be clicked
    QSet<QString> handed;    // names the app took (their outbox row was written)
    int readies = 0;
    bool settled = false;

    static SideLog read(const QString &path)
    {
        SideLog log;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return log;
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const qsizetype space = line.indexOf(' ');
            const QByteArray word = space < 0 ? line : line.left(space);
            const QByteArray rest = space < 0 ? QByteArray() : line.mid(space + 1);
            if (word == "state")
                log.states.insert(QByteArray::fromBase64(rest));
            else if (word == "intent")
                log.intents.insert(QString::fromUtf8(rest));
            else if (word == "handed")
                log.handed.insert(QString::fromUtf8(rest));
            else if (word == "ready")
                ++log.readies;
            else if (word == "settled")
                log.settled = true;
        }
        return log;
    }
};

QString integrityCheck(const QString &storeFile)
{
    QString result;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(storeFile);
        if (!db.open())
            return u"cannot open: " + db.lastError().text();
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
            return u"cannot check: " + query.lastError().text();
        QStringList lines;
        while (query.next())
            lines.append(query.value(0).toString());
        result = lines.join(u'\n');
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

} // namespace

void TestCrashLoop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestCrashLoop::survivesRandomKills()
{
    const int kills = killCount();
    const quint32 seed = crashSeed();
    qInfo().noquote() << "crash loop seed" << seed << "(IMPORTDESK_CRASHLOOP_SEED replays it)";
    QRandomGenerator random(seed);
    QElapsedTimer elapsed;
    elapsed.start();

    // One sandbox for every run, slow enough to answer that kills land mid-request, and fast
    // jobs so that the tracker has transitions to poll.
    SandboxOptions options;
    options.port = 0;
    options.timeScale = 500;
    options.latencyMs = 40;
    options.maxRunning = 100000;
    SandboxServer server(options);
    QVERIFY(server.listen(0));
    // The sandbox does the work of a request at once and answers `latencyMs` later: a kill
    // within that time loses the answer of work that was done.
    int creates = 0;
    int refusedAsTaken = 0; // a resend after a lost answer, or a name typed twice
    qint64 lastRequestAt = -1;
    qint64 lastCreateAt = -1;
    connect(&server, &SandboxServer::requestLogged, this, [&](const SandboxRequestRecord &record) {
        lastRequestAt = elapsed.elapsed();
        if (record.operation == kCreate) {
            ++creates;
            refusedAsTaken += record.errorCode == u"ResourceAlreadyExistsException" ? 1 : 0;
            lastCreateAt = lastRequestAt;
        }
    });
    const auto answerPending = [&](qint64 at) {
        return at >= 0 && elapsed.elapsed() - at < options.latencyMs;
    };

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logFile = dir.filePath(QStringLiteral("driver.log"));
    const QString draftFile = dir.filePath(QStringLiteral("draft.json"));
    const QString storeFile = dir.filePath(QStringLiteral("importdesk.sqlite"));
    // Its own home and XDG folders, so that nothing of the user's is read or written.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
        const QString folder = dir.filePath(QLatin1String(name).toString().toLower());
        QVERIFY(QDir().mkpath(folder));
        environment.insert(QLatin1String(name), folder);
    }
    const QString runtime = dir.filePath(QStringLiteral("runtime"));
    QVERIFY(QDir().mkdir(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const auto arguments = [&](const QStringList &extra) {
        return QStringList{QStringLiteral("--data"),        dir.path(),
                           QStringLiteral("--log"),         logFile,
                           QStringLiteral("--sandbox-url"), server.url().toString()} +
               extra;
    };

    int killedMidRequest = 0;
    int killedMidCreate = 0;
    int killedBeforeReady = 0;
    int draftsChecked = 0;
    for (int run = 1; run <= kills; ++run) {
        const int killAfterMs = random.bounded(kMinKillMs, kMaxKillMs + 1);
        const int readiesBefore = SideLog::read(logFile).readies;
        QProcess driver;
        driver.setProcessEnvironment(environment);
        // What it prints is shown only when it ends on its own.
        driver.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&driver, &QProcess::finished);
        driver.start(QStringLiteral(IMPORTDESK_APPDRIVER_EXECUTABLE),
                     arguments({QStringLiteral("--prefix"), QStringLiteral("crash-%1").arg(run)}));
        QVERIFY2(driver.waitForStarted(10000), qPrintable(driver.errorString()));
        QTimer::singleShot(killAfterMs, &driver, [&] {
            killedMidRequest += answerPending(lastRequestAt) ? 1 : 0;
            killedMidCreate += answerPending(lastCreateAt) ? 1 : 0;
            ::kill(static_cast<pid_t>(driver.processId()), SIGKILL);
        });
        QVERIFY(finished.wait(20000));
        QVERIFY2(driver.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("run %1 ended on its own (exit code %2) before its "
                                           "kill at %3 ms:\n%4")
                                .arg(run)
                                .arg(driver.exitCode())
                                .arg(killAfterMs)
                                .arg(QString::fromUtf8(driver.readAll()))));
        const SideLog log = SideLog::read(logFile);
        if (log.readies == readiesBefore)
            ++killedBeforeReady;
        // What the kill left is a draft the form held, whole: never torn, empty or garbage.
        QFile draft(draftFile);
        if (draft.open(QIODevice::ReadOnly)) {
            const QByteArray saved = draft.readAll();
            QVERIFY2(log.states.contains(saved),
                     qPrintable(QStringLiteral("after kill %1 the draft on disk (%2 bytes) is "
                                               "none of the %3 the form held")
                                    .arg(run)
                                    .arg(saved.size())
                                    .arg(log.states.size())));
            ++draftsChecked;
        }
    }

    // The last start must be a normal one, and settle every submission left open.
    QProcess last;
    last.setProcessEnvironment(environment);
    last.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy lastFinished(&last, &QProcess::finished);
    last.start(QStringLiteral(IMPORTDESK_APPDRIVER_EXECUTABLE),
               arguments({QStringLiteral("--settle")}));
    QVERIFY(lastFinished.wait(60000));
    const QByteArray lastOutput = last.readAll();
    QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
             lastOutput.constData());

    const SideLog log = SideLog::read(logFile);
    QVERIFY(log.settled);

    // And after the last, clean, run.
    QFile draft(draftFile);
    QVERIFY2(draft.open(QIODevice::ReadOnly), "no draft on disk");
    const QByteArray saved = draft.readAll();
    QVERIFY2(log.states.contains(saved),
             qPrintable(QStringLiteral("the draft on disk (%1 bytes) is none of the %2 the form "
                                       "held")
                            .arg(saved.size())
                            .arg(log.states.size())));

    QCOMPARE(integrityCheck(storeFile), QStringLiteral("ok"));

    // Every job the sandbox holds for these runs was asked for, once.
    QHash<QString, int> created;
    for (const SandboxImportJob &job : server.state().jobs()) {
        if (job.jobName.startsWith(u"crash-"))
            ++created[job.jobName];
    }
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        QVERIFY2(it.value() == 1,
                 qPrintable(QStringLiteral("%1 created %2 times").arg(it.key()).arg(it.value())));
        QVERIFY2(log.intents.contains(it.key()), qPrintable(u"never submitted: " + it.key()));
    }

    // Every submission the app took is in its outbox, or was created; none is left open.
    SqliteJobStore store;
    QVERIFY(store.open(storeFile).ok());
    const auto rows = store.allOutboxRows();
    QVERIFY(rows.ok());
    QHash<QString, OutboxEntry> outbox;
    QHash<OutboxState, int> byState;
    for (const OutboxEntry &row : rows.value()) {
        QVERIFY2(log.intents.contains(row.draft.jobName),
                 qPrintable(u"in the outbox, never submitted: " + row.draft.jobName));
        QVERIFY2(!row.isOpen(), qPrintable(u"still open after settling: " + row.draft.jobName));
        outbox.insert(row.draft.jobName, row);
        ++byState[row.state];
    }
    for (const QString &name : log.handed) {
        QVERIFY2(outbox.contains(name) || created.contains(name),
                 qPrintable(u"submission lost: " + name));
    }
    // The sandbox refuses a second job of a name, so "no duplicate" is shown on the app's side:
    // each job created is one confirmed submission, and a confirmed row names a created job.
    QHash<QString, int> confirmed;
    for (const OutboxEntry &row : rows.value()) {
        if (row.state != OutboxState::Confirmed)
            continue;
        QVERIFY2(created.contains(row.draft.jobName), qPrintable(row.draft.jobName));
        ++confirmed[row.draft.jobName];
    }
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        QVERIFY2(confirmed.value(it.key()) == 1,
                 qPrintable(QStringLiteral("%1 created once, confirmed by %2 submissions")
                                .arg(it.key())
                                .arg(confirmed.value(it.key()))));
    }

    qInfo().noquote()
        << QStringLiteral(
               "crash loop: %1 kills (seed %2) in %3 s, %4 before the app was "
               "ready, %5 with an answer pending (%6 of a create); %7 submissions taken, %8 create "
               "requests (%15 refused as taken), %9 jobs created, outbox %10 confirmed / %11 "
               "failed / %12 "
               "unsent; %13 draft states, the draft intact after %14 kills; duplicates 0, lost 0, "
               "integrity ok")
               .arg(kills)
               .arg(seed)
               .arg(elapsed.elapsed() / 1000.0, 0, 'f', 1)
               .arg(killedBeforeReady)
               .arg(killedMidRequest)
               .arg(killedMidCreate)
               .arg(log.handed.size())
               .arg(creates)
               .arg(created.size())
               .arg(byState.value(OutboxState::Confirmed))
               .arg(byState.value(OutboxState::Failed))
               .arg(byState.value(OutboxState::Unsent))
               .arg(log.states.size())
               .arg(draftsChecked)
               .arg(refusedAsTaken);
}

QTEST_GUILESS_MAIN(TestCrashLoop)
#include "tst_crashloop.moc"
