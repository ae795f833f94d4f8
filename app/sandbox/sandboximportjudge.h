#pragma once

#include "sandbox/sandboxbuckets.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// Decides how a sandbox import job ends from the files it imports, as the service would: the
// data rules shared with the app's data check, tried in a fixed order (access, location, size,
// byte-order mark, missing columns, ragged rows, empty required values, too-long values,
// millisecond timestamps, too few interactions), the first failure winning. Pure apart from
// reading a SandboxBuckets, so that it can run on any thread.
class SandboxImportJudge final
{
public:
    // How a job ends: ACTIVE when `failureReason` is empty.
    struct Verdict
    {
        QString rule; // "no-access", "missing-column", …; empty when the data is good
        QString failureReason;
        // Time in CREATE IN_PROGRESS at time scale 1, as for a scenario of the same kind.
        std::chrono::milliseconds running{0};
    };

    // At most this much data is read for one job; what lies beyond is not judged.
    static constexpr qint64 kMaxReadBytes = 256LL * 1024 * 1024;
    static constexpr qint64 kFullLimitBytes = 100'000'000'000LL;      // 100 GB
    static constexpr qint64 kIncrementalLimitBytes = 1'000'000'000LL; // 1 GB
    static constexpr qint64 kMinInteractions = 1000;
    static constexpr qint64 kMillisecondThreshold = 100'000'000'000LL; // 1e11

    // `datasetType` as DescribeDataset says it (Interactions, Items, Users); `schemaJson` an Avro
    // record schema (SandboxSchemas::schemaFor).
    SandboxImportJudge(const QString &datasetType, const QString &schemaJson);

    // The rules that need no file content (access, location, size), over the objects an import
    // of a folder (`isFolder`) or of one file would read; std::nullopt when they pass.
    std::optional<Verdict> judgeObjects(const QList<SandboxObject> &objects, bool isFolder,
                                        const QString &importMode) const;
    // Adds one CSV file of the import; `complete` is false when only its start was read.
    void addFile(const QByteArray &bytes, bool complete = true);
    // The content rules over the files added so far.
    Verdict verdict() const;

    // The whole judgement of an import of `location` (s3://bucket/key) from `buckets`, reading at
    // most kMaxReadBytes.
    static Verdict judgeLocation(const SandboxBuckets &buckets, const QString &location,
                                 const QString &datasetType, const QString &schemaJson,
                                 const QString &importMode);

    // The bucket and key of an s3:// location; std::nullopt for anything else.
    static std::optional<std::pair<QString, QString>> parseLocation(const QString &location);

private:
    struct Field
    {
        QString name;
        bool required = false;
        int maxLength = 0; // 0: no limit
        bool timestamp = false;
    };

    enum Rule { Bom, MissingColumn, RaggedRow, EmptyRequired, TooLong, Milliseconds, RuleCount };

    Verdict failure(const QString &rule, const QString &reason) const;

    QString m_type; // INTERACTIONS, ITEMS, USERS
    QList<Field> m_fields;
    qint64 m_rows = 0;
    std::optional<QString> m_first[RuleCount]; // the first failure of each rule, in file order
};
