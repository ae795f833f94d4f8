#pragma once

#include "aws/awserror.h"

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

// How a failed attempt may be retried under the AWS SDKs' "standard" retry mode.
enum class RetryClass {
    NotRetryable,
    Transient,  // HTTP 500/502/503/504, RequestTimeout…, dropped or refused connections
    Throttling, // ThrottlingException, LimitExceededException, SlowDown…
    Timeout,    // the attempt timed out (costs more retry quota)
};

namespace RetryStrategy {

RetryClass classify(const AwsError &error);

// Error codes that may mean the signing clock is wrong (retried only when a skew is seen).
bool isClockSkewCode(const QString &code);

// Full-jitter truncated exponential backoff: random01 · min(2^(retry−1), 20) seconds, where
// retry is 1 for the first retry.
std::chrono::milliseconds backoff(int retry, double random01);

// Honours a x-amz-retry-after header (milliseconds): max(t, min(retryAfter, t + 5 s)).
std::chrono::milliseconds applyRetryAfter(std::chrono::milliseconds computed,
                                          const QByteArray &retryAfterHeader);

} // namespace RetryStrategy

// The client-wide retry token bucket of the standard retry mode: a retry takes 5 tokens
// (10 after a timeout); a success without retry adds 1; a success after retries gives back
// what its last retry took. An empty bucket means no more retries until calls succeed again.
class RetryQuota
{
public:
    static constexpr int kCapacity = 500;
    static constexpr int kRetryCost = 5;
    static constexpr int kTimeoutRetryCost = 10;
    static constexpr int kNoRetryIncrement = 1;

    // Takes the tokens for one retry of that class; false when the bucket cannot pay.
    bool acquire(RetryClass retryClass, int *cost = nullptr);
    // A call succeeded; lastRetryCost is 0 when it needed no retry.
    void release(int lastRetryCost);

    int available() const { return m_available; }
    void reset() { m_available = kCapacity; }

private:
    int m_available = kCapacity;
};

// The offset between this computer's clock and the service's, learnt from the Date header of
// responses, so that requests can be signed with the service's time.
class ClockSkew
{
public:
    static constexpr qint64 kThresholdMs = 4 * 60 * 1000;

    // Records serverTime − localReceiveTime. Returns false when the header could not be read.
    bool observe(const QByteArray &dateHeader, const QDateTime &localReceiveTime);
    // The last observed offset in milliseconds (server minus local).
    qint64 observedOffsetMs() const { return m_observedMs; }
    // The offset used when signing: the observed one once it exceeds the threshold, else 0
    // (a clock a few seconds off needs no correction, and Date has 1 s resolution).
    qint64 signingOffsetMs() const { return m_appliedMs; }
    bool isSkewed() const;
    // Starts using the observed offset for signing; returns true when that changed anything.
    bool adopt();

    // RFC 7231 IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), plus RFC 850 and asctime forms.
    static std::optional<QDateTime> parseHttpDate(const QByteArray &value);

private:
    qint64 m_observedMs = 0;
    qint64 m_appliedMs = 0;
};
