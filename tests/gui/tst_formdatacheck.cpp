#include "guitestsupport.h"

#include "jobs/jobrecord.h"
#include "ui/datacheckview.h"
#include "ui/fieldmessage.h"
#include "ui/formdatacheck.h"
#include "ui/jobdetailspane.h"
#include "ui/jobspanel.h"

#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>

// The data check in the "New import" form, through the real widgets against the in-process
// sandbox and its demo bucket: a problem shows while the operator types, before anything is
// submitted; changing the values drops the old verdict; an error offers to submit anyway, and
// the report then stays with the job.
class TestFormDataCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void missingColumnShowsWhileTyping();
    void editingDropsTheVerdict();
    void checkButtonChecksAgain();
    void submitAnywayKeepsTheReportWithTheJob();
    void nothingIsCheckedWithoutAnS3Location();

private:
    void pickRetailInteractions();
    void typeLocation(const QString &location);
    DataCheckView *view() const { return m_app->find<DataCheckView>("dataCheckView"); }
    QPushButton *submitButton() const { return m_app->find<QPushButton>("submitButton"); }

    std::unique_ptr<GuiHarness> m_app;
};

namespace {

const QString kRetailInteractions =
    QStringLiteral("retail-shop / retail-shop-interactions (Interactions)");
const QString kMissingColumn =
    QStringLiteral("s3://importdesk-demo/interactions/broken/missing-timestamp-column.csv");
const QString kGood = QStringLiteral("s3://importdesk-demo/interactions/good/interactions.csv");

bool hasRule(const DataCheckReport &report, const QString &rule)
{
    return std::any_of(report.findings.cbegin(), report.findings.cend(),
                       [&](const DataCheckFinding &f) { return f.rule == rule; });
}

} // namespace

void TestFormDataCheck::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFormDataCheck::init()
{
    m_app = std::make_unique<GuiHarness>();
    QVERIFY(m_app->listening);
    m_app->openWindow();
    m_app->window->resize(1280, 900);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QVERIFY(m_app->waitUntilReady());
    m_app->openForm();
    QVERIFY(m_app->form()->isVisible());
}

void TestFormDataCheck::cleanup()
{
    m_app.reset();
}

void TestFormDataCheck::pickRetailInteractions()
{
    auto *combo = m_app->find<QComboBox>("datasetCombo");
    const int index = combo->findText(kRetailInteractions);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

void TestFormDataCheck::typeLocation(const QString &location)
{
    auto *edit = m_app->find<QLineEdit>("dataLocationEdit");
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, location);
}

void TestFormDataCheck::missingColumnShowsWhileTyping()
{
    QTest::keyClicks(m_app->find<QLineEdit>("jobNameEdit"), QStringLiteral("checked-import"));
    pickRetailInteractions();
    typeLocation(kMissingColumn);
    QElapsedTimer sinceTyping;
    sinceTyping.start();
    // The finding shows under the fields, a moment after the last keystroke.
    QTRY_VERIFY_WITH_TIMEOUT(view()->report().has_value(), 5000);
    const qint64 elapsed = sinceTyping.elapsed();
    qInfo("finding shown %lld ms after typing", elapsed);
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    const DataCheckReport report = *view()->report();
    QCOMPARE(report.dataLocation, kMissingColumn);
    QVERIFY(hasRule(report, QStringLiteral("missing-column")));
    QVERIFY2(view()->summaryText().contains(QLatin1String("1 error")),
             qPrintable(view()->summaryText()));
    // The finding is readable on screen: its message is in one of the view's labels.
    bool shown = false;
    for (QLabel *label : view()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QLatin1String("TIMESTAMP")))
            shown = true;
    }
    QVERIFY(shown);
    // Nothing was sent, and the button says what pressing it does now.
    QCOMPARE(m_app->server->requestCount(QStringLiteral("CreateDatasetImportJob")), 0);
    QCOMPARE(submitButton()->text(), QStringLiteral("&Submit anyway"));
    QVERIFY(submitButton()->isEnabled());
    QVERIFY(
        m_app->find<FieldMessage>("summaryMessage")->text().contains(QLatin1String("data check")));

    QTest::qWait(100);
    const QString dir = QStringLiteral(IMPORTDESK_SCREENSHOT_DIR);
    QDir().mkpath(dir);
    QVERIFY(m_app->window->grab().save(dir + QStringLiteral("/form-data-check.png")));
    QVERIFY(
        m_app->window->formPane()->grab().save(dir + QStringLiteral("/form-data-check-pane.png")));
}

