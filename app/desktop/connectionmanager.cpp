#include "desktop/connectionmanager.h"

#include "aws/configfileeditor.h"
#include "aws/credentialchain.h"
#include "aws/newprofile.h"
#include "aws/sharedconfig.h"
#include "aws/ssocredentials.h"
#include "aws/ssodeviceauthorization.h"
#include "aws/stsclient.h"
#include "aws/stsservice.h"
#include "personalize/personalizeclient.h"
#include "personalize/personalizeservice.h"
#include "s3/s3client.h"

#include <QDir>

ConnectionManager::ConnectionManager(const AwsSessionOptions &base, QObject *parent)
    : QObject(parent)
    , m_base(base)
{}

ConnectionManager::~ConnectionManager()
{
    // The client borrows the session's AwsClient; the identity call its credential chain.
    m_identity.reset();
    m_s3.reset();
    m_client.reset();
    m_session.reset();
}

void ConnectionManager::setDefaultMaxAttempts(int attempts, const QString &origin)
{
    m_base.overrides.defaultMaxAttempts = attempts;
    m_base.overrides.defaultMaxAttemptsOrigin = origin;
}

QStringList ConnectionManager::profiles() const
{
    const QString home = m_base.homeDir.isEmpty() ? QDir::homePath() : m_base.homeDir;
    return SharedConfig::load(m_base.environment, home).profiles();
}

QString ConnectionManager::configFilePath() const
{
    const QString home = m_base.homeDir.isEmpty() ? QDir::homePath() : m_base.homeDir;
    return SharedConfig::load(m_base.environment, home).configFilePath();
}

QMap<QString, QMap<QString, QString>> ConnectionManager::ssoSessions() const
{
    const QString home = m_base.homeDir.isEmpty() ? QDir::homePath() : m_base.homeDir;
    const SharedConfig config = SharedConfig::load(m_base.environment, home);
    QMap<QString, QMap<QString, QString>> sessions;
    for (const QString &name : config.sessions())
        sessions.insert(name, config.session(name));
    return sessions;
}

Result<bool, QString> ConnectionManager::writeProfile(const NewProfile &profile)
{
    auto editor = ConfigFileEditor::load(configFilePath());
    if (!editor)
        return editor.error();
    profile.applyTo(editor.value());
    return editor->save();
}

QStringList ConnectionManager::regions()
{
    // Where Amazon Personalize is offered.
    return {QStringLiteral("us-east-1"),      QStringLiteral("us-east-2"),
            QStringLiteral("us-west-2"),      QStringLiteral("ca-central-1"),
            QStringLiteral("eu-west-1"),      QStringLiteral("eu-central-1"),
            QStringLiteral("ap-south-1"),     QStringLiteral("ap-northeast-1"),
            QStringLiteral("ap-northeast-2"), QStringLiteral("ap-southeast-1"),
            QStringLiteral("ap-southeast-2"), QStringLiteral("cn-north-1"),
            QStringLiteral("us-gov-west-1")};
}

QString ConnectionManager::profile() const
{
    if (!m_storedKey.isEmpty())
        return {}; // a stored key is no profile
    return m_session ? m_session->profile() : m_failedProfile;
}

QString ConnectionManager::region() const
{
    return m_session ? m_session->region() : m_failedRegion;
}

void ConnectionManager::setAccountId(const QString &accountId)
{
    if (accountId.isEmpty() || accountId == m_accountId)
        return;
    m_accountId = accountId;
    Q_EMIT accountIdChanged(m_accountId);
}

bool ConnectionManager::connectTo(const QString &profile, const QString &region)
{
    AwsSessionOptions options = m_base;
    if (!m_sandbox) {
        options.overrides.profile = profile.trimmed();
        options.overrides.region = region.trimmed();
    } else if (options.overrides.region.isEmpty()) {
        options.overrides.region = region.trimmed();
    }
    m_storedKey.clear();
    return open(options);
}

bool ConnectionManager::connectWithKey(const QString &name, const AwsCredentials &credentials,
                                       const QString &region)
{
    AwsSessionOptions options = m_base;
    options.explicitCredentials = credentials;
    // The key belongs to no profile: settings such as the Region come from the default one
    // (which need not exist), whatever AWS_PROFILE says.
    options.overrides.profile = QStringLiteral("default");
    if (!region.trimmed().isEmpty())
        options.overrides.region = region.trimmed();
    m_storedKey = name;
    return open(options);
}

