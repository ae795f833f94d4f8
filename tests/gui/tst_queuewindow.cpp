// The capacity queue in the main window, against an in-process sandbox whose region runs one
// import at a time: the offer to queue a refused submission (declined, then accepted), the
// Queued row and its details, cancelling and editing it, the row surviving a restart, and the
// queued row becoming its job when the running import finishes.

#include "gui/guitestsupport.h"

#include "jobs/jobtablemodel.h"
#include "jobs/submissionservice.h"
#include "jobstore/sqlitejobstore.h"
#include "personalize/arn.h"
#include "ui/fieldmessage.h"
#include "ui/jobdetailspane.h"
#include "ui/jobspanel.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

#include <chrono>

using namespace std::chrono_literals;

namespace {

const QString kRetailInteractions =
    QStringLiteral("retail-shop / retail-shop-interactions (Interactions)");
const QString kRole = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
const QString kLocation = QStringLiteral("s3://importdesk-demo-retail-shop/interactions.csv");

} // namespace

class TestQueueWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void fullRegionOffersTheQueue();
    void queuedJobCanBeCancelled();
    void queuedJobCanBeEdited();
    void queuedJobSurvivesARestart();
    void queuedJobIsSentWhenASlotFrees();
    void refusedSendKeepsTheQueuedRow();
    void screenshots();

private:
    // A window on a sandbox whose region runs `maxRunning` imports at once, all taken by imports
    // that end after `busyFor`.
    void openFullRegion(std::chrono::seconds busyFor, double timeScale = 1000,
                        int maxRunning = SubmissionService::kMaxRunningImports);
    void openWindow();
    // Clicks the button labelled `text` in the open message box `name`.
    bool answer(const char *name, const QString &text);
    void fillForm(const QString &name);
    void submit();
    // Queues a job as the window does when the user accepts the offer.
    QString queueThroughTheForm(const QString &name);
    JobsPanel *panel() const { return m_app->window->jobsPanel(); }
    JobTableModel *model() const { return m_app->app->jobs()->model(); }
    QList<OutboxEntry> outbox() const;
    QString statusOf(const QString &name) const;
    // Import jobs of that name the sandbox holds.
    int jobsNamed(const QString &name) const;

    std::unique_ptr<GuiHarness> m_app;
};

void TestQueueWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQueueWindow::cleanup()
{
    m_app.reset();
}

void TestQueueWindow::openFullRegion(std::chrono::seconds busyFor, double timeScale, int maxRunning)
{
    m_app = std::make_unique<GuiHarness>(timeScale, maxRunning);
    QVERIFY(m_app->listening);
    QCOMPARE(m_app->server->state().runningJobCount(), 0);
    for (int i = 1; i <= maxRunning; ++i) {
        SandboxImportJob busy;
        busy.jobName = QStringLiteral("busy-nightly-%1").arg(i);
        busy.datasetArn = PersonalizeArn::datasetArn(
            m_app->server->options().region, m_app->server->options().accountId,
            QStringLiteral("retail-shop"), QStringLiteral("ITEMS"));
        busy.dataLocation = QStringLiteral("s3://importdesk-demo-retail-shop/items.csv");
        busy.status = QStringLiteral("CREATE IN_PROGRESS");
        busy.created = m_app->server->now();
        busy.startsAt = busy.created;
        busy.endsAt = busy.created.addSecs(busyFor.count());
        QVERIFY(m_app->server->state().addJob(busy));
    }
    openWindow();
}

void TestQueueWindow::openWindow()
{
    JobTrackerIntervals fast;
    fast.newJob = 100ms;
    fast.longRunning = 200ms;
    fast.rampDuration = 1s;
    m_app->openWindow(fast);
    m_app->window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QVERIFY(m_app->waitUntilReady());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->app->jobs()->catchUpRemaining(), 0, 10000);
    QTRY_COMPARE(m_app->app->jobs()->currentTracker()->activeJobCount(),
                 m_app->server->state().runningJobCount());
}

