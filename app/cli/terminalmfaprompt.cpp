#include "cli/terminalmfaprompt.h"

#include "cli/terminaltext.h"

#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace {

// A code is 6 digits; anything much longer is not a code typed by hand.
constexpr qsizetype kMaxLineBytes = 256;

} // namespace

TerminalMfaPrompt::TerminalMfaPrompt(QTextStream *err, int input, QObject *parent)
    : QObject(parent)
    , m_err(*err)
    , m_input(input)
{}

TerminalMfaPrompt::~TerminalMfaPrompt()
{
    finish(std::nullopt);
}

bool TerminalMfaPrompt::isTerminal(int fd)
{
#ifdef Q_OS_WIN
    return _isatty(fd) != 0;
#else
    return ::isatty(fd) == 1;
#endif
}

void TerminalMfaPrompt::ask(const QString &profile, const QString &mfaSerial, Answer answer)
{
    if (m_answer) {
        // One question at a time: the credential chain asks once per refresh.
        answer(std::nullopt);
        return;
    }
    m_answer = std::move(answer);
    m_line.clear();
    m_err << tr("The profile \"%1\" needs a code from the MFA device %2.")
                 .arg(TerminalText::shown(profile), TerminalText::shown(mfaSerial))
          << '\n'
          << tr("MFA code: ");
    m_err.flush();
    m_notifier = new QSocketNotifier(m_input, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminalMfaPrompt::readInput);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_err << '\n'
              << tr("No MFA code was typed within %1 seconds.")
                     .arg(std::chrono::duration_cast<std::chrono::seconds>(m_deadline).count())
              << '\n';
        finish(std::nullopt);
    });
    m_timer->start(m_deadline);
}

void TerminalMfaPrompt::readInput()
{
    // The notifier said the descriptor is readable, so this read returns at once.
    char buffer[64];
#ifdef Q_OS_WIN
    const auto got = _read(m_input, buffer, sizeof buffer);
#else
    const auto got = ::read(m_input, buffer, sizeof buffer);
#endif
    if (got <= 0) {
        finish(std::nullopt); // end of input (Ctrl+D) or an error
        return;
    }
    m_line.append(buffer, got);
    const qsizetype newline = m_line.indexOf('\n');
    if (newline < 0) {
        if (m_line.size() > kMaxLineBytes)
            finish(std::nullopt);
        return;
    }
    const QString code = QString::fromUtf8(m_line.left(newline)).trimmed();
    m_line.remove(0, newline + 1);
    static const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    if (!sixDigits.match(code).hasMatch()) {
        m_err << tr("An MFA code is 6 digits. Type the code your device shows now, or press "
                    "Ctrl+D to give up.")
              << '\n'
              << tr("MFA code: ");
        m_err.flush();
        return;
    }
    finish(code);
}

void TerminalMfaPrompt::finish(const std::optional<QString> &code)
{
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    if (const Answer answer = std::exchange(m_answer, {}))
        answer(code);
}
