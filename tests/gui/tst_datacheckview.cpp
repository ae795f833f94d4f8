// The data check's findings as an operator sees them: the summary with the icon of the worst
// finding, each finding with its icon, message, place and fix, read whole by a screen reader
// and reachable by keyboard; the running state; and PNGs in <build>/screenshots to look at.

#include "common/datacheckexamples.h"
#include "ui/datacheckview.h"
#include "ui/translations.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

#include <algorithm>

class TestDataCheckView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noFindings();
    void eachSeverity_data();
    void eachSeverity();
    void mostSeriousFirst();
    void findingsAreActivatedByMouseAndKeyboard();
    void checkingThenReportThenClear();
    void incompleteCheck();
    void longTextWrapsUnclipped();
    void screenshots();
    void french();

private:
    QList<QWidget *> rows() const;
    QString rowText(QWidget *row, const char *objectName) const;
    void shoot(const QString &name);

    QString m_dir;
    std::unique_ptr<QWidget> m_window;
    DataCheckView *m_view = nullptr;
};

namespace {

DataCheckReport only(DataCheckFinding::Severity severity)
{
    DataCheckReport report = DataCheckExamples::mixed();
    QList<DataCheckFinding> kept;
    for (const DataCheckFinding &finding : std::as_const(report.findings)) {
        if (finding.severity == severity)
            kept << finding;
    }
    report.findings = kept;
    return report;
}

} // namespace

void TestDataCheckView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = qEnvironmentVariableIsSet("IMPORTDESK_SCREENSHOT_DIR")
                ? qEnvironmentVariable("IMPORTDESK_SCREENSHOT_DIR")
                : QStringLiteral(IMPORTDESK_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_dir));
}

void TestDataCheckView::init()
{
    // In a window of the width the import form gives it, with room below.
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_view = new DataCheckView(m_window.get());
    layout->addWidget(m_view);
    layout->addStretch(1);
    m_window->resize(460, 380);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDataCheckView::cleanup()
{
    m_window.reset();
    m_view = nullptr;
}

QList<QWidget *> TestDataCheckView::rows() const
{
    QList<QWidget *> found;
    for (QWidget *row : m_view->findChildren<QWidget *>(QStringLiteral("dataCheckFinding"))) {
        if (row->isVisibleTo(m_view))
            found << row;
    }
    // In the order they are laid out.
    std::sort(found.begin(), found.end(), [](QWidget *a, QWidget *b) {
        return a->mapTo(a->window(), QPoint()).y() < b->mapTo(b->window(), QPoint()).y();
    });
    return found;
}

QString TestDataCheckView::rowText(QWidget *row, const char *objectName) const
{
    auto *label = row->findChild<QLabel *>(QLatin1String(objectName));
    return label ? label->text() : QString();
}

void TestDataCheckView::shoot(const QString &name)
{
    // Let pending layout requests settle, as a person looking at the window would.
    QTest::qWait(100);
    const QPixmap pixmap = m_window->grab();
    QVERIFY(!pixmap.isNull());
    const QString file = m_dir + u'/' + name + QStringLiteral(".png");
    QVERIFY2(pixmap.save(file), qPrintable(file));
    qInfo().noquote() << "wrote" << file;
}

void TestDataCheckView::noFindings()
{
    m_view->setReport(DataCheckExamples::clean());
    QCOMPARE(m_view->summaryText(), QStringLiteral("No problems found in 2 files"));
    auto *summary = m_view->findChild<QLabel *>(QStringLiteral("dataCheckSummary"));
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->accessibleName(), QStringLiteral("Data check: No problems found in 2 files"));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("dataCheckSummaryIcon"))->accessibleName(),
             QStringLiteral("No problems"));
    QCOMPARE(DataCheckView::summaryIconPath(DataCheckExamples::clean()),
             QStringLiteral(":/icons/ok.svg"));
    QVERIFY(rows().isEmpty());
    QVERIFY(!m_view->findChild<QWidget *>(QStringLiteral("dataCheckFindings"))->isVisible());
    // What was read, so that "no problems" can be weighed.
    auto *details = m_view->findChild<QLabel *>(QStringLiteral("dataCheckDetails"));
    QVERIFY(details->isVisible());
    // Spaces inside a fact do not break, so that a line breaks between facts.
    const QString read = details->text().replace(QChar::Nbsp, u' ');
    QVERIFY2(read.contains(QStringLiteral("about 25,000 records")), qPrintable(read));
    QVERIFY(read.contains(QStringLiteral("81.9 kB read of 1.2 MB")));
    QCOMPARE(details->text().count(u' '), 4); // only around the two separators
    QVERIFY(!m_view->findChild<QProgressBar *>(QStringLiteral("dataCheckBusy"))->isVisible());
}

