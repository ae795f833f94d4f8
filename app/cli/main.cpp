// importdesk-cli: create and follow dataset import jobs from a terminal or a script.

#include "aws/logging.h"
#include "cli/clidispatcher.h"
#include "cli/clitranslations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("importdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMPORTDESK_VERSION));
    Redaction::installMessageFilter();
    CliTranslations::install(&app, CliTranslations::preferredLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliDispatcher dispatcher(&out, &err);
    QObject::connect(&dispatcher, &CliDispatcher::finished, &app, &QCoreApplication::exit);
    dispatcher.run(QCoreApplication::arguments().mid(1));
    return QCoreApplication::exec();
}
