#include "desktop/memorykeystore.h"

#include <QPointer>

MemoryKeyStore::MemoryKeyStore(QObject *parent)
    : KeyStore(parent)
{}

MemoryKeyStore::~MemoryKeyStore() = default;

void MemoryKeyStore::answer(QObject *context, Callback callback, const Outcome &outcome)
{
    if (!context || !callback)
        return;
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), outcome] { callback(outcome); },
        Qt::QueuedConnection);
}

void MemoryKeyStore::write(const QString &name, const QByteArray &secret, QObject *context,
                           Callback callback)
{
    if (!m_unavailable.isEmpty()) {
        answer(context, std::move(callback), {Status::Unavailable, {}, m_unavailable});
        return;
    }
    m_entries.insert(name, secret);
    answer(context, std::move(callback), {});
}

void MemoryKeyStore::read(const QString &name, QObject *context, Callback callback)
{
    if (!m_unavailable.isEmpty()) {
        answer(context, std::move(callback), {Status::Unavailable, {}, m_unavailable});
        return;
    }
    const auto found = m_entries.constFind(name);
    if (found == m_entries.constEnd()) {
        answer(context, std::move(callback), {Status::NotFound, {}, {}});
        return;
    }
    answer(context, std::move(callback), {Status::Ok, *found, {}});
}

void MemoryKeyStore::remove(const QString &name, QObject *context, Callback callback)
{
    if (!m_unavailable.isEmpty()) {
        answer(context, std::move(callback), {Status::Unavailable, {}, m_unavailable});
        return;
    }
    m_entries.remove(name);
    answer(context, std::move(callback), {});
}
