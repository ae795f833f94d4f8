#include "desktop/connectionmanager.h"

#include "aws/configfileeditor.h"
#include "aws/credentialchain.h"
#include "aws/newprofile.h"
#include "aws/sharedconfig.h"
#include "personalize/personalizeclient.h"
#include "personalize/personalizeservice.h"

#include <QDir>

ConnectionManager::ConnectionManager(const AwsSessionOptions &base, QObject *parent)
    : QObject(parent)
    , m_base(base)
{}

ConnectionManager::~ConnectionManager()
{
    // The client borrows the session's AwsClient.
    m_client.reset();
    m_session.reset();
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
    m_client.reset();
    m_session.reset();
    m_storedKey = name;
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
    m_client.reset();
    m_session.reset();
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
    Q_EMIT sessionChanged();
    checkCredentials();
    return true;
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
    });
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
