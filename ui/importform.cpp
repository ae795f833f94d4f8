#include "ui/importform.h"

#include "personalize/apicodec.h"
#include "personalize/arn.h"
#include "personalize/cliinputjson.h"
#include "personalize/jobnaming.h"
#include "personalize/submiterror.h"
#include "ui/datacheckview.h"
#include "ui/fieldmessage.h"
#include "ui/filedialogs.h"
#include "ui/formdatacheck.h"
#include "ui/tageditor.h"
#include "ui_importform.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCompleter>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableWidget>

namespace {

const QList<DraftField> &allFields()
{
    static const QList<DraftField> fields = {
        DraftField::JobName, DraftField::DatasetArn, DraftField::DataLocation,
        DraftField::RoleArn, DraftField::ImportMode, DraftField::PublishAttributionMetrics,
        DraftField::Tags,    DraftField::Region};
    return fields;
}

} // namespace

ImportForm::ImportForm(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImportForm>())
{
    m_ui->setupUi(this);
    m_ui->progressBar->setVisible(false);
    m_ui->resultMessage->setTextSelectable(true);
    m_ui->resultMessage->setContentsMargins(9, 4, 9, 0);
    m_ui->requestView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_ui->requestView->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_ui->requestView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->requestView->setMaximumHeight(m_ui->requestView->fontMetrics().lineSpacing() * 5 + 12);
    // The form scrolls down, never sideways: the pane is at least as wide as its fields.
    m_ui->formScroll->setMinimumWidth(m_ui->scrollContents->minimumSizeHint().width() +
                                      m_ui->formScroll->verticalScrollBar()->sizeHint().width() +
                                      2 * m_ui->formScroll->frameWidth());

    m_ui->importModeCombo->addItem(tr("Replace existing bulk data (FULL)"), QStringLiteral("FULL"));
    m_ui->importModeCombo->addItem(tr("Add to existing data (INCREMENTAL)"),
                                   QStringLiteral("INCREMENTAL"));
    m_ui->datasetCombo->lineEdit()->setPlaceholderText(
        tr("Choose a dataset, or paste a dataset ARN"));
    m_ui->datasetCombo->lineEdit()->setClearButtonEnabled(true);
    m_ui->roleCombo->lineEdit()->setPlaceholderText(
        tr("arn:aws:iam::111122223333:role/PersonalizeS3Read (optional)"));
    m_ui->roleCombo->lineEdit()->setClearButtonEnabled(true);
    // The text fields inside the combos are what a screen reader lands on.
    m_ui->datasetCombo->lineEdit()->setAccessibleName(m_ui->datasetCombo->accessibleName());
    m_ui->roleCombo->lineEdit()->setAccessibleName(m_ui->roleCombo->accessibleName());
    m_ui->datasetCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->datasetCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_submitAction = new QAction(tr("Submit import job"), this);
    m_submitAction->setObjectName(QStringLiteral("submitAction"));
    m_submitAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_submitAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_submitAction);
    connect(m_submitAction, &QAction::triggered, this, &ImportForm::trySubmit);
    connect(m_ui->submitButton, &QPushButton::clicked, this, &ImportForm::trySubmit);
    connect(m_ui->generateNameButton, &QToolButton::clicked, this, &ImportForm::generateName);

    connect(m_ui->jobNameEdit, &QLineEdit::textEdited, this,
            [this] { readWidgets(DraftField::JobName); });
    connect(m_ui->datasetCombo, &QComboBox::editTextChanged, this,
            [this] { readWidgets(DraftField::DatasetArn); });
    connect(m_ui->dataLocationEdit, &QLineEdit::textEdited, this,
            [this] { readWidgets(DraftField::DataLocation); });
    connect(m_ui->roleCombo, &QComboBox::editTextChanged, this,
            [this] { readWidgets(DraftField::RoleArn); });
    connect(m_ui->importModeCombo, &QComboBox::currentIndexChanged, this,
            [this] { readWidgets(DraftField::ImportMode); });
    connect(m_ui->publishMetricsCheck, &QCheckBox::toggled, this,
            [this] { readWidgets(DraftField::PublishAttributionMetrics); });
    connect(m_ui->tagEditor, &TagEditor::tagsEdited, this,
            [this] { readWidgets(DraftField::Tags); });

    connect(m_ui->copyCliButton, &QPushButton::clicked, this, &ImportForm::copyCliCommand);
    connect(m_ui->saveJsonButton, &QPushButton::clicked, this, &ImportForm::saveJson);
    connect(m_ui->loadJsonButton, &QPushButton::clicked, this, &ImportForm::loadJson);

    m_dataCheck = new FormDataCheck(m_ui->dataCheckView, m_ui->checkDataButton, this);
    connect(m_dataCheck, &FormDataCheck::checkRequested, this, &ImportForm::dataCheckRequested);
    connect(m_dataCheck, &FormDataCheck::checkCancelled, this, &ImportForm::dataCheckCancelled);
    connect(m_dataCheck, &FormDataCheck::stateChanged, this, &ImportForm::updateSubmitState);

    buildQueueOffer();
    writeWidgets();
    revalidate();
}

