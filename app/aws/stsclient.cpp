#include "aws/stsclient.h"

#include "aws/logging.h"
#include "aws/stsservice.h"

#include <QXmlStreamReader>

namespace {

// The account id in an ARN (arn:partition:service:region:account:resource).
QString accountOf(const QString &arn)
{
    const QStringList parts = arn.split(u':');
    return parts.size() >= 6 && parts.first() == u"arn" ? parts.at(4) : QString();
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
                CredentialsResult credentials = parseAssumeRoleResponse(result->body);
                if (!credentials.ok()) {
                    AwsError error = credentials.error();
                    error.requestId = result->requestId;
                    error.httpStatus = result->httpStatus;
                    error.attempts = result->attempts;
                    callback(error);
                    return;
                }
                callback(credentials);
            });
    return call;
}

StsClient::CredentialsResult StsClient::parseAssumeRoleResponse(const QByteArray &xml)
{
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
            if (where == u"AssumeRoleResponse/AssumeRoleResult/Credentials/AccessKeyId")
                keyId += reader.text();
            else if (where == u"AssumeRoleResponse/AssumeRoleResult/Credentials/SecretAccessKey")
                secret += reader.text();
            else if (where == u"AssumeRoleResponse/AssumeRoleResult/Credentials/SessionToken")
                token += reader.text();
            else if (where == u"AssumeRoleResponse/AssumeRoleResult/Credentials/Expiration")
                expiration += reader.text();
            else if (where == u"AssumeRoleResponse/AssumeRoleResult/AssumedRoleUser/Arn")
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

    const auto invalid = [](const QString &problem) {
        return CredentialsResult(AwsError::make(
            AwsError::Kind::InvalidResponse,
            tr("The answer of AWS STS to AssumeRole could not be used: %1. Check that the STS "
               "endpoint URL points at AWS STS.")
                .arg(problem)));
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
