#pragma once

#include <QString>

#include <functional>
#include <optional>

class QObject;
class QWidget;

// Asks for a file name without a nested event loop: the dialog is window-modal and the answer
// arrives through a callback. Tests answer the next question with setNextAnswer() instead of
// showing a dialog.
class FileDialogs
{
public:
    // Receives the chosen path; empty when the user cancelled.
    using Callback = std::function<void(const QString &path)>;

    static void askOpenFileName(QWidget *parent, const QString &caption, const QString &filter,
                                Callback done);
    static void askSaveFileName(QWidget *parent, const QString &caption,
                                const QString &suggestedName, const QString &filter, Callback done);

    // Test seam: the next question is answered with `path` (empty: cancelled), no dialog shown.
    static void setNextAnswer(const QString &path);

private:
    static bool takeNextAnswer(QWidget *parent, const Callback &done);

    static std::optional<QString> s_nextAnswer;
};