void ImportForm::showDataCheckStarted(const DataCheckRequest &request)
{
    m_dataCheck->showStarted(request);
}

void ImportForm::showDataCheckReport(const DataCheckReport &report)
{
    m_dataCheck->showReport(report);
}

std::optional<DataCheckReport> ImportForm::dataCheckReport() const
{
    return m_dataCheck->currentReport();
}

bool ImportForm::isCheckingData() const
{
    return m_dataCheck->isChecking();
}

ImportForm::~ImportForm() = default;

// Buttons under the result message, shown while the form offers to queue a refused draft: a
// question that does not block the window, and that editing the draft withdraws.
void ImportForm::buildQueueOffer()
{
    m_queueOffer = new QWidget(this);
    m_queueOffer->setObjectName(QStringLiteral("queueOffer"));
    auto *row = new QHBoxLayout(m_queueOffer);
    row->setContentsMargins(9, 0, 9, 0);
    row->addStretch(1);
    auto *decline = new QPushButton(tr("&Not now"), m_queueOffer);
    decline->setObjectName(QStringLiteral("declineQueueButton"));
    decline->setToolTip(tr("Keep the job in the form, to submit it later"));
    decline->setAutoDefault(false);
    m_queueButton = new QPushButton(tr("&Queue it"), m_queueOffer);
    m_queueButton->setObjectName(QStringLiteral("queueButton"));
    m_queueButton->setToolTip(
        tr("Keep the job in the queue and send it as soon as an import in the Region finishes"));
    m_queueButton->setAutoDefault(false);
    row->addWidget(decline);
    row->addWidget(m_queueButton);
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->resultMessage) + 1,
                                   m_queueOffer);
    m_queueOffer->hide();
    connect(m_queueButton, &QPushButton::clicked, this, [this] {
        hideQueueOffer();
        Q_EMIT queueRequested(m_draft);
    });
    connect(decline, &QPushButton::clicked, this, [this] {
        hideQueueOffer();
        m_ui->resultMessage->setMessage(
            FieldMessage::Kind::Info,
            tr("Not queued. The form keeps the job: submit it again once an import in %1 has "
               "finished.")
                .arg(m_offerRegion));
        m_ui->submitButton->setFocus(Qt::OtherFocusReason);
    });
}

void ImportForm::hideQueueOffer()
{
    if (m_queueOffer)
        m_queueOffer->hide();
}

bool ImportForm::isOfferingQueue() const
{
    return m_queueOffer && !m_queueOffer->isHidden();
}

void ImportForm::setDraft(const ImportJobDraft &draft)
{
    hideQueueOffer();
    m_draft = draft;
    m_touched.clear();
    if (!draft.jobName.isEmpty())
        m_touched.insert(int(DraftField::JobName));
    if (!draft.datasetArn.isEmpty())
        m_touched.insert(int(DraftField::DatasetArn));
    if (!draft.dataLocation.isEmpty())
        m_touched.insert(int(DraftField::DataLocation));
    m_touched.insert(int(DraftField::RoleArn));
    m_touched.insert(int(DraftField::ImportMode));
    m_touched.insert(int(DraftField::PublishAttributionMetrics));
    m_touched.insert(int(DraftField::Tags));
    m_touched.insert(int(DraftField::Region));
    writeWidgets();
    revalidate();
    Q_EMIT datasetChanged(m_draft.datasetArn.trimmed());
    Q_EMIT draftChanged(m_draft);
}

