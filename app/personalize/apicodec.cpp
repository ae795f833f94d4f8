#include "personalize/apicodec.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>
#include <type_traits>

namespace {

// Years 1 to 9999: what QDateTime and any sane service timestamp fit in.
constexpr double kMinEpochSeconds = -62135596800.0;
constexpr double kMaxEpochSeconds = 253402300800.0;

QString memberPath(const QString &path, const char *key)
{
    const QLatin1String name(key);
    return path.isEmpty() ? QString(name) : path + u'.' + name;
}

QString elementPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("ApiCodec", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("ApiCodec", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("ApiCodec", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("ApiCodec", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("ApiCodec", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("ApiCodec", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("ApiCodec", "nothing");
}

bool fail(QString &error, const QString &path, const QString &expected, const QJsonValue &found)
{
    //: %1 is a JSON member path such as datasetImportJobs[3].creationDateTime
    error = QCoreApplication::translate("ApiCodec", "%1: expected %2, found %3")
                .arg(path, expected, describe(found));
    return false;
}

// Scalars.
bool decode(const QJsonValue &value, const QString &path, QString &out, QString &error)
{
    if (!value.isString())
        return fail(error, path, QCoreApplication::translate("ApiCodec", "a string"), value);
    out = value.toString();
    return true;
}

bool decode(const QJsonValue &value, const QString &path, bool &out, QString &error)
{
    if (!value.isBool())
        return fail(error, path, QCoreApplication::translate("ApiCodec", "true or false"), value);
    out = value.toBool();
    return true;
}

bool decode(const QJsonValue &value, const QString &path, int &out, QString &error)
{
    if (!value.isDouble())
        return fail(error, path, QCoreApplication::translate("ApiCodec", "an integer"), value);
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number ||
        number < double(std::numeric_limits<int>::min()) ||
        number > double(std::numeric_limits<int>::max())) {
        error = QCoreApplication::translate("ApiCodec", "%1: expected an integer, found %2")
                    .arg(path, QString::number(number, 'g', 17));
        return false;
    }
    out = static_cast<int>(number);
    return true;
}

bool decode(const QJsonValue &value, const QString &path, QDateTime &out, QString &error)
{
    if (!value.isDouble())
        return fail(error, path, QCoreApplication::translate("ApiCodec", "a number"), value);
    const std::optional<QDateTime> time = ApiCodec::timestampFromJson(value);
    if (!time) {
        error = QCoreApplication::translate("ApiCodec",
                                            "%1: the timestamp %2 is outside the years 1 to 9999")
                    .arg(path, QString::number(value.toDouble(), 'g', 17));
        return false;
    }
    out = *time;
    return true;
}

template<typename T>
bool decode(const QJsonValue &value, const QString &path, QList<T> &out, QString &error);
template<typename T>
bool decode(const QJsonValue &value, const QString &path, T &out, QString &error);

QJsonValue encode(const QString &value)
{
    return value;
}
QJsonValue encode(bool value)
{
    return value;
}
QJsonValue encode(int value)
{
    return value;
}
QJsonValue encode(const QDateTime &value)
{
    return value.isValid() ? ApiCodec::timestampToJson(value) : QJsonValue(QJsonValue::Undefined);
}
template<typename T>
QJsonValue encode(const QList<T> &values);
template<typename T>
QJsonValue encode(const T &value);

// Reads the members of one JSON object; keeps the first error and skips the rest.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QString &path, QString &error)
        : m_object(object)
        , m_path(path)
        , m_error(error)
    {}

    template<typename T>
    void optional(const char *key, std::optional<T> &out)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        // null means "not set" to every AWS SDK; treating it otherwise would reject their output.
        if (!m_error.isEmpty() || value.isUndefined() || value.isNull())
            return;
        T decoded{};
        if (decode(value, memberPath(m_path, key), decoded, m_error))
            out = std::move(decoded);
    }

    template<typename T>
    void required(const char *key, T &out)
    {
        if (!m_error.isEmpty())
            return;
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            m_error =
                QCoreApplication::translate("ApiCodec", "%1: this member is required but missing")
                    .arg(memberPath(m_path, key));
            return;
        }
        decode(value, memberPath(m_path, key), out, m_error);
    }

private:
    const QJsonObject &m_object;
    const QString &m_path;
    QString &m_error;
};

// Writes members; unset optionals are left out rather than written as null.
class ObjectWriter
{
public:
    template<typename T>
    void optional(const char *key, const std::optional<T> &value)
    {
        if (value)
            required(key, *value);
    }

    template<typename T>
    void required(const char *key, const T &value)
    {
        const QJsonValue json = encode(value);
        if (!json.isUndefined())
            m_object.insert(QLatin1String(key), json);
    }

    QJsonObject object() const { return m_object; }

private:
    QJsonObject m_object;
};

// Named only by the static_assert of a discarded branch, which Clang does not count as a use.
template<typename>
[[maybe_unused]] constexpr bool kNotAShape = false;

// The member list of every structure, once, shared by reading (S non-const) and writing (S const)
// so that the two directions cannot drift apart. Order follows the model.
template<typename V, typename S>
void visitMembers(V &v, S &s)
{
    using T = std::remove_const_t<S>;
    if constexpr (std::is_same_v<T, Tag>) {
        v.required("tagKey", s.tagKey);
        v.required("tagValue", s.tagValue);
    } else if constexpr (std::is_same_v<T, DataSource>) {
        v.optional("dataLocation", s.dataLocation);
    } else if constexpr (std::is_same_v<T, DatasetImportJob>) {
        v.optional("jobName", s.jobName);
        v.optional("datasetImportJobArn", s.datasetImportJobArn);
        v.optional("datasetArn", s.datasetArn);
        v.optional("dataSource", s.dataSource);
        v.optional("roleArn", s.roleArn);
        v.optional("status", s.status);
        v.optional("creationDateTime", s.creationDateTime);
        v.optional("lastUpdatedDateTime", s.lastUpdatedDateTime);
        v.optional("failureReason", s.failureReason);
        v.optional("importMode", s.importMode);
        v.optional("publishAttributionMetricsToS3", s.publishAttributionMetricsToS3);
    } else if constexpr (std::is_same_v<T, DatasetImportJobSummary>) {
        v.optional("datasetImportJobArn", s.datasetImportJobArn);
        v.optional("jobName", s.jobName);
        v.optional("status", s.status);
        v.optional("creationDateTime", s.creationDateTime);
        v.optional("lastUpdatedDateTime", s.lastUpdatedDateTime);
        v.optional("failureReason", s.failureReason);
        v.optional("importMode", s.importMode);
    } else if constexpr (std::is_same_v<T, DatasetGroupSummary>) {
        v.optional("name", s.name);
        v.optional("datasetGroupArn", s.datasetGroupArn);
        v.optional("status", s.status);
        v.optional("creationDateTime", s.creationDateTime);
        v.optional("lastUpdatedDateTime", s.lastUpdatedDateTime);
        v.optional("failureReason", s.failureReason);
        v.optional("domain", s.domain);
    } else if constexpr (std::is_same_v<T, DatasetSummary>) {
        v.optional("name", s.name);
        v.optional("datasetArn", s.datasetArn);
        v.optional("datasetType", s.datasetType);
        v.optional("status", s.status);
        v.optional("creationDateTime", s.creationDateTime);
        v.optional("lastUpdatedDateTime", s.lastUpdatedDateTime);
    } else if constexpr (std::is_same_v<T, DatasetUpdateSummary>) {
        v.optional("schemaArn", s.schemaArn);
        v.optional("status", s.status);
        v.optional("failureReason", s.failureReason);
        v.optional("creationDateTime", s.creationDateTime);
        v.optional("lastUpdatedDateTime", s.lastUpdatedDateTime);
    } else if constexpr (std::is_same_v<T, Dataset>) {
        v.optional("name", s.name);
        v.optional("datasetArn", s.datasetArn);
        v.optional("datasetGroupArn", s.datasetGroupArn);
        v.optional("datasetType", s.datasetType);
        v.optional("schemaArn", s.schemaArn);
        v.optional("status", s.status);
        v.optional("creationDateTime", s.creationDateTime);
        v.optional("lastUpdatedDateTime", s.lastUpdatedDateTime);
        v.optional("latestDatasetUpdate", s.latestDatasetUpdate);
        v.optional("trackingId", s.trackingId);
    } else if constexpr (std::is_same_v<T, DatasetSchema>) {
        v.optional("name", s.name);
        v.optional("schemaArn", s.schemaArn);
        v.optional("schema", s.schema);
        v.optional("creationDateTime", s.creationDateTime);
        v.optional("lastUpdatedDateTime", s.lastUpdatedDateTime);
        v.optional("domain", s.domain);
    } else if constexpr (std::is_same_v<T, MetricAttributionSummary>) {
        v.optional("name", s.name);
        v.optional("metricAttributionArn", s.metricAttributionArn);
        v.optional("status", s.status);
        v.optional("creationDateTime", s.creationDateTime);
        v.optional("lastUpdatedDateTime", s.lastUpdatedDateTime);
        v.optional("failureReason", s.failureReason);
    } else if constexpr (std::is_same_v<T, CreateDatasetImportJobRequest>) {
        v.required("jobName", s.jobName);
        v.required("datasetArn", s.datasetArn);
        v.required("dataSource", s.dataSource);
        v.optional("roleArn", s.roleArn);
        v.optional("tags", s.tags);
        v.optional("importMode", s.importMode);
        v.optional("publishAttributionMetricsToS3", s.publishAttributionMetricsToS3);
    } else if constexpr (std::is_same_v<T, CreateDatasetImportJobResponse>) {
        v.optional("datasetImportJobArn", s.datasetImportJobArn);
    } else if constexpr (std::is_same_v<T, DescribeDatasetImportJobRequest>) {
        v.required("datasetImportJobArn", s.datasetImportJobArn);
    } else if constexpr (std::is_same_v<T, DescribeDatasetImportJobResponse>) {
        v.optional("datasetImportJob", s.datasetImportJob);
    } else if constexpr (std::is_same_v<T, ListDatasetImportJobsRequest>) {
        v.optional("datasetArn", s.datasetArn);
        v.optional("nextToken", s.nextToken);
        v.optional("maxResults", s.maxResults);
    } else if constexpr (std::is_same_v<T, ListDatasetImportJobsResponse>) {
        v.optional("datasetImportJobs", s.datasetImportJobs);
        v.optional("nextToken", s.nextToken);
    } else if constexpr (std::is_same_v<T, ListDatasetGroupsRequest>) {
        v.optional("nextToken", s.nextToken);
        v.optional("maxResults", s.maxResults);
    } else if constexpr (std::is_same_v<T, ListDatasetGroupsResponse>) {
        v.optional("datasetGroups", s.datasetGroups);
        v.optional("nextToken", s.nextToken);
    } else if constexpr (std::is_same_v<T, ListDatasetsRequest>) {
        v.optional("datasetGroupArn", s.datasetGroupArn);
        v.optional("nextToken", s.nextToken);
        v.optional("maxResults", s.maxResults);
    } else if constexpr (std::is_same_v<T, ListDatasetsResponse>) {
        v.optional("datasets", s.datasets);
        v.optional("nextToken", s.nextToken);
    } else if constexpr (std::is_same_v<T, DescribeDatasetRequest>) {
        v.required("datasetArn", s.datasetArn);
    } else if constexpr (std::is_same_v<T, DescribeDatasetResponse>) {
        v.optional("dataset", s.dataset);
    } else if constexpr (std::is_same_v<T, DescribeSchemaRequest>) {
        v.required("schemaArn", s.schemaArn);
    } else if constexpr (std::is_same_v<T, DescribeSchemaResponse>) {
        v.optional("schema", s.schema);
    } else if constexpr (std::is_same_v<T, ListMetricAttributionsRequest>) {
        v.optional("datasetGroupArn", s.datasetGroupArn);
        v.optional("nextToken", s.nextToken);
        v.optional("maxResults", s.maxResults);
    } else if constexpr (std::is_same_v<T, ListMetricAttributionsResponse>) {
        v.optional("metricAttributions", s.metricAttributions);
        v.optional("nextToken", s.nextToken);
    } else if constexpr (std::is_same_v<T, ListTagsForResourceRequest>) {
        v.required("resourceArn", s.resourceArn);
    } else if constexpr (std::is_same_v<T, ListTagsForResourceResponse>) {
        v.optional("tags", s.tags);
    } else {
        static_assert(kNotAShape<T>, "no member list for this type");
    }
}

template<typename T>
bool decode(const QJsonValue &value, const QString &path, QList<T> &out, QString &error)
{
    if (!value.isArray())
        return fail(error, path, QCoreApplication::translate("ApiCodec", "an array"), value);
    const QJsonArray array = value.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        T item{};
        if (!decode(array.at(i), elementPath(path, i), item, error))
            return false;
        out.append(std::move(item));
    }
    return true;
}

template<typename T>
bool decode(const QJsonValue &value, const QString &path, T &out, QString &error)
{
    if (!value.isObject())
        return fail(error, path, QCoreApplication::translate("ApiCodec", "an object"), value);
    const QJsonObject object = value.toObject();
    ObjectReader reader(object, path, error);
    visitMembers(reader, out);
    return error.isEmpty();
}

template<typename T>
QJsonValue encode(const QList<T> &values)
{
    QJsonArray array;
    for (const T &value : values)
        array.append(encode(value));
    return array;
}

template<typename T>
QJsonValue encode(const T &value)
{
    ObjectWriter writer;
    visitMembers(writer, value);
    return writer.object();
}

template<typename T>
Result<T, QString> parseTop(const QJsonObject &json)
{
    T out{};
    QString error;
    const QString root;
    ObjectReader reader(json, root, error);
    visitMembers(reader, out);
    if (!error.isEmpty())
        return error;
    return out;
}

template<typename T>
QJsonObject writeTop(const T &value)
{
    ObjectWriter writer;
    visitMembers(writer, value);
    return writer.object();
}

} // namespace