void TestQueueWindow::fillForm(const QString &name)
{
    m_app->openForm();
    auto *combo = m_app->find<QComboBox>("datasetCombo");
    combo->setFocus();
    combo->setCurrentIndex(combo->findText(kRetailInteractions));
    QCOMPARE(combo->currentText(), kRetailInteractions);
    auto *nameEdit = m_app->find<QLineEdit>("jobNameEdit");
    nameEdit->setFocus();
    nameEdit->selectAll();
    QTest::keyClicks(nameEdit, name);
    auto *location = m_app->find<QLineEdit>("dataLocationEdit");
    if (location->text().isEmpty())
        QTest::keyClicks(location, kLocation);
    auto *role = m_app->find<QComboBox>("roleCombo");
    if (role->currentText().isEmpty())
        QTest::keyClicks(role, kRole);
    QTRY_VERIFY(!m_app->app->isLoadingValidationFacts());
    QTRY_VERIFY(m_app->find<QPushButton>("submitButton")->isEnabled());
}

void TestQueueWindow::submit()
{
    QTest::mouseClick(m_app->find<QPushButton>("submitButton"), Qt::LeftButton);
}

QString TestQueueWindow::queueThroughTheForm(const QString &name)
{
    fillForm(name);
    submit();
    auto *queue = m_app->find<QPushButton>("queueButton");
    if (!QTest::qWaitFor([queue] { return queue->isVisible(); }, 10000))
        return {};
    QTest::mouseClick(queue, Qt::LeftButton);
    const auto job = panel()->selectedJob();
    return job && job->isQueued() ? job->arn : QString();
}

QList<OutboxEntry> TestQueueWindow::outbox() const
{
    SqliteJobStore store;
    if (!store.open(m_app->path(QStringLiteral("importdesk.sqlite"))).ok())
        return {};
    return store.allOutboxRows().value();
}

QString TestQueueWindow::statusOf(const QString &name) const
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        if (model()->index(row, JobTableModel::NameColumn).data().toString() == name)
            return model()->index(row, JobTableModel::StatusColumn).data().toString();
    }
    return {};
}

int TestQueueWindow::jobsNamed(const QString &name) const
{
    int count = 0;
    for (const SandboxImportJob &job : m_app->server->state().jobs())
        count += job.jobName == name ? 1 : 0;
    return count;
}

