#include "aws/stsclient.h"

#include "aws/logging.h"
#include "aws/stsservice.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

// The account id in an ARN (arn:partition:service:region:account:resource).
QString accountOf(const QString &arn)
{
    const QStringList parts = arn.split(u':');
    return parts.size() >= 6 && parts.first() == u"arn" ? parts.at(4) : QString();
}

// An answer that cannot be read is reported with the call's request id, status and attempts.
template<typename T>
Result<T, AwsError> withCallDetails(Result<T, AwsError> parsed, const AwsResult &result)
{
    if (parsed.ok())
        return parsed;
    AwsError error = parsed.error();
    error.requestId = result->requestId;
    error.httpStatus = result->httpStatus;
    error.attempts = result->attempts;
    return error;
}

} // namespace

QList<QPair<QString, QString>> AssumeRoleRequest::parameters() const
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("RoleArn"), roleArn},
                                          {QStringLiteral("RoleSessionName"), roleSessionName}};
    if (durationSeconds)
        fields.append({QStringLiteral("DurationSeconds"), QString::number(*durationSeconds)});
    if (!externalId.isEmpty())
        fields.append({QStringLiteral("ExternalId"), externalId});
    if (!serialNumber.isEmpty()) {
        fields.append({QStringLiteral("SerialNumber"), serialNumber});
        fields.append({QStringLiteral("TokenCode"), tokenCode});
    }
    return fields;
}

QList<QPair<QString, QString>> WebIdentityRequest::parameters() const
{
    QList<QPair<QString, QString>> fields{{QStringLiteral("RoleArn"), roleArn},
                                          {QStringLiteral("RoleSessionName"), roleSessionName},
                                          {QStringLiteral("WebIdentityToken"), token}};
    if (durationSeconds)
        fields.append({QStringLiteral("DurationSeconds"), QString::number(*durationSeconds)});
    return fields;
}

StsClient::StsClient(QObject *parent)
    : QObject(parent)
{}

StsClient::~StsClient() = default;

AwsCall *StsClient::assumeRole(const AssumeRoleRequest &request, const QObject *context,
                               Callback callback)
{
    // Codes shorter than Redaction's minimum are left alone by it; the body is never logged.
    Redaction::registerSecret(request.tokenCode);
    AwsCall *call =
        m_client.callQuery(StsService::info().signingName, QStringLiteral("AssumeRole"),
                           QString::fromUtf16(StsService::kApiVersion), request.parameters());
    connect(call, &AwsCall::finished, context,
            [callback = std::move(callback), roleArn = request.roleArn,
             region = m_client.settings().region](const AwsResult &result) {
                if (!result.ok()) {
                    callback(explain(result.error(), roleArn, region));
                    return;
                }
                callback(withCallDetails(parseAssumeRoleResponse(result->body), result));
            });
    return call;
}

StsClient::CredentialsResult StsClient::parseAssumeRoleResponse(const QByteArray &xml)
{
    return parseCredentials(xml, QStringLiteral("AssumeRole"));
}

StsClient::CredentialsResult StsClient::parseWebIdentityResponse(const QByteArray &xml)
{
    return parseCredentials(xml, QStringLiteral("AssumeRoleWithWebIdentity"));
}

StsClient::CredentialsResult StsClient::parseCredentials(const QByteArray &xml,
                                                         const QString &action)
{
    const QString result =
        action + QStringLiteral("Response/") + action + QStringLiteral("Result/");
    QXmlStreamReader reader(xml);
    QStringList path;
    QString keyId, secret, token, expiration, roleArn;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(reader.name().toString());
            break;
        case QXmlStreamReader::EndElement:
            path.removeLast();
            break;
        case QXmlStreamReader::Characters: {
            const QString where = path.join(u'/');
            if (where == result + u"Credentials/AccessKeyId")
                keyId += reader.text();
            else if (where == result + u"Credentials/SecretAccessKey")
                secret += reader.text();
            else if (where == result + u"Credentials/SessionToken")
                token += reader.text();
            else if (where == result + u"Credentials/Expiration")
                expiration += reader.text();
            else if (where == result + u"AssumedRoleUser/Arn")
                roleArn += reader.text();
            break;
        }
        default:
            break;
        }
    }
    secret = secret.trimmed();
    token = token.trimmed();
    // Before any message is built: whatever happens next, these never reach a log.
    Redaction::registerSecret(secret);
    Redaction::registerSecret(token);

    const auto invalid = [&action](const QString &problem) {
        return CredentialsResult(AwsError::make(
            AwsError::Kind::InvalidResponse,
            tr("The answer of AWS STS to %1 could not be used: %2. Check that the STS "
               "endpoint URL points at AWS STS.")
                .arg(action, problem)));
    };
    if (reader.hasError())
        return invalid(tr("it is not well-formed XML (%1)").arg(reader.errorString()));
    AwsCredentials credentials;
    credentials.accessKeyId = keyId.trimmed();
    credentials.secretAccessKey = secret;
    credentials.sessionToken = token;
    if (credentials.accessKeyId.isEmpty() || secret.isEmpty() || token.isEmpty())
        return invalid(tr("it holds no complete credentials"));
    const QDateTime expires = QDateTime::fromString(expiration.trimmed(), Qt::ISODateWithMs);
    if (!expires.isValid())
        return invalid(tr("the expiration time \"%1\" is not a date and time")
                           .arg(expiration.trimmed().left(40)));
    credentials.expiration = expires.toUTC();
    credentials.accountId = accountOf(roleArn.trimmed());
    return credentials;
}

