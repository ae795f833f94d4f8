#pragma once

#include "personalize/datacheckreport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QVBoxLayout;

// Shows a data check's report: a one-line summary with an icon for the worst finding, what was
// read, then each finding with its severity icon, its message, where it is (file and line) and
// how to fix it. Each finding can take the keyboard focus and is read whole by a screen reader;
// clicking it, or Enter on it, activates it. Also shows that a check is running.
class DataCheckView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataCheckView)

public:
    explicit DataCheckView(QWidget *parent = nullptr);
    ~DataCheckView() override;

    void setReport(const DataCheckReport &report);
    // `what`: the location being checked (s3://bucket/folder/); empty for "the data".
    void setChecking(const QString &what);
    // Shows nothing.
    void clear();
    // Shows no report, only `text` in the secondary style (what the view is waiting for).
    void showHint(const QString &text);

    const std::optional<DataCheckReport> &report() const { return m_report; }
    bool isChecking() const { return m_checking; }
    // The summary line as shown, e.g. "2 errors, 1 warning in 3 files".
    QString summaryText() const;

    // Icon of a finding's severity (the app's error, warning and info icons).
    static QString iconPath(DataCheckFinding::Severity severity);
    // The icon of a report's summary: its worst finding, a warning for a check that did not
    // finish, a tick for one that found nothing to fix.
    static QString summaryIconPath(const DataCheckReport &report);
    // "interactions.csv, line 12"; the file's name alone, or empty for the whole location.
    static QString whereText(const DataCheckFinding &finding);

Q_SIGNALS:
    // A finding was clicked, or Enter or Space was pressed on it.
    void findingActivated(const DataCheckFinding &finding);

private:
    void setSummary(const QString &iconPath, const QString &text, const QString &accessibleText);
    void clearFindings();

    std::optional<DataCheckReport> m_report;
    bool m_checking = false;
    QLabel *m_summaryIcon;
    QLabel *m_summary;
    QProgressBar *m_busy;
    QLabel *m_details;
    QWidget *m_findings;
    QVBoxLayout *m_findingsLayout;
};