void TestQueueWindow::fullRegionOffersTheQueue()
{
    openFullRegion(1h);
    fillForm(QStringLiteral("waits-for-a-slot"));
    const ImportJobDraft typed = m_app->form()->draft();
    submit();

    // What the operator reads: not sent, why, and what the queue would do.
    auto *result = m_app->find<FieldMessage>("resultMessage");
    auto *offer = m_app->find<QWidget>("queueOffer");
    QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 10000);
    QCOMPARE(result->kind(), FieldMessage::Kind::Warning);
    const QString region = m_app->server->options().region;
    const QStringList lines = result->text().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), QStringLiteral("Not sent: %1 already runs 5 imports, as many as the "
                                         "service allows at once.")
                              .arg(region));
    QCOMPARE(lines.at(1), QStringLiteral("The job can wait in the queue: Import Desk sends it as "
                                         "soon as one of them finishes."));
    QVERIFY2(lines.at(2).startsWith(u"Request ID: ") && lines.at(2).size() > 14,
             qPrintable(lines.at(2)));
    auto *queue = m_app->find<QPushButton>("queueButton");
    auto *decline = m_app->find<QPushButton>("declineQueueButton");
    QCOMPARE(queue->text(), QStringLiteral("&Queue it"));
    QCOMPARE(decline->text(), QStringLiteral("&Not now"));
    QVERIFY(queue->hasFocus());
    QVERIFY(m_app->window->statusBar()->currentMessage().contains(u"can be queued"));
    QVERIFY(!m_app->form()->isBusy());
    QCOMPARE(m_app->server->requestCount(QStringLiteral("CreateDatasetImportJob")), 1);

    // Declined: the form stays exactly as typed, nothing waits, nothing is remembered.
    QTest::mouseClick(decline, Qt::LeftButton);
    QVERIFY(!offer->isVisible());
    QCOMPARE(result->kind(), FieldMessage::Kind::Info);
    QCOMPARE(result->text(), QStringLiteral("Not queued. The form keeps the job: submit it again "
                                            "once an import in %1 has finished.")
                                 .arg(region));
    QCOMPARE(m_app->form()->draft(), typed);
    QCOMPARE(m_app->find<QLineEdit>("jobNameEdit")->text(), typed.jobName);
    QVERIFY(m_app->autosave()->flush());
    QCOMPARE(m_app->autosave()->restore().value_or(ImportJobDraft()), typed);
    QCOMPARE(model()->rowOf(QStringLiteral("queued:1")), -1);
    QVERIFY(m_app->settings()->recentRoleArns().isEmpty());
    QCOMPARE(outbox().size(), 1);
    QCOMPARE(outbox().constFirst().state, OutboxState::Failed);

    // An edit withdraws the offer: it was about the draft before the edit.
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 10000);
    QTest::keyClick(m_app->find<QLineEdit>("dataLocationEdit"), Qt::Key_Backspace);
    QVERIFY(!offer->isVisible());
    QTest::keyClick(m_app->find<QLineEdit>("dataLocationEdit"), u'v');
    QCOMPARE(m_app->form()->draft(), typed);

    // Accepted: a Queued row, selected at once, and the form as after a submission.
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(offer->isVisible(), 10000);
    QTest::mouseClick(queue, Qt::LeftButton);
    QVERIFY(!offer->isVisible());
    const auto job = panel()->selectedJob();
    QVERIFY(job.has_value());
    QVERIFY(job->isQueued());
    QCOMPARE(job->name, typed.jobName);
    QCOMPARE(statusOf(typed.jobName), QStringLiteral("Queued"));
    QCOMPARE(result->kind(), FieldMessage::Kind::Success);
    QCOMPARE(result->text(), QStringLiteral("“waits-for-a-slot” is queued. It is sent as soon as "
                                            "an import in %1 finishes; the jobs list shows it as "
                                            "Queued until then.")
                                 .arg(region));
    QCOMPARE(m_app->find<QLineEdit>("jobNameEdit")->text(), QString());
    QCOMPARE(m_app->form()->draft().dataLocation, typed.dataLocation);
    QVERIFY(m_app->autosave()->flush());
    QCOMPARE(m_app->autosave()->restore().value_or(typed).jobName, QString());
    QCOMPARE(m_app->settings()->recentRoleArns(), QStringList{kRole});
    QCOMPARE(m_app->settings()->recentDataLocations(), QStringList{kLocation});
    QCOMPARE(m_app->window->statusBar()->currentMessage(),
             QStringLiteral("Import job “waits-for-a-slot” queued."));
    // Sent three times, each refused; nothing created.
    QCOMPARE(m_app->server->requestCount(QStringLiteral("CreateDatasetImportJob")), 3);
    QCOMPARE(m_app->app->jobs()->submissions()->queued().size(), 1);
    QCOMPARE(jobsNamed(typed.jobName), 0);

    // The details say what it waits for; the ARN is not known yet.
    JobDetailsPane *details = panel()->detailsPane();
    auto *box = details->findChild<QGroupBox *>(QStringLiteral("detailsQueueBox"));
    QVERIFY(box->isVisible());
    QCOMPARE(box->title(), QStringLiteral("Waiting for a free slot"));
    QCOMPARE(details->findChild<QLabel *>(QStringLiteral("detailsQueueText"))->text(),
             QStringLiteral("%1 already runs as many imports as the service allows at once. "
                            "This job is sent as soon as one of them finishes, after any queued "
                            "before it.")
                 .arg(region));
    auto *arn = details->findChild<QLineEdit *>(QStringLiteral("detailsArn"));
    QCOMPARE(arn->text(), QString());
    QCOMPARE(arn->placeholderText(), QStringLiteral("Given by the service when the job is sent"));
    QVERIFY(!panel()->copyArnAction()->isEnabled());
    QVERIFY(panel()->editQueuedAction()->isEnabled());
    QVERIFY(panel()->cancelQueuedAction()->isEnabled());

    // The name now counts as taken.
    QTest::keyClicks(m_app->find<QLineEdit>("jobNameEdit"), typed.jobName);
    QTRY_VERIFY(m_app->find<FieldMessage>("jobNameMessage")->isVisible());
}

