// A program that logs while the process exits, after every function-local static created
// during main() has been destroyed, with the redaction filter installed. It must exit 0 and
// print its last message redacted.

#include "aws/logging.h"

#include <QCoreApplication>
#include <QDebug>

namespace {

struct LogsAtExit
{
    ~LogsAtExit()
    {
        qDebug("exit: x-amz-security-token: exitTOKENvalue0123456789 and "
               "secretREGISTEREDvalue0123456789");
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // Constructed before anything the filter uses, so destroyed after it.
    static LogsAtExit logsAtExit;
    QCoreApplication app(argc, argv);
    Redaction::installMessageFilter();
    Redaction::registerSecret(QStringLiteral("secretREGISTEREDvalue0123456789"));
    qDebug("running: %s", qPrintable(Redaction::redact(QStringLiteral("Signature=abcdef"))));
    return 0;
}
