#include "aws/ssodeviceauthorization.h"

#include "aws/logging.h"
#include "aws/ssooidcclient.h"
#include "aws/ssooidcservice.h"
#include "aws/ssotokencache.h"

#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace std::chrono_literals;

namespace {

constexpr auto kDefaultInterval = 5s;
constexpr auto kMaxInterval = 60s;

} // namespace

SsoDeviceAuthorization::SsoDeviceAuthorization(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<SsoUserCode>();
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &SsoDeviceAuthorization::poll);
}

SsoDeviceAuthorization::~SsoDeviceAuthorization() = default;

void SsoDeviceAuthorization::cancel()
{
    m_running = false;
    m_pollTimer.stop();
    if (m_client) {
        m_client->abort();
        m_client->deleteLater();
        m_client = nullptr;
    }
}

void SsoDeviceAuthorization::start(const SsoProfileConfig &sso,
                                   const QProcessEnvironment &environment,
                                   const SharedConfig &config)
{
    cancel();
    m_running = true;
    m_sso = sso;
    m_cacheFile = SsoCredentials::cacheFilePath(config.homeDir(), sso);
    m_interval = kDefaultInterval;
    const auto endpoint = SsoOidcService::endpoint(sso.profile, sso.region, environment, config);
    if (!endpoint) {
        const QString message = endpoint.error().message;
        QMetaObject::invokeMethod(
            this, [this, message] { fail(message); }, Qt::QueuedConnection);
        return;
    }
    m_client = new SsoOidcClient(m_network, endpoint.value(), this);
    m_client->setDeadline(m_callDeadlineMs);
    QStringList scopes = sso.registrationScopes;
    if (scopes.isEmpty() && !sso.sessionName.isEmpty())
        scopes = QStringList{defaultScope()};
    qCInfo(lcAwsCredentials).noquote() << "Signing in to IAM Identity Center for profile"
                                       << sso.profile << "at" << endpoint->host();
    m_client->registerClient(clientName(), scopes, [this](const auto &answer) {
        if (!answer)
            fail(serviceFailure(answer.error()));
        else
            onRegistered(answer.value());
    });
}

void SsoDeviceAuthorization::onRegistered(const QJsonObject &answer)
{
    m_clientId = answer.value(u"clientId").toString();
    m_clientSecret = answer.value(u"clientSecret").toString();
    const QJsonValue expires = answer.value(u"clientSecretExpiresAt");
    if (m_clientId.isEmpty() || m_clientSecret.isEmpty() || !expires.isDouble()) {
        fail(tr("IAM Identity Center sent an answer without a usable client registration. Try "
                "again later."));
        return;
    }
    m_registrationExpiresAt = QDateTime::fromSecsSinceEpoch(qint64(expires.toDouble()), Qt::UTC);
    m_client->startDeviceAuthorization(m_clientId, m_clientSecret, m_sso.startUrl,
                                       [this](const auto &result) {
                                           if (!result)
                                               fail(serviceFailure(result.error()));
                                           else
                                               onAuthorizationStarted(result.value());
                                       });
}

void SsoDeviceAuthorization::onAuthorizationStarted(const QJsonObject &answer)
{
    SsoUserCode code;
    m_deviceCode = answer.value(u"deviceCode").toString();
    code.userCode = answer.value(u"userCode").toString();
    code.verificationUri = QUrl(answer.value(u"verificationUri").toString(), QUrl::StrictMode);
    code.verificationUriComplete =
        QUrl(answer.value(u"verificationUriComplete").toString(), QUrl::StrictMode);
    const QJsonValue expiresIn = answer.value(u"expiresIn");
    // Only web pages are opened for the user.
    const auto isWebPage = [](const QUrl &url) {
        return url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http") &&
               !url.host().isEmpty();
    };
    if (m_deviceCode.isEmpty() || code.userCode.isEmpty() || !expiresIn.isDouble() ||
        !isWebPage(code.verificationUri)) {
        fail(tr("IAM Identity Center sent an answer without a usable sign-in code. Try again "
                "later."));
        return;
    }
    if (!isWebPage(code.verificationUriComplete))
        code.verificationUriComplete = code.verificationUri;
    code.expiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(expiresIn.toDouble()));
    m_codeExpiresAt = code.expiresAt;
    const QJsonValue interval = answer.value(u"interval");
    if (interval.isDouble() && interval.toDouble() > 0)
        m_interval = std::min<std::chrono::milliseconds>(
            std::chrono::seconds(qint64(interval.toDouble())), kMaxInterval);
    Q_EMIT codeReady(code);
    if (m_running)
        m_pollTimer.start(m_interval);
}

