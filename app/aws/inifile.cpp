#include "aws/inifile.h"

#include "aws/boundedfile.h"

#include <QDir>

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Drops a trailing comment: `#` or `;` counts only after whitespace, so values such as
// `https://host/#frag` or `a;b` survive.
QString stripInlineComment(const QString &text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if ((text.at(i) == u'#' || text.at(i) == u';') && isBlank(text.at(i - 1)))
            return text.left(i);
    }
    return text;
}

bool isCommentOrBlank(const QString &trimmed)
{
    return trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';');
}

} // namespace

const IniSection *IniFile::section(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_sections.at(*it);
}

IniFile IniFile::load(const QString &path)
{
    const auto content = BoundedFile::read(path, kMaxFileBytes, tr("The AWS settings file"));
    if (!content.ok()) {
        IniFile empty;
        empty.m_fileName = path;
        empty.m_loadError = content.error().message; // empty for a missing file
        return empty;
    }
    IniFile parsed = parse(content.value(), path);
    parsed.m_exists = true;
    return parsed;
}

IniFile IniFile::parse(const QByteArray &text, const QString &fileName)
{
    IniFile ini;
    ini.m_fileName = fileName;
    const QString label = fileName.isEmpty() ? tr("(text)") : QDir::toNativeSeparators(fileName);

    QString content = QString::fromUtf8(text);
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    const QStringList lines = content.split(u'\n');

    qsizetype current = -1;    // index of the section properties go to; -1 = none or invalid
    QString lastKey;           // property that indented lines continue
    bool inBadSection = false; // its header was already reported; skip its lines quietly
    auto warn = [&](int lineNumber, const QString &message) {
        ini.m_warnings.append(label + u':' + QString::number(lineNumber) + u": " + message);
    };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QString line = lines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (isCommentOrBlank(trimmed))
            continue;

        // An indented line continues the previous property.
        if (isBlank(line.at(0)) && !lastKey.isEmpty() && current >= 0) {
            IniSection &section = ini.m_sections[current];
            const QString value = stripInlineComment(trimmed).trimmed();
            if (section.properties.value(lastKey).isEmpty()) {
                const qsizetype eq = value.indexOf(u'=');
                const QString subKey = eq < 0 ? QString() : value.left(eq).trimmed();
                if (subKey.isEmpty()) {
                    warn(lineNumber, tr("expected \"name = value\" inside the \"%1\" block; the "
                                        "line is ignored.")
                                         .arg(lastKey));
                    continue;
                }
                section.subProperties[lastKey].insert(subKey, value.mid(eq + 1).trimmed());
            } else {
                section.properties[lastKey] += u'\n' + value;
            }
            continue;
        }

        if (trimmed.startsWith(u'[')) {
            lastKey.clear();
            current = -1;
            inBadSection = true;
            const qsizetype close = trimmed.indexOf(u']');
            if (close < 0) {
                warn(lineNumber, tr("the section header has no closing \"]\"; the section is "
                                    "ignored."));
                continue;
            }
            const QString rest = trimmed.mid(close + 1).trimmed();
            if (!isCommentOrBlank(rest)) {
                warn(lineNumber, tr("unexpected text after the section header; the section is "
                                    "ignored."));
                continue;
            }
            const QString name = trimmed.mid(1, close - 1).trimmed();
            if (name.isEmpty()) {
                warn(lineNumber, tr("the section name is empty; the section is ignored."));
                continue;
            }
            inBadSection = false;
            const auto found = ini.m_index.constFind(name);
            if (found != ini.m_index.constEnd()) {
                current = *found;
            } else {
                IniSection section;
                section.name = name;
                section.line = lineNumber;
                current = ini.m_sections.size();
                ini.m_sections.append(section);
                ini.m_index.insert(name, current);
            }
            continue;
        }

        lastKey.clear();
        if (inBadSection)
            continue;
        const qsizetype eq = trimmed.indexOf(u'=');
        if (eq < 0) {
            warn(lineNumber, tr("expected \"name = value\" or a [section]; the line is ignored."));
            continue;
        }
        const QString key = trimmed.left(eq).trimmed();
        if (key.isEmpty()) {
            warn(lineNumber, tr("the property has no name; the line is ignored."));
            continue;
        }
        if (current < 0) {
            warn(lineNumber,
                 tr("\"%1\" is outside of any valid [section]; the line is ignored.").arg(key));
            continue;
        }
        IniSection &section = ini.m_sections[current];
        // Last one wins, including any nested block an earlier duplicate had.
        section.properties.insert(key, stripInlineComment(trimmed.mid(eq + 1)).trimmed());
        section.subProperties.remove(key);
        lastKey = key;
    }
    return ini;
}
