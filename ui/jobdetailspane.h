#pragma once

#include "jobs/jobrecord.h"

#include <QDateTime>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class DataCheckView;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTimer;
class QToolButton;

// Everything known about one import job, laid out for reading: copyable ARN, S3 location, role,
// tags, timestamps in local time with their age, for a failed job the full reason with a
// "what to fix" hint, for a queued submission what it waits for, with Edit and Cancel, and the
// findings of the data check run before the job was submitted.
class JobDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobDetailsPane)

public:
    using Clock = std::function<QDateTime()>;
    // How the window names a job's profile (as its connection bar does); empty: not shown.
    using ProfileNamer = std::function<QString(const QString &profile)>;

    explicit JobDetailsPane(QWidget *parent = nullptr);
    ~JobDetailsPane() override;

    // std::nullopt: nothing selected, a short prompt is shown instead.
    void setJob(const std::optional<JobRecord> &job);
    const std::optional<JobRecord> &job() const { return m_job; }

    // Test seam: what "now" is for ages and running durations.
    void setClock(Clock clock);
    // By default the profile as recorded with the job.
    void setProfileNamer(ProfileNamer namer);

    // "just now", "3 min ago", "2 h ago", "5 days ago"; "in the future" for clock skew.
    static QString relativeAge(const QDateTime &then, const QDateTime &now);

Q_SIGNALS:
    // The hint's link was clicked; the owner decides how to open it (a seam for tests).
    void openUrlRequested(const QUrl &url);
    // The shown queued submission should go back to the form for changes, or be dropped.
    void editQueuedRequested();
    void cancelQueuedRequested();

private:
    QLineEdit *addCopyableRow(const QString &label, const char *objectName);
    QLabel *addLabelRow(const QString &label, const char *objectName);
    void refreshTimes();
    QString timestampText(const QDateTime &time) const;

    std::optional<JobRecord> m_job;
    Clock m_clock;
    ProfileNamer m_profileNamer;
    QTimer *m_ageTimer;

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QFormLayout *m_form = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_arn = nullptr;
    QToolButton *m_copyArn = nullptr;
    QLabel *m_dataset = nullptr;
    QLabel *m_region = nullptr;
    QLineEdit *m_dataLocation = nullptr;
    QLineEdit *m_role = nullptr;
    QLabel *m_mode = nullptr;
    QLabel *m_metrics = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_createdCaption = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_duration = nullptr;
    QGroupBox *m_queueBox = nullptr;
    QLabel *m_queueText = nullptr;
    QGroupBox *m_failureBox = nullptr;
    QLabel *m_failureReason = nullptr;
    QLabel *m_hintTitle = nullptr;
    QLabel *m_hintText = nullptr;
    QLabel *m_hintLink = nullptr;
    QGroupBox *m_dataCheckBox = nullptr;
    DataCheckView *m_dataCheck = nullptr;
};
