// Stored access keys as a person meets them: the "Add access key" dialog's messages, the keys
// as entries of their own in the profile box, connecting with one to the sandbox endpoint as
// if it were AWS, the "Stored keys" dialog, and a missing keychain said plainly. Saves PNGs of
// the dialog and the profile box to <build>/screenshots.

#include "gui/guitestsupport.h"

#include "desktop/datasetcatalog.h"
#include "desktop/memorykeystore.h"
#include "desktop/storedkeys.h"
#include "jobs/jobtablemodel.h"
#include "ui/addaccesskeydialog.h"
#include "ui/connectionbar.h"
#include "ui/fieldmessage.h"
#include "ui/storedkeysdialog.h"

#include <QAbstractItemView>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>

class TestStoredKeysWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dialogSaysWhatIsWrong();
    void dialogRefusesATakenName();
    void storedKeysAreEntriesOfTheProfileBox();
    void connectsWithAStoredKey();
    void wrongStoredKeyIsReported();
    void addFromTheMenuStoresAndConnects();
    void storedKeysDialogReplacesAndRemoves();
    void noKeychainIsSaidPlainly();

private:
    // The real window on the sandbox's endpoint as if it were AWS: no sandbox mode, the keys
    // come from the stored ones, the home folder is empty but for one profile.
    void openWindow();
    StoredKey sandboxKey(const QString &name) const;
    void store(const StoredKey &key);
    void choose(const QString &entry);
    void shoot(QWidget *widget, const QString &name);
    template<typename T>
    T *child(QWidget *parent, const char *name) const
    {
        return parent->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<GuiHarness> m_app;
    QString m_screenshots;
};

void TestStoredKeysWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_screenshots = qEnvironmentVariableIsSet("IMPORTDESK_SCREENSHOT_DIR")
                        ? qEnvironmentVariable("IMPORTDESK_SCREENSHOT_DIR")
                        : QStringLiteral(IMPORTDESK_SCREENSHOT_DIR);
    QVERIFY(QDir().mkpath(m_screenshots));
}

void TestStoredKeysWindow::init()
{
    m_app = std::make_unique<GuiHarness>();
    QVERIFY(m_app->listening);
}

void TestStoredKeysWindow::cleanup()
{
    m_app.reset();
}

