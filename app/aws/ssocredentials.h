#pragma once

#include "aws/awscredentials.h"
#include "aws/awserror.h"
#include "aws/boundedfile.h"
#include "aws/result.h"
#include "aws/sharedconfig.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class SsoOidcClient;
struct SsoCachedToken;

// The IAM Identity Center settings of one profile, from an [sso-session] or the legacy keys.
struct SsoProfileConfig
{
    QString profile;
    QString sessionName; // empty for the legacy form
    QString startUrl;
    QString region;
    QString accountId;
    QString roleName;
    // sso_registration_scopes of the sso-session, for signing in; empty for the legacy form.
    QStringList registrationScopes;

    // The name `aws sso login` hashes for the token cache file: session name, or start URL.
    QString cacheKeySource() const { return sessionName.isEmpty() ? startUrl : sessionName; }
};

// Gets role credentials from IAM Identity Center with the token `aws sso login` (or the app's
// own sign-in) cached in ~/.aws/sso/cache. A token of an sso-session that expires within
// kRefreshWindowSeconds is renewed with its refresh token, as the AWS SDKs do, and written back
// to the same file. It never signs in by itself: a missing token, or an expired one that cannot
// be renewed, becomes an error that says how to sign in.
class SsoCredentials final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoCredentials)

public:
    using Callback = std::function<void(const Result<AwsCredentials, AwsError> &)>;

    // `network` is borrowed and must outlive this object.
    explicit SsoCredentials(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SsoCredentials() override;

    // True when the profile has any IAM Identity Center setting.
    static bool isSsoProfile(const QMap<QString, QString> &profile);
    static Result<SsoProfileConfig, AwsError> configFor(const SharedConfig &config,
                                                        const QString &profileName);
    // <home>/.aws/sso/cache/<sha1 hex of cacheKeySource()>.json
    static QString cacheFilePath(const QString &homeDir, const SsoProfileConfig &sso);
    // Reads the cached access token; errors say to run `aws sso login`.
    static Result<QString, AwsError>
    readCachedToken(const QString &path, const SsoProfileConfig &sso, const QDateTime &now);
    // https://portal.sso.<region>.amazonaws.com unless overridden.
    QUrl portalUrl(const QString &region) const;

    // Replaces the portal base URL (tests point it at a loopback server). Like every address
    // the access token is sent to, it must pass EndpointPolicy (https, or http to this
    // computer); fetch() refuses it otherwise.
    void setPortalUrl(const QUrl &url) { m_portalUrl = url; }
    // Reads IMPORTDESK_SSO_PORTAL_URL, else AWS_ENDPOINT_URL_SSO or AWS_ENDPOINT_URL (unless
    // AWS_IGNORE_CONFIGURED_ENDPOINT_URLS is true), from `environment` as the portal base URL;
    // the OIDC endpoint that renews tokens is found with the same environment.
    void setEnvironment(const QProcessEnvironment &environment);
    // A token is renewed when it expires within this many seconds (botocore's window).
    static constexpr qint64 kRefreshWindowSeconds = 15 * 60;

    // The sign-in cache holds a few tokens; the portal answers with one set of credentials.
    static constexpr qint64 kMaxCacheFileBytes = 256 * 1024;
    static constexpr qint64 kMaxAnswerBytes = 1024 * 1024;
    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    // Reads the token and asks the portal for role credentials; `done` is called exactly once,
    // never from inside fetch(), unless this object is destroyed first.
    // The token cache is under config.homeDir(); the OIDC endpoint follows the endpoint
    // settings of the profile in `config`.
    void fetch(const SsoProfileConfig &sso, const SharedConfig &config, Callback done);
    bool isRunning() const { return static_cast<bool>(m_done); }

    // Parses the GetRoleCredentials answer (expiration in epoch milliseconds).
    static Result<AwsCredentials, AwsError> parseRoleCredentials(const QByteArray &body,
                                                                 const SsoProfileConfig &sso);

private:
    static Result<QString, AwsError>
    usableToken(const Result<SsoCachedToken, BoundedFile::Failure> &cached, const QString &path,
                const SsoProfileConfig &sso, const QDateTime &now);
    void refresh(const SsoCachedToken &cached, const QString &path, const SharedConfig &config);
    void requestRoleCredentials(const QString &token);
    void failSoon(const AwsError &error);
    void onReplyReadyRead();
    void onReplyFinished();
    void finish(const Result<AwsCredentials, AwsError> &result);

    QPointer<QNetworkAccessManager> m_network;
    QProcessEnvironment m_environment;
    QUrl m_portalUrl;
    SsoOidcClient *m_oidc = nullptr;
    int m_transferTimeoutMs = 30000;
    QNetworkReply *m_reply = nullptr;
    QByteArray m_body;
    SsoProfileConfig m_sso;
    Callback m_done;
};
