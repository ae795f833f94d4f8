// importdesk-appdriver: the desktop app as main() builds it (DesktopApp::create() and the real
// MainWindow, offscreen), driven through its widgets as a user would: it types drafts into the
// form, submits them and lets the tracker poll, until it is killed. Tests run it as a child
// process so that they can kill it at any point (tst_crashloop) or read everything it wrote
// (tst_secretsscan).
//
// What it did goes to a side log, one line each, written before the app can act on it (and
// fsync'ed for intent and handed):
//   state <base64>   a draft the form holds (what the autosave may write), before any write
//   intent <name>    about to click Submit for this job name
//   handed <name>    the click returned and the app holds the submission (its outbox row is
//                    written by then; a kill may lose this line, never the row)
//   ready            connected, the datasets are listed
//   settled          (--settle) nothing is open any more
//
// Options:
//   --data DIR        settings, draft and job history in DIR (default: where the app keeps
//                     them)
//   --log FILE        the side log (appended)
//   --sandbox-url URL a sandbox with its published credentials; otherwise the environment and
//                     the AWS config files are used, with --endpoint-url, --region, --profile
//   --prefix TEXT     job names are TEXT-1, TEXT-2, …
//   --jobs N          submit at most N jobs (default: until killed)
//   --settle          submit nothing; send again what a previous run left unsent, wait until
//                     nothing is open, then close the window and exit 0

#include "desktop/connectionmanager.h"
#include "desktop/desktopapp.h"
#include "desktop/draftautosave.h"
#include "jobs/jobscontroller.h"
#include "jobs/jobtracker.h"
#include "jobs/submissionservice.h"
#include "sandbox/sandboxclient.h"
#include "ui/importform.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

const QString kDataset = QStringLiteral("retail-shop / retail-shop-interactions (Interactions)");
const QString kDataLocation = QStringLiteral("s3://importdesk-demo-retail-shop/interactions.csv");
const QString kRole = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");

// Appends whole lines and makes each durable before returning.
class SideLog final
{
    Q_DISABLE_COPY_MOVE(SideLog)

public:
    explicit SideLog(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND, 0600))
    {}
    ~SideLog()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool isOpen() const { return m_fd >= 0; }

    // A line is whole in the file once write() returns, which is all a killed process needs;
    // `durable` also survives the machine stopping.
    void write(const QByteArray &line, bool durable = true)
    {
        const QByteArray data = line + '\n';
        qsizetype done = 0;
        while (done < data.size()) {
            const ssize_t n = ::write(m_fd, data.constData() + done, size_t(data.size() - done));
            if (n <= 0)
                return;
            done += n;
        }
        if (durable)
            ::fsync(m_fd);
    }

private:
    int m_fd = -1;
};

template<typename T>
T *find(QWidget *window, const char *name)
{
    return window->findChild<T *>(QLatin1String(name));
}

// Answers the "send again?" question of submissions a previous run left unsent.
void answerResubmission(QWidget *window)
{
    auto *box = find<QMessageBox>(window, "resubmitBox");
    if (!box || !box->isVisible())
        return;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
}

// Types `text` into a line edit keystroke by keystroke, letting events run in between. What is
// already there is kept when it is the start of `text`, as a user goes on where they stopped.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    if (!text.startsWith(edit->text())) {
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
    }
    edit->end(false);
    for (const QChar c : text.mid(edit->text().size())) {
        QTest::keyClicks(edit, QString(c));
        QTest::qWait(2);
    }
}

