#pragma once

// The app's object graph as app/main.cpp builds it for `importdesk --sandbox`, with an
// in-process sandbox on a free port, settings and draft in a temporary folder, and the user's
// AWS configuration left out.

#include "desktop/appsettings.h"
#include "desktop/connectionmanager.h"
#include "desktop/draftautosave.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxserver.h"
#include "ui/importform.h"
#include "ui/mainwindow.h"

#include <QComboBox>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class GuiHarness
{
public:
    explicit GuiHarness(double timeScale = 1000)
    {
        SandboxOptions options;
        options.port = 0;
        options.timeScale = timeScale;
        server = std::make_unique<SandboxServer>(options);
        listening = server->listen(0);
    }

    ~GuiHarness() { closeWindow(); }

    QString path(const QString &name) const { return dir.filePath(name); }

    // Opens the window on fresh (or surviving) settings and draft files.
    void openWindow()
    {
        settings = std::make_unique<AppSettings>(path(QStringLiteral("importdesk.ini")));
        autosave = std::make_unique<DraftAutosave>(path(QStringLiteral("draft.json")));
        AwsSessionOptions session;
        AwsCredentials credentials;
        credentials.accessKeyId = SandboxDefaults::kAccessKeyId;
        credentials.secretAccessKey = SandboxDefaults::kSecretAccessKey;
        credentials.accountId = SandboxDefaults::kAccountId;
        credentials.source = QStringLiteral("sandbox");
        session.explicitCredentials = credentials;
        session.overrides.endpointUrl = server->url();
        session.overrides.region = SandboxDefaults::kRegion;
        session.environment = QProcessEnvironment();
        session.homeDir = path(QStringLiteral("home"));
        connection = std::make_unique<ConnectionManager>(session);
        connection->setSandbox(true);
        window = std::make_unique<MainWindow>(connection.get(), settings.get(), autosave.get());
        window->connectInitially({}, {});
        window->show();
    }

    // Destroys everything without closing the window: what a crash leaves behind is on disk.
    void closeWindow()
    {
        window.reset();
        connection.reset();
        autosave.reset();
        settings.reset();
    }

    ImportForm *form() const { return window->importForm(); }

    template<typename T>
    T *find(const char *name) const
    {
        return window->findChild<T *>(QLatin1String(name));
    }

    // Waits for the connection and the dataset list.
    bool waitUntilReady() const
    {
        auto *combo = find<QComboBox>("datasetCombo");
        return QTest::qWaitFor(
            [&] {
                return connection->state() == ConnectionManager::State::Ready && combo->count() > 0;
            },
            10000);
    }

    QTemporaryDir dir;
    std::unique_ptr<SandboxServer> server;
    bool listening = false;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<DraftAutosave> autosave;
    std::unique_ptr<ConnectionManager> connection;
    std::unique_ptr<MainWindow> window;
};
