#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// A set of AWS credentials. Holds secrets: never log it, store it in settings or print it.
// Use describe() for anything shown to people.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;                // empty for long-term keys
    std::optional<QDateTime> expiration; // UTC; empty when the keys do not expire
    QString accountId;                   // when the source told us
    QString source;                      // where they came from, e.g. "environment", "profile dev"

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
    bool isTemporary() const { return !sessionToken.isEmpty(); }
    // True when the credentials expire within `margin` seconds of `now` (or have expired).
    bool expiresWithin(qint64 marginSeconds,
                       const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // "AKIA…WXYZ from profile dev, expires 12:00 UTC": safe for logs and the UI.
    QString describe() const;
};

Q_DECLARE_METATYPE(AwsCredentials)
