#pragma once

#include "personalize/apitypes.h"

#include <QMainWindow>
#include <QPointer>

class ActivityLogDock;
class ActivityLogModel;
class AppSettings;
class ConnectionBar;
class ConnectionManager;
class DatasetCatalog;
class DraftAutosave;
class ImportForm;
class ImportSubmitter;
class JobsController;
class JobsPanel;
struct JobRecord;
struct OutboxEntry;
class QSystemTrayIcon;
class QLabel;
class QSplitter;
class SubmittedJobsList;

// The application window: connection bar, import form, jobs area, activity log dock and status
// bar, wired to the connection, the dataset catalogue and the submitter. Composes widgets and
// actions only; the work is done by the objects it is given or owns from app/.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // Borrows the connection, the settings and the autosave; they must outlive the window.
    MainWindow(ConnectionManager *connection, AppSettings *settings, DraftAutosave *autosave,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    ImportForm *importForm() const { return m_form; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    ActivityLogDock *activityLogDock() const { return m_activityDock; }
    DatasetCatalog *datasetCatalog() const { return m_catalog; }
    ImportSubmitter *submitter() const { return m_submitter; }

    // The right-hand side of the window. Until the job table exists it is a
    // SubmittedJobsList; setJobsArea() swaps in another widget (the window takes ownership
    // and deletes the previous one). jobSubmitted() tells any jobs area about new jobs.
    QWidget *jobsArea() const { return m_jobsArea; }
    void setJobsArea(QWidget *area);
    SubmittedJobsList *submittedJobsList() const;

    // Makes the jobs panel over `jobs` the jobs area and routes submissions through its outbox.
    // Borrowed; must outlive the window.
    void setJobsController(JobsController *jobs);
    JobsPanel *jobsPanel() const { return m_jobsPanel; }

    // Opens the connection chosen by the settings (or the sandbox).
    void connectInitially(const QString &profile, const QString &region);

Q_SIGNALS:
    void jobSubmitted(const QString &datasetImportJobArn,
                      const CreateDatasetImportJobRequest &request);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void onSessionChanged();
    void onSubmitted(const QString &arn, const CreateDatasetImportJobRequest &request);
    void updateAccount();
    void saveLayout();
    void notifyFinished(const JobRecord &job);
    void offerResubmission(const QList<OutboxEntry> &entries);
    void updateWindowVisibility();
    void restoreLayout();

    ConnectionManager *m_connection;
    AppSettings *m_settings;
    DraftAutosave *m_autosave;
    DatasetCatalog *m_catalog;
    ImportSubmitter *m_submitter;
    ActivityLogModel *m_activity;
    ConnectionBar *m_connectionBar;
    ImportForm *m_form;
    QSplitter *m_splitter;
    QPointer<QWidget> m_jobsArea;
    ActivityLogDock *m_activityDock;
    QLabel *m_endpointLabel;
    QPointer<JobsController> m_jobs;
    JobsPanel *m_jobsPanel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
};
