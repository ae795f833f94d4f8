#pragma once

#include "aws/inifile.h"

#include <QCoreApplication>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// The AWS shared config and credentials files (~/.aws/config, ~/.aws/credentials) read the way
// the AWS CLI and SDKs read them. The environment and the home directory are parameters so
// that tests and tools never depend on the user's own files.
class SharedConfig
{
    Q_DECLARE_TR_FUNCTIONS(SharedConfig)

public:
    // Properties of one profile, sso-session or services section, with nested blocks.
    struct Section
    {
        QMap<QString, QString> properties;
        QMap<QString, QMap<QString, QString>> subProperties;
    };

    SharedConfig() = default;

    // Reads AWS_CONFIG_FILE (default <home>/.aws/config) and AWS_SHARED_CREDENTIALS_FILE
    // (default <home>/.aws/credentials). Missing files count as empty.
    static SharedConfig load(const QProcessEnvironment &environment, const QString &homeDir);
    // Builds from already parsed files (tests, tools).
    static SharedConfig fromFiles(const IniFile &config, const IniFile &credentials,
                                  const QString &homeDir = {});

    // Expands a leading "~/" to the home directory, as the CLI does for file settings.
    static QString expandHome(const QString &path, const QString &homeDir);

    QString configFilePath() const { return m_configPath; }
    QString credentialsFilePath() const { return m_credentialsPath; }
    QString homeDir() const { return m_homeDir; }

    // Profile names from both files, sorted, "default" first.
    QStringList profiles() const;
    bool hasProfile(const QString &name) const;
    // Merged properties of a profile; the credentials file's values win over the config file's.
    QMap<QString, QString> profile(const QString &name) const;
    Section profileSection(const QString &name) const;

    QStringList sessions() const;
    bool hasSession(const QString &name) const { return m_sessions.contains(name); }
    QMap<QString, QString> session(const QString &name) const;

    QStringList servicesSections() const;
    bool hasServices(const QString &name) const { return m_services.contains(name); }
    Section services(const QString &name) const;

    // Parse problems and ignored sections, one sentence each, for the log or a details view.
    const QStringList &warnings() const { return m_warnings; }
    // Files that exist but were not read (not a regular file, too large, unreadable), one
    // sentence each naming the file; the settings they hold are missing.
    const QStringList &fileErrors() const { return m_fileErrors; }

private:
    void addConfigFile(const IniFile &config);
    void addCredentialsFile(const IniFile &credentials);

    QString m_configPath;
    QString m_credentialsPath;
    QString m_homeDir;
    QMap<QString, Section> m_configProfiles;
    QMap<QString, Section> m_credentialProfiles;
    QMap<QString, Section> m_sessions;
    QMap<QString, Section> m_services;
    QStringList m_warnings;
    QStringList m_fileErrors;
};