void TestStoredKeysWindow::openWindow()
{
    const QString home = m_app->path(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.aws")));
    QFile config(home + QStringLiteral("/.aws/config"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    // The sandbox's Region, which its endpoint serves.
    config.write("[profile dev]\nregion = " + m_app->server->options().region.toUtf8() + '\n');
    config.close();

    DesktopOptions options = m_app->options();
    options.sandbox = false;
    options.session.explicitCredentials.reset();
    options.keyStore = [] {
        return std::make_unique<MemoryKeyStore>();
    };
    options.profile = QStringLiteral("dev");
    m_app->openWindow(options);
    m_app->window->resize(1100, 700);
    QVERIFY(QTest::qWaitForWindowExposed(m_app->window.get()));
    // The profile has no keys: the connection fails until a stored key is chosen.
    QTRY_COMPARE(m_app->connection()->state(), ConnectionManager::State::Failed);
}

StoredKey TestStoredKeysWindow::sandboxKey(const QString &name) const
{
    StoredKey key;
    key.name = name;
    key.accessKeyId = m_app->server->options().accessKeyId;
    key.secretAccessKey = m_app->server->options().secretAccessKey;
    return key;
}

void TestStoredKeysWindow::store(const StoredKey &key)
{
    QSignalSpy saved(m_app->app->storedKeys(), &StoredKeys::saved);
    m_app->app->storedKeys()->save(key);
    QVERIFY(saved.wait(5000));
}

void TestStoredKeysWindow::choose(const QString &entry)
{
    QComboBox *profiles = m_app->window->connectionBar()->profileCombo();
    const int index = profiles->findText(entry);
    QVERIFY2(index >= 0, qPrintable(entry));
    profiles->setCurrentIndex(index);
    Q_EMIT profiles->activated(index);
}

void TestStoredKeysWindow::shoot(QWidget *widget, const QString &name)
{
    QTest::qWait(100);
    const QPixmap pixmap = widget->grab();
    QVERIFY(!pixmap.isNull());
    const QString file = m_screenshots + u'/' + name + QStringLiteral(".png");
    QVERIFY2(pixmap.save(file), qPrintable(file));
    qInfo().noquote() << "wrote" << file;
}

void TestStoredKeysWindow::dialogSaysWhatIsWrong()
{
    AddAccessKeyDialog dialog({}, ConnectionManager::regions());
    QSignalSpy entered(&dialog, &AddAccessKeyDialog::keyEntered);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = child<QDialogButtonBox>(&dialog, "")->button(QDialogButtonBox::Save);
    auto *keyId = child<QLineEdit>(&dialog, "accessKeyIdEdit");
    auto *keyIdMessage = child<FieldMessage>(&dialog, "accessKeyIdMessage");
    auto *secret = child<QLineEdit>(&dialog, "secretKeyEdit");
    auto *secretMessage = child<FieldMessage>(&dialog, "secretKeyMessage");
    auto *tokenMessage = child<FieldMessage>(&dialog, "sessionTokenMessage");
    auto *regionMessage = child<FieldMessage>(&dialog, "keyRegionMessage");
    // Nothing is shouted at an empty form, but it cannot be saved.
    QCOMPARE(keyIdMessage->kind(), FieldMessage::Kind::None);
    QVERIFY(!save->isEnabled());
    QCOMPARE(secret->echoMode(), QLineEdit::Password);

    QTest::keyClicks(child<QLineEdit>(&dialog, "keyNameEdit"), QStringLiteral("analytics"));
    // The secret pasted where the ID goes.
    QTest::keyClicks(keyId, QStringLiteral("wJalrXUtnFEMI/K7MDENG"));
    QCOMPARE(keyIdMessage->kind(), FieldMessage::Kind::Error);
    QVERIFY2(keyIdMessage->text().contains(u"only capital letters and digits"),
             qPrintable(keyIdMessage->text()));
    QVERIFY(keyId->accessibleDescription().contains(u"only capital letters and digits"));
    keyId->clear();
    QTest::keyClicks(keyId, QStringLiteral("AIDAIOSFODNN7EXAMPLE"));
    QVERIFY2(keyIdMessage->text().contains(u"starts with AKIA (a long-term key) or ASIA"),
             qPrintable(keyIdMessage->text()));
    keyId->clear();
    QTest::keyClicks(keyId, QStringLiteral("AKIA1234"));
    QVERIFY2(keyIdMessage->text().contains(u"16 to 128 characters; this one has 8"),
             qPrintable(keyIdMessage->text()));

    // A temporary key asks for its token.
    keyId->clear();
    QTest::keyClicks(keyId, QStringLiteral("ASIAIOSFODNN7EXAMPLE"));
    QCOMPARE(keyIdMessage->kind(), FieldMessage::Kind::None);
    QVERIFY2(tokenMessage->text().contains(u"works only with its session token"),
             qPrintable(tokenMessage->text()));

    QTest::keyClicks(secret, QStringLiteral("wJalrXUtnFEMI/K7MDENG bPxRfiCYEXAMPLEKEY"));
    QVERIFY2(secretMessage->text().contains(u"spaces or line breaks"),
             qPrintable(secretMessage->text()));
    QTest::keyClicks(child<QComboBox>(&dialog, "keyRegionCombo")->lineEdit(),
                     QStringLiteral("Ireland"));
    QVERIFY2(regionMessage->text().contains(u"eu-west-1"), qPrintable(regionMessage->text()));
    QVERIFY(!save->isEnabled());
    shoot(&dialog, QStringLiteral("add-access-key-errors"));

    // Corrected, it saves.
    secret->clear();
    QTest::keyClicks(secret, QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "sessionTokenEdit"),
                     QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLETOKEN"));
    auto *region = child<QComboBox>(&dialog, "keyRegionCombo")->lineEdit();
    region->clear();
    QTest::keyClicks(region, QStringLiteral("eu-west-1"));
    QCOMPARE(secretMessage->kind(), FieldMessage::Kind::None);
    QCOMPARE(tokenMessage->kind(), FieldMessage::Kind::None);
    QCOMPARE(regionMessage->kind(), FieldMessage::Kind::None);
    QVERIFY(save->isEnabled());
    shoot(&dialog, QStringLiteral("add-access-key"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(entered.size(), 1);
    const auto key = entered.first().at(0).value<StoredKey>();
    QCOMPARE(key.name, QStringLiteral("analytics"));
    QCOMPARE(key.accessKeyId, QStringLiteral("ASIAIOSFODNN7EXAMPLE"));
    QCOMPARE(key.region, QStringLiteral("eu-west-1"));
    QVERIFY(!dialog.isVisible());
}

void TestStoredKeysWindow::dialogRefusesATakenName()
{
    AddAccessKeyDialog dialog({QStringLiteral("prod")}, ConnectionManager::regions());
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, "keyNameEdit"), QStringLiteral("prod"));
    auto *message = child<FieldMessage>(&dialog, "keyNameMessage");
    QVERIFY2(message->text().contains(u"A stored key named “prod” exists already"),
             qPrintable(message->text()));
    // Replacing that key is allowed under its own name.
    AddAccessKeyDialog replacing({QStringLiteral("prod")}, ConnectionManager::regions());
    replacing.setReplacing(QStringLiteral("prod"));
    replacing.show();
    QVERIFY(child<QLineEdit>(&replacing, "keyNameEdit")->isReadOnly());
    QCOMPARE(child<FieldMessage>(&replacing, "keyNameMessage")->kind(), FieldMessage::Kind::None);
}

void TestStoredKeysWindow::storedKeysAreEntriesOfTheProfileBox()
{
    openWindow();
    store(sandboxKey(QStringLiteral("analytics")));
    QComboBox *profiles = m_app->window->connectionBar()->profileCombo();
    QTRY_VERIFY(profiles->findText(QStringLiteral("Stored key: analytics")) >= 0);
    const int profile = profiles->findText(QStringLiteral("dev"));
    const int key = profiles->findText(QStringLiteral("Stored key: analytics"));
    QVERIFY(profile >= 0);
    QVERIFY2(key > profile, "stored keys come after the profiles");
    QVERIFY(!profiles->itemIcon(key).isNull());
    QVERIFY(profiles->itemIcon(profile).isNull());
    QVERIFY(profiles->itemData(key, Qt::ToolTipRole).toString().contains(u"not an AWS profile"));
}

void TestStoredKeysWindow::connectsWithAStoredKey()
{
    openWindow();
    store(sandboxKey(QStringLiteral("analytics")));
    choose(QStringLiteral("Stored key: analytics"));
    QVERIFY(m_app->waitUntilReady());
    QCOMPARE(m_app->connection()->storedKey(), QStringLiteral("analytics"));
    auto *status = m_app->find<FieldMessage>("connectionStatus");
    QVERIFY2(status->text().contains(u"stored key analytics"), qPrintable(status->text()));
    QCOMPARE(m_app->window->connectionBar()->storedKey(), QStringLiteral("analytics"));
    QCOMPARE(m_app->window->connectionBar()->profileCombo()->currentText(),
             QStringLiteral("Stored key: analytics"));
    QCOMPARE(m_app->settings()->lastStoredKey(), QStringLiteral("analytics"));
    // The account's history is listed and followed with the key.
    const int history = static_cast<int>(m_app->server->state().jobs().size());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->app->jobs()->model()->rowCount(), history, 10000);
    QTRY_COMPARE(m_app->app->jobs()->catchUpRemaining(), 0);
    shoot(m_app->window->connectionBar(), QStringLiteral("profile-box-stored-key"));
    QComboBox *profiles = m_app->window->connectionBar()->profileCombo();
    profiles->showPopup();
    QTRY_VERIFY(profiles->view()->isVisible());
    shoot(profiles->view()->window(), QStringLiteral("profile-box-stored-key-list"));
    profiles->hidePopup();

    // Back to a profile, then a restart: the stored key is connected again.
    choose(QStringLiteral("dev"));
    QTRY_COMPARE(m_app->connection()->state(), ConnectionManager::State::Failed);
    QVERIFY(m_app->connection()->storedKey().isEmpty());
    QVERIFY(m_app->settings()->lastStoredKey().isEmpty());
    choose(QStringLiteral("Stored key: analytics"));
    QVERIFY(m_app->waitUntilReady());
}

void TestStoredKeysWindow::wrongStoredKeyIsReported()
{
    openWindow();
    StoredKey wrong = sandboxKey(QStringLiteral("rotated"));
    wrong.secretAccessKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGKEY99");
    store(wrong);
    choose(QStringLiteral("Stored key: rotated"));
    // The sandbox refuses the signature when the datasets are listed.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app->window->statusBar()->currentMessage().contains(u"The datasets could not be listed"),
        10000);
    QVERIFY(!m_app->window->statusBar()->currentMessage().contains(wrong.secretAccessKey));

    // A key deleted from the keychain behind Import Desk's back.
    m_app->settings()->setStoredKeyNames({QStringLiteral("gone"), QStringLiteral("rotated")});
    m_app->window->connectionBar()->setStoredKeys(m_app->app->storedKeys()->names(), {});
    choose(QStringLiteral("Stored key: gone"));
    auto *status = m_app->find<FieldMessage>("connectionStatus");
    QTRY_VERIFY2(status->text().contains(u"no longer in the system keychain"),
                 qPrintable(status->text()));
    QCOMPARE(status->kind(), FieldMessage::Kind::Error);
}

void TestStoredKeysWindow::addFromTheMenuStoresAndConnects()
{
    openWindow();
    QAction *add = m_app->window->addAccessKeyAction();
    QVERIFY(add->isEnabled());
    add->trigger();
    AddAccessKeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window->findChild<AddAccessKeyDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    const StoredKey key = sandboxKey(QStringLiteral("from the menu"));
    QTest::keyClicks(child<QLineEdit>(dialog, "keyNameEdit"), key.name);
    QTest::keyClicks(child<QLineEdit>(dialog, "accessKeyIdEdit"), key.accessKeyId);
    QTest::keyClicks(child<QLineEdit>(dialog, "secretKeyEdit"), key.secretAccessKey);
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "")->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(m_app->waitUntilReady());
    QCOMPARE(m_app->connection()->storedKey(), key.name);
    QCOMPARE(m_app->app->storedKeys()->names(), QStringList{key.name});
}