void TestFormDataCheck::editingDropsTheVerdict()
{
    pickRetailInteractions();
    typeLocation(kMissingColumn);
    QTRY_VERIFY_WITH_TIMEOUT(view()->report().has_value(), 5000);
    QVERIFY(m_app->form()->dataCheckReport()->hasErrors());

    // Typing on: the verdict about the old location no longer applies.
    typeLocation(kGood);
    QVERIFY(!m_app->form()->dataCheckReport().has_value());
    QCOMPARE(submitButton()->text(), QStringLiteral("&Submit import job"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->form()->dataCheckReport().has_value(), 5000);
    QCOMPARE(view()->report()->dataLocation, kGood);
    QVERIFY(!view()->report()->hasErrors());
    QCOMPARE(submitButton()->text(), QStringLiteral("&Submit import job"));

    // Back to the first location: checked again, not taken from memory of other values.
    QSignalSpy started(m_app->app.get(), &DesktopApp::dataCheckStarted);
    typeLocation(kMissingColumn);
    QTRY_VERIFY_WITH_TIMEOUT(started.size() == 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->form()->dataCheckReport().has_value(), 5000);
    QVERIFY(m_app->form()->dataCheckReport()->hasErrors());
}

void TestFormDataCheck::checkButtonChecksAgain()
{
    auto *button = m_app->find<QPushButton>("checkDataButton");
    QVERIFY(!button->isEnabled());
    pickRetailInteractions();
    typeLocation(kGood);
    QVERIFY(button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->form()->dataCheckReport().has_value(), 5000);
    QSignalSpy started(m_app->app.get(), &DesktopApp::dataCheckStarted);
    QSignalSpy finished(m_app->app.get(), &DesktopApp::dataCheckFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(started.size(), 1);
    QVERIFY(view()->isChecking());
    QVERIFY(finished.wait(5000));
    QVERIFY(!view()->isChecking());
    QVERIFY(m_app->form()->dataCheckReport().has_value());
}

void TestFormDataCheck::submitAnywayKeepsTheReportWithTheJob()
{
    QTest::keyClicks(m_app->find<QLineEdit>("jobNameEdit"), QStringLiteral("submitted-anyway"));
    pickRetailInteractions();
    typeLocation(kMissingColumn);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->form()->dataCheckReport().has_value(), 5000);
    QCOMPARE(submitButton()->text(), QStringLiteral("&Submit anyway"));
    QTest::mouseClick(submitButton(), Qt::LeftButton);

    JobsPanel *panel = m_app->window->jobsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectedJob().has_value(), 10000);
    const JobRecord job = *panel->selectedJob();
    QCOMPARE(job.name, QStringLiteral("submitted-anyway"));
    QVERIFY(job.dataCheck.has_value());
    QVERIFY(job.dataCheck->hasErrors());
    QCOMPARE(job.dataCheck->dataLocation, kMissingColumn);
    // The details show it.
    auto *details = panel->detailsPane()->findChild<DataCheckView *>();
    QVERIFY(details);
    QTRY_VERIFY(details->isVisible());
    QVERIFY(details->report().has_value());
    QVERIFY(hasRule(*details->report(), QStringLiteral("missing-column")));
    // And the sandbox's job fails for the reason the check gave.
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectedJob()->status == u"CREATE FAILED", 20000);
    QVERIFY2(panel->selectedJob()->failureReason.contains(QLatin1String("TIMESTAMP")),
             qPrintable(panel->selectedJob()->failureReason));
}

void TestFormDataCheck::nothingIsCheckedWithoutAnS3Location()
{
    QSignalSpy started(m_app->app.get(), &DesktopApp::dataCheckStarted);
    pickRetailInteractions();
    typeLocation(QStringLiteral("s3:/"));
    typeLocation(QStringLiteral("https://example.com/data.csv"));
    QTest::qWait(FormDataCheck::kSettleMs * 2);
    QCOMPARE(started.size(), 0);
    QVERIFY(!view()->report().has_value());
    QVERIFY(!m_app->find<QPushButton>("checkDataButton")->isEnabled());
}

QTEST_MAIN(TestFormDataCheck)
#include "tst_formdatacheck.moc"
