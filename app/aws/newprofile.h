#pragma once

#include "aws/configfileeditor.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

// A profile to add to the AWS config file: a name, a Region, and either a role to assume with
// the credentials of another profile or IAM Identity Center settings. Holds no secret.
struct NewProfile
{
    Q_DECLARE_TR_FUNCTIONS(NewProfile)

public:
    enum class Kind { Role, IdentityCenter };
    enum class Field {
        Name,
        Region,
        RoleArn,
        SourceProfile,
        ExternalId,
        MfaSerial,
        SsoSession,
        SsoStartUrl,
        SsoRegion,
        SsoAccountId,
        SsoRoleName,
    };

    QString name;
    QString region;
    Kind kind = Kind::Role;
    QString roleArn;
    QString sourceProfile;
    QString externalId;
    QString mfaSerial;
    QString ssoSession;
    QString ssoStartUrl;
    QString ssoRegion;
    QString ssoAccountId;
    QString ssoRoleName;

    // What is wrong with each field that is, in plain words; empty when the profile can be
    // written. `profiles` are the existing profiles (for the source profile). A name already in
    // use is not a problem here: the caller asks before replacing it.
    QMap<Field, QString> problems(const QStringList &profiles) const;

    // Writes the profile (and its sso-session) into `editor`, replacing the other kind's keys
    // when the profile exists already.
    void applyTo(ConfigFileEditor &editor) const;
};
