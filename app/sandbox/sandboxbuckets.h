#pragma once

#include "aws/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// What the sandbox tells about one stored object.
struct SandboxObject
{
    QString key;
    qint64 size = 0;
    QDateTime lastModified; // UTC, whole seconds
    QByteArray etag;        // quoted, as S3 writes it
    QByteArray contentType;
    QByteArray serverSideEncryption; // "aws:kms" or empty
    QByteArray kmsKeyId;
    bool denied = false; // nobody may read it (keys under restricted/)
};

// The S3 buckets the sandbox serves, read-only: either the folders under a root folder (each
// folder a bucket, the files below it its objects) or objects held in memory, such as the
// built-in demo bucket. Immutable once built, so that import jobs can read it on another thread.
// Keys under "restricted/" deny every read, so that access problems can be tried.
class SandboxBuckets final
{
public:
    // An object kept in memory.
    struct MemoryObject
    {
        QString key; // ends in '/' for a zero-byte folder marker
        QByteArray bytes;
        QByteArray contentType;
        QByteArray serverSideEncryption;
        QByteArray kmsKeyId;
    };

    // A folder holding more than this many objects is listed only this far.
    static constexpr int kMaxObjectsPerBucket = 100000;
    static constexpr auto kDeniedPrefix = "restricted/";

    // The buckets of `objects` (bucket name -> its objects), all last modified at `modified`.
    SandboxBuckets(const QHash<QString, QList<MemoryObject>> &objects, const QDateTime &modified);
    // The folders under `root`; an error when it is not a readable folder.
    static Result<std::shared_ptr<const SandboxBuckets>, QString>
    fromDirectory(const QString &root);

    bool hasBucket(const QString &bucket) const;
    QStringList bucketNames() const;
    // The bucket's objects whose key starts with `prefix`, in S3 order (by UTF-8 bytes).
    QList<SandboxObject> list(const QString &bucket, const QString &prefix) const;
    std::optional<SandboxObject> head(const QString &bucket, const QString &key) const;
    // At most `length` bytes of the object from `offset`; an error when it cannot be read.
    Result<QByteArray, QString> read(const QString &bucket, const QString &key, qint64 offset,
                                     qint64 length) const;

    static bool isDeniedKey(const QString &key);

private:
    struct Stored
    {
        SandboxObject object;
        QByteArray bytes;
    };

    SandboxBuckets() = default;
    // The file or folder behind `key` of a bucket under the root, or empty when the key cannot
    // name one there (dot segments, empty segments, links out of the root).
    QString pathOf(const QString &bucket, const QString &key) const;
    std::optional<SandboxObject> objectAt(const QString &bucket, const QString &key,
                                          const QString &path) const;

    QString m_root;                                   // canonical; empty for buckets in memory
    QMap<QString, QMap<QByteArray, Stored>> m_memory; // bucket -> UTF-8 key -> object
};
