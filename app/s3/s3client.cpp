#include "s3/s3client.h"

#include "aws/clientconfiguration.h"
#include "aws/endpointpolicy.h"
#include "aws/sharedconfig.h"
#include "aws/sigv4signer.h"
#include "s3/s3request.h"
#include "s3/s3service.h"
#include "s3/s3xml.h"

#include <QRandomGenerator>
#include <QTimer>

namespace {

// "bytes FIRST-LAST/TOTAL" or "bytes */TOTAL"; TOTAL may be "*" (unknown, -1).
struct ContentRange
{
    qint64 first = -1; // -1 in "bytes */TOTAL"
    qint64 last = -1;
    qint64 total = -1;
};

std::optional<ContentRange> parseContentRange(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes "))
        return std::nullopt;
    const QByteArray rest = value.mid(6).trimmed();
    const qsizetype slash = rest.indexOf('/');
    if (slash < 0)
        return std::nullopt;
    ContentRange range;
    bool ok = true;
    const QByteArray total = rest.mid(slash + 1).trimmed();
    if (total != "*") {
        range.total = total.toLongLong(&ok);
        if (!ok || range.total < 0)
            return std::nullopt;
    }
    const QByteArray span = rest.left(slash).trimmed();
    if (span == "*")
        return range;
    const qsizetype dash = span.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    bool firstOk = false;
    bool lastOk = false;
    range.first = span.left(dash).toLongLong(&firstOk);
    range.last = span.mid(dash + 1).toLongLong(&lastOk);
    if (!firstOk || !lastOk || range.first < 0 || range.last < range.first ||
        (range.total >= 0 && range.last >= range.total)) {
        return std::nullopt;
    }
    return range;
}

AwsError unreadable(const S3Answer &answer, const QString &why)
{
    AwsError error =
        AwsError::make(AwsError::Kind::InvalidResponse,
                       S3Client::tr("The answer from S3 (HTTP %1) could not be read: %2.")
                           .arg(answer.status)
                           .arg(why));
    error.httpStatus = answer.status;
    error.requestId = answer.requestId;
    error.attempts = answer.attempts;
    return error;
}

qint64 contentLength(const S3Answer &answer)
{
    bool ok = false;
    const qint64 length = answer.header("content-length").trimmed().toLongLong(&ok);
    return ok && length >= 0 ? length : -1;
}

// What a 206 answer holds: its bytes must be exactly the range it names.
Result<S3ObjectBytes, AwsError> partialContent(const S3Answer &answer, qint64 maxLength)
{
    const std::optional<ContentRange> range = parseContentRange(answer.header("content-range"));
    if (!range || range->first < 0)
        return unreadable(answer, S3Client::tr("its Content-Range header is missing or malformed"));
    if (range->last - range->first + 1 != answer.body.size()) {
        return unreadable(answer, S3Client::tr("it holds %1 bytes where its Content-Range names %2")
                                      .arg(answer.body.size())
                                      .arg(range->last - range->first + 1));
    }
    S3ObjectBytes bytes;
    bytes.bytes = answer.body.left(maxLength);
    bytes.offset = range->first;
    bytes.totalSize = range->total >= 0 ? range->total : range->last + 1;
    return bytes;
}

} // namespace

