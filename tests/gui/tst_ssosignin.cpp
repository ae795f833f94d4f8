// Signing in to IAM Identity Center from the window: the connection bar offers "Sign in…" for
// a profile without a sign-in, the dialog shows the code, and the app connects once the
// sandbox has approved it. Writes <build>/screenshots/sso-sign-in.png.
#include "aws/ssocredentials.h"
#include "guitestsupport.h"
#include "ui/connectionbar.h"
#include "ui/fieldmessage.h"
#include "ui/ssosignindialog.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class TestSsoSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signInShowsTheCodeThenConnects();
    void deniedSignInSaysSo();
    void openButtonOpensThePageWithTheCode();

private:
    // Opens the window on the IAM Identity Center profile, whose sign-in is missing.
    void openOnSsoProfile();
    SsoSignInDialog *clickSignIn();

    std::unique_ptr<GuiHarness> m_app;
    QString m_screenshots;
};

void TestSsoSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_screenshots = qEnvironmentVariableIsSet("IMPORTDESK_SCREENSHOT_DIR")
                        ? qEnvironmentVariable("IMPORTDESK_SCREENSHOT_DIR")
                        : QStringLiteral(IMPORTDESK_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_screenshots));
}

void TestSsoSignIn::init()
{
    m_app = std::make_unique<GuiHarness>();
    QVERIFY(m_app->listening);
}

void TestSsoSignIn::cleanup()
{
    m_app.reset();
}

void TestSsoSignIn::openOnSsoProfile()
{
    const QString home = m_app->path(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.aws")));
    QFile config(home + QStringLiteral("/.aws/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[profile sso-dev]\nsso_session = corp\nsso_account_id = 111122223333\n"
                 "sso_role_name = Importer\nregion = us-east-1\n\n"
                 "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
                 "sso_region = us-east-1\n");
    config.close();
    DesktopOptions options;
    options.session.environment = QProcessEnvironment();
    // Every service at the sandbox: the portal, OIDC and Amazon Personalize.
    options.session.environment.insert(QStringLiteral("AWS_ENDPOINT_URL"),
                                       m_app->server->url().toString());
    options.session.homeDir = home;
    options.placeFilesIn(m_app->dir.path());
    options.profile = QStringLiteral("sso-dev");
    m_app->openWindow(options);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    auto *status = m_app->find<FieldMessage>("connectionStatus");
    QTRY_COMPARE(status->kind(), FieldMessage::Kind::Error);
    QVERIFY2(status->text().contains(u"not signed in"), qPrintable(status->text()));
}

SsoSignInDialog *TestSsoSignIn::clickSignIn()
{
    auto *button = m_app->find<QPushButton>("signInButton");
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    return m_app->window->findChild<SsoSignInDialog *>();
}

void TestSsoSignIn::signInShowsTheCodeThenConnects()
{
    openOnSsoProfile();
    auto *action = m_app->window->findChild<QAction *>(QStringLiteral("signInAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    auto *button = m_app->find<QPushButton>("signInButton");
    QVERIFY(button->isVisible());

    const QPointer<SsoSignInDialog> dialog = clickSignIn();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QTRY_VERIFY(!dialog->userCode().isEmpty());
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]{4}-[A-Z]{4}$"))
                 .match(dialog->userCode())
                 .hasMatch(),
             qPrintable(dialog->userCode()));
    auto *code = dialog->findChild<QLabel *>(QStringLiteral("userCodeLabel"));
    QVERIFY(code->isVisible());
    // Large enough to read out loud from across the desk.
    QVERIFY(code->font().pointSizeF() >= 2 * dialog->font().pointSizeF());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openSignInPageButton"))->isEnabled());

    QTest::qWait(100); // let the layout settle before the picture
    const QPixmap picture = dialog->grab();
    const QString file = m_screenshots + QStringLiteral("/sso-sign-in.png");
    QVERIFY2(picture.save(file), qPrintable(file));
    qInfo().noquote() << "wrote" << file;

    // The sandbox approves at the second poll; the app then connects with the new sign-in.
    QTRY_COMPARE_WITH_TIMEOUT(m_app->connection()->state(), ConnectionManager::State::Ready, 15000);
    auto *status = m_app->find<FieldMessage>("connectionStatus");
    QVERIFY2(status->text().startsWith(u"Connected as"), qPrintable(status->text()));
    QTRY_VERIFY(!dialog);
    QVERIFY(!button->isVisible());
    QVERIFY(!action->isEnabled());
    QCOMPARE(m_app->server->requestCount(QStringLiteral("GetRoleCredentials")), 1);
    // The AWS CLI's cache has the sign-in too.
    QVERIFY(QFile::exists(
        m_app->path(QStringLiteral("home/.aws/sso/cache/")) +
        QString::fromLatin1(QCryptographicHash::hash("corp", QCryptographicHash::Sha1).toHex()) +
        QStringLiteral(".json")));
}

void TestSsoSignIn::deniedSignInSaysSo()
{
    m_app->server->sso().setDeviceAnswer(SandboxSso::DeviceAnswer::Deny);
    openOnSsoProfile();
    const QPointer<SsoSignInDialog> dialog = clickSignIn();
    QVERIFY(dialog);
    auto *status = dialog->findChild<FieldMessage *>(QStringLiteral("signInStatus"));
    QTRY_COMPARE_WITH_TIMEOUT(status->kind(), FieldMessage::Kind::Error, 15000);
    QVERIFY2(status->text().contains(u"denied in the browser"), qPrintable(status->text()));
    auto *close = dialog->findChild<QPushButton *>(QStringLiteral("cancelSignInButton"));
    QCOMPARE(close->text(), QStringLiteral("Close"));
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    // Still not connected, and "Sign in…" is still there to try again.
    QCOMPARE(m_app->connection()->state(), ConnectionManager::State::Failed);
    QVERIFY(m_app->find<QPushButton>("signInButton")->isVisible());
}

void TestSsoSignIn::openButtonOpensThePageWithTheCode()
{
    openOnSsoProfile();
    // Slow approval, so that the dialog stays while the button is tried.
    m_app->server->sso().setApprovalDelay(std::chrono::minutes(5));
    const QPointer<SsoSignInDialog> dialog = clickSignIn();
    QVERIFY(dialog);
    QList<QUrl> opened;
    dialog->setUrlOpener([&opened](const QUrl &url) { opened.append(url); });
    QTRY_VERIFY(!dialog->userCode().isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openSignInPageButton")),
                      Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QVERIFY2(opened.constFirst().toString().contains(dialog->userCode()),
             qPrintable(opened.constFirst().toString()));
    QVERIFY(opened.constFirst().toString().startsWith(m_app->server->url().toString()));

    // Cancel stops the sign-in: no more polls after it.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelSignInButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    const int polls = m_app->server->requestCount(QStringLiteral("CreateToken"));
    QTest::qWait(1500);
    QCOMPARE(m_app->server->requestCount(QStringLiteral("CreateToken")), polls);
    QCOMPARE(m_app->connection()->state(), ConnectionManager::State::Failed);
}

QTEST_MAIN(TestSsoSignIn)
#include "tst_ssosignin.moc"
