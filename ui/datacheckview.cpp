#include "ui/datacheckview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QProgressBar>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

QLabel *makeTextLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    return label;
}

QLabel *makeIconLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setAlignment(Qt::AlignCenter);
    return label;
}

void setIcon(QLabel *label, const QString &path)
{
    const int size = label->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, label);
    label->setPixmap(path.isEmpty() ? QPixmap() : QIcon(path).pixmap(size, size));
    // As tall as a line of text, so that the icon sits level with the first line.
    label->setFixedSize(size, std::max(size, label->fontMetrics().height()));
}

// Text that matters less than the message next to it, with enough contrast to be read: the
// text colour, a third of the way towards the background.
void makeSecondary(QLabel *label)
{
    QPalette palette = label->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor background = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) {
        return (a * 2 + b) / 3;
    };
    palette.setColor(QPalette::WindowText, QColor(mix(text.red(), background.red()),
                                                  mix(text.green(), background.green()),
                                                  mix(text.blue(), background.blue())));
    label->setPalette(palette);
}

// One finding: severity icon, message, where, fix. Takes the focus as a whole so that the
// keyboard can reach each finding and a screen reader reads it in one piece.
class FindingRow final : public QFrame
{
public:
    FindingRow(const DataCheckFinding &finding, std::function<void()> activate, QWidget *parent)
        : QFrame(parent)
        , m_activate(std::move(activate))
    {
        setObjectName(QStringLiteral("dataCheckFinding"));
        setFocusPolicy(Qt::StrongFocus);
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(4, 4, 4, 4);
        layout->setSpacing(6);
        QLabel *icon = makeIconLabel(this, "findingIcon");
        setIcon(icon, DataCheckView::iconPath(finding.severity));
        const QString severity = DataCheckReport::severityLabel(finding.severity);
        icon->setAccessibleName(severity);
        icon->setToolTip(severity);
        layout->addWidget(icon, 0, Qt::AlignTop);

        auto *texts = new QVBoxLayout;
        texts->setContentsMargins(0, 0, 0, 0);
        texts->setSpacing(2);
        QLabel *message = makeTextLabel(this, "findingMessage");
        message->setText(finding.message);
        texts->addWidget(message);

        const QString where = DataCheckView::whereText(finding);
        if (!where.isEmpty()) {
            QLabel *whereLabel = makeTextLabel(this, "findingWhere");
            whereLabel->setText(where);
            makeSecondary(whereLabel);
            texts->addWidget(whereLabel);
        }
        if (!finding.fix.isEmpty()) {
            QLabel *fix = makeTextLabel(this, "findingFix");
            fix->setText(finding.fix);
            QFont italic = fix->font();
            italic.setItalic(true);
            fix->setFont(italic);
            makeSecondary(fix);
            texts->addWidget(fix);
        }
        layout->addLayout(texts, 1);

        // The whole finding in reading order: kind, what, where, what to do.
        QStringList spoken{
            DataCheckView::tr("%1: %2", "severity: message").arg(severity, finding.message)};
        if (!where.isEmpty())
            spoken << DataCheckView::tr("In %1.", "where a finding is").arg(where);
        if (!finding.fix.isEmpty())
            spoken << DataCheckView::tr("To fix: %1", "how to fix a finding").arg(finding.fix);
        setAccessibleName(spoken.join(u' '));

        QStringList tip;
        if (!finding.file.isEmpty()) {
            tip << (finding.line > 0 ? DataCheckView::tr("%1, line %2", "file, line")
                                           .arg(finding.file)
                                           .arg(finding.line)
                                     : finding.file);
        }
        if (!finding.column.isEmpty())
            tip << DataCheckView::tr("Column: %1").arg(finding.column);
        setToolTip(tip.join(u'\n'));
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QFrame::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter painter(this);
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        option.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
            m_activate();
            event->accept();
            return;
        }
        QFrame::mouseReleaseEvent(event);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            m_activate();
            event->accept();
            return;
        case Qt::Key_Down:
            focusNextChild();
            return;
        case Qt::Key_Up:
            focusPreviousChild();
            return;
        default:
            QFrame::keyPressEvent(event);
        }
    }
    void focusInEvent(QFocusEvent *event) override
    {
        QFrame::focusInEvent(event);
        update();
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QFrame::focusOutEvent(event);
        update();
    }

private:
    std::function<void()> m_activate;
};

} // namespace

