// importdesk: the desktop application. Builds the object graph (settings, draft autosave,
// connection, optional in-process sandbox) and shows the main window.

#include "aws/logging.h"
#include "desktop/appsettings.h"
#include "desktop/connectionmanager.h"
#include "desktop/draftautosave.h"
#include "jobs/jobscontroller.h"
#include "jobs/jobstore.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxserver.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

constexpr double kDemoTimeScale = 10.0; // jobs finish in minutes rather than hours

void installTranslators(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("importdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

void fail(const QString &message)
{
    std::fprintf(stderr, "importdesk: %s\n", qUtf8Printable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ImportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("importdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMPORTDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Import Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("importdesk"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/importdesk.svg")));
    Redaction::installMessageFilter();
    installTranslators(app);

    QCommandLineParser parser;
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
    parser.addOptions(
        {sandboxOption, timeScaleOption, profileOption, regionOption, endpointOption});
    parser.process(app);

    const bool sandboxMode = parser.isSet(sandboxOption);
    AwsSessionOptions sessionOptions;
    std::unique_ptr<SandboxServer> sandbox;
    if (sandboxMode) {
        SandboxOptions options;
        options.port = 0;
        options.timeScale = kDemoTimeScale;
        if (parser.isSet(timeScaleOption)) {
            bool ok = false;
            options.timeScale = parser.value(timeScaleOption).toDouble(&ok);
            if (!ok || options.timeScale <= 0) {
                fail(QCoreApplication::translate("main", "--sandbox-time-scale needs a "
                                                         "positive number, such as 10."));
                return 2;
            }
        }
        // The sandbox keeps its jobs between runs, like the service, in its own folder.
        const QString sandboxDir =
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            QStringLiteral("/sandbox");
        QDir().mkpath(sandboxDir);
        options.stateFile = sandboxDir + QStringLiteral("/sandbox-state.json");
        sandbox = std::make_unique<SandboxServer>(options);
        if (const auto restored = sandbox->restoreState(); !restored) {
            fail(restored.error());
            return 1;
        }
        if (!sandbox->listen(0)) {
            fail(QCoreApplication::translate("main", "The sandbox could not listen on a local "
                                                     "port."));
            return 1;
        }
        Redaction::registerSecret(options.secretAccessKey);
        AwsCredentials credentials;
        credentials.accessKeyId = options.accessKeyId;
        credentials.secretAccessKey = options.secretAccessKey;
        credentials.accountId = options.accountId;
        credentials.source = QCoreApplication::translate("main", "sandbox");
        sessionOptions.explicitCredentials = credentials;
        sessionOptions.overrides.endpointUrl = sandbox->url();
        sessionOptions.overrides.region = options.region;
        // The sandbox is independent of the user's AWS configuration.
        sessionOptions.environment = QProcessEnvironment();
        sessionOptions.homeDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                 QStringLiteral("/sandbox-home");
    } else if (parser.isSet(endpointOption)) {
        sessionOptions.overrides.endpointUrl = QUrl(parser.value(endpointOption));
    }

    AppSettings settings;
    DraftAutosave autosave;
    ConnectionManager connection(sessionOptions);
    connection.setSandbox(sandboxMode);
    // Jobs seen on the sandbox are kept apart from real ones. Declared before the window,
    // which borrows them.
    JobStore store;
    const QString storePath =
        sandboxMode ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/sandbox/importdesk.sqlite")
                    : JobStore::defaultPath();
    const auto opened = store.open(storePath);
    std::unique_ptr<JobsController> jobs;
    if (opened)
        jobs = std::make_unique<JobsController>(&store);
    else
        fail(opened.error()); // the window still works; only the job history is missing

    MainWindow window(&connection, &settings, &autosave);
    if (jobs)
        window.setJobsController(jobs.get());
    else
        window.statusBar()->showMessage(opened.error());

    const QString profile =
        parser.isSet(profileOption) ? parser.value(profileOption) : settings.lastProfile();
    const QString region =
        parser.isSet(regionOption) ? parser.value(regionOption) : settings.lastRegion();
    window.connectInitially(profile, region);
    window.show();
    return app.exec();
}
