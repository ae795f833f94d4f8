#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace {

QPointer<QTranslator> &installedQt()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &installedOwn()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void replace(QPointer<QTranslator> &slot, QTranslator *translator)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

QTranslator *load(QCoreApplication *app, const QLocale &locale, const QString &name,
                  const QString &folder)
{
    auto *translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

void Translations::install(QCoreApplication *app, const QString &language)
{
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    const QLocale locale;
    replace(installedQt(), load(app, locale, QStringLiteral("qtbase"),
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    replace(installedOwn(),
            load(app, locale, QStringLiteral("importdesk"), QStringLiteral(":/i18n")));
}

QString Translations::currentLanguage()
{
    const QTranslator *own = installedOwn();
    return own && own->language().startsWith(u"fr") ? QStringLiteral("fr") : QStringLiteral("en");
}
