#include "aws/credentialchain.h"

#include "aws/credentialprocess.h"
#include "aws/errorparser.h"
#include "aws/logging.h"
#include "aws/ssocredentials.h"

#include <QDir>
#include <QThread>

namespace {

AwsError credentialsError(const QString &message)
{
    return AwsError::make(AwsError::Kind::Credentials, message);
}

QString envValue(const QProcessEnvironment &environment, const QString &name)
{
    return environment.value(name).trimmed();
}

} // namespace

CredentialChain::CredentialChain(CredentialChainSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    if (m_settings.profile.trimmed().isEmpty())
        m_settings.profile = QStringLiteral("default");
    m_process = new CredentialProcess(this);
    m_process->setEnvironment(m_settings.environment);
    m_process->setTimeout(m_settings.processTimeout);
    m_sso = new SsoCredentials(m_settings.network, this);
    m_sso->setEnvironment(m_settings.environment);
    if (!m_settings.ssoPortalUrl.isEmpty())
        m_sso->setPortalUrl(m_settings.ssoPortalUrl);
    // Keys in the environment are secrets even when this profile does not use them: a
    // credential_process inherits them, and what it prints on failure is shown to the user.
    for (const char *name : {"AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"})
        Redaction::registerSecret(envValue(m_settings.environment, QLatin1String(name)));
    if (m_settings.explicitCredentials) {
        Redaction::registerSecret(m_settings.explicitCredentials->secretAccessKey);
        Redaction::registerSecret(m_settings.explicitCredentials->sessionToken);
    }
}

CredentialChain::~CredentialChain() = default;

std::function<void(QObject *, CredentialChain::CredentialsCallback)> CredentialChain::source()
{
    return
        [chain = QPointer<CredentialChain>(this)](QObject *context, CredentialsCallback callback) {
            if (chain) {
                chain->get(context, std::move(callback));
                return;
            }
            deliver({context, std::move(callback)},
                    credentialsError(tr("The credentials are no longer available. Restart the "
                                        "operation.")));
        };
}

void CredentialChain::get(QObject *context, CredentialsCallback callback)
{
    if (!context || !callback)
        return;
    if (QThread::currentThread() != thread()) {
        // Keep all state on this object's thread; the answer still goes to the context's.
        QMetaObject::invokeMethod(
            this,
            [this, target = QPointer<QObject>(context), callback] {
                if (target)
                    get(target, callback);
            },
            Qt::QueuedConnection);
        return;
    }
    if (m_cached && !m_cached->expiresWithin(m_settings.refreshMarginSeconds)) {
        deliver({context, std::move(callback)}, *m_cached);
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_resolving)
        startResolving();
}

void CredentialChain::invalidate()
{
    m_cached.reset();
}

void CredentialChain::deliver(const Waiter &waiter, const CredentialsResult &result)
{
    if (!waiter.context)
        return;
    // Queued even when the answer is at hand, so callers never re-enter themselves; Qt drops
    // the call if the context dies before it runs.
    QMetaObject::invokeMethod(
        waiter.context.data(), [callback = waiter.callback, result] { callback(result); },
        Qt::QueuedConnection);
}

void CredentialChain::startResolving()
{
    m_resolving = true;
    if (m_settings.explicitCredentials) {
        AwsCredentials credentials = *m_settings.explicitCredentials;
        if (credentials.source.isEmpty())
            credentials.source = tr("credentials entered in Import Desk");
        complete(credentials);
        return;
    }
    if (!m_settings.profileExplicit) {
        if (std::optional<CredentialsResult> environment = fromEnvironment()) {
            complete(*environment);
            return;
        }
    }
    resolveFromProfile();
}

