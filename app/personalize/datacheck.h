#pragma once

#include "aws/awserror.h"
#include "personalize/avroschema.h"
#include "personalize/datacheckreport.h"
#include "s3/s3types.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>

class PersonalizeClient;
class S3Client;

// What to check: the fields of the import form that matter for the data.
struct DataCheckRequest
{
    QString datasetArn;
    QString dataLocation; // s3://bucket/key or s3://bucket/folder/
    QString importMode;   // FULL or INCREMENTAL
    bool operator==(const DataCheckRequest &) const = default;
};

// Checks the data at an S3 location against a dataset's schema before it is imported: reads the
// schema (DescribeDataset, DescribeSchema), lists the location, reads the first and last
// kilobytes of a few files with the caller's credentials, and runs DataCheckRules on them.
// Asynchronous; start() again or cancel() drops the check in progress without a report.
class DataCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataCheck)

public:
    // Both borrowed; they must outlive the check or be destroyed with it.
    DataCheck(PersonalizeClient *personalize, S3Client *s3, QObject *parent = nullptr);
    ~DataCheck() override;

    // How much is read: at most this many files sampled, this much of each file's start and
    // end, and this many listing pages.
    static constexpr int kMaxSampledFiles = 5;
    static constexpr qint64 kHeadBytes = 64 * 1024;
    static constexpr qint64 kTailBytes = 16 * 1024;
    static constexpr int kMaxListingPages = 10;

    void start(const DataCheckRequest &request);
    void cancel();
    bool isRunning() const;
    DataCheckRequest request() const { return m_request; }

Q_SIGNALS:
    void started(const DataCheckRequest &request);
    // Exactly once per start() that is not cancelled or superseded.
    void finished(const DataCheckReport &report);

private:
    struct Run;
    // A dataset's type and columns, kept for the checks that follow while the form is edited.
    struct DatasetColumns
    {
        QString datasetType;
        AvroRecord schema;
    };

    void begin();
    void fail(const QString &message);
    void readSchema();
    void listLocation();
    void listPage(const QString &continuationToken);
    void headFile();
    void chooseSamples();
    void sampleNext();
    void readTail(const QString &key, qint64 length);
    void complete();
    // Whether a callback of the run `generation` still matters.
    bool isCurrent(quint64 generation) const;

    QPointer<PersonalizeClient> m_personalize;
    QPointer<S3Client> m_s3;
    DataCheckRequest m_request;
    std::unique_ptr<Run> m_run;
    quint64 m_generation = 0;
    QHash<QString, DatasetColumns> m_columns; // by dataset ARN
};
