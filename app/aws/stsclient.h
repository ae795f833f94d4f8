#pragma once

#include "aws/awsclient.h"
#include "aws/awscredentials.h"
#include "aws/awserror.h"
#include "aws/result.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

// The parameters of one AssumeRole call.
struct AssumeRoleRequest
{
    QString roleArn;
    QString roleSessionName;
    QString externalId;                 // empty: not sent
    std::optional<int> durationSeconds; // empty: the role's default (one hour)
    QString serialNumber;               // the MFA device; sent with tokenCode
    QString tokenCode;                  // a secret: registered for redaction before it is sent

    // The form fields after Action and Version, in the order the SDKs send them.
    QList<QPair<QString, QString>> parameters() const;
};

// The parameters of one AssumeRoleWithWebIdentity call.
struct WebIdentityRequest
{
    QString roleArn;
    QString roleSessionName;
    QString token; // the identity provider's token: a secret, registered before it is sent
    std::optional<int> durationSeconds;

    QList<QPair<QString, QString>> parameters() const;
};

// Who a set of credentials belongs to, as GetCallerIdentity tells.
struct CallerIdentity
{
    QString account; // 12 digits
    QString arn;     // arn:aws:iam::ACCOUNT:user/NAME, arn:aws:sts::ACCOUNT:assumed-role/R/S, ...
    QString userId;
};

// Calls AWS Security Token Service over the AWS Query protocol with an AwsClient of its own
// (signing, retries, clock-skew correction, size caps and deadlines come from there). Configure
// the endpoint, region and the credentials to sign with through client().
class StsClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StsClient)

public:
    using CredentialsResult = Result<AwsCredentials, AwsError>;
    using Callback = std::function<void(const CredentialsResult &)>;

    explicit StsClient(QObject *parent = nullptr);
    ~StsClient() override;

    AwsClient *client() { return &m_client; }

    // Asks for temporary credentials of request.roleArn. `callback` runs on `context`'s thread
    // unless `context` is destroyed first; errors are explained in plain words.
    AwsCall *assumeRole(const AssumeRoleRequest &request, const QObject *context,
                        Callback callback);

    // Exchanges an identity provider's token for temporary credentials of request.roleArn. The
    // call is not signed: the token is the proof of identity, so client() needs no credentials.
    AwsCall *assumeRoleWithWebIdentity(const WebIdentityRequest &request, const QObject *context,
                                       Callback callback);

    using IdentityCallback = std::function<void(const Result<CallerIdentity, AwsError> &)>;
    // Asks whose credentials client() signs with (account and ARN).
    AwsCall *getCallerIdentity(const QObject *context, IdentityCallback callback);

    // The credentials in an AssumeRoleResponse document. The secret key and session token are
    // registered for redaction before anything else happens to them.
    static CredentialsResult parseAssumeRoleResponse(const QByteArray &xml);
    // Same for an AssumeRoleWithWebIdentityResponse document.
    static CredentialsResult parseWebIdentityResponse(const QByteArray &xml);
    // The identity in a GetCallerIdentityResponse document.
    static Result<CallerIdentity, AwsError> parseCallerIdentityResponse(const QByteArray &xml);
    // `error` of an AssumeRole call of `roleArn` in `region`, with a message that says what to
    // do for the errors a user can fix (AccessDenied, ExpiredToken, RegionDisabledException).
    static AwsError explain(const AwsError &error, const QString &roleArn, const QString &region);

    // Same for AssumeRoleWithWebIdentity: a refused token points at the identity provider.
    static AwsError explainWebIdentity(const AwsError &error, const QString &roleArn,
                                       const QString &region);

private:
    static CredentialsResult parseCredentials(const QByteArray &xml, const QString &action);

    AwsClient m_client;
};
