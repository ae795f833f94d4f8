#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

class SandboxAuthenticator;

// The sandbox's AWS STS: answers AssumeRole and AssumeRoleWithWebIdentity over the AWS Query
// protocol with temporary credentials that the sandbox then accepts, so that profiles with
// role_arn or a web identity can be tried end to end, and GetCallerIdentity for the keys it
// knows. Any role ARN of the aws partition is granted; nothing else of STS is served.
class SandboxSts
{
public:
    // An answer: an AssumeRoleResponse, or an ErrorResponse with the service's code.
    struct Answer
    {
        int status = 200;
        QByteArray body; // XML
        QString errorCode;
    };

    // Issued credentials are registered with `authenticator`, which must outlive this object.
    explicit SandboxSts(SandboxAuthenticator *authenticator);

    // The account of the sandbox's long-term key (SandboxOptions::accountId).
    void setAccountId(const QString &accountId) { m_accountId = accountId; }
    // Temporary credentials expire after this many seconds whatever was asked (0: as asked).
    void setCredentialsLifetime(qint64 seconds) { m_lifetimeSeconds = seconds; }

    // True for the actions STS serves without a signature (the proof is in the body).
    static bool isUnsigned(const QString &action);

    // `form` is the body of a request whose signature for "sts" by `accessKeyId` has been
    // checked (empty for an unsigned action).
    Answer handle(const QByteArray &form, const QDateTime &now,
                  const QString &accessKeyId = QString());

    static Answer error(int status, const QString &code, const QString &message);

    static constexpr int kDefaultDurationSeconds = 3600;

private:
    struct Identity
    {
        QString account;
        QString arn;
        QString userId;
    };

    Answer issue(const QString &action, const QString &roleArn, const QString &account,
                 const QString &sessionName, int duration, const QDateTime &now);
    Answer callerIdentity(const QString &accessKeyId) const;

    SandboxAuthenticator *m_authenticator;
    QString m_accountId = QStringLiteral("111122223333");
    qint64 m_lifetimeSeconds = 0;
    QHash<QString, Identity> m_issued; // temporary access key id -> the role session
};
