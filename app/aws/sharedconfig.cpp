#include "aws/sharedconfig.h"

#include "aws/logging.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>

namespace {

const QString kDefault = QStringLiteral("default");

SharedConfig::Section toSection(const IniSection &ini)
{
    return {ini.properties, ini.subProperties};
}

// Splits "profile  dev" into ("profile", "dev"); the type is empty for a bare "[dev]".
std::pair<QString, QString> splitSectionName(const QString &name)
{
    const qsizetype space = name.indexOf(QRegularExpression(QStringLiteral("[ \\t]")));
    if (space < 0)
        return {QString(), name};
    return {name.left(space), name.mid(space + 1).trimmed()};
}

QString environmentValue(const QProcessEnvironment &environment, const QString &name)
{
    return environment.value(name).trimmed();
}

} // namespace

QString SharedConfig::expandHome(const QString &path, const QString &homeDir)
{
    if (path == u"~")
        return homeDir;
    if (path.startsWith(u"~/") || path.startsWith(u"~\\"))
        return QDir(homeDir).filePath(path.mid(2));
    return path;
}

SharedConfig SharedConfig::load(const QProcessEnvironment &environment, const QString &homeDir)
{
    QString configPath = environmentValue(environment, QStringLiteral("AWS_CONFIG_FILE"));
    if (configPath.isEmpty())
        configPath = QDir(homeDir).filePath(QStringLiteral(".aws/config"));
    QString credentialsPath =
        environmentValue(environment, QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    if (credentialsPath.isEmpty())
        credentialsPath = QDir(homeDir).filePath(QStringLiteral(".aws/credentials"));

    SharedConfig config = fromFiles(IniFile::load(expandHome(configPath, homeDir)),
                                    IniFile::load(expandHome(credentialsPath, homeDir)), homeDir);
    for (const QString &warning : std::as_const(config.m_warnings))
        qCWarning(lcAwsConfig).noquote() << Redaction::redact(warning);
    return config;
}

SharedConfig SharedConfig::fromFiles(const IniFile &config, const IniFile &credentials,
                                     const QString &homeDir)
{
    SharedConfig shared;
    shared.m_homeDir = homeDir;
    shared.m_configPath = config.fileName();
    shared.m_credentialsPath = credentials.fileName();
    shared.addConfigFile(config);
    shared.addCredentialsFile(credentials);
    return shared;
}

void SharedConfig::addConfigFile(const IniFile &config)
{
    m_warnings += config.warnings();
    if (!config.loadError().isEmpty())
        m_fileErrors.append(config.loadError());
    const QString file = QDir::toNativeSeparators(config.fileName());
    bool sawProfileDefault = false;
    for (const IniSection &section : config.sections()) {
        const auto [type, name] = splitSectionName(section.name);
        if (type.isEmpty() && name == kDefault) {
            // "[profile default]" supersedes "[default]" whatever their order.
            if (!sawProfileDefault)
                m_configProfiles.insert(kDefault, toSection(section));
        } else if (type == u"profile" && !name.isEmpty()) {
            if (name == kDefault)
                sawProfileDefault = true;
            m_configProfiles.insert(name, toSection(section));
        } else if (type == u"sso-session" && !name.isEmpty()) {
            m_sessions.insert(name, toSection(section));
        } else if (type == u"services" && !name.isEmpty()) {
            m_services.insert(name, toSection(section));
        } else if (type.isEmpty()) {
            m_warnings.append(tr("%1:%2: the section [%3] is not used; in the config file a "
                                 "profile section is written [profile %3].")
                                  .arg(file, QString::number(section.line), name));
        } else {
            m_warnings.append(tr("%1:%2: the section [%3] is not a profile, sso-session or "
                                 "services section and is not used.")
                                  .arg(file, QString::number(section.line), section.name));
        }
    }
}

void SharedConfig::addCredentialsFile(const IniFile &credentials)
{
    m_warnings += credentials.warnings();
    if (!credentials.loadError().isEmpty())
        m_fileErrors.append(credentials.loadError());
    const QString file = QDir::toNativeSeparators(credentials.fileName());
    for (const IniSection &section : credentials.sections()) {
        if (section.name.startsWith(QStringLiteral("profile ")) ||
            section.name.startsWith(QStringLiteral("profile\t"))) {
            m_warnings.append(tr("%1:%2: the section [%3] is not used; in the credentials file a "
                                 "profile section is written without the word \"profile\".")
                                  .arg(file, QString::number(section.line), section.name));
            continue;
        }
        m_credentialProfiles.insert(section.name, toSection(section));
    }
}

QStringList SharedConfig::profiles() const
{
    QStringList names = m_configProfiles.keys();
    for (auto it = m_credentialProfiles.cbegin(); it != m_credentialProfiles.cend(); ++it) {
        if (!m_configProfiles.contains(it.key()))
            names.append(it.key());
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        if ((a == kDefault) != (b == kDefault))
            return a == kDefault;
        return a < b;
    });
    return names;
}

bool SharedConfig::hasProfile(const QString &name) const
{
    return m_configProfiles.contains(name) || m_credentialProfiles.contains(name);
}

QMap<QString, QString> SharedConfig::profile(const QString &name) const
{
    return profileSection(name).properties;
}

SharedConfig::Section SharedConfig::profileSection(const QString &name) const
{
    Section merged = m_configProfiles.value(name);
    const Section credentials = m_credentialProfiles.value(name);
    for (auto it = credentials.properties.cbegin(); it != credentials.properties.cend(); ++it) {
        merged.properties.insert(it.key(), it.value());
        merged.subProperties.remove(it.key());
    }
    for (auto it = credentials.subProperties.cbegin(); it != credentials.subProperties.cend(); ++it)
        merged.subProperties.insert(it.key(), it.value());
    return merged;
}

QStringList SharedConfig::sessions() const
{
    return m_sessions.keys();
}

QMap<QString, QString> SharedConfig::session(const QString &name) const
{
    return m_sessions.value(name).properties;
}

QStringList SharedConfig::servicesSections() const
{
    return m_services.keys();
}

SharedConfig::Section SharedConfig::services(const QString &name) const
{
    return m_services.value(name);
}
