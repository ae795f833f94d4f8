#include "desktop/storedkey.h"

#include "aws/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

bool isKeyIdCharacter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

} // namespace

QString StoredKey::nameProblem(const QString &name, const QStringList &existingNames)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Give the key a name, for example the account or the person it belongs to.");
    if (trimmed.size() > 64)
        return tr("The name is too long: use at most 64 characters.");
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control)
            return tr("The name cannot contain line breaks or other control characters.");
    }
    if (existingNames.contains(trimmed)) {
        return tr("A stored key named “%1” exists already. Choose another name, or replace "
                  "that key from Stored keys.")
            .arg(trimmed);
    }
    return {};
}

QString StoredKey::accessKeyIdProblem(const QString &accessKeyId)
{
    const QString id = accessKeyId.trimmed();
    if (id.isEmpty())
        return tr("Enter the access key ID. It starts with AKIA or ASIA.");
    for (const QChar c : id) {
        if (!isKeyIdCharacter(c)) {
            return tr("An access key ID has only capital letters and digits. Check that you "
                      "copied the access key ID and not the secret access key.");
        }
    }
    if (!id.startsWith(QLatin1String("AKIA")) && !id.startsWith(QLatin1String("ASIA"))) {
        return tr("An access key ID starts with AKIA (a long-term key) or ASIA (a temporary "
                  "key). Check that you copied the access key ID.");
    }
    if (id.size() < 16 || id.size() > 128) {
        return tr("An access key ID has 16 to 128 characters; this one has %1. Check that you "
                  "copied all of it.")
            .arg(id.size());
    }
    return {};
}

QString StoredKey::secretProblem(const QString &secretAccessKey)
{
    if (secretAccessKey.isEmpty())
        return tr("Enter the secret access key that was shown with the access key ID.");
    if (secretAccessKey.trimmed() != secretAccessKey ||
        secretAccessKey.contains(QRegularExpression(QStringLiteral("\\s")))) {
        return tr("The secret access key contains spaces or line breaks. Paste it again "
                  "without them.");
    }
    if (secretAccessKey.size() < 16)
        return tr("The secret access key is too short. Paste all of it.");
    return {};
}

QString StoredKey::sessionTokenProblem(const QString &accessKeyId, const QString &sessionToken)
{
    if (sessionToken.contains(QRegularExpression(QStringLiteral("\\s"))))
        return tr("The session token contains spaces or line breaks. Paste it again without "
                  "them.");
    if (accessKeyId.trimmed().startsWith(QLatin1String("ASIA")) && sessionToken.isEmpty()) {
        return tr("A temporary key (ASIA…) works only with its session token. Paste the session "
                  "token that came with it.");
    }
    return {};
}

QString StoredKey::regionProblem(const QString &region)
{
    const QString trimmed = region.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
    if (!trimmed.isEmpty() && !pattern.match(trimmed).hasMatch())
        return tr("A Region code looks like eu-west-1. Leave it empty to keep the Region in use.");
    return {};
}

bool StoredKey::isValid(const QStringList &existingNames) const
{
    return nameProblem(name, existingNames).isEmpty() &&
           accessKeyIdProblem(accessKeyId).isEmpty() && secretProblem(secretAccessKey).isEmpty() &&
           sessionTokenProblem(accessKeyId, sessionToken).isEmpty() &&
           regionProblem(region).isEmpty();
}

QByteArray StoredKey::toSecret() const
{
    QJsonObject object;
    object.insert(QStringLiteral("version"), 1);
    object.insert(QStringLiteral("accessKeyId"), accessKeyId.trimmed());
    object.insert(QStringLiteral("secretAccessKey"), secretAccessKey);
    if (!sessionToken.isEmpty())
        object.insert(QStringLiteral("sessionToken"), sessionToken);
    if (!region.trimmed().isEmpty())
        object.insert(QStringLiteral("region"), region.trimmed());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<StoredKey> StoredKey::fromSecret(const QString &name, const QByteArray &secret)
{
    const QJsonDocument document = QJsonDocument::fromJson(secret);
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    StoredKey key;
    key.name = name;
    key.accessKeyId = object.value(QStringLiteral("accessKeyId")).toString();
    key.secretAccessKey = object.value(QStringLiteral("secretAccessKey")).toString();
    key.sessionToken = object.value(QStringLiteral("sessionToken")).toString();
    key.region = object.value(QStringLiteral("region")).toString();
    if (key.accessKeyId.isEmpty() || key.secretAccessKey.isEmpty())
        return std::nullopt;
    return key;
}

AwsCredentials StoredKey::credentials() const
{
    AwsCredentials credentials;
    credentials.accessKeyId = accessKeyId.trimmed();
    credentials.secretAccessKey = secretAccessKey;
    credentials.sessionToken = sessionToken;
    credentials.source = tr("stored key %1").arg(name);
    return credentials;
}

void StoredKey::registerSecrets() const
{
    Redaction::registerSecret(secretAccessKey);
    Redaction::registerSecret(sessionToken);
}
