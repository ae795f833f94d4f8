#include "sandbox/sandboxsts.h"

#include "aws/logging.h"
#include "sandbox/sandboxauthenticator.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace {

QString randomText(qsizetype length, const char *alphabet)
{
    const QByteArray characters(alphabet);
    QString text;
    text.reserve(length);
    for (qsizetype i = 0; i < length; ++i)
        text += QLatin1Char(characters.at(
            QRandomGenerator::system()->bounded(static_cast<int>(characters.size()))));
    return text;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

SandboxSts::Answer validation(const QString &message)
{
    return SandboxSts::error(400, QStringLiteral("ValidationError"), message);
}

} // namespace

SandboxSts::SandboxSts(SandboxAuthenticator *authenticator)
    : m_authenticator(authenticator)
{}

SandboxSts::Answer SandboxSts::error(int status, const QString &code, const QString &message)
{
    Answer answer;
    answer.status = status;
    answer.errorCode = code;
    answer.body = QStringLiteral("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/"
                                 "2011-06-15/\">\n  <Error>\n    <Type>Sender</Type>\n"
                                 "    <Code>%1</Code>\n    <Message>%2</Message>\n  </Error>\n"
                                 "  <RequestId>%3</RequestId>\n</ErrorResponse>\n")
                      .arg(escaped(code), escaped(message),
                           QUuid::createUuid().toString(QUuid::WithoutBraces))
                      .toUtf8();
    return answer;
}

bool SandboxSts::isUnsigned(const QString &action)
{
    return action == u"AssumeRoleWithWebIdentity";
}

SandboxSts::Answer SandboxSts::handle(const QByteArray &form, const QDateTime &now,
                                      const QString &accessKeyId)
{
    const QUrlQuery query(QString::fromUtf8(form));
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
    };
    const QString action = value("Action");
    if (action != u"AssumeRole" && action != u"AssumeRoleWithWebIdentity" &&
        action != u"GetCallerIdentity") {
        return error(400, QStringLiteral("InvalidAction"),
                     QStringLiteral("Could not find operation %1 for version %2")
                         .arg(action, value("Version")));
    }
    if (value("Version") != u"2011-06-15")
        return error(400, QStringLiteral("InvalidAction"), QStringLiteral("Unknown version."));
    if (action == u"GetCallerIdentity")
        return callerIdentity(accessKeyId);

    static const QRegularExpression roleArnPattern(
        QStringLiteral("^arn:aws:iam::(\\d{12}):role/[\\w+=,.@/-]{1,512}$"));
    const QString roleArn = value("RoleArn");
    const QRegularExpressionMatch role = roleArnPattern.match(roleArn);
    if (!role.hasMatch())
        return validation(QStringLiteral("%1 is invalid").arg(roleArn.left(100)));
    static const QRegularExpression sessionNamePattern(QStringLiteral("^[\\w+=,.@-]{2,64}$"));
    const QString sessionName = value("RoleSessionName");
    if (!sessionNamePattern.match(sessionName).hasMatch()) {
        return validation(QStringLiteral("1 validation error detected: Value '%1' at "
                                         "'roleSessionName' failed to satisfy constraint: Member "
                                         "must satisfy regular expression pattern: "
                                         "[\\w+=,.@-]*")
                              .arg(sessionName.left(100)));
    }
    int duration = kDefaultDurationSeconds;
    if (query.hasQueryItem(QStringLiteral("DurationSeconds"))) {
        bool isNumber = false;
        duration = value("DurationSeconds").toInt(&isNumber);
        if (!isNumber || duration < 900 || duration > 43200) {
            return validation(QStringLiteral("The requested DurationSeconds exceeds the "
                                             "MaxSessionDuration set for this role."));
        }
    }
    if (action == u"AssumeRoleWithWebIdentity") {
        // A JSON Web Token: three base64url parts, the header and payload not empty. The
        // sandbox trusts any issuer; it only checks that a token was sent at all.
        static const QRegularExpression jwtPattern(
            QStringLiteral("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*$"));
        const QString token = value("WebIdentityToken");
        Redaction::registerSecret(token);
        if (!jwtPattern.match(token).hasMatch()) {
            return error(400, QStringLiteral("InvalidIdentityToken"),
                         token.isEmpty() ? QStringLiteral("No web identity token was provided.")
                                         : QStringLiteral("The ID Token provided is not a valid "
                                                          "JWT. (You may see this error if you "
                                                          "sent an Access Token)"));
        }
    } else if (query.hasQueryItem(QStringLiteral("SerialNumber")) &&
               !QRegularExpression(QStringLiteral("^\\d{6}$"))
                    .match(value("TokenCode"))
                    .hasMatch()) {
        return error(403, QStringLiteral("AccessDenied"),
                     QStringLiteral("MultiFactorAuthentication failed with invalid MFA one time "
                                    "pass code."));
    }
    return issue(action, roleArn, role.captured(1), sessionName, duration, now);
}

