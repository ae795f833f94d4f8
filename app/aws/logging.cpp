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

const QString kMask = QStringLiteral("<redacted>");

struct SecretRegistry
{
    QMutex mutex;
    QSet<QString> secrets;
};

SecretRegistry &registry()
{
    // Process-wide on purpose: a secret learnt anywhere must be masked in every log line.
    static SecretRegistry instance;
    return instance;
}

const QList<QRegularExpression> &patterns()
{
    static const QList<QRegularExpression> list = {
        // Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=<hex>
        QRegularExpression(QStringLiteral(R"re((Signature=)[0-9a-fA-F]+)re")),
        // Header lines and query parameters carrying tokens.
        QRegularExpression(
            QStringLiteral(R"re(((?:x-amz-security-token|x-amz-sso_bearer_token|authorization)re"
                           R"re(\s*[:=]\s*)(?!AWS4-HMAC)[^\s,;&"]+))re"),
            QRegularExpression::CaseInsensitiveOption),
        // JSON members: "SecretAccessKey": "…", "sessionToken": "…", "accessToken": "…"
        QRegularExpression(
            QStringLiteral(R"re(("(?:secretAccessKey|sessionToken|accessToken|refreshToken|)re"
                           R"re(clientSecret|secret_access_key|session_token)"\s*:\s*")[^"]*)re"),
            QRegularExpression::CaseInsensitiveOption),
        // INI properties: aws_secret_access_key = …
        QRegularExpression(
            QStringLiteral(R"re(((?:aws_secret_access_key|aws_session_token|aws_security_token))re"
                           R"re(\s*=\s*)\S+)re"),
            QRegularExpression::CaseInsensitiveOption),
    };
    return list;
}

QtMessageHandler previousHandler = nullptr;

void filteringHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (previousHandler)
        previousHandler(type, context, redact(message));
}

} // namespace

QString redact(const QString &text)
{
    QString out = text;
    {
        SecretRegistry &reg = registry();
        QMutexLocker lock(&reg.mutex);
        for (const QString &secret : std::as_const(reg.secrets))
            out.replace(secret, kMask);
    }
    for (const QRegularExpression &re : patterns())
        out.replace(re, QStringLiteral("\\1") + kMask);
    return out;
}

QString redact(const QByteArray &text)
{
    return redact(QString::fromUtf8(text));
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
    if (!previousHandler)
        previousHandler = qInstallMessageHandler(filteringHandler);
}

} // namespace Redaction
