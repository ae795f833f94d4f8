#include "desktop/appsettings.h"
#include "desktop/keychainkeystore.h"
#include "desktop/storedkeys.h"

#include "common/testpeers.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The system keychain for real: a Secret Service (GNOME Keyring) in a private D-Bus session,
// as ctest starts this test (tests/integration/CMakeLists.txt). A key is written, read back,
// replaced and deleted through qtkeychain, and the list of stored keys works on it.
class TestKeychainKeyStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadReplaceRemove();
    void storedKeysOverTheKeychain();

private:
    KeyStore::Outcome run(const std::function<void(QObject *, KeyStore::Callback)> &call);
};

namespace {

// A service name of its own, so that nothing else in the keyring is touched.
const QString kService = QStringLiteral("io.github.importdesk.ImportDesk.test");
const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYKEYCHAIN01");

} // namespace

void TestKeychainKeyStore::initTestCase()
{
    // Only inside the private session ctest opens: never the keychain of the person running it.
    if (qEnvironmentVariable("IMPORTDESK_KEYCHAIN_SESSION") != u"1") {
        IMPORTDESK_PEER_MISSING("needs dbus-run-session and gnome-keyring-daemon (Debian: dbus, "
                                "gnome-keyring, libsecret-1-0); ctest runs the test inside them");
    }
    // The launcher starts the keyring beside the test: wait until it is on the bus.
    QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
    QVERIFY2(bus, "no D-Bus session bus");
    QTRY_VERIFY_WITH_TIMEOUT(bus->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")),
                             20000);
}

KeyStore::Outcome
TestKeychainKeyStore::run(const std::function<void(QObject *, KeyStore::Callback)> &call)
{
    std::optional<KeyStore::Outcome> answer;
    QObject context;
    call(&context, [&answer](const KeyStore::Outcome &outcome) { answer = outcome; });
    if (answer) {
        KeyStore::Outcome synchronous;
        synchronous.status = KeyStore::Status::Unavailable;
        synchronous.detail = QStringLiteral("answered from inside the call");
        return synchronous;
    }
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000)) {
        KeyStore::Outcome timeout;
        timeout.status = KeyStore::Status::Unavailable;
        timeout.detail = QStringLiteral("no answer within 20 s");
        return timeout;
    }
    return *answer;
}

void TestKeychainKeyStore::writeReadReplaceRemove()
{
    KeychainKeyStore store(kService);
    const QString name = QStringLiteral("analytics");
    auto outcome = run([&](QObject *context, KeyStore::Callback done) {
        store.write(name, kSecret.toUtf8(), context, done);
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.detail));

    outcome =
        run([&](QObject *context, KeyStore::Callback done) { store.read(name, context, done); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
    QCOMPARE(outcome.data, kSecret.toUtf8());

    outcome = run([&](QObject *context, KeyStore::Callback done) {
        store.write(name, "replaced-secret-value", context, done);
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
    outcome =
        run([&](QObject *context, KeyStore::Callback done) { store.read(name, context, done); });
    QCOMPARE(outcome.data, QByteArray("replaced-secret-value"));

    outcome =
        run([&](QObject *context, KeyStore::Callback done) { store.remove(name, context, done); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
    outcome =
        run([&](QObject *context, KeyStore::Callback done) { store.read(name, context, done); });
    QCOMPARE(outcome.status, KeyStore::Status::NotFound);
    // Removing what is gone is not an error.
    outcome =
        run([&](QObject *context, KeyStore::Callback done) { store.remove(name, context, done); });
    QVERIFY2(outcome.ok(), qPrintable(outcome.detail));
}

void TestKeychainKeyStore::storedKeysOverTheKeychain()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppSettings settings(dir.filePath(QStringLiteral("importdesk.ini")));
    StoredKeys keys(&settings, std::make_unique<KeychainKeyStore>(kService));

    StoredKey key;
    key.name = QStringLiteral("billing");
    key.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    key.secretAccessKey = kSecret;
    key.region = QStringLiteral("eu-west-1");
    QSignalSpy saved(&keys, &StoredKeys::saved);
    keys.save(key);
    QVERIFY(saved.wait(20000));
    QCOMPARE(saved.first().at(1).toString(), QString()); // in the keychain: no warning
    QVERIFY(!keys.isSessionOnly(key.name));

    // A new start reads it from the keychain by the name in the settings.
    StoredKeys restarted(&settings, std::make_unique<KeychainKeyStore>(kService));
    QCOMPARE(restarted.names(), QStringList{key.name});
    std::optional<Result<StoredKey, QString>> back;
    restarted.read(key.name, this,
                   [&back](const Result<StoredKey, QString> &result) { back = result; });
    QVERIFY(QTest::qWaitFor([&back] { return back.has_value(); }, 20000));
    QVERIFY2(back->ok(), qPrintable(back->ok() ? QString() : back->error()));
    QCOMPARE(back->value().secretAccessKey, kSecret);
    QCOMPARE(back->value().region, key.region);

    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(kSecret.toUtf8()));

    QSignalSpy removed(&restarted, &StoredKeys::removed);
    restarted.remove(key.name);
    QVERIFY(removed.wait(20000));
    QVERIFY(restarted.names().isEmpty());
}

QTEST_GUILESS_MAIN(TestKeychainKeyStore)
#include "tst_keychainkeystore.moc"
