#include "personalize/datacheck.h"

#include "personalize/datacheckrules.h"
#include "personalize/personalizeclient.h"
#include "s3/s3client.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

struct DataCheck::Run
{
    quint64 generation = 0;
    DataCheckInput input;
    DataCheckReport report;
    QList<S3ObjectSummary> toSample;
    int pages = 0;
    std::optional<DataCheckFinding> locationFinding; // the location itself could not be read
};

DataCheck::DataCheck(PersonalizeClient *personalize, S3Client *s3, QObject *parent)
    : QObject(parent)
    , m_personalize(personalize)
    , m_s3(s3)
{}

DataCheck::~DataCheck() = default;

bool DataCheck::isRunning() const
{
    return m_run != nullptr;
}

bool DataCheck::isCurrent(quint64 generation) const
{
    return m_run && m_run->generation == generation;
}

void DataCheck::start(const DataCheckRequest &request)
{
    cancel();
    m_request = request;
    m_run = std::make_unique<Run>();
    m_run->generation = ++m_generation;
    m_run->report.datasetArn = request.datasetArn;
    m_run->report.dataLocation = request.dataLocation;
    m_run->report.importMode = request.importMode;
    m_run->input.importMode = request.importMode;
    Q_EMIT started(request);
    // Even a request that cannot be checked is answered later, never from inside start().
    const quint64 generation = m_run->generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (isCurrent(generation))
                begin();
        },
        Qt::QueuedConnection);
}

void DataCheck::begin()
{
    const std::optional<S3Location> location = S3Location::parse(m_request.dataLocation.trimmed());
    if (!location) {
        fail(tr("Only s3:// locations can be checked."));
        return;
    }
    m_run->input.location = *location;
    if (!m_personalize || !m_s3) {
        fail(tr("Not connected."));
        return;
    }
    readSchema();
}

void DataCheck::cancel()
{
    // Answers of the dropped run find another generation (or none) and are ignored.
    m_run.reset();
}

void DataCheck::fail(const QString &message)
{
    if (!m_run)
        return;
    m_run->report.state = DataCheckReport::State::Incomplete;
    m_run->report.error = message;
    complete();
}

void DataCheck::readSchema()
{
    const auto cached = m_columns.constFind(m_request.datasetArn);
    if (cached != m_columns.cend()) {
        m_run->input.datasetType = cached->datasetType;
        m_run->input.schema = cached->schema;
        listLocation();
        return;
    }
    const quint64 generation = m_run->generation;
    const QString datasetArn = m_request.datasetArn;
    m_personalize->describeDataset(
        datasetArn, this, [this, generation, datasetArn](const Result<Dataset, AwsError> &dataset) {
            if (!isCurrent(generation))
                return;
            if (!dataset) {
                fail(tr("The dataset's schema could not be read: %1").arg(dataset.error().message));
                return;
            }
            const QString datasetType = dataset->datasetType.value_or(QString()).toUpper();
            const QString schemaArn = dataset->schemaArn.value_or(QString());
            if (schemaArn.isEmpty()) {
                fail(tr("The dataset has no schema to check against."));
                return;
            }
            m_personalize->describeSchema(
                schemaArn, this,
                [this, generation, datasetArn,
                 datasetType](const Result<DatasetSchema, AwsError> &schema) {
                    if (!isCurrent(generation))
                        return;
                    if (!schema) {
                        fail(tr("The dataset's schema could not be read: %1")
                                 .arg(schema.error().message));
                        return;
                    }
                    const Result<AvroRecord, QString> record =
                        AvroSchema::parse(schema->schema.value_or(QString()));
                    if (!record) {
                        fail(tr("The dataset's schema could not be read: %1").arg(record.error()));
                        return;
                    }
                    m_columns.insert(datasetArn, DatasetColumns{datasetType, record.value()});
                    m_run->input.datasetType = datasetType;
                    m_run->input.schema = record.value();
                    listLocation();
                });
        });
}

void DataCheck::listLocation()
{
    if (m_run->input.location.isFolder())
        listPage(QString());
    else
        headFile();
}

