#include "aws/ssotokencache.h"

#include "aws/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

bool SsoCachedToken::canRefresh(const QDateTime &now) const
{
    return !refreshToken.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty() &&
           registrationExpiresAt.isValid() && registrationExpiresAt > now;
}

QString SsoTokenCache::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QDateTime SsoTokenCache::parseTime(const QString &text)
{
    QString value = text.trimmed();
    if (value.endsWith(u"UTC"))
        value = value.chopped(3).trimmed() + u'Z';
    QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    // A time without a zone is UTC, as botocore reads it.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toUTC();
}

Result<SsoCachedToken, BoundedFile::Failure> SsoTokenCache::read(const QString &path)
{
    using R = Result<SsoCachedToken, BoundedFile::Failure>;
    const auto content =
        BoundedFile::read(path, kMaxFileBytes, tr("The IAM Identity Center sign-in cache"));
    if (!content.ok())
        return R(content.error());
    SsoCachedToken token;
    token.json = QJsonDocument::fromJson(content.value()).object();
    const auto text = [&token](const char *key) {
        return token.json.value(QLatin1String(key)).toString();
    };
    token.startUrl = text("startUrl");
    token.region = text("region");
    token.accessToken = text("accessToken");
    token.expiresAt = parseTime(text("expiresAt"));
    token.refreshToken = text("refreshToken");
    token.clientId = text("clientId");
    token.clientSecret = text("clientSecret");
    token.registrationExpiresAt = parseTime(text("registrationExpiresAt"));
    for (const QString &secret : {token.accessToken, token.refreshToken, token.clientSecret})
        Redaction::registerSecret(secret);
    if (token.accessToken.isEmpty() || !token.expiresAt.isValid())
        return R(BoundedFile::Failure{BoundedFile::Problem::Unreadable, QString()});
    return token;
}

Result<bool, QString> SsoTokenCache::write(const QString &path, const SsoCachedToken &token)
{
    using R = Result<bool, QString>;
    const auto cannotWrite = [&path](const QString &reason) {
        return R(tr("The IAM Identity Center sign-in could not be saved to %1: %2")
                     .arg(QDir::toNativeSeparators(path), reason));
    };
    // ~/.aws/sso/cache, each missing folder private, as the AWS CLI creates them.
    QStringList missing;
    for (QDir probe(QFileInfo(path).absolutePath()); !probe.exists();
         probe.setPath(QFileInfo(probe.path()).path())) {
        missing.prepend(probe.path());
        if (probe.isRoot())
            break;
    }
    for (const QString &dir : std::as_const(missing)) {
        if (!QDir().mkdir(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) &&
            !QFileInfo(dir).isDir())
            return cannotWrite(tr("cannot create the folder %1").arg(dir));
    }

    QJsonObject json = token.json;
    const auto set = [&json](const char *key, const QString &value) {
        if (value.isEmpty())
            json.remove(QLatin1String(key));
        else
            json.insert(QLatin1String(key), value);
    };
    set("startUrl", token.startUrl);
    set("region", token.region);
    set("accessToken", token.accessToken);
    set("expiresAt", formatTime(token.expiresAt));
    set("clientId", token.clientId);
    set("clientSecret", token.clientSecret);
    set("registrationExpiresAt", token.registrationExpiresAt.isValid()
                                     ? formatTime(token.registrationExpiresAt)
                                     : QString());
    set("refreshToken", token.refreshToken);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(file.errorString());
    // Set on the temporary file before anything is written: the tokens are never readable by
    // others, not even while they are being written.
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return cannotWrite(file.errorString());
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit())
        return cannotWrite(file.errorString());
    return true;
}
