#pragma once

#include "aws/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Changes the AWS config file (~/.aws/config) the way a person would with an editor: sections
// and keys are added or changed in place, and everything else (comments, blank lines, order,
// keys Import Desk does not know, line endings, "[default]" against "[profile default]")
// stays as it was. Saved atomically, keeping the file's mode. Never given a secret.
class ConfigFileEditor
{
    Q_DECLARE_TR_FUNCTIONS(ConfigFileEditor)

public:
    using Properties = QList<std::pair<QString, QString>>;

    // Reads the file at `path`; a file that does not exist yet gives an empty editor. Fails,
    // naming the file, when it is not a regular file, too large or unreadable.
    static Result<ConfigFileEditor, QString> load(const QString &path);
    // Edits `text` as if read from `path`.
    static ConfigFileEditor fromText(const QByteArray &text, const QString &path = {});

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }

    // A profile is "[profile name]", or "[default]" / "[profile default]" for "default".
    bool hasProfile(const QString &name) const;
    bool hasSsoSession(const QString &name) const;

    // Sets each key of `properties` in the profile's section, adding the section at the end
    // when there is none; `remove` lists keys to take out of it. Other keys stay.
    void setProfile(const QString &name, const Properties &properties,
                    const QStringList &remove = {});
    void setSsoSession(const QString &name, const Properties &properties);

    QByteArray text() const;
    // Writes text() to path() through a temporary file that replaces it only once complete.
    // An existing file keeps its mode; a new one (and a new folder) is readable by its owner
    // only. The error names the file and says what to do.
    Result<bool, QString> save() const;

private:
    // Index of the first header line of a section `matches` accepts; -1 when none.
    template<typename Match>
    qsizetype findSection(Match matches) const;
    template<typename Match>
    void setSection(Match matches, const QString &header, const Properties &properties,
                    const QStringList &remove);

    QString m_path;
    bool m_exists = false;
    QStringList m_lines;
    QString m_lineEnd = QStringLiteral("\n");
    bool m_bom = false;
};
