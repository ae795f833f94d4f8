#include "sandbox/sandboxbuckets.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

QByteArray quotedMd5(const QByteArray &data)
{
    return '"' + QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex() + '"';
}

QByteArray contentTypeFor(const QString &key)
{
    const QString lower = key.toLower();
    if (lower.endsWith(QLatin1String(".csv")))
        return QByteArrayLiteral("text/csv");
    if (lower.endsWith(QLatin1String(".txt")) || lower.endsWith(QLatin1String(".md")))
        return QByteArrayLiteral("text/plain");
    if (lower.endsWith(QLatin1String(".json")))
        return QByteArrayLiteral("application/json");
    if (key.endsWith(QLatin1Char('/')))
        return QByteArrayLiteral("application/x-directory");
    return QByteArrayLiteral("binary/octet-stream"); // what S3 says when nobody told it
}

QDateTime wholeSeconds(const QDateTime &time)
{
    return QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC);
}

bool isUnder(const QString &path, const QString &root)
{
    return path.startsWith(root + QLatin1Char('/'));
}

} // namespace

SandboxBuckets::SandboxBuckets(const QHash<QString, QList<MemoryObject>> &objects,
                               const QDateTime &modified)
{
    for (auto bucket = objects.cbegin(); bucket != objects.cend(); ++bucket) {
        QMap<QByteArray, Stored> &stored = m_memory[bucket.key()];
        for (const MemoryObject &object : bucket.value()) {
            Stored entry;
            entry.object.key = object.key;
            entry.object.size = object.bytes.size();
            entry.object.lastModified = wholeSeconds(modified);
            entry.object.etag = quotedMd5(object.bytes);
            entry.object.contentType =
                object.contentType.isEmpty() ? contentTypeFor(object.key) : object.contentType;
            entry.object.serverSideEncryption = object.serverSideEncryption;
            entry.object.kmsKeyId = object.kmsKeyId;
            entry.object.denied = isDeniedKey(object.key);
            entry.bytes = object.bytes;
            stored.insert(object.key.toUtf8(), entry);
        }
    }
}

Result<std::shared_ptr<const SandboxBuckets>, QString>
SandboxBuckets::fromDirectory(const QString &root)
{
    const QFileInfo info(root);
    if (!info.isDir() || !info.isReadable())
        return QStringLiteral("%1 is not a readable folder.").arg(QDir::toNativeSeparators(root));
    std::shared_ptr<SandboxBuckets> buckets(new SandboxBuckets);
    buckets->m_root = info.canonicalFilePath();
    return std::shared_ptr<const SandboxBuckets>(std::move(buckets));
}

bool SandboxBuckets::isDeniedKey(const QString &key)
{
    return key.startsWith(QLatin1String(kDeniedPrefix));
}

bool SandboxBuckets::hasBucket(const QString &bucket) const
{
    if (m_root.isEmpty())
        return m_memory.contains(bucket);
    if (bucket.isEmpty() || bucket.startsWith(QLatin1Char('.')) ||
        bucket.contains(QLatin1Char('/')))
        return false;
    return QFileInfo(m_root + QLatin1Char('/') + bucket).isDir();
}

QStringList SandboxBuckets::bucketNames() const
{
    if (m_root.isEmpty())
        return m_memory.keys();
    QStringList names;
    const QStringList folders = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        if (hasBucket(name))
            names.append(name);
    }
    return names;
}

QString SandboxBuckets::pathOf(const QString &bucket, const QString &key) const
{
    if (!hasBucket(bucket) || key.isEmpty() || key.contains(QLatin1Char('\\')) ||
        key.contains(QChar(0)))
        return {};
    const bool folder = key.endsWith(QLatin1Char('/'));
    const QStringList segments = (folder ? key.chopped(1) : key).split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return {};
    }
    const QString path =
        m_root + QLatin1Char('/') + bucket + QLatin1Char('/') + segments.join(u'/');
    // Links may point anywhere; only what resolves inside the root is served.
    const QString canonical = QFileInfo(path).canonicalFilePath();
    if (canonical.isEmpty() || !isUnder(canonical, m_root))
        return {};
    return canonical;
}

