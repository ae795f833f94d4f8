#include "aws/credentialchain.h"

#include "aws/awssession.h"
#include "aws/boundedfile.h"
#include "aws/clientconfiguration.h"
#include "aws/credentialprocess.h"
#include "aws/errorparser.h"
#include "aws/logging.h"
#include "aws/ssocredentials.h"
#include "aws/stsclient.h"
#include "aws/stsservice.h"

#include <QDir>
#include <QThread>

namespace {

// Identity providers' tokens are a few kilobytes; STS accepts up to 20,000 characters.
constexpr qint64 kMaxWebIdentityTokenBytes = 64 * 1024;

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
    // The service refused what was derived from them: they may be no better.
    m_sourceCache.clear();
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
    // botocore's order: a role assumed with source_profile or credential_source, then a web
    // identity, then the rest of the profile.
    const QMap<QString, QString> profile = config.profile(name);
    const bool assumesRole = !profile.value(QStringLiteral("role_arn")).isEmpty() &&
                             profile.value(QStringLiteral("web_identity_token_file")).isEmpty() &&
                             (!profile.value(QStringLiteral("source_profile")).isEmpty() ||
                              !profile.value(QStringLiteral("credential_source")).isEmpty());
    if (!assumesRole) {
        const WebIdentitySource webIdentity = webIdentitySource(name, !m_settings.profileExplicit);
        if (!webIdentity.tokenFile.isEmpty()) {
            assumeRoleWithWebIdentity(
                name, webIdentity, [this](const CredentialsResult &result) { complete(result); });
            return;
        }
    }

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

    resolveProfile(name, {}, [this](const CredentialsResult &result) { complete(result); });
}