std::optional<CredentialChain::CredentialsResult> CredentialChain::fromEnvironment() const
{
    const QProcessEnvironment &environment = m_settings.environment;
    const QString keyId = envValue(environment, QStringLiteral("AWS_ACCESS_KEY_ID"));
    const QString secret = envValue(environment, QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (keyId.isEmpty() && secret.isEmpty())
        return std::nullopt;
    if (keyId.isEmpty() || secret.isEmpty()) {
        return CredentialsResult(credentialsError(
            tr("Only one of AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY is set. Set both, or "
               "unset both to use a profile.")));
    }
    AwsCredentials credentials;
    credentials.accessKeyId = keyId;
    credentials.secretAccessKey = secret;
    // botocore also accepts the older name.
    credentials.sessionToken = envValue(environment, QStringLiteral("AWS_SESSION_TOKEN"));
    if (credentials.sessionToken.isEmpty())
        credentials.sessionToken = envValue(environment, QStringLiteral("AWS_SECURITY_TOKEN"));
    credentials.accountId = envValue(environment, QStringLiteral("AWS_ACCOUNT_ID"));
    credentials.source = tr("environment");
    Redaction::registerSecret(credentials.secretAccessKey);
    Redaction::registerSecret(credentials.sessionToken);
    const QString expiration = envValue(environment, QStringLiteral("AWS_CREDENTIAL_EXPIRATION"));
    if (!expiration.isEmpty()) {
        const QDateTime expires = QDateTime::fromString(expiration, Qt::ISODateWithMs);
        if (!expires.isValid()) {
            return CredentialsResult(credentialsError(
                tr("AWS_CREDENTIAL_EXPIRATION is not an ISO 8601 date and time (\"%1\"). "
                   "Correct or unset it.")
                    .arg(expiration)));
        }
        credentials.expiration = expires.toUTC();
        if (credentials.expiresWithin(0)) {
            return CredentialsResult(credentialsError(
                tr("The credentials in the environment expired at %1 (AWS_CREDENTIAL_EXPIRATION). "
                   "Set new ones, or unset AWS_ACCESS_KEY_ID to use a profile.")
                    .arg(credentials.expiration->toString(Qt::ISODate))));
        }
    }
    return CredentialsResult(credentials);
}

void CredentialChain::resolveFromProfile()
{
    const QString name = m_settings.profile;
    const SharedConfig &config = m_settings.config;
    const QString files = QDir::toNativeSeparators(config.configFilePath()) + tr(" or ") +
                          QDir::toNativeSeparators(config.credentialsFilePath());
    const QString configureCommand = name == u"default"
                                         ? QStringLiteral("aws configure")
                                         : QStringLiteral("aws configure --profile ") + name;
    if (!config.hasProfile(name)) {
        if (name != u"default") {
            complete(credentialsError(
                tr("The profile \"%1\" does not exist in %2. Choose an existing profile, or "
                   "create it with \"%3\".")
                    .arg(name, files, configureCommand)));
            return;
        }
        complete(credentialsError(
            tr("No AWS credentials were found: there is no default profile in %1 and "
               "AWS_ACCESS_KEY_ID is not set. Run \"aws configure\" to store access keys, "
               "\"aws configure sso\" for IAM Identity Center, or choose a profile.")
                .arg(files)));
        return;
    }

    const QMap<QString, QString> profile = config.profile(name);
    static const char *const unsupported[] = {"role_arn", "source_profile", "credential_source",
                                              "web_identity_token_file"};
    for (const char *key : unsupported) {
        if (!profile.value(QString::fromLatin1(key)).isEmpty()) {
            complete(credentialsError(
                tr("The profile \"%1\" assumes an IAM role (%2), which Import Desk does not "
                   "support yet. Use a profile with access keys, credential_process or IAM "
                   "Identity Center, or export the role's temporary credentials as "
                   "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.")
                    .arg(name, QString::fromLatin1(key))));
            return;
        }
    }

    const QString keyId = profile.value(QStringLiteral("aws_access_key_id"));
    const QString secret = profile.value(QStringLiteral("aws_secret_access_key"));
    if (!keyId.isEmpty() || !secret.isEmpty()) {
        if (keyId.isEmpty() || secret.isEmpty()) {
            complete(credentialsError(
                tr("The profile \"%1\" has only one of aws_access_key_id and "
                   "aws_secret_access_key. Add the other, for example with \"%2\".")
                    .arg(name, configureCommand)));
            return;
        }
        AwsCredentials credentials;
        credentials.accessKeyId = keyId;
        credentials.secretAccessKey = secret;
        credentials.sessionToken = profile.value(QStringLiteral("aws_session_token"));
        if (credentials.sessionToken.isEmpty())
            credentials.sessionToken = profile.value(QStringLiteral("aws_security_token"));
        credentials.accountId = profile.value(QStringLiteral("aws_account_id"));
        credentials.source = tr("profile %1").arg(name);
        Redaction::registerSecret(credentials.secretAccessKey);
        Redaction::registerSecret(credentials.sessionToken);
        complete(credentials);
        return;
    }

    const QString command = profile.value(QStringLiteral("credential_process"));
    if (!command.isEmpty()) {
        m_process->start(command, name,
                         [this](const CredentialsResult &result) { complete(result); });
        return;
    }

    if (SsoCredentials::isSsoProfile(profile)) {
        const Result<SsoProfileConfig, AwsError> sso = SsoCredentials::configFor(config, name);
        if (!sso.ok()) {
            complete(sso.error());
            return;
        }
        m_sso->fetch(sso.value(), config.homeDir(),
                     [this](const CredentialsResult &result) { complete(result); });
        return;
    }

    complete(credentialsError(
        tr("The profile \"%1\" holds no credentials. Run \"%2\" to store access keys, "
           "\"aws configure sso --profile %1\" for IAM Identity Center, or add a "
           "credential_process.")
            .arg(name, configureCommand)));
}

void CredentialChain::complete(const CredentialsResult &result)
{
    std::optional<CredentialsResult> outcome;
    if (result.ok()) {
        m_cached = result.value();
        qCInfo(lcAwsCredentials).noquote() << "Using credentials:" << m_cached->describe();
        Q_EMIT credentialsResolved(m_cached->describe());
    } else if (m_cached && !m_cached->expiresWithin(0)) {
        // A failed early refresh is not fatal while the old credentials still work; nobody
        // else hears of it, so the log says why.
        qCWarning(lcAwsCredentials).noquote()
            << "Refreshing credentials failed; using the current ones until they expire:"
            << ErrorParser::shortened(Redaction::redact(result.error().message));
        outcome = CredentialsResult(*m_cached);
    } else {
        m_cached.reset();
        // The message goes to every waiter and to credentialsFailed, whose receivers show it;
        // logging it as well would print it twice.
        qCInfo(lcAwsCredentials).noquote()
            << "No credentials for profile" << m_settings.profile << "(reported to the caller)";
        Q_EMIT credentialsFailed(result.error());
    }
    m_resolving = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters)
        deliver(waiter, outcome ? *outcome : result);
}