void TestDataCheckView::eachSeverity_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("icon");
    QTest::addColumn<QString>("spoken");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("tooltip");

    QTest::newRow("error") << int(DataCheckFinding::Severity::Error)
                           << QStringLiteral("1 error in 2 files")
                           << QStringLiteral(":/icons/error.svg")
                           << QStringLiteral("Error: TIMESTAMP holds 1714557600000, a time in "
                                             "milliseconds; the service expects seconds since "
                                             "1970. In interactions-1.csv, line 2. To fix: "
                                             "Divide the TIMESTAMP values by 1000 when exporting "
                                             "the data.")
                           << QStringLiteral("interactions-1.csv, line 2")
                           << QStringLiteral("s3://demo-bucket/nightly/interactions-1.csv, line "
                                             "2\nColumn: TIMESTAMP");
    QTest::newRow("warning") << int(DataCheckFinding::Severity::Warning)
                             << QStringLiteral("1 warning in 2 files")
                             << QStringLiteral(":/icons/warning.svg")
                             << QStringLiteral("Warning: notes.txt is not a CSV file; the import "
                                               "skips it. In notes.txt. To fix: Move files that "
                                               "are not data out of the folder.")
                             << QStringLiteral("notes.txt")
                             << QStringLiteral("s3://demo-bucket/nightly/notes.txt");
    QTest::newRow("info") << int(DataCheckFinding::Severity::Info)
                          << QStringLiteral("No problems found in 2 files")
                          << QStringLiteral(":/icons/ok.svg")
                          << QStringLiteral("Note: The column SESSION_ID is not in the dataset's "
                                            "schema; it is not imported. In interactions-2.csv, "
                                            "line 1.")
                          << QStringLiteral("interactions-2.csv, line 1")
                          << QStringLiteral("s3://demo-bucket/nightly/interactions-2.csv, line "
                                            "1\nColumn: SESSION_ID");
}

void TestDataCheckView::eachSeverity()
{
    QFETCH(int, severity);
    QFETCH(QString, summary);
    QFETCH(QString, icon);
    QFETCH(QString, spoken);
    QFETCH(QString, where);
    QFETCH(QString, tooltip);
    const auto kind = static_cast<DataCheckFinding::Severity>(severity);
    const DataCheckReport report = only(kind);
    m_view->setReport(report);
    QCOMPARE(m_view->summaryText(), summary);
    QCOMPARE(DataCheckView::summaryIconPath(report), icon);
    QCOMPARE(m_view->report(), std::optional<DataCheckReport>(report));

    const QList<QWidget *> shown = rows();
    QCOMPARE(shown.size(), 1);
    QWidget *row = shown.constFirst();
    QCOMPARE(row->accessibleName(), spoken);
    QCOMPARE(row->toolTip(), tooltip);
    QCOMPARE(rowText(row, "findingMessage"), report.findings.constFirst().message);
    QCOMPARE(rowText(row, "findingWhere"), where);
    QCOMPARE(rowText(row, "findingFix"), report.findings.constFirst().fix);
    // A note has nothing to fix: no empty line for it.
    QCOMPARE(row->findChild<QLabel *>(QStringLiteral("findingFix")) != nullptr,
             !report.findings.constFirst().fix.isEmpty());
    auto *iconLabel = row->findChild<QLabel *>(QStringLiteral("findingIcon"));
    QCOMPARE(iconLabel->accessibleName(), DataCheckReport::severityLabel(kind));
    QCOMPARE(iconLabel->toolTip(), DataCheckReport::severityLabel(kind));
    QVERIFY(!iconLabel->pixmap().isNull());
    QCOMPARE(DataCheckView::iconPath(kind).isEmpty(), false);
    QVERIFY(row->focusPolicy() & Qt::TabFocus);
}