S3Client::S3Client(QNetworkAccessManager *network, AwsClient::CredentialsSource credentials,
                   const S3ClientSettings &settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(std::move(credentials))
    , m_settings(settings)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_backoff([](int retry) {
        return RetryStrategy::backoff(retry, QRandomGenerator::global()->generateDouble());
    })
    , m_signer(std::make_unique<SigV4Signer>())
{}

S3Client::~S3Client()
{
    // Requests go first: they remove themselves from m_requests, a member destroyed before
    // QObject's destructor would delete them.
    const QList<Request *> requests(m_requests.cbegin(), m_requests.cend());
    for (Request *request : requests)
        delete request;
}

Result<S3ClientSettings, AwsError> S3Client::settingsFor(const ClientConfiguration &configuration,
                                                         const SharedConfig &config,
                                                         const QProcessEnvironment &environment)
{
    // S3 has endpoint settings of its own (AWS_ENDPOINT_URL_S3, a services block "s3"); an
    // endpoint chosen for another service on the command line is not S3's.
    ClientConfigurationOverrides overrides;
    overrides.profile = configuration.profile;
    overrides.region = configuration.region;
    const auto resolved =
        ClientConfiguration::resolve(S3Service::info(), environment, config, overrides);
    if (!resolved.ok())
        return resolved.error();

    S3ClientSettings settings;
    settings.region = resolved->region;
    settings.endpoint = resolved->endpointUrl;
    settings.useFipsEndpoint = resolved->useFipsEndpoint;
    settings.useDualStackEndpoint = resolved->useDualStackEndpoint;
    settings.maxAttempts = resolved->maxAttempts;
    settings.caBundle = resolved->caBundle;

    const QString style = config.profileSection(resolved->profile)
                              .subProperties.value(QStringLiteral("s3"))
                              .value(QStringLiteral("addressing_style"))
                              .trimmed();
    if (style.isEmpty() || style.compare(u"auto", Qt::CaseInsensitive) == 0) {
        settings.addressingStyle = S3AddressingStyle::Auto;
    } else if (style.compare(u"virtual", Qt::CaseInsensitive) == 0) {
        settings.addressingStyle = S3AddressingStyle::VirtualHost;
    } else if (style.compare(u"path", Qt::CaseInsensitive) == 0) {
        settings.addressingStyle = S3AddressingStyle::Path;
    } else {
        return AwsError::make(AwsError::Kind::Configuration,
                              tr("addressing_style in the s3 settings of profile %1 must be "
                                 "\"auto\", \"virtual\" or \"path\", not \"%2\". Correct or "
                                 "remove the setting.")
                                  .arg(resolved->profile, style.left(64)));
    }
    if (!settings.endpoint.isEmpty()) {
        const QString refusal = EndpointPolicy::check(settings.endpoint);
        if (!refusal.isEmpty())
            return AwsError::make(AwsError::Kind::Configuration, refusal);
    }
    return settings;
}

template<typename T, typename Reader>
void S3Client::send(Request *request, const QObject *context, Callback<T> done, Reader read)
{
    auto value = std::make_shared<std::optional<T>>();
    request->setHandlers(
        [value, read = std::move(read)](const S3Answer &answer) -> std::optional<AwsError> {
            Result<T, AwsError> result = read(answer);
            if (!result.ok())
                return result.error();
            *value = std::move(result).value();
            return std::nullopt;
        },
        [value, done = std::move(done), guard = QPointer<const QObject>(context),
         hasContext = context != nullptr](const AwsError *error) {
            if (hasContext && !guard)
                return;
            if (error)
                done(*error);
            else
                done(**value);
        });
    // Started from the event loop, so that nothing calls back before the caller returns.
    QTimer::singleShot(0, request, [request] { request->start(); });
}

void S3Client::listObjects(const QString &bucket, const QString &prefix,
                           const QString &continuationToken, int maxKeys, const QObject *context,
                           Callback<S3ListPage> done)
{
    // encoding-type=url keeps keys with characters XML cannot carry readable; S3 then says so
    // in the answer, and the keys are decoded.
    QList<QPair<QString, QString>> query = {
        {QStringLiteral("list-type"), QStringLiteral("2")},
        {QStringLiteral("encoding-type"), QStringLiteral("url")},
    };
    if (!prefix.isEmpty())
        query.append({QStringLiteral("prefix"), prefix});
    if (!continuationToken.isEmpty())
        query.append({QStringLiteral("continuation-token"), continuationToken});
    if (maxKeys > 0)
        query.append({QStringLiteral("max-keys"), QString::number(std::min(maxKeys, 1000))});
    auto *request = new Request(this, QStringLiteral("ListObjectsV2"), QByteArrayLiteral("GET"),
                                S3Location{bucket, prefix}, true, query);
    send<S3ListPage>(request, context, std::move(done),
                     [](const S3Answer &answer) -> Result<S3ListPage, AwsError> {
                         Result<S3ListPage, QString> page =
                             S3Xml::parseListBucketResult(answer.body);
                         if (!page.ok())
                             return unreadable(answer, page.error());
                         return std::move(page).value();
                     });
}

void S3Client::headObject(const QString &bucket, const QString &key, const QObject *context,
                          Callback<S3ObjectHead> done)
{
    auto *request = new Request(this, QStringLiteral("HeadObject"), QByteArrayLiteral("HEAD"),
                                S3Location{bucket, key});
    send<S3ObjectHead>(
        request, context, std::move(done),
        [](const S3Answer &answer) -> Result<S3ObjectHead, AwsError> {
            S3ObjectHead head;
            head.size = contentLength(answer);
            if (head.size < 0) {
                return unreadable(answer, S3Client::tr("it gives no object size "
                                                       "(Content-Length)"));
            }
            head.contentType = QString::fromUtf8(answer.header("content-type"));
            head.lastModified =
                ClockSkew::parseHttpDate(answer.header("last-modified")).value_or(QDateTime());
            head.serverSideEncryption =
                QString::fromUtf8(answer.header("x-amz-server-side-encryption"));
            head.kmsKeyId =
                QString::fromUtf8(answer.header("x-amz-server-side-encryption-aws-kms-key-id"));
            return head;
        });
}

void S3Client::getObjectRange(const QString &bucket, const QString &key, qint64 first,
                              qint64 length, const QObject *context, Callback<S3ObjectBytes> done)
{
    first = std::max<qint64>(first, 0);
    length = std::min(length, kMaxAnswerBytes);
    if (length <= 0) {
        S3ObjectBytes empty;
        empty.offset = first;
        QTimer::singleShot(0, context ? context : this,
                           [done = std::move(done), empty] { done(empty); });
        return;
    }
    auto *request = new Request(this, QStringLiteral("GetObject"), QByteArrayLiteral("GET"),
                                S3Location{bucket, key});
    request->setRange("bytes=" + QByteArray::number(first) + '-' +
                      QByteArray::number(first + length - 1));
    request->setAcceptedStatus(416);
    request->setPrefixBytes(first + length);
    send<S3ObjectBytes>(
        request, context, std::move(done),
        [first, length](const S3Answer &answer) -> Result<S3ObjectBytes, AwsError> {
            if (answer.status == 206)
                return partialContent(answer, length);
            if (answer.status == 416) {
                // Nothing at or after `first`: an empty object, or a range past its end.
                const std::optional<ContentRange> range =
                    parseContentRange(answer.header("content-range"));
                S3ObjectBytes none;
                none.offset = first;
                if (range && range->total >= 0)
                    none.totalSize = range->total;
                else if (first != 0)
                    return unreadable(answer, S3Client::tr("S3 refused the byte range without "
                                                           "saying how large the object is"));
                return none;
            }
            // The server ignored the Range header and sent the object from its start.
            S3ObjectBytes bytes;
            bytes.offset = first;
            bytes.bytes = answer.body.mid(std::min<qint64>(first, answer.body.size()), length);
            bytes.totalSize = std::max<qint64>(contentLength(answer), answer.body.size());
            return bytes;
        });
}

void S3Client::getObjectTail(const QString &bucket, const QString &key, qint64 length,
                             const QObject *context, Callback<S3ObjectBytes> done)
{
    length = std::min(length, kMaxAnswerBytes);
    if (length <= 0) {
        QTimer::singleShot(0, context ? context : this,
                           [done = std::move(done)] { done(S3ObjectBytes()); });
        return;
    }
    auto *request = new Request(this, QStringLiteral("GetObject"), QByteArrayLiteral("GET"),
                                S3Location{bucket, key});
    request->setRange("bytes=-" + QByteArray::number(length));
    request->setAcceptedStatus(416);
    send<S3ObjectBytes>(request, context, std::move(done),
                        [length](const S3Answer &answer) -> Result<S3ObjectBytes, AwsError> {
                            if (answer.status == 206)
                                return partialContent(answer, length);
                            if (answer.status == 416) {
                                // A suffix range is refused only for an empty object.
                                S3ObjectBytes none;
                                const std::optional<ContentRange> range =
                                    parseContentRange(answer.header("content-range"));
                                if (range && range->total > 0)
                                    none.offset = none.totalSize = range->total;
                                return none;
                            }
                            // The whole object: its last `length` bytes are the tail.
                            S3ObjectBytes bytes;
                            bytes.totalSize = answer.body.size();
                            bytes.bytes = answer.body.right(length);
                            bytes.offset = bytes.totalSize - bytes.bytes.size();
                            return bytes;
                        });
}

void S3Client::cancelAll()
{
    // A request that has finished is calling back right now and deletes itself afterwards.
    const QList<Request *> requests(m_requests.cbegin(), m_requests.cend());
    for (Request *request : requests) {
        if (!request->isFinished())
            delete request;
    }
}

void S3Client::setCredentialsInvalidator(std::function<void()> invalidate)
{
    m_invalidateCredentials = std::move(invalidate);
}

void S3Client::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void S3Client::setBackoffFunction(AwsClient::BackoffFunction backoff)
{
    m_backoff = std::move(backoff);
}