void ConnectionManager::failStoredKey(const QString &name, const QString &region,
                                      const QString &message)
{
    ++m_generation;
    m_identity.reset();
    m_s3.reset();
    m_client.reset();
    m_session.reset();
    m_storedKey = name;
    if (!m_callerArn.isEmpty() || !m_callerAccount.isEmpty()) {
        m_callerArn.clear();
        m_callerAccount.clear();
        Q_EMIT callerIdentityChanged();
    }
    m_failedProfile.clear();
    m_failedRegion = region;
    if (!m_accountId.isEmpty()) {
        m_accountId.clear();
        Q_EMIT accountIdChanged(QString());
    }
    Q_EMIT sessionChanged();
    setState(State::Failed, message);
}

bool ConnectionManager::open(AwsSessionOptions options)
{
    ++m_generation;
    m_identity.reset();
    m_s3.reset();
    m_client.reset();
    m_session.reset();
    m_options = options;
    if (!m_callerArn.isEmpty() || !m_callerAccount.isEmpty()) {
        m_callerArn.clear();
        m_callerAccount.clear();
        Q_EMIT callerIdentityChanged();
    }
    const QString previousAccount = m_accountId;
    m_accountId.clear();
    if (!previousAccount.isEmpty())
        Q_EMIT accountIdChanged(QString());

    auto opened = AwsSession::open(PersonalizeService::info(), options);
    if (!opened) {
        m_failedProfile = options.overrides.profile;
        m_failedRegion = options.overrides.region;
        Q_EMIT sessionChanged();
        setState(State::Failed, opened.error().message);
        return false;
    }
    m_session = opened.value();
    m_client = std::make_unique<PersonalizeClient>(m_session->client());
    connect(m_session->client(), &AwsClient::callFinished, this, &ConnectionManager::callFinished);
    openS3();
    Q_EMIT sessionChanged();
    checkCredentials();
    return true;
}

void ConnectionManager::openS3()
{
    m_s3Problem.clear();
    auto settings = S3Client::settingsFor(m_session->configuration(), m_session->sharedConfig(),
                                          m_options.environment);
    if (!settings) {
        m_s3Problem = settings.error().message;
        return;
    }
    if (m_sandbox) {
        // The sandbox serves its buckets at its own address, path style, like S3-compatible
        // stores do.
        settings.value().endpoint = m_session->endpoint();
        settings.value().addressingStyle = S3AddressingStyle::Path;
    }
    m_s3 = std::make_unique<S3Client>(m_session->client()->networkAccessManager(),
                                      m_session->credentials()->source(), settings.value());
    connect(m_s3.get(), &S3Client::callFinished, this, &ConnectionManager::callFinished);
}

void ConnectionManager::checkCredentials()
{
    setState(State::Checking, m_storedKey.isEmpty()
                                  ? tr("Checking the credentials of profile “%1”…").arg(profile())
                                  : tr("Checking the stored key “%1”…").arg(m_storedKey));
    const int generation = m_generation;
    m_session->credentials()->get(this, [this, generation](const auto &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            setState(State::Failed, credentialsAdvice(result.error()));
            return;
        }
        setAccountId(result.value().accountId);
        setState(State::Ready, m_sandbox ? tr("Connected to the local sandbox at %1.")
                                               .arg(m_session->endpoint().toDisplayString())
                                         : tr("Connected as %1.").arg(result.value().describe()));
        if (m_looksUpIdentity)
            lookUpCallerIdentity();
    });
}

