// Writes PNGs of the main window to <build>/screenshots so that people can look at layout,
// truncation and spacing: 1280×800 with the sandbox's history, the form pane open, validation
// errors, after a submit, the empty table's states, and the French window. Asserts what a
// person would check first: the main columns fit, no toolbar button hides behind an overflow
// button, French labels are not cut.

#include "gui/guitestsupport.h"

#include "jobs/jobtablemodel.h"
#include "ui/connectionbar.h"
#include "ui/jobspanel.h"
#include "ui/mfacodedialog.h"
#include "ui/tageditor.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>

class TestScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowAt1280x800();
    void formPaneOpen();
    void validationErrors();
    void afterSubmit();
    void emptyTableStates();
    void notConnected();
    void preferences();
    void callerIdentityAndMfaDialog();
    void frenchMainWindow();

private:
    void shoot(QWidget *widget, const QString &name);
    void pick(const QString &text);
    static void openWindowWithHistory(GuiHarness &app);
    static void checkColumns(MainWindow *window);
    static void checkToolBars(MainWindow *window);

    std::unique_ptr<GuiHarness> m_app;
    QString m_dir;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_dir = qEnvironmentVariableIsSet("IMPORTDESK_SCREENSHOT_DIR")
                ? qEnvironmentVariable("IMPORTDESK_SCREENSHOT_DIR")
                : QStringLiteral(IMPORTDESK_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_dir));
    m_app = std::make_unique<GuiHarness>();
    QVERIFY(m_app->listening);
    openWindowWithHistory(*m_app);
}

void TestScreenshots::cleanupTestCase()
{
    m_app.reset();
}

void TestScreenshots::openWindowWithHistory(GuiHarness &app)
{
    app.openWindow();
    app.window->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
    QVERIFY(app.waitUntilReady());
    const int history = static_cast<int>(app.server->state().jobs().size());
    QTRY_COMPARE_WITH_TIMEOUT(app.app->jobs()->model()->rowCount(), history, 10000);
    QTRY_COMPARE(app.app->jobs()->catchUpRemaining(), 0);
}

void TestScreenshots::shoot(QWidget *widget, const QString &name)
{
    // Let pending layout requests settle, as a person looking at the window would.
    QTest::qWait(200);
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    const QString file = m_dir + u'/' + name + QStringLiteral(".png");
    QVERIFY2(pixmap.save(file), qPrintable(file));
    qInfo().noquote() << "wrote" << file;
}

void TestScreenshots::pick(const QString &text)
{
    auto *combo = m_app->find<QComboBox>("datasetCombo");
    combo->setCurrentIndex(combo->findText(text));
}

// Name, Status, Dataset, Created, Duration and the start of the failure reason fit without
// scrolling.
void TestScreenshots::checkColumns(MainWindow *window)
{
    QTableView *table = window->jobsPanel()->table();
    QVERIFY(table->isVisible());
    const QHeaderView *header = table->horizontalHeader();
    const int width = table->viewport()->width();
    for (int column :
         {JobTableModel::NameColumn, JobTableModel::StatusColumn, JobTableModel::DatasetColumn,
          JobTableModel::CreatedColumn, JobTableModel::DurationColumn}) {
        QVERIFY2(!header->isSectionHidden(column), qPrintable(QString::number(column)));
        const int end = header->sectionViewportPosition(column) + header->sectionSize(column);
        QVERIFY2(end <= width,
                 qPrintable(
                     QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(end).arg(width)));
    }
    const int reasonStart = header->sectionViewportPosition(JobTableModel::FailureReasonColumn);
    QVERIFY2(reasonStart + 100 <= width,
             qPrintable(
                 QStringLiteral("failure reason starts at %1 of %2").arg(reasonStart).arg(width)));
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
}

// Every toolbar button is on screen, none behind an overflow button.
void TestScreenshots::checkToolBars(MainWindow *window)
{
    const QList<QWidget *> extensions =
        window->findChildren<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
    for (QWidget *extension : extensions)
        QVERIFY2(!extension->isVisible(), "a toolbar overflows");
    for (QToolBar *bar : window->findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            if (QWidget *button = bar->widgetForAction(action))
                QVERIFY2(button->isVisible(), qPrintable(action->text()));
        }
    }
}