AwsCall *StsClient::assumeRoleWithWebIdentity(const WebIdentityRequest &request,
                                              const QObject *context, Callback callback)
{
    Redaction::registerSecret(request.token);
    AwsCall *call = m_client.callUnsignedQuery(
        StsService::info().signingName, QStringLiteral("AssumeRoleWithWebIdentity"),
        QString::fromUtf16(StsService::kApiVersion), request.parameters());
    connect(call, &AwsCall::finished, context,
            [callback = std::move(callback), roleArn = request.roleArn,
             region = m_client.settings().region](const AwsResult &result) {
                if (!result.ok()) {
                    callback(explainWebIdentity(result.error(), roleArn, region));
                    return;
                }
                callback(withCallDetails(parseWebIdentityResponse(result->body), result));
            });
    return call;
}

AwsCall *StsClient::getCallerIdentity(const QObject *context, IdentityCallback callback)
{
    AwsCall *call =
        m_client.callQuery(StsService::info().signingName, QStringLiteral("GetCallerIdentity"),
                           QString::fromUtf16(StsService::kApiVersion), {});
    connect(call, &AwsCall::finished, context,
            [callback = std::move(callback)](const AwsResult &result) {
                if (!result.ok()) {
                    callback(result.error());
                    return;
                }
                callback(withCallDetails(parseCallerIdentityResponse(result->body), result));
            });
    return call;
}

Result<CallerIdentity, AwsError> StsClient::parseCallerIdentityResponse(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QStringList path;
    CallerIdentity identity;
    static const QString prefix =
        QStringLiteral("GetCallerIdentityResponse/GetCallerIdentityResult/");
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(reader.name().toString());
            break;
        case QXmlStreamReader::EndElement:
            path.removeLast();
            break;
        case QXmlStreamReader::Characters: {
            const QString where = path.join(u'/');
            if (where == prefix + u"Account")
                identity.account += reader.text();
            else if (where == prefix + u"Arn")
                identity.arn += reader.text();
            else if (where == prefix + u"UserId")
                identity.userId += reader.text();
            break;
        }
        default:
            break;
        }
    }
    identity.account = identity.account.trimmed();
    identity.arn = identity.arn.trimmed();
    identity.userId = identity.userId.trimmed();
    static const QRegularExpression accountPattern(QStringLiteral("^\\d{12}$"));
    if (reader.hasError() || !accountPattern.match(identity.account).hasMatch() ||
        !identity.arn.startsWith(u"arn:")) {
        return AwsError::make(
            AwsError::Kind::InvalidResponse,
            tr("The answer of AWS STS to GetCallerIdentity names no account and ARN. Check that "
               "the STS endpoint URL points at AWS STS."));
    }
    return identity;
}

AwsError StsClient::explainWebIdentity(const AwsError &error, const QString &roleArn,
                                       const QString &region)
{
    if (!error.isService())
        return error;
    AwsError explained = error;
    const QString said =
        error.message.isEmpty() ? QString() : tr(" (AWS said: %1)").arg(error.message);
    if (error.code == u"InvalidIdentityToken" || error.code == u"IDPRejectedClaim" ||
        error.code == u"ExpiredTokenException" || error.code == u"ExpiredToken") {
        explained.message =
            tr("AWS did not accept the web identity token for the role %1%2. Check that the "
               "identity provider has written a fresh token to the token file, and that the "
               "role trusts this identity provider.")
                .arg(roleArn, said);
    } else if (error.code == u"AccessDenied") {
        explained.message =
            tr("AWS refused to let the web identity assume the role %1%2. Check that the "
               "role's trust policy allows sts:AssumeRoleWithWebIdentity for this identity "
               "provider and subject.")
                .arg(roleArn, said);
    } else {
        return explain(error, roleArn, region);
    }
    return explained;
}

AwsError StsClient::explain(const AwsError &error, const QString &roleArn, const QString &region)
{
    if (!error.isService())
        return error;
    AwsError explained = error;
    const QString said =
        error.message.isEmpty() ? QString() : tr(" (AWS said: %1)").arg(error.message);
    if (error.code == u"AccessDenied") {
        explained.message =
            tr("AWS refused to let the source credentials assume the role %1%2. Check that the "
               "role's trust policy allows them (and the external ID or MFA, if the role asks "
               "for one), and that they may call sts:AssumeRole on this role.")
                .arg(roleArn, said);
    } else if (error.code == u"ExpiredToken" || error.code == u"ExpiredTokenException") {
        explained.message =
            tr("The source credentials used to assume the role %1 have expired%2. Renew them, "
               "for example with \"aws sso login\" or new temporary keys, and try again.")
                .arg(roleArn, said);
    } else if (error.code == u"RegionDisabledException") {
        explained.message =
            tr("AWS STS is not activated in region %1 for the role's account, so the role %2 "
               "cannot be assumed there%3. Activate the region in the IAM console (Account "
               "settings), or set the profile's region to one where STS is active.")
                .arg(region, roleArn, said);
    }
    return explained;
}
