#include "sandbox/sandboxsso.h"

#include "aws/logging.h"
#include "sandbox/sandboxauthenticator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {

const char kAlnum[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

QString randomText(qsizetype length, const char *alphabet = kAlnum)
{
    const QByteArray characters(alphabet);
    QString text;
    text.reserve(length);
    for (qsizetype i = 0; i < length; ++i)
        text += QLatin1Char(characters.at(
            QRandomGenerator::system()->bounded(static_cast<int>(characters.size()))));
    return text;
}

QString secret(const QString &prefix, qsizetype length)
{
    const QString value = prefix + randomText(length);
    Redaction::registerSecret(value);
    return value;
}

SandboxSso::Answer json(const QJsonObject &object, const QString &operation)
{
    SandboxSso::Answer answer;
    answer.operation = operation;
    answer.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return answer;
}

// An error as the OIDC service sends it: OAuth's "error" and "error_description", with the
// exception name in x-amzn-ErrorType.
SandboxSso::Answer oidcError(int status, const QString &code, const QString &oauthError,
                             const QString &description, const QString &operation)
{
    SandboxSso::Answer answer;
    answer.status = status;
    answer.errorCode = code;
    answer.operation = operation;
    QJsonObject body{{QStringLiteral("error"), oauthError}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    answer.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return answer;
}

SandboxSso::Answer portalError(int status, const QString &code, const QString &message)
{
    SandboxSso::Answer answer;
    answer.status = status;
    answer.errorCode = code;
    answer.operation = QStringLiteral("GetRoleCredentials");
    answer.body = QJsonDocument(QJsonObject{{QStringLiteral("message"), message}})
                      .toJson(QJsonDocument::Compact);
    return answer;
}

} // namespace

SandboxSso::SandboxSso(SandboxAuthenticator *authenticator)
    : m_authenticator(authenticator)
{}

bool SandboxSso::handles(const QByteArray &method, const QString &path)
{
    if (method == "GET")
        return path == u"/federation/credentials" || path == u"/device";
    return method == "POST" &&
           (path == u"/client/register" || path == u"/device_authorization" || path == u"/token");
}

void SandboxSso::revokeRefreshTokens()
{
    m_refreshTokens.clear();
}

SandboxSso::Answer SandboxSso::handle(const QByteArray &method, const QString &path,
                                      const QString &query, const QByteArray &bearerToken,
                                      const QByteArray &body, const QString &baseUrl,
                                      const QDateTime &now)
{
    if (method == "GET" && path == u"/federation/credentials")
        return roleCredentials(query, bearerToken, now);
    if (method == "GET") {
        Answer page;
        page.html = true;
        page.body = QByteArrayLiteral(
            "<!DOCTYPE html><html><head><title>Sandbox sign-in</title></head><body>"
            "<p>The sandbox confirms sign-in codes by itself. Return to the application.</p>"
            "</body></html>\n");
        return page;
    }
    const QString operation = path == u"/client/register" ? QStringLiteral("RegisterClient")
                              : path == u"/device_authorization"
                                  ? QStringLiteral("StartDeviceAuthorization")
                                  : QStringLiteral("CreateToken");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        return oidcError(400, QStringLiteral("InvalidRequestException"),
                         QStringLiteral("invalid_request"),
                         QStringLiteral("The request body is not a JSON object."), operation);
    }
    if (operation == u"RegisterClient")
        return registerClient(document.object(), now);
    if (operation == u"StartDeviceAuthorization")
        return startDeviceAuthorization(document.object(), baseUrl, now);
    return createToken(document.object(), now);
}

SandboxSso::Answer SandboxSso::registerClient(const QJsonObject &request, const QDateTime &now)
{
    const QString operation = QStringLiteral("RegisterClient");
    if (request.value(u"clientName").toString().isEmpty() ||
        request.value(u"clientType").toString() != u"public") {
        return oidcError(400, QStringLiteral("InvalidClientMetadataException"),
                         QStringLiteral("invalid_client_metadata"),
                         QStringLiteral("clientName is required and clientType must be public."),
                         operation);
    }
    const QString clientId = QStringLiteral("sandbox-client-") + randomText(22);
    const QString clientSecret = secret(QStringLiteral("sandboxClientSecret"), 60);
    m_clients.insert(clientId, clientSecret);
    return json({{QStringLiteral("clientId"), clientId},
                 {QStringLiteral("clientSecret"), clientSecret},
                 {QStringLiteral("clientIdIssuedAt"), double(now.toSecsSinceEpoch())},
                 {QStringLiteral("clientSecretExpiresAt"),
                  double(now.toSecsSinceEpoch() + kRegistrationSeconds)}},
                operation);
}