void TestScreenshots::mainWindowAt1280x800()
{
    MainWindow *window = m_app->window.get();
    QCOMPARE(window->size(), QSize(1280, 800));
    QVERIFY(!window->formPane()->isVisible());
    // A failed job selected: what an operator opens the window for.
    JobTableModel *model = m_app->app->jobs()->model();
    QString failed;
    for (const JobRecord &job : model->jobs()) {
        if (job.statusValue() == ImportJobStatus::CreateFailed && failed.isEmpty())
            failed = job.arn;
    }
    QVERIFY(window->jobsPanel()->selectJob(failed.isEmpty() ? model->jobs().first().arn : failed));
    checkColumns(window);
    checkToolBars(window);
    shoot(window, QStringLiteral("main-window-1280x800"));
}

void TestScreenshots::formPaneOpen()
{
    m_app->openForm();
    QVERIFY(m_app->form()->isVisible());
    checkToolBars(m_app->window.get());
    shoot(m_app->window.get(), QStringLiteral("main-window-form-open"));
}

void TestScreenshots::validationErrors()
{
    QTest::keyClicks(m_app->find<QLineEdit>("jobNameEdit"), QStringLiteral("my import"));
    pick(QStringLiteral("news-articles / news-articles-items (Items)"));
    QTest::keyClicks(m_app->find<QLineEdit>("dataLocationEdit"),
                     QStringLiteral("bucket/items.csv"));
    QTest::keyClicks(m_app->find<QComboBox>("roleCombo"),
                     QStringLiteral("arn:aws:iam::111122223333:user/alice"));
    m_app->form()->findChild<TagEditor *>()->pasteLines(
        QStringLiteral("team=data\naws:owner=me\ncost center=42"));
    QTRY_VERIFY(!m_app->app->isLoadingValidationFacts());
    shoot(m_app->window.get(), QStringLiteral("main-window-validation-errors"));
}

void TestScreenshots::afterSubmit()
{
    auto *name = m_app->find<QLineEdit>("jobNameEdit");
    name->clear();
    QTest::keyClicks(name, QStringLiteral("retail-interactions-june"));
    pick(QStringLiteral("retail-shop / retail-shop-interactions (Interactions)"));
    auto *location = m_app->find<QLineEdit>("dataLocationEdit");
    location->clear();
    QTest::keyClicks(location, QStringLiteral("s3://importdesk-demo-retail-shop/june.csv"));
    auto *role = m_app->find<QComboBox>("roleCombo");
    role->clearEditText();
    QTest::keyClicks(role, QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read"));
    auto *editor = m_app->form()->findChild<TagEditor *>();
    editor->setTags({});
    editor->pasteLines(QStringLiteral("team=data"));
    QTRY_VERIFY(m_app->find<QPushButton>("submitButton")->isEnabled());
    QTest::mouseClick(m_app->find<QPushButton>("submitButton"), Qt::LeftButton);
    QTRY_VERIFY(m_app->window->jobsPanel()->selectedJob().has_value());
    QTRY_COMPARE(m_app->window->jobsPanel()->selectedJob()->name,
                 QStringLiteral("retail-interactions-june"));
    shoot(m_app->window.get(), QStringLiteral("main-window-after-submit"));
}

void TestScreenshots::emptyTableStates()
{
    // In the window: filters that hide every job.
    m_app->window->hideImportForm();
    JobsPanel *panel = m_app->window->jobsPanel();
    QTest::keyClicks(m_app->find<QLineEdit>("jobSearchEdit"), QStringLiteral("no-such-job"));
    QVERIFY(panel->isShowingEmptyState());
    shoot(m_app->window.get(), QStringLiteral("main-window-empty-filtered"));
    m_app->find<QLineEdit>("jobSearchEdit")->clear();

    // The panel alone, at the size it has in the window, for each reason an account shows none.
    JobTableModel model;
    JobsPanel empty(&model);
    QAction newImport(QStringLiteral("&New import"));
    newImport.setShortcut(QKeySequence::New);
    empty.setNewImportAction(&newImport);
    empty.resize(panel->size());
    empty.show();
    QVERIFY(QTest::qWaitForWindowExposed(&empty));
    const QList<QPair<JobsPanel::EmptyReason, QString>> reasons = {
        {JobsPanel::EmptyReason::NoJobs, QStringLiteral("jobs-empty-no-jobs")},
        {JobsPanel::EmptyReason::LoadingHistory, QStringLiteral("jobs-empty-loading")},
        {JobsPanel::EmptyReason::ListingDatasets, QStringLiteral("jobs-empty-listing")},
        {JobsPanel::EmptyReason::NotConnected, QStringLiteral("jobs-empty-not-connected")},
    };
    for (const auto &[reason, name] : reasons) {
        empty.setEmptyReason(reason, 8);
        QVERIFY(empty.isShowingEmptyState());
        shoot(&empty, name);
    }
}

void TestScreenshots::notConnected()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".aws")));
    QFile config(home.filePath(QStringLiteral(".aws/config")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile nokeys]\nregion = eu-west-1\n");
    config.close();
    DesktopOptions options;
    options.session.environment = QProcessEnvironment();
    options.session.homeDir = home.path();
    options.placeFilesIn(home.path());
    options.profile = QStringLiteral("nokeys");
    const std::unique_ptr<DesktopApp> app = DesktopApp::create(options);
    MainWindow window(app.get());
    app->start();
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(window.jobsPanel()->emptyStateTitle(), QStringLiteral("Not connected"));
    shoot(&window, QStringLiteral("main-window-not-connected"));
}

