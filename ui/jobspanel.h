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
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

// The jobs area of the main window: search, status chips with live counts, dataset and region
// filters, the jobs table with the details of the selected job beside it, and the actions an
// operator takes on a job (clone, copy ARN, copy as CLI command, open in the console, export to
// CSV; edit or cancel a queued one). An empty table is replaced by a page that says why it is empty
// and what to do. Forwards intent through signals; it neither polls nor submits.
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    using UrlOpener = std::function<bool(const QUrl &url)>;
    using Clock = std::function<QDateTime()>;

    // Why there is no job at all, as the window knows it.
    enum class EmptyReason {
        NoJobs,          // nothing under way: the account has no import job yet
        LoadingHistory,  // the stored history is being read
        ListingDatasets, // the datasets' histories are being listed
        NotConnected,    // no usable connection
    };
    Q_ENUM(EmptyReason)

    explicit JobsPanel(JobTableModel *model, QWidget *parent = nullptr);
    ~JobsPanel() override;

    JobFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    JobDetailsPane *detailsPane() const { return m_details; }
    QToolBar *toolBar() const { return m_toolBar; }

    // Selects the job's row (clearing filters that hide it); false if the model lacks the job.
    bool selectJob(const QString &arn);
    std::optional<JobRecord> selectedJob() const;
    // Shows every job again: search, chips, dataset and region filters.
    void clearFilters();

    // What the page shown instead of an empty table says; `datasetsToList` counts the datasets
    // whose histories are still being listed (0: not known yet).
    void setEmptyReason(EmptyReason reason, int datasetsToList = 0);
    // True while the table has no row to show and the page saying why is shown instead.
    bool isShowingEmptyState() const;
    // The page's heading and advice, as shown.
    QString emptyStateTitle() const;
    QString emptyStateHint() const;

    // The action that starts a new job: first on the toolbar, and offered by the empty page.
    void setNewImportAction(QAction *action);

    // Column order, widths, visibility and sort, for the window to keep in its settings.
    QByteArray headerState() const;
    bool restoreHeaderState(const QByteArray &state);
    QByteArray splitterState() const;
    bool restoreSplitterState(const QByteArray &state);
    // A checkable entry per column, as in the header's context menu.
    QMenu *columnsMenu() const { return m_columnsMenu; }

    QAction *cloneAction() const { return m_cloneAction; }
    QAction *copyArnAction() const { return m_copyArnAction; }
    QAction *copyCliAction() const { return m_copyCliAction; }
    QAction *openConsoleAction() const { return m_openConsoleAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *exportCsvAction() const { return m_exportCsvAction; }
    // Enabled for a queued submission only.
    QAction *editQueuedAction() const { return m_editQueuedAction; }
    QAction *cancelQueuedAction() const { return m_cancelQueuedAction; }

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
    // The queued submission (outbox row `outboxId`) should go back to the form, or be dropped.
    void editQueuedRequested(qint64 outboxId);
    void cancelQueuedRequested(qint64 outboxId);
    void selectedJobChanged(const QString &arn);
    // A short confirmation or error for the window's status bar.
    void statusMessage(const QString &text);

private:
    void buildActions();
    void buildEmptyPage();
    void setDefaultColumns();
    void updateChips();
    void updateFilterCombos();
    void updateActions();
    void updateDetails();
    void updateEmptyState();
    void fillColumnsMenu();
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
    QToolButton *m_moreButton;
    QMenu *m_moreMenu;
    QMenu *m_columnsMenu;
    QSplitter *m_splitter;
    QStackedWidget *m_tableStack;
    QTableView *m_table;
    QWidget *m_emptyPage;
    QLabel *m_emptyTitle;
    QLabel *m_emptyHint;
    QPushButton *m_emptyButton;
    JobDetailsPane *m_details;

    EmptyReason m_emptyReason = EmptyReason::NoJobs;
    int m_datasetsToList = 0;
    QAction *m_newImportAction = nullptr;
    QAction *m_cloneAction = nullptr;
    QAction *m_copyArnAction = nullptr;
    QAction *m_copyCliAction = nullptr;
    QAction *m_openConsoleAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_editQueuedAction = nullptr;
    QAction *m_cancelQueuedAction = nullptr;
};
