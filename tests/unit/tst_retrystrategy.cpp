#include "aws/retrystrategy.h"

#include <QTest>
#include <QTimeZone>

// The standard retry mode's classification, backoff curve, quota arithmetic and the clock-skew
// bookkeeping, as pure functions.
class TestRetryStrategy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data();
    void classify();
    void backoff_data();
    void backoff();
    void retryAfter_data();
    void retryAfter();
    void quota();
    void quotaTimeoutCostsMore();
    void httpDate_data();
    void httpDate();
    void skewThreshold_data();
    void skewThreshold();
};

namespace {
AwsError serviceError(int status, const QString &code)
{
    AwsError error = AwsError::make(AwsError::Kind::Service, QStringLiteral("m"), code);
    error.httpStatus = status;
    return error;
}
} // namespace

void TestRetryStrategy::classify_data()
{
    QTest::addColumn<AwsError>("error");
    QTest::addColumn<RetryClass>("expected");
    using K = AwsError::Kind;
    const auto code = [](const char *c) {
        return QString::fromLatin1(c);
    };

    QTest::newRow("throttling") << serviceError(400, code("ThrottlingException"))
                                << RetryClass::Throttling;
    QTest::newRow("limit exceeded")
        << serviceError(400, code("LimitExceededException")) << RetryClass::Throttling;
    QTest::newRow("slow down") << serviceError(503, code("SlowDown")) << RetryClass::Throttling;
    QTest::newRow("too many requests")
        << serviceError(429, code("TooManyRequestsException")) << RetryClass::Throttling;
    QTest::newRow("500") << serviceError(500, code("InternalFailure")) << RetryClass::Transient;
    QTest::newRow("502") << serviceError(502, code("502")) << RetryClass::Transient;
    QTest::newRow("503") << serviceError(503, code("ServiceUnavailable")) << RetryClass::Transient;
    QTest::newRow("504") << serviceError(504, code("504")) << RetryClass::Transient;
    QTest::newRow("501 is not transient")
        << serviceError(501, code("501")) << RetryClass::NotRetryable;
    QTest::newRow("request timeout code")
        << serviceError(400, code("RequestTimeoutException")) << RetryClass::Transient;
    QTest::newRow("invalid input")
        << serviceError(400, code("InvalidInputException")) << RetryClass::NotRetryable;
    QTest::newRow("not found") << serviceError(400, code("ResourceNotFoundException"))
                               << RetryClass::NotRetryable;
    QTest::newRow("already exists")
        << serviceError(400, code("ResourceAlreadyExistsException")) << RetryClass::NotRetryable;
    QTest::newRow("access denied")
        << serviceError(400, code("AccessDeniedException")) << RetryClass::NotRetryable;
    QTest::newRow("signature") << serviceError(403, code("InvalidSignatureException"))
                               << RetryClass::NotRetryable;
    QTest::newRow("refused") << AwsError::make(K::ConnectionRefused, code("x"))
                             << RetryClass::Transient;
    QTest::newRow("dropped") << AwsError::make(K::ConnectionClosed, code("x"))
                             << RetryClass::Transient;
    QTest::newRow("network") << AwsError::make(K::Network, code("x")) << RetryClass::Transient;
    QTest::newRow("timeout") << AwsError::make(K::Timeout, code("x")) << RetryClass::Timeout;
    QTest::newRow("dns") << AwsError::make(K::HostNotFound, code("x")) << RetryClass::NotRetryable;
    QTest::newRow("tls") << AwsError::make(K::Tls, code("x")) << RetryClass::NotRetryable;
    QTest::newRow("credentials") << AwsError::make(K::Credentials, code("x"))
                                 << RetryClass::NotRetryable;
}

void TestRetryStrategy::classify()
{
    QFETCH(AwsError, error);
    QFETCH(RetryClass, expected);
    QCOMPARE(RetryStrategy::classify(error), expected);
}

void TestRetryStrategy::backoff_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("first retry, max jitter") << 1 << 1.0 << qint64(1000);
    QTest::newRow("first retry, half") << 1 << 0.5 << qint64(500);
    QTest::newRow("second retry") << 2 << 1.0 << qint64(2000);
    QTest::newRow("third retry") << 3 << 0.25 << qint64(1000);
    QTest::newRow("fifth retry") << 5 << 1.0 << qint64(16000);
    QTest::newRow("capped at 20 s") << 6 << 1.0 << qint64(20000);
    QTest::newRow("far retry capped") << 40 << 0.5 << qint64(10000);
    QTest::newRow("zero jitter") << 3 << 0.0 << qint64(0);
    QTest::newRow("jitter clamped") << 1 << 7.0 << qint64(1000);
}

