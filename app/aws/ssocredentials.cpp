#include "aws/ssocredentials.h"

#include "aws/boundedfile.h"
#include "aws/endpointpolicy.h"
#include "aws/errorparser.h"
#include "aws/logging.h"

#include <QCryptographicHash>
#include <QDir>
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
    using R = Result<QString, AwsError>;
    const auto content =
        BoundedFile::read(path, kMaxCacheFileBytes, tr("The IAM Identity Center sign-in cache"));
    if (!content.ok()) {
        if (content.error().problem == BoundedFile::Problem::Missing) {
            return R(credentialsError(tr("You are not signed in to IAM Identity Center for "
                                         "profile \"%1\". %2")
                                          .arg(sso.profile, loginHint(sso.profile))));
        }
        return R(credentialsError(content.error().message + u' ' + loginHint(sso.profile)));
    }
    const QJsonObject json = QJsonDocument::fromJson(content.value()).object();
    const QString token = json.value(u"accessToken").toString();
    QString expiresText = json.value(u"expiresAt").toString();
    // Older CLI versions wrote "…UTC" instead of "Z".
    if (expiresText.endsWith(u"UTC"))
        expiresText = expiresText.chopped(3) + u'Z';
    const QDateTime expiresAt = QDateTime::fromString(expiresText, Qt::ISODateWithMs);
    if (token.isEmpty() || !expiresAt.isValid()) {
        return R(credentialsError(
            tr("The IAM Identity Center sign-in cache %1 of profile \"%2\" "
               "cannot be read. %3")
                .arg(QDir::toNativeSeparators(path), sso.profile, loginHint(sso.profile))));
    }
    Redaction::registerSecret(token);
    if (expiresAt <= now) {
        return R(credentialsError(tr("Your IAM Identity Center sign-in for profile \"%1\" expired "
                                     "at %2. %3")
                                      .arg(sso.profile, expiresAt.toUTC().toString(Qt::ISODate),
                                           loginHint(sso.profile))));
    }
    return token;
}

void SsoCredentials::setEnvironment(const QProcessEnvironment &environment)
{
    const QString overridden =
        environment.value(QStringLiteral("IMPORTDESK_SSO_PORTAL_URL")).trimmed();
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

void SsoCredentials::fetch(const SsoProfileConfig &sso, const QString &homeDir, Callback done)
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
    const Result<QString, AwsError> token =
        readCachedToken(cacheFilePath(homeDir, sso), sso, QDateTime::currentDateTimeUtc());
    if (!token.ok() || !m_network) {
        const AwsError error = token.ok() ? credentialsError(tr("No network access is available "
                                                                "for IAM Identity Center."))
                                          : token.error();
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }

    // The access token goes only where a signed request may go.
    QUrl url = portalUrl(sso.region);
    const QString refusal = EndpointPolicy::check(url);
    if (!refusal.isEmpty()) {
        const AwsError error = credentialsError(
            tr("The IAM Identity Center address for profile \"%1\" is not used: %2")
                .arg(sso.profile, refusal));
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
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
    request.setRawHeader("x-amz-sso_bearer_token", token.value().toUtf8());
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