SandboxSts::Answer SandboxSts::issue(const QString &action, const QString &roleArn,
                                     const QString &account, const QString &sessionName,
                                     int duration, const QDateTime &now)
{
    const QString keyId =
        QStringLiteral("ASIA") + randomText(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    const QString secret =
        randomText(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    const QString token = QStringLiteral("IQoJsandbox") +
                          randomText(120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                          "0123456789");
    Redaction::registerSecret(secret);
    Redaction::registerSecret(token);
    const QDateTime expires =
        now.toUTC().addSecs(m_lifetimeSeconds > 0 ? m_lifetimeSeconds : qint64(duration));
    m_authenticator->addTemporaryKey(keyId, secret, token, now, expires);

    const QString roleName = roleArn.section(u'/', -1);
    const QString roleId =
        QStringLiteral("AROASANDBOX") + randomText(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    const QString sessionArn =
        QStringLiteral("arn:aws:sts::%1:assumed-role/%2/%3").arg(account, roleName, sessionName);
    m_issued.insert(keyId, {account, sessionArn, roleId + u':' + sessionName});
    Answer answer;
    answer.body =
        QStringLiteral(
            "<%1Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
            "  <%1Result>\n    <AssumedRoleUser>\n"
            "      <AssumedRoleId>%2:%3</AssumedRoleId>\n"
            "      <Arn>%4</Arn>\n    </AssumedRoleUser>\n"
            "    <Credentials>\n      <AccessKeyId>%5</AccessKeyId>\n"
            "      <SecretAccessKey>%6</SecretAccessKey>\n      <SessionToken>%7</SessionToken>\n"
            "      <Expiration>%8</Expiration>\n    </Credentials>\n  </%1Result>\n"
            "  <ResponseMetadata>\n    <RequestId>%9</RequestId>\n  </ResponseMetadata>\n"
            "</%1Response>\n")
            .arg(action, roleId, escaped(sessionName), escaped(sessionArn), keyId, secret, token,
                 expires.toString(Qt::ISODate), QUuid::createUuid().toString(QUuid::WithoutBraces))
            .toUtf8();
    return answer;
}

SandboxSts::Answer SandboxSts::callerIdentity(const QString &accessKeyId) const
{
    const Identity identity = m_issued.value(
        accessKeyId,
        {m_accountId, QStringLiteral("arn:aws:iam::%1:user/sandbox-operator").arg(m_accountId),
         QStringLiteral("AIDASANDBOXOPERATOR01")});
    Answer answer;
    answer.body = QStringLiteral("<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/"
                                 "2011-06-15/\">\n  <GetCallerIdentityResult>\n    <Arn>%1</Arn>\n"
                                 "    <UserId>%2</UserId>\n    <Account>%3</Account>\n"
                                 "  </GetCallerIdentityResult>\n  <ResponseMetadata>\n"
                                 "    <RequestId>%4</RequestId>\n  </ResponseMetadata>\n"
                                 "</GetCallerIdentityResponse>\n")
                      .arg(escaped(identity.arn), escaped(identity.userId), identity.account,
                           QUuid::createUuid().toString(QUuid::WithoutBraces))
                      .toUtf8();
    return answer;
}
