#pragma once

#include <QMainWindow>

class ActivityLogDock;
class ConnectionBar;
class DesktopApp;
class ImportForm;
class JobsPanel;
struct JobRecord;
struct OutboxEntry;
class QLabel;
class QSplitter;
class QSystemTrayIcon;

// The application window: connection bar, import form, jobs panel, activity log dock and status
// bar. Binds these widgets to the DesktopApp it is given, which does the work; the window only
// shows its state and forwards what the user asks for.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Borrows the app, which must outlive the window.
    explicit MainWindow(DesktopApp *app, QWidget *parent = nullptr);
    ~MainWindow() override;

    ImportForm *importForm() const { return m_form; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    ActivityLogDock *activityLogDock() const { return m_activityDock; }
    JobsPanel *jobsPanel() const { return m_jobsPanel; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void bindConnection();
    void bindForm();
    void bindJobs();
    void onSessionChanged();
    void onSubmitted(const QString &arn, const QString &jobName);
    void updateRecents();
    void saveLayout();
    void restoreLayout();
    void notifyFinished(const JobRecord &job);
    void offerResubmission(const QList<OutboxEntry> &entries);
    void updateWindowVisibility();

    DesktopApp *m_app;
    ConnectionBar *m_connectionBar;
    ImportForm *m_form;
    JobsPanel *m_jobsPanel;
    QSplitter *m_splitter;
    ActivityLogDock *m_activityDock;
    QLabel *m_endpointLabel;
    QLabel *m_storeLabel;
    QSystemTrayIcon *m_tray = nullptr;
};