void TestScreenshots::preferences()
{
    m_app->window->showPreferences();
    auto *dialog = m_app->window->findChild<QDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Every label and choice shows whole at the size the dialog opens with.
    QVERIFY(dialog->width() >= dialog->minimumSizeHint().width());
    shoot(dialog, QStringLiteral("preferences"));
    dialog->close();
}

void TestScreenshots::callerIdentityAndMfaDialog()
{
    ConnectionBar *bar = m_app->window->connectionBar();
    QTRY_VERIFY(bar->accountText().contains(u"user sandbox-operator"));
    shoot(bar, QStringLiteral("connection-bar-identity"));

    auto *dialog = new MfaCodeDialog(QStringLiteral("prod-admin"),
                                     QStringLiteral("arn:aws:iam::111122223333:mfa/ops-laptop"),
                                     m_app->window.get());
    dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("738"));
    shoot(dialog, QStringLiteral("mfa-code-dialog"));
    dialog->reject();
}

void TestScreenshots::frenchMainWindow()
{
    m_app.reset();
    // As main() does for a French desktop, before any widget exists.
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    Translations::install(QCoreApplication::instance());
    GuiHarness app;
    QVERIFY(app.listening);
    openWindowWithHistory(app);
    MainWindow *window = app.window.get();
    QVERIFY(window->jobsPanel()->selectJob(app.app->jobs()->model()->jobs().first().arn));
    checkColumns(window);
    checkToolBars(window);

    // The dataset filter and the search field show their whole French text.
    auto *datasets = app.find<QComboBox>("jobDatasetFilter");
    QCOMPARE(datasets->itemText(0), QStringLiteral("Tous les jeux de données"));
    QVERIFY2(datasets->width() >=
                 datasets->fontMetrics().horizontalAdvance(datasets->itemText(0)) + 20,
             qPrintable(QString::number(datasets->width())));
    auto *search = app.find<QLineEdit>("jobSearchEdit");
    QVERIFY2(search->width() >=
                 search->fontMetrics().horizontalAdvance(search->placeholderText()) + 20,
             qPrintable(QString::number(search->width())));
    shoot(window, QStringLiteral("main-window-fr-1280x800"));

    // Qt's own strings are French too: the pane's close button.
    app.openForm();
    auto *close = window->formPane()->findChild<QAbstractButton *>(
        QStringLiteral("qt_dockwidget_closebutton"));
    QVERIFY(close);
    QCOMPARE(close->accessibleName(), QStringLiteral("Fermer"));
    // The pane open, the French window still fits a 1280-pixel screen.
    QVERIFY2(window->minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(window->minimumSizeHint().width())));
    QCOMPARE(window->width(), 1280);
    checkToolBars(window);
    shoot(window, QStringLiteral("main-window-fr-form-open"));

    window->showPreferences();
    auto *preferences = window->findChild<QDialog *>(QStringLiteral("preferencesDialog"));
    QVERIFY(preferences);
    QVERIFY(QTest::qWaitForWindowExposed(preferences));
    QCOMPARE(preferences->windowTitle(), QStringLiteral("Préférences"));
    shoot(preferences, QStringLiteral("preferences-fr"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
