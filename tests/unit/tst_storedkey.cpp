#include "desktop/storedkey.h"

#include "aws/logging.h"

#include <QTest>

// The rules an access key typed into Import Desk must meet, each broken one with its plain
// message, and what goes to the keychain.
class TestStoredKey final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accessKeyId_data();
    void accessKeyId();
    void names_data();
    void names();
    void secretAndToken();
    void region();
    void secretRoundTrip();
    void damagedSecretIsRefused();
    void credentialsNameTheKey();
};

namespace {

const QString kSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

} // namespace

void TestStoredKey::accessKeyId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("problem"); // a piece of the message; empty: accepted

    QTest::newRow("long-term") << QStringLiteral("AKIAIOSFODNN7EXAMPLE") << QString();
    QTest::newRow("temporary") << QStringLiteral("ASIAIOSFODNN7EXAMPLE") << QString();
    QTest::newRow("spaces around") << QStringLiteral("  AKIAIOSFODNN7EXAMPLE ") << QString();
    QTest::newRow("shortest") << QStringLiteral("AKIA123456789012") << QString();
    QTest::newRow("longest") << QString(QStringLiteral("AKIA") + QString(124, u'B')) << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("Enter the access key ID");
    QTest::newRow("secret pasted") << kSecret << QStringLiteral("only capital letters and digits");
    QTest::newRow("lower case") << QStringLiteral("akiaiosfodnn7example")
                                << QStringLiteral("only capital letters and digits");
    QTest::newRow("user id") << QStringLiteral("AIDAIOSFODNN7EXAMPLE")
                             << QStringLiteral("starts with AKIA (a long-term key) or ASIA");
    QTest::newRow("too short") << QStringLiteral("AKIA12345678901")
                               << QStringLiteral("16 to 128 characters; this one has 15");
    QTest::newRow("too long") << QString(QStringLiteral("AKIA") + QString(125, u'B'))
                              << QStringLiteral("this one has 129");
}

void TestStoredKey::accessKeyId()
{
    QFETCH(QString, id);
    QFETCH(QString, problem);
    const QString message = StoredKey::accessKeyIdProblem(id);
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestStoredKey::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem");

    QTest::newRow("plain") << QStringLiteral("analytics") << QString();
    QTest::newRow("spaces and accents") << QStringLiteral("équipe données") << QString();
    QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("Give the key a name");
    QTest::newRow("taken") << QStringLiteral("prod")
                           << QStringLiteral("A stored key named “prod” exists already");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("line breaks");
    QTest::newRow("too long") << QString(65, u'n') << QStringLiteral("at most 64 characters");
}

void TestStoredKey::names()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    const QString message = StoredKey::nameProblem(name, {QStringLiteral("prod")});
    if (problem.isEmpty())
        QVERIFY2(message.isEmpty(), qPrintable(message));
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestStoredKey::secretAndToken()
{
    QVERIFY(StoredKey::secretProblem(kSecret).isEmpty());
    QVERIFY(StoredKey::secretProblem(QString()).contains(u"Enter the secret access key"));
    QVERIFY(StoredKey::secretProblem(kSecret + u' ').contains(u"spaces or line breaks"));
    QVERIFY(StoredKey::secretProblem(QStringLiteral("short")).contains(u"too short"));
    QVERIFY(StoredKey::sessionTokenProblem(QStringLiteral("AKIAIOSFODNN7EXAMPLE"), {}).isEmpty());
    QVERIFY(StoredKey::sessionTokenProblem(QStringLiteral("ASIAIOSFODNN7EXAMPLE"), {})
                .contains(u"works only with its session token"));
    QVERIFY(StoredKey::sessionTokenProblem(QStringLiteral("ASIAIOSFODNN7EXAMPLE"),
                                           QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLE"))
                .isEmpty());
    QVERIFY(StoredKey::sessionTokenProblem(QStringLiteral("ASIAIOSFODNN7EXAMPLE"),
                                           QStringLiteral("IQoJb3J pZ2lu"))
                .contains(u"spaces or line breaks"));
}

void TestStoredKey::region()
{
    QVERIFY(StoredKey::regionProblem(QString()).isEmpty());
    QVERIFY(StoredKey::regionProblem(QStringLiteral("eu-west-1")).isEmpty());
    QVERIFY(StoredKey::regionProblem(QStringLiteral("us-gov-west-1")).isEmpty());
    QVERIFY(StoredKey::regionProblem(QStringLiteral("Ireland")).contains(u"eu-west-1"));
}

void TestStoredKey::secretRoundTrip()
{
    StoredKey key;
    key.name = QStringLiteral("temp");
    key.accessKeyId = QStringLiteral("ASIAIOSFODNN7EXAMPLE");
    key.secretAccessKey = kSecret;
    key.sessionToken = QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLETOKEN");
    key.region = QStringLiteral("eu-west-1");
    QVERIFY(key.isValid({}));
    const QByteArray secret = key.toSecret();
    // The name is the keychain entry's own label, not part of its secret.
    QVERIFY(!secret.contains("temp"));
    const std::optional<StoredKey> back = StoredKey::fromSecret(QStringLiteral("temp"), secret);
    QVERIFY(back);
    QCOMPARE(back->name, key.name);
    QCOMPARE(back->accessKeyId, key.accessKeyId);
    QCOMPARE(back->secretAccessKey, key.secretAccessKey);
    QCOMPARE(back->sessionToken, key.sessionToken);
    QCOMPARE(back->region, key.region);
}

void TestStoredKey::damagedSecretIsRefused()
{
    QVERIFY(!StoredKey::fromSecret(QStringLiteral("x"), "not json"));
    QVERIFY(!StoredKey::fromSecret(QStringLiteral("x"), R"({"accessKeyId":"AKIA"})"));
}

void TestStoredKey::credentialsNameTheKey()
{
    StoredKey key;
    key.name = QStringLiteral("analytics");
    key.accessKeyId = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
    key.secretAccessKey = kSecret;
    const AwsCredentials credentials = key.credentials();
    QVERIFY(credentials.isValid());
    QVERIFY(!credentials.isTemporary());
    QVERIFY2(credentials.describe().contains(u"stored key analytics"),
             qPrintable(credentials.describe()));
    QVERIFY(!credentials.describe().contains(kSecret));
    key.registerSecrets();
    QVERIFY(!Redaction::redact(QStringLiteral("secret=") + kSecret).contains(kSecret));
}

QTEST_GUILESS_MAIN(TestStoredKey)
#include "tst_storedkey.moc"
