#pragma once

#include <QObject>
#include <QString>
#include <QTextStream>

#include <chrono>
#include <functional>
#include <optional>

class QSocketNotifier;
class QTimer;

// Asks for an MFA code on the terminal: the question goes to standard error, the answer is read
// from standard input without blocking the event loop (QSocketNotifier), a line at a time, up
// to a deadline. Only usable when standard input is a terminal (isTerminal()).
class TerminalMfaPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalMfaPrompt)

public:
    using Answer = std::function<void(std::optional<QString> code)>;

    // Reads from the file descriptor `input` (standard input, or a pipe in tests).
    TerminalMfaPrompt(QTextStream *err, int input, QObject *parent = nullptr);
    ~TerminalMfaPrompt() override;

    static bool isTerminal(int fd);

    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }

    // Prints the question and answers once: the code, or std::nullopt at end of input, at the
    // deadline, or when this object goes away.
    void ask(const QString &profile, const QString &mfaSerial, Answer answer);

private:
    void readInput();
    void finish(const std::optional<QString> &code);

    QTextStream &m_err;
    int m_input;
    std::chrono::milliseconds m_deadline{std::chrono::minutes(3)};
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_line;
    Answer m_answer;
};
