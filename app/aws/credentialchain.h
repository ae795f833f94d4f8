#pragma once

#include "aws/awscredentials.h"
#include "aws/awserror.h"
#include "aws/result.h"
#include "aws/sharedconfig.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

struct AssumeRoleRequest;
struct WebIdentityRequest;
struct AwsClientSettings;
class CredentialProcess;
class QNetworkAccessManager;
class SsoCredentials;

// Everything the credential chain looks at; nothing is read from the process or the real home
// directory unless the caller passes it in.
struct CredentialChainSettings
{
    QProcessEnvironment environment;
    SharedConfig config;
    QString profile = QStringLiteral("default");
    // Chosen in code/UI (e.g. --profile): then environment keys are skipped, as in botocore.
    bool profileExplicit = false;
    std::optional<AwsCredentials> explicitCredentials;
    QNetworkAccessManager *network = nullptr; // for IAM Identity Center; borrowed
    QUrl ssoPortalUrl; // empty: the real portal (or IMPORTDESK_SSO_PORTAL_URL)
    std::chrono::milliseconds processTimeout{std::chrono::seconds(60)};
    qint64 refreshMarginSeconds = 5 * 60; // refresh temporary credentials this long before expiry
    // The region the caller connects to: AssumeRole goes to STS there when the role's profile
    // names no region (us-east-1 when this is empty too).
    QString region;
    // Asks the user for the current code of the MFA device `mfaSerial` that profile `profile`
    // names, and answers later through `answer` (std::nullopt: the user declined). Without it,
    // profiles with mfa_serial fail with a message that says so.
    std::function<void(const QString &profile, const QString &mfaSerial,
                       std::function<void(std::optional<QString> code)> answer)>
        mfaCodeProvider;
    // Without a provider: why no code can be asked for and what to do instead, said after the
    // profile and device ("Standard input is not a terminal: …"). Empty: a general message.
    QString mfaUnavailableReason;
};

// Finds credentials in the order a desktop AWS tool should (botocore's): explicit keys,
// environment, the profile's role (AssumeRole with credentials from source_profile or the
// environment), web identity (AssumeRoleWithWebIdentity with a token file, from the environment
// or the profile), its static keys, credential_process, IAM Identity Center. Caches the result,
// and the roles assumed on the way, and refreshes temporary credentials shortly before they
// expire. Never contacts IMDS or ECS.
class CredentialChain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialChain)

public:
    using CredentialsResult = Result<AwsCredentials, AwsError>;
    using CredentialsCallback = std::function<void(const CredentialsResult &)>;

    explicit CredentialChain(CredentialChainSettings settings, QObject *parent = nullptr);
    ~CredentialChain() override;

    // Calls `callback` later, on `context`'s thread, with credentials or the reason there are
    // none; never from inside get(). Nothing is called if `context` is destroyed first.
    void get(QObject *context, CredentialsCallback callback);
    // Same with this object as the context.
    void resolve(CredentialsCallback callback) { get(this, std::move(callback)); }
    // An AwsClient::CredentialsSource that forwards to this chain while it lives.
    std::function<void(QObject *, CredentialsCallback)> source();

    // Forgets cached credentials (the roles assumed on the way too), e.g. after the service
    // rejected them as expired.
    void invalidate();
    std::optional<AwsCredentials> cachedCredentials() const { return m_cached; }
    const CredentialChainSettings &settings() const { return m_settings; }

Q_SIGNALS:
    // Safe to show: a describe() text, never the secrets.
    void credentialsResolved(const QString &description);
    void credentialsFailed(const AwsError &error);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        CredentialsCallback callback;
    };

    void startResolving();
    void resolveFromProfile();
    void resolveProfile(const QString &name, const QStringList &via, CredentialsCallback done);
    void assumeRole(const QString &name, const QStringList &via, CredentialsCallback done);
    // Where a web identity comes from: each setting from the environment (unless the profile
    // was chosen explicitly) or else from the profile, and the names to show for them.
    struct WebIdentitySource
    {
        QString tokenFile;
        QString roleArn;
        QString sessionName;
        QString tokenFileSetting; // "AWS_WEB_IDENTITY_TOKEN_FILE" or "web_identity_token_file"
        QString roleArnSetting;
    };
    WebIdentitySource webIdentitySource(const QString &name, bool useEnvironment) const;
    void assumeRoleWithWebIdentity(const QString &name, const WebIdentitySource &source,
                                   CredentialsCallback done);
    Result<AwsClientSettings, AwsError> stsSettings(const QString &name) const;
    void callSts(const QString &name, const AssumeRoleRequest &request,
                 const AwsClientSettings &sts, const AwsCredentials &source,
                 CredentialsCallback done);
    void complete(const CredentialsResult &result);
    static void deliver(const Waiter &waiter, const CredentialsResult &result);
    std::optional<CredentialsResult> fromEnvironment() const;

    CredentialChainSettings m_settings;
    std::optional<AwsCredentials> m_cached;
    // Credentials of the roles a source_profile chain assumed on the way to the final one, by
    // profile: refreshing the final role reuses them (and asks for no MFA code) while they last.
    QHash<QString, AwsCredentials> m_sourceCache;
    QList<Waiter> m_waiters;
    bool m_resolving = false;
    CredentialProcess *m_process = nullptr;
    SsoCredentials *m_sso = nullptr;
};
