#include "desktop/storedkeys.h"

#include "desktop/appsettings.h"
#include "desktop/memorykeystore.h"

#include <algorithm>

StoredKeys::StoredKeys(AppSettings *settings, std::unique_ptr<KeyStore> store, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_store(std::move(store))
    , m_session(std::make_unique<MemoryKeyStore>())
{}

StoredKeys::~StoredKeys() = default;

QStringList StoredKeys::persistedNames() const
{
    return m_settings->storedKeyNames();
}

void StoredKeys::setPersistedNames(QStringList names)
{
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    m_settings->setStoredKeyNames(names);
    m_settings->sync();
}

QStringList StoredKeys::names() const
{
    QStringList all = persistedNames() + m_sessionNames;
    all.removeDuplicates();
    std::sort(all.begin(), all.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return all;
}

bool StoredKeys::isSessionOnly(const QString &name) const
{
    return m_sessionNames.contains(name);
}

QString StoredKeys::unavailableMessage(const QString &name, const KeyStore::Outcome &outcome) const
{
    const QString why = outcome.detail.isEmpty() ? QString() : u" (" + outcome.detail + u')';
    if (outcome.status == KeyStore::Status::Denied) {
        return tr("Access to the system keychain was refused%1, so the key “%2” is kept only "
                  "until Import Desk closes. Allow Import Desk to use the keychain and add the "
                  "key again to keep it.")
            .arg(why, name);
    }
    return tr("No system keychain could be reached%1, so the key “%2” is kept only until Import "
              "Desk closes. Start or unlock your keychain (for example GNOME Keyring or KWallet) "
              "and add the key again to keep it.")
        .arg(why, name);
}

void StoredKeys::save(const StoredKey &input)
{
    StoredKey key = input;
    key.name = key.name.trimmed();
    key.accessKeyId = key.accessKeyId.trimmed();
    key.region = key.region.trimmed();
    key.registerSecrets();
    const QString name = key.name;
    const QByteArray secret = key.toSecret();
    m_store->write(name, secret, this, [this, name, secret](const KeyStore::Outcome &outcome) {
        if (outcome.ok()) {
            // A session-only copy of an earlier attempt is superseded.
            m_sessionNames.removeAll(name);
            m_session->remove(name, this, [](const KeyStore::Outcome &) {});
            setPersistedNames(persistedNames() << name);
            Q_EMIT changed();
            Q_EMIT saved(name, QString());
            return;
        }
        const QString warning = unavailableMessage(name, outcome);
        m_session->write(name, secret, this, [this, name, warning](const KeyStore::Outcome &) {
            if (!m_sessionNames.contains(name))
                m_sessionNames.append(name);
            Q_EMIT changed();
            Q_EMIT saved(name, warning);
        });
    });
}

void StoredKeys::remove(const QString &name)
{
    if (isSessionOnly(name)) {
        m_session->remove(name, this, [this, name](const KeyStore::Outcome &) {
            m_sessionNames.removeAll(name);
            Q_EMIT changed();
            Q_EMIT removed(name);
        });
        return;
    }
    m_store->remove(name, this, [this, name](const KeyStore::Outcome &outcome) {
        if (!outcome.ok()) {
            const QString why =
                outcome.detail.isEmpty() ? QString() : u" (" + outcome.detail + u')';
            Q_EMIT failed(name, tr("The key “%1” could not be removed from the system "
                                   "keychain%2. It is still listed; try again once the keychain "
                                   "is unlocked.")
                                    .arg(name, why));
            return;
        }
        QStringList names = persistedNames();
        names.removeAll(name);
        setPersistedNames(names);
        Q_EMIT changed();
        Q_EMIT removed(name);
    });
}

void StoredKeys::read(const QString &name, QObject *context, KeyCallback callback)
{
    if (!context || !callback)
        return;
    KeyStore *store = isSessionOnly(name) ? m_session.get() : m_store.get();
    store->read(name, context, [name, callback](const KeyStore::Outcome &outcome) {
        if (outcome.ok()) {
            const std::optional<StoredKey> key = StoredKey::fromSecret(name, outcome.data);
            if (!key) {
                callback(tr("The stored key “%1” is damaged. Remove it in Stored keys and add "
                            "it again.")
                             .arg(name));
                return;
            }
            key->registerSecrets();
            callback(*key);
            return;
        }
        const QString why = outcome.detail.isEmpty() ? QString() : u" (" + outcome.detail + u')';
        switch (outcome.status) {
        case KeyStore::Status::NotFound:
            callback(tr("The stored key “%1” is no longer in the system keychain. Add it again "
                        "with Add access key.")
                         .arg(name));
            return;
        case KeyStore::Status::Denied:
            callback(tr("Access to the system keychain was refused%1, so the stored key “%2” "
                        "cannot be read. Allow Import Desk to use the keychain, then choose the "
                        "key again.")
                         .arg(why, name));
            return;
        case KeyStore::Status::Ok:
        case KeyStore::Status::Unavailable:
            break;
        }
        callback(tr("No system keychain could be reached%1, so the stored key “%2” cannot be "
                    "read. Start or unlock your keychain (for example GNOME Keyring or KWallet), "
                    "then choose the key again.")
                     .arg(why, name));
    });
}
