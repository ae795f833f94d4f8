// Writes PNGs of the jobs panel (mixed states, wide and as narrow as it sits in the window) and
// of a failed job's details to <build>/screenshots, for people to check layout and legibility.

#include "common/datacheckexamples.h"
#include "gui/jobspanelfixture.h"
#include "jobs/jobtablemodel.h"
#include "ui/jobdetailspane.h"
#include "ui/jobspanel.h"

#include <QDir>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

class TestJobsPanelScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mixedStates();
    void narrowWithFailedJob();
    void failedJobDetails();
    void jobDetailsWithDataCheck();

private:
    void shoot(QWidget *widget, const QString &name);

    QString m_dir;
    std::unique_ptr<JobTableModel> m_model;
    std::unique_ptr<JobsPanel> m_panel;
};

void TestJobsPanelScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = qEnvironmentVariableIsSet("IMPORTDESK_SCREENSHOT_DIR")
                ? qEnvironmentVariable("IMPORTDESK_SCREENSHOT_DIR")
                : QStringLiteral(IMPORTDESK_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_dir));
}

void TestJobsPanelScreenshots::init()
{
    m_model = std::make_unique<JobTableModel>();
    m_model->setClock(JobsFixture::now);
    m_model->setTickInterval(0ms);
    m_model->setJobs(JobsFixture::mixed());
    m_panel = std::make_unique<JobsPanel>(m_model.get());
    m_panel->detailsPane()->setClock(JobsFixture::now);
}

void TestJobsPanelScreenshots::cleanup()
{
    m_panel.reset();
    m_model.reset();
}

void TestJobsPanelScreenshots::shoot(QWidget *widget, const QString &name)
{
    QVERIFY(QTest::qWaitForWindowExposed(widget->window()));
    // Let pending layout requests settle, as a person looking at the window would.
    QTest::qWait(150);
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    const QString file = m_dir + u'/' + name + QStringLiteral(".png");
    QVERIFY2(pixmap.save(file), qPrintable(file));
    qInfo().noquote() << "wrote" << file;
}

void TestJobsPanelScreenshots::mixedStates()
{
    m_panel->resize(1180, 720);
    m_panel->show();
    QVERIFY(m_panel->selectJob(m_model->jobs().at(2).arn));
    shoot(m_panel.get(), QStringLiteral("jobs-panel-mixed"));
}

void TestJobsPanelScreenshots::narrowWithFailedJob()
{
    // About the width the main window's splitter gives the jobs area.
    m_panel->resize(560, 820);
    m_panel->show();
    QVERIFY(m_panel->selectJob(m_model->jobs().at(10).arn));
    shoot(m_panel.get(), QStringLiteral("jobs-panel-narrow-failed"));
}

void TestJobsPanelScreenshots::failedJobDetails()
{
    JobDetailsPane pane;
    pane.setClock(JobsFixture::now);
    pane.setJob(m_model->jobs().at(10));
    pane.resize(560, 520);
    pane.show();
    shoot(&pane, QStringLiteral("job-details-failed"));
    pane.setJob(m_model->jobs().at(11));
    shoot(&pane, QStringLiteral("job-details-failed-columns"));
}

void TestJobsPanelScreenshots::jobDetailsWithDataCheck()
{
    JobDetailsPane pane;
    pane.setClock(JobsFixture::now);
    JobRecord job = m_model->jobs().at(10); // failed
    job.dataCheck = DataCheckExamples::mixed(QStringLiteral("s3://retail-data-prod/imports/"));
    pane.setJob(job);
    pane.resize(560, 900);
    pane.show();
    shoot(&pane, QStringLiteral("job-details-data-check"));
    job = m_model->jobs().at(5); // active
    job.dataCheck = DataCheckExamples::clean(QStringLiteral("s3://retail-data-prod/imports/"));
    pane.setJob(job);
    shoot(&pane, QStringLiteral("job-details-data-check-clean"));
}

QTEST_MAIN(TestJobsPanelScreenshots)
#include "tst_jobspanelscreenshots.moc"
