#include "aws/logging.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// What Redaction masks by pattern alone (no secret registered), what it escapes for display,
// and that its message filter survives the process's exit.
class TestRedaction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patterns_data();
    void patterns();
    void registeredSecrets();
    void escapesControlCharacters_data();
    void escapesControlCharacters();
    void forDisplayRedactsAndEscapes();
    void filterSurvivesExit_data();
    void filterSurvivesExit();
};

namespace {

// A self-signed test CA (tst_clientconfiguration has the same one).
const QByteArray kCertificate = "-----BEGIN CERTIFICATE-----\n"
                                "MIIBkzCCATmgAwIBAgIUAvNVn9QfIVMWKGGi9+0bdiFk4dIwCgYIKoZIzj0EAwIw\n"
                                "HjEcMBoGA1UEAwwTSW1wb3J0IERlc2sgVGVzdCBDQTAgFw0yNjExMjQxMzUyNDha\n"
                                "GA8yMTI2MTAzMTEzNTI0OFowHjEcMBoGA1UEAwwTSW1wb3J0IERlc2sgVGVzdCBD\n"
                                "QTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABFq9Lw0rgDafGEuq4AuPLYt/S7EF\n"
                                "kTRb/KRntHnz1Nf6zCPkZpqHRgPCgtsx8We3HI56s7POFqe2qRlUh7wSKk6jUzBR\n"
                                "MB0GA1UdDgQWBBQt44gWAAvMPdlvny8wWyVOxFHVZDAfBgNVHSMEGDAWgBQt44gW\n"
                                "AAvMPdlvny8wWyVOxFHVZDAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gA\n"
                                "MEUCIEgb3uJOJ2PqY3OX+ogLgEaBUTxq4JhadcWkPJY3VZTOAiEAmX+VjGm5ze3r\n"
                                "ZK57BREX3KxzsV/bbPuWRtl6gIhOGH8=\n"
                                "-----END CERTIFICATE-----\n";

} // namespace

void TestRedaction::patterns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("sigv4 authorization")
        << "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/svc/"
           "aws4_request, SignedHeaders=host;x-amz-date, Signature="
           "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
        << "Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/svc/"
           "aws4_request, SignedHeaders=host;x-amz-date, Signature=<redacted>";
    QTest::newRow("sigv4 key id")
        << "Authorization: AWS4-HMAC-SHA256 Credential=ASIAAVPY4R7DA6UK6LGK/20261129/us-east-1/"
           "personalize/aws4_request, SignedHeaders=host"
        << "Authorization: AWS4-HMAC-SHA256 Credential=<redacted>/20261129/us-east-1/"
           "personalize/aws4_request, SignedHeaders=host";
    QTest::newRow("presigned key id")
        << "https://h/?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20261129%2Fus-east-1"
        << "https://h/?X-Amz-Credential=<redacted>%2F20261129%2Fus-east-1";
    QTest::newRow("presigned signature")
        << "https://h/?X-Amz-Credential=AKID%2F&X-Amz-Signature=0123abcd&X-Amz-Expires=60"
        << "https://h/?X-Amz-Credential=AKID%2F&X-Amz-Signature=<redacted>&X-Amz-Expires=60";
    QTest::newRow("bearer") << "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig"
                            << "Authorization: Bearer <redacted>";
    QTest::newRow("basic") << "authorization: Basic dXNlcjpwYXNzd29yZA=="
                           << "authorization: Basic <redacted>";
    QTest::newRow("bare authorization") << "Authorization: opaqueVALUE123"
                                        << "Authorization: <redacted>";
    QTest::newRow("authorization json") << R"({"Authorization": "Bearer tok123456"})"
                                        << R"({"Authorization": "Bearer <redacted>"})";
    QTest::newRow("security token header") << "x-amz-security-token: IQoJb3JpZ2luX2VjEXAMPLE"
                                           << "x-amz-security-token: <redacted>";
    QTest::newRow("security token header, no space")
        << "X-Amz-Security-Token:IQoJb3JpZ2luX2VjEXAMPLE"
        << "X-Amz-Security-Token:<redacted>";
    QTest::newRow("security token query") << "?X-Amz-Security-Token=IQoJb3JpZ2lu%2FX&X-Amz-Date=1"
                                          << "?X-Amz-Security-Token=<redacted>&X-Amz-Date=1";
    QTest::newRow("sso bearer header") << "x-amz-sso_bearer_token: aoaAAAAAGexample then more"
                                       << "x-amz-sso_bearer_token: <redacted> then more";
    QTest::newRow("ini secret") << "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG"
                                << "aws_secret_access_key = <redacted>";
    QTest::newRow("ini secret, no spaces") << "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG"
                                           << "aws_secret_access_key=<redacted>";
    QTest::newRow("environment token") << "AWS_SESSION_TOKEN=FwoGZXIvYXdzEXAMPLE rest"
                                       << "AWS_SESSION_TOKEN=<redacted> rest";
    QTest::newRow("json secret")
        << R"({"AccessKeyId":"ASIAX","SecretAccessKey":"wJalr/K7MDENG+x","Version":1})"
        << R"({"AccessKeyId":"ASIAX","SecretAccessKey":"<redacted>","Version":1})";
    QTest::newRow("json session token") << R"({"SessionToken" : "FwoG\"quoted\"tail"})"
                                        << R"({"SessionToken" : "<redacted>"})";
    QTest::newRow("json sso members")
        << R"({"sessionToken":"s1","accessToken":"a1","refreshToken":"r1","clientSecret":"c1"})"
        << R"({"sessionToken":"<redacted>","accessToken":"<redacted>",)"
           R"("refreshToken":"<redacted>","clientSecret":"<redacted>"})";
    QTest::newRow("ordinary text") << "ListDatasets ok in 12 ms, request id abc"
                                   << "ListDatasets ok in 12 ms, request id abc";
}

