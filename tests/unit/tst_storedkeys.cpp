#include "desktop/appsettings.h"
#include "desktop/memorykeystore.h"
#include "desktop/storedkeys.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Stored access keys over the KeyStore seam: added, listed, replaced and removed with their
// names in the settings and their secrets only in the store; kept for the session, with a
// plain warning, when no keychain can be reached; and each read failure with what to do.
class TestStoredKeys final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addListsTheName();
    void replaceKeepsOneEntry();
    void removeForgetsNameAndSecret();
    void noKeychainKeepsTheKeyForTheSession();
    void keychainBackLaterStoresForGood();
    void missingEntryTellsWhatToDo();
    void unreachableKeychainOnReadTellsWhatToDo();
    void removeFailureKeepsTheName();
    void secretsNeverReachTheSettings();

private:
    StoredKey key(const QString &name, const QString &secret = QString()) const;
    // Saves and waits for saved(); returns the warning.
    QString save(const StoredKey &key);
    Result<StoredKey, QString> read(const QString &name);
    QByteArray settingsText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    MemoryKeyStore *m_store = nullptr;
    std::unique_ptr<StoredKeys> m_keys;
};

namespace {

const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYSTOREDKEY1");
const QString kOtherSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYSTOREDKEY2");

} // namespace

void TestStoredKeys::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("importdesk.ini")));
    auto store = std::make_unique<MemoryKeyStore>();
    m_store = store.get();
    m_keys = std::make_unique<StoredKeys>(m_settings.get(), std::move(store));
}

void TestStoredKeys::cleanup()
{
    m_keys.reset();
    m_settings.reset();
    m_dir.reset();
}

StoredKey TestStoredKeys::key(const QString &name, const QString &secret) const
{
    StoredKey key;
    key.name = name;
    key.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    key.secretAccessKey = secret.isEmpty() ? kSecret : secret;
    key.region = QStringLiteral("eu-west-1");
    return key;
}

QString TestStoredKeys::save(const StoredKey &key)
{
    QSignalSpy saved(m_keys.get(), &StoredKeys::saved);
    m_keys->save(key);
    // Never answered from inside the call.
    if (!saved.isEmpty())
        return QStringLiteral("answered synchronously");
    if (!saved.wait(5000))
        return QStringLiteral("no answer");
    if (saved.first().at(0).toString() != key.name.trimmed())
        return QStringLiteral("another name");
    return saved.first().at(1).toString();
}

Result<StoredKey, QString> TestStoredKeys::read(const QString &name)
{
    std::optional<Result<StoredKey, QString>> answer;
    QObject context;
    m_keys->read(name, &context,
                 [&answer](const Result<StoredKey, QString> &result) { answer = result; });
    if (answer)
        return QStringLiteral("answered synchronously");
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
        return QStringLiteral("no answer");
    return *answer;
}

QByteArray TestStoredKeys::settingsText() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestStoredKeys::addListsTheName()
{
    QSignalSpy changed(m_keys.get(), &StoredKeys::changed);
    QCOMPARE(save(key(QStringLiteral("analytics"))), QString());
    QCOMPARE(save(key(QStringLiteral(" billing "))), QString());
    QCOMPARE(m_keys->names(),
             (QStringList{QStringLiteral("analytics"), QStringLiteral("billing")}));
    QCOMPARE(changed.size(), 2);
    QVERIFY(!m_keys->isSessionOnly(QStringLiteral("analytics")));
    QVERIFY(m_store->contains(QStringLiteral("billing")));

    // The names survive a restart; the keys come back from the store.
    m_keys = std::make_unique<StoredKeys>(m_settings.get(), std::make_unique<MemoryKeyStore>());
    QCOMPARE(m_keys->names(),
             (QStringList{QStringLiteral("analytics"), QStringLiteral("billing")}));
}

void TestStoredKeys::replaceKeepsOneEntry()
{
    QCOMPARE(save(key(QStringLiteral("analytics"))), QString());
    QCOMPARE(save(key(QStringLiteral("analytics"), kOtherSecret)), QString());
    QCOMPARE(m_keys->names(), QStringList{QStringLiteral("analytics")});
    QCOMPARE(m_store->count(), 1);
    const auto back = read(QStringLiteral("analytics"));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error()));
    QCOMPARE(back->secretAccessKey, kOtherSecret);
    QCOMPARE(back->region, QStringLiteral("eu-west-1"));
}

