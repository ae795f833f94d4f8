#pragma once

#include "desktop/keystore.h"

#include <chrono>

// The system keychain through qtkeychain: Secret Service or KWallet on Linux, the Keychain on
// macOS, the Credential Manager on Windows. Entries are filed under one service name. There
// is no plain-text fallback: a keychain that cannot be reached is reported as Unavailable.
class KeychainKeyStore final : public KeyStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainKeyStore)

public:
    static constexpr const char *kDefaultService = "io.github.importdesk.ImportDesk";
    // How long a keychain may take to answer, an unlock prompt included.
    static constexpr std::chrono::seconds kDeadline{120};

    explicit KeychainKeyStore(const QString &service = QLatin1String(kDefaultService),
                              QObject *parent = nullptr);
    ~KeychainKeyStore() override;

    QString service() const { return m_service; }

    void write(const QString &name, const QByteArray &secret, QObject *context,
               Callback callback) override;
    void read(const QString &name, QObject *context, Callback callback) override;
    void remove(const QString &name, QObject *context, Callback callback) override;

private:
    QString m_service;
};
