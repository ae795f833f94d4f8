#include "aws/logging.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcAws, "importdesk.aws", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAwsSigning, "importdesk.aws.signing", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAwsCredentials, "importdesk.aws.credentials", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAwsConfig, "importdesk.aws.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAwsRetry, "importdesk.aws.retry", QtWarningMsg)

namespace Redaction {
namespace {

// The message handler can run while the process exits (Qt logs from static destructors and
// atexit handlers), so everything it uses is created once and never destroyed: a
// function-local static object would be gone before the last message arrives.

struct SecretRegistry
{
    QMutex mutex;
    QSet<QString> secrets;
};

SecretRegistry &registry()
{
    // Process-wide on purpose: a secret learnt anywhere must be masked in every log line.
    static SecretRegistry *const instance = new SecretRegistry;
    return *instance;
}

// One pattern and what replaces its match: the first capture group is kept, the rest masked.
const QList<QRegularExpression> &patterns()
{
    constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;
    static const QList<QRegularExpression> *const list = new QList<QRegularExpression>{
        // Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=<hex>, and
        // the X-Amz-Signature query parameter of presigned URLs.
        QRegularExpression(QStringLiteral(R"re((Signature=)[0-9a-fA-F]+)re"), caseless),
        // ... and the access key id in its Credential= scope (and X-Amz-Credential=): a key id is
        // not secret on its own, but logs never need it whole.
        QRegularExpression(QStringLiteral(R"re((Credential=)[A-Z0-9]{16,128}(?=/|%2F))re"),
                           caseless),
        // Token headers and query parameters: "x-amz-security-token: …", "…Token=…".
        QRegularExpression(
            QStringLiteral(R"re(((?:x-amz-security-token|x-amz-sso_bearer_token)"?\s*[:=]\s*"?))re"
                           R"re([^\s,;&"]+)re"),
            caseless),
        // Authorization headers other than SigV4 (whose signature the first pattern masks):
        // "Authorization: Bearer …", "Authorization: Basic …", or a bare value.
        QRegularExpression(
            QStringLiteral(R"re((authorization"?\s*[:=]\s*"?)re"
                           R"re((?:(?:Bearer|Basic|Digest|Token|Negotiate|AWS)\s+)?))re"
                           R"re((?!AWS4-HMAC)[^\s,;&"]+)re"),
            caseless),
        // JSON members: "SecretAccessKey": "…", "sessionToken": "…", "accessToken": "…"
        QRegularExpression(
            QStringLiteral(R"re(("(?:secretAccessKey|sessionToken|securityToken|accessToken|)re"
                           R"re(refreshToken|clientSecret|secret_access_key|session_token|)re"
                           R"re(password)"\s*:\s*")(?:[^"\\]|\\.)*)re"),
            caseless),
        // INI properties and environment variables: aws_secret_access_key = …
        QRegularExpression(
            QStringLiteral(R"re(((?:aws_secret_access_key|aws_session_token|aws_security_token))re"
                           R"re(\s*[:=]\s*)[^\s"',;&]+)re"),
            caseless),
    };
    return *list;
}

QString mask()
{
    return QStringLiteral("<redacted>");
}

QtMessageHandler previousHandler = nullptr;

void filteringHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (previousHandler)
        previousHandler(type, context, redact(message));
}

bool isHiddenControl(char32_t c, bool keepLineBreaks)
{
    if (keepLineBreaks && (c == u'\n' || c == u'\t'))
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Bidirectional embeddings, overrides and isolates, which can make text read backwards.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
           c == 0x200f || c == 0x061c;
}

} // namespace

QString redact(const QString &text)
{
    QString out = text;
    {
        SecretRegistry &reg = registry();
        QMutexLocker lock(&reg.mutex);
        for (const QString &secret : std::as_const(reg.secrets))
            out.replace(secret, mask());
    }
    for (const QRegularExpression &re : patterns())
        out.replace(re, QStringLiteral("\\1") + mask());
    return out;
}

QString redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text));
}

QString escapeControlCharacters(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (!isHiddenControl(c, keepLineBreaks)) {
            out.append(QString::fromUcs4(&c, 1));
        } else if (c <= 0xff) {
            out.append(QStringLiteral("\\x") +
                       QString::number(uint(c), 16).rightJustified(2, u'0'));
        } else {
            out.append(QStringLiteral("\\u") +
                       QString::number(uint(c), 16).rightJustified(4, u'0'));
        }
    }
    return out;
}

QString forDisplay(const QString &text, bool keepLineBreaks)
{
    return escapeControlCharacters(redact(text), keepLineBreaks);
}

void registerSecret(const QString &secret)
{
    if (secret.size() < 8)
        return;
    SecretRegistry &reg = registry();
    QMutexLocker lock(&reg.mutex);
    reg.secrets.insert(secret);
}

void installMessageFilter()
{
    // Created before the handler can run, so that no message finds them half-built.
    registry();
    patterns();
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(filteringHandler);
}

} // namespace Redaction
