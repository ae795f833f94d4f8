#include "sandbox/httprequesthead.h"

#include <QTest>

// HttpRequestHead: where a request head ends and what it says about the body, as the sandbox
// judges requests before its HTTP server reads them.
class TestHttpRequestHead final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void length_data();
    void length();
    void framing_data();
    void framing();
};

void TestHttpRequestHead::length_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("length"); // -1: not complete yet
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("request line only") << QByteArray("POST / HTTP/1.1\r\n") << -1;
    QTest::newRow("headers, no blank line") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\n") << -1;
    QTest::newRow("complete") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\n\r\n") << 28;
    QTest::newRow("with body") << QByteArray("POST / HTTP/1.1\r\nHost: a\r\n\r\n{}") << 28;
    QTest::newRow("bare LF") << QByteArray("POST / HTTP/1.1\nHost: a\n\n{}") << 25;
    QTest::newRow("mixed") << QByteArray("POST / HTTP/1.1\r\nHost: a\n\r\n") << 27;
    QTest::newRow("blank lines first") << QByteArray("\r\n\r\nPOST / HTTP/1.1\r\n\r\n") << 23;
    QTest::newRow("only blank lines") << QByteArray("\r\n\r\n\r\n") << -1;
    QTest::newRow("CR alone is not an end") << QByteArray("POST / HTTP/1.1\r\r\r\r") << -1;
}

void TestHttpRequestHead::length()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, length);
    const auto found = HttpRequestHead::length(bytes);
    QCOMPARE(found.has_value(), length >= 0);
    if (found)
        QCOMPARE(*found, qsizetype(length));
}

void TestHttpRequestHead::framing_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<qint64>("contentLength"); // -1: absent
    QTest::addColumn<bool>("transferCoded");
    QTest::addColumn<bool>("malformed");
    QTest::newRow("no body") << QByteArray() << qint64(-1) << false << false;
    QTest::newRow("length") << QByteArray("Content-Length: 42\r\n") << qint64(42) << false << false;
    QTest::newRow("any case, spaces")
        << QByteArray("content-LENGTH:   7  \r\n") << qint64(7) << false << false;
    QTest::newRow("huge") << QByteArray("Content-Length: 1073741824\r\n") << qint64(1073741824)
                          << false << false;
    QTest::newRow("same twice") << QByteArray("Content-Length: 5\r\nContent-Length: 5\r\n")
                                << qint64(5) << false << false;
    QTest::newRow("two that differ")
        << QByteArray("Content-Length: 5\r\nContent-Length: 6\r\n") << qint64(5) << false << true;
    QTest::newRow("negative") << QByteArray("Content-Length: -5\r\n") << qint64(-1) << false
                              << true;
    QTest::newRow("not a number") << QByteArray("Content-Length: 5x\r\n") << qint64(-1) << false
                                  << true;
    QTest::newRow("empty") << QByteArray("Content-Length:\r\n") << qint64(-1) << false << true;
    QTest::newRow("overflows") << QByteArray("Content-Length: 99999999999999999999\r\n")
                               << qint64(-1) << false << true;
    QTest::newRow("chunked") << QByteArray("Transfer-Encoding: chunked\r\n") << qint64(-1) << true
                             << false;
    QTest::newRow("chunked and length")
        << QByteArray("Content-Length: 3\r\nTransfer-Encoding: gzip, chunked\r\n") << qint64(3)
        << true << false;
    QTest::newRow("look-alike name")
        << QByteArray("X-Content-Length: 9\r\n") << qint64(-1) << false << false;
}

void TestHttpRequestHead::framing()
{
    QFETCH(QByteArray, headers);
    QFETCH(qint64, contentLength);
    QFETCH(bool, transferCoded);
    QFETCH(bool, malformed);
    const QByteArray head = "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: "
                            "AmazonPersonalize.ListDatasets\r\n" +
                            headers + "\r\n";
    QCOMPARE(HttpRequestHead::length(head + "{}"), head.size());
    const HttpRequestHead::Framing framing = HttpRequestHead::framing(head);
    QCOMPARE(framing.contentLength.value_or(-1), contentLength);
    QCOMPARE(framing.transferCoded, transferCoded);
    QCOMPARE(framing.malformed, malformed);
    QCOMPARE(framing.target, QByteArray("AmazonPersonalize.ListDatasets"));
}

QTEST_GUILESS_MAIN(TestHttpRequestHead)
#include "tst_httprequesthead.moc"
