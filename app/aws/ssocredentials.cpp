#include "aws/ssocredentials.h"

#include "aws/boundedfile.h"
#include "aws/endpointpolicy.h"
#include "aws/errorparser.h"
#include "aws/logging.h"
#include "aws/ssooidcclient.h"
#include "aws/ssooidcservice.h"
#include "aws/ssotokencache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

AwsError credentialsError(const QString &message)
{
    return AwsError::make(AwsError::Kind::Credentials, message);
}

QString loginHint(const QString &profile)
{
    return SsoCredentials::tr("Run \"aws sso login --profile %1\" and try again.").arg(profile);
}

// The region becomes part of the portal's host name.
bool isPlausibleRegion(const QString &region)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    return pattern.match(region).hasMatch();
}

} // namespace

SsoCredentials::SsoCredentials(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

SsoCredentials::~SsoCredentials()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool SsoCredentials::isSsoProfile(const QMap<QString, QString> &profile)
{
    static const char *const keys[] = {"sso_session", "sso_start_url", "sso_account_id",
                                       "sso_role_name"};
    for (const char *key : keys) {
        if (!profile.value(QString::fromLatin1(key)).isEmpty())
            return true;
    }
    return false;
}

Result<SsoProfileConfig, AwsError> SsoCredentials::configFor(const SharedConfig &config,
                                                             const QString &profileName)
{
    using R = Result<SsoProfileConfig, AwsError>;
    const QMap<QString, QString> profile = config.profile(profileName);
    SsoProfileConfig sso;
    sso.profile = profileName;
    sso.sessionName = profile.value(QStringLiteral("sso_session"));
    sso.accountId = profile.value(QStringLiteral("sso_account_id"));
    sso.roleName = profile.value(QStringLiteral("sso_role_name"));
    sso.startUrl = profile.value(QStringLiteral("sso_start_url"));
    sso.region = profile.value(QStringLiteral("sso_region"));
    const QString configFile = QDir::toNativeSeparators(config.configFilePath());

    QStringList missing;
    if (!sso.sessionName.isEmpty()) {
        if (!config.hasSession(sso.sessionName)) {
            return R(credentialsError(
                tr("The profile \"%1\" uses the sso-session \"%2\", which does not exist in %3. "
                   "Add an [sso-session %2] section, for example with \"aws configure sso\".")
                    .arg(profileName, sso.sessionName, configFile)));
        }
        const QMap<QString, QString> session = config.session(sso.sessionName);
        for (const QString &scope :
             session.value(QStringLiteral("sso_registration_scopes")).split(u',')) {
            if (!scope.trimmed().isEmpty())
                sso.registrationScopes.append(scope.trimmed());
        }
        // A value set in both places must agree, as the CLI requires.
        for (const auto &[key, target] :
             {std::pair{"sso_start_url", &sso.startUrl}, std::pair{"sso_region", &sso.region}}) {
            const QString fromSession = session.value(QString::fromLatin1(key));
            if (!target->isEmpty() && !fromSession.isEmpty() && *target != fromSession) {
                return R(credentialsError(
                    tr("The value of %1 differs between the profile \"%2\" and the sso-session "
                       "\"%3\". Remove it from the profile or make them equal.")
                        .arg(QString::fromLatin1(key), profileName, sso.sessionName)));
            }
            if (target->isEmpty())
                *target = fromSession;
            if (target->isEmpty())
                missing.append(QString::fromLatin1(key));
        }
    } else {
        if (sso.startUrl.isEmpty())
            missing.append(QStringLiteral("sso_start_url"));
        if (sso.region.isEmpty())
            missing.append(QStringLiteral("sso_region"));
    }
    if (sso.accountId.isEmpty())
        missing.append(QStringLiteral("sso_account_id"));
    if (sso.roleName.isEmpty())
        missing.append(QStringLiteral("sso_role_name"));
    if (!missing.isEmpty()) {
        return R(credentialsError(
            tr("The IAM Identity Center settings of profile \"%1\" lack %2. Complete them in %3, "
               "for example with \"aws configure sso --profile %1\".")
                .arg(profileName, missing.join(QStringLiteral(", ")), configFile)));
    }
    if (!isPlausibleRegion(sso.region)) {
        return R(credentialsError(
            tr("The sso_region \"%1\" of profile \"%2\" is not a region "
               "name. Use one such as us-east-1 in %3.")
                .arg(ErrorParser::shortened(sso.region, 64), profileName, configFile)));
    }
    return sso;
}

QString SsoCredentials::cacheFilePath(const QString &homeDir, const SsoProfileConfig &sso)
{
    const QByteArray hash =
        QCryptographicHash::hash(sso.cacheKeySource().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(homeDir).filePath(QStringLiteral(".aws/sso/cache/") + QString::fromLatin1(hash) +
                                  QStringLiteral(".json"));
}

Result<QString, AwsError> SsoCredentials::readCachedToken(const QString &path,
                                                          const SsoProfileConfig &sso,
                                                          const QDateTime &now)
{
    return usableToken(SsoTokenCache::read(path), path, sso, now);
}

Result<QString, AwsError>
SsoCredentials::usableToken(const Result<SsoCachedToken, BoundedFile::Failure> &cached,
                            const QString &path, const SsoProfileConfig &sso, const QDateTime &now)
{
    using R = Result<QString, AwsError>;
    if (!cached.ok()) {
        if (cached.error().problem == BoundedFile::Problem::Missing) {
            return R(credentialsError(tr("You are not signed in to IAM Identity Center for "
                                         "profile \"%1\". %2")
                                          .arg(sso.profile, loginHint(sso.profile))));
        }
        if (!cached.error().message.isEmpty())
            return R(credentialsError(cached.error().message + u' ' + loginHint(sso.profile)));
        return R(credentialsError(
            tr("The IAM Identity Center sign-in cache %1 of profile \"%2\" "
               "cannot be read. %3")
                .arg(QDir::toNativeSeparators(path), sso.profile, loginHint(sso.profile))));
    }
    const QDateTime expiresAt = cached->expiresAt;
    if (expiresAt <= now) {
        return R(credentialsError(tr("Your IAM Identity Center sign-in for profile \"%1\" expired "
                                     "at %2. %3")
                                      .arg(sso.profile, expiresAt.toUTC().toString(Qt::ISODate),
                                           loginHint(sso.profile))));
    }
    return cached->accessToken;
}

void SsoCredentials::setEnvironment(const QProcessEnvironment &environment)
{
    m_environment = environment;
    QString overridden = environment.value(QStringLiteral("IMPORTDESK_SSO_PORTAL_URL")).trimmed();
    const QString ignore =
        environment.value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")).trimmed();
    if (overridden.isEmpty() && ignore.compare(u"true", Qt::CaseInsensitive) != 0) {
        // The variables the AWS CLI reads for the portal ("SSO" is its service id).
        for (const char *name : {"AWS_ENDPOINT_URL_SSO", "AWS_ENDPOINT_URL"}) {
            overridden = environment.value(QLatin1String(name)).trimmed();
            if (!overridden.isEmpty())
                break;
        }
    }
    if (!overridden.isEmpty())
        m_portalUrl = QUrl(overridden, QUrl::StrictMode);
}

QUrl SsoCredentials::portalUrl(const QString &region) const
{
    if (!m_portalUrl.isEmpty())
        return m_portalUrl;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("portal.sso.") + region + QStringLiteral(".amazonaws.com"));
    return url;
}

Result<AwsCredentials, AwsError> SsoCredentials::parseRoleCredentials(const QByteArray &body,
                                                                      const SsoProfileConfig &sso)
{
    using R = Result<AwsCredentials, AwsError>;
    const QJsonObject role =
        QJsonDocument::fromJson(body).object().value(u"roleCredentials").toObject();
    AwsCredentials credentials;
    credentials.accessKeyId = role.value(u"accessKeyId").toString();
    credentials.secretAccessKey = role.value(u"secretAccessKey").toString();
    credentials.sessionToken = role.value(u"sessionToken").toString();
    credentials.accountId = sso.accountId;
    credentials.source = tr("SSO profile %1").arg(sso.profile);
    Redaction::registerSecret(credentials.secretAccessKey);
    Redaction::registerSecret(credentials.sessionToken);
    const QJsonValue expiration = role.value(u"expiration");
    if (!credentials.isValid() || !expiration.isDouble()) {
        return R(credentialsError(tr("IAM Identity Center sent an answer without usable role "
                                     "credentials for profile \"%1\". Try again later.")
                                      .arg(sso.profile)));
    }
    credentials.expiration = QDateTime::fromMSecsSinceEpoch(qint64(expiration.toDouble()), Qt::UTC);
    return credentials;
}

void SsoCredentials::fetch(const SsoProfileConfig &sso, const SharedConfig &config, Callback done)
{
    if (m_done) {
        QMetaObject::invokeMethod(
            this,
            [done, sso] {
                done(credentialsError(tr("IAM Identity Center credentials for profile \"%1\" "
                                         "are already being fetched.")
                                          .arg(sso.profile)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_done = std::move(done);
    m_sso = sso;
    if (!m_network) {
        failSoon(credentialsError(tr("No network access is available for IAM Identity Center.")));
        return;
    }
    const QString path = cacheFilePath(config.homeDir(), sso);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto cached = SsoTokenCache::read(path);
    // Only sso-session sign-ins can be renewed; the legacy form has no refresh token.
    if (cached.ok() && !sso.sessionName.isEmpty() &&
        now.secsTo(cached->expiresAt) < kRefreshWindowSeconds && cached->canRefresh(now)) {
        refresh(cached.value(), path, config);
        return;
    }
    const Result<QString, AwsError> token = usableToken(cached, path, sso, now);
    if (!token.ok()) {
        failSoon(token.error());
        return;
    }
    requestRoleCredentials(token.value());
}

void SsoCredentials::failSoon(const AwsError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void SsoCredentials::refresh(const SsoCachedToken &cached, const QString &path,
                             const SharedConfig &config)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A refusal leaves a token that is still valid usable, as botocore does.
    auto fallBack = [this, cached, path](const AwsError &reason) {
        if (cached.expiresAt > QDateTime::currentDateTimeUtc()) {
            qCDebug(lcAwsCredentials).noquote()
                << "The IAM Identity Center sign-in was not renewed; its token is still valid";
            requestRoleCredentials(cached.accessToken);
            return;
        }
        QString text = tr("Your IAM Identity Center sign-in for profile \"%1\" expired and could "
                          "not be renewed")
                           .arg(m_sso.profile);
        const QString detail = reason.message.isEmpty() ? reason.code : reason.message;
        text += detail.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + detail;
        if (!text.endsWith(u'.') && !text.endsWith(u'…'))
            text += u'.';
        finish(credentialsError(text + u' ' + loginHint(m_sso.profile)));
    };
    const auto endpoint =
        SsoOidcService::endpoint(m_sso.profile, m_sso.region, m_environment, config);
    if (!endpoint) {
        QMetaObject::invokeMethod(
            this, [fallBack, error = endpoint.error()] { fallBack(error); }, Qt::QueuedConnection);
        return;
    }
    // Not deleted here: this may run inside the previous client's callback.
    if (m_oidc)
        m_oidc->deleteLater();
    m_oidc = new SsoOidcClient(m_network, endpoint.value(), this);
    m_oidc->setDeadline(m_transferTimeoutMs);
    qCDebug(lcAwsCredentials).noquote()
        << "Renewing the IAM Identity Center sign-in of profile" << m_sso.profile;
    const QJsonObject request{{QStringLiteral("grantType"), QStringLiteral("refresh_token")},
                              {QStringLiteral("clientId"), cached.clientId},
                              {QStringLiteral("clientSecret"), cached.clientSecret},
                              {QStringLiteral("refreshToken"), cached.refreshToken}};
    m_oidc->createToken(
        request, [this, cached, path, now, fallBack](const Result<QJsonObject, AwsError> &answer) {
            if (!answer.ok()) {
                fallBack(answer.error());
                return;
            }
            const QString accessToken = answer->value(u"accessToken").toString();
            const QJsonValue expiresIn = answer->value(u"expiresIn");
            if (accessToken.isEmpty() || !expiresIn.isDouble() || expiresIn.toDouble() <= 0) {
                fallBack(AwsError::make(AwsError::Kind::InvalidResponse,
                                        tr("IAM Identity Center sent an answer without a usable "
                                           "token.")));
                return;
            }
            SsoCachedToken renewed = cached;
            renewed.startUrl = m_sso.startUrl;
            renewed.region = m_sso.region;
            renewed.accessToken = accessToken;
            renewed.expiresAt = now.addSecs(qint64(expiresIn.toDouble()));
            // Without a new refresh token the old one is dropped, as botocore does.
            renewed.refreshToken = answer->value(u"refreshToken").toString();
            const auto written = SsoTokenCache::write(path, renewed);
            if (!written)
                qCWarning(lcAwsCredentials).noquote() << written.error();
            else
                qCInfo(lcAwsCredentials).noquote()
                    << "Renewed the IAM Identity Center sign-in of profile" << m_sso.profile;
            requestRoleCredentials(accessToken);
        });
}

void SsoCredentials::requestRoleCredentials(const QString &token)
{
    const SsoProfileConfig &sso = m_sso;
    // The access token goes only where a signed request may go.
    QUrl url = portalUrl(sso.region);
    const QString refusal = EndpointPolicy::check(url);
    if (!refusal.isEmpty()) {
        const AwsError error = credentialsError(
            tr("The IAM Identity Center address for profile \"%1\" is not used: %2")
                .arg(sso.profile, refusal));
        failSoon(error);
        return;
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + QStringLiteral("/federation/credentials"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("role_name"), sso.roleName);
    query.addQueryItem(QStringLiteral("account_id"), sso.accountId);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setRawHeader("x-amz-sso_bearer_token", token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcAwsCredentials).noquote()
        << "Fetching IAM Identity Center role credentials for profile" << sso.profile << "from"
        << url.host();
    m_body.clear();
    m_reply = m_network->get(request);
    m_reply->setReadBufferSize(64 * 1024);
    connect(m_reply, &QNetworkReply::readyRead, this, &SsoCredentials::onReplyReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &SsoCredentials::onReplyFinished);
}

void SsoCredentials::onReplyReadyRead()
{
    m_body += m_reply->readAll();
    if (m_body.size() > kMaxAnswerBytes) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_body.clear();
        finish(credentialsError(tr("IAM Identity Center sent an answer larger than %1 for "
                                   "profile \"%2\", far more than credentials take, so it was "
                                   "not read. Try again later.")
                                    .arg(BoundedFile::sizeText(kMaxAnswerBytes), m_sso.profile)));
    }
}

void SsoCredentials::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.toInt();
    const QByteArray body = std::exchange(m_body, {}) + reply->readAll();
    const QString profile = m_sso.profile;
    const QNetworkReply::NetworkError networkError = reply->error();
    const bool transportFailed =
        networkError > QNetworkReply::NoError && networkError < QNetworkReply::ContentAccessDenied;
    if (status == 401 || status == 403) {
        finish(credentialsError(tr("IAM Identity Center no longer accepts the sign-in of profile "
                                   "\"%1\". %2")
                                    .arg(profile, loginHint(profile))));
    } else if (!statusAttribute.isValid() || transportFailed ||
               networkError == QNetworkReply::ProtocolFailure || body.size() > kMaxAnswerBytes) {
        finish(credentialsError(tr("IAM Identity Center at %1 could not be reached or did not "
                                   "answer in full (%2). Check the network connection and the "
                                   "profile's sso_region.")
                                    .arg(reply->url().host(), reply->errorString())));
    } else if (status != 200) {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        QString message = object.value(u"message").toString();
        if (message.isEmpty())
            message = object.value(u"Message").toString();
        QString text = tr("IAM Identity Center refused role credentials for profile \"%1\" "
                          "(HTTP %2).")
                           .arg(profile)
                           .arg(status);
        if (!message.isEmpty()) {
            text += u' ' + ErrorParser::shortened(Redaction::redact(message));
            if (!text.endsWith(u'.') && !text.endsWith(u'…'))
                text += u'.';
        }
        text += u' ' + tr("Check the profile's sso_account_id and sso_role_name.");
        finish(credentialsError(text));
    } else {
        finish(parseRoleCredentials(body, m_sso));
    }
}

void SsoCredentials::finish(const Result<AwsCredentials, AwsError> &result)
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    // A failure is not logged here: its message goes to the caller, who shows it once.
    if (result.ok())
        qCDebug(lcAwsCredentials).noquote() << "IAM Identity Center gave" << result->describe();
    else
        qCDebug(lcAwsCredentials).noquote() << "IAM Identity Center gave no credentials";
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}
