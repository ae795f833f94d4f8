#pragma once

#include "desktop/keystore.h"

#include <QHash>

// A KeyStore in memory: for tests, and for the keys kept until Import Desk closes when the
// system keychain cannot be reached. setUnavailable() makes it answer as a missing keychain.
class MemoryKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryKeyStore)

public:
    explicit MemoryKeyStore(QObject *parent = nullptr);
    ~MemoryKeyStore() override;

    void write(const QString &name, const QByteArray &secret, QObject *context,
               Callback callback) override;
    void read(const QString &name, QObject *context, Callback callback) override;
    void remove(const QString &name, QObject *context, Callback callback) override;

    // Every later call fails with Unavailable and `reason`; an empty reason answers again.
    void setUnavailable(const QString &reason) { m_unavailable = reason; }
    bool contains(const QString &name) const { return m_entries.contains(name); }
    int count() const { return static_cast<int>(m_entries.size()); }

private:
    void answer(QObject *context, Callback callback, const Outcome &outcome);

    QHash<QString, QByteArray> m_entries;
    QString m_unavailable;
};