void TestDataCheckView::mostSeriousFirst()
{
    DataCheckReport report = DataCheckExamples::mixed();
    std::reverse(report.findings.begin(), report.findings.end()); // note, warning, error
    m_view->setReport(report);
    QCOMPARE(m_view->summaryText(), QStringLiteral("1 error, 1 warning in 2 files"));
    const QList<QWidget *> shown = rows();
    QCOMPARE(shown.size(), 3);
    QVERIFY(shown.at(0)->accessibleName().startsWith(u"Error: "));
    QVERIFY(shown.at(1)->accessibleName().startsWith(u"Warning: "));
    QVERIFY(shown.at(2)->accessibleName().startsWith(u"Note: "));
}

void TestDataCheckView::findingsAreActivatedByMouseAndKeyboard()
{
    const DataCheckReport report = DataCheckExamples::mixed();
    m_view->setReport(report);
    QSignalSpy activated(m_view, &DataCheckView::findingActivated);
    const QList<QWidget *> shown = rows();
    QCOMPARE(shown.size(), 3);
    QTest::mouseClick(shown.at(1), Qt::LeftButton, {}, QPoint(20, 8));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).value<DataCheckFinding>(), report.findings.at(1));
    // A click on the message text is a click on the finding.
    QTest::mouseClick(shown.at(0)->findChild<QLabel *>(QStringLiteral("findingMessage")),
                      Qt::LeftButton);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).value<DataCheckFinding>(), report.findings.at(0));

    shown.at(0)->setFocus();
    QTRY_VERIFY(shown.at(0)->hasFocus());
    QTest::keyClick(shown.at(0), Qt::Key_Down);
    QVERIFY(shown.at(1)->hasFocus());
    QTest::keyClick(shown.at(1), Qt::Key_Down);
    QVERIFY(shown.at(2)->hasFocus());
    QTest::keyClick(shown.at(2), Qt::Key_Return);
    QCOMPARE(activated.count(), 3);
    QCOMPARE(activated.at(2).at(0).value<DataCheckFinding>(), report.findings.at(2));
    QTest::keyClick(shown.at(2), Qt::Key_Up);
    QVERIFY(shown.at(1)->hasFocus());
    QTest::keyClick(shown.at(1), Qt::Key_Space);
    QCOMPARE(activated.count(), 4);
    QCOMPARE(activated.at(3).at(0).value<DataCheckFinding>(), report.findings.at(1));
}

void TestDataCheckView::checkingThenReportThenClear()
{
    m_view->setReport(DataCheckExamples::mixed());
    m_view->setChecking(QStringLiteral("s3://demo-bucket/nightly/"));
    QVERIFY(m_view->isChecking());
    QVERIFY(!m_view->report());
    QCOMPARE(m_view->summaryText(), QStringLiteral("Checking s3://demo-bucket/nightly/…"));
    auto *busy = m_view->findChild<QProgressBar *>(QStringLiteral("dataCheckBusy"));
    QVERIFY(busy->isVisible());
    QCOMPARE(busy->accessibleName(), QStringLiteral("Checking the data"));
    QVERIFY(rows().isEmpty()); // the previous findings are gone
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("dataCheckDetails"))->isVisible());
    m_view->setChecking(QString());
    QCOMPARE(m_view->summaryText(), QStringLiteral("Checking the data…"));

    m_view->setReport(DataCheckExamples::mixed());
    QVERIFY(!m_view->isChecking());
    QVERIFY(!busy->isVisible());
    QCOMPARE(rows().size(), 3);

    m_view->clear();
    QVERIFY(!m_view->report());
    QVERIFY(!m_view->isChecking());
    QVERIFY(rows().isEmpty());
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("dataCheckSummary"))->isVisible());
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("dataCheckSummaryIcon"))->isVisible());
}

