#pragma once

class QCoreApplication;

// The CLI speaks the user's language: Import Desk's catalogue (embedded, shared with the app)
// and Qt's own, when one exists for the locale.
namespace CliTranslations {

// Installs the translators for QLocale()'s languages (the system's unless a default was set);
// they live as long as `app`. Returns whether Import Desk's catalogue has that language.
bool install(QCoreApplication *app);

} // namespace CliTranslations
