#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One `[name]` section of an AWS config or credentials file.
struct IniSection
{
    QString name; // text between the brackets, trimmed, e.g. "profile dev"
    int line = 0; // where the section first appears (1-based)
    QMap<QString, QString> properties;
    // Nested blocks: `s3 =` followed by indented `key = value` lines; the property itself stays
    // in `properties` with an empty value.
    QMap<QString, QMap<QString, QString>> subProperties;
};

// Parser for the INI dialect of ~/.aws/config and ~/.aws/credentials. Malformed lines become
// warnings ("file:line: …") and are skipped, so that one typo never hides the whole file.
class IniFile
{
    Q_DECLARE_TR_FUNCTIONS(IniFile)

public:
    // Parses UTF-8 text; `fileName` only labels the warnings.
    static IniFile parse(const QByteArray &text, const QString &fileName = {});
    // Reads and parses a file. A missing file gives an empty IniFile without warnings; a file
    // that is not a regular file, is larger than kMaxFileBytes or cannot be read gives an empty
    // IniFile with loadError() set.
    static IniFile load(const QString &path);

    // Config and credentials files hold a few profiles; anything larger is not one.
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    // Sections in the order they first appear; repeated sections are merged into the first.
    const QList<IniSection> &sections() const { return m_sections; }
    // The section with exactly that name, or nullptr.
    const IniSection *section(const QString &name) const;
    const QStringList &warnings() const { return m_warnings; }
    const QString &fileName() const { return m_fileName; }
    bool exists() const { return m_exists; }
    // Why the file was not read (naming the file and what to do); empty when it was read or
    // does not exist.
    const QString &loadError() const { return m_loadError; }

private:
    QString m_fileName;
    bool m_exists = false;
    QString m_loadError;
    QList<IniSection> m_sections;
    QHash<QString, qsizetype> m_index;
    QStringList m_warnings;
};
