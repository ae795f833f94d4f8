// "New profile" as a person uses it: the fields' messages, a role profile and an IAM Identity
// Center profile written into the file AWS_CONFIG_FILE names (comments kept), a question
// before an existing profile is replaced, and the new profile in the profile box.

#include "gui/guitestsupport.h"

#include "aws/sharedconfig.h"
#include "ui/connectionbar.h"
#include "ui/fieldmessage.h"
#include "ui/newprofiledialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>

class TestNewProfileDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void fieldsSayWhatIsWrong();
    void writesARoleProfileIntoTheConfigFile();
    void writesAnIdentityCenterProfile();
    void asksBeforeReplacing();
    void writeErrorIsShownInTheDialog();

private:
    void openWindow();
    NewProfileDialog *openDialog();
    static void type(QWidget *dialog, const char *name, const QString &text);
    static QPushButton *saveButton(QWidget *dialog);
    QByteArray configText() const;

    std::unique_ptr<GuiHarness> m_app;
    QString m_config;
};

namespace {

const QByteArray kConfig = "# team settings\n"
                           "[profile base]\n"
                           "region = eu-west-1\n"
                           "my_tool = keep\n"
                           "\n"
                           "[profile keys]\n"
                           "region = eu-west-1\n"
                           "\n"
                           "[sso-session corp]\n"
                           "sso_start_url = https://corp.awsapps.com/start\n"
                           "sso_region = eu-central-1\n";

} // namespace

void TestNewProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestNewProfileDialog::init()
{
    m_app = std::make_unique<GuiHarness>();
    QVERIFY(m_app->listening);
}

void TestNewProfileDialog::cleanup()
{
    m_app.reset();
}

void TestNewProfileDialog::openWindow()
{
    // Not in the home folder: AWS_CONFIG_FILE says where.
    m_config = m_app->path(QStringLiteral("elsewhere/aws-config"));
    QVERIFY(QDir().mkpath(m_app->path(QStringLiteral("elsewhere"))));
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kConfig);
    file.close();

    DesktopOptions options = m_app->options();
    options.sandbox = false;
    options.session.explicitCredentials.reset();
    options.session.environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_config);
    options.profile = QStringLiteral("base");
    m_app->openWindow(options);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    QTRY_COMPARE(m_app->connection()->state(), ConnectionManager::State::Failed);
}

