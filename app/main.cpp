// importdesk: the desktop application. Reads the options, starts the in-process sandbox when
// asked, builds the app through DesktopApp::create() and shows the main window.

#include "aws/logging.h"
#include "desktop/appsettings.h"
#include "desktop/desktopapp.h"
#include "desktop/terminationsignals.h"
#include "sandbox/guardedtcpserver.h"
#include "sandbox/sandboxclient.h"
#include "sandbox/sandboxserver.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>
#include <memory>

namespace {

// When the window first shows (QT_LOGGING_RULES="importdesk.startup.info=true"): what start-up
// benchmarks measure.
Q_LOGGING_CATEGORY(lcStartup, "importdesk.startup", QtWarningMsg)

constexpr double kDemoTimeScale = 10.0; // jobs finish in minutes rather than hours

void fail(const QString &message)
{
    std::fprintf(stderr, "importdesk: %s\n", qUtf8Printable(message));
}

// The command line: the same options for --help without a display and for the app.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Create and follow Amazon Personalize dataset "
                                            "import jobs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start the local sandbox endpoint in the app and "
                                            "connect to it: no AWS account needed."));
    const QCommandLineOption timeScaleOption(
        QStringLiteral("sandbox-time-scale"),
        QCoreApplication::translate("main", "How much faster sandbox jobs run (default %1).")
            .arg(kDemoTimeScale),
        QStringLiteral("N"));
    const QCommandLineOption historyOption(
        QStringLiteral("sandbox-history"),
        QCoreApplication::translate("main", "Seed the sandbox with N finished jobs spread over its "
                                            "datasets and the past months."),
        QStringLiteral("N"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QCoreApplication::translate("main", "The AWS profile to use."),
        QStringLiteral("NAME"));
    const QCommandLineOption regionOption(
        QStringLiteral("region"), QCoreApplication::translate("main", "The AWS Region to use."),
        QStringLiteral("REGION"));
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint-url"),
        QCoreApplication::translate("main", "Send requests to this endpoint instead of the "
                                            "standard one."),
        QStringLiteral("URL"));
    parser.addOptions({sandboxOption, timeScaleOption, historyOption, profileOption, regionOption,
                       endpointOption});
}