void DataCheck::listPage(const QString &continuationToken)
{
    const quint64 generation = m_run->generation;
    const S3Location &location = m_run->input.location;
    ++m_run->pages;
    m_s3->listObjects(
        location.bucket, location.key, continuationToken, 1000, this,
        [this, generation](const Result<S3ListPage, AwsError> &page) {
            if (!isCurrent(generation))
                return;
            if (!page) {
                const AwsError &error = page.error();
                if (error.code == u"AccessDenied" || error.httpStatus == 403) {
                    m_run->locationFinding = DataCheckFinding{
                        DataCheckFinding::Severity::Warning,
                        QStringLiteral("caller-access-denied"),
                        tr("Your credentials may not list this folder, so its files were not "
                           "checked. Personalize reads with the import role and the bucket "
                           "policy, not with your rights, so the import may still work."),
                        tr("Check that the import role may s3:ListBucket on the bucket and "
                           "s3:GetObject on its files, and that the bucket policy allows the "
                           "Personalize service principal."),
                        m_run->input.location.toUrl(),
                        0,
                        QString()};
                    complete();
                    return;
                }
                if (error.code == u"NoSuchBucket") {
                    m_run->locationFinding = DataCheckFinding{
                        DataCheckFinding::Severity::Error,
                        QStringLiteral("no-data"),
                        tr("The bucket %1 does not exist.").arg(m_run->input.location.bucket),
                        tr("Check the bucket name in the location."),
                        m_run->input.location.toUrl(),
                        0,
                        QString()};
                    complete();
                    return;
                }
                fail(tr("The location could not be listed: %1").arg(error.message));
                return;
            }
            m_run->input.objects.append(page->objects);
            if (page->isTruncated && !page->nextContinuationToken.isEmpty()) {
                if (m_run->pages < kMaxListingPages) {
                    listPage(page->nextContinuationToken);
                    return;
                }
                m_run->input.listingComplete = false;
            }
            chooseSamples();
        });
}

void DataCheck::headFile()
{
    const quint64 generation = m_run->generation;
    const S3Location &location = m_run->input.location;
    m_s3->headObject(
        location.bucket, location.key, this,
        [this, generation](const Result<S3ObjectHead, AwsError> &head) {
            if (!isCurrent(generation))
                return;
            const S3Location &file = m_run->input.location;
            if (!head) {
                const AwsError &error = head.error();
                if (error.code == u"NoSuchKey" || error.code == u"NoSuchBucket" ||
                    error.httpStatus == 404) {
                    // No object: the rules say so (an empty listing of a file location).
                    chooseSamples();
                    return;
                }
                if (error.code == u"AccessDenied" || error.httpStatus == 403) {
                    // Listed as one object of unknown size so that the rules report the
                    // caller's missing access for the file rather than its absence.
                    m_run->input.objects.append(S3ObjectSummary{file.key, 0, QDateTime()});
                    DataCheckSample sample;
                    sample.key = file.key;
                    sample.readError = error;
                    m_run->input.samples.append(sample);
                    complete();
                    return;
                }
                fail(tr("The file could not be read: %1").arg(error.message));
                return;
            }
            m_run->input.objects.append(S3ObjectSummary{file.key, head->size, head->lastModified});
            DataCheckSample sample;
            sample.key = file.key;
            sample.size = head->size;
            sample.serverSideEncryption = head->serverSideEncryption;
            sample.kmsKeyId = head->kmsKeyId;
            m_run->toSample = {S3ObjectSummary{file.key, head->size, head->lastModified}};
            m_run->input.samples.append(sample);
            sampleNext();
        });
}

void DataCheck::chooseSamples()
{
    QList<S3ObjectSummary> csv;
    for (const S3ObjectSummary &object : std::as_const(m_run->input.objects)) {
        if (!DataCheckRules::isFolderMarker(object) && DataCheckRules::isCsvKey(object.key))
            csv.append(object);
    }
    // The first and last files (where exports put headers and stragglers), the largest, then
    // the others in order.
    QList<S3ObjectSummary> chosen;
    QSet<QString> keys;
    auto take = [&](const S3ObjectSummary &object) {
        if (chosen.size() < kMaxSampledFiles && !keys.contains(object.key)) {
            keys.insert(object.key);
            chosen.append(object);
        }
    };
    if (!csv.isEmpty()) {
        take(csv.constFirst());
        take(csv.constLast());
        take(*std::max_element(
            csv.cbegin(), csv.cend(),
            [](const S3ObjectSummary &a, const S3ObjectSummary &b) { return a.size < b.size; }));
        for (const S3ObjectSummary &object : std::as_const(csv))
            take(object);
    }
    m_run->toSample = chosen;
    for (const S3ObjectSummary &object : std::as_const(chosen)) {
        DataCheckSample sample;
        sample.key = object.key;
        sample.size = object.size;
        m_run->input.samples.append(sample);
    }
    sampleNext();
}