DataCheckView::DataCheckView(QWidget *parent)
    : QWidget(parent)
    , m_summaryIcon(makeIconLabel(this, "dataCheckSummaryIcon"))
    , m_summary(makeTextLabel(this, "dataCheckSummary"))
    , m_busy(new QProgressBar(this))
    , m_details(makeTextLabel(this, "dataCheckDetails"))
    , m_findings(new QWidget(this))
    , m_findingsLayout(new QVBoxLayout(m_findings))
{
    setObjectName(QStringLiteral("dataCheckView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->setContentsMargins(0, 0, 0, 0);
    summaryRow->setSpacing(6);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summaryRow->addWidget(m_summaryIcon, 0, Qt::AlignTop);
    summaryRow->addWidget(m_summary, 1);
    layout->addLayout(summaryRow);

    m_busy->setObjectName(QStringLiteral("dataCheckBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(m_summary->fontMetrics().height() / 2 + 2);
    m_busy->setAccessibleName(tr("Checking the data"));
    m_busy->setVisible(false);
    layout->addWidget(m_busy);

    makeSecondary(m_details);
    layout->addWidget(m_details);

    m_findings->setObjectName(QStringLiteral("dataCheckFindings"));
    m_findings->setAccessibleName(tr("Data check findings"));
    m_findingsLayout->setContentsMargins(0, 2, 0, 0);
    m_findingsLayout->setSpacing(2);
    layout->addWidget(m_findings);
    clear();
}

DataCheckView::~DataCheckView() = default;

QString DataCheckView::iconPath(DataCheckFinding::Severity severity)
{
    switch (severity) {
    case DataCheckFinding::Severity::Error:
        return QStringLiteral(":/icons/error.svg");
    case DataCheckFinding::Severity::Warning:
        return QStringLiteral(":/icons/warning.svg");
    case DataCheckFinding::Severity::Info:
        return QStringLiteral(":/icons/info.svg");
    }
    return {};
}

QString DataCheckView::summaryIconPath(const DataCheckReport &report)
{
    if (report.hasErrors())
        return iconPath(DataCheckFinding::Severity::Error);
    if (report.state == DataCheckReport::State::Incomplete ||
        report.count(DataCheckFinding::Severity::Warning) > 0)
        return iconPath(DataCheckFinding::Severity::Warning);
    return QStringLiteral(":/icons/ok.svg");
}

QString DataCheckView::whereText(const DataCheckFinding &finding)
{
    if (finding.file.isEmpty())
        return {};
    // The key's last part: the folder is the location the user typed, shown with the job.
    QString name = finding.file;
    while (name.endsWith(u'/'))
        name.chop(1);
    name = name.mid(name.lastIndexOf(u'/') + 1);
    if (name.isEmpty())
        name = finding.file;
    if (finding.line > 0)
        return tr("%1, line %2", "file name, line number").arg(name).arg(finding.line);
    return name;
}

QString DataCheckView::summaryText() const
{
    return m_summary->text();
}

void DataCheckView::setSummary(const QString &iconPath, const QString &text,
                               const QString &accessibleText)
{
    setIcon(m_summaryIcon, iconPath);
    m_summaryIcon->setVisible(!iconPath.isEmpty());
    m_summary->setText(text);
    m_summary->setAccessibleName(accessibleText);
    m_summary->setVisible(!text.isEmpty());
}

void DataCheckView::clearFindings()
{
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_findings->setVisible(false);
}

void DataCheckView::clear()
{
    m_report.reset();
    m_checking = false;
    clearFindings();
    setSummary({}, {}, {});
    m_busy->setVisible(false);
    m_details->clear();
    m_details->setVisible(false);
}

void DataCheckView::showHint(const QString &text)
{
    clear();
    m_details->setText(text);
    m_details->setVisible(!text.isEmpty());
}

void DataCheckView::setChecking(const QString &what)
{
    clear();
    m_checking = true;
    const QString text = what.isEmpty()
                             ? tr("Checking the data…")
                             : tr("Checking %1…", "checking s3://bucket/folder/").arg(what);
    setSummary(iconPath(DataCheckFinding::Severity::Info), text, text);
    m_summaryIcon->setAccessibleName(tr("In progress"));
    m_busy->setVisible(true);
}

void DataCheckView::setReport(const DataCheckReport &report)
{
    clear();
    m_report = report;

    const QString summary = report.summary();
    setSummary(summaryIconPath(report), summary, tr("Data check: %1").arg(summary));
    m_summaryIcon->setAccessibleName(
        report.hasErrors() ? DataCheckReport::severityLabel(DataCheckFinding::Severity::Error)
        : summaryIconPath(report) == iconPath(DataCheckFinding::Severity::Warning)
            ? DataCheckReport::severityLabel(DataCheckFinding::Severity::Warning)
            : tr("No problems", "icon of a data check that found nothing to fix"));

    // What the check read, so that "no problems" can be weighed.
    QStringList facts;
    const QLocale locale;
    // In the units the S3 console uses for object sizes.
    if (report.totalBytes > 0 || report.bytesRead > 0) {
        facts << tr("%1 read of %2", "bytes read of the data's total size")
                     .arg(
                         locale.formattedDataSize(report.bytesRead, 1, QLocale::DataSizeSIFormat),
                         locale.formattedDataSize(report.totalBytes, 1, QLocale::DataSizeSIFormat));
    }
    if (report.estimatedRecords) {
        facts << tr("about %1 records", "estimated from the sample")
                     .arg(locale.toString(*report.estimatedRecords));
    }
    if (report.checkedAt.isValid()) {
        facts << tr("checked %1", "when the data was checked")
                     .arg(locale.toString(report.checkedAt.toLocalTime(), QLocale::ShortFormat));
    }
    // Lines break between the facts, not inside one ("checked 1 May / 2024").
    for (QString &fact : facts)
        fact.replace(u' ', QChar::Nbsp);
    m_details->setText(facts.join(QStringLiteral(" · ")));
    m_details->setVisible(!facts.isEmpty());

    // Most serious first; the check's own order within a severity.
    QList<DataCheckFinding> findings = report.findings;
    std::stable_sort(findings.begin(), findings.end(),
                     [](const DataCheckFinding &a, const DataCheckFinding &b) {
                         return static_cast<int>(a.severity) < static_cast<int>(b.severity);
                     });
    for (const DataCheckFinding &finding : std::as_const(findings)) {
        auto *row = new FindingRow(
            finding, [this, finding] { Q_EMIT findingActivated(finding); }, m_findings);
        m_findingsLayout->addWidget(row);
    }
    m_findings->setVisible(!findings.isEmpty());
}
