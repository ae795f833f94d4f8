#pragma once

#include <QString>

class QCoreApplication;

// The CLI speaks the user's language: Import Desk's catalogue (embedded, shared with the app)
// and Qt's own, when one exists for the locale.
namespace CliTranslations {

// The language chosen in the app's Preferences ("en", "fr"), read from the app's settings
// file; empty when none was chosen, and then the system's applies.
QString preferredLanguage();

// Installs the translators for `language` ("en", "fr"; empty: QLocale()'s languages, the
// system's unless a default was set); they live as long as `app`. Returns whether Import
// Desk's catalogue has that language.
bool install(QCoreApplication *app, const QString &language = {});

} // namespace CliTranslations
