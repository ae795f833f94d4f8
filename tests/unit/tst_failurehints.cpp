#include "jobs/failurehints.h"
#include "sandbox/sandboxfailurereasons.h"
#include "sandbox/sandboxscenarios.h"

#include <QTest>

// Failure reasons, as the service and the sandbox word them, matched to what to fix.
class TestFailureHints final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownReasons_data();
    void knownReasons();
    void everySandboxFailureHasAHint_data();
    void everySandboxFailureHasAHint();
    void unmatchedLinksToTheGuide();
};

void TestFailureHints::knownReasons_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("mentions"); // a detail the hint must carry over

    // Wording recorded in the reference table of known failures (numbers are its rows).
    QTest::newRow("1 S3 privileges (job)")
        << "Failed to create a data import job for INTERACTIONS dataset....Insufficient "
           "privileges for accessing data in Amazon S3."
        << "s3-access"
        << "personalize.amazonaws.com";
    QTest::newRow("2 S3 privileges (bucket policy)")
        << "Insufficient privileges for accessing data in S3. Please look at "
           "https://docs.aws.amazon.com/personalize/latest/dg/"
           "granting-personalize-s3-access.html#attach-bucket-policy and fix bucket policy on "
           "my-bucket."
        << "s3-access"
        << "bucket policy";
    QTest::newRow("3 missing columns")
        << "Failed to create a data import job ITEMS dataset...Input CSV is missing the following "
           "columns:[ITEM_ID, CREATION_TIMESTAMP]."
        << "missing-columns"
        << "ITEM_ID, CREATION_TIMESTAMP";
    QTest::newRow("4 missing columns, lower case csv")
        << "Input csv is missing the following columns: [ITEM_ID]"
        << "missing-columns"
        << "ITEM_ID";
    QTest::newRow("5 first column lost to a BOM")
        << "Failed to create a data import job INTERACTIONS dataset...Input CSV is missing the "
           "following columns:[USER_ID]."
        << "missing-columns"
        << "byte-order mark";
    QTest::newRow("missing TIMESTAMP column is not a format problem")
        << "Input CSV is missing the following columns:[TIMESTAMP]."
        << "missing-columns"
        << "TIMESTAMP";
    QTest::newRow("6 invalid data location") << "Invalid Data location."
                                             << "invalid-data-location"
                                             << "s3://bucket/folder/";
    QTest::newRow("7 five running jobs")
        << "More than 5 resources with PENDING or IN_PROGRESS status."
        << "running-jobs-limit"
        << "five";
    QTest::newRow("7 with the code")
        << "LimitExceededException: More than 5 resources with PENDING or IN_PROGRESS status. "
           "(request id 1234)"
        << "running-jobs-limit"
        << "Wait";
    QTest::newRow("8 character limit")
        << "Length cannot be more than 1000 characters for GENRES. If no values exceed the "
           "character limit, make sure your data follows the formatting guidelines listed in "
           "https://docs.aws.amazon.com/personalize/latest/dg/data-prep-formatting.html."
        << "character-limit"
        << "GENRES";
    QTest::newRow("9 PassRole")
        << "User: arn:aws:iam::111122223333:user/ops is not authorized to perform: iam:PassRole "
           "on resource: arn:aws:iam::111122223333:role/Reader because no identity-based policy "
           "allows the iam:PassRole action"
        << "role-passing"
        << "iam:PassRole";
    // Synthetic: the documentation describes these without giving the exact text.
    QTest::newRow("too few interactions (synthetic)")
        << "Failed to create a data import job for INTERACTIONS dataset. The data has 412 "
           "interaction records; an import needs at least 1000."
        << "too-few-records"
        << "1,000";
    QTest::newRow("timestamps in milliseconds (synthetic)")
        << "TIMESTAMP values must be Unix epoch time in seconds; the values found look like "
           "milliseconds."
        << "timestamp-format"
        << "seconds";
    QTest::newRow("case does not matter") << "INVALID DATA LOCATION"
                                          << "invalid-data-location"
                                          << "s3://";
    // The sandbox's wording for the data it judges (synthetic: the service's is not known).
    QTest::newRow("sandbox ragged row")
        << SandboxFailureReasons::raggedRow(QStringLiteral("INTERACTIONS"), 41, 5, 4)
        << "malformed-rows"
        << "Line 41";
    QTest::newRow("sandbox empty required value")
        << SandboxFailureReasons::emptyRequired(QStringLiteral("ITEMS"), 251,
                                                QStringLiteral("ITEM_ID"))
        << "malformed-rows"
        << "ITEM_ID";
    QTest::newRow("sandbox size limit")
        << SandboxFailureReasons::overSizeLimit(QStringLiteral("INTERACTIONS"),
                                                QStringLiteral("1 GB"),
                                                QStringLiteral("INCREMENTAL"))
        << "data-too-large"
        << "INCREMENTAL";
}

