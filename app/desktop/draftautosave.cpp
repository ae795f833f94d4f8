#include "desktop/draftautosave.h"

#include "aws/boundedfile.h"
#include "desktop/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

constexpr int kFormatVersion = 1;
// Far above the largest draft (200 tags of 128 + 256 characters), far below harm.
constexpr qint64 kMaxDraftBytes = 1024 * 1024;

} // namespace

DraftAutosave::DraftAutosave(const QString &filePath, QObject *parent)
    : QObject(parent)
    , m_path(filePath)
{
    if (m_path.isEmpty()) {
        m_path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                 QStringLiteral("/draft.json");
    }
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosave::flush);
}

DraftAutosave::~DraftAutosave()
{
    flush();
}

void DraftAutosave::schedule(const ImportJobDraft &draft)
{
    m_pending = draft;
    m_timer.start();
}

bool DraftAutosave::flush()
{
    m_timer.stop();
    if (!m_pending)
        return true;
    const ImportJobDraft draft = *m_pending;
    m_pending.reset();
    return write(draft);
}

bool DraftAutosave::write(const ImportJobDraft &draft)
{
    PrivateFiles::makeFolder(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    // The draft names buckets, roles and tags: restricted before anything is written to it.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::kFilePermissions) ||
        file.write(toJson(draft)) < 0 || !file.commit()) {
        Q_EMIT saveFailed(tr("The draft could not be saved to %1: %2")
                              .arg(QDir::toNativeSeparators(m_path), file.errorString()));
        return false;
    }
    Q_EMIT saved();
    return true;
}

std::optional<ImportJobDraft> DraftAutosave::restore() const
{
    // A draft is a few KiB; anything else at that path (a FIFO, a huge file) is not one.
    const auto content = BoundedFile::read(m_path, kMaxDraftBytes, tr("The saved draft"));
    if (!content)
        return std::nullopt;
    return fromJson(content.value());
}

void DraftAutosave::clear()
{
    m_timer.stop();
    m_pending.reset();
    QFile::remove(m_path);
}

QByteArray DraftAutosave::toJson(const ImportJobDraft &draft)
{
    QJsonObject object = draft.toJson();
    object.insert(QStringLiteral("version"), kFormatVersion);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

std::optional<ImportJobDraft> DraftAutosave::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("version")).toInt() != kFormatVersion)
        return std::nullopt;
    return ImportJobDraft::fromJson(object);
}