NewProfileDialog *TestNewProfileDialog::openDialog()
{
    m_app->window->newProfileAction()->trigger();
    auto *dialog = m_app->window->findChild<NewProfileDialog *>();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestNewProfileDialog::type(QWidget *dialog, const char *name, const QString &text)
{
    QWidget *field = dialog->findChild<QWidget *>(QLatin1String(name));
    QVERIFY2(field, name);
    if (auto *combo = qobject_cast<QComboBox *>(field)) {
        if (combo->isEditable()) {
            combo->lineEdit()->clear();
            QTest::keyClicks(combo->lineEdit(), text);
        } else {
            combo->setCurrentIndex(combo->findText(text));
            Q_EMIT combo->activated(combo->currentIndex());
        }
        return;
    }
    auto *edit = qobject_cast<QLineEdit *>(field);
    edit->clear();
    QTest::keyClicks(edit, text);
}

QPushButton *TestNewProfileDialog::saveButton(QWidget *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

QByteArray TestNewProfileDialog::configText() const
{
    QFile file(m_config);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestNewProfileDialog::fieldsSayWhatIsWrong()
{
    openWindow();
    NewProfileDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(!saveButton(dialog)->isEnabled());
    auto message = [dialog](const char *name) {
        return dialog->findChild<FieldMessage *>(QLatin1String(name))->text();
    };
    type(dialog, "profileNameEdit", QStringLiteral("my profile"));
    QVERIFY2(message("profileNameMessage").contains(u"cannot contain spaces"),
             qPrintable(message("profileNameMessage")));
    type(dialog, "roleArnEdit", QStringLiteral("ImportRole"));
    QVERIFY2(message("roleArnMessage").contains(u"arn:aws:iam::123456789012:role/ImportRole"),
             qPrintable(message("roleArnMessage")));
    type(dialog, "profileRegionCombo", QStringLiteral("Ireland"));
    QVERIFY2(message("profileRegionMessage").contains(u"eu-west-1"),
             qPrintable(message("profileRegionMessage")));

    dialog->findChild<QRadioButton *>(QStringLiteral("ssoKindButton"))->click();
    type(dialog, "ssoAccountIdEdit", QStringLiteral("1234"));
    QVERIFY2(message("ssoAccountIdMessage").contains(u"12 digits"),
             qPrintable(message("ssoAccountIdMessage")));
    type(dialog, "ssoStartUrlEdit", QStringLiteral("corp.awsapps.com"));
    QVERIFY2(message("ssoStartUrlMessage").contains(u"start URL"),
             qPrintable(message("ssoStartUrlMessage")));
    QVERIFY(!saveButton(dialog)->isEnabled());
    QCOMPARE(configText(), kConfig);
}

void TestNewProfileDialog::writesARoleProfileIntoTheConfigFile()
{
    openWindow();
    NewProfileDialog *dialog = openDialog();
    QVERIFY(dialog);
    type(dialog, "profileNameEdit", QStringLiteral("importer"));
    type(dialog, "profileRegionCombo", QStringLiteral("eu-west-1"));
    type(dialog, "roleArnEdit", QStringLiteral("arn:aws:iam::123456789012:role/ImportRole"));
    type(dialog, "sourceProfileCombo", QStringLiteral("base"));
    type(dialog, "externalIdEdit", QStringLiteral("team-42"));
    QVERIFY(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(configText(), kConfig + "\n[profile importer]\nregion = eu-west-1\n"
                                     "role_arn = arn:aws:iam::123456789012:role/ImportRole\n"
                                     "source_profile = base\nexternal_id = team-42\n");
    // In the profile box, and chosen.
    QComboBox *profiles = m_app->window->connectionBar()->profileCombo();
    QTRY_VERIFY(profiles->findText(QStringLiteral("importer")) >= 0);
    QTRY_COMPARE(m_app->connection()->profile(), QStringLiteral("importer"));
    QCOMPARE(profiles->currentText(), QStringLiteral("importer"));
}

void TestNewProfileDialog::writesAnIdentityCenterProfile()
{
    openWindow();
    NewProfileDialog *dialog = openDialog();
    QVERIFY(dialog);
    type(dialog, "profileNameEdit", QStringLiteral("sso-dev"));
    dialog->findChild<QRadioButton *>(QStringLiteral("ssoKindButton"))->click();
    // Choosing the existing session fills in its settings.
    auto *session = dialog->findChild<QComboBox *>(QStringLiteral("ssoSessionCombo"));
    session->setCurrentIndex(session->findText(QStringLiteral("corp")));
    Q_EMIT session->activated(session->currentIndex());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("ssoStartUrlEdit"))->text(),
             QStringLiteral("https://corp.awsapps.com/start"));
    type(dialog, "ssoAccountIdEdit", QStringLiteral("111122223333"));
    type(dialog, "ssoRoleNameEdit", QStringLiteral("Importer"));
    QVERIFY(saveButton(dialog)->isEnabled());
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog->isVisible());
    const QByteArray text = configText();
    QVERIFY2(text.startsWith(kConfig.left(kConfig.indexOf("[sso-session"))), text.constData());
    const SharedConfig config = SharedConfig::fromFiles(IniFile::parse(text), IniFile::parse({}));
    QCOMPARE(config.profile(QStringLiteral("sso-dev")).value(QStringLiteral("sso_session")),
             QStringLiteral("corp"));
    QCOMPARE(config.session(QStringLiteral("corp")).value(QStringLiteral("sso_region")),
             QStringLiteral("eu-central-1"));
    QCOMPARE(config.profile(QStringLiteral("base")).value(QStringLiteral("my_tool")),
             QStringLiteral("keep"));
    // Chosen: the connection says how to sign in.
    auto *status = m_app->find<FieldMessage>("connectionStatus");
    QTRY_VERIFY2(status->text().contains(u"aws sso login --profile sso-dev"),
                 qPrintable(status->text()));
}

void TestNewProfileDialog::asksBeforeReplacing()
{
    openWindow();
    NewProfileDialog *dialog = openDialog();
    QVERIFY(dialog);
    type(dialog, "profileNameEdit", QStringLiteral("base"));
    type(dialog, "roleArnEdit", QStringLiteral("arn:aws:iam::123456789012:role/ImportRole"));
    type(dialog, "sourceProfileCombo", QStringLiteral("keys"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("replaceProfileBox"))) !=
                nullptr);
    QVERIFY2(box->text().contains(u"A profile named “base” exists"), qPrintable(box->text()));
    // Keep it: nothing changes.
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::RejectRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QVERIFY(dialog->isVisible());
    QCOMPARE(configText(), kConfig);
    // Replace: the settings change in place, the rest stays.
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("replaceProfileBox"))) !=
                nullptr);
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QTRY_VERIFY(!dialog->isVisible());
    QByteArray expected = kConfig;
    expected.replace("my_tool = keep\n", "my_tool = keep\n"
                                         "role_arn = arn:aws:iam::123456789012:role/ImportRole\n"
                                         "source_profile = keys\n");
    QCOMPARE(configText(), expected);
}

void TestNewProfileDialog::writeErrorIsShownInTheDialog()
{
    openWindow();
    NewProfileDialog *dialog = openDialog();
    QVERIFY(dialog);
    // Meanwhile the config file's place is taken by a folder.
    QVERIFY(QFile::remove(m_config));
    QVERIFY(QDir().mkpath(m_config));
    type(dialog, "profileNameEdit", QStringLiteral("importer"));
    type(dialog, "roleArnEdit", QStringLiteral("arn:aws:iam::123456789012:role/ImportRole"));
    type(dialog, "sourceProfileCombo", QStringLiteral("base"));
    QTest::mouseClick(saveButton(dialog), Qt::LeftButton);
    auto *result = dialog->findChild<FieldMessage *>(QStringLiteral("newProfileResult"));
    QTRY_COMPARE(result->kind(), FieldMessage::Kind::Error);
    QVERIFY2(result->text().contains(u"aws-config"), qPrintable(result->text()));
    QVERIFY(dialog->isVisible());
}

QTEST_MAIN(TestNewProfileDialog)
#include "tst_newprofiledialog.moc"
