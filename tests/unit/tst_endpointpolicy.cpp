#include "aws/endpointpolicy.h"
#include "common/testcertificates.h"

#include <QTest>
#include <QUrl>

using TestCertificates::kTestCaPem;

// Which endpoints signed requests may go to, and the TLS settings.
class TestEndpointPolicy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void checkNeverShowsPassword();
    void loopbackHost_data();
    void loopbackHost();
    void sslConfigurationWithoutExtraCa();
    void sslConfigurationAddsExtraCa();
};

void TestEndpointPolicy::check_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("messagePart"); // empty: acceptable

    const QString httpsOnly = QStringLiteral("only over HTTPS, except to this computer");
    const auto url = [](const char *text) {
        return QUrl(QString::fromUtf8(text));
    };

    QTest::newRow("aws https") << url("https://personalize.us-east-1.amazonaws.com") << QString();
    QTest::newRow("https port path") << url("https://example.com:8443/base/") << QString();
    QTest::newRow("https ipv4") << url("https://10.0.0.1") << QString();
    QTest::newRow("http localhost") << url("http://localhost:4566") << QString();
    QTest::newRow("http LOCALHOST") << url("http://LOCALHOST:4566/") << QString();
    QTest::newRow("http 127.0.0.1") << url("http://127.0.0.1:8080") << QString();
    QTest::newRow("http 127.1.2.3") << url("http://127.1.2.3") << QString();
    QTest::newRow("http ::1") << url("http://[::1]:9000") << QString();

    QTest::newRow("http remote") << url("http://example.com") << httpsOnly;
    QTest::newRow("http private ip") << url("http://10.0.0.1:4566") << httpsOnly;
    QTest::newRow("http 128.0.0.1") << url("http://128.0.0.1") << httpsOnly;
    QTest::newRow("http localhost suffix") << url("http://localhost.example.com") << httpsOnly;
    QTest::newRow("http 127 prefix name") << url("http://127.0.0.1.nip.io") << httpsOnly;
    QTest::newRow("http ipv6 remote") << url("http://[2001:db8::1]") << httpsOnly;
    QTest::newRow("http any address") << url("http://0.0.0.0:4566") << httpsOnly;

    QTest::newRow("empty") << QUrl() << QStringLiteral("No endpoint URL is set");
    QTest::newRow("no scheme") << url("example.com") << QStringLiteral("not a valid URL");
    QTest::newRow("invalid") << url("https://exa mple.com") << QStringLiteral("not a valid URL");
    QTest::newRow("ftp") << url("ftp://example.com") << QStringLiteral("uses “ftp”");
    QTest::newRow("file") << url("file:///etc/hosts") << QStringLiteral("uses “file”");
    QTest::newRow("no host") << url("https:///path") << QStringLiteral("has no host name");
    QTest::newRow("user info") << url("https://user@example.com")
                               << QStringLiteral("contains a user name or password");
    QTest::newRow("http user info loopback")
        << url("http://user:pw@localhost:4566") << QStringLiteral("contains a user name");
    QTest::newRow("query") << url("https://example.com/?a=1") << QStringLiteral("query");
    QTest::newRow("empty query") << url("https://example.com/?") << QStringLiteral("query");
    QTest::newRow("fragment") << url("https://example.com/#x") << QStringLiteral("fragment");
}

void TestEndpointPolicy::check()
{
    QFETCH(QUrl, url);
    QFETCH(QString, messagePart);
    const QString message = EndpointPolicy::check(url);
    if (messagePart.isEmpty()) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
    } else {
        QVERIFY2(message.contains(messagePart), qPrintable(message));
    }
}

void TestEndpointPolicy::checkNeverShowsPassword()
{
    const QString message =
        EndpointPolicy::check(QUrl(QStringLiteral("https://admin:hunter2secret@example.com")));
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(u"hunter2secret"));
    QVERIFY(message.contains(u"example.com"));
}

void TestEndpointPolicy::loopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("Localhost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("126.0.0.1") << QStringLiteral("126.0.0.1") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("name") << QStringLiteral("example.com") << false;
    QTest::newRow("localhost.") << QStringLiteral("localhost.example") << false;
}

void TestEndpointPolicy::loopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(EndpointPolicy::isLoopbackHost(host), loopback);
}

void TestEndpointPolicy::sslConfigurationWithoutExtraCa()
{
    const QSslConfiguration configuration = EndpointPolicy::sslConfiguration({});
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);
    QCOMPARE(configuration.caCertificates(),
             QSslConfiguration::defaultConfiguration().caCertificates());
}

void TestEndpointPolicy::sslConfigurationAddsExtraCa()
{
    const QList<QSslCertificate> extra = QSslCertificate::fromData(kTestCaPem, QSsl::Pem);
    QCOMPARE(extra.size(), 1);
    const QSslConfiguration configuration = EndpointPolicy::sslConfiguration(extra);
    QCOMPARE(configuration.peerVerifyMode(), QSslSocket::VerifyPeer);
    QCOMPARE(configuration.protocol(), QSsl::TlsV1_2OrLater);

    const QList<QSslCertificate> trusted = configuration.caCertificates();
    QVERIFY(trusted.contains(extra.first()));
    // The extra CA is added to, not instead of, the system's trusted CAs.
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    for (const QSslCertificate &certificate : system)
        QVERIFY2(trusted.contains(certificate), qPrintable(certificate.toText().left(200)));
    for (const QSslCertificate &certificate :
         QSslConfiguration::defaultConfiguration().caCertificates()) {
        QVERIFY(trusted.contains(certificate));
    }
    // Adding the same CA twice does not list it twice.
    const QSslConfiguration twice = EndpointPolicy::sslConfiguration(extra + extra);
    QCOMPARE(twice.caCertificates().count(extra.first()), 1);
}

QTEST_GUILESS_MAIN(TestEndpointPolicy)
#include "tst_endpointpolicy.moc"