void ConnectionManager::lookUpCallerIdentity()
{
    // STS with the session's profile, region and endpoint settings (the sandbox serves it too).
    ClientConfigurationOverrides overrides = m_options.overrides;
    overrides.profile = m_session->profile();
    overrides.region = m_session->region();
    const auto configuration = ClientConfiguration::resolve(
        StsService::info(), m_options.environment, m_session->sharedConfig(), overrides);
    if (!configuration)
        return; // nothing more to show than the configuration says
    auto settings = AwsSession::clientSettings(StsService::info(), configuration.value());
    if (!settings)
        return;
    // Only a nicety: give up sooner than a real call would.
    settings->maxAttempts = 2;
    settings->callDeadline = std::chrono::seconds(30);
    m_identity = std::make_unique<StsClient>();
    m_identity->client()->setSettings(settings.value());
    m_identity->client()->setCredentialsSource(m_session->credentials()->source());
    connect(m_identity->client(), &AwsClient::callFinished, this, &ConnectionManager::callFinished);
    const int generation = m_generation;
    m_identity->getCallerIdentity(this, [this, generation](const auto &result) {
        if (generation != m_generation || !result.ok())
            return; // a failure keeps what the configuration said; the activity log shows it
        m_callerAccount = result->account;
        m_callerArn = result->arn;
        setAccountId(m_callerAccount);
        Q_EMIT callerIdentityChanged();
    });
}

QString ConnectionManager::shortCallerName(const QString &arn)
{
    // arn:PARTITION:SERVICE::ACCOUNT:RESOURCE
    const QString resource = arn.section(u':', 5);
    if (resource.isEmpty())
        return arn;
    const QStringList parts = resource.split(u'/');
    if (parts.first() == u"root")
        return tr("root user");
    if (parts.first() == u"user" && parts.size() >= 2)
        return tr("user %1").arg(parts.last());
    if (parts.first() == u"assumed-role" && parts.size() >= 3) {
        return tr("role %1 (session %2)").arg(parts.at(1), parts.mid(2).join(u'/'));
    }
    if (parts.first() == u"federated-user" && parts.size() >= 2)
        return tr("federated user %1").arg(parts.last());
    return resource;
}

QString ConnectionManager::credentialsAdvice(const AwsError &error) const
{
    QString text = error.message;
    if (text.contains(QLatin1String("aws sso login")))
        return text; // the credential chain already names the command
    if (!m_storedKey.isEmpty()) {
        if (error.kind == AwsError::Kind::Credentials || error.isService()) {
            return text + u' ' +
                   tr("Check the stored key “%1”: replace it in Stored keys if it was deleted "
                      "or rotated.")
                       .arg(m_storedKey);
        }
        return text;
    }
    const QMap<QString, QString> properties =
        m_session ? m_session->sharedConfig().profile(profile()) : QMap<QString, QString>();
    const bool sso = properties.contains(QStringLiteral("sso_session")) ||
                     properties.contains(QStringLiteral("sso_start_url"));
    if (sso && (error.kind == AwsError::Kind::Credentials || error.isService())) {
        return text + u' ' +
               tr("Sign in again with “aws sso login --profile %1”, then choose the profile "
                  "again.")
                   .arg(profile());
    }
    const QString suggestion = error.suggestion();
    if (!suggestion.isEmpty())
        text += u' ' + suggestion;
    return text;
}

void ConnectionManager::setState(State state, const QString &message)
{
    if (state == m_state && message == m_statusMessage)
        return;
    m_state = state;
    m_statusMessage = message;
    Q_EMIT stateChanged(state, message);
}

bool ConnectionManager::canSignIn() const
{
    if (m_sandbox || m_state != State::Failed)
        return false;
    const QString home = m_base.homeDir.isEmpty() ? QDir::homePath() : m_base.homeDir;
    const SharedConfig config =
        m_session ? m_session->sharedConfig() : SharedConfig::load(m_base.environment, home);
    return SsoCredentials::configFor(config, profile()).ok();
}

SsoDeviceAuthorization *ConnectionManager::signIn()
{
    if (m_sandbox)
        return nullptr;
    const QString home = m_base.homeDir.isEmpty() ? QDir::homePath() : m_base.homeDir;
    const SharedConfig config = SharedConfig::load(m_base.environment, home);
    const QString name = profile();
    const auto sso = SsoCredentials::configFor(config, name);
    if (!SsoCredentials::isSsoProfile(config.profile(name)) || !sso)
        return nullptr;
    if (m_signIn) {
        m_signIn->cancel();
        m_signIn->deleteLater();
    }
    m_signIn = new SsoDeviceAuthorization(&m_signInNetwork, this);
    connect(m_signIn, &SsoDeviceAuthorization::signedIn, this, [this, name] {
        // Unless the user has chosen another profile meanwhile.
        if (profile() == name)
            connectTo(name, region());
    });
    m_signIn->start(sso.value(), m_base.environment, config);
    return m_signIn;
}
