#include "ui/filedialogs.h"

#include <QFileDialog>
#include <QPointer>
#include <QTimer>

std::optional<QString> FileDialogs::s_nextAnswer;

void FileDialogs::setNextAnswer(const QString &path)
{
    s_nextAnswer = path;
}

bool FileDialogs::takeNextAnswer(QWidget *parent, const Callback &done)
{
    if (!s_nextAnswer)
        return false;
    const QString answer = *s_nextAnswer;
    s_nextAnswer.reset();
    // Later, as a real dialog would answer.
    QTimer::singleShot(0, parent, [done, answer] { done(answer); });
    return true;
}

namespace {

void show(QFileDialog *dialog, const FileDialogs::Callback &done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done](int result) {
        const QStringList files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

} // namespace

void FileDialogs::askOpenFileName(QWidget *parent, const QString &caption, const QString &filter,
                                  Callback done)
{
    if (takeNextAnswer(parent, done))
        return;
    auto *dialog = new QFileDialog(parent, caption, QString(), filter);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    show(dialog, done);
}

void FileDialogs::askSaveFileName(QWidget *parent, const QString &caption,
                                  const QString &suggestedName, const QString &filter,
                                  Callback done)
{
    if (takeNextAnswer(parent, done))
        return;
    auto *dialog = new QFileDialog(parent, caption, suggestedName, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    show(dialog, done);
}
