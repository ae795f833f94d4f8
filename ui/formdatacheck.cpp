#include "ui/formdatacheck.h"

#include "ui/datacheckview.h"

#include <QPushButton>

FormDataCheck::FormDataCheck(DataCheckView *view, QPushButton *checkButton, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_button(checkButton)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FormDataCheck::request);
    connect(m_button, &QPushButton::clicked, this, &FormDataCheck::checkNow);
    showIdle();
}

FormDataCheck::~FormDataCheck() = default;

std::optional<DataCheckRequest> FormDataCheck::requestFor(const ImportJobDraft &draft,
                                                          const QList<FieldIssue> &issues)
{
    for (const FieldIssue &issue : issues) {
        if (issue.severity == FieldIssue::Severity::Error &&
            (issue.field == DraftField::DatasetArn || issue.field == DraftField::DataLocation ||
             issue.field == DraftField::ImportMode || issue.field == DraftField::Region))
            return std::nullopt;
    }
    const QString location = draft.dataLocation.trimmed();
    if (draft.datasetArn.trimmed().isEmpty() ||
        !location.startsWith(QLatin1String("s3://"), Qt::CaseInsensitive))
        return std::nullopt;
    return DataCheckRequest{draft.datasetArn.trimmed(), location,
                            draft.importMode.isEmpty() ? QStringLiteral("FULL") : draft.importMode};
}

void FormDataCheck::update(const ImportJobDraft &draft, const QList<FieldIssue> &issues,
                           bool connected)
{
    const std::optional<DataCheckRequest> wanted = requestFor(draft, issues);
    const bool connectionChanged = connected != m_connected;
    m_connected = connected;
    m_button->setEnabled(wanted.has_value() && connected);
    if (wanted == m_wanted && !connectionChanged)
        return;
    m_wanted = wanted;
    m_settle.stop();
    // A check of other values, or one the connection's change drops, is not waited for.
    if (m_running && (m_running != m_wanted || !connected || connectionChanged)) {
        m_running.reset();
        Q_EMIT checkCancelled();
    }
    if (!m_wanted || !connected) {
        showIdle();
        Q_EMIT stateChanged();
        return;
    }
    if (currentReport()) {
        m_view->setReport(*m_report);
        Q_EMIT stateChanged();
        return;
    }
    if (!m_running)
        m_settle.start();
    Q_EMIT stateChanged();
}

void FormDataCheck::checkNow()
{
    if (!m_wanted || !m_connected)
        return;
    m_settle.stop();
    request();
}

void FormDataCheck::request()
{
    if (!m_wanted)
        return;
    m_running = m_wanted;
    Q_EMIT checkRequested(*m_wanted);
    Q_EMIT stateChanged();
}

void FormDataCheck::showStarted(const DataCheckRequest &request)
{
    if (request != m_wanted)
        return;
    m_running = request;
    m_view->setChecking(request.dataLocation);
    Q_EMIT stateChanged();
}

void FormDataCheck::showReport(const DataCheckReport &report)
{
    const DataCheckRequest about{report.datasetArn, report.dataLocation, report.importMode};
    if (about != m_wanted)
        return; // about values the form no longer holds
    m_running.reset();
    m_report = report;
    m_view->setReport(report);
    Q_EMIT stateChanged();
}

std::optional<DataCheckReport> FormDataCheck::currentReport() const
{
    if (!m_report || !m_wanted)
        return std::nullopt;
    const DataCheckRequest about{m_report->datasetArn, m_report->dataLocation,
                                 m_report->importMode};
    if (about != *m_wanted)
        return std::nullopt;
    return m_report;
}

void FormDataCheck::showIdle()
{
    m_view->showHint(m_connected ? tr("The data is checked as soon as the dataset and an s3:// "
                                      "location are filled in.")
                                 : tr("The data can be checked once connected."));
}
