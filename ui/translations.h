#pragma once

class QCoreApplication;

// The translations of the user interface, in the language of QLocale() (the system's unless a
// default was set): Qt's own strings (dialog buttons, dock and line edit menus) from the Qt
// installation, and Import Desk's from its resources. main() and the tests that look at another
// language call the same function.
namespace Translations {

// Installs the translators on `app`, which owns them; a language without a catalogue keeps the
// English text.
void install(QCoreApplication *app);

} // namespace Translations