namespace ApiCodec {

QJsonValue timestampToJson(const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    // Whole seconds stay integers so that canonical service output survives a round trip.
    if (ms % 1000 == 0)
        return QJsonValue(ms / 1000);
    return QJsonValue(double(ms) / 1000.0);
}

std::optional<QDateTime> timestampFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < kMinEpochSeconds || seconds >= kMaxEpochSeconds)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(std::llround(seconds * 1000.0), Qt::UTC);
}

#define IMPORTDESK_CODEC(Type)                                                                     \
    QJsonObject toJson(const Type &value)                                                          \
    {                                                                                              \
        return writeTop(value);                                                                    \
    }                                                                                              \
    Result<Type, QString> parse##Type(const QJsonObject &json)                                     \
    {                                                                                              \
        return parseTop<Type>(json);                                                               \
    }

IMPORTDESK_CODEC(CreateDatasetImportJobRequest)
IMPORTDESK_CODEC(CreateDatasetImportJobResponse)
IMPORTDESK_CODEC(DescribeDatasetImportJobRequest)
IMPORTDESK_CODEC(DescribeDatasetImportJobResponse)
IMPORTDESK_CODEC(ListDatasetImportJobsRequest)
IMPORTDESK_CODEC(ListDatasetImportJobsResponse)
IMPORTDESK_CODEC(ListDatasetGroupsRequest)
IMPORTDESK_CODEC(ListDatasetGroupsResponse)
IMPORTDESK_CODEC(ListDatasetsRequest)
IMPORTDESK_CODEC(ListDatasetsResponse)
IMPORTDESK_CODEC(DescribeDatasetRequest)
IMPORTDESK_CODEC(DescribeDatasetResponse)
IMPORTDESK_CODEC(DescribeSchemaRequest)
IMPORTDESK_CODEC(DescribeSchemaResponse)
IMPORTDESK_CODEC(ListMetricAttributionsRequest)
IMPORTDESK_CODEC(ListMetricAttributionsResponse)
IMPORTDESK_CODEC(ListTagsForResourceRequest)
IMPORTDESK_CODEC(ListTagsForResourceResponse)

#undef IMPORTDESK_CODEC

} // namespace ApiCodec