void TestRetryStrategy::backoff()
{
    QFETCH(int, retry);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    QCOMPARE(qint64(RetryStrategy::backoff(retry, random).count()), expectedMs);
}

void TestRetryStrategy::retryAfter_data()
{
    QTest::addColumn<qint64>("computedMs");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("absent") << qint64(300) << QByteArray() << qint64(300);
    QTest::newRow("longer hint") << qint64(300) << QByteArray("1500") << qint64(1500);
    QTest::newRow("hint capped at +5 s") << qint64(300) << QByteArray("60000") << qint64(5300);
    QTest::newRow("shorter hint ignored") << qint64(900) << QByteArray("100") << qint64(900);
    QTest::newRow("invalid") << qint64(300) << QByteArray("soon") << qint64(300);
    QTest::newRow("negative") << qint64(300) << QByteArray("-5") << qint64(300);
}

void TestRetryStrategy::retryAfter()
{
    QFETCH(qint64, computedMs);
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const auto delay =
        RetryStrategy::applyRetryAfter(std::chrono::milliseconds(computedMs), header);
    QCOMPARE(qint64(delay.count()), expectedMs);
}

void TestRetryStrategy::quota()
{
    RetryQuota quota;
    QCOMPARE(quota.available(), 500);
    int cost = 0;
    QVERIFY(quota.acquire(RetryClass::Throttling, &cost));
    QCOMPARE(cost, 5);
    QCOMPARE(quota.available(), 495);
    quota.release(cost); // success after a retry gives back the retry's cost
    QCOMPARE(quota.available(), 500);
    quota.release(0); // success without retry: +1, but never above capacity
    QCOMPARE(quota.available(), 500);

    for (int i = 0; i < 100; ++i)
        QVERIFY(quota.acquire(RetryClass::Transient));
    QCOMPARE(quota.available(), 0);
    QVERIFY(!quota.acquire(RetryClass::Transient));
    quota.release(0);
    QCOMPARE(quota.available(), 1);
    QVERIFY(!quota.acquire(RetryClass::Transient));
}

void TestRetryStrategy::quotaTimeoutCostsMore()
{
    RetryQuota quota;
    int cost = 0;
    QVERIFY(quota.acquire(RetryClass::Timeout, &cost));
    QCOMPARE(cost, 10);
    QCOMPARE(quota.available(), 490);
    for (int i = 0; i < 49; ++i)
        QVERIFY(quota.acquire(RetryClass::Timeout));
    QCOMPARE(quota.available(), 0);
}

void TestRetryStrategy::httpDate_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime when(QDate(2015, 8, 30), QTime(12, 36, 0), QTimeZone::utc());
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 30 Aug 2015 12:36:00 GMT") << when;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 30-Aug-15 12:36:00 GMT") << when;
    QTest::newRow("asctime") << QByteArray("Sun Aug 30 12:36:00 2015") << when;
    QTest::newRow("garbage") << QByteArray("yesterday") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestRetryStrategy::httpDate()
{
    QFETCH(QByteArray, header);
    QFETCH(QDateTime, expected);
    const std::optional<QDateTime> parsed = ClockSkew::parseHttpDate(header);
    QCOMPARE(parsed.has_value(), expected.isValid());
    if (parsed)
        QCOMPARE(parsed->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestRetryStrategy::skewThreshold_data()
{
    QTest::addColumn<int>("serverAheadSeconds");
    QTest::addColumn<bool>("skewed");
    QTest::newRow("in sync") << 0 << false;
    QTest::newRow("3 min ahead") << 180 << false;
    QTest::newRow("exactly 4 min") << 240 << false;
    QTest::newRow("4 min 1 s ahead") << 241 << true;
    QTest::newRow("10 min behind") << -600 << true;
    QTest::newRow("1 h ahead") << 3600 << true;
}

void TestRetryStrategy::skewThreshold()
{
    QFETCH(int, serverAheadSeconds);
    QFETCH(bool, skewed);
    const QDateTime local(QDate(2026, 3, 1), QTime(10, 0, 0), QTimeZone::utc());
    const QDateTime server = local.addSecs(serverAheadSeconds);
    const QByteArray header =
        QLocale::c().toString(server, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    ClockSkew skew;
    QVERIFY(skew.observe(header, local));
    QCOMPARE(skew.observedOffsetMs(), qint64(serverAheadSeconds) * 1000);
    QCOMPARE(skew.isSkewed(), skewed);
    QCOMPARE(skew.signingOffsetMs(), qint64(0));
    QCOMPARE(skew.adopt(), skewed);
    QCOMPARE(skew.signingOffsetMs(), skewed ? qint64(serverAheadSeconds) * 1000 : qint64(0));
}

QTEST_GUILESS_MAIN(TestRetryStrategy)
#include "tst_retrystrategy.moc"