bool TestQueueWindow::answer(const char *name, const QString &text)
{
    QMessageBox *box = nullptr;
    // The one showing: an answered box may linger, hidden, until it is deleted.
    const auto showing = [&] {
        for (QMessageBox *candidate :
             m_app->window->findChildren<QMessageBox *>(QLatin1String(name))) {
            if (candidate->isVisible())
                box = candidate;
        }
        return box != nullptr;
    };
    if (!QTest::qWaitFor(showing, 5000))
        return false;
    for (QAbstractButton *button : box->buttons()) {
        if (button->text() == text) {
            QTest::mouseClick(button, Qt::LeftButton);
            return true;
        }
    }
    return false;
}

void TestQueueWindow::queuedJobCanBeCancelled()
{
    openFullRegion(1h);
    const QString rowKey = queueThroughTheForm(QStringLiteral("never-mind"));
    QVERIFY(!rowKey.isEmpty());
    QVERIFY(model()->rowOf(rowKey) >= 0);

    // Offered in the Jobs menu too, enabled for queued jobs only.
    QMenu *jobsMenu = m_app->window->findChild<QMenu *>(QStringLiteral("jobsMenu"));
    QVERIFY(jobsMenu->actions().contains(panel()->cancelQueuedAction()));
    QVERIFY(jobsMenu->actions().contains(panel()->editQueuedAction()));

    JobDetailsPane *details = panel()->detailsPane();
    auto *cancel = details->findChild<QPushButton *>(QStringLiteral("detailsCancelQueuedButton"));
    QCOMPARE(cancel->text(), QStringLiteral("&Cancel"));
    // Asked first; keeping it changes nothing.
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *box = m_app->window->findChild<QMessageBox *>(QStringLiteral("cancelQueuedBox"));
    QVERIFY(box);
    QCOMPARE(box->text(),
             QStringLiteral("Remove “never-mind” from the queue? It has not been sent, so nothing "
                            "is created; what it held is lost unless you edit it instead."));
    QVERIFY(answer("cancelQueuedBox", QStringLiteral("&Keep")));
    QVERIFY(model()->rowOf(rowKey) >= 0);
    QCOMPARE(m_app->app->jobs()->submissions()->queued().size(), 1);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(answer("cancelQueuedBox", QStringLiteral("&Remove")));
    QCOMPARE(model()->rowOf(rowKey), -1);
    QVERIFY(!panel()->selectedJob() || panel()->selectedJob()->arn != rowKey);
    QCOMPARE(m_app->window->statusBar()->currentMessage(),
             QStringLiteral("Import job “never-mind” removed from the queue."));
    QVERIFY(m_app->app->jobs()->submissions()->queued().isEmpty());
    const QList<OutboxEntry> rows = outbox();
    QCOMPARE(rows.constLast().state, OutboxState::Failed);
    QCOMPARE(rows.constLast().draft.jobName, QStringLiteral("never-mind"));

    // A finished job has no such action; Delete in the table cancels a queued one.
    const QString second = queueThroughTheForm(QStringLiteral("second-thoughts"));
    QVERIFY(!second.isEmpty());
    // Keyboard shortcuts go to the active window: the closed box gives it back.
    m_app->window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window.get()));
    panel()->table()->setFocus();
    QTest::keyClick(panel()->table(), Qt::Key_Delete);
    QVERIFY(answer("cancelQueuedBox", QStringLiteral("&Remove")));
    QCOMPARE(model()->rowOf(second), -1);
    QVERIFY(panel()->selectJob(model()->index(0, 0).data(JobTableModel::ArnRole).toString()));
    QVERIFY(!panel()->selectedJob()->isQueued());
    QVERIFY(!panel()->cancelQueuedAction()->isEnabled());
    QVERIFY(!details->findChild<QGroupBox *>(QStringLiteral("detailsQueueBox"))->isVisible());
    QCOMPARE(m_app->server->state().runningJobCount(), 5); // only the busy ones
}

