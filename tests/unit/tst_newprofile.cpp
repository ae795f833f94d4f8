#include "aws/newprofile.h"
#include "aws/sharedconfig.h"

#include <QTest>

using Field = NewProfile::Field;

// A new profile's rules, each broken one with its message, and what it writes: a role profile,
// an IAM Identity Center profile with its sso-session, read back as the CLI reads them.
class TestNewProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validRoleProfile();
    void roleProblems();
    void identityCenterProblems();
    void writesARoleProfile();
    void writesAnIdentityCenterProfile();
    void replacingSwitchesTheKind();
};

namespace {

const QStringList kProfiles = {QStringLiteral("default"), QStringLiteral("base")};

NewProfile roleProfile()
{
    NewProfile profile;
    profile.name = QStringLiteral("importer");
    profile.region = QStringLiteral("eu-west-1");
    profile.roleArn = QStringLiteral("arn:aws:iam::123456789012:role/PersonalizeImport");
    profile.sourceProfile = QStringLiteral("base");
    return profile;
}

NewProfile ssoProfile()
{
    NewProfile profile;
    profile.name = QStringLiteral("sso-dev");
    profile.kind = NewProfile::Kind::IdentityCenter;
    profile.region = QStringLiteral("us-east-1");
    profile.ssoSession = QStringLiteral("corp");
    profile.ssoStartUrl = QStringLiteral("https://corp.awsapps.com/start");
    profile.ssoRegion = QStringLiteral("us-east-1");
    profile.ssoAccountId = QStringLiteral("111122223333");
    profile.ssoRoleName = QStringLiteral("Importer");
    return profile;
}

SharedConfig read(const ConfigFileEditor &editor)
{
    return SharedConfig::fromFiles(IniFile::parse(editor.text()), IniFile::parse({}));
}

} // namespace

void TestNewProfile::validRoleProfile()
{
    QVERIFY(roleProfile().problems(kProfiles).isEmpty());
    QVERIFY(ssoProfile().problems(kProfiles).isEmpty());
    NewProfile noRegion = roleProfile();
    noRegion.region.clear();
    QVERIFY(noRegion.problems(kProfiles).isEmpty());
}

void TestNewProfile::roleProblems()
{
    NewProfile profile = roleProfile();
    profile.name = QStringLiteral("my profile");
    profile.region = QStringLiteral("Paris");
    profile.roleArn = QStringLiteral("PersonalizeImport");
    profile.sourceProfile = QStringLiteral("missing");
    profile.externalId = QStringLiteral("x");
    profile.mfaSerial = QStringLiteral("arn:aws:iam::123456789012:mfa/ my device");
    const auto problems = profile.problems(kProfiles);
    QVERIFY(problems.value(Field::Name).contains(u"cannot contain spaces"));
    QVERIFY(problems.value(Field::Region).contains(u"eu-west-1"));
    QVERIFY(problems.value(Field::RoleArn).contains(u"arn:aws:iam::123456789012:role/"));
    QVERIFY(problems.value(Field::SourceProfile).contains(u"There is no profile “missing”"));
    QVERIFY(problems.value(Field::ExternalId).contains(u"2 to 1224"));
    QVERIFY(problems.value(Field::MfaSerial).contains(u"cannot contain spaces"));

    profile = roleProfile();
    profile.sourceProfile = profile.name;
    QVERIFY(profile.problems(kProfiles + QStringList{profile.name})
                .value(Field::SourceProfile)
                .contains(u"its own credentials"));
    profile.sourceProfile.clear();
    profile.roleArn.clear();
    profile.name.clear();
    const auto empty = profile.problems(kProfiles);
    QVERIFY(empty.value(Field::Name).contains(u"Give the profile a name"));
    QVERIFY(empty.value(Field::RoleArn).contains(u"Enter the ARN"));
    QVERIFY(empty.value(Field::SourceProfile).contains(u"Choose the profile"));
}

