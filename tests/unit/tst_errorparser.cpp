#include "aws/errorparser.h"

#include <QTest>

// Error answers of AWS JSON services, and transport failures, become the right AwsError.
class TestErrorParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitizeCode_data();
    void sanitizeCode();
    void serviceError_data();
    void serviceError();
    void networkError_data();
    void networkError();
};

void TestErrorParser::sanitizeCode_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("code");
    QTest::newRow("plain") << "ResourceNotFoundException"
                           << "ResourceNotFoundException";
    QTest::newRow("namespaced") << "com.amazonaws.personalize#ResourceNotFoundException"
                                << "ResourceNotFoundException";
    QTest::newRow("url suffix") << "ThrottlingException:http://internal.amazon.com/coral/"
                                << "ThrottlingException";
    QTest::newRow("both") << "aws.protocoltests#FooError:http://internal"
                          << "FooError";
    QTest::newRow("whitespace") << "  InvalidInputException "
                                << "InvalidInputException";
    QTest::newRow("empty") << ""
                           << "";
}

void TestErrorParser::sanitizeCode()
{
    QFETCH(QString, raw);
    QFETCH(QString, code);
    QCOMPARE(ErrorParser::sanitizeCode(raw), code);
}

void TestErrorParser::serviceError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("typeHeader");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("__type and message")
        << 400 << QByteArray()
        << QByteArray(R"({"__type":"InvalidInputException","message":"Bad jobName."})")
        << "InvalidInputException"
        << "Bad jobName.";
    QTest::newRow("namespaced __type, Message")
        << 400 << QByteArray()
        << QByteArray(R"({"__type":"com.amazonaws.personalize#ResourceNotFoundException",)"
                      R"("Message":"No such dataset."})")
        << "ResourceNotFoundException"
        << "No such dataset.";
    QTest::newRow("header wins over body")
        << 400 << QByteArray("ThrottlingException:http://internal.amazon.com/")
        << QByteArray(R"({"__type":"SomethingElse","message":"Rate exceeded"})")
        << "ThrottlingException"
        << "Rate exceeded";
    QTest::newRow("code member") << 403 << QByteArray()
                                 << QByteArray(R"({"code":"AccessDeniedException"})")
                                 << "AccessDeniedException"
                                 << "The service answered HTTP 403 without an explanation.";
    QTest::newRow("html body") << 502 << QByteArray()
                               << QByteArray("<html><body>Bad Gateway</body></html>\n") << "502"
                               << "<html><body>Bad Gateway</body></html>";
    QTest::newRow("empty body") << 503 << QByteArray() << QByteArray() << "503"
                                << "The service answered HTTP 503 without an explanation.";
    QTest::newRow("json array") << 500 << QByteArray() << QByteArray("[1,2]") << "500"
                                << "[1,2]";
    QTest::newRow("non-ascii message")
        << 400 << QByteArray()
        << QByteArray(R"({"__type":"InvalidInputException","message":"Nom « déjà » pris"})")
        << "InvalidInputException" << QString::fromUtf8("Nom « déjà » pris");
}

void TestErrorParser::serviceError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, typeHeader);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const AwsError error = ErrorParser::parseServiceError(status, typeHeader, "req-123", body);
    QCOMPARE(error.kind, AwsError::Kind::Service);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestId, QStringLiteral("req-123"));
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.summary().contains(QStringLiteral("req-123")));
}

void TestErrorParser::networkError_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("words");
    using K = AwsError::Kind;
    QTest::newRow("dns") << int(QNetworkReply::HostNotFoundError) << int(K::HostNotFound)
                         << "could not be found";
    QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError)
                             << int(K::ConnectionRefused) << "refused";
    QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << int(K::ConnectionClosed)
                            << "closed the connection";
    QTest::newRow("timeout") << int(QNetworkReply::OperationCanceledError) << int(K::Timeout)
                             << "did not answer in time";
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << int(K::Tls)
                         << "secure connection";
    QTest::newRow("other") << int(QNetworkReply::UnknownNetworkError) << int(K::Network)
                           << "failed";
}

void TestErrorParser::networkError()
{
    QFETCH(int, networkError);
    QFETCH(int, kind);
    QFETCH(QString, words);
    const AwsError error = ErrorParser::fromNetworkError(
        QNetworkReply::NetworkError(networkError), QStringLiteral("detail"),
        QStringLiteral("personalize.us-east-1.amazonaws.com"));
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("personalize.us-east-1.amazonaws.com")));
    QVERIFY(!error.suggestion().isEmpty());
}

QTEST_GUILESS_MAIN(TestErrorParser)
#include "tst_errorparser.moc"
