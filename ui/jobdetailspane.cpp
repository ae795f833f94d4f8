#include "ui/jobdetailspane.h"

#include "jobs/failurehints.h"
#include "jobs/jobtablemodel.h"
#include "personalize/datasetlabel.h"
#include "ui/datacheckview.h"
#include "ui/statusbadgedelegate.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <chrono>

namespace {

QLabel *makeValueLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLineEdit *makeReadOnlyEdit(QWidget *parent, const char *objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setReadOnly(true);
    edit->setFrame(false);
    // A read-only field looks like text, not like an input waiting to be filled.
    edit->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
    return edit;
}

} // namespace

JobDetailsPane::JobDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_profileNamer([](const QString &profile) { return profile; })
    , m_ageTimer(new QTimer(this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
{
    setObjectName(QStringLiteral("jobDetailsPane"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setText(tr("Select a job to see its details."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    scroll->setAccessibleName(tr("Job details"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 8);

    auto *heading = new QHBoxLayout;
    m_title = makeValueLabel(content, "detailsName");
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("detailsStatus"));
    heading->addWidget(m_title, 1);
    heading->addWidget(m_status, 0, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(heading);

    // What a queued submission waits for, and what can be done about it, come first too.
    m_queueBox = new QGroupBox(tr("Waiting for a free slot"), content);
    m_queueBox->setObjectName(QStringLiteral("detailsQueueBox"));
    auto *queueLayout = new QVBoxLayout(m_queueBox);
    m_queueText = makeValueLabel(m_queueBox, "detailsQueueText");
    queueLayout->addWidget(m_queueText);
    auto *queueButtons = new QHBoxLayout;
    queueButtons->addStretch(1);
    auto *edit = new QPushButton(tr("&Edit", "take a queued job back to the form"), m_queueBox);
    edit->setObjectName(QStringLiteral("detailsEditQueuedButton"));
    edit->setToolTip(tr("Take the job out of the queue and into the form, to change it and "
                        "submit or queue it again"));
    edit->setAccessibleName(tr("Edit queued job"));
    auto *cancel = new QPushButton(tr("&Cancel", "drop a queued job"), m_queueBox);
    cancel->setObjectName(QStringLiteral("detailsCancelQueuedButton"));
    cancel->setToolTip(tr("Remove the job from the queue; it is never sent"));
    cancel->setAccessibleName(tr("Cancel queued job"));
    connect(edit, &QPushButton::clicked, this, &JobDetailsPane::editQueuedRequested);
    connect(cancel, &QPushButton::clicked, this, &JobDetailsPane::cancelQueuedRequested);
    queueButtons->addWidget(edit);
    queueButtons->addWidget(cancel);
    queueLayout->addLayout(queueButtons);
    layout->addWidget(m_queueBox);

    // The reason and its fix come first: they are why someone selects a failed job.
    m_failureBox = new QGroupBox(tr("Why the import failed"), content);
    m_failureBox->setObjectName(QStringLiteral("detailsFailureBox"));
    auto *failureLayout = new QVBoxLayout(m_failureBox);
    // A label sized to the text rather than an editor with a fixed height: reasons are short
    // and should be read at once; the pane scrolls when one is long.
    m_failureReason = makeValueLabel(m_failureBox, "detailsFailureReason");
    // No accessible name: a screen reader then reads the reason itself, with what it is as
    // the description.
    m_failureReason->setAccessibleDescription(tr("Failure reason"));
    m_failureReason->setFrameShape(QFrame::StyledPanel);
    m_failureReason->setFrameShadow(QFrame::Sunken);
    m_failureReason->setBackgroundRole(QPalette::Base);
    m_failureReason->setAutoFillBackground(true);
    m_failureReason->setMargin(6);
    m_failureReason->setFocusPolicy(Qt::StrongFocus);
    failureLayout->addWidget(m_failureReason);

    auto *hintHeading = new QLabel(tr("What to fix"), m_failureBox);
    QFont hintFont = hintHeading->font();
    hintFont.setBold(true);
    hintHeading->setFont(hintFont);
    failureLayout->addWidget(hintHeading);
    m_hintTitle = makeValueLabel(m_failureBox, "detailsHintTitle");
    QFont hintTitleFont = m_hintTitle->font();
    hintTitleFont.setItalic(true);
    m_hintTitle->setFont(hintTitleFont);
    failureLayout->addWidget(m_hintTitle);
    m_hintText = makeValueLabel(m_failureBox, "detailsHintText");
    failureLayout->addWidget(m_hintText);
    m_hintLink = new QLabel(m_failureBox);
    m_hintLink->setObjectName(QStringLiteral("detailsHintLink"));
    m_hintLink->setTextFormat(Qt::RichText);
    m_hintLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_hintLink->setWordWrap(true);
    connect(m_hintLink, &QLabel::linkActivated, this,
            [this](const QString &link) { Q_EMIT openUrlRequested(QUrl(link)); });
    failureLayout->addWidget(m_hintLink);
    layout->addWidget(m_failureBox);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    layout->addLayout(m_form);

    // The ARN gets a copy button: it is what people paste into the CLI and into tickets.
    m_arn = makeReadOnlyEdit(content, "detailsArn");
    m_copyArn = new QToolButton(content);
    m_copyArn->setObjectName(QStringLiteral("detailsCopyArnButton"));
    m_copyArn->setText(tr("Copy", "copy the job ARN"));
    m_copyArn->setToolTip(tr("Copy the job ARN to the clipboard"));
    m_copyArn->setAccessibleName(tr("Copy job ARN"));
    connect(m_copyArn, &QToolButton::clicked, this, [this] {
        if (m_job)
            QGuiApplication::clipboard()->setText(m_job->arn);
    });
    auto *arnRow = new QHBoxLayout;
    arnRow->setContentsMargins(0, 0, 0, 0);
    arnRow->addWidget(m_arn, 1);
    arnRow->addWidget(m_copyArn);
    auto *arnLabel = new QLabel(tr("ARN:"), content);
    arnLabel->setBuddy(m_arn);
    m_form->addRow(arnLabel, arnRow);

    m_dataset = addLabelRow(tr("Dataset:"), "detailsDataset");
    m_region = addLabelRow(tr("Region:"), "detailsRegion");
    m_dataLocation = addCopyableRow(tr("Data location:"), "detailsDataLocation");
    m_role = addCopyableRow(tr("Role:"), "detailsRole");
    m_mode = addLabelRow(tr("Import mode:"), "detailsImportMode");
    m_metrics = addLabelRow(tr("Metrics to S3:"), "detailsMetrics");
    m_tags = addLabelRow(tr("Tags:"), "detailsTags");
    m_created = addLabelRow(tr("Created:"), "detailsCreated");
    m_createdCaption = qobject_cast<QLabel *>(m_form->labelForField(m_created));
    m_updated = addLabelRow(tr("Updated:"), "detailsUpdated");
    m_duration = addLabelRow(tr("Duration:"), "detailsDuration");

    // What the data check said before the job was sent: context for how the import went.
    m_dataCheckBox = new QGroupBox(tr("Data check", "before the job was submitted"), content);
    m_dataCheckBox->setObjectName(QStringLiteral("detailsDataCheckBox"));
    auto *dataCheckLayout = new QVBoxLayout(m_dataCheckBox);
    m_dataCheck = new DataCheckView(m_dataCheckBox);
    m_dataCheck->setObjectName(QStringLiteral("detailsDataCheck"));
    dataCheckLayout->addWidget(m_dataCheck);
    m_dataCheckBox->setVisible(false);
    layout->addWidget(m_dataCheckBox);

    layout->addStretch(1);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);
    m_stack->setCurrentIndex(0);

    // Ages ("3 min ago") go stale while the same job stays selected.
    m_ageTimer->setInterval(std::chrono::seconds(30));
    connect(m_ageTimer, &QTimer::timeout, this, &JobDetailsPane::refreshTimes);
}

JobDetailsPane::~JobDetailsPane() = default;

QLabel *JobDetailsPane::addLabelRow(const QString &label, const char *objectName)
{
    QLabel *value = makeValueLabel(m_form->parentWidget(), objectName);
    auto *caption = new QLabel(label, m_form->parentWidget());
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    return value;
}

QLineEdit *JobDetailsPane::addCopyableRow(const QString &label, const char *objectName)
{
    QLineEdit *value = makeReadOnlyEdit(m_form->parentWidget(), objectName);
    value->setAccessibleName(label.chopped(1));
    auto *caption = new QLabel(label, m_form->parentWidget());
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    return value;
}

void JobDetailsPane::setProfileNamer(ProfileNamer namer)
{
    m_profileNamer = std::move(namer);
    const std::optional<JobRecord> job = m_job;
    m_job.reset();
    setJob(job);
}

void JobDetailsPane::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshTimes();
}

QString JobDetailsPane::relativeAge(const QDateTime &then, const QDateTime &now)
{
    const qint64 seconds = then.secsTo(now);
    if (seconds < -60)
        return tr("in the future", "age of a timestamp ahead of the local clock");
    if (seconds < 45)
        return tr("just now");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return tr("%1 min ago").arg(minutes);
    const qint64 hours = (minutes + 30) / 60;
    if (hours < 24)
        return tr("%1 h ago").arg(hours);
    const qint64 days = (hours + 12) / 24;
    return days == 1 ? tr("yesterday") : tr("%1 days ago").arg(days);
}

QString JobDetailsPane::timestampText(const QDateTime &time) const
{
    if (!time.isValid())
        return tr("Not known", "timestamp");
    return tr("%1 (%2)", "local time (age)")
        .arg(QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) + u' ' +
                 time.toLocalTime().timeZoneAbbreviation(),
             relativeAge(time, m_clock()));
}

void JobDetailsPane::refreshTimes()
{
    if (!m_job)
        return;
    const JobRecord &job = *m_job;
    m_created->setText(timestampText(job.created));
    m_updated->setText(timestampText(job.updated));
    if (job.isQueued()) {
        m_duration->setText(tr("Not started", "duration of a queued job"));
        return;
    }
    qint64 seconds = -1;
    if (job.created.isValid()) {
        if (job.isRunning())
            seconds = job.created.secsTo(m_clock());
        else if (job.updated.isValid())
            seconds = job.created.secsTo(job.updated);
    }
    if (seconds < 0) {
        m_duration->setText(tr("Not known", "duration"));
    } else if (job.isRunning()) {
        m_duration->setText(
            tr("%1 so far", "running duration").arg(JobTableModel::formatDuration(seconds)));
    } else {
        m_duration->setText(JobTableModel::formatDuration(seconds));
    }
}

void JobDetailsPane::setJob(const std::optional<JobRecord> &job)
{
    if (job == m_job) {
        refreshTimes();
        return;
    }
    const bool sameJob = job && m_job && job->arn == m_job->arn;
    m_job = job;
    if (!m_job) {
        m_ageTimer->stop();
        m_stack->setCurrentIndex(0);
        return;
    }
    m_ageTimer->start();
    m_stack->setCurrentIndex(1);
    const JobRecord &r = *m_job;
    const QString notFetched = tr("Not fetched yet", "a detail the service has not sent yet");

    m_title->setText(r.name);
    const bool queued = r.isQueued();
    // A queued submission waits as a pending job does, and is painted like one.
    const ImportJobStatus status = queued ? ImportJobStatus::CreatePending : r.statusValue();
    const QString statusText = queued ? tr("Queued", "job status: waiting for a free slot")
                               : status == ImportJobStatus::Unknown
                                   ? r.status
                                   : JobTableModel::statusText(status);
    m_status->setPixmap(
        StatusBadgeDelegate::badgePixmap(status, statusText, font(), devicePixelRatioF()));
    m_status->setAccessibleName(tr("Status: %1").arg(statusText));
    m_status->setToolTip(r.status);

    // A queued submission has no ARN until the service creates its job.
    m_arn->setText(queued ? QString() : r.arn);
    m_arn->setPlaceholderText(queued ? tr("Given by the service when the job is sent") : QString());
    m_arn->setToolTip(queued ? QString() : r.arn);
    m_arn->setCursorPosition(0);
    m_copyArn->setEnabled(!queued);
    m_createdCaption->setText(queued ? tr("Queued:", "when a job was queued") : tr("Created:"));
    m_dataset->setText(DatasetLabel::fromArn(r.datasetArn));
    m_dataset->setToolTip(r.datasetArn);
    const QString account = r.accountId.isEmpty() ? QString() : tr(", account %1").arg(r.accountId);
    const QString profileName = m_profileNamer(r.profile);
    const QString profile = profileName.isEmpty() ? QString() : tr(", profile %1").arg(profileName);
    m_region->setText(r.region + account + profile);

    m_dataLocation->setText(r.dataLocation);
    m_dataLocation->setPlaceholderText(r.detailsFetched ? tr("None") : notFetched);
    m_dataLocation->setCursorPosition(0);
    m_role->setText(r.roleArn);
    m_role->setPlaceholderText(r.detailsFetched ? tr("None") : notFetched);
    m_role->setCursorPosition(0);

    const auto mode = importModeFromString(r.importMode);
    m_mode->setText(!mode ? r.importMode
                    : *mode == ImportMode::Full
                        ? tr("Full (replaces the dataset's data)", "import mode")
                        : tr("Incremental (adds to the dataset's data)", "import mode"));
    if (r.publishAttributionMetricsToS3)
        m_metrics->setText(*r.publishAttributionMetricsToS3 ? tr("Published")
                                                            : tr("Not published"));
    else
        m_metrics->setText(r.detailsFetched ? tr("Not published") : notFetched);

    QStringList tags;
    for (const Tag &tag : r.tags)
        tags << tr("%1 = %2", "tag key = value").arg(tag.tagKey, tag.tagValue);
    m_tags->setText(tags.isEmpty() ? tr("None", "no tags") : tags.join(u'\n'));

    refreshTimes();

    m_queueBox->setVisible(queued);
    if (queued) {
        m_queueText->setText(tr("%1 already runs as many imports as the service allows at once. "
                                "This job is sent as soon as one of them finishes, after any "
                                "queued before it.")
                                 .arg(r.region));
    }

    const bool failed = status == ImportJobStatus::CreateFailed;
    m_failureBox->setVisible(failed);
    if (failed) {
        // Keep the reader's selection and scroll position when only the timestamps moved.
        const QString reason =
            r.failureReason.isEmpty() ? tr("The service did not give a reason.") : r.failureReason;
        // Keep the reader's selection when only the timestamps moved.
        if (!sameJob || m_failureReason->text() != reason)
            m_failureReason->setText(reason);
        const FailureHints::Hint hint = FailureHints::match(r.failureReason);
        m_hintTitle->setText(hint.title);
        m_hintText->setText(hint.text);
        const QString linkText = hint.linkText.isEmpty() ? hint.link.toString() : hint.linkText;
        m_hintLink->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                                .arg(hint.link.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                     linkText.toHtmlEscaped()));
        m_hintLink->setToolTip(hint.link.toString());
    }

    m_dataCheckBox->setVisible(r.dataCheck.has_value());
    if (!r.dataCheck)
        m_dataCheck->clear();
    else if (m_dataCheck->report() != r.dataCheck) // keep the focus when only times moved
        m_dataCheck->setReport(*r.dataCheck);
}