void TestRedaction::patterns()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::redact(text), expected);
    QCOMPARE(Redaction::redact(text.toUtf8()), expected);
}

void TestRedaction::registeredSecrets()
{
    const QString secret = QStringLiteral("registeredSECRETvalue42");
    QCOMPARE(Redaction::redact(u"helper said " + secret), u"helper said " + secret);
    Redaction::registerSecret(secret);
    QCOMPARE(Redaction::redact(u"helper said " + secret + u'!'),
             QStringLiteral("helper said <redacted>!"));
    // Short values would mask ordinary words, so they are not registered.
    Redaction::registerSecret(QStringLiteral("the"));
    QCOMPARE(Redaction::redact(QStringLiteral("the end")), QStringLiteral("the end"));
}

void TestRedaction::escapesControlCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keepLineBreaks");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("été 東京 🚀") << false << QStringLiteral("été 東京 🚀");
    QTest::newRow("escape sequence") << QStringLiteral("\x1b[2J\x1b]0;title\x07ok") << false
                                     << QStringLiteral("\\x1b[2J\\x1b]0;title\\x07ok");
    QTest::newRow("carriage return")
        << QStringLiteral("a\rb") << false << QStringLiteral("a\\x0db");
    QTest::newRow("line breaks escaped")
        << QStringLiteral("a\nb\tc") << false << QStringLiteral("a\\x0ab\\x09c");
    QTest::newRow("line breaks kept")
        << QStringLiteral("a\nb\tc\x7f") << true << QStringLiteral("a\nb\tc\\x7f");
    QTest::newRow("c1") << QString(QChar(0x9b)) + u"31m" << false << QStringLiteral("\\x9b31m");
    QTest::newRow("bidi override") << QString(u"arn" + QString(QChar(0x202e)) + u"exe") << false
                                   << QStringLiteral("arn\\u202eexe");
}

void TestRedaction::escapesControlCharacters()
{
    QFETCH(QString, text);
    QFETCH(bool, keepLineBreaks);
    QFETCH(QString, expected);
    QCOMPARE(Redaction::escapeControlCharacters(text, keepLineBreaks), expected);
}

void TestRedaction::forDisplayRedactsAndEscapes()
{
    QCOMPARE(Redaction::forDisplay(QStringLiteral("\x1b[31mAuthorization: Bearer tok\x1b[0m")),
             QStringLiteral("\\x1b[31mAuthorization: Bearer <redacted>"));
}

void TestRedaction::filterSurvivesExit_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("lastLine"); // empty: not checked
    QTest::addColumn<bool>("terminate");   // stop it with SIGTERM once it is running

    QTest::newRow("logs from a static destructor")
        << QStringLiteral(IMPORTDESK_REDACTION_EXIT_HELPER) << QStringList() << 0
        << "exit: x-amz-security-token: <redacted> and <redacted>" << false;
    QTest::newRow("importdesk-cli --help")
        << QStringLiteral(IMPORTDESK_CLI_EXECUTABLE) << QStringList{QStringLiteral("--help")} << 0
        << QString() << false;
    // A call that fails (nothing listens on port 1), with a CA bundle that loads the TLS
    // back-end, whose teardown logs while the process exits.
    QTest::newRow("importdesk-cli list, refused")
        << QStringLiteral(IMPORTDESK_CLI_EXECUTABLE) << QStringList{QStringLiteral("list")} << 1
        << QString() << false;
    QTest::newRow("importdesk-sandbox, terminated")
        << QStringLiteral(IMPORTDESK_SANDBOX_EXECUTABLE)
        << QStringList{QStringLiteral("--port"), QStringLiteral("0")} << 0 << QString() << true;
}

void TestRedaction::filterSurvivesExit()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, lastLine);
    QFETCH(bool, terminate);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QFile bundle(home.filePath(QStringLiteral("ca.pem")));
    QVERIFY(bundle.open(QIODevice::WriteOnly));
    bundle.write(kCertificate);
    bundle.close();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{message}"));
    environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXITTEST"));
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                       QStringLiteral("exitTestSecretKey0123456789"));
    environment.insert(QStringLiteral("AWS_ENDPOINT_URL"), QStringLiteral("http://127.0.0.1:1"));
    environment.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("AWS_CA_BUNDLE"), bundle.fileName());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(home.path());
    process.start(program, arguments);
    if (terminate) {
        QVERIFY(process.waitForReadyRead(30000)); // "listening on …"
        process.terminate();
    }
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit,
             qPrintable(u"crashed; its last output:\n" + errors.right(2000)));
    QCOMPARE(process.exitCode(), exitCode);
    QVERIFY(!errors.contains(u"exitTestSecretKey0123456789"));
    if (!lastLine.isEmpty()) {
        const QStringList lines = errors.trimmed().split(u'\n');
        QCOMPARE(lines.last().trimmed(), lastLine);
    }
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
