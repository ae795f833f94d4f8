#include "cli/clitranslations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

namespace CliTranslations {

QString preferredLanguage()
{
    // The app's settings file: <config>/ImportDesk/importdesk/importdesk.ini.
    const QString path =
        QStandardPaths::locate(QStandardPaths::GenericConfigLocation,
                               QStringLiteral("ImportDesk/importdesk/importdesk.ini"));
    // A settings file is a few KiB; anything else there is not one.
    constexpr qint64 kMaxSettingsBytes = 1024 * 1024;
    if (path.isEmpty() || QFileInfo(path).size() > kMaxSettingsBytes)
        return {};
    const QSettings settings(path, QSettings::IniFormat);
    const QString language = settings.value(QStringLiteral("preferences/language")).toString();
    return language == u"en" || language == u"fr" ? language : QString();
}

bool install(QCoreApplication *app, const QString &language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    if (own->load(QLocale(), QStringLiteral("importdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace CliTranslations
