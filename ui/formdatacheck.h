#pragma once

#include "personalize/datacheck.h"
#include "personalize/importjobdraft.h"
#include "personalize/importjobvalidator.h"

#include <QObject>
#include <QTimer>

#include <optional>

class DataCheckView;
class QPushButton;

// The import form's data check: asks for a check once the dataset and an s3:// location are
// valid, a moment after the last keystroke so that typing is never held up; drops the check
// when they change; shows the findings; and remembers which values the last report is about,
// so that a report never describes other data than the form's.
class FormDataCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormDataCheck)

public:
    // Quiet time after an edit before a check starts.
    static constexpr int kSettleMs = 400;

    FormDataCheck(DataCheckView *view, QPushButton *checkButton, QObject *parent = nullptr);
    ~FormDataCheck() override;

    // The form's values or their validation changed.
    void update(const ImportJobDraft &draft, const QList<FieldIssue> &issues, bool connected);
    // "Check data": checks again now, even when a report for these values exists.
    void checkNow();

    void showStarted(const DataCheckRequest &request);
    void showReport(const DataCheckReport &report);

    // The report about exactly the form's current dataset, location and mode, if any.
    std::optional<DataCheckReport> currentReport() const;
    bool isChecking() const { return m_running.has_value(); }

    // The check the form's values call for, when they can be checked.
    static std::optional<DataCheckRequest> requestFor(const ImportJobDraft &draft,
                                                      const QList<FieldIssue> &issues);

Q_SIGNALS:
    void checkRequested(const DataCheckRequest &request);
    void checkCancelled();
    // currentReport() or isChecking() changed.
    void stateChanged();

private:
    void request();
    void showIdle();

    DataCheckView *m_view;
    QPushButton *m_button;
    QTimer m_settle;
    bool m_connected = false;
    std::optional<DataCheckRequest> m_wanted;  // what the form's values call for
    std::optional<DataCheckRequest> m_running; // asked for, no report yet
    std::optional<DataCheckReport> m_report;   // the last report, about whatever it says
};
