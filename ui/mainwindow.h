#pragma once

#include <QMainWindow>
#include <QPointer>

class ActivityLogDock;
class ConnectionBar;
class DesktopApp;
class ImportForm;
class JobsPanel;
struct JobRecord;
struct OutboxEntry;
class QAction;
class QDialog;
class QDockWidget;
class QLabel;
class QMenu;
class QSystemTrayIcon;

// The application window: connection bar, the jobs panel as its main area (table and the
// selected job's details), the "New import" form in a pane beside it that opens and closes,
// the activity log dock and the status bar. Binds these widgets to the DesktopApp it is given,
// which does the work; the window only shows its state and forwards what the user asks for.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Borrows the app, which must outlive the window.
    explicit MainWindow(DesktopApp *app, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The "New import" form, built the first time something needs it (the pane opens, a job is
    // cloned or edited): a window that only shows jobs never pays for it.
    ImportForm *importForm();
    bool isImportFormBuilt() const { return m_form != nullptr; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    ActivityLogDock *activityLogDock() const { return m_activityDock; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }
    QDockWidget *formPane() const { return m_formDock; }
    QAction *newImportAction() const { return m_newImportAction; }
    // The Connection menu: "Add access key…", "Stored keys…".
    QAction *addAccessKeyAction() const { return m_addAccessKeyAction; }
    QAction *storedKeysAction() const { return m_storedKeysAction; }
    QAction *newProfileAction() const { return m_newProfileAction; }

    // Opens the form pane and puts the cursor in the job name.
    void showImportForm();
    // Opens Preferences (or raises it when open).
    void showPreferences();
    // Closes the form pane (its draft is kept) and returns to the jobs table.
    void hideImportForm();

Q_SIGNALS:
    // The window has been drawn on screen for the first time: work the first frame does not
    // need (connecting, reading the job history) can start without delaying it.
    void firstFrameShown();
    // The user chose to restart, to see the interface in another language.
    void restartRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void bindConnection();
    void signInToIdentityCenter();
    void createConnectionMenu();
    void bindStoredKeys();
    void updateStoredKeyEntries();
    void showNewProfile();
    void bindForm();
    void buildForm();
    void bindJobs();
    void onSessionChanged();
    void applySessionToForm();
    void updateJobsEmptyState();
    void onSubmitted(const QString &arn, const QString &jobName);
    void updateRecents();
    void saveLayout();
    void restoreLayout();
    void notifyFinished(const JobRecord &job);
    void offerResubmission(const QList<OutboxEntry> &entries);
    void confirmCancelQueued(qint64 outboxId);
    void editQueued(qint64 outboxId);
    void updateWindowVisibility();
    void announceFirstFrame();

    DesktopApp *m_app;
    ConnectionBar *m_connectionBar;
    ImportForm *m_form = nullptr;
    JobsPanel *m_jobsPanel;
    QDockWidget *m_formDock;
    ActivityLogDock *m_activityDock;
    QAction *m_newImportAction = nullptr;
    // Stands in the File menu for the form's own Submit until the form is built.
    QAction *m_submitPlaceholder = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_addAccessKeyAction = nullptr;
    QAction *m_storedKeysAction = nullptr;
    QAction *m_newProfileAction = nullptr;
    QLabel *m_endpointLabel;
    QLabel *m_storeLabel;
    QSystemTrayIcon *m_tray = nullptr;
    bool m_firstFrameAnnounced = false;
    QPointer<QDialog> m_preferences;
};