void DataCheck::sampleNext()
{
    if (m_run->toSample.isEmpty()) {
        complete();
        return;
    }
    const S3ObjectSummary object = m_run->toSample.takeFirst();
    const quint64 generation = m_run->generation;
    const QString bucket = m_run->input.location.bucket;
    auto sampleOf = [this](const QString &key) -> DataCheckSample * {
        for (DataCheckSample &sample : m_run->input.samples) {
            if (sample.key == key)
                return &sample;
        }
        return nullptr;
    };
    auto readHead = [this, generation, bucket, object, sampleOf]() {
        m_s3->getObjectRange(
            bucket, object.key, 0, kHeadBytes, this,
            [this, generation, object, sampleOf](const Result<S3ObjectBytes, AwsError> &bytes) {
                if (!isCurrent(generation))
                    return;
                DataCheckSample *sample = sampleOf(object.key);
                if (!bytes) {
                    sample->readError = bytes.error();
                    sampleNext();
                    return;
                }
                sample->head = bytes->bytes;
                sample->size = std::max(sample->size, bytes->totalSize);
                m_run->report.bytesRead += bytes->bytes.size();
                sample->complete = bytes->bytes.size() >= sample->size;
                if (sample->complete) {
                    sampleNext();
                    return;
                }
                readTail(object.key, std::min(kTailBytes, sample->size - sample->head.size()));
            });
    };
    // A folder's files are listed without their encryption; a file location was headed already.
    DataCheckSample *sample = sampleOf(object.key);
    if (!m_run->input.location.isFolder() || !sample->serverSideEncryption.isEmpty()) {
        readHead();
        return;
    }
    m_s3->headObject(
        bucket, object.key, this,
        [this, generation, object, sampleOf, readHead](const Result<S3ObjectHead, AwsError> &head) {
            if (!isCurrent(generation))
                return;
            if (head) {
                DataCheckSample *headed = sampleOf(object.key);
                headed->serverSideEncryption = head->serverSideEncryption;
                headed->kmsKeyId = head->kmsKeyId;
            }
            // A failed head is reported by the read that follows.
            readHead();
        });
}

void DataCheck::readTail(const QString &key, qint64 length)
{
    const quint64 generation = m_run->generation;
    if (length <= 0) {
        sampleNext();
        return;
    }
    m_s3->getObjectTail(m_run->input.location.bucket, key, length, this,
                        [this, generation, key](const Result<S3ObjectBytes, AwsError> &bytes) {
                            if (!isCurrent(generation))
                                return;
                            if (bytes) {
                                for (DataCheckSample &sample : m_run->input.samples) {
                                    if (sample.key == key)
                                        sample.tail = bytes->bytes;
                                }
                                m_run->report.bytesRead += bytes->bytes.size();
                            }
                            // Without the tail the head still tells most.
                            sampleNext();
                        });
}

void DataCheck::complete()
{
    std::unique_ptr<Run> run = std::move(m_run);
    DataCheckReport &report = run->report;
    report.checkedAt = QDateTime::currentDateTimeUtc();
    if (report.state == DataCheckReport::State::Completed) {
        DataCheckOutcome outcome;
        if (run->locationFinding)
            outcome.findings.append(*run->locationFinding);
        else
            outcome = DataCheckRules::check(run->input);
        report.findings = outcome.findings;
        report.filesFound = outcome.csvFiles;
        report.totalBytes = outcome.csvBytes;
        report.estimatedRecords = outcome.estimatedRecords;
        int sampled = 0;
        for (const DataCheckSample &sample : std::as_const(run->input.samples)) {
            if (!sample.readError && !sample.head.isEmpty())
                ++sampled;
        }
        report.filesSampled = sampled;
    }
    Q_EMIT finished(report);
}
