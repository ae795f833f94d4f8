#pragma once

#include "jobs/jobfilterproxy.h"
#include "jobs/jobrecord.h"
#include "personalize/importjobdraft.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class JobDetailsPane;
class JobTableModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QToolBar;
class QToolButton;

// The jobs area of the main window: search, status chips with live counts, dataset and region
// filters, the jobs table and the details of the selected job, with the actions an operator
// takes on a job (clone, copy ARN, copy as CLI command, open in the console, export to CSV).
// Forwards intent through signals; it neither polls nor submits.
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;
    using Clock = std::function<QDateTime()>;

    explicit JobsPanel(JobTableModel *model, QWidget *parent = nullptr);
    ~JobsPanel() override;

    JobFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    JobDetailsPane *detailsPane() const { return m_details; }

    // Selects the job's row (clearing filters that hide it); false if the model lacks the job.
    bool selectJob(const QString &arn);
    std::optional<JobRecord> selectedJob() const;

    // Column order, widths and sort, for the window to keep in its settings.
    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray &state);
    QByteArray splitterState() const;
    bool restoreSplitterState(const QByteArray &state);

    QAction *cloneAction() const { return m_cloneAction; }
    QAction *copyArnAction() const { return m_copyArnAction; }
    QAction *copyCliAction() const { return m_copyCliAction; }
    QAction *openConsoleAction() const { return m_openConsoleAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }

    // Test seams: how URLs are opened (default: QDesktopServices::openUrl) and the time used
    // for clone names.
    void setUrlOpener(UrlOpener opener);
    void setClock(Clock clock);

    // The rows and columns the view shows, in the order shown, as CSV (see JobCsv).
    QByteArray visibleRowsCsv() const;

Q_SIGNALS:
    // `draft` holds the values of the job named `sourceName` under a new name.
    void cloneRequested(const ImportJobDraft &draft, const QString &sourceName);
    void refreshRequested();
    void selectedJobChanged(const QString &arn);
    // A short confirmation or error for the window's status bar.
    void statusMessage(const QString &text);

private:
    void buildActions();
    void updateChips();
    void updateFilterCombos();
    void updateActions();
    void updateDetails();
    void showContextMenu(const QPoint &pos);
    void copyArn();
    void copyCliCommand();
    void openInConsole();
    void exportCsv();
    void cloneSelected();

    JobTableModel *m_model;
    JobFilterProxy *m_proxy;
    UrlOpener m_opener;
    Clock m_clock;

    QLineEdit *m_search;
    QHash<JobFilterProxy::StatusGroup, QToolButton *> m_chips;
    QComboBox *m_datasetCombo;
    QComboBox *m_regionCombo;
    QLabel *m_countLabel;
    QToolBar *m_toolBar;
    QSplitter *m_splitter;
    QTableView *m_table;
    JobDetailsPane *m_details;

    QAction *m_cloneAction = nullptr;
    QAction *m_copyArnAction = nullptr;
    QAction *m_copyCliAction = nullptr;
    QAction *m_openConsoleAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
};
