#pragma once

#include "aws/awserror.h"
#include "aws/sharedconfig.h"
#include "aws/ssocredentials.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class SsoOidcClient;

// What the user needs to confirm a device sign-in: the code, and the page to confirm it on.
struct SsoUserCode
{
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; // the page with the code filled in
    QDateTime expiresAt;
};

// Signs in to IAM Identity Center with the OAuth device authorization flow, as
// `aws sso login` does: registers a public client, starts a device authorization, reports the
// code the user confirms in a browser, polls for the token at the interval the service asks for,
// and writes the sign-in to the token cache file the AWS CLI uses. Runs on timers; never blocks.
class SsoDeviceAuthorization final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SsoDeviceAuthorization)

public:
    // `network` is borrowed and must outlive this object.
    explicit SsoDeviceAuthorization(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~SsoDeviceAuthorization() override;

    // The name the client registers under, as the identity provider shows it.
    static QString clientName() { return QStringLiteral("Import Desk"); }
    // The scope an sso-session sign-in asks for when the session names none.
    static QString defaultScope() { return QStringLiteral("sso:account:access"); }

    // Starts signing in for `sso`, with the endpoint settings of its profile in `environment`
    // and `config`; the token is written under config.homeDir(). Restarts if already running.
    void start(const SsoProfileConfig &sso, const QProcessEnvironment &environment,
               const SharedConfig &config);
    // Stops without emitting anything.
    void cancel();
    bool isRunning() const { return m_running; }

    // Each call's deadline.
    void setCallDeadline(int milliseconds) { m_callDeadlineMs = milliseconds; }
    // How much a SlowDownException lengthens the interval (5 s, as RFC 8628 says).
    void setSlowDownIncrement(std::chrono::milliseconds increment) { m_slowDown = increment; }
    std::chrono::milliseconds pollInterval() const { return m_interval; }

Q_SIGNALS:
    // The user can now confirm `code` in a browser; polling has started.
    void codeReady(const SsoUserCode &code);
    // The sign-in is confirmed and saved to `cacheFile`.
    void signedIn(const QString &cacheFile);
    // The sign-in failed; `message` says why and what to do.
    void failed(const QString &message);

private:
    void onRegistered(const QJsonObject &answer);
    void onAuthorizationStarted(const QJsonObject &answer);
    void poll();
    void onToken(const QJsonObject &answer);
    void fail(const QString &message);
    QString serviceFailure(const AwsError &error) const;

    QPointer<QNetworkAccessManager> m_network;
    SsoOidcClient *m_client = nullptr;
    SsoProfileConfig m_sso;
    QString m_cacheFile;
    QString m_clientId;
    QString m_clientSecret;
    QDateTime m_registrationExpiresAt;
    QString m_deviceCode;
    QDateTime m_codeExpiresAt;
    QTimer m_pollTimer;
    std::chrono::milliseconds m_interval{std::chrono::seconds(5)};
    std::chrono::milliseconds m_slowDown{std::chrono::seconds(5)};
    int m_callDeadlineMs = 30000;
    bool m_running = false;
};

Q_DECLARE_METATYPE(SsoUserCode)
