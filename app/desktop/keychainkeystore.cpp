#include "desktop/keychainkeystore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

#include <memory>
#include <utility>

namespace {

KeyStore::Outcome outcomeOf(const QKeychain::Job *job, const QByteArray &data = {})
{
    KeyStore::Outcome outcome;
    switch (job->error()) {
    case QKeychain::NoError:
        outcome.data = data;
        return outcome;
    case QKeychain::EntryNotFound:
        outcome.status = KeyStore::Status::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        outcome.status = KeyStore::Status::Denied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        outcome.status = KeyStore::Status::Unavailable;
        break;
    }
    outcome.detail = job->errorString();
    return outcome;
}

// Runs `job` and hands its outcome to `callback` on `context`; qtkeychain deletes the job.
void run(QKeychain::Job *job, QObject *context, KeyStore::Callback callback, bool readsData)
{
    job->setAutoDelete(true);
    // Never a plain-text copy in settings when the keychain is missing.
    job->setInsecureFallback(false);
    // A keychain that never answers (a hung service) is reported as missing after a while
    // long enough for a person to type an unlock password; its late answer is dropped.
    auto answered = std::make_shared<bool>(false);
    auto *deadline = new QTimer(job);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, context, [callback, answered] {
        if (std::exchange(*answered, true))
            return;
        KeyStore::Outcome outcome;
        outcome.status = KeyStore::Status::Unavailable;
        outcome.detail = KeychainKeyStore::tr("no answer within %1 seconds")
                             .arg(KeychainKeyStore::kDeadline.count());
        callback(outcome);
    });
    deadline->start(KeychainKeyStore::kDeadline);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [callback = std::move(callback), readsData, answered](QKeychain::Job *finished) {
            if (std::exchange(*answered, true))
                return;
            QByteArray data;
            if (readsData && finished->error() == QKeychain::NoError) {
                data = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            }
            callback(outcomeOf(finished, data));
        });
    // The job starts from the event loop and answers through it: never within this call.
    job->start();
}

} // namespace

KeychainKeyStore::KeychainKeyStore(const QString &service, QObject *parent)
    : KeyStore(parent)
    , m_service(service)
{}

KeychainKeyStore::~KeychainKeyStore() = default;

void KeychainKeyStore::write(const QString &name, const QByteArray &secret, QObject *context,
                             Callback callback)
{
    if (!context || !callback)
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(name);
    job->setBinaryData(secret);
    run(job, context, std::move(callback), false);
}

void KeychainKeyStore::read(const QString &name, QObject *context, Callback callback)
{
    if (!context || !callback)
        return;
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(name);
    run(job, context, std::move(callback), true);
}

void KeychainKeyStore::remove(const QString &name, QObject *context, Callback callback)
{
    if (!context || !callback)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(name);
    run(
        job, context,
        [callback = std::move(callback)](const Outcome &outcome) {
            // Already gone is what was asked for.
            callback(outcome.status == Status::NotFound ? Outcome{} : outcome);
        },
        false);
}
