#pragma once

#include "aws/awscredentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// An access key the user typed into Import Desk, kept under a name of their choosing in the
// system keychain. Holds secrets: only the name and describe() may be shown or logged.
struct StoredKey
{
    Q_DECLARE_TR_FUNCTIONS(StoredKey)

public:
    QString name;
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; // empty for a long-term key
    QString region;       // the Region to connect to with it; empty: the one in use

    // The problem with each field in plain language; empty when the field is fine.
    // `existingNames` are the names already taken (a replacement passes none).
    static QString nameProblem(const QString &name, const QStringList &existingNames);
    static QString accessKeyIdProblem(const QString &accessKeyId);
    static QString secretProblem(const QString &secretAccessKey);
    static QString sessionTokenProblem(const QString &accessKeyId, const QString &sessionToken);
    static QString regionProblem(const QString &region);
    // True when every field is fine.
    bool isValid(const QStringList &existingNames) const;

    // What the keychain holds for the key (everything but the name) and back.
    QByteArray toSecret() const;
    static std::optional<StoredKey> fromSecret(const QString &name, const QByteArray &secret);

    // Credentials for the chain, labelled with the key's name.
    AwsCredentials credentials() const;
    // Makes the secret values unprintable in logs and messages from now on.
    void registerSecrets() const;
};

Q_DECLARE_METATYPE(StoredKey)
