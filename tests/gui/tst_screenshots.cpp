// Writes PNGs of the main window (empty, with validation errors, after a submit) to
// <build>/screenshots so that people can look at layout, truncation and spacing.

#include "guitestsupport.h"

#include "ui/jobspanel.h"

#include "ui/tageditor.h"

#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

class TestScreenshots final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void emptyWindow();
    void validationErrors();
    void afterSubmit();

private:
    void shoot(const QString &name);
    void pick(const QString &text);

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
    m_app->openWindow();
    m_app->window->resize(1280, 860);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QVERIFY(m_app->waitUntilReady());
}

void TestScreenshots::cleanupTestCase()
{
    m_app.reset();
}

void TestScreenshots::shoot(const QString &name)
{
    // Let pending layout requests settle, as a person looking at the window would.
    QTest::qWait(200);
    const QPixmap pixmap = m_app->window->grab();
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

void TestScreenshots::emptyWindow()
{
    shoot(QStringLiteral("main-window-empty"));
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
    shoot(QStringLiteral("main-window-validation-errors"));
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
    shoot(QStringLiteral("main-window-after-submit"));
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