std::optional<SandboxObject> SandboxBuckets::objectAt(const QString &bucket, const QString &key,
                                                      const QString &path) const
{
    const QFileInfo info(path);
    SandboxObject object;
    object.key = key;
    object.denied = isDeniedKey(key);
    object.lastModified = wholeSeconds(info.lastModified().toUTC());
    object.contentType = contentTypeFor(key);
    if (key.endsWith(QLatin1Char('/'))) {
        // A folder with nothing in it stands for a zero-byte folder marker.
        if (!info.isDir() || !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot))
            return std::nullopt;
        object.size = 0;
    } else {
        if (!info.isFile())
            return std::nullopt;
        object.size = info.size();
    }
    // Not the content's MD5 (that would mean reading every file for a listing), but it
    // changes whenever the file does, which is what clients use an ETag for.
    object.etag =
        quotedMd5(bucket.toUtf8() + '/' + key.toUtf8() + '/' + QByteArray::number(object.size) +
                  '/' + QByteArray::number(info.lastModified().toMSecsSinceEpoch()));
    return object;
}

QList<SandboxObject> SandboxBuckets::list(const QString &bucket, const QString &prefix) const
{
    QList<SandboxObject> objects;
    if (m_root.isEmpty()) {
        const auto found = m_memory.constFind(bucket);
        if (found == m_memory.cend())
            return objects;
        const QByteArray start = prefix.toUtf8();
        for (auto it = found->lowerBound(start); it != found->cend() && it.key().startsWith(start);
             ++it)
            objects.append(it->object);
        return objects;
    }
    if (!hasBucket(bucket))
        return objects;
    const QString bucketPath = m_root + QLatin1Char('/') + bucket;
    QList<QPair<QByteArray, SandboxObject>> sorted;
    QDirIterator it(bucketPath, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext() && sorted.size() < kMaxObjectsPerBucket) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QString key = path.mid(bucketPath.size() + 1);
        if (info.isDir())
            key += QLatin1Char('/');
        if (!key.startsWith(prefix) || pathOf(bucket, key).isEmpty())
            continue;
        if (const auto object = objectAt(bucket, key, pathOf(bucket, key)))
            sorted.append({key.toUtf8(), *object});
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    objects.reserve(sorted.size());
    for (const auto &entry : std::as_const(sorted))
        objects.append(entry.second);
    return objects;
}

std::optional<SandboxObject> SandboxBuckets::head(const QString &bucket, const QString &key) const
{
    if (m_root.isEmpty()) {
        const auto found = m_memory.constFind(bucket);
        if (found == m_memory.cend())
            return std::nullopt;
        const auto object = found->constFind(key.toUtf8());
        if (object == found->cend())
            return std::nullopt;
        return object->object;
    }
    const QString path = pathOf(bucket, key);
    if (path.isEmpty())
        return std::nullopt;
    return objectAt(bucket, key, path);
}

Result<QByteArray, QString> SandboxBuckets::read(const QString &bucket, const QString &key,
                                                 qint64 offset, qint64 length) const
{
    if (offset < 0 || length < 0)
        return QStringLiteral("A read needs a non-negative offset and length.");
    if (m_root.isEmpty()) {
        const auto found = m_memory.constFind(bucket);
        if (found == m_memory.cend())
            return QStringLiteral("No bucket %1.").arg(bucket);
        const auto object = found->constFind(key.toUtf8());
        if (object == found->cend())
            return QStringLiteral("No object %1.").arg(key);
        return object->bytes.mid(offset, length);
    }
    if (!head(bucket, key))
        return QStringLiteral("No object %1.").arg(key);
    if (key.endsWith(QLatin1Char('/')))
        return QByteArray(); // a folder marker
    QFile file(pathOf(bucket, key));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("Cannot read %1: %2").arg(key, file.errorString());
    if (offset > 0 && !file.seek(offset))
        return QStringLiteral("Cannot read %1: %2").arg(key, file.errorString());
    QByteArray bytes = file.read(std::min(length, std::max<qint64>(0, file.size() - offset)));
    if (file.error() != QFileDevice::NoError)
        return QStringLiteral("Cannot read %1: %2").arg(key, file.errorString());
    return bytes;
}