void TestFailureHints::knownReasons()
{
    QFETCH(QString, reason);
    QFETCH(QString, category);
    QFETCH(QString, mentions);
    const FailureHints::Hint hint = FailureHints::match(reason);
    QCOMPARE(FailureHints::categoryId(hint.category), category);
    QVERIFY(!hint.title.isEmpty());
    QVERIFY2(hint.text.contains(mentions, Qt::CaseInsensitive), qPrintable(hint.text));
    QVERIFY(hint.link.isValid());
    QCOMPARE(hint.link.scheme(), QStringLiteral("https"));
    QVERIFY(!hint.linkText.isEmpty());
}

void TestFailureHints::everySandboxFailureHasAHint_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("datasetType");
    QTest::addColumn<QString>("category");
    const QHash<QString, QString> expected{
        {QStringLiteral("no-access"), QStringLiteral("s3-access")},
        {QStringLiteral("invalid-location"), QStringLiteral("invalid-data-location")},
        {QStringLiteral("missing-columns"), QStringLiteral("missing-columns")},
        {QStringLiteral("bom"), QStringLiteral("missing-columns")},
        {QStringLiteral("bad-timestamp"), QStringLiteral("timestamp-format")},
        {QStringLiteral("too-few-rows"), QStringLiteral("too-few-records")},
        {QStringLiteral("too-long"), QStringLiteral("character-limit")},
    };
    for (const QString &keyword : SandboxScenarios::keywords()) {
        for (const char *type : {"INTERACTIONS", "ITEMS", "USERS"}) {
            QTest::addRow("%s %s", qPrintable(keyword), type)
                << keyword << QString::fromLatin1(type)
                << expected.value(keyword, QStringLiteral("(new sandbox keyword)"));
        }
    }
}

void TestFailureHints::everySandboxFailureHasAHint()
{
    QFETCH(QString, keyword);
    QFETCH(QString, datasetType);
    QFETCH(QString, category);
    const QString dataset =
        u"arn:aws:personalize:us-east-1:111122223333:dataset/shop/" + datasetType;
    const auto outcome =
        SandboxScenarios::outcomeFor(u"s3://bucket/" + keyword + u"/data.csv", dataset);
    QVERIFY(!outcome.failureReason.isEmpty());
    QCOMPARE(FailureHints::categoryId(FailureHints::match(outcome.failureReason).category),
             category);
}

void TestFailureHints::unmatchedLinksToTheGuide()
{
    for (const QString &reason : {QString(), QStringLiteral("Something unexpected happened."),
                                  QStringLiteral("Internal service error; try again later.")}) {
        const FailureHints::Hint hint = FailureHints::match(reason);
        QCOMPARE(hint.category, FailureHints::Category::Unmatched);
        QCOMPARE(hint.link, FailureHints::troubleshootingGuide());
        QVERIFY(!hint.text.isEmpty());
        QVERIFY(!hint.linkText.isEmpty());
    }
    QCOMPARE(FailureHints::troubleshootingGuide().host(), QStringLiteral("docs.aws.amazon.com"));
}

QTEST_GUILESS_MAIN(TestFailureHints)
#include "tst_failurehints.moc"