void TestDataCheckView::incompleteCheck()
{
    DataCheckReport report = DataCheckExamples::clean();
    report.state = DataCheckReport::State::Incomplete;
    report.error = QStringLiteral("The folder could not be listed: access denied. Check that your "
                                  "profile may list the bucket.");
    m_view->setReport(report);
    QCOMPARE(m_view->summaryText(), u"Check incomplete: " + report.error);
    QCOMPARE(DataCheckView::summaryIconPath(report), QStringLiteral(":/icons/warning.svg"));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("dataCheckSummaryIcon"))->accessibleName(),
             QStringLiteral("Warning"));
    // With an error among what it found so far, the error shows.
    report.findings = DataCheckExamples::mixed().findings;
    QCOMPARE(DataCheckView::summaryIconPath(report), QStringLiteral(":/icons/error.svg"));
}

void TestDataCheckView::longTextWrapsUnclipped()
{
    DataCheckReport report = DataCheckExamples::mixed();
    report.findings[0].message = QStringLiteral(
        "Line 2 of interactions-1.csv has 4 fields where the header has 5: a value with a comma "
        "in it is probably not enclosed in double quotes, so the row is split in one place too "
        "many and the import stops there.");
    m_view->setReport(report);
    m_window->resize(320, 600);
    QTest::qWait(50);
    for (QWidget *row : rows()) {
        for (QLabel *label : row->findChildren<QLabel *>()) {
            if (label->text().isEmpty())
                continue;
            // Wrapped within the window, and as tall as its lines.
            QVERIFY2(label->geometry().right() <= row->width(), qPrintable(label->text()));
            QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                     qPrintable(label->text()));
        }
    }
    auto *message = rows().constFirst()->findChild<QLabel *>(QStringLiteral("findingMessage"));
    QVERIFY(message->height() > 3 * message->fontMetrics().height());
}

void TestDataCheckView::screenshots()
{
    m_view->setReport(DataCheckExamples::mixed());
    shoot(QStringLiteral("data-check-mixed"));
    m_view->setReport(only(DataCheckFinding::Severity::Warning));
    shoot(QStringLiteral("data-check-warning"));
    m_view->setReport(DataCheckExamples::clean());
    shoot(QStringLiteral("data-check-clean"));
    m_view->setChecking(QStringLiteral("s3://demo-bucket/nightly/"));
    shoot(QStringLiteral("data-check-checking"));
}

void TestDataCheckView::french()
{
    Translations::install(QCoreApplication::instance(), QStringLiteral("fr"));
    const auto restore = qScopeGuard(
        [] { Translations::install(QCoreApplication::instance(), QStringLiteral("en")); });
    m_view->setReport(DataCheckExamples::mixed());
    QCOMPARE(m_view->summaryText(), QStringLiteral("1 erreur, 1 avertissement dans 2 fichiers"));
    QVERIFY2(rows().constFirst()->accessibleName().startsWith(u"Erreur : "),
             qPrintable(rows().constFirst()->accessibleName()));
    QCOMPARE(rowText(rows().constFirst(), "findingWhere"),
             QStringLiteral("interactions-1.csv, ligne 2"));
    shoot(QStringLiteral("data-check-mixed-fr"));
}

QTEST_MAIN(TestDataCheckView)
#include "tst_datacheckview.moc"
