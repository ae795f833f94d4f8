#include "aws/ssooidcclient.h"

#include "aws/boundedfile.h"
#include "aws/endpointpolicy.h"
#include "aws/errorparser.h"
#include "aws/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

AwsError oidcError(AwsError::Kind kind, const QString &message, const QString &code = {})
{
    return AwsError::make(kind, message, code);
}

} // namespace

SsoOidcClient::SsoOidcClient(QNetworkAccessManager *network, const QUrl &endpoint, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(endpoint)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        finish(oidcError(AwsError::Kind::Timeout,
                         tr("IAM Identity Center at %1 did not answer in time. Check the network "
                            "connection and try again.")
                             .arg(m_endpoint.host())));
    });
}

SsoOidcClient::~SsoOidcClient()
{
    abort();
}

void SsoOidcClient::abort()
{
    m_deadline.stop();
    m_done = nullptr;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void SsoOidcClient::registerClient(const QString &clientName, const QStringList &scopes,
                                   Callback done)
{
    QJsonObject body{{QStringLiteral("clientName"), clientName},
                     {QStringLiteral("clientType"), QStringLiteral("public")}};
    if (!scopes.isEmpty())
        body.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    post(QStringLiteral("/client/register"), body, std::move(done));
}

void SsoOidcClient::startDeviceAuthorization(const QString &clientId, const QString &clientSecret,
                                             const QString &startUrl, Callback done)
{
    post(QStringLiteral("/device_authorization"),
         QJsonObject{{QStringLiteral("clientId"), clientId},
                     {QStringLiteral("clientSecret"), clientSecret},
                     {QStringLiteral("startUrl"), startUrl}},
         std::move(done));
}

void SsoOidcClient::createToken(const QJsonObject &request, Callback done)
{
    post(QStringLiteral("/token"), request, std::move(done));
}

QString SsoOidcClient::errorCode(const QByteArray &errorTypeHeader, const QJsonObject &body)
{
    QString code = QString::fromLatin1(errorTypeHeader).section(u':', 0, 0).trimmed();
    if (code.isEmpty())
        code = body.value(u"__type").toString().section(u'#', -1);
    if (code.isEmpty()) {
        // OAuth's snake_case names: slow_down → SlowDownException.
        const QString oauth = body.value(u"error").toString();
        for (const QString &word : oauth.split(u'_', Qt::SkipEmptyParts))
            code += word.at(0).toUpper() + word.mid(1);
        if (!code.isEmpty() && !code.endsWith(u"Exception"))
            code += QStringLiteral("Exception");
    }
    return code;
}

void SsoOidcClient::post(const QString &path, const QJsonObject &body, Callback done)
{
    if (isRunning()) {
        QMetaObject::invokeMethod(
            this,
            [done] {
                done(oidcError(AwsError::Kind::Cancelled,
                               tr("An IAM Identity Center call is already in progress.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_done = std::move(done);
    // Client secrets and tokens go only where a signed request may go.
    const QString refusal = m_endpoint.isValid() ? EndpointPolicy::check(m_endpoint)
                                                 : tr("the address is not a valid URL.");
    if (!m_network || !refusal.isEmpty()) {
        const AwsError error =
            m_network
                ? oidcError(
                      AwsError::Kind::Configuration,
                      tr("The IAM Identity Center sign-in address is not used: %1").arg(refusal))
                : oidcError(AwsError::Kind::Network,
                            tr("No network access is available for IAM Identity Center."));
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = m_endpoint;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_deadlineMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcAwsCredentials).noquote()
        << "IAM Identity Center OIDC call" << path << "to" << url.host();
    m_body.clear();
    m_reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_reply->setReadBufferSize(16 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &SsoOidcClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SsoOidcClient::onFinished);
    m_deadline.start(m_deadlineMs);
}

void SsoOidcClient::onReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > kMaxAnswerBytes) {
        m_body.clear();
        finish(oidcError(AwsError::Kind::InvalidResponse,
                         tr("IAM Identity Center sent an answer larger than %1, far more than a "
                            "sign-in takes, so it was not read. Try again later.")
                             .arg(BoundedFile::sizeText(kMaxAnswerBytes))));
    }
}

void SsoOidcClient::onFinished()
{
    QNetworkReply *reply = m_reply;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.toInt();
    const QByteArray body = std::exchange(m_body, {}) + reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transportFailed =
        networkError > QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied;
    if (!statusAttribute.isValid() || transportFailed ||
        networkError == QNetworkReply::ProtocolFailure || body.size() > kMaxAnswerBytes) {
        finish(oidcError(AwsError::Kind::Network,
                         tr("IAM Identity Center at %1 could not be reached or did not answer "
                            "in full (%2). Check the network connection and the profile's "
                            "sso_region.")
                             .arg(reply->url().host(), reply->errorString())));
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const char *key : {"accessToken", "refreshToken", "idToken", "clientSecret", "deviceCode"})
        Redaction::registerSecret(object.value(QLatin1String(key)).toString());
    if (status >= 200 && status < 300) {
        finish(object);
        return;
    }
    AwsError error = oidcError(AwsError::Kind::Service, QString(),
                               errorCode(reply->rawHeader("x-amzn-ErrorType"), object));
    error.httpStatus = status;
    error.requestId = QString::fromLatin1(reply->rawHeader("x-amzn-RequestId"));
    QString message = object.value(u"error_description").toString();
    if (message.isEmpty())
        message = object.value(u"message").toString();
    error.message = ErrorParser::shortened(Redaction::redact(message));
    finish(error);
}

void SsoOidcClient::finish(const Result<QJsonObject, AwsError> &result)
{
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}
