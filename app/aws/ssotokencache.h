#pragma once

#include "aws/boundedfile.h"
#include "aws/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One IAM Identity Center sign-in as `aws sso login` caches it in ~/.aws/sso/cache/<sha1>.json:
// the access token, and what renews it (refresh token and the client registration).
struct SsoCachedToken
{
    QString startUrl;
    QString region;
    QString accessToken;
    QDateTime expiresAt;
    QString refreshToken;
    QString clientId;
    QString clientSecret;
    QDateTime registrationExpiresAt; // invalid when the file has none

    // The whole file, so that a rewrite keeps the keys this app does not use.
    QJsonObject json;

    // Whether CreateToken with the refresh token may be tried at `now` (as botocore: all four
    // keys present and the registration not expired).
    bool canRefresh(const QDateTime &now) const;
};

// Reads and writes the IAM Identity Center token cache files shared with the AWS CLI.
class SsoTokenCache
{
    Q_DECLARE_TR_FUNCTIONS(SsoTokenCache)

public:
    SsoTokenCache() = delete;

    // A cache file holds a few tokens; anything larger is not one.
    static constexpr qint64 kMaxFileBytes = 256 * 1024;

    // The token in `path`; a file that exists but has no access token or expiry is Unreadable,
    // with an empty message (callers word it for their context).
    static Result<SsoCachedToken, BoundedFile::Failure> read(const QString &path);

    // Writes `token` to `path` atomically, readable by its owner only (0600; the folders it
    // creates are 0700), keeping the other keys of token.json. A plain-language error otherwise.
    static Result<bool, QString> write(const QString &path, const SsoCachedToken &token);

    // Times as the AWS CLI writes them (2026-01-02T03:04:05Z) and reads them (also with
    // fractions, offsets or the older " UTC"/"UTC" suffix).
    static QString formatTime(const QDateTime &time);
    static QDateTime parseTime(const QString &text);
};