// Rows of the outbox whose outcome is not known yet (pending or sent), read from the file.
int openOutboxRows(const QString &storeFile)
{
    int open = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("driver"));
        db.setDatabaseName(storeFile);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral(
                    "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sent')")) &&
                query.next())
                open = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("driver"));
    return open;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ImportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("importdesk"));

    QCommandLineParser parser;
    const QCommandLineOption dataOption(QStringLiteral("data"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption logOption(QStringLiteral("log"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox-url"), QString(),
                                           QStringLiteral("URL"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint-url"), QString(),
                                            QStringLiteral("URL"));
    const QCommandLineOption regionOption(QStringLiteral("region"), QString(),
                                          QStringLiteral("REGION"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QString(),
                                           QStringLiteral("NAME"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"), QString(),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QString(), QStringLiteral("N"));
    const QCommandLineOption settleOption(QStringLiteral("settle"));
    parser.addOptions({dataOption, logOption, sandboxOption, endpointOption, regionOption,
                       profileOption, prefixOption, jobsOption, settleOption});
    parser.process(application);

    SideLog log(parser.value(logOption));
    if (!log.isOpen()) {
        std::fprintf(stderr, "appdriver: cannot open the side log\n");
        return 2;
    }
    const QString dataDir = parser.value(dataOption);
    DesktopOptions options;
    if (!dataDir.isEmpty())
        options.placeFilesIn(dataDir);
    if (parser.isSet(sandboxOption)) {
        options.sandbox = true;
        options.session =
            SandboxClient::sessionOptions(SandboxOptions(), QUrl(parser.value(sandboxOption)));
        options.session.homeDir = QDir(dataDir).filePath(QStringLiteral("home"));
    } else {
        if (parser.isSet(endpointOption))
            options.session.overrides.endpointUrl = QUrl(parser.value(endpointOption));
        options.profile = parser.value(profileOption);
        options.region = parser.value(regionOption);
    }
    const bool settle = parser.isSet(settleOption);
    const QString prefix = parser.value(prefixOption);
    const int maxJobs = parser.isSet(jobsOption) ? parser.value(jobsOption).toInt() : -1;

    const std::unique_ptr<DesktopApp> app = DesktopApp::create(options);
    if (!app->storeProblem().isEmpty()) {
        std::fprintf(stderr, "appdriver: %s\n", qUtf8Printable(app->storeProblem()));
        return 4;
    }
    // Quick edits and polls, so that a short run does much of each.
    app->autosave()->setDelay(20);
    JobTrackerIntervals intervals;
    intervals.newJob = 100ms;
    intervals.longRunning = 300ms;
    intervals.rampDuration = 2s;
    intervals.maxInterval = 1s;
    app->jobs()->setTrackerIntervals(intervals);
    auto window = std::make_unique<MainWindow>(app.get());
    // Every draft the form holds is logged before the autosave, which writes it from a timer,
    // can see it.
    QObject::connect(window->importForm(), &ImportForm::draftChanged, window.get(),
                     [&log](const ImportJobDraft &draft) {
                         log.write("state " + DraftAutosave::toJson(draft).toBase64(), false);
                     });
    app->start();
    window->show();

    QTimer answering;
    answering.setInterval(20);
    QObject::connect(&answering, &QTimer::timeout, window.get(),
                     [&window] { answerResubmission(window.get()); });
    answering.start();

    auto *combo = find<QComboBox>(window.get(), "datasetCombo");
    const bool ready = QTest::qWaitFor(
        [&] {
            return app->connection()->state() == ConnectionManager::State::Ready &&
                   combo->count() > 0;
        },
        20000);
    if (!ready) {
        std::fprintf(stderr, "appdriver: not connected after 20 s\n");
        return 3;
    }
    log.write("ready");

    if (settle) {
        const bool settled = QTest::qWaitFor(
            [&] {
                const SubmissionService *service = app->jobs()->submissions();
                auto *box = find<QMessageBox>(window.get(), "resubmitBox");
                return service && !service->isReconciling() && !app->isSubmitting() &&
                       !(box && box->isVisible()) && openOutboxRows(options.storeFile) == 0;
            },
            30000);
        if (!settled) {
            std::fprintf(stderr, "appdriver: submissions still open after 30 s\n");
            return 3;
        }
        log.write("settled");
        window->close();
        return 0;
    }

    window->newImportAction()->trigger();
    auto *name = find<QLineEdit>(window.get(), "jobNameEdit");
    auto *location = find<QLineEdit>(window.get(), "dataLocationEdit");
    auto *role = find<QComboBox>(window.get(), "roleCombo");
    auto *submit = find<QPushButton>(window.get(), "submitButton");
    for (int k = 1; maxJobs < 0 || k <= maxJobs; ++k) {
        const int index = combo->findText(kDataset);
        if (index >= 0 && combo->currentIndex() != index) {
            combo->setFocus();
            combo->setCurrentIndex(index);
        }
        retype(location, kDataLocation);
        retype(role->lineEdit(), kRole);
        const QString jobName = prefix + u'-' + QString::number(k);
        retype(name, jobName);
        if (!QTest::qWaitFor([&] { return submit->isEnabled(); }, 5000))
            continue; // the checks refused it; the next name may do
        log.write("intent " + jobName.toUtf8());
        QTest::mouseClick(submit, Qt::LeftButton);
        if (app->isSubmitting())
            log.write("handed " + jobName.toUtf8());
        if (!QTest::qWaitFor([&] { return !app->isSubmitting(); }, 10000)) {
            std::fprintf(stderr, "appdriver: no answer to the submission after 10 s\n");
            return 3;
        }
    }
    // Done: the jobs are left to finish while the tracker polls them.
    const bool finished = QTest::qWaitFor(
        [&] {
            const JobTracker *tracker = app->jobs()->currentTracker();
            return !app->isSubmitting() && tracker && tracker->activeJobCount() == 0;
        },
        20000);
    if (!finished) {
        std::fprintf(stderr, "appdriver: the jobs did not finish in 20 s\n");
        return 3;
    }
    window->close();
    return 0;
}
