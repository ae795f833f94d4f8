#include "aws/clientconfiguration.h"

#include "aws/boundedfile.h"
#include "aws/endpointpolicy.h"
#include "aws/logging.h"

#include <QDir>

namespace {

using Error = Result<ClientConfiguration, AwsError>;

QString envValue(const QProcessEnvironment &environment, const QString &name)
{
    // The SDKs treat an empty variable as unset.
    return environment.value(name).trimmed();
}

AwsError configError(const QString &message)
{
    return AwsError::make(AwsError::Kind::Configuration, message);
}

// A setting read from the environment first, then the profile.
struct Lookup
{
    QString value;
    QString origin;
};

Lookup lookup(const QProcessEnvironment &environment, const QString &variable,
              const QMap<QString, QString> &profile, const QString &key,
              const QString &profileLabel)
{
    const QString fromEnvironment = envValue(environment, variable);
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment, variable};
    const QString fromProfile = profile.value(key).trimmed();
    if (!fromProfile.isEmpty())
        return {fromProfile, profileLabel};
    return {};
}

QString settingName(const Lookup &found, const QString &variable, const QString &key)
{
    return found.origin == variable ? variable : key + u" (" + found.origin + u')';
}

std::optional<bool> parseBool(const QString &text)
{
    if (text.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (text.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

std::optional<QUrl> parseEndpoint(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"https" && url.scheme() != u"http"))
        return std::nullopt;
    return url;
}

} // namespace

QString ClientConfiguration::displayEndpoint(const QString &text)
{
    // Everything between "scheme://" and the last "@" may be a user name and password; masking
    // too much of a malformed address is better than showing a password.
    QString shown = text;
    const qsizetype at = shown.lastIndexOf(u'@');
    if (at < 0)
        return shown;
    const qsizetype schemeEnd = shown.indexOf(QStringLiteral("://"));
    const qsizetype start = schemeEnd >= 0 && schemeEnd < at ? schemeEnd + 3 : 0;
    shown.replace(start, at - start, QStringLiteral("…"));
    return shown;
}

