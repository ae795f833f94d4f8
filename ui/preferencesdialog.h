#pragma once

#include <QDialog>

class AppSettings;
class DesktopApp;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

// Preferences: the profile and Region to start with, how often running jobs are checked,
// attempts per request, notifications and the language. Each choice is stored and takes
// effect as it is made (DesktopApp applies it); a new language is shown after a restart,
// which the dialog offers.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // Borrows the app, which must outlive the dialog. `runningLanguage` is the language the
    // interface shows now ("en", "fr"), to tell whether a choice needs a restart.
    PreferencesDialog(DesktopApp *app, const QString &runningLanguage, QWidget *parent = nullptr);

Q_SIGNALS:
    // The user asked to restart now to see the chosen language.
    void restartRequested();

private:
    void load();
    void updateRetryNote();
    void updateLanguageNote();
    void restoreDefaults();

    DesktopApp *m_app;
    AppSettings *m_settings;
    QString m_runningLanguage;
    QComboBox *m_profile;
    QComboBox *m_region;
    FieldMessage *m_connectionNote;
    QSpinBox *m_pollSeconds;
    QSpinBox *m_attempts;
    FieldMessage *m_retryNote;
    QCheckBox *m_notifications;
    QComboBox *m_language;
    FieldMessage *m_languageNote;
    QPushButton *m_restart;
    bool m_loading = false;
};
