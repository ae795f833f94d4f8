#include "aws/newprofile.h"

#include <QRegularExpression>

namespace {

// Names go between brackets on one line: no spaces, brackets or line breaks.
bool isSectionName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s\\[\\]#;]+$"));
    return pattern.match(name).hasMatch();
}

bool isRegion(const QString &region)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-[0-9]+$"));
    return pattern.match(region).hasMatch();
}

bool hasLineBreakOrSpace(const QString &value)
{
    return value.contains(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

QMap<NewProfile::Field, QString> NewProfile::problems(const QStringList &profiles) const
{
    QMap<Field, QString> found;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        found.insert(Field::Name, tr("Give the profile a name, for example “analytics-prod”."));
    else if (!isSectionName(trimmedName))
        found.insert(Field::Name, tr("A profile name cannot contain spaces, brackets, # or ;."));
    if (!region.trimmed().isEmpty() && !isRegion(region.trimmed()))
        found.insert(Field::Region, tr("A Region code looks like eu-west-1."));

    if (kind == Kind::Role) {
        static const QRegularExpression roleArnPattern(
            QStringLiteral("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]+$"));
        if (roleArn.trimmed().isEmpty())
            found.insert(Field::RoleArn, tr("Enter the ARN of the role to assume."));
        else if (!roleArnPattern.match(roleArn.trimmed()).hasMatch())
            found.insert(Field::RoleArn, tr("A role ARN looks like "
                                            "arn:aws:iam::123456789012:role/ImportRole."));
        if (sourceProfile.trimmed().isEmpty())
            found.insert(Field::SourceProfile,
                         tr("Choose the profile whose credentials assume the role."));
        else if (sourceProfile.trimmed() == trimmedName)
            found.insert(Field::SourceProfile,
                         tr("A profile cannot assume a role with its own credentials; choose "
                            "another profile."));
        else if (!profiles.contains(sourceProfile.trimmed()))
            found.insert(Field::SourceProfile, tr("There is no profile “%1”; choose one from the "
                                                  "list.")
                                                   .arg(sourceProfile.trimmed()));
        if (!externalId.isEmpty() && !QRegularExpression(QStringLiteral("^[\\w+=,.@:/-]{2,1224}$"))
                                          .match(externalId.trimmed())
                                          .hasMatch())
            found.insert(Field::ExternalId,
                         tr("An external ID has 2 to 1224 letters, digits or +=,.@:/- "
                            "characters."));
        if (hasLineBreakOrSpace(mfaSerial.trimmed()))
            found.insert(Field::MfaSerial, tr("The MFA device cannot contain spaces. Enter its "
                                              "ARN, for example "
                                              "arn:aws:iam::123456789012:mfa/name."));
        return found;
    }

    if (ssoSession.trimmed().isEmpty())
        found.insert(Field::SsoSession, tr("Name the sign-in session, for example “my-sso”."));
    else if (!isSectionName(ssoSession.trimmed()))
        found.insert(Field::SsoSession,
                     tr("A session name cannot contain spaces, brackets, # or ;."));
    if (!ssoStartUrl.trimmed().startsWith(QLatin1String("https://")) ||
        hasLineBreakOrSpace(ssoStartUrl.trimmed()))
        found.insert(Field::SsoStartUrl, tr("Enter the start URL of your AWS access portal, for "
                                            "example https://my-company.awsapps.com/start."));
    if (!isRegion(ssoRegion.trimmed()))
        found.insert(Field::SsoRegion, tr("Enter the Region of IAM Identity Center, such as "
                                          "us-east-1."));
    if (!QRegularExpression(QStringLiteral("^[0-9]{12}$")).match(ssoAccountId.trimmed()).hasMatch())
        found.insert(Field::SsoAccountId, tr("An AWS account ID has 12 digits."));
    if (!QRegularExpression(QStringLiteral("^[\\w+=,.@-]{1,64}$"))
             .match(ssoRoleName.trimmed())
             .hasMatch())
        found.insert(Field::SsoRoleName, tr("Enter the name of the permission set's role, such "
                                            "as AdministratorAccess."));
    return found;
}

void NewProfile::applyTo(ConfigFileEditor &editor) const
{
    const QStringList roleKeys = {QStringLiteral("role_arn"), QStringLiteral("source_profile"),
                                  QStringLiteral("external_id"), QStringLiteral("mfa_serial"),
                                  QStringLiteral("credential_source")};
    const QStringList ssoKeys = {QStringLiteral("sso_session"), QStringLiteral("sso_account_id"),
                                 QStringLiteral("sso_role_name"), QStringLiteral("sso_start_url"),
                                 QStringLiteral("sso_region")};
    ConfigFileEditor::Properties properties;
    QStringList remove;
    if (!region.trimmed().isEmpty())
        properties.append({QStringLiteral("region"), region.trimmed()});
    if (kind == Kind::Role) {
        properties.append({QStringLiteral("role_arn"), roleArn.trimmed()});
        properties.append({QStringLiteral("source_profile"), sourceProfile.trimmed()});
        if (!externalId.trimmed().isEmpty())
            properties.append({QStringLiteral("external_id"), externalId.trimmed()});
        else
            remove.append(QStringLiteral("external_id"));
        if (!mfaSerial.trimmed().isEmpty())
            properties.append({QStringLiteral("mfa_serial"), mfaSerial.trimmed()});
        else
            remove.append(QStringLiteral("mfa_serial"));
        remove += ssoKeys;
        remove.append(QStringLiteral("credential_source"));
    } else {
        properties.append({QStringLiteral("sso_session"), ssoSession.trimmed()});
        properties.append({QStringLiteral("sso_account_id"), ssoAccountId.trimmed()});
        properties.append({QStringLiteral("sso_role_name"), ssoRoleName.trimmed()});
        remove += roleKeys;
        // The legacy form's keys now live in the session.
        remove.append(QStringLiteral("sso_start_url"));
        remove.append(QStringLiteral("sso_region"));
        ConfigFileEditor::Properties session = {
            {QStringLiteral("sso_start_url"), ssoStartUrl.trimmed()},
            {QStringLiteral("sso_region"), ssoRegion.trimmed()}};
        if (!editor.hasSsoSession(ssoSession.trimmed()))
            session.append(
                {QStringLiteral("sso_registration_scopes"), QStringLiteral("sso:account:access")});
        editor.setSsoSession(ssoSession.trimmed(), session);
    }
    editor.setProfile(name.trimmed(), properties, remove);
}