SandboxSso::Answer SandboxSso::startDeviceAuthorization(const QJsonObject &request,
                                                        const QString &baseUrl,
                                                        const QDateTime &now)
{
    const QString operation = QStringLiteral("StartDeviceAuthorization");
    const QString clientId = request.value(u"clientId").toString();
    if (!m_clients.contains(clientId) ||
        m_clients.value(clientId) != request.value(u"clientSecret").toString()) {
        return oidcError(401, QStringLiteral("InvalidClientException"),
                         QStringLiteral("invalid_client"), QString(), operation);
    }
    if (!request.value(u"startUrl").toString().startsWith(u"http")) {
        return oidcError(400, QStringLiteral("InvalidRequestException"),
                         QStringLiteral("invalid_request"),
                         QStringLiteral("startUrl must be an https URL."), operation);
    }
    DeviceCode code;
    code.clientId = clientId;
    code.userCode =
        randomText(4, "BCDFGHJKLMNPQRSTVWXZ") + u'-' + randomText(4, "BCDFGHJKLMNPQRSTVWXZ");
    code.started = now;
    code.expires = now.addSecs(600);
    code.answer = m_deviceAnswer;
    const QString deviceCode = secret(QStringLiteral("sandboxDeviceCode"), 60);
    m_deviceCodes.insert(deviceCode, code);
    const QString page = baseUrl + QStringLiteral("/device");
    const QString complete = page + QStringLiteral("?user_code=") + code.userCode;
    return json({{QStringLiteral("deviceCode"), deviceCode},
                 {QStringLiteral("userCode"), code.userCode},
                 {QStringLiteral("verificationUri"), page},
                 {QStringLiteral("verificationUriComplete"), complete},
                 {QStringLiteral("expiresIn"), 600},
                 {QStringLiteral("interval"), m_intervalSeconds}},
                operation);
}

