#pragma once

// The app's object graph exactly as app/main.cpp builds it for `importdesk --sandbox`: an
// in-process sandbox on a free port, DesktopApp::create() with its files in a temporary folder,
// the MainWindow over it, and the user's AWS configuration left out.

#include "desktop/appsettings.h"
#include "desktop/connectionmanager.h"
#include "desktop/desktopapp.h"
#include "desktop/draftautosave.h"
#include "jobs/jobscontroller.h"
#include "jobs/jobtracker.h"
#include "sandbox/sandboxclient.h"
#include "sandbox/sandboxserver.h"
#include "ui/importform.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class GuiHarness
{
public:
    // `maxRunning`: imports the sandbox's region runs at once (fewer fill it sooner).
    explicit GuiHarness(double timeScale = 1000, int maxRunning = SandboxDefaults::kMaxRunning)
    {
        SandboxOptions options;
        options.port = 0;
        options.timeScale = timeScale;
        options.maxRunning = maxRunning;
        server = std::make_unique<SandboxServer>(options);
        listening = server->listen(0);
    }

    ~GuiHarness() { closeWindow(); }

    QString path(const QString &name) const { return dir.filePath(name); }

    // The options main() would use, with every file in the temporary folder.
    DesktopOptions options() const
    {
        DesktopOptions options;
        options.sandbox = true;
        options.session = SandboxClient::sessionOptions(server->options(), server->url());
        options.session.homeDir = path(QStringLiteral("home"));
        options.placeFilesIn(dir.path());
        return options;
    }

    // Opens the window on fresh (or surviving) files; `intervals` speeds the tracker up.
    void openWindow(const std::optional<JobTrackerIntervals> &intervals = std::nullopt)
    {
        openWindow(options(), intervals);
    }

    // The same on other options, such as a real AWS configuration instead of the sandbox.
    void openWindow(const DesktopOptions &options,
                    const std::optional<JobTrackerIntervals> &intervals = std::nullopt)
    {
        app = DesktopApp::create(options);
        if (intervals)
            app->jobs()->setTrackerIntervals(*intervals);
        window = std::make_unique<MainWindow>(app.get());
        // As main() does: connecting and reading the history wait for the first frame.
        QObject::connect(window.get(), &MainWindow::firstFrameShown, app.get(), &DesktopApp::start);
        window->show();
    }

    // Destroys everything without closing the window: what a crash leaves behind is on disk.
    void closeWindow()
    {
        window.reset();
        app.reset();
    }

    // Opens the "New import" pane as a user does (Ctrl+N).
    void openForm() const { window->newImportAction()->trigger(); }

    ImportForm *form() const { return window->importForm(); }
    AppSettings *settings() const { return app->settings(); }
    DraftAutosave *autosave() const { return app->autosave(); }
    ConnectionManager *connection() const { return app->connection(); }

    template<typename T>
    T *find(const char *name) const
    {
        return window->findChild<T *>(QLatin1String(name));
    }

    // Waits for the connection and the dataset list in the form (built if it was not).
    bool waitUntilReady() const
    {
        auto *combo = form()->findChild<QComboBox *>(QStringLiteral("datasetCombo"));
        return QTest::qWaitFor(
            [&] {
                return connection()->state() == ConnectionManager::State::Ready &&
                       combo->count() > 0;
            },
            10000);
    }

    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
    bool listening = false;
    std::unique_ptr<DesktopApp> app;
    std::unique_ptr<MainWindow> window;
};
