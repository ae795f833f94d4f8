#pragma once

#include "aws/result.h"
#include "desktop/keystore.h"
#include "desktop/storedkey.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class AppSettings;
class MemoryKeyStore;

// The access keys the user stored in Import Desk: their names in the settings, their secrets
// only in the KeyStore (the system keychain). When the keychain cannot be reached, a key is
// kept in memory until Import Desk closes and the user is told so. Every read and write
// answers later; nothing waits on the keychain.
class StoredKeys final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoredKeys)

public:
    using KeyCallback = std::function<void(const Result<StoredKey, QString> &)>;

    // Borrows `settings`; owns `store`.
    StoredKeys(AppSettings *settings, std::unique_ptr<KeyStore> store, QObject *parent = nullptr);
    ~StoredKeys() override;

    // Every stored key's name, sorted; those of this session only included.
    QStringList names() const;
    bool contains(const QString &name) const { return names().contains(name); }
    // True for a key kept in memory because the keychain could not be reached.
    bool isSessionOnly(const QString &name) const;
    KeyStore *store() const { return m_store.get(); }

    // Stores `key` (replacing one of the same name). Answers with saved() or failed().
    void save(const StoredKey &key);
    // Forgets the key and deletes it from the keychain. Answers with removed() or failed().
    void remove(const QString &name);
    // Reads the key, later, on `context`; the error says what to do.
    void read(const QString &name, QObject *context, KeyCallback callback);

Q_SIGNALS:
    // The list of names changed.
    void changed();
    // `warning` is empty when the key is in the keychain, else it says why it is kept only for
    // this session.
    void saved(const QString &name, const QString &warning);
    void removed(const QString &name);
    void failed(const QString &name, const QString &message);

private:
    QStringList persistedNames() const;
    void setPersistedNames(QStringList names);
    QString unavailableMessage(const QString &name, const KeyStore::Outcome &outcome) const;

    AppSettings *m_settings;
    std::unique_ptr<KeyStore> m_store;
    // Keys that could not go to the keychain, until the app closes.
    std::unique_ptr<MemoryKeyStore> m_session;
    QStringList m_sessionNames;
};