void TestQueueWindow::queuedJobCanBeEdited()
{
    openFullRegion(1h);
    const QString rowKey = queueThroughTheForm(QStringLiteral("to-be-changed"));
    QVERIFY(!rowKey.isEmpty());
    const OutboxEntry queued = outbox().constLast();
    // The form moves on to something else, then the operator edits the queued job: what the
    // form holds is not replaced without asking.
    auto *name = m_app->find<QLineEdit>("jobNameEdit");
    QTest::keyClicks(name, QStringLiteral("half-typed"));
    m_app->window->hideImportForm();
    QVERIFY(!m_app->window->formPane()->isVisible());
    auto *edit =
        panel()->detailsPane()->findChild<QPushButton *>(QStringLiteral("detailsEditQueuedButton"));
    QTest::mouseClick(edit, Qt::LeftButton);
    auto *box = m_app->window->findChild<QMessageBox *>(QStringLiteral("replaceFormBox"));
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("The form holds “half-typed”, which has not been "
                                         "submitted. Replace it with the queued job "
                                         "“to-be-changed”?"));
    QVERIFY(answer("replaceFormBox", QStringLiteral("&Keep the Form")));
    QCOMPARE(m_app->form()->draft().jobName, QStringLiteral("half-typed"));
    QVERIFY(model()->rowOf(rowKey) >= 0);
    QCOMPARE(m_app->app->jobs()->submissions()->queued().size(), 1);
    QTest::mouseClick(edit, Qt::LeftButton);
    QVERIFY(answer("replaceFormBox", QStringLiteral("&Replace")));

    // Its values are in the form, and it no longer waits: a free slot cannot send it meanwhile.
    QVERIFY(m_app->window->formPane()->isVisible());
    QCOMPARE(m_app->form()->draft(), queued.draft);
    QCOMPARE(m_app->find<QLineEdit>("jobNameEdit")->text(), QStringLiteral("to-be-changed"));
    QCOMPARE(model()->rowOf(rowKey), -1);
    QVERIFY(m_app->app->jobs()->submissions()->queued().isEmpty());
    QVERIFY(m_app->window->statusBar()->currentMessage().startsWith(
        QStringLiteral("“to-be-changed” is out of the queue and in the form")));
    QVERIFY(m_app->autosave()->flush());
    QCOMPARE(m_app->autosave()->restore().value_or(ImportJobDraft()), queued.draft);
    // Its name is free again for it.
    QVERIFY(!m_app->find<FieldMessage>("jobNameMessage")->isVisible());

    // Changed and queued again: one queued job, with the change.
    auto *location = m_app->find<QLineEdit>("dataLocationEdit");
    location->selectAll();
    QTest::keyClicks(location, QStringLiteral("s3://importdesk-demo-retail-shop/fixed.csv"));
    QTRY_VERIFY(m_app->find<QPushButton>("submitButton")->isEnabled());
    submit();
    auto *queue = m_app->find<QPushButton>("queueButton");
    QTRY_VERIFY_WITH_TIMEOUT(queue->isVisible(), 10000);
    QTest::mouseClick(queue, Qt::LeftButton);
    const QList<OutboxEntry> waiting = m_app->app->jobs()->submissions()->queued();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.constFirst().draft.jobName, QStringLiteral("to-be-changed"));
    QCOMPARE(waiting.constFirst().draft.dataLocation,
             QStringLiteral("s3://importdesk-demo-retail-shop/fixed.csv"));
    QCOMPARE(panel()->selectedJob()->dataLocation,
             QStringLiteral("s3://importdesk-demo-retail-shop/fixed.csv"));
    QCOMPARE(m_app->server->state().runningJobCount(), 5);
}

void TestQueueWindow::queuedJobSurvivesARestart()
{
    openFullRegion(1h);
    const QString rowKey = queueThroughTheForm(QStringLiteral("kept-overnight"));
    QVERIFY(!rowKey.isEmpty());
    m_app->closeWindow();

    openWindow();
    QTRY_VERIFY(model()->rowOf(rowKey) >= 0);
    QCOMPARE(statusOf(QStringLiteral("kept-overnight")), QStringLiteral("Queued"));
    QVERIFY(panel()->selectJob(rowKey));
    QVERIFY(panel()->cancelQueuedAction()->isEnabled());
}