void CredentialChain::resolveProfile(const QString &name, const QStringList &via,
                                     CredentialsCallback done)
{
    const SharedConfig &config = m_settings.config;
    const QMap<QString, QString> profile = config.profile(name);
    const QString configureCommand = name == u"default"
                                         ? QStringLiteral("aws configure")
                                         : QStringLiteral("aws configure --profile ") + name;
    // A profile that another one names as its source_profile.
    const bool isSource = !via.isEmpty();
    const bool hasRole = !profile.value(QStringLiteral("role_arn")).isEmpty();

    if (isSource) {
        // A role assumed on the way: reuse it while it lasts, so that refreshing the final role
        // does not assume it again (nor ask for its MFA code).
        const auto cached = m_sourceCache.constFind(name);
        if (cached != m_sourceCache.cend() &&
            !cached->expiresWithin(m_settings.refreshMarginSeconds)) {
            done(*cached);
            return;
        }
        m_sourceCache.remove(name);
    }
    const auto remembered = [this, name, isSource, done](const CredentialsResult &result) {
        if (isSource && result.ok() && result->expiration)
            m_sourceCache.insert(name, result.value());
        done(result);
    };

    if (!profile.value(QStringLiteral("web_identity_token_file")).isEmpty()) {
        // Reached for a source_profile, or when the chosen profile's token file was not used
        // above; the environment never applies here, as in botocore.
        assumeRoleWithWebIdentity(name, webIdentitySource(name, false), remembered);
        return;
    }
    // As in the AWS CLI: the chosen profile's role comes first, but a source profile's own keys
    // beat its role (which lets a profile name itself as the source of its role).
    if (hasRole && !isSource) {
        assumeRole(name, via, std::move(done));
        return;
    }

    const QString keyId = profile.value(QStringLiteral("aws_access_key_id"));
    const QString secret = profile.value(QStringLiteral("aws_secret_access_key"));
    if (!keyId.isEmpty() || !secret.isEmpty()) {
        if (keyId.isEmpty() || secret.isEmpty()) {
            done(credentialsError(
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
        done(credentials);
        return;
    }

    if (hasRole) {
        if (via.contains(name)) {
            done(credentialsError(
                tr("The profiles %1 name each other as source_profile in a loop, so none of "
                   "them leads to credentials. Give one of them access keys, "
                   "credential_process or IAM Identity Center, or credential_source = "
                   "Environment.")
                    .arg(u'"' + (via + QStringList{name}).join(QStringLiteral("\" → \"")) + u'"')));
            return;
        }
        assumeRole(name, via, remembered);
        return;
    }

    const QString command = profile.value(QStringLiteral("credential_process"));
    if (!command.isEmpty()) {
        m_process->start(command, name, std::move(done));
        return;
    }

    if (SsoCredentials::isSsoProfile(profile)) {
        const Result<SsoProfileConfig, AwsError> sso = SsoCredentials::configFor(config, name);
        if (!sso.ok()) {
            done(sso.error());
            return;
        }
        m_sso->fetch(sso.value(), config, std::move(done));
        return;
    }

    for (const char *key : {"source_profile", "credential_source"}) {
        const QString setting = QString::fromLatin1(key);
        if (!profile.value(setting).isEmpty()) {
            done(credentialsError(tr("The profile \"%1\" has %2 but no role_arn, so there is no "
                                     "role to assume. Add the role's ARN as role_arn, or remove "
                                     "%2.")
                                      .arg(name, setting)));
            return;
        }
    }

    if (isSource) {
        done(credentialsError(
            tr("The profile \"%1\", the source_profile of \"%2\", holds no credentials. Run "
               "\"%3\" to store access keys in it, or name another source_profile.")
                .arg(name, via.last(), configureCommand)));
        return;
    }
    done(credentialsError(
        tr("The profile \"%1\" holds no credentials. Run \"%2\" to store access keys, "
           "\"aws configure sso --profile %1\" for IAM Identity Center, or add a "
           "credential_process.")
            .arg(name, configureCommand)));
}

void CredentialChain::assumeRole(const QString &name, const QStringList &via,
                                 CredentialsCallback done)
{
    const SharedConfig &config = m_settings.config;
    const QMap<QString, QString> profile = config.profile(name);
    const QString sourceProfile = profile.value(QStringLiteral("source_profile"));
    const QString credentialSource = profile.value(QStringLiteral("credential_source"));

    if (!sourceProfile.isEmpty() && !credentialSource.isEmpty()) {
        done(credentialsError(
            tr("The profile \"%1\" has both source_profile and credential_source, so it is not "
               "clear which credentials should assume its role. Keep one of them.")
                .arg(name)));
        return;
    }
    if (sourceProfile.isEmpty() && credentialSource.isEmpty()) {
        done(credentialsError(
            tr("The profile \"%1\" has a role_arn but no source_profile or credential_source, "
               "so there are no credentials to assume the role with. Add source_profile = the "
               "profile whose credentials may assume it.")
                .arg(name)));
        return;
    }
    if (!credentialSource.isEmpty() && credentialSource != u"Environment") {
        if (credentialSource == u"Ec2InstanceMetadata" || credentialSource == u"EcsContainer") {
            done(credentialsError(
                tr("The profile \"%1\" takes the credentials for its role from %2, but Import "
                   "Desk never contacts the instance metadata or container credentials service: "
                   "it is a desktop tool, and those addresses could be answered by anyone on "
                   "the network. Use source_profile, or credential_source = Environment.")
                    .arg(name, credentialSource)));
        } else {
            done(credentialsError(
                tr("The profile \"%1\" has credential_source = %2, which is not a known "
                   "source. Use Environment, or name a source_profile instead.")
                    .arg(name, credentialSource)));
        }
        return;
    }

    AssumeRoleRequest request;
    request.roleArn = profile.value(QStringLiteral("role_arn"));
    request.roleSessionName = profile.value(QStringLiteral("role_session_name"));
    if (request.roleSessionName.isEmpty()) {
        request.roleSessionName =
            QStringLiteral("importdesk-") + QString::number(QDateTime::currentSecsSinceEpoch());
    }
    request.externalId = profile.value(QStringLiteral("external_id"));
    request.serialNumber = profile.value(QStringLiteral("mfa_serial"));
    const QString duration = profile.value(QStringLiteral("duration_seconds"));
    if (!duration.isEmpty()) {
        bool isNumber = false;
        const int seconds = duration.toInt(&isNumber);
        if (!isNumber || seconds < 900 || seconds > 43200) {
            done(credentialsError(
                tr("The profile \"%1\" sets duration_seconds to \"%2\", but a role session "
                   "lasts from 900 seconds (15 minutes) to 43200 seconds (12 hours). Correct "
                   "the value, or remove it for the role's default of one hour.")
                    .arg(name, duration.left(40))));
            return;
        }
        request.durationSeconds = seconds;
    }
    if (!request.serialNumber.isEmpty() && !m_settings.mfaCodeProvider &&
        !m_settings.mfaUnavailableReason.isEmpty()) {
        done(credentialsError(
            tr("The profile \"%1\" needs an MFA code from the device %2 "
               "(mfa_serial) to assume its role. %3")
                .arg(name, request.serialNumber, m_settings.mfaUnavailableReason)));
        return;
    }
    if (!request.serialNumber.isEmpty() && !m_settings.mfaCodeProvider) {
        done(credentialsError(
            tr("The profile \"%1\" needs a code from the MFA device %2 (mfa_serial) to assume "
               "its role, and there is no way to ask for one here. Use a profile without "
               "mfa_serial, or export temporary credentials as AWS_ACCESS_KEY_ID, "
               "AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN.")
                .arg(name, request.serialNumber)));
        return;
    }

    const auto sts = stsSettings(name);
    if (!sts) {
        done(sts.error());
        return;
    }

    const QPointer<CredentialChain> guard(this);
    auto withSource = [this, guard, name, request, sts = sts.value(),
                       done](const CredentialsResult &source) mutable {
        if (!guard)
            return;
        if (!source.ok()) {
            done(source);
            return;
        }
        if (request.serialNumber.isEmpty()) {
            callSts(name, request, sts, source.value(), done);
            return;
        }
        m_settings.mfaCodeProvider(
            name, request.serialNumber,
            [this, guard, name, request, sts, source = source.value(),
             done](std::optional<QString> code) mutable {
                if (!guard)
                    return;
                const QString entered = code ? code->trimmed() : QString();
                Redaction::registerSecret(entered);
                if (entered.isEmpty()) {
                    done(credentialsError(
                        tr("No MFA code was entered for the profile \"%1\" (device %2), so its "
                           "role was not assumed.")
                            .arg(name, request.serialNumber)));
                    return;
                }
                request.tokenCode = entered;
                callSts(name, request, sts, source, done);
            });
    };

    if (!credentialSource.isEmpty()) {
        std::optional<CredentialsResult> environment = fromEnvironment();
        if (!environment) {
            withSource(credentialsError(
                tr("The profile \"%1\" assumes its role with the credentials in the "
                   "environment (credential_source = Environment), but AWS_ACCESS_KEY_ID and "
                   "AWS_SECRET_ACCESS_KEY are not set. Set them, or use source_profile.")
                    .arg(name)));
            return;
        }
        withSource(*environment);
        return;
    }
    if (!config.hasProfile(sourceProfile)) {
        done(credentialsError(
            tr("The profile \"%1\" names \"%2\" as its source_profile, but there is no such "
               "profile. Correct source_profile, or create the profile.")
                .arg(name, sourceProfile)));
        return;
    }
    resolveProfile(sourceProfile, via + QStringList{name}, std::move(withSource));
}

Result<AwsClientSettings, AwsError> CredentialChain::stsSettings(const QString &name) const
{
    // STS in the role's region, else where the caller connects; its endpoint settings (the
    // [services] block sts, AWS_ENDPOINT_URL_STS) are the role profile's.
    ClientConfigurationOverrides overrides;
    overrides.profile = name;
    overrides.region = m_settings.config.profile(name).value(QStringLiteral("region"));
    if (overrides.region.isEmpty())
        overrides.region = m_settings.region;
    if (overrides.region.isEmpty())
        overrides.region = QStringLiteral("us-east-1");
    const auto configuration = ClientConfiguration::resolve(
        StsService::info(), m_settings.environment, m_settings.config, overrides);
    if (!configuration)
        return configuration.error();
    return AwsSession::clientSettings(StsService::info(), configuration.value());
}

CredentialChain::WebIdentitySource CredentialChain::webIdentitySource(const QString &name,
                                                                      bool useEnvironment) const
{
    const QMap<QString, QString> profile = m_settings.config.profile(name);
    WebIdentitySource source;
    // Each setting on its own: the environment's value when set, else the profile's.
    const auto pick = [&](const char *variable, const char *key, QString &value, QString *setting) {
        const QString variableName = QLatin1String(variable);
        if (useEnvironment && m_settings.environment.contains(variableName)) {
            value = envValue(m_settings.environment, variableName);
            if (setting)
                *setting = variableName;
            return;
        }
        value = profile.value(QLatin1String(key)).trimmed();
        if (setting) {
            *setting = tr("%1 of the profile \"%2\"").arg(QLatin1String(key), name);
        }
    };
    pick("AWS_WEB_IDENTITY_TOKEN_FILE", "web_identity_token_file", source.tokenFile,
         &source.tokenFileSetting);
    pick("AWS_ROLE_ARN", "role_arn", source.roleArn, &source.roleArnSetting);
    pick("AWS_ROLE_SESSION_NAME", "role_session_name", source.sessionName, nullptr);
    return source;
}

void CredentialChain::assumeRoleWithWebIdentity(const QString &name,
                                                const WebIdentitySource &source,
                                                CredentialsCallback done)
{
    if (source.roleArn.isEmpty()) {
        done(credentialsError(
            tr("A web identity token file is set (%1), but no role to assume with it. Set "
               "role_arn in the profile \"%2\", or AWS_ROLE_ARN.")
                .arg(source.tokenFileSetting, name)));
        return;
    }
    // Read at every refresh: the identity provider rotates the token in place.
    const QString path = QDir::toNativeSeparators(source.tokenFile);
    const auto read = BoundedFile::read(source.tokenFile, kMaxWebIdentityTokenBytes,
                                        tr("The web identity token file"));
    if (!read.ok()) {
        if (read.error().problem == BoundedFile::Problem::Missing) {
            done(credentialsError(
                tr("The web identity token file %1 (%2) does not exist. Check the path, or "
                   "that the identity provider has written the token yet.")
                    .arg(path, source.tokenFileSetting)));
        } else {
            done(credentialsError(read.error().message));
        }
        return;
    }
    WebIdentityRequest request;
    request.token = QString::fromUtf8(read.value()).trimmed();
    Redaction::registerSecret(request.token);
    if (request.token.isEmpty()) {
        done(credentialsError(
            tr("The web identity token file %1 (%2) is empty. Check that the identity provider "
               "writes its token there.")
                .arg(path, source.tokenFileSetting)));
        return;
    }
    request.roleArn = source.roleArn;
    request.roleSessionName = source.sessionName;
    if (request.roleSessionName.isEmpty()) {
        request.roleSessionName =
            QStringLiteral("importdesk-") + QString::number(QDateTime::currentSecsSinceEpoch());
    }
    const auto sts = stsSettings(name);
    if (!sts) {
        done(sts.error());
        return;
    }

    auto *client = new StsClient(this);
    client->client()->setSettings(sts.value());
    qCInfo(lcAwsCredentials).noquote()
        << "Assuming role" << request.roleArn << "with the web identity token in" << path
        << "for profile" << name << "at" << sts->endpoint.toDisplayString();
    client->assumeRoleWithWebIdentity(
        request, this,
        [client, name, roleArn = request.roleArn, done](const CredentialsResult &result) {
            client->deleteLater();
            if (!result.ok()) {
                AwsError error = result.error();
                error.kind = AwsError::Kind::Credentials;
                error.message =
                    tr("The role %1 could not be assumed with the web identity token: %2")
                        .arg(roleArn, error.message);
                done(error);
                return;
            }
            AwsCredentials credentials = result.value();
            credentials.source = tr("web identity (role %1)").arg(roleArn);
            done(credentials);
        });
}

void CredentialChain::callSts(const QString &name, const AssumeRoleRequest &request,
                              const AwsClientSettings &sts, const AwsCredentials &source,
                              CredentialsCallback done)
{
    auto *client = new StsClient(this);
    client->client()->setSettings(sts);
    client->client()->setStaticCredentials(source);
    qCInfo(lcAwsCredentials).noquote()
        << "Assuming role" << request.roleArn << "for profile" << name << "with"
        << source.describe() << "at" << sts.endpoint.toDisplayString();
    client->assumeRole(
        request, this,
        [client, name, roleArn = request.roleArn, done](const CredentialsResult &result) {
            client->deleteLater();
            if (!result.ok()) {
                AwsError error = result.error();
                error.kind = AwsError::Kind::Credentials;
                error.message = tr("The role of the profile \"%1\" could not be assumed: %2")
                                    .arg(name, error.message);
                done(error);
                return;
            }
            AwsCredentials credentials = result.value();
            credentials.source = tr("profile %1 (role %2)").arg(name, roleArn);
            done(credentials);
        });
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