void SsoDeviceAuthorization::poll()
{
    if (!m_running || !m_client)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_codeExpiresAt) {
        fail(tr("The sign-in code expired before it was confirmed. Sign in again and confirm "
                "the new code in the browser."));
        return;
    }
    const QJsonObject request{{QStringLiteral("grantType"),
                               QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")},
                              {QStringLiteral("clientId"), m_clientId},
                              {QStringLiteral("clientSecret"), m_clientSecret},
                              {QStringLiteral("deviceCode"), m_deviceCode}};
    m_client->createToken(request, [this](const auto &result) {
        if (result) {
            onToken(result.value());
            return;
        }
        const QString code = result.error().code;
        if (code == u"AuthorizationPendingException") {
            m_pollTimer.start(m_interval);
        } else if (code == u"SlowDownException") {
            m_interval = std::min<std::chrono::milliseconds>(m_interval + m_slowDown, kMaxInterval);
            m_pollTimer.start(m_interval);
        } else if (code == u"ExpiredTokenException") {
            fail(tr("The sign-in code expired before it was confirmed. Sign in again and confirm "
                    "the new code in the browser."));
        } else if (code == u"AccessDeniedException") {
            fail(tr("The sign-in was denied in the browser. Sign in again and allow access, or "
                    "ask your administrator for access to %1.")
                     .arg(m_sso.startUrl));
        } else {
            fail(serviceFailure(result.error()));
        }
    });
}

void SsoDeviceAuthorization::onToken(const QJsonObject &answer)
{
    const QString accessToken = answer.value(u"accessToken").toString();
    const QJsonValue expiresIn = answer.value(u"expiresIn");
    if (accessToken.isEmpty() || !expiresIn.isDouble() || expiresIn.toDouble() <= 0) {
        fail(tr("IAM Identity Center sent an answer without a usable token. Try again later."));
        return;
    }
    // The keys and formats `aws sso login` writes, so that the AWS CLI sees this sign-in too.
    SsoCachedToken token;
    token.startUrl = m_sso.startUrl;
    token.region = m_sso.region;
    token.accessToken = accessToken;
    token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(qint64(expiresIn.toDouble()));
    token.clientId = m_clientId;
    token.clientSecret = m_clientSecret;
    token.registrationExpiresAt = m_registrationExpiresAt;
    token.refreshToken = answer.value(u"refreshToken").toString();
    const auto written = SsoTokenCache::write(m_cacheFile, token);
    const QString cacheFile = m_cacheFile;
    cancel();
    if (!written) {
        Q_EMIT failed(written.error());
        return;
    }
    qCInfo(lcAwsCredentials).noquote()
        << "Signed in to IAM Identity Center for profile" << m_sso.profile;
    Q_EMIT signedIn(cacheFile);
}

void SsoDeviceAuthorization::fail(const QString &message)
{
    if (!m_running)
        return;
    cancel();
    Q_EMIT failed(message);
}

QString SsoDeviceAuthorization::serviceFailure(const AwsError &error) const
{
    if (!error.isService())
        return error.message;
    QString text = tr("IAM Identity Center refused the sign-in (%1).")
                       .arg(error.code.isEmpty() ? QStringLiteral("HTTP %1").arg(error.httpStatus)
                                                 : error.code);
    if (!error.message.isEmpty()) {
        text += u' ' + error.message;
        if (!text.endsWith(u'.') && !text.endsWith(u'…'))
            text += u'.';
    }
    return text + u' ' +
           tr("Check the sso_start_url and sso_region of profile \"%1\".").arg(m_sso.profile);
}
