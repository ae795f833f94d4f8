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
    void longMessagesAreCut_data();
    void longMessagesAreCut();
    void redirects_data();
    void redirects();
    void shortened_data();
    void shortened();
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
                               << "The endpoint answered HTTP 502 with a web page instead of an "
                                  "AWS error. Check the endpoint URL, and any proxy between this "
                                  "computer and AWS.";
    QTest::newRow("xml body") << 403 << QByteArray()
                              << QByteArray("  <?xml version=\"1.0\"?><Error><Code>AccessDenied"
                                            "</Code></Error>")
                              << "403"
                              << "The endpoint answered HTTP 403 with a web page instead of an "
                                 "AWS error. Check the endpoint URL, and any proxy between this "
                                 "computer and AWS.";
    QTest::newRow("query ErrorResponse")
        << 403 << QByteArray()
        << QByteArray("<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">\n"
                      "  <Error>\n    <Type>Sender</Type>\n    <Code>AccessDenied</Code>\n"
                      "    <Message>User: arn:aws:iam::111122223333:user/ops is not authorized"
                      " to perform: sts:AssumeRole</Message>\n  </Error>\n"
                      "  <RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>\n"
                      "</ErrorResponse>")
        << "AccessDenied"
        << "User: arn:aws:iam::111122223333:user/ops is not authorized to perform: "
           "sts:AssumeRole";
    QTest::newRow("query throttling, entities")
        << 400 << QByteArray()
        << QByteArray("<?xml version=\"1.0\"?><ErrorResponse><Error><Code>Throttling</Code>"
                      "<Message>Rate &amp; more</Message></Error></ErrorResponse>")
        << "Throttling"
        << "Rate & more";
    QTest::newRow("query error cut off")
        << 400 << QByteArray() << QByteArray("<ErrorResponse><Error><Code>Throttling</Code><Mess")
        << "400"
        << "The endpoint answered HTTP 400 with a web page instead of an AWS error. Check the "
           "endpoint URL, and any proxy between this computer and AWS.";
    QTest::newRow("text on several lines")
        << 500 << QByteArray() << QByteArray("upstream\r\n  failed\n\tbadly\n") << "500"
        << "upstream failed badly";
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

void TestErrorParser::longMessagesAreCut_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("start");

    QByteArray words;
    while (words.size() < 50 * 1024 * 1024)
        words += "the service is unavailable, please retry later. ";
    QTest::newRow("50 MB of text") << words << "the service is unavailable, please retry later.";
    QTest::newRow("50 MB html page") << "<!DOCTYPE html><html><body>" + words + "</body></html>"
                                     << "The endpoint answered HTTP 500 with a web page";
    QTest::newRow("long json message")
        << R"({"__type":"InternalFailure","message":")" + QByteArray(100000, 'x') + R"("})"
        << "xxxxxxxxxx";
    QTest::newRow("long code") << R"({"__type":")" + QByteArray(100000, 'C') + R"("})"
                               << "The service answered HTTP 500 without an explanation.";
}

void TestErrorParser::longMessagesAreCut()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, start);
    const AwsError error = ErrorParser::parseServiceError(500, {}, "req-1", body);
    QVERIFY2(error.message.startsWith(start), qPrintable(error.message.left(200)));
    QVERIFY2(error.message.size() <= ErrorParser::kMaxMessageLength,
             qPrintable(QString::number(error.message.size())));
    QVERIFY(error.code.size() <= 128);
    QVERIFY(error.summary().size() < 600);
}

void TestErrorParser::redirects_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QString>("message");
    QTest::newRow("moved") << 301 << QByteArray("https://personalize.eu-west-1.amazonaws.com/")
                           << "The endpoint answered with a redirect (HTTP 301) to "
                              "https://personalize.eu-west-1.amazonaws.com/, which is not "
                              "followed: requests are signed for one address. Check the endpoint "
                              "URL and the region.";
    QTest::newRow("password hidden")
        << 307 << QByteArray("http://user:secret@proxy.example/login")
        << "The endpoint answered with a redirect (HTTP 307) to http://proxy.example/login, which "
           "is not followed: requests are signed for one address. Check the endpoint URL and the "
           "region.";
    QTest::newRow("no location") << 302 << QByteArray()
                                 << "The endpoint answered with a redirect (HTTP 302) that names "
                                    "no address. Check the endpoint URL and the region.";
}

void TestErrorParser::redirects()
{
    QFETCH(int, status);
    QFETCH(QByteArray, location);
    QFETCH(QString, message);
    const AwsError error =
        ErrorParser::parseServiceError(status, {}, "req-1", "<html>Moved</html>", location);
    QCOMPARE(error.kind, AwsError::Kind::Service);
    QCOMPARE(error.code, QString::number(status));
    QCOMPARE(error.message, message);
    QVERIFY(!error.mayHaveBeenProcessed());
}

void TestErrorParser::shortened_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short") << "  a  b\n c " << 10 << "a b c";
    QTest::newRow("exact") << "abcdefghij" << 10 << "abcdefghij";
    QTest::newRow("word boundary") << "one two three four five" << 16 << "one two three…";
    QTest::newRow("no boundary near") << "abcdefghijklmnopqrstuvwxyz" << 10 << "abcdefghi…";
    QTest::newRow("surrogate pair kept whole")
        << QStringLiteral("abcdefgh🚀🚀🚀") << 10 << QStringLiteral("abcdefgh…");
    QTest::newRow("white space beyond the window")
        << QString(QStringLiteral("x") + QString(200, u' ') + QStringLiteral("y")) << 10 << "x…";
    QTest::newRow("full window, then white space beyond it")
        << QString(QStringLiteral("abcdefghij") + QString(200, u' ') + QStringLiteral("y")) << 10
        << "abcdefghi…";
    QTest::newRow("one character") << "ab" << 1 << "…";
}

void TestErrorParser::shortened()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString result = ErrorParser::shortened(text, maxLength);
    QCOMPARE(result, expected);
    QVERIFY(result.size() <= maxLength);
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
