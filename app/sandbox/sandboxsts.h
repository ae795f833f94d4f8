#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

class SandboxAuthenticator;

// The sandbox's AWS STS: answers AssumeRole over the AWS Query protocol with temporary
// credentials that the sandbox then accepts, so that profiles with role_arn can be tried end to
// end. Any role ARN of the aws partition is granted; nothing else of STS is served.
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

    // `form` is the body of a request whose signature for "sts" has been checked.
    Answer handle(const QByteArray &form, const QDateTime &now);

    static Answer error(int status, const QString &code, const QString &message);

    static constexpr int kDefaultDurationSeconds = 3600;

private:
    SandboxAuthenticator *m_authenticator;
};
