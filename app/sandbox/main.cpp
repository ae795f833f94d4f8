// importdesk-sandbox: the sandbox endpoint on its own, for the AWS CLI and other clients.

#include "aws/logging.h"
#include "sandbox/sandboxoptions.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX

int g_signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop picks the byte up.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

bool installSignalHandlers()
{
    if (::pipe(g_signalPipe) != 0)
        return false;
    for (int fd : g_signalPipe)
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 &&
           ::sigaction(SIGINT, &action, nullptr) == 0;
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("importdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IMPORTDESK_VERSION));
    Redaction::installMessageFilter();

    QCommandLineParser parser;
    SandboxOptions::addTo(parser);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "importdesk-sandbox: %s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    const auto options = SandboxOptions::fromParser(parser);
    if (!options) {
        std::fprintf(stderr, "importdesk-sandbox: %s\n", qUtf8Printable(options.error()));
        return 2;
    }

    SandboxServer server(options.value());
    const auto restored = server.restoreState();
    if (!restored) {
        std::fprintf(stderr, "importdesk-sandbox: %s\n", qUtf8Printable(restored.error()));
        return 2;
    }
    if (!server.listen(options->port)) {
        std::fprintf(stderr, "importdesk-sandbox: %s\n",
                     qUtf8Printable(QCoreApplication::translate(
                                        "main", "cannot listen on 127.0.0.1:%1 (port in use?)")
                                        .arg(options->port)));
        return 2;
    }
    // The first state file is written at start so that it always reflects what clients see.
    const auto saved = server.saveState();
    if (!saved) {
        std::fprintf(stderr, "importdesk-sandbox: %s\n", qUtf8Printable(saved.error()));
        return 2;
    }

#ifdef Q_OS_UNIX
    // SIGTERM and SIGINT end it cleanly, with the state saved.
    if (!installSignalHandlers()) {
        std::fprintf(stderr, "importdesk-sandbox: cannot install signal handlers\n");
        return 2;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        notifier.setEnabled(false);
        const auto finalSave = server.saveState();
        if (!finalSave)
            std::fprintf(stderr, "importdesk-sandbox: %s\n", qUtf8Printable(finalSave.error()));
        QCoreApplication::exit(finalSave ? 0 : 1);
    });
#else
    // Without POSIX signals (Windows): the state is saved as it changes and once more when the
    // event loop ends.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &app, [&server] {
        const auto finalSave = server.saveState();
        if (!finalSave)
            std::fprintf(stderr, "importdesk-sandbox: %s\n", qUtf8Printable(finalSave.error()));
    });
#endif

    // Scripts and tests wait for exactly this line.
    std::printf("listening on http://127.0.0.1:%u\n", static_cast<unsigned>(server.port()));
    std::fflush(stdout);
    return app.exec();
}
