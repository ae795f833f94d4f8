#include "desktop/appsettings.h"

#include "desktop/privatefiles.h"

#include <QStandardPaths>

#include <algorithm>
#include <array>

namespace {

struct Entry
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

// The one table of every setting: its key in the file and its default.
const std::array<Entry, static_cast<int>(AppSettings::Key::KeyCount)> &entries()
{
    using Key = AppSettings::Key;
    static const std::array<Entry, static_cast<int>(Key::KeyCount)> table = {{
        {Key::WindowGeometry, "window/geometry", QByteArray()},
        {Key::WindowState, "window/state", QByteArray()},
        {Key::FormPaneVisible, "window/formPaneVisible", false},
        {Key::JobsHeader, "jobs/header", QByteArray()},
        {Key::JobsSplitter, "jobs/detailsSplitter", QByteArray()},
        {Key::LastProfile, "connection/profile", QString()},
        {Key::LastRegion, "connection/region", QString()},
        {Key::RecentRoleArns, "form/recentRoleArns", QStringList()},
        {Key::RecentDataLocations, "form/recentDataLocations", QStringList()},
        {Key::DefaultProfile, "preferences/defaultProfile", QString()},
        {Key::DefaultRegion, "preferences/defaultRegion", QString()},
        {Key::PollIntervalSeconds, "preferences/pollIntervalSeconds", 60},
        {Key::MaxAttempts, "preferences/maxAttempts", 3},
        {Key::Notifications, "preferences/notifications", true},
        {Key::Language, "preferences/language", QString()},
        {Key::StoredKeyNames, "keys/storedKeyNames", QStringList()},
        {Key::LastStoredKey, "connection/storedKey", QString()},
    }};
    return table;
}

const Entry &entry(AppSettings::Key key)
{
    return entries().at(static_cast<size_t>(key));
}

} // namespace

AppSettings::AppSettings(const QString &filePath, QObject *parent)
    : QObject(parent)
{
    const QString path = filePath.isEmpty() ? defaultFilePath() : filePath;
    // QSettings replaces the file on every write but keeps the mode of the one it replaces.
    PrivateFiles::prepareFile(path);
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    for (size_t i = 0; i < entries().size(); ++i)
        Q_ASSERT(static_cast<size_t>(entries().at(i).key) == i);
}

AppSettings::~AppSettings()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QString AppSettings::keyName(Key key)
{
    return QLatin1String(entry(key).name);
}

QVariant AppSettings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant AppSettings::value(Key key) const
{
    const Entry &e = entry(key);
    QVariant stored = m_settings->value(QLatin1String(e.name), e.defaultValue);
    // INI files keep lists of one entry as a plain string, and booleans as "true"/"false".
    if (e.defaultValue.typeId() == QMetaType::QStringList && stored.typeId() == QMetaType::QString)
        return QStringList{stored.toString()};
    if (e.defaultValue.typeId() == QMetaType::Bool && stored.typeId() == QMetaType::QString)
        return stored.toBool();
    return stored;
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    m_settings->setValue(QLatin1String(entry(key).name), value);
    Q_EMIT changed(key);
}

void AppSettings::reset(Key key)
{
    if (!m_settings->contains(QLatin1String(entry(key).name)))
        return;
    m_settings->remove(QLatin1String(entry(key).name));
    Q_EMIT changed(key);
}

void AppSettings::sync()
{
    m_settings->sync();
}

void AppSettings::addRecent(Key key, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList list = value(key).toStringList();
    list.removeAll(trimmed);
    list.prepend(trimmed);
    while (list.size() > kMaxRecent)
        list.removeLast();
    setValue(key, list);
}

QString AppSettings::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/importdesk.ini");
}

QString AppSettings::languageIn(const QString &filePath)
{
    const QSettings settings(filePath.isEmpty() ? defaultFilePath() : filePath,
                             QSettings::IniFormat);
    const QString language = settings.value(QLatin1String(entry(Key::Language).name)).toString();
    return language == u"en" || language == u"fr" ? language : QString();
}

// Values edited by hand out of range fall back into it rather than breaking polling or retries.
int AppSettings::pollIntervalSeconds() const
{
    bool ok = false;
    const int seconds = value(Key::PollIntervalSeconds).toInt(&ok);
    if (!ok)
        return defaultValue(Key::PollIntervalSeconds).toInt();
    return std::clamp(seconds, kMinPollSeconds, kMaxPollSeconds);
}

int AppSettings::maxAttempts() const
{
    bool ok = false;
    const int attempts = value(Key::MaxAttempts).toInt(&ok);
    if (!ok)
        return defaultValue(Key::MaxAttempts).toInt();
    return std::clamp(attempts, 1, kMaxAttemptsLimit);
}
