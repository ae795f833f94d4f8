#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Where secrets are kept under a name: the system keychain in the app, memory in tests and
// when no keychain can be reached. Every call answers later, through the callback on
// `context`'s thread, never from inside the call; nothing is called if `context` is gone.
class KeyStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)

public:
    enum class Status {
        Ok,
        NotFound,    // no entry under that name
        Unavailable, // no keychain could be reached (no Secret Service, locked, not supported)
        Denied,      // the user or the system refused access
    };
    Q_ENUM(Status)

    struct Outcome
    {
        Status status = Status::Ok;
        QByteArray data; // what was read; empty otherwise
        QString detail;  // the keychain's own words when it failed; never holds a secret
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit KeyStore(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~KeyStore() override = default;

    virtual void write(const QString &name, const QByteArray &secret, QObject *context,
                       Callback callback) = 0;
    virtual void read(const QString &name, QObject *context, Callback callback) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &name, QObject *context, Callback callback) = 0;
};