void TestStoredKeys::removeForgetsNameAndSecret()
{
    QCOMPARE(save(key(QStringLiteral("analytics"))), QString());
    QSignalSpy removed(m_keys.get(), &StoredKeys::removed);
    m_keys->remove(QStringLiteral("analytics"));
    QVERIFY(removed.wait(5000));
    QCOMPARE(removed.first().at(0).toString(), QStringLiteral("analytics"));
    QVERIFY(m_keys->names().isEmpty());
    QCOMPARE(m_store->count(), 0);
    QVERIFY(!settingsText().contains("analytics"));
}

void TestStoredKeys::noKeychainKeepsTheKeyForTheSession()
{
    m_store->setUnavailable(
        QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files"));
    const QString warning = save(key(QStringLiteral("analytics")));
    QVERIFY2(warning.contains(u"No system keychain could be reached"), qPrintable(warning));
    QVERIFY2(warning.contains(u"kept only until Import Desk closes"), qPrintable(warning));
    QVERIFY2(warning.contains(u"org.freedesktop.secrets"), qPrintable(warning));
    QVERIFY(!warning.contains(kSecret));
    QCOMPARE(m_keys->names(), QStringList{QStringLiteral("analytics")});
    QVERIFY(m_keys->isSessionOnly(QStringLiteral("analytics")));
    // Usable now, from memory...
    const auto back = read(QStringLiteral("analytics"));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error()));
    QCOMPARE(back->secretAccessKey, kSecret);
    // ...but not written down anywhere: the next start does not know it.
    QVERIFY(!settingsText().contains("analytics"));
    QCOMPARE(m_store->count(), 0);
    m_keys = std::make_unique<StoredKeys>(m_settings.get(), std::make_unique<MemoryKeyStore>());
    QVERIFY(m_keys->names().isEmpty());
}

void TestStoredKeys::keychainBackLaterStoresForGood()
{
    m_store->setUnavailable(QStringLiteral("locked"));
    QVERIFY(!save(key(QStringLiteral("analytics"))).isEmpty());
    m_store->setUnavailable(QString());
    QCOMPARE(save(key(QStringLiteral("analytics"))), QString());
    QVERIFY(!m_keys->isSessionOnly(QStringLiteral("analytics")));
    QCOMPARE(m_keys->names(), QStringList{QStringLiteral("analytics")});
    QVERIFY(settingsText().contains("analytics"));
}

void TestStoredKeys::missingEntryTellsWhatToDo()
{
    // Listed in the settings, but deleted from the keychain by another program.
    m_settings->setStoredKeyNames({QStringLiteral("gone")});
    const auto back = read(QStringLiteral("gone"));
    QVERIFY(!back.ok());
    QVERIFY2(back.error().contains(u"no longer in the system keychain"), qPrintable(back.error()));
    QVERIFY2(back.error().contains(u"Add it again"), qPrintable(back.error()));
}

void TestStoredKeys::unreachableKeychainOnReadTellsWhatToDo()
{
    QCOMPARE(save(key(QStringLiteral("analytics"))), QString());
    m_store->setUnavailable(QStringLiteral("no Secret Service"));
    const auto back = read(QStringLiteral("analytics"));
    QVERIFY(!back.ok());
    QVERIFY2(back.error().contains(u"No system keychain could be reached (no Secret Service)"),
             qPrintable(back.error()));
    QVERIFY2(back.error().contains(u"unlock your keychain"), qPrintable(back.error()));
}

void TestStoredKeys::removeFailureKeepsTheName()
{
    QCOMPARE(save(key(QStringLiteral("analytics"))), QString());
    m_store->setUnavailable(QStringLiteral("locked"));
    QSignalSpy failed(m_keys.get(), &StoredKeys::failed);
    m_keys->remove(QStringLiteral("analytics"));
    QVERIFY(failed.wait(5000));
    QVERIFY2(failed.first().at(1).toString().contains(u"could not be removed"),
             qPrintable(failed.first().at(1).toString()));
    QCOMPARE(m_keys->names(), QStringList{QStringLiteral("analytics")});
}

void TestStoredKeys::secretsNeverReachTheSettings()
{
    StoredKey temporary = key(QStringLiteral("temp"));
    temporary.accessKeyId = QStringLiteral("ASIAIOSFODNN7EXAMPLE");
    temporary.sessionToken = QStringLiteral("IQoJb3JpZ2luX2VjSESSIONTOKENEXAMPLE");
    QCOMPARE(save(temporary), QString());
    const QByteArray text = settingsText();
    QVERIFY(text.contains("temp"));
    QVERIFY(!text.contains(kSecret.toUtf8()));
    QVERIFY(!text.contains("IQoJb3JpZ2luX2VjSESSIONTOKENEXAMPLE"));
    QVERIFY(!text.contains("ASIAIOSFODNN7EXAMPLE"));
}

QTEST_GUILESS_MAIN(TestStoredKeys)
#include "tst_storedkeys.moc"