SandboxSso::Answer SandboxSso::tokens(const QString &clientId, const QDateTime &now)
{
    const QString accessToken = secret(QStringLiteral("sandboxAccessToken"), 80);
    const QString refreshToken = secret(QStringLiteral("sandboxRefreshToken"), 80);
    m_accessTokens.insert(accessToken, now.addSecs(m_accessTokenSeconds));
    m_refreshTokens.insert(refreshToken, clientId);
    return json({{QStringLiteral("accessToken"), accessToken},
                 {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                 {QStringLiteral("expiresIn"), double(m_accessTokenSeconds)},
                 {QStringLiteral("refreshToken"), refreshToken}},
                QStringLiteral("CreateToken"));
}

SandboxSso::Answer SandboxSso::createToken(const QJsonObject &request, const QDateTime &now)
{
    const QString operation = QStringLiteral("CreateToken");
    const QString clientId = request.value(u"clientId").toString();
    if (!m_clients.contains(clientId) ||
        m_clients.value(clientId) != request.value(u"clientSecret").toString()) {
        return oidcError(401, QStringLiteral("InvalidClientException"),
                         QStringLiteral("invalid_client"), QString(), operation);
    }
    const QString grantType = request.value(u"grantType").toString();
    if (grantType == u"refresh_token") {
        const QString refreshToken = request.value(u"refreshToken").toString();
        if (m_refreshTokens.value(refreshToken) != clientId) {
            return oidcError(400, QStringLiteral("InvalidGrantException"),
                             QStringLiteral("invalid_grant"),
                             QStringLiteral("Invalid refresh token provided"), operation);
        }
        // Each refresh token is used once: the answer carries the next one.
        m_refreshTokens.remove(refreshToken);
        return tokens(clientId, now);
    }
    if (grantType != u"urn:ietf:params:oauth:grant-type:device_code") {
        return oidcError(400, QStringLiteral("UnsupportedGrantTypeException"),
                         QStringLiteral("unsupported_grant_type"), QString(), operation);
    }
    const QString deviceCode = request.value(u"deviceCode").toString();
    auto found = m_deviceCodes.find(deviceCode);
    if (found == m_deviceCodes.end() || found->clientId != clientId) {
        return oidcError(400, QStringLiteral("InvalidGrantException"),
                         QStringLiteral("invalid_grant"),
                         QStringLiteral("Invalid device code provided"), operation);
    }
    DeviceCode &code = *found;
    ++code.polls;
    if (code.answer == DeviceAnswer::Expire || now >= code.expires) {
        m_deviceCodes.erase(found);
        return oidcError(400, QStringLiteral("ExpiredTokenException"),
                         QStringLiteral("expired_token"), QString(), operation);
    }
    const bool decided = m_approvalDelay.count() > 0
                             ? code.started.msecsTo(now) >= m_approvalDelay.count()
                             : code.polls > 1;
    if (!decided) {
        return oidcError(400, QStringLiteral("AuthorizationPendingException"),
                         QStringLiteral("authorization_pending"), QString(), operation);
    }
    const DeviceAnswer answer = code.answer;
    m_deviceCodes.erase(found);
    if (answer == DeviceAnswer::Deny) {
        return oidcError(400, QStringLiteral("AccessDeniedException"),
                         QStringLiteral("access_denied"), QString(), operation);
    }
    return tokens(clientId, now);
}

SandboxSso::SignIn SandboxSso::grant(const QDateTime &now)
{
    const QJsonObject registration =
        QJsonDocument::fromJson(
            registerClient({{QStringLiteral("clientName"), QStringLiteral("sandbox")},
                            {QStringLiteral("clientType"), QStringLiteral("public")}},
                           now)
                .body)
            .object();
    SignIn signIn;
    signIn.clientId = registration.value(u"clientId").toString();
    signIn.clientSecret = registration.value(u"clientSecret").toString();
    signIn.registrationExpiresAt = now.addSecs(kRegistrationSeconds);
    const QJsonObject token = QJsonDocument::fromJson(tokens(signIn.clientId, now).body).object();
    signIn.accessToken = token.value(u"accessToken").toString();
    signIn.refreshToken = token.value(u"refreshToken").toString();
    signIn.expiresAt = now.addSecs(m_accessTokenSeconds);
    return signIn;
}

SandboxSso::Answer SandboxSso::roleCredentials(const QString &query, const QByteArray &bearerToken,
                                               const QDateTime &now)
{
    const QUrlQuery items(query);
    const QString token = QString::fromUtf8(bearerToken);
    const auto known = m_accessTokens.constFind(token);
    if (token.isEmpty() || known == m_accessTokens.cend() || known.value() <= now) {
        return portalError(401, QStringLiteral("UnauthorizedException"),
                           QStringLiteral("Session token not found or invalid"));
    }
    static const QRegularExpression accountPattern(QStringLiteral("^\\d{12}$"));
    const QString account = items.queryItemValue(QStringLiteral("account_id"));
    const QString role = items.queryItemValue(QStringLiteral("role_name"));
    if (!accountPattern.match(account).hasMatch() || role.isEmpty()) {
        return portalError(400, QStringLiteral("InvalidRequestException"),
                           QStringLiteral("account_id and role_name are required"));
    }
    const QString keyId =
        QStringLiteral("ASIA") + randomText(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    const QString secretKey = secret(QString(), 40);
    const QString sessionToken = secret(QStringLiteral("IQoJsandboxSso"), 120);
    const QDateTime expires = now.toUTC().addSecs(m_roleSeconds);
    m_authenticator->addTemporaryKey(keyId, secretKey, sessionToken, now, expires);
    return json(
        {{QStringLiteral("roleCredentials"),
          QJsonObject{{QStringLiteral("accessKeyId"), keyId},
                      {QStringLiteral("secretAccessKey"), secretKey},
                      {QStringLiteral("sessionToken"), sessionToken},
                      {QStringLiteral("expiration"), double(expires.toMSecsSinceEpoch())}}}},
        QStringLiteral("GetRoleCredentials"));
}