Result<ClientConfiguration, AwsError>
ClientConfiguration::resolve(const AwsServiceInfo &service, const QProcessEnvironment &environment,
                             const SharedConfig &config,
                             const ClientConfigurationOverrides &overrides)
{
    // A settings file that exists but could not be read would silently change which profile,
    // region and credentials are used.
    if (!config.fileErrors().isEmpty())
        return Error(configError(config.fileErrors().first()));

    ClientConfiguration resolved;
    const QString envProfile = envValue(environment, QStringLiteral("AWS_PROFILE"));
    if (!overrides.profile.trimmed().isEmpty()) {
        resolved.profile = overrides.profile.trimmed();
        resolved.profileOrigin = tr("command line");
        resolved.profileExplicit = true;
    } else if (!envProfile.isEmpty()) {
        resolved.profile = envProfile;
        resolved.profileOrigin = QStringLiteral("AWS_PROFILE");
    } else {
        resolved.profile = QStringLiteral("default");
        resolved.profileOrigin = tr("default");
    }

    // A missing "default" is fine (everything may come from the environment); a missing named
    // profile is almost always a typo.
    if (!config.hasProfile(resolved.profile) && resolved.profile != u"default") {
        return Error(configError(
            tr("The profile \"%1\" (from %2) does not exist in %3 or %4. Choose an existing "
               "profile, or create it with \"aws configure --profile %1\".")
                .arg(resolved.profile, resolved.profileOrigin,
                     QDir::toNativeSeparators(config.configFilePath()),
                     QDir::toNativeSeparators(config.credentialsFilePath()))));
    }

    const QMap<QString, QString> profile = config.profile(resolved.profile);
    const QString profileLabel = tr("profile %1").arg(resolved.profile);

    // Region: explicit → AWS_REGION → AWS_DEFAULT_REGION → profile; no silent default.
    if (!overrides.region.trimmed().isEmpty()) {
        resolved.region = overrides.region.trimmed();
        resolved.regionOrigin = tr("command line");
    } else {
        const QString sdkVariable = QStringLiteral("AWS_REGION");
        Lookup region = {envValue(environment, sdkVariable), sdkVariable};
        if (region.value.isEmpty()) {
            region = lookup(environment, QStringLiteral("AWS_DEFAULT_REGION"), profile,
                            QStringLiteral("region"), profileLabel);
        }
        resolved.region = region.value;
        resolved.regionOrigin = region.origin;
    }

    // Booleans.
    struct BoolSetting
    {
        const char *variable;
        const char *key;
        bool *target;
    };
    const BoolSetting booleans[] = {
        {"AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "ignore_configured_endpoint_urls",
         &resolved.ignoreConfiguredEndpointUrls},
        {"AWS_USE_FIPS_ENDPOINT", "use_fips_endpoint", &resolved.useFipsEndpoint},
        {"AWS_USE_DUALSTACK_ENDPOINT", "use_dualstack_endpoint", &resolved.useDualStackEndpoint},
    };
    for (const BoolSetting &setting : booleans) {
        const QString variable = QString::fromLatin1(setting.variable);
        const QString key = QString::fromLatin1(setting.key);
        const Lookup found = lookup(environment, variable, profile, key, profileLabel);
        if (found.value.isEmpty())
            continue;
        const std::optional<bool> value = parseBool(found.value);
        if (!value) {
            return Error(configError(tr("%1 must be \"true\" or \"false\", not \"%2\". Correct "
                                        "or remove the setting.")
                                         .arg(settingName(found, variable, key), found.value)));
        }
        *setting.target = *value;
    }

    // Endpoint URL (botocore's ConfiguredEndpointProvider order).
    const QString serviceVariable = service.endpointVariable();
    struct Candidate
    {
        QString value;
        QString origin;
    };
    std::optional<Candidate> endpoint;
    if (!overrides.endpointUrl.isEmpty()) {
        endpoint = Candidate{overrides.endpointUrl.toString(), tr("command line")};
    } else if (!resolved.ignoreConfiguredEndpointUrls) {
        const QString forService = envValue(environment, serviceVariable);
        const QString global = envValue(environment, QStringLiteral("AWS_ENDPOINT_URL"));
        if (!forService.isEmpty()) {
            endpoint = Candidate{forService, serviceVariable};
        } else if (!global.isEmpty()) {
            endpoint = Candidate{global, QStringLiteral("AWS_ENDPOINT_URL")};
        } else {
            const QString servicesName = profile.value(QStringLiteral("services")).trimmed();
            if (!servicesName.isEmpty()) {
                if (!config.hasServices(servicesName)) {
                    return Error(configError(
                        tr("The profile \"%1\" refers to the services section \"%2\", which does "
                           "not exist in %3. Add a [services %2] section or remove the "
                           "\"services\" setting.")
                            .arg(resolved.profile, servicesName,
                                 QDir::toNativeSeparators(config.configFilePath()))));
                }
                const QString fromServices = config.services(servicesName)
                                                 .subProperties.value(service.servicesKey())
                                                 .value(QStringLiteral("endpoint_url"));
                if (!fromServices.isEmpty())
                    endpoint = Candidate{fromServices, tr("services %1").arg(servicesName)};
            }
            const QString fromProfile = profile.value(QStringLiteral("endpoint_url")).trimmed();
            if (!endpoint && !fromProfile.isEmpty())
                endpoint = Candidate{fromProfile, profileLabel};
        }
    }
    if (endpoint) {
        // Never shown as given: a user name and password in it would be echoed to the screen.
        const QString shown = displayEndpoint(endpoint->value);
        const std::optional<QUrl> url = parseEndpoint(endpoint->value);
        if (!url) {
            return Error(configError(tr("The endpoint URL \"%1\" from %2 is not a valid http:// "
                                        "or https:// address. Correct or remove it.")
                                         .arg(shown, endpoint->origin)));
        }
        if (!url->userInfo().isEmpty()) {
            return Error(configError(
                tr("The endpoint URL \"%1\" from %2 contains a user name or password. Remove "
                   "them from the address: requests are signed with your AWS credentials "
                   "instead.")
                    .arg(shown, endpoint->origin)));
        }
        resolved.endpointUrl = *url;
        resolved.endpointOrigin = endpoint->origin;
    }

    // Retries.
    const Lookup attempts = lookup(environment, QStringLiteral("AWS_MAX_ATTEMPTS"), profile,
                                   QStringLiteral("max_attempts"), profileLabel);
    if (attempts.value.isEmpty() && overrides.defaultMaxAttempts > 0) {
        resolved.maxAttempts = overrides.defaultMaxAttempts;
        resolved.maxAttemptsOrigin = overrides.defaultMaxAttemptsOrigin;
    } else if (attempts.value.isEmpty()) {
        resolved.maxAttemptsOrigin = tr("default");
    } else {
        bool isNumber = false;
        const int value = attempts.value.toInt(&isNumber);
        if (!isNumber || value < 1) {
            return Error(configError(
                tr("%1 must be a whole number of attempts of at least 1, not \"%2\". Correct or "
                   "remove the setting.")
                    .arg(settingName(attempts, QStringLiteral("AWS_MAX_ATTEMPTS"),
                                     QStringLiteral("max_attempts")),
                         attempts.value)));
        }
        resolved.maxAttempts = value;
        resolved.maxAttemptsOrigin = attempts.origin;
        resolved.maxAttemptsConfigured = true;
    }

    const Lookup mode = lookup(environment, QStringLiteral("AWS_RETRY_MODE"), profile,
                               QStringLiteral("retry_mode"), profileLabel);
    if (mode.value.isEmpty()) {
        resolved.retryModeOrigin = tr("default");
    } else {
        const QString value = mode.value.toLower();
        if (value != u"standard" && value != u"adaptive" && value != u"legacy") {
            return Error(configError(
                tr("%1 must be \"standard\", \"adaptive\" or \"legacy\", not \"%2\". Correct or "
                   "remove the setting.")
                    .arg(settingName(mode, QStringLiteral("AWS_RETRY_MODE"),
                                     QStringLiteral("retry_mode")),
                         mode.value)));
        }
        resolved.retryMode = value;
        resolved.retryModeOrigin = mode.origin;
        if (value != u"standard") {
            resolved.warnings.append(tr("Import Desk always retries with the standard retry mode; "
                                        "the \"%1\" mode from %2 is not used.")
                                         .arg(value, mode.origin));
        }
    }

    // Extra trusted CAs.
    const Lookup bundle = lookup(environment, QStringLiteral("AWS_CA_BUNDLE"), profile,
                                 QStringLiteral("ca_bundle"), profileLabel);
    if (!bundle.value.isEmpty()) {
        const QString path = SharedConfig::expandHome(bundle.value, config.homeDir());
        const QString setting =
            settingName(bundle, QStringLiteral("AWS_CA_BUNDLE"), QStringLiteral("ca_bundle"));
        const auto content = BoundedFile::read(path, EndpointPolicy::kMaxCaBundleBytes,
                                               tr("The certificate bundle"));
        if (!content.ok()) {
            const BoundedFile::Problem problem = content.error().problem;
            if (problem == BoundedFile::Problem::Missing ||
                problem == BoundedFile::Problem::Unreadable) {
                return Error(configError(tr("The certificate bundle %1 named by %2 cannot be "
                                            "read. Check the path and its permissions.")
                                             .arg(QDir::toNativeSeparators(path), setting)));
            }
            return Error(
                configError(tr("%1 It is named by %2.").arg(content.error().message, setting)));
        }
        // Parsing the certificates waits for the first HTTPS connection (see CaBundle); a file
        // that cannot hold any is reported now.
        if (!content->contains("-----BEGIN CERTIFICATE-----")) {
            return Error(configError(tr("The certificate bundle %1 named by %2 holds no PEM "
                                        "certificate. Point it at a .pem file.")
                                         .arg(QDir::toNativeSeparators(path), setting)));
        }
        resolved.caBundlePath = path;
        resolved.caBundleOrigin = bundle.origin;
        resolved.caBundle = CaBundle::fromFile(path, content.value(), setting);
    }

    for (const QString &warning : std::as_const(resolved.warnings))
        qCInfo(lcAwsConfig).noquote() << warning;
    return resolved;
}
