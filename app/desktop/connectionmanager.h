#pragma once

#include "aws/awscall.h"
#include "aws/awserror.h"
#include "aws/awssession.h"
#include "aws/result.h"

#include <QCoreApplication>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class PersonalizeClient;
class S3Client;
class StsClient;
class SsoDeviceAuthorization;
struct NewProfile;

// The app's current connection: which profile and region it talks to, the AwsSession opened
// for them and the PersonalizeClient on top. Switching profile or region opens a new session
// and checks its credentials at once, so that missing or expired credentials are reported
// before the operator fills in a form.
class ConnectionManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionManager)

public:
    enum class State { Disconnected, Checking, Ready, Failed };
    Q_ENUM(State)

    // `base` says where the environment and config files come from and carries explicit
    // credentials or an endpoint (the sandbox); profile and region come from connectTo().
    explicit ConnectionManager(const AwsSessionOptions &base, QObject *parent = nullptr);
    ~ConnectionManager() override;

    // The sandbox: one fixed endpoint and region, explicit credentials, no profile.
    void setSandbox(bool sandbox) { m_sandbox = sandbox; }
    bool isSandbox() const { return m_sandbox; }

    // Attempts per call where the environment and the profile leave it open (Preferences);
    // used from the next connectTo().
    void setDefaultMaxAttempts(int attempts, const QString &origin);

    // Profiles of the shared config files ("default" first).
    QStringList profiles() const;
    // The AWS config file new profiles are written to (AWS_CONFIG_FILE or ~/.aws/config), and
    // its sso-session sections with their settings.
    QString configFilePath() const;
    QMap<QString, QMap<QString, QString>> ssoSessions() const;
    // Adds `profile` to the config file, or changes it when it exists (ask first: see
    // profiles()). The error names the file and says what to do.
    Result<bool, QString> writeProfile(const NewProfile &profile);
    // Regions offered in the region list; any other region code may be typed.
    static QStringList regions();

    // Opens a session for the profile and region (empty: what the environment and files
    // say). Returns false, with state Failed and statusMessage() saying why, when the
    // configuration is unusable.
    bool connectTo(const QString &profile, const QString &region);
    // Opens a session with the access key stored as `name` instead of a profile's credentials
    // (the shared files still give the defaults, such as the region when `region` is empty).
    bool connectWithKey(const QString &name, const AwsCredentials &credentials,
                        const QString &region);
    // Fails the connection with `message`, for a stored key that could not be read.
    void failStoredKey(const QString &name, const QString &region, const QString &message);
    // The stored key the connection uses; empty when it uses a profile.
    QString storedKey() const { return m_storedKey; }

    State state() const { return m_state; }
    QString statusMessage() const { return m_statusMessage; }
    AwsSession *session() const { return m_session.get(); }
    PersonalizeClient *client() const { return m_client.get(); }
    // Reads from Amazon S3 with the same credentials, for the data check; null without a
    // session or when the profile's S3 settings are unusable (s3Problem() says why).
    S3Client *s3Client() const { return m_s3.get(); }
    QString s3Problem() const { return m_s3Problem; }
    // Empty while connected with a stored key.
    QString profile() const;
    QString region() const;
    // Known once the credentials or a listed resource told us; empty before.
    QString accountId() const { return m_accountId; }
    void setAccountId(const QString &accountId);

    // Once connected, asks AWS STS whose credentials these are (GetCallerIdentity). Off until
    // the composition root turns it on, so that nothing is sent that it did not ask for.
    void setLooksUpCallerIdentity(bool enabled) { m_looksUpIdentity = enabled; }
    // What GetCallerIdentity said for the current connection; empty until then, and when it
    // failed (the connection works all the same).
    QString callerAccount() const { return m_callerAccount; }
    QString callerArn() const { return m_callerArn; }
    // The caller in a few words: "user alice", "role Operator (session night-run)".
    QString callerName() const { return shortCallerName(m_callerArn); }
    static QString shortCallerName(const QString &arn);
    // Whether the current profile signs in to IAM Identity Center and its credentials could
    // not be had (no sign-in, or an expired one): signIn() can then help.
    bool canSignIn() const;
    // Starts signing the current profile in to IAM Identity Center with a device code. The
    // flow it returns reports the code and the outcome; it belongs to this object and lives
    // until the next sign-in (which cancels it). A successful sign-in reconnects. Null when the
    // profile does not use IAM Identity Center.
    SsoDeviceAuthorization *signIn();

Q_SIGNALS:
    // A new session (or none) is in place; clients of the old one are gone.
    void sessionChanged();
    void stateChanged(ConnectionManager::State state, const QString &message);
    void accountIdChanged(const QString &accountId);
    // callerAccount() and callerArn() changed (to the new identity, or to empty).
    void callerIdentityChanged();
    // Every finished AWS call of the current session, for the activity log.
    void callFinished(const AwsCallRecord &record);

private:
    void setState(State state, const QString &message);
    bool open(AwsSessionOptions options);
    void checkCredentials();
    void openS3();
    void lookUpCallerIdentity();
    QString credentialsAdvice(const AwsError &error) const;

    AwsSessionOptions m_base;
    AwsSessionOptions m_options; // those of the current session
    std::unique_ptr<StsClient> m_identity;
    QString m_callerAccount;
    QString m_callerArn;
    bool m_looksUpIdentity = false;
    bool m_sandbox = false;
    std::unique_ptr<PersonalizeClient> m_client;
    std::unique_ptr<S3Client> m_s3;
    QString m_s3Problem;
    std::shared_ptr<AwsSession> m_session;
    State m_state = State::Disconnected;
    QString m_statusMessage;
    QString m_accountId;
    QString m_failedProfile;
    QString m_failedRegion;
    QString m_storedKey;
    int m_generation = 0;
    // Sign-ins outlive the session they are started from.
    QNetworkAccessManager m_signInNetwork;
    SsoDeviceAuthorization *m_signIn = nullptr;
};
