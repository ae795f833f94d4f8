#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

// Typed access to the application's persistent settings (window layout and last-used values).
// Keys and defaults live in one table; setters do nothing when the value is unchanged and
// otherwise emit changed(). Secrets never go here.
class AppSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    enum class Key {
        WindowGeometry,
        WindowState,
        FormPaneVisible,
        JobsHeader,
        JobsSplitter,
        LastProfile,
        LastRegion,
        RecentRoleArns,
        RecentDataLocations,
        DefaultProfile,
        DefaultRegion,
        PollIntervalSeconds,
        MaxAttempts,
        Notifications,
        Language,
        StoredKeyNames,
        LastStoredKey,
        KeyCount
    };
    Q_ENUM(Key)

    static constexpr int kMaxRecent = 10;
    // The range Preferences offers for polling running jobs and for attempts per call.
    static constexpr int kMinPollSeconds = 15;
    static constexpr int kMaxPollSeconds = 600;
    static constexpr int kMaxAttemptsLimit = 10;

    // An INI file at `filePath`; empty: importdesk.ini in the app config location.
    explicit AppSettings(const QString &filePath = {}, QObject *parent = nullptr);
    ~AppSettings() override;

    QString fileName() const;
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    void sync();

    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray &geometry) { setValue(Key::WindowGeometry, geometry); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    void setWindowState(const QByteArray &state) { setValue(Key::WindowState, state); }
    // Whether the "New import" pane is open beside the jobs table.
    bool formPaneVisible() const { return value(Key::FormPaneVisible).toBool(); }
    void setFormPaneVisible(bool visible) { setValue(Key::FormPaneVisible, visible); }
    QByteArray jobsHeader() const { return value(Key::JobsHeader).toByteArray(); }
    void setJobsHeader(const QByteArray &state) { setValue(Key::JobsHeader, state); }
    QByteArray jobsSplitter() const { return value(Key::JobsSplitter).toByteArray(); }
    void setJobsSplitter(const QByteArray &state) { setValue(Key::JobsSplitter, state); }
    QString lastProfile() const { return value(Key::LastProfile).toString(); }
    void setLastProfile(const QString &profile) { setValue(Key::LastProfile, profile); }
    QString lastRegion() const { return value(Key::LastRegion).toString(); }
    void setLastRegion(const QString &region) { setValue(Key::LastRegion, region); }

    // Preferences. The profile and region to start with (empty: the ones used last).
    QString defaultProfile() const { return value(Key::DefaultProfile).toString(); }
    void setDefaultProfile(const QString &profile) { setValue(Key::DefaultProfile, profile); }
    QString defaultRegion() const { return value(Key::DefaultRegion).toString(); }
    void setDefaultRegion(const QString &region) { setValue(Key::DefaultRegion, region); }
    // How often running jobs are checked once they are past their first minutes.
    int pollIntervalSeconds() const;
    void setPollIntervalSeconds(int seconds) { setValue(Key::PollIntervalSeconds, seconds); }
    // Attempts per call when neither AWS_MAX_ATTEMPTS nor the profile's max_attempts say.
    int maxAttempts() const;
    void setMaxAttempts(int attempts) { setValue(Key::MaxAttempts, attempts); }
    // A desktop notification when an import finishes while the window is in the background.
    bool notifications() const { return value(Key::Notifications).toBool(); }
    void setNotifications(bool on) { setValue(Key::Notifications, on); }
    // "en", "fr", or empty for the system's language.
    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString &language) { setValue(Key::Language, language); }
    // The language stored in the settings file at `filePath` (empty: the standard one), read
    // before anything else is set up so that the first text shown is already in it.
    static QString languageIn(const QString &filePath);
    static QString defaultFilePath();

    // Most recent first, at most kMaxRecent, without duplicates.
    QStringList recentRoleArns() const { return value(Key::RecentRoleArns).toStringList(); }
    void addRecentRoleArn(const QString &arn) { addRecent(Key::RecentRoleArns, arn); }
    QStringList recentDataLocations() const
    {
        return value(Key::RecentDataLocations).toStringList();
    }
    void addRecentDataLocation(const QString &location)
    {
        addRecent(Key::RecentDataLocations, location);
    }

    // Names of the access keys kept in the system keychain (never the keys themselves), and
    // the one connected with last (empty: a profile was).
    QStringList storedKeyNames() const { return value(Key::StoredKeyNames).toStringList(); }
    void setStoredKeyNames(const QStringList &names) { setValue(Key::StoredKeyNames, names); }
    QString lastStoredKey() const { return value(Key::LastStoredKey).toString(); }
    void setLastStoredKey(const QString &name) { setValue(Key::LastStoredKey, name); }

Q_SIGNALS:
    void changed(AppSettings::Key key);

private:
    void addRecent(Key key, const QString &text);

    std::unique_ptr<QSettings> m_settings;
};