void TestStoredKeysWindow::storedKeysDialogReplacesAndRemoves()
{
    openWindow();
    store(sandboxKey(QStringLiteral("analytics")));
    store(sandboxKey(QStringLiteral("billing")));
    m_app->window->storedKeysAction()->trigger();
    StoredKeysDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window->findChild<StoredKeysDialog *>()) != nullptr);
    auto *list = child<QListWidget>(dialog, "storedKeysList");
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), QStringLiteral("analytics"));
    shoot(dialog, QStringLiteral("stored-keys"));

    // Replace: the name is kept, the key changes.
    list->setCurrentRow(1);
    QTest::mouseClick(child<QPushButton>(dialog, "replaceKeyButton"), Qt::LeftButton);
    AddAccessKeyDialog *replace = nullptr;
    QTRY_VERIFY((replace = dialog->findChild<AddAccessKeyDialog *>()) != nullptr);
    QCOMPARE(child<QLineEdit>(replace, "keyNameEdit")->text(), QStringLiteral("billing"));
    QTest::keyClicks(child<QLineEdit>(replace, "accessKeyIdEdit"),
                     QStringLiteral("AKIAREPLACEDKEY00001"));
    QTest::keyClicks(child<QLineEdit>(replace, "secretKeyEdit"),
                     QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYREPLACED01"));
    QSignalSpy saved(m_app->app->storedKeys(), &StoredKeys::saved);
    QTest::mouseClick(child<QDialogButtonBox>(replace, "")->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    QVERIFY(saved.wait(5000));
    auto *message = child<FieldMessage>(dialog, "storedKeysMessage");
    QTRY_VERIFY2(message->text().contains(u"“billing” is stored in the system keychain"),
                 qPrintable(message->text()));
    QCOMPARE(list->count(), 2);
    std::optional<QString> replacedId;
    m_app->app->storedKeys()->read(QStringLiteral("billing"), this,
                                   [&replacedId](const Result<StoredKey, QString> &key) {
                                       replacedId = key ? key->accessKeyId : key.error();
                                   });
    QTRY_VERIFY(replacedId.has_value());
    QCOMPARE(*replacedId, QStringLiteral("AKIAREPLACEDKEY00001"));

    // Remove asks first.
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(dialog, "removeKeyButton"), Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox *>(QStringLiteral("removeKeyBox"))) !=
                nullptr);
    QVERIFY(box->text().contains(u"analytics"));
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    }
    QVERIFY(remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("billing"));
    QCOMPARE(m_app->app->storedKeys()->names(), QStringList{QStringLiteral("billing")});
    QComboBox *profiles = m_app->window->connectionBar()->profileCombo();
    QTRY_COMPARE(profiles->findText(QStringLiteral("Stored key: analytics")), -1);
}