void TestNewProfile::identityCenterProblems()
{
    NewProfile profile = ssoProfile();
    profile.ssoSession = QStringLiteral("[corp]");
    profile.ssoStartUrl = QStringLiteral("http://corp.awsapps.com/start");
    profile.ssoRegion.clear();
    profile.ssoAccountId = QStringLiteral("1111-2222-3333");
    profile.ssoRoleName = QStringLiteral("Importer role");
    const auto problems = profile.problems(kProfiles);
    QVERIFY(problems.value(Field::SsoSession).contains(u"cannot contain spaces, brackets"));
    QVERIFY(problems.value(Field::SsoStartUrl).contains(u"start URL"));
    QVERIFY(problems.value(Field::SsoRegion).contains(u"Region of IAM Identity Center"));
    QVERIFY(problems.value(Field::SsoAccountId).contains(u"12 digits"));
    QVERIFY(problems.value(Field::SsoRoleName).contains(u"permission set"));
    // The other kind's fields are not checked.
    QVERIFY(!problems.contains(Field::RoleArn));
}

void TestNewProfile::writesARoleProfile()
{
    ConfigFileEditor editor = ConfigFileEditor::fromText("[profile base]\nregion = us-east-1\n");
    NewProfile profile = roleProfile();
    profile.externalId = QStringLiteral("shared-secret-id");
    profile.mfaSerial = QStringLiteral("arn:aws:iam::123456789012:mfa/ops");
    profile.applyTo(editor);
    const SharedConfig config = read(editor);
    QCOMPARE(config.profiles(), (QStringList{QStringLiteral("base"), QStringLiteral("importer")}));
    const auto properties = config.profile(QStringLiteral("importer"));
    QCOMPARE(properties.value(QStringLiteral("region")), QStringLiteral("eu-west-1"));
    QCOMPARE(properties.value(QStringLiteral("role_arn")), profile.roleArn);
    QCOMPARE(properties.value(QStringLiteral("source_profile")), QStringLiteral("base"));
    QCOMPARE(properties.value(QStringLiteral("external_id")), QStringLiteral("shared-secret-id"));
    QCOMPARE(properties.value(QStringLiteral("mfa_serial")), profile.mfaSerial);
    QVERIFY(config.warnings().isEmpty());
}

void TestNewProfile::writesAnIdentityCenterProfile()
{
    ConfigFileEditor editor = ConfigFileEditor::fromText({});
    ssoProfile().applyTo(editor);
    const SharedConfig config = read(editor);
    const auto properties = config.profile(QStringLiteral("sso-dev"));
    QCOMPARE(properties.value(QStringLiteral("sso_session")), QStringLiteral("corp"));
    QCOMPARE(properties.value(QStringLiteral("sso_account_id")), QStringLiteral("111122223333"));
    QCOMPARE(properties.value(QStringLiteral("sso_role_name")), QStringLiteral("Importer"));
    QVERIFY(!properties.contains(QStringLiteral("sso_start_url")));
    const auto session = config.session(QStringLiteral("corp"));
    QCOMPARE(session.value(QStringLiteral("sso_start_url")),
             QStringLiteral("https://corp.awsapps.com/start"));
    QCOMPARE(session.value(QStringLiteral("sso_region")), QStringLiteral("us-east-1"));
    QCOMPARE(session.value(QStringLiteral("sso_registration_scopes")),
             QStringLiteral("sso:account:access"));
    QVERIFY(editor.text().startsWith("[sso-session corp]\n"));
}

void TestNewProfile::replacingSwitchesTheKind()
{
    ConfigFileEditor editor = ConfigFileEditor::fromText(
        "[profile sso-dev]\n# mine\nrole_arn = arn:aws:iam::123456789012:role/Old\n"
        "source_profile = base\ncli_pager =\n");
    ssoProfile().applyTo(editor);
    const auto properties = read(editor).profile(QStringLiteral("sso-dev"));
    QVERIFY(!properties.contains(QStringLiteral("role_arn")));
    QVERIFY(!properties.contains(QStringLiteral("source_profile")));
    QVERIFY(properties.contains(QStringLiteral("cli_pager")));
    QCOMPARE(properties.value(QStringLiteral("sso_session")), QStringLiteral("corp"));
    QVERIFY(editor.text().contains("# mine\n"));
}

QTEST_GUILESS_MAIN(TestNewProfile)
#include "tst_newprofile.moc"
