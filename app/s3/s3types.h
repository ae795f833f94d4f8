#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// A bucket and key (or key prefix) named by an s3:// URL.
struct S3Location
{
    QString bucket;
    QString key; // empty or ending in '/' for a folder

    // Reads "s3://bucket/key"; std::nullopt for anything else (another scheme, no bucket).
    static std::optional<S3Location> parse(const QString &url);
    QString toUrl() const; // "s3://bucket/key"
    bool isFolder() const { return key.isEmpty() || key.endsWith(QLatin1Char('/')); }
    bool operator==(const S3Location &) const = default;
};

// One object of a listing.
struct S3ObjectSummary
{
    QString key;
    qint64 size = 0;
    QDateTime lastModified;
    bool operator==(const S3ObjectSummary &) const = default;
};

// One page of ListObjectsV2.
struct S3ListPage
{
    QList<S3ObjectSummary> objects;
    QString nextContinuationToken; // empty on the last page
    bool isTruncated = false;
};

// What HeadObject tells about one object.
struct S3ObjectHead
{
    qint64 size = 0;
    QString contentType;
    QDateTime lastModified;
    QString serverSideEncryption; // x-amz-server-side-encryption: AES256, aws:kms, aws:kms:dsse
    QString kmsKeyId;             // x-amz-server-side-encryption-aws-kms-key-id
};

// A byte range of an object, as GetObject returned it.
struct S3ObjectBytes
{
    QByteArray bytes;
    qint64 offset = 0;    // where `bytes` start in the object
    qint64 totalSize = 0; // the whole object's size (from Content-Range), or bytes.size()
};