void ImportForm::setDatasets(const QList<DatasetCatalog::Entry> &entries)
{
    m_entries = entries;
    m_updating = true;
    QComboBox *combo = m_ui->datasetCombo;
    combo->clear();
    for (const DatasetCatalog::Entry &entry : entries) {
        combo->addItem(entry.displayText(), entry.datasetArn);
        combo->setItemData(combo->count() - 1, entry.datasetArn, Qt::ToolTipRole);
    }
    combo->setCurrentIndex(-1);
    combo->setEditText(datasetTextFor(m_draft.datasetArn));
    m_updating = false;
    updateSubmitState();
}

void ImportForm::setValidationContext(const ValidationContext &context, bool loadingFacts)
{
    m_context = context;
    m_loadingFacts = loadingFacts;
    revalidate();
}

void ImportForm::setRecentRoleArns(const QStringList &arns)
{
    m_updating = true;
    QComboBox *combo = m_ui->roleCombo;
    combo->clear();
    combo->addItems(arns);
    combo->setCurrentIndex(-1);
    combo->setEditText(m_draft.roleArn);
    m_updating = false;
}

void ImportForm::setRecentDataLocations(const QStringList &locations)
{
    auto *completer = new QCompleter(locations, m_ui->dataLocationEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_ui->dataLocationEdit->completer();
    m_ui->dataLocationEdit->setCompleter(completer);
    // A completion is an edit like any other.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this] { readWidgets(DraftField::DataLocation); });
}

void ImportForm::setConnection(const QString &region, const QString &profile,
                               const QUrl &customEndpoint)
{
    m_region = region;
    m_profile = profile;
    m_customEndpoint = customEndpoint;
}

void ImportForm::setConnectionReady(bool ready)
{
    m_connectionReady = ready;
    m_dataCheck->update(m_draft, m_issues, m_connectionReady);
    updateSubmitState();
}

void ImportForm::readWidgets(DraftField edited)
{
    if (m_updating)
        return;
    ImportJobDraft draft = m_draft;
    draft.jobName = m_ui->jobNameEdit->text();
    draft.datasetArn = datasetArnFromCombo();
    draft.dataLocation = m_ui->dataLocationEdit->text();
    draft.roleArn = m_ui->roleCombo->currentText();
    draft.importMode = m_ui->importModeCombo->currentData().toString();
    draft.publishAttributionMetricsToS3 = m_ui->publishMetricsCheck->isChecked();
    draft.tags = m_ui->tagEditor->tags();
    m_touched.insert(int(edited));
    if (draft == m_draft)
        return;
    const bool datasetChangedNow = draft.datasetArn != m_draft.datasetArn;
    m_draft = draft;
    m_ui->resultMessage->clear();
    hideQueueOffer(); // it was about the draft before this edit
    revalidate();
    if (datasetChangedNow)
        Q_EMIT datasetChanged(m_draft.datasetArn.trimmed());
    Q_EMIT draftChanged(m_draft);
}

void ImportForm::writeWidgets()
{
    m_updating = true;
    if (m_ui->jobNameEdit->text() != m_draft.jobName)
        m_ui->jobNameEdit->setText(m_draft.jobName);
    if (datasetArnFromCombo() != m_draft.datasetArn)
        m_ui->datasetCombo->setEditText(datasetTextFor(m_draft.datasetArn));
    if (m_ui->dataLocationEdit->text() != m_draft.dataLocation)
        m_ui->dataLocationEdit->setText(m_draft.dataLocation);
    if (m_ui->roleCombo->currentText() != m_draft.roleArn)
        m_ui->roleCombo->setEditText(m_draft.roleArn);
    int mode = m_ui->importModeCombo->findData(m_draft.importMode);
    if (mode < 0) {
        // A value from a file that the service does not know: shown, and flagged.
        m_ui->importModeCombo->addItem(m_draft.importMode, m_draft.importMode);
        mode = m_ui->importModeCombo->count() - 1;
    }
    m_ui->importModeCombo->setCurrentIndex(mode);
    m_ui->publishMetricsCheck->setChecked(m_draft.publishAttributionMetricsToS3);
    m_ui->tagEditor->setTags(m_draft.tags);
    m_updating = false;
}

QString ImportForm::datasetArnFromCombo() const
{
    const QString text = m_ui->datasetCombo->currentText();
    for (const DatasetCatalog::Entry &entry : m_entries) {
        if (entry.displayText() == text)
            return entry.datasetArn;
    }
    return text;
}

QString ImportForm::datasetTextFor(const QString &arn) const
{
    for (const DatasetCatalog::Entry &entry : m_entries) {
        if (entry.datasetArn == arn)
            return entry.displayText();
    }
    return arn;
}

void ImportForm::revalidate()
{
    m_issues = ImportJobValidator::validate(m_draft, m_context);
    updateModeAndMetrics();
    showIssues();
    updateRequestView();
    m_dataCheck->update(m_draft, m_issues, m_connectionReady);
    updateSubmitState();
}

FieldMessage *ImportForm::messageFor(DraftField field) const
{
    switch (field) {
    case DraftField::JobName:
        return m_ui->jobNameMessage;
    case DraftField::DatasetArn:
        return m_ui->datasetMessage;
    case DraftField::DataLocation:
        return m_ui->dataLocationMessage;
    case DraftField::RoleArn:
        return m_ui->roleMessage;
    case DraftField::Tags:
        return m_ui->tagsMessage;
    case DraftField::ImportMode:
        return m_ui->importModeMessage;
    case DraftField::PublishAttributionMetrics:
        return m_ui->publishMetricsMessage;
    case DraftField::Region:
        return m_ui->regionMessage;
    }
    return nullptr;
}

QWidget *ImportForm::inputFor(DraftField field) const
{
    switch (field) {
    case DraftField::JobName:
        return m_ui->jobNameEdit;
    case DraftField::DatasetArn:
        return m_ui->datasetCombo;
    case DraftField::DataLocation:
        return m_ui->dataLocationEdit;
    case DraftField::RoleArn:
        return m_ui->roleCombo;
    case DraftField::Tags:
        return m_ui->tagEditor->table();
    case DraftField::ImportMode:
        return m_ui->importModeCombo;
    case DraftField::PublishAttributionMetrics:
        return m_ui->publishMetricsCheck;
    case DraftField::Region:
        return nullptr;
    }
    return nullptr;
}

void ImportForm::updateModeAndMetrics()
{
    auto *modes = qobject_cast<QStandardItemModel *>(m_ui->importModeCombo->model());
    const bool incrementalAllowed = m_context.datasetHasFinishedBulkImport.value_or(false);
    if (modes) {
        const int row = m_ui->importModeCombo->findData(QStringLiteral("INCREMENTAL"));
        if (QStandardItem *item = row >= 0 ? modes->item(row) : nullptr) {
            item->setEnabled(incrementalAllowed);
            item->setToolTip(incrementalAllowed
                                 ? QString()
                                 : tr("Available once the dataset has a finished FULL import"));
        }
    }
    const bool metricsAllowed = m_context.datasetGroupHasMetricAttribution.value_or(false);
    // Left enabled while checked, so that a value from a file can still be turned off.
    m_ui->publishMetricsCheck->setEnabled(metricsAllowed || m_draft.publishAttributionMetricsToS3);
}

void ImportForm::showIssues()
{
    const bool datasetChosen = !m_draft.datasetArn.trimmed().isEmpty();
    for (DraftField field : allFields()) {
        QStringList errors;
        QStringList warnings;
        for (const FieldIssue &issue : std::as_const(m_issues)) {
            if (issue.field != field)
                continue;
            if (field == DraftField::Tags && issue.tagRow >= 0) {
                const QString row = tr("Row %1: %2").arg(issue.tagRow + 1).arg(issue.message);
                (issue.severity == FieldIssue::Severity::Error ? errors : warnings).append(row);
            } else {
                (issue.severity == FieldIssue::Severity::Error ? errors : warnings)
                    .append(issue.message);
            }
        }
        FieldMessage::Kind kind = FieldMessage::Kind::None;
        QString text;
        if (m_touched.contains(int(field)) && !errors.isEmpty()) {
            kind = FieldMessage::Kind::Error;
            text = (errors + warnings).join(u'\n');
        } else if (m_touched.contains(int(field)) && !warnings.isEmpty()) {
            kind = FieldMessage::Kind::Warning;
            text = warnings.join(u'\n');
        } else if (field == DraftField::ImportMode &&
                   !m_context.datasetHasFinishedBulkImport.value_or(false)) {
            kind = FieldMessage::Kind::Info;
            if (!datasetChosen)
                text = tr("Choose a dataset to see whether INCREMENTAL (add to existing data) "
                          "is possible.");
            else if (m_loadingFacts && !m_context.datasetHasFinishedBulkImport)
                text = tr("Checking the dataset's earlier imports…");
            else if (m_context.datasetHasFinishedBulkImport)
                text = tr("INCREMENTAL is not available: this dataset has no finished FULL "
                          "import yet. Run a FULL import first.");
            else
                text = tr("INCREMENTAL becomes available once the dataset is known to have a "
                          "finished FULL import.");
        } else if (field == DraftField::PublishAttributionMetrics &&
                   !m_context.datasetGroupHasMetricAttribution.value_or(false)) {
            kind = FieldMessage::Kind::Info;
            if (!datasetChosen)
                text = tr("Choose a dataset to see whether its group has a metric attribution.");
            else if (m_loadingFacts && !m_context.datasetGroupHasMetricAttribution)
                text = tr("Checking the dataset group's metric attribution…");
            else if (m_context.datasetGroupHasMetricAttribution)
                text = tr("Not available: the dataset group has no metric attribution, so "
                          "there are no metrics to publish. Create one in the dataset group "
                          "first.");
            else
                text = tr("Available when the dataset group is known to have a metric "
                          "attribution.");
        }
        FieldMessage *message = messageFor(field);
        message->setMessage(kind, text);
        if (QWidget *input = inputFor(field))
            input->setAccessibleDescription(message->accessibleText());
    }
    m_ui->tagEditor->setIssues(m_issues);
}

bool ImportForm::canSubmit() const
{
    return !m_busy && m_connectionReady && !ImportJobValidator::hasErrors(m_issues);
}

void ImportForm::updateSubmitState()
{
    int errors = 0;
    int warnings = 0;
    int untouchedErrors = 0; // on fields not edited yet, whose messages are not shown
    for (const FieldIssue &issue : std::as_const(m_issues)) {
        (issue.severity == FieldIssue::Severity::Error ? errors : warnings) += 1;
        if (issue.severity == FieldIssue::Severity::Error && !m_touched.contains(int(issue.field)))
            ++untouchedErrors;
    }
    FieldMessage::Kind kind;
    QString text;
    if (errors > 0 && errors == untouchedErrors) {
        // Nothing red is on screen: say what is missing rather than count unseen problems.
        kind = FieldMessage::Kind::Info;
        text = errors == 1 ? tr("1 field still to fill in")
                           : tr("%1 fields still to fill in").arg(errors);
    } else if (errors > 0) {
        kind = FieldMessage::Kind::Error;
        text = errors == 1 ? tr("1 problem left") : tr("%1 problems left").arg(errors);
        if (warnings > 0)
            text += warnings == 1 ? tr(", 1 warning") : tr(", %1 warnings").arg(warnings);
    } else if (!m_connectionReady) {
        kind = FieldMessage::Kind::Warning;
        text = tr("Ready, but not connected: fix the connection above to submit");
    } else if (const auto report = m_dataCheck->currentReport(); report && report->hasErrors()) {
        kind = FieldMessage::Kind::Warning;
        text = tr("The data check found problems that would make the import fail");
    } else if (warnings > 0) {
        kind = FieldMessage::Kind::Warning;
        text = warnings == 1 ? tr("Ready to submit, with 1 warning")
                             : tr("Ready to submit, with %1 warnings").arg(warnings);
    } else {
        kind = FieldMessage::Kind::Success;
        text = tr("Ready to submit");
    }
    m_ui->summaryMessage->setMessage(kind, text);
    // Findings of the data check do not block: the operator may know better (a file the check
    // could not see whole, a schema about to change), so the button says what it does then.
    const auto report = m_dataCheck->currentReport();
    m_ui->submitButton->setText(report && report->hasErrors() ? tr("&Submit anyway")
                                                              : tr("&Submit import job"));
    m_ui->submitButton->setAccessibleDescription(m_ui->summaryMessage->accessibleText());
    m_ui->submitButton->setEnabled(canSubmit());
    m_submitAction->setEnabled(!m_busy);
}

QByteArray ImportForm::requestBody() const
{
    return QJsonDocument(ApiCodec::toJson(m_draft.toRequest())).toJson(QJsonDocument::Compact);
}

void ImportForm::updateRequestView()
{
    const QString body = QString::fromUtf8(requestBody());
    if (m_ui->requestView->toPlainText() != body)
        m_ui->requestView->setPlainText(body);
}

void ImportForm::generateName()
{
    const QString arn = m_draft.datasetArn.trimmed();
    QString datasetName;
    for (const DatasetCatalog::Entry &entry : std::as_const(m_entries)) {
        if (entry.datasetArn == arn)
            datasetName = entry.datasetName;
    }
    m_ui->jobNameEdit->setText(
        JobNaming::forDataset(arn, datasetName, QDateTime::currentDateTime()));
    readWidgets(DraftField::JobName);
    m_ui->jobNameEdit->setFocus();
}

void ImportForm::focusJobName()
{
    m_ui->jobNameEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->jobNameEdit->selectAll();
}

void ImportForm::trySubmit()
{
    if (m_busy)
        return;
    if (!canSubmit()) {
        for (DraftField field : allFields())
            m_touched.insert(int(field));
        showIssues();
        for (const FieldIssue &issue : std::as_const(m_issues)) {
            if (issue.severity != FieldIssue::Severity::Error)
                continue;
            if (QWidget *input = inputFor(issue.field)) {
                input->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        Q_EMIT statusMessage(m_connectionReady
                                 ? tr("Fix the problems shown in red before submitting.")
                                 : tr("Not connected: fix the connection before submitting."));
        return;
    }
    Q_EMIT submitRequested(m_draft);
}

void ImportForm::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        hideQueueOffer();
    m_ui->fieldsGroup->setEnabled(!busy);
    m_ui->loadJsonButton->setEnabled(!busy);
    m_ui->progressBar->setVisible(busy);
    if (busy)
        m_ui->resultMessage->setMessage(
            FieldMessage::Kind::Info,
            tr("Sending the import job “%1”…").arg(m_draft.jobName.trimmed()));
    updateSubmitState();
}

void ImportForm::showSubmitted(const QString &jobName, const QString &jobArn)
{
    setBusy(false);
    m_ui->resultMessage->setMessage(FieldMessage::Kind::Success,
                                    tr("Import job “%1” created.\n%2").arg(jobName, jobArn));
    m_lastCreated = jobName;
    clearUsedName();
    m_settledDraft = m_draft;
}

void ImportForm::clearUsedName()
{
    hideQueueOffer();
    // The name is used now; the other values are what the next import most likely reuses.
    m_touched.remove(int(DraftField::JobName));
    m_draft.jobName.clear();
    writeWidgets();
    revalidate();
    Q_EMIT draftChanged(m_draft);
    m_ui->jobNameEdit->setFocus();
}

void ImportForm::showSubmitError(const AwsError &error)
{
    setBusy(false);
    hideQueueOffer();
    m_lastCreated.clear();
    m_ui->resultMessage->setMessage(FieldMessage::Kind::Error,
                                    SubmitError::describe(error).join(u'\n'));
}

void ImportForm::offerQueue(const QString &region, int limit, const AwsError &error)
{
    setBusy(false);
    m_lastCreated.clear();
    m_offerRegion = region;
    QStringList lines;
    lines.append(tr("Not sent: %1 already runs %2 imports, as many as the service allows at "
                    "once.")
                     .arg(region)
                     .arg(limit));
    lines.append(tr("The job can wait in the queue: Import Desk sends it as soon as one of "
                    "them finishes."));
    if (!error.requestId.isEmpty())
        lines.append(tr("Request ID: %1").arg(error.requestId));
    m_ui->resultMessage->setMessage(FieldMessage::Kind::Warning, lines.join(u'\n'));
    m_queueOffer->show();
    m_queueButton->setFocus(Qt::OtherFocusReason);
}

void ImportForm::showQueued(const QString &jobName, const QString &region)
{
    setBusy(false);
    m_lastCreated.clear();
    m_ui->resultMessage->setMessage(
        FieldMessage::Kind::Success,
        tr("“%1” is queued. It is sent as soon as an import in %2 finishes; the jobs list shows "
           "it as Queued until then.")
            .arg(jobName, region));
    clearUsedName();
    m_settledDraft = m_draft;
}

void ImportForm::noteJobFinished(const QString &jobName, bool failed)
{
    // The confirmation of a job that has since failed would mislead.
    if (!failed || jobName.isEmpty() || jobName != m_lastCreated)
        return;
    m_lastCreated.clear();
    m_ui->resultMessage->setMessage(
        FieldMessage::Kind::Error,
        tr("Import job “%1” was created, then failed. Its details in the jobs list say why.")
            .arg(jobName));
}

void ImportForm::copyCliCommand()
{
    QString command = CliInputJson::awsCliCommand(m_draft, m_region, m_profile);
    if (!m_customEndpoint.isEmpty()) {
        command += QStringLiteral(" \\\n    --endpoint-url ") +
                   CliInputJson::shellQuote(m_customEndpoint.toString());
    }
    QApplication::clipboard()->setText(command);
    Q_EMIT statusMessage(tr("Copied the AWS CLI command to the clipboard."));
}

void ImportForm::saveJson()
{
    const QString suggested = (m_draft.jobName.trimmed().isEmpty() ? QStringLiteral("import-job")
                                                                   : m_draft.jobName.trimmed()) +
                              QStringLiteral(".json");
    const ImportJobDraft draft = m_draft;
    FileDialogs::askSaveFileName(
        this, tr("Save as --cli-input-json file"), suggested, tr("JSON files (*.json)"),
        [this, draft](const QString &path) {
            if (path.isEmpty())
                return;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(CliInputJson::write(draft)) < 0 ||
                !file.commit()) {
                m_ui->resultMessage->setMessage(
                    FieldMessage::Kind::Error,
                    tr("Could not save %1: %2").arg(path, file.errorString()));
                return;
            }
            Q_EMIT statusMessage(tr("Saved. Use it with: aws personalize create-dataset-import-job "
                                    "--cli-input-json file://%1")
                                     .arg(path));
        });
}

void ImportForm::loadJson()
{
    FileDialogs::askOpenFileName(this, tr("Load a --cli-input-json file"),
                                 tr("JSON files (*.json);;All files (*)"),
                                 [this](const QString &path) {
                                     if (!path.isEmpty())
                                         loadJsonFrom(path);
                                 });
}

void ImportForm::loadJsonFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->resultMessage->setMessage(FieldMessage::Kind::Error,
                                        tr("Could not open %1: %2").arg(path, file.errorString()));
        return;
    }
    const auto parsed = CliInputJson::parse(file.read(1024 * 1024));
    if (!parsed) {
        m_ui->resultMessage->setMessage(
            FieldMessage::Kind::Error,
            tr("%1 is not a usable --cli-input-json file: %2").arg(path, parsed.error()));
        return;
    }
    setDraft(parsed.value());
    for (DraftField field : allFields())
        m_touched.insert(int(field));
    showIssues();
    m_ui->resultMessage->clear();
    Q_EMIT statusMessage(tr("Loaded %1.").arg(path));
}

void ImportForm::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The clear buttons' icons load the style's standard pixmaps: the form starts hidden, so
    // they wait until it is first shown rather than delay the window.
    if (!m_ui->jobNameEdit->isClearButtonEnabled()) {
        m_ui->jobNameEdit->setClearButtonEnabled(true);
        m_ui->dataLocationEdit->setClearButtonEnabled(true);
    }
}
