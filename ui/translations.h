#pragma once

#include <QString>

class QCoreApplication;

// The translations of the user interface: Qt's own strings (dialog buttons, dock and line edit
// menus) from the Qt installation, and Import Desk's from its resources. main() and the tests
// that look at another language call the same functions.
namespace Translations {

// Installs the translators on `app`, which owns them, replacing those installed before.
// `language` is "en", "fr" or empty for the language of QLocale() (the system's unless a
// default was set); a chosen language also becomes the default locale, so that numbers and
// dates follow it. A language without a catalogue keeps the English text.
void install(QCoreApplication *app, const QString &language = {});

// The language the interface is shown in: "fr" when Import Desk's French catalogue is
// installed, else "en".
QString currentLanguage();

} // namespace Translations
