#include "aws/configfileeditor.h"

#include "aws/boundedfile.h"
#include "aws/inifile.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <optional>

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// The type and name of a header line ("[profile  dev]" → "profile", "dev"); nullopt for
// other lines.
std::optional<std::pair<QString, QString>> headerOf(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(u'['))
        return std::nullopt;
    const qsizetype close = trimmed.indexOf(u']');
    if (close < 0)
        return std::nullopt;
    const QString inside = trimmed.mid(1, close - 1).trimmed();
    const qsizetype space = inside.indexOf(QRegularExpression(QStringLiteral("[ \\t]")));
    if (space < 0)
        return std::pair<QString, QString>(QString(), inside);
    return std::pair<QString, QString>(inside.left(space), inside.mid(space + 1).trimmed());
}

// The key a property line sets; empty for comments, blank, indented and other lines.
QString keyOf(const QString &line)
{
    if (line.isEmpty() || isBlank(line.at(0)))
        return {};
    const QString trimmed = line.trimmed();
    if (trimmed.startsWith(u'#') || trimmed.startsWith(u';') || trimmed.startsWith(u'['))
        return {};
    const qsizetype eq = trimmed.indexOf(u'=');
    return eq < 0 ? QString() : trimmed.left(eq).trimmed();
}

bool isContinuation(const QString &line)
{
    return !line.isEmpty() && isBlank(line.at(0)) && !line.trimmed().isEmpty();
}

QString propertyLine(const QString &key, const QString &value)
{
    return key + QStringLiteral(" = ") + value;
}

} // namespace

Result<ConfigFileEditor, QString> ConfigFileEditor::load(const QString &path)
{
    const auto content = BoundedFile::read(path, IniFile::kMaxFileBytes, tr("The AWS config file"));
    if (!content.ok()) {
        if (content.error().problem != BoundedFile::Problem::Missing)
            return content.error().message;
        return fromText({}, path);
    }
    ConfigFileEditor editor = fromText(content.value(), path);
    editor.m_exists = true;
    return editor;
}

ConfigFileEditor ConfigFileEditor::fromText(const QByteArray &text, const QString &path)
{
    ConfigFileEditor editor;
    editor.m_path = path;
    // Checked on the bytes: the UTF-8 decoder may drop the mark by itself.
    editor.m_bom = text.startsWith("\xef\xbb\xbf");
    QString content = QString::fromUtf8(editor.m_bom ? text.mid(3) : text);
    if (content.contains(QLatin1String("\r\n")))
        editor.m_lineEnd = QStringLiteral("\r\n");
    if (content.isEmpty())
        return editor;
    QStringList lines = content.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    // The file's last line end is written back by text().
    if (lines.size() > 1 && lines.constLast().isEmpty())
        lines.removeLast();
    editor.m_lines = lines;
    return editor;
}

template<typename Match>
qsizetype ConfigFileEditor::findSection(Match matches) const
{
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        const auto header = headerOf(m_lines.at(i));
        if (header && matches(header->first, header->second))
            return i;
    }
    return -1;
}

bool ConfigFileEditor::hasProfile(const QString &name) const
{
    return findSection([&name](const QString &type, const QString &section) {
               return section == name &&
                      (type == u"profile" || (type.isEmpty() && name == u"default"));
           }) >= 0;
}

bool ConfigFileEditor::hasSsoSession(const QString &name) const
{
    return findSection([&name](const QString &type, const QString &section) {
               return type == u"sso-session" && section == name;
           }) >= 0;
}

void ConfigFileEditor::setProfile(const QString &name, const Properties &properties,
                                  const QStringList &remove)
{
    setSection(
        [&name](const QString &type, const QString &section) {
            return section == name &&
                   (type == u"profile" || (type.isEmpty() && name == u"default"));
        },
        QStringLiteral("[profile ") + name + u']', properties, remove);
}

void ConfigFileEditor::setSsoSession(const QString &name, const Properties &properties)
{
    setSection(
        [&name](const QString &type, const QString &section) {
            return type == u"sso-session" && section == name;
        },
        QStringLiteral("[sso-session ") + name + u']', properties, {});
}

template<typename Match>
void ConfigFileEditor::setSection(Match matches, const QString &header,
                                  const Properties &properties, const QStringList &remove)
{
    const qsizetype start = findSection(matches);
    if (start < 0) {
        // A new section at the end, one blank line after what is there.
        if (!m_lines.isEmpty() && !m_lines.constLast().trimmed().isEmpty())
            m_lines.append(QString());
        m_lines.append(header);
        for (const auto &[key, value] : properties)
            m_lines.append(propertyLine(key, value));
        return;
    }
    const auto sectionEnd = [this, start] {
        qsizetype end = start + 1;
        while (end < m_lines.size() && !headerOf(m_lines.at(end)))
            ++end;
        return end;
    };
    // Removes a property line and the indented lines that continue it.
    const auto removeAt = [this](qsizetype line) {
        m_lines.removeAt(line);
        while (line < m_lines.size() && isContinuation(m_lines.at(line)))
            m_lines.removeAt(line);
    };
    for (const QString &key : remove) {
        for (qsizetype i = sectionEnd() - 1; i > start; --i) {
            if (keyOf(m_lines.at(i)) == key)
                removeAt(i);
        }
    }
    for (const auto &[key, value] : properties) {
        const qsizetype end = sectionEnd();
        qsizetype found = -1;
        for (qsizetype i = start + 1; i < end; ++i) {
            if (keyOf(m_lines.at(i)) == key)
                found = i; // the last one is the one that counts
        }
        if (found >= 0) {
            removeAt(found);
            m_lines.insert(found, propertyLine(key, value));
            continue;
        }
        // After the section's last property, before the blank lines and comments that lead to
        // the next section.
        qsizetype at = end;
        while (at > start + 1 && (m_lines.at(at - 1).trimmed().isEmpty() ||
                                  m_lines.at(at - 1).trimmed().startsWith(u'#') ||
                                  m_lines.at(at - 1).trimmed().startsWith(u';')))
            --at;
        m_lines.insert(at, propertyLine(key, value));
    }
}

QByteArray ConfigFileEditor::text() const
{
    if (m_lines.isEmpty())
        return {};
    QString content = m_bom ? QString(QChar(0xFEFF)) : QString();
    content += m_lines.join(m_lineEnd) + m_lineEnd;
    return content.toUtf8();
}

Result<bool, QString> ConfigFileEditor::save() const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    const QFileInfo info(m_path);
    const bool existed = info.exists();
    if (!existed && !QDir(info.absolutePath()).exists()) {
        QDir dir;
        if (!dir.mkpath(info.absolutePath())) {
            return tr("The folder of %1 could not be created. Check that you may write there.")
                .arg(shown);
        }
        // ~/.aws holds credentials too: owner only, as the AWS CLI makes it.
        QFile::setPermissions(info.absolutePath(), QFileDevice::ReadOwner |
                                                       QFileDevice::WriteOwner |
                                                       QFileDevice::ExeOwner);
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return tr("%1 could not be written: %2. Check that you may write to it and its folder.")
            .arg(shown, file.errorString());
    }
    if (!existed)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray content = text();
    if (file.write(content) != content.size() || !file.commit()) {
        return tr("%1 could not be written: %2. It was left as it was.")
            .arg(shown, file.errorString());
    }
    return true;
}