void TestQueueWindow::queuedJobIsSentWhenASlotFrees()
{
    // Jobs run at the service's pace: the job sent from the queue stays pending a while.
    openFullRegion(3s, 1);
    QStringList seen; // the statuses the row of "next-in-line" shows, in order
    const auto record = [this, &seen] {
        const QString status = statusOf(QStringLiteral("next-in-line"));
        if (!status.isEmpty() && (seen.isEmpty() || seen.constLast() != status))
            seen.append(status);
    };
    connect(model(), &QAbstractItemModel::rowsInserted, this, record);
    connect(model(), &QAbstractItemModel::rowsRemoved, this, record);
    connect(model(), &QAbstractItemModel::dataChanged, this, record);

    const QString rowKey = queueThroughTheForm(QStringLiteral("next-in-line"));
    QVERIFY(!rowKey.isEmpty());
    QCOMPARE(panel()->selectedJob()->arn, rowKey);

    // The busy import finishes; the tracker sees the free slot and the queue sends the job.
    const QString arn = PersonalizeArn::datasetImportJobArn(m_app->server->options().region,
                                                            m_app->server->options().accountId,
                                                            QStringLiteral("next-in-line"));
    QTRY_VERIFY_WITH_TIMEOUT(model()->rowOf(arn) >= 0, 15000);
    QTRY_COMPARE(model()->rowOf(rowKey), -1);
    QCOMPARE(seen.value(0), QStringLiteral("Queued"));
    QCOMPARE(seen.value(1), QStringLiteral("Pending"));
    // The selection followed the queued row to the job it became; its details are those of a
    // created job.
    QVERIFY(panel()->selectedJob());
    QCOMPARE(panel()->selectedJob()->arn, arn);
    JobDetailsPane *details = panel()->detailsPane();
    QVERIFY(!details->findChild<QGroupBox *>(QStringLiteral("detailsQueueBox"))->isVisible());
    QCOMPARE(details->findChild<QLineEdit *>(QStringLiteral("detailsArn"))->text(), arn);
    QVERIFY(!panel()->cancelQueuedAction()->isEnabled());
    QCOMPARE(jobsNamed(QStringLiteral("next-in-line")), 1);
    QVERIFY(m_app->app->jobs()->submissions()->queued().isEmpty());
    QCOMPARE(outbox().constLast().state, OutboxState::Confirmed);
}

void TestQueueWindow::refusedSendKeepsTheQueuedRow()
{
    // The service runs fewer imports at once than the app counts on: each poll sees free slots
    // and sends the queued job, and each time the service refuses it.
    openFullRegion(1h, 1000, 1);
    const QString rowKey = queueThroughTheForm(QStringLiteral("patient"));
    QVERIFY(!rowKey.isEmpty());
    QSignalSpy removed(model(), &QAbstractItemModel::rowsRemoved);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->server->requestCount(QStringLiteral("CreateDatasetImportJob")) >= 4, 10000);
    // The row never left the table, and stays selected and queued.
    QCOMPARE(removed.count(), 0);
    QVERIFY(model()->rowOf(rowKey) >= 0);
    QCOMPARE(panel()->selectedJob()->arn, rowKey);
    QCOMPARE(statusOf(QStringLiteral("patient")), QStringLiteral("Queued"));
    QCOMPARE(jobsNamed(QStringLiteral("patient")), 0);
}

// The offer and a selected queued job, as an operator sees them (written to
// IMPORTDESK_SCREENSHOT_DIR for a person to look at).
void TestQueueWindow::screenshots()
{
    openFullRegion(1h);
    const QString dir = QStringLiteral(IMPORTDESK_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(dir));
    fillForm(QStringLiteral("retail-interactions-20240601-1200"));
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(m_app->find<QWidget>("queueOffer")->isVisible(), 10000);
    QTest::qWait(200); // pending layout requests settle, as for a person looking
    QVERIFY(m_app->window->grab().save(dir + QStringLiteral("/queue-offer.png")));

    QTest::mouseClick(m_app->find<QPushButton>("queueButton"), Qt::LeftButton);
    QVERIFY(panel()->selectedJob().has_value());
    m_app->window->hideImportForm();
    QTest::qWait(200);
    QVERIFY(m_app->window->grab().save(dir + QStringLiteral("/queued-job.png")));

    // Cancelling asks first.
    QTest::mouseClick(panel()->detailsPane()->findChild<QPushButton *>(
                          QStringLiteral("detailsCancelQueuedButton")),
                      Qt::LeftButton);
    auto *box = m_app->window->findChild<QMessageBox *>(QStringLiteral("cancelQueuedBox"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->grab().save(dir + QStringLiteral("/queued-job-cancel.png")));
    QVERIFY(answer("cancelQueuedBox", QStringLiteral("&Keep")));
}

QTEST_MAIN(TestQueueWindow)
#include "tst_queuewindow.moc"