void TestStoredKeysWindow::noKeychainIsSaidPlainly()
{
    openWindow();
    auto *store = qobject_cast<MemoryKeyStore *>(m_app->app->storedKeys()->store());
    QVERIFY(store);
    store->setUnavailable(QStringLiteral("The name org.freedesktop.secrets was not provided"));
    m_app->app->storedKeys()->save(sandboxKey(QStringLiteral("temporary")));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_app->window->findChild<QMessageBox *>(
                     QStringLiteral("keychainWarningBox"))) != nullptr);
    QVERIFY2(box->text().contains(u"No system keychain could be reached"), qPrintable(box->text()));
    QVERIFY2(box->text().contains(u"kept only until Import Desk closes"), qPrintable(box->text()));
    // Usable for this session all the same.
    QVERIFY(m_app->waitUntilReady());
    QCOMPARE(m_app->connection()->storedKey(), QStringLiteral("temporary"));
    m_app->window->storedKeysAction()->trigger();
    StoredKeysDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->window->findChild<StoredKeysDialog *>()) != nullptr);
    QCOMPARE(child<QListWidget>(dialog, "storedKeysList")->item(0)->text(),
             QStringLiteral("temporary (until Import Desk closes)"));
    QVERIFY(m_app->settings()->storedKeyNames().isEmpty());
}

QTEST_MAIN(TestStoredKeysWindow)
#include "tst_storedkeyswindow.moc"
