#pragma once

#include <QObject>

class QSocketNotifier;

// Turns the signals that ask a process to end (SIGTERM, SIGINT, SIGHUP) into a Qt signal on the
// main thread, so that the app can close its window as the user would (the layout is saved and
// the draft written) instead of dying with unsaved state. Only one may exist at a time; the
// handlers that were in place come back when it is destroyed. Never fires where there are no
// POSIX signals.
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    // Whether the handlers are in place (false on other systems, or if they could not be).
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    // The process was asked to end; `signalNumber` is SIGTERM, SIGINT or SIGHUP.
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
