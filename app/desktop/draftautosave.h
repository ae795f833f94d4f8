#pragma once

#include "personalize/importjobdraft.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

// Keeps the draft of the new-import form on disk so that a restart or a crash loses nothing:
// edits are written a short while after the last keystroke, atomically (QSaveFile), and read
// back at start-up.
class DraftAutosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosave)

public:
    static constexpr int kDefaultDelayMs = 500;

    // `filePath` empty: draft.json in the app data location.
    explicit DraftAutosave(const QString &filePath = {}, QObject *parent = nullptr);
    ~DraftAutosave() override;

    QString filePath() const { return m_path; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    bool isPending() const { return m_timer.isActive(); }

    // Remembers the draft and writes it once edits pause.
    void schedule(const ImportJobDraft &draft);
    // Writes the scheduled draft now, if any.
    bool flush();
    // The saved draft; std::nullopt when there is none or it cannot be read.
    std::optional<ImportJobDraft> restore() const;
    void clear();

    // The file format: every value exactly as typed, tag rows included.
    static QByteArray toJson(const ImportJobDraft &draft);
    static std::optional<ImportJobDraft> fromJson(const QByteArray &json);

Q_SIGNALS:
    void saved();
    void saveFailed(const QString &message);

private:
    bool write(const ImportJobDraft &draft);

    QString m_path;
    QTimer m_timer;
    std::optional<ImportJobDraft> m_pending;
};
