#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <chrono>

class SandboxAuthenticator;

// The sandbox's IAM Identity Center: the OIDC calls a device sign-in and its renewal make
// (RegisterClient, StartDeviceAuthorization, CreateToken, over REST-JSON) and the portal's
// GetRoleCredentials, which hands out temporary keys the sandbox then accepts. A device code is
// approved by itself (after its first poll, or after a set delay), or denied or left to expire
// when the sandbox is told to, so that every outcome of a sign-in can be tried.
class SandboxSso
{
public:
    // What becomes of the device codes handed out from now on.
    enum class DeviceAnswer {
        Approve, // pending at the first poll, then approved (or once approvalDelay has passed)
        Deny,    // pending at the first poll, then AccessDeniedException
        Expire,  // ExpiredTokenException at the first poll
    };

    struct Answer
    {
        int status = 200;
        QByteArray body; // JSON, or HTML for the verification page
        QString errorCode;
        QString operation; // for the request log
        bool html = false;
    };

    // A client registration with tokens, as a completed device sign-in leaves them.
    struct SignIn
    {
        QString clientId;
        QString clientSecret;
        QDateTime registrationExpiresAt;
        QString accessToken;
        QDateTime expiresAt;
        QString refreshToken;
    };

    // Issued role credentials are registered with `authenticator`, which must outlive this.
    explicit SandboxSso(SandboxAuthenticator *authenticator);

    // Whether `method` and `path` name one of the calls served here.
    static bool handles(const QByteArray &method, const QString &path);
    // `baseUrl` is where the client reached the sandbox (for the verification page's address).
    Answer handle(const QByteArray &method, const QString &path, const QString &query,
                  const QByteArray &bearerToken, const QByteArray &body, const QString &baseUrl,
                  const QDateTime &now);

    void setDeviceAnswer(DeviceAnswer answer) { m_deviceAnswer = answer; }
    // Zero: approved at the second poll. Otherwise approved once this long has passed since
    // the authorization started.
    void setApprovalDelay(std::chrono::milliseconds delay) { m_approvalDelay = delay; }
    void setAccessTokenLifetime(qint64 seconds) { m_accessTokenSeconds = seconds; }
    void setRoleCredentialsLifetime(qint64 seconds) { m_roleSeconds = seconds; }
    void setPollInterval(int seconds) { m_intervalSeconds = seconds; }
    // Refresh tokens handed out so far are refused from now on (InvalidGrantException).
    void revokeRefreshTokens();

    // Registers a client and issues tokens, as if a device sign-in had just been approved.
    SignIn grant(const QDateTime &now);

    static constexpr qint64 kRegistrationSeconds = 90LL * 24 * 3600;

private:
    struct DeviceCode
    {
        QString clientId;
        QString userCode;
        QDateTime started;
        QDateTime expires;
        int polls = 0;
        DeviceAnswer answer = DeviceAnswer::Approve;
    };

    Answer registerClient(const QJsonObject &request, const QDateTime &now);
    Answer startDeviceAuthorization(const QJsonObject &request, const QString &baseUrl,
                                    const QDateTime &now);
    Answer createToken(const QJsonObject &request, const QDateTime &now);
    Answer roleCredentials(const QString &query, const QByteArray &bearerToken,
                           const QDateTime &now);
    Answer tokens(const QString &clientId, const QDateTime &now);

    SandboxAuthenticator *m_authenticator;
    QHash<QString, QString> m_clients;        // client id -> secret
    QHash<QString, DeviceCode> m_deviceCodes; // device code -> its authorization
    QHash<QString, QDateTime> m_accessTokens; // access token -> expiry
    QHash<QString, QString> m_refreshTokens;  // refresh token -> client id
    DeviceAnswer m_deviceAnswer = DeviceAnswer::Approve;
    std::chrono::milliseconds m_approvalDelay{0};
    qint64 m_accessTokenSeconds = 8 * 3600;
    qint64 m_roleSeconds = 3600;
    int m_intervalSeconds = 1;
};
