#pragma once

#include "aws/awserror.h"
#include "personalize/avroschema.h"
#include "personalize/datacheckreport.h"
#include "s3/s3types.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// What the data check read of one file.
struct DataCheckSample
{
    QString key;
    qint64 size = 0;
    QByteArray head;       // the file's first bytes; the whole file when `complete`
    QByteArray tail;       // its last bytes, when the file is longer than `head`
    bool complete = false; // `head` holds the whole file
    QString serverSideEncryption;
    QString kmsKeyId;
    std::optional<AwsError> readError; // the caller could not read it
};

// Everything the rules look at: the dataset's schema, the import's mode, what the location holds
// and the samples read from it.
struct DataCheckInput
{
    S3Location location;
    QString datasetType; // INTERACTIONS, ITEMS, USERS or ACTIONS…
    QString importMode;  // FULL or INCREMENTAL
    AvroRecord schema;
    QList<S3ObjectSummary> objects; // every object at the location (one for a file)
    bool listingComplete = true;    // false when the listing stopped before its end
    QList<DataCheckSample> samples;
};

// What the rules concluded.
struct DataCheckOutcome
{
    QList<DataCheckFinding> findings;
    int csvFiles = 0;
    qint64 csvBytes = 0;
    std::optional<qint64> estimatedRecords;
    bool recordsExact = false; // every file was read whole: the count is not an estimate
};

// The checks Import Desk runs on data before importing it, each named by the failure it
// prevents (the rule ids are those of DataCheckFinding::rule). Pure functions of their input.
namespace DataCheckRules {

// Limits Personalize applies to imported data.
inline constexpr int kMinInteractions = 1000;
inline constexpr qint64 kFullImportMaxBytes = 100'000'000'000LL;      // 100 GB
inline constexpr qint64 kIncrementalImportMaxBytes = 1'000'000'000LL; // 1 GB
inline constexpr int kCategoricalMaxLength = 1000;
inline constexpr int kTextualMaxLength = 20000;
inline constexpr int kIdMaxLength = 256;
// Epoch seconds stay below this until the year 5138; epoch milliseconds passed it in 1973.
inline constexpr qint64 kMillisecondsThreshold = 100'000'000'000LL;
// Findings of one kind in one file are reported up to this many times, then counted.
inline constexpr int kMaxFindingsPerRule = 3;

// Whether the key names a CSV file (".csv", any case).
bool isCsvKey(const QString &key);
// Folder markers: zero-byte objects whose key ends in '/'.
bool isFolderMarker(const S3ObjectSummary &object);

DataCheckOutcome check(const DataCheckInput &input);

} // namespace DataCheckRules
