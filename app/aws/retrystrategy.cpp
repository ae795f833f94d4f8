#include "aws/retrystrategy.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace RetryStrategy {

RetryClass classify(const AwsError &error)
{
    using Kind = AwsError::Kind;
    switch (error.kind) {
    case Kind::Timeout:
        return RetryClass::Timeout;
    case Kind::ConnectionRefused:
    case Kind::ConnectionClosed:
    case Kind::Network:
        return RetryClass::Transient;
    case Kind::HostNotFound: // a name that does not resolve will not resolve a second later
    case Kind::Tls:
    case Kind::Credentials:
    case Kind::Configuration:
    case Kind::InvalidResponse:
    case Kind::Cancelled:
        return RetryClass::NotRetryable;
    case Kind::Service:
        break;
    }
    static const QSet<QString> throttling = {
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
    };
    static const QSet<QString> transientCodes = {
        QStringLiteral("RequestTimeout"),
        QStringLiteral("RequestTimeoutException"),
    };
    if (throttling.contains(error.code))
        return RetryClass::Throttling;
    if (transientCodes.contains(error.code))
        return RetryClass::Transient;
    switch (error.httpStatus) {
    case 500:
    case 502:
    case 503:
    case 504:
        return RetryClass::Transient;
    default:
        return RetryClass::NotRetryable;
    }
}

bool isClockSkewCode(const QString &code)
{
    static const QSet<QString> codes = {
        QStringLiteral("AuthFailure"),          QStringLiteral("InvalidSignatureException"),
        QStringLiteral("RequestExpired"),       QStringLiteral("RequestInTheFuture"),
        QStringLiteral("RequestTimeTooSkewed"), QStringLiteral("SignatureDoesNotMatch"),
    };
    return codes.contains(code);
}

std::chrono::milliseconds backoff(int retry, double random01)
{
    constexpr double kMaxSeconds = 20.0;
    const double ceiling = std::min(std::pow(2.0, std::max(retry, 1) - 1), kMaxSeconds);
    const double seconds = std::clamp(random01, 0.0, 1.0) * ceiling;
    return std::chrono::milliseconds(std::llround(seconds * 1000.0));
}

std::chrono::milliseconds applyRetryAfter(std::chrono::milliseconds computed,
                                          const QByteArray &retryAfterHeader)
{
    bool ok = false;
    const qlonglong retryAfter = retryAfterHeader.trimmed().toLongLong(&ok);
    if (!ok || retryAfter < 0)
        return computed;
    const std::chrono::milliseconds hinted(retryAfter);
    return std::max(computed, std::min(hinted, computed + std::chrono::seconds(5)));
}

} // namespace RetryStrategy

bool RetryQuota::acquire(RetryClass retryClass, int *cost)
{
    const int needed = retryClass == RetryClass::Timeout ? kTimeoutRetryCost : kRetryCost;
    if (m_available < needed)
        return false;
    m_available -= needed;
    if (cost)
        *cost = needed;
    return true;
}

void RetryQuota::release(int lastRetryCost)
{
    const int amount = lastRetryCost > 0 ? lastRetryCost : kNoRetryIncrement;
    m_available = std::min(kCapacity, m_available + amount);
}

bool ClockSkew::observe(const QByteArray &dateHeader, const QDateTime &localReceiveTime)
{
    const std::optional<QDateTime> server = parseHttpDate(dateHeader);
    if (!server)
        return false;
    m_observedMs = localReceiveTime.msecsTo(*server);
    return true;
}

bool ClockSkew::isSkewed() const
{
    return std::abs(m_observedMs) > kThresholdMs;
}

bool ClockSkew::adopt()
{
    if (!isSkewed() || m_appliedMs == m_observedMs)
        return false;
    m_appliedMs = m_observedMs;
    return true;
}

std::optional<QDateTime> ClockSkew::parseHttpDate(const QByteArray &value)
{
    // The weekday is redundant, and Qt rejects a two-digit year whose weekday disagrees with
    // the 1900s reading, so it is dropped before parsing.
    QString text = QString::fromLatin1(value).simplified();
    const qsizetype comma = text.indexOf(u',');
    const bool asctime = comma < 0;
    text = asctime ? text.section(u' ', 1) : text.mid(comma + 1).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const QLocale c = QLocale::c();
    static const QStringList formats = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),   // RFC 850
        QStringLiteral("MMM d HH:mm:ss yyyy"),        // asctime
    };
    for (const QString &format : formats) {
        QDateTime parsed = c.toDateTime(text, format);
        if (!parsed.isValid())
            continue;
        if (parsed.date().year() < 1970) // RFC 850's two-digit years
            parsed = parsed.addYears(100);
        parsed.setTimeZone(QTimeZone::utc());
        return parsed;
    }
    return std::nullopt;
}
