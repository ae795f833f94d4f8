#include "aws/awsclient.h"

#include "aws/endpointpolicy.h"
#include "aws/logging.h"
#include "aws/sigv4signer.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

AwsClient::AwsClient(QObject *parent)
    : QObject(parent)
    , m_signer(std::make_unique<SigV4Signer>())
    , m_backoff([](int retry) {
        return RetryStrategy::backoff(retry, QRandomGenerator::global()->generateDouble());
    })
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    // Calls are independent of one another; no cookies, no caching of answers.
    m_network.setCookieJar(nullptr);
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

AwsClient::~AwsClient()
{
    // Calls in flight go first: they hold replies of the network access manager, a member
    // that is destroyed before QObject's destructor would delete them.
    const QList<AwsCall *> calls = findChildren<AwsCall *>(Qt::FindDirectChildrenOnly);
    for (AwsCall *call : calls)
        delete call;
}

void AwsClient::setSettings(const AwsClientSettings &settings)
{
    m_settings = settings;
}

void AwsClient::setCredentialsSource(CredentialsSource source)
{
    m_credentials = std::move(source);
}

void AwsClient::setStaticCredentials(const AwsCredentials &credentials)
{
    Redaction::registerSecret(credentials.secretAccessKey);
    Redaction::registerSecret(credentials.sessionToken);
    m_credentials = [credentials](QObject *context, CredentialsCallback callback) {
        QMetaObject::invokeMethod(
            context, [credentials, callback] { callback(credentials); }, Qt::QueuedConnection);
    };
}

void AwsClient::setCredentialsInvalidator(std::function<void()> invalidate)
{
    m_invalidateCredentials = std::move(invalidate);
}

AwsCall *AwsClient::call(const QString &service, const QString &target, const QJsonObject &payload)
{
    auto *started =
        new AwsCall(this, service, target, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    // Start from the event loop so that callers can connect to the call's signals first.
    QTimer::singleShot(0, started, &AwsCall::start);
    return started;
}

void AwsClient::setBackoffFunction(BackoffFunction backoff)
{
    m_backoff = std::move(backoff);
}

void AwsClient::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QByteArray AwsClient::userAgent()
{
    return QByteArrayLiteral("importdesk/" IMPORTDESK_VERSION);
}