// --help and --version print and exit. They are answered before the windowing system is
// opened, so that they work in a terminal with no desktop session too.
bool printsAndExits(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (qstrcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// Starts this program again, with the same arguments, when it is destroyed after a request.
struct Relaunch
{
    bool requested = false;
    Relaunch() = default;
    Q_DISABLE_COPY_MOVE(Relaunch)
    ~Relaunch()
    {
        if (requested)
            QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                    QCoreApplication::arguments().mid(1));
    }
};

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ImportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("importdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMPORTDESK_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    if (printsAndExits(argc, argv)) {
        QCoreApplication app(argc, argv);
        setIdentity();
        Translations::install(&app);
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(app);
        return 0;
    }

    QApplication app(argc, argv);
    TerminationSignals termination; // from the start: a signal before the window waits for it
    // Declared before everything the app builds, so that a restart starts the new process
    // once this one has saved its state and let go of its files.
    Relaunch relaunch;
    setIdentity();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Import Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.importdesk.ImportDesk"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/importdesk.svg")));
    Redaction::installMessageFilter();
    Translations::install(&app);

    QCommandLineParser parser;
    addOptions(parser);
    parser.process(app);
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"));
    const QCommandLineOption timeScaleOption(QStringLiteral("sandbox-time-scale"));
    const QCommandLineOption historyOption(QStringLiteral("sandbox-history"));
    const QCommandLineOption profileOption(QStringLiteral("profile"));
    const QCommandLineOption regionOption(QStringLiteral("region"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint-url"));

    DesktopOptions options;
    std::unique_ptr<SandboxServer> sandbox;
    // The in-process sandbox: its port is taken now, so that the connection knows where it
    // is, but the server (which initialises Qt's TLS back-end) and its state are built after
    // the window's first frame, before the app connects to it.
    std::unique_ptr<GuardedTcpServer> sandboxListener;
    SandboxOptions sandboxOptions;
    if (parser.isSet(sandboxOption)) {
        sandboxOptions.port = 0;
        sandboxOptions.timeScale = kDemoTimeScale;
        if (parser.isSet(timeScaleOption)) {
            bool ok = false;
            sandboxOptions.timeScale = parser.value(timeScaleOption).toDouble(&ok);
            if (!ok || sandboxOptions.timeScale <= 0) {
                fail(QCoreApplication::translate("main", "--sandbox-time-scale needs a "
                                                         "positive number, such as 10."));
                return 2;
            }
        }
        int historyJobs = 0;
        if (parser.isSet(historyOption)) {
            bool ok = false;
            historyJobs = parser.value(historyOption).toInt(&ok);
            if (!ok || historyJobs < 0) {
                fail(QCoreApplication::translate("main", "--sandbox-history needs a number of "
                                                         "jobs, such as 100000."));
                return 2;
            }
        }
        sandboxOptions.historyJobs = historyJobs;
        // The sandbox keeps its jobs between runs, like the service, in its own folder. A seeded
        // account is one of its own, with its own job history, so that each start finds the
        // history it asked for rather than the jobs of another run.
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString sandboxDir =
            dataDir + (historyJobs > 0 ? QStringLiteral("/sandbox-history-%1").arg(historyJobs)
                                       : QStringLiteral("/sandbox"));
        QDir().mkpath(sandboxDir);
        sandboxOptions.stateFile = sandboxDir + QStringLiteral("/sandbox-state.json");
        if (historyJobs > 0)
            options.storeFile = sandboxDir + QStringLiteral("/importdesk.sqlite");
        sandboxListener = SandboxServer::openListener(sandboxOptions, 0);
        if (!sandboxListener) {
            fail(QCoreApplication::translate("main", "The sandbox could not listen on a local "
                                                     "port."));
            return 1;
        }
        options.sandbox = true;
        options.session = SandboxClient::sessionOptions(
            sandboxOptions, SandboxServer::urlFor(sandboxListener->serverPort()));
        options.session.homeDir = dataDir + QStringLiteral("/sandbox-home");
    } else {
        if (parser.isSet(endpointOption))
            options.session.overrides.endpointUrl = QUrl(parser.value(endpointOption));
        options.profile = parser.value(profileOption);
        options.region = parser.value(regionOption);
    }

    // The language chosen in Preferences, before the first text of the window.
    if (const QString language = AppSettings::languageIn(options.settingsFile); !language.isEmpty())
        Translations::install(&app, language);

    const std::unique_ptr<DesktopApp> desktop = DesktopApp::create(options);
    if (!desktop->storeProblem().isEmpty())
        fail(desktop->storeProblem()); // the window says so too
    MainWindow window(desktop.get());
    // Asked to end (logout, kill, Ctrl+C): close as the user would, then quit.
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &window, [&window] {
        window.close();
        QCoreApplication::quit();
    });
    // The sandbox, connecting and reading the history wait for the first frame.
    QObject::connect(&window, &MainWindow::firstFrameShown, desktop.get(), [&] {
        if (sandboxListener) {
            sandbox = std::make_unique<SandboxServer>(sandboxOptions);
            if (const auto restored = sandbox->restoreState(); !restored) {
                fail(restored.error());
                QCoreApplication::exit(1);
                return;
            }
            if (!sandbox->listen(std::move(sandboxListener))) {
                fail(QCoreApplication::translate("main", "The sandbox could not listen on a "
                                                         "local port."));
                QCoreApplication::exit(1);
                return;
            }
        }
        desktop->start();
    });
    QObject::connect(&window, &MainWindow::firstFrameShown, &window,
                     [] { qCInfo(lcStartup, "first frame shown"); });
    QObject::connect(&window, &MainWindow::restartRequested, &window, [&window, &relaunch] {
        relaunch.requested = true;
        window.close();
        QCoreApplication::quit();
    });
    window.show();
    return app.exec();
}
