#include "aws/awsclient.h"

#include "aws/endpointpolicy.h"
#include "aws/logging.h"
#include "aws/sigv4signer.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

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
    auto *started = new AwsCall(this, AwsProtocol::Json11, service, target,
                                QJsonDocument(payload).toJson(QJsonDocument::Compact));
    // Start from the event loop so that callers can connect to the call's signals first.
    QTimer::singleShot(0, started, &AwsCall::start);
    return started;
}

AwsCall *AwsClient::callQuery(const QString &service, const QString &action, const QString &version,
                              const QList<QPair<QString, QString>> &parameters)
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("Action"), action},
                                          {QStringLiteral("Version"), version}};
    fields += parameters;
    auto *started = new AwsCall(this, AwsProtocol::Query, service, action, formEncode(fields));
    QTimer::singleShot(0, started, &AwsCall::start);
    return started;
}

AwsCall *AwsClient::callUnsignedQuery(const QString &service, const QString &action,
                                      const QString &version,
                                      const QList<QPair<QString, QString>> &parameters)
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("Action"), action},
                                          {QStringLiteral("Version"), version}};
    fields += parameters;
    auto *started =
        new AwsCall(this, AwsProtocol::Query, service, action, formEncode(fields), false);
    QTimer::singleShot(0, started, &AwsCall::start);
    return started;
}

QByteArray AwsClient::formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        // Percent-encoding of UTF-8 leaves exactly the unreserved characters as they are, and
        // encodes a space as %20, as the SDKs do.
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
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
