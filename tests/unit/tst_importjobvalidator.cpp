#include "personalize/importjobvalidator.h"

#include <QJsonObject>
#include <QTest>

// The new-import form's rules: one table row per rule and value, each naming the field, the
// severity and the words the operator must see; the model-only checks of the sandbox; the
// service-style message; and the draft <-> request conversion they all start from.
class TestImportJobValidator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validDraftHasNoIssues();
    void accepts_data();
    void accepts();
    void reports_data();
    void reports();
    void tagRowsKeepTheirDraftIndex();
    void validateRequestKeepsToTheModel_data();
    void validateRequestKeepsToTheModel();
    void serviceErrorMessage_data();
    void serviceErrorMessage();
    void hasErrors();
    void draftToRequest();
    void draftFromRequest();
    void draftJsonKeepsWhatWasTyped();
};

using Severity = FieldIssue::Severity;
using Tags = QList<QPair<QString, QString>>;

namespace {

const QString kDatasetArn =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/my-group/INTERACTIONS");
const QString kRoleArn = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");

ImportJobDraft baseDraft()
{
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("import-2024-06-01");
    draft.datasetArn = kDatasetArn;
    draft.dataLocation = QStringLiteral("s3://my-bucket/interactions/");
    draft.roleArn = kRoleArn;
    draft.tags = {{QStringLiteral("team"), QStringLiteral("recs")}};
    return draft;
}

ValidationContext baseContext()
{
    ValidationContext context;
    context.region = QStringLiteral("us-east-1");
    context.datasetHasFinishedBulkImport = true;
    context.existingJobNames = {QStringLiteral("import-1"), QStringLiteral("import-1-2")};
    context.datasetGroupHasMetricAttribution = true;
    return context;
}

ImportJobDraft with(DraftField field, const QString &value)
{
    ImportJobDraft draft = baseDraft();
    switch (field) {
    case DraftField::JobName:
        draft.jobName = value;
        break;
    case DraftField::DatasetArn:
        draft.datasetArn = value;
        break;
    case DraftField::DataLocation:
        draft.dataLocation = value;
        break;
    case DraftField::RoleArn:
        draft.roleArn = value;
        break;
    case DraftField::ImportMode:
        draft.importMode = value;
        break;
    default:
        qFatal("no text value for this field");
    }
    return draft;
}

ImportJobDraft withTags(const Tags &tags)
{
    ImportJobDraft draft = baseDraft();
    draft.tags = tags;
    return draft;
}

Tags numberedTags(int count)
{
    Tags tags;
    for (int i = 0; i < count; ++i)
        tags.append({u"key-" + QString::number(i), QStringLiteral("v")});
    return tags;
}

QString repeat(const QString &text, int times)
{
    return text.repeated(times);
}

QString show(const QList<FieldIssue> &issues)
{
    QStringList lines;
    for (const FieldIssue &issue : issues) {
        lines.append(QStringLiteral("[field %1 row %2 %3] %4")
                         .arg(int(issue.field))
                         .arg(issue.tagRow)
                         .arg(issue.severity == Severity::Error ? QStringLiteral("error")
                                                                : QStringLiteral("warning"),
                              issue.message));
    }
    return lines.join(u'\n');
}

const QString kAstralLetter = QStringLiteral("𠀀"); // U+20000, a CJK ideograph (\p{L}), 2 units

} // namespace

void TestImportJobValidator::validDraftHasNoIssues()
{
    const QList<FieldIssue> issues = ImportJobValidator::validate(baseDraft(), baseContext());
    QVERIFY2(issues.isEmpty(), qPrintable(show(issues)));
}

void TestImportJobValidator::accepts_data()
{
    QTest::addColumn<ImportJobDraft>("draft");
    QTest::addColumn<ValidationContext>("context");
    const ValidationContext context = baseContext();
    using F = DraftField;

    QTest::newRow("name: one letter") << with(F::JobName, QStringLiteral("a")) << context;
    QTest::newRow("name: starts with a digit")
        << with(F::JobName, QStringLiteral("0abc")) << context;
    QTest::newRow("name: hyphens and underscores")
        << with(F::JobName, QStringLiteral("Import_2024-01-01--x")) << context;
    QTest::newRow("name: 63 characters")
        << with(F::JobName, repeat(QStringLiteral("a"), 63)) << context;
    QTest::newRow("name: surrounding spaces are trimmed")
        << with(F::JobName, QStringLiteral("  import-9 \t")) << context;
    QTest::newRow("name: existing name in another case")
        << with(F::JobName, QStringLiteral("Import-1")) << context;
    QTest::newRow("arn: other region when none is selected")
        << with(F::DatasetArn,
                QStringLiteral("arn:aws:personalize:eu-west-1:111122223333:dataset/g/ITEMS"))
        << ValidationContext{};
    QTest::newRow("arn: china with china selected") << [] {
        ImportJobDraft d =
            with(F::DatasetArn,
                 QStringLiteral("arn:aws-cn:personalize:cn-north-1:111122223333:dataset/g/USERS"));
        d.roleArn = QStringLiteral("arn:aws-cn:iam::111122223333:role/r");
        return d;
    }() << ValidationContext{QStringLiteral("cn-north-1"), true, {}, true};
    QTest::newRow("arn: action interactions dataset")
        << with(F::DatasetArn, QStringLiteral("arn:aws:personalize:us-east-1:111122223333:"
                                              "dataset/g/ACTION_INTERACTIONS"))
        << context;
    QTest::newRow("location: csv file")
        << with(F::DataLocation, QStringLiteral("s3://b1c/d.csv")) << context;
    QTest::newRow("location: upper-case extension")
        << with(F::DataLocation, QStringLiteral("s3://bucket/DATA.CSV")) << context;
    QTest::newRow("location: bucket root folder")
        << with(F::DataLocation, QStringLiteral("s3://bucket/")) << context;
    QTest::newRow("location: nested folders")
        << with(F::DataLocation, QStringLiteral("s3://my.bucket-1/a/b/c/")) << context;
    QTest::newRow("location: spaces and non-ASCII in the key")
        << with(F::DataLocation, QStringLiteral("s3://bucket/Données 2024/日本 file.csv"))
        << context;
    QTest::newRow("location: digits-only bucket")
        << with(F::DataLocation, QStringLiteral("s3://123/x.csv")) << context;
    QTest::newRow("location: padded")
        << with(F::DataLocation, QStringLiteral(" s3://b-b/x.csv ")) << context;
    QTest::newRow("location: 256 characters")
        << with(F::DataLocation, u"s3://bucket/" + repeat(QStringLiteral("k"), 240) + u".csv")
        << context;
    QTest::newRow("role: none") << with(F::RoleArn, QString()) << context;
    QTest::newRow("role: blank") << with(F::RoleArn, QStringLiteral("   ")) << context;
    QTest::newRow("role: path and every allowed character")
        << with(F::RoleArn, QStringLiteral("arn:aws:iam::111122223333:role/service-role/"
                                           "Personalize_1+=,.@-x"))
        << context;
    QTest::newRow("tags: none") << withTags({}) << context;
    QTest::newRow("tags: blank rows while typing")
        << withTags({{QString(), QString()}, {QStringLiteral(" "), QString()}}) << context;
    QTest::newRow("tags: empty value") << withTags({{QStringLiteral("k"), QString()}}) << context;
    QTest::newRow("tags: every allowed punctuation")
        << withTags({{QStringLiteral("a_.:/=+-@b"), QStringLiteral("_.:/=+-@ x")}}) << context;
    QTest::newRow("tags: Japanese")
        << withTags({{QStringLiteral("チーム"), QStringLiteral("推薦システム")}}) << context;
    QTest::newRow("tags: Arabic with a space")
        << withTags({{QStringLiteral("الفريق"), QStringLiteral("نظام التوصية")}}) << context;
    QTest::newRow("tags: precomposed accent")
        << withTags({{QStringLiteral("équipe"), QStringLiteral("données")}}) << context;
    QTest::newRow("tags: other digits and numerals")
        << withTags({{QStringLiteral("٣"), QStringLiteral("Ⅻ ²")}}) << context;
    QTest::newRow("tags: key of 128 astral letters")
        << withTags({{repeat(kAstralLetter, 128), QStringLiteral("v")}}) << context;
    QTest::newRow("tags: value of 256 astral letters")
        << withTags({{QStringLiteral("k"), repeat(kAstralLetter, 256)}}) << context;
    QTest::newRow("tags: key differing only in case")
        << withTags({{QStringLiteral("Team"), QString()}, {QStringLiteral("team"), QString()}})
        << context;
    QTest::newRow("tags: aws inside the key")
        << withTags({{QStringLiteral("my-aws:key"), QStringLiteral("aws:value")}}) << context;
    QTest::newRow("tags: 50") << withTags(numberedTags(50)) << context;
    QTest::newRow("mode: empty means FULL") << with(F::ImportMode, QString()) << context;
    QTest::newRow("mode: incremental after a bulk import")
        << with(F::ImportMode, QStringLiteral("INCREMENTAL")) << context;
    QTest::newRow("mode: incremental, bulk imports unknown")
        << with(F::ImportMode, QStringLiteral("INCREMENTAL"))
        << ValidationContext{QStringLiteral("us-east-1"), std::nullopt, {}, true};
    QTest::newRow("metrics: attribution exists") << [] {
        ImportJobDraft d = baseDraft();
        d.publishAttributionMetricsToS3 = true;
        return d;
    }() << context;
    QTest::newRow("metrics: attribution unknown") << [] {
        ImportJobDraft d = baseDraft();
        d.publishAttributionMetricsToS3 = true;
        return d;
    }() << ValidationContext{QStringLiteral("us-east-1"), true, {}, std::nullopt};
    QTest::newRow("metrics: off without attribution")
        << baseDraft() << ValidationContext{QStringLiteral("us-east-1"), true, {}, false};
    QTest::newRow("account: the caller's own")
        << baseDraft()
        << ValidationContext{
               QStringLiteral("us-east-1"), true, {}, true, QStringLiteral("111122223333")};
}

void TestImportJobValidator::accepts()
{
    QFETCH(ImportJobDraft, draft);
    QFETCH(ValidationContext, context);
    const QList<FieldIssue> issues = ImportJobValidator::validate(draft, context);
    QVERIFY2(issues.isEmpty(), qPrintable(show(issues)));
}

void TestImportJobValidator::reports_data()
{
    QTest::addColumn<ImportJobDraft>("draft");
    QTest::addColumn<ValidationContext>("context");
    QTest::addColumn<DraftField>("field");
    QTest::addColumn<int>("tagRow");
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<int>("issueCount"); // all issues the draft produces
    using F = DraftField;
    const Severity E = Severity::Error;
    const Severity W = Severity::Warning;
    const auto words = [](std::initializer_list<const char *> list) {
        QStringList out;
        for (const char *word : list)
            out.append(QString::fromUtf8(word));
        return out;
    };
    const auto row = [&](const char *name, const ImportJobDraft &draft, F field, int tagRow,
                         Severity severity, std::initializer_list<const char *> expected,
                         int count = 1, const ValidationContext &ctx = baseContext()) {
        QTest::newRow(name) << draft << ctx << field << tagRow << severity << words(expected)
                            << count;
    };

    // Job name.
    row("name: empty", with(F::JobName, QString()), F::JobName, -1, E, {"Enter a name"});
    row("name: only spaces", with(F::JobName, QStringLiteral("   ")), F::JobName, -1, E,
        {"Enter a name"});
    row("name: 64 characters", with(F::JobName, repeat(QStringLiteral("a"), 64)), F::JobName, -1, E,
        {"at most 63", "has 64"});
    row("name: inner space", with(F::JobName, QStringLiteral("x y")), F::JobName, -1, E,
        {"letters", "digits, hyphens and underscores", "Remove “ ” (space) at position 2"});
    row("name: leading hyphen", with(F::JobName, QStringLiteral("-abc")), F::JobName, -1, E,
        {"must start with a letter", "Remove “-”"});
    row("name: leading underscore", with(F::JobName, QStringLiteral("_abc")), F::JobName, -1, E,
        {"must start with a letter", "“_”"});
    row("name: accented letter", with(F::JobName, QStringLiteral("café")), F::JobName, -1, E,
        {"no accents", "“é” (U+00E9) at position 4"});
    row("name: dot", with(F::JobName, QStringLiteral("job.name")), F::JobName, -1, E,
        {"Remove “.” at position 4"});
    row("name: slash", with(F::JobName, QStringLiteral("job/1")), F::JobName, -1, E,
        {"“/” at position 4"});
    row("name: starts with a CJK ideograph", with(F::JobName, QStringLiteral("日本")), F::JobName,
        -1, E, {"must start with a letter", "“日” (U+65E5)"});
    row("name: emoji counted as one character", with(F::JobName, QStringLiteral("a😀b-c")),
        F::JobName, -1, E, {"“😀” (U+1F600) at position 2"});
    row("name: tab inside", with(F::JobName, QStringLiteral("a\tb")), F::JobName, -1, E,
        {"invisible character (U+0009) at position 2"});
    row("name: no-break space", with(F::JobName, QStringLiteral("a\u00a0b")), F::JobName, -1, E,
        {"special space, U+00A0", "position 2"});
    row("name: too long and a bad character", with(F::JobName, repeat(QStringLiteral("a b"), 30)),
        F::JobName, -1, E, {"at most 63", "has 90"}, 2);
    row("name: already used", with(F::JobName, QStringLiteral("import-1")), F::JobName, -1, E,
        {"already has an import job named “import-1”", "unique", "“import-1-3”"});

    // Dataset ARN.
    const QString arnHead = QStringLiteral("arn:aws:personalize:us-east-1:111122223333:");
    row("arn: empty", with(F::DatasetArn, QString()), F::DatasetArn, -1, E,
        {"Choose the dataset", "arn:aws:personalize:"});
    row("arn: 257 characters",
        with(F::DatasetArn, arnHead + u"dataset/" + repeat(QStringLiteral("g"), 200) + u"/ITEMS"),
        F::DatasetArn, -1, E, {"at most 256", "has 257"});
    row("arn: another service", with(F::DatasetArn, QStringLiteral("arn:aws:s3:::bucket")),
        F::DatasetArn, -1, E, {"“s3” service", "dataset/my-group/INTERACTIONS"});
    row("arn: not an ARN", with(F::DatasetArn, QStringLiteral("my-group/INTERACTIONS")),
        F::DatasetArn, -1, E, {"not an Amazon Personalize ARN", "dataset/DATASET_GROUP/TYPE"});
    row("arn: upper-case partition",
        with(F::DatasetArn,
             QStringLiteral("arn:AWS:personalize:us-east-1:111122223333:dataset/g/ITEMS")),
        F::DatasetArn, -1, E, {"not an Amazon Personalize ARN"});
    row("arn: dataset group", with(F::DatasetArn, arnHead + u"dataset-group/shop"), F::DatasetArn,
        -1, E, {"dataset group, not of a dataset", "dataset/shop/INTERACTIONS"});
    row("arn: import job", with(F::DatasetArn, arnHead + u"dataset-import-job/j"), F::DatasetArn,
        -1, E, {"“dataset-import-job/j”", "not a dataset", "dataset/DATASET_GROUP/TYPE"});
    row("arn: dataset without type", with(F::DatasetArn, arnHead + u"dataset/g"), F::DatasetArn, -1,
        E, {"not a dataset"});
    row("arn: other region",
        with(F::DatasetArn,
             QStringLiteral("arn:aws:personalize:eu-west-1:111122223333:dataset/g/ITEMS")),
        F::DatasetArn, -1, E,
        {"in the Region eu-west-1", "selected Region is us-east-1", "Select eu-west-1"});
    row("arn: partition not of its region",
        with(F::DatasetArn,
             QStringLiteral("arn:aws:personalize:cn-north-1:111122223333:dataset/g/ITEMS")),
        F::DatasetArn, -1, E, {"“aws” partition", "cn-north-1", "“aws-cn” partition"}, 1,
        ValidationContext{QStringLiteral("cn-north-1"), true, {}, true});
    row(
        "arn: china dataset, us region selected",
        [] {
            ImportJobDraft d = with(
                DraftField::DatasetArn,
                QStringLiteral("arn:aws-cn:personalize:cn-north-1:111122223333:dataset/g/ITEMS"));
            d.roleArn.clear();
            return d;
        }(),
        F::DatasetArn, -1, E, {"“aws-cn” partition", "us-east-1", "“aws” partition"}, 2);
    row("arn: no region",
        with(F::DatasetArn, QStringLiteral("arn:aws:personalize::111122223333:dataset/g/USERS")),
        F::DatasetArn, -1, E, {"no Region"});
    row("arn: short account",
        with(F::DatasetArn, QStringLiteral("arn:aws:personalize:us-east-1:1234:dataset/g/USERS")),
        F::DatasetArn, -1, E, {"12 digits", "“1234”"}, 2); // and the role's account differs
    row("arn: line break inside",
        with(F::DatasetArn,
             QStringLiteral("arn:aws:personalize:us-east-1:111122223333\n:dataset/g/USERS")),
        F::DatasetArn, -1, E, {"not an Amazon Personalize ARN"});

    // Data location.
    row("location: empty", with(F::DataLocation, QString()), F::DataLocation, -1, E,
        {"Enter where the data is", "s3://bucket/folder/"});
    row("location: 257 characters",
        with(F::DataLocation, u"s3://bucket/" + repeat(QStringLiteral("k"), 241) + u".csv"),
        F::DataLocation, -1, E, {"at most 256", "has 257"});
    row("location: 257 characters counted as code points",
        with(F::DataLocation, u"s3://bucket/" + repeat(kAstralLetter, 241) + u".csv"),
        F::DataLocation, -1, E, {"at most 256", "has 257"});
    row("location: tab inside", with(F::DataLocation, QStringLiteral("s3://bucket/a\tb.csv")),
        F::DataLocation, -1, E, {"invisible character (U+0009) at position 14", "Remove it"});
    row("location: C1 control inside",
        with(F::DataLocation, QStringLiteral("s3://bucket/x\u0085y.csv")), F::DataLocation, -1, E,
        {"invisible character (U+0085) at position 14"});
    row("arn: tab inside",
        with(F::DatasetArn,
             QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/g\t/ITEMS")),
        F::DatasetArn, -1, E, {"dataset ARN contains", "(U+0009) at position 53"});
    row("location: no scheme", with(F::DataLocation, QStringLiteral("bucket/folder/")),
        F::DataLocation, -1, E, {"Start the S3 path with s3://", "s3://bucket/folder/"});
    row("location: upper-case scheme", with(F::DataLocation, QStringLiteral("S3://bucket/x.csv")),
        F::DataLocation, -1, E, {"“S3://” in lower case", "s3://bucket/x.csv"});
    row("location: one slash", with(F::DataLocation, QStringLiteral("s3:/bucket/x.csv")),
        F::DataLocation, -1, E, {"looks like s3://bucket/folder/data.csv"});
    row("location: ftp", with(F::DataLocation, QStringLiteral("ftp://host/x.csv")), F::DataLocation,
        -1, E, {"looks like s3://bucket/folder/data.csv"});
    row("location: scheme only", with(F::DataLocation, QStringLiteral("s3://")), F::DataLocation,
        -1, E, {"looks like s3://"});
    row("location: line break", with(F::DataLocation, QStringLiteral("s3://bucket/a\nb.csv")),
        F::DataLocation, -1, E, {"invisible character (U+000A) at position 14", "line breaks"});
    row("location: no bucket", with(F::DataLocation, QStringLiteral("s3:///key.csv")),
        F::DataLocation, -1, E, {"no bucket name"});
    row("location: space in the bucket",
        with(F::DataLocation, QStringLiteral("s3://my bucket/x.csv")), F::DataLocation, -1, E,
        {"lowercase letters, digits, dots and hyphens",
         "Remove “ ” (space) at position 3 of the bucket name “my bucket”"});
    row("location: umlaut in the bucket",
        with(F::DataLocation, QStringLiteral("s3://bücket/x.csv")), F::DataLocation, -1, E,
        {"“ü” (U+00FC) at position 2"});
    row("location: short bucket", with(F::DataLocation, QStringLiteral("s3://ab/x.csv")),
        F::DataLocation, -1, E, {"at least 3", "“ab” has 2"});
    row("location: long bucket",
        with(F::DataLocation, u"s3://" + repeat(QStringLiteral("b"), 64) + u"/x.csv"),
        F::DataLocation, -1, W, {"at most 63", "has 64"});
    row("location: legacy bucket name",
        with(F::DataLocation, QStringLiteral("s3://My_Bucket/x.csv")), F::DataLocation, -1, W,
        {"lowercase", "“M”", "“My_Bucket”"});
    row("location: bucket starts with a hyphen",
        with(F::DataLocation, QStringLiteral("s3://-bucket/x.csv")), F::DataLocation, -1, W,
        {"starts and ends with a letter or digit"});
    row("location: bucket ends with a dot",
        with(F::DataLocation, QStringLiteral("s3://bucket./x.csv")), F::DataLocation, -1, W,
        {"starts and ends with a letter or digit", "“bucket.”"});
    row("location: two dots", with(F::DataLocation, QStringLiteral("s3://my..bucket/x.csv")),
        F::DataLocation, -1, W, {"two dots"});
    row("location: IP address", with(F::DataLocation, QStringLiteral("s3://192.168.1.1/x.csv")),
        F::DataLocation, -1, W, {"IP address"});
    row("location: xn-- prefix", with(F::DataLocation, QStringLiteral("s3://xn--bucket/x.csv")),
        F::DataLocation, -1, W, {"cannot start with “xn--”"});
    row("location: access point alias",
        with(F::DataLocation, QStringLiteral("s3://my-ap-abc123-s3alias/x.csv")), F::DataLocation,
        -1, W, {"end in “-s3alias”", "access point alias"});
    row("location: bucket only", with(F::DataLocation, QStringLiteral("s3://bucket")),
        F::DataLocation, -1, W, {"only a bucket", "s3://bucket/data.csv", "s3://bucket/folder/"});
    row("location: json file", with(F::DataLocation, QStringLiteral("s3://bucket/data.json")),
        F::DataLocation, -1, W, {"CSV files", "“data.json”", "end the path with /"});
    row("location: folder without slash", with(F::DataLocation, QStringLiteral("s3://bucket/f")),
        F::DataLocation, -1, W, {"neither a .csv file nor a folder"});
    row("location: URL-encoded key", with(F::DataLocation, QStringLiteral("s3://bucket/a%20b.csv")),
        F::DataLocation, -1, W, {"“%20”", "URL-encoded", "space rather than %20"});
    row("location: virtual-hosted S3 URL",
        with(F::DataLocation,
             QStringLiteral("https://my-bucket.s3.us-east-1.amazonaws.com/folder/a%20b.csv")),
        F::DataLocation, -1, W, {"not web addresses", "Use s3://my-bucket/folder/a b.csv instead"});
    row("location: legacy global S3 URL",
        with(F::DataLocation, QStringLiteral("https://my-bucket.s3.amazonaws.com/data.csv")),
        F::DataLocation, -1, W, {"Use s3://my-bucket/data.csv instead"});
    row("location: path-style S3 URL",
        with(F::DataLocation, QStringLiteral("https://s3.eu-west-1.amazonaws.com/bkt/f/")),
        F::DataLocation, -1, W, {"Use s3://bkt/f/ instead"});
    row("location: other web address",
        with(F::DataLocation, QStringLiteral("http://example.com/data.csv")), F::DataLocation, -1,
        W, {"not from web addresses", "s3://bucket/folder/data.csv"});

    // Role ARN.
    row("role: 257 characters",
        with(F::RoleArn, u"arn:aws:iam::111122223333:role/" + repeat(QStringLiteral("r"), 226)),
        F::RoleArn, -1, E, {"at most 256", "has 257"});
    row("role: a user", with(F::RoleArn, QStringLiteral("arn:aws:iam::111122223333:user/bob")),
        F::RoleArn, -1, E, {"IAM user", "IAM role"});
    row("role: short account", with(F::RoleArn, QStringLiteral("arn:aws:iam::1234:role/r")),
        F::RoleArn, -1, E, {"12 digits", "“1234”"});
    row("role: space in the name",
        with(F::RoleArn, QStringLiteral("arn:aws:iam::111122223333:role/my role")), F::RoleArn, -1,
        E, {"Remove “ ” (space) at position 3 of the name"});
    row("role: accent in the name",
        with(F::RoleArn, QStringLiteral("arn:aws:iam::111122223333:role/rôle")), F::RoleArn, -1, E,
        {"“ô” (U+00F4) at position 2"});
    row("role: with a region",
        with(F::RoleArn, QStringLiteral("arn:aws:iam:us-east-1:111122223333:role/r")), F::RoleArn,
        -1, E, {"Enter the ARN of an IAM role", "leave this empty"});
    row("role: only a name", with(F::RoleArn, QStringLiteral("PersonalizeS3Read")), F::RoleArn, -1,
        E, {"Enter the ARN of an IAM role", "arn:aws:iam::111122223333:role/"});
    row("role: another account",
        with(F::RoleArn, QStringLiteral("arn:aws:iam::444455556666:role/r")), F::RoleArn, -1, W,
        {"account 444455556666", "account 111122223333", "right role"});
    row("role: another partition",
        with(F::RoleArn, QStringLiteral("arn:aws-cn:iam::111122223333:role/r")), F::RoleArn, -1, E,
        {"“aws-cn” partition", "“aws”"});

    // Tags.
    row("tags: value without a key", withTags({{QString(), QStringLiteral("v")}}), F::Tags, 0, E,
        {"Enter a key", "clear its value"});
    row("tags: duplicate key",
        withTags({{QStringLiteral("k"), QStringLiteral("1")},
                  {QString(), QString()},
                  {QStringLiteral("k"), QStringLiteral("2")}}),
        F::Tags, 2, E, {"“k” is already used in row 1", "only once"});
    row("tags: duplicate after trimming",
        withTags({{QStringLiteral("k"), QString()}, {QStringLiteral(" k "), QString()}}), F::Tags,
        1, E, {"already used in row 1"});
    row("tags: reserved prefix", withTags({{QStringLiteral("aws:team"), QStringLiteral("x")}}),
        F::Tags, 0, E, {"“aws:”", "reserved"});
    row("tags: reserved prefix in upper case",
        withTags({{QStringLiteral("AWS:Team"), QStringLiteral("x")}}), F::Tags, 0, E,
        {"“AWS:”", "reserved"});
    row("tags: key of 129 characters", withTags({{repeat(QStringLiteral("k"), 129), QString()}}),
        F::Tags, 0, E, {"tag key", "at most 128", "has 129"});
    row("tags: key of 129 astral letters", withTags({{repeat(kAstralLetter, 129), QString()}}),
        F::Tags, 0, E, {"tag key", "at most 128", "has 129"});
    row("tags: value of 257 astral letters",
        withTags({{QStringLiteral("k"), repeat(kAstralLetter, 257)}}), F::Tags, 0, E,
        {"tag value", "at most 256", "has 257"});
    row("tags: emoji value", withTags({{QStringLiteral("k"), QStringLiteral("ok 😀")}}), F::Tags, 0,
        E, {"tag value", "letters, digits, spaces", "“😀” (U+1F600) at position 4"});
    row("tags: emoji key", withTags({{QStringLiteral("🔥hot"), QString()}}), F::Tags, 0, E,
        {"tag key", "“🔥” (U+1F525) at position 1"});
    row("tags: combining accent in key", withTags({{QStringLiteral("e\u0301quipe"), QString()}}),
        F::Tags, 0, E, {"tag key", "combining mark U+0301 at position 2"});
    row("tags: Arabic vowel marks", withTags({{QStringLiteral("k"), QStringLiteral("مُوصٍ")}}),
        F::Tags, 0, E, {"tag value", "combining mark U+064F at position 2"});
    row("tags: exclamation mark", withTags({{QStringLiteral("team!"), QString()}}), F::Tags, 0, E,
        {"Remove “!” at position 5"});
    row("tags: comma in value", withTags({{QStringLiteral("k"), QStringLiteral("a,b")}}), F::Tags,
        0, E, {"tag value", "“,” at position 2"});
    row("tags: tab in value", withTags({{QStringLiteral("k"), QStringLiteral("a\tb")}}), F::Tags, 0,
        E, {"invisible character (U+0009)"});
    row("tags: row index counts blank rows",
        withTags(
            {{QString(), QString()}, {QString(), QString()}, {QStringLiteral("b#"), QString()}}),
        F::Tags, 2, E, {"“#” at position 2"});
    row("tags: 51", withTags(numberedTags(51)), F::Tags, -1, E,
        {"at most 50 tags", "has 51", "Remove 1"});
    row("tags: 200", withTags(numberedTags(200)), F::Tags, -1, E,
        {"at most 50 tags", "has 200", "Remove 150"});
    row("tags: 201", withTags(numberedTags(201)), F::Tags, -1, E,
        {"at most 200 tags", "has 201", "Remove 1"});

    // Import mode.
    row("mode: unknown", with(F::ImportMode, QStringLiteral("PARTIAL")), F::ImportMode, -1, E,
        {"“PARTIAL” is not an import mode", "FULL", "INCREMENTAL"});
    row("mode: lower case", with(F::ImportMode, QStringLiteral("full")), F::ImportMode, -1, E,
        {"“full” is not an import mode"});
    row("mode: incremental before any bulk import",
        with(F::ImportMode, QStringLiteral("INCREMENTAL")), F::ImportMode, -1, E,
        {"adds to the data of an earlier bulk import", "no finished bulk import",
         "Run a FULL import first"},
        1, ValidationContext{QStringLiteral("us-east-1"), false, {}, true});

    // Metrics.
    ImportJobDraft publishing = baseDraft();
    publishing.publishAttributionMetricsToS3 = true;
    row("metrics: no attribution", publishing, F::PublishAttributionMetrics, -1, E,
        {"metric attribution", "has none", "Create a metric attribution first"}, 1,
        ValidationContext{QStringLiteral("us-east-1"), true, {}, false});

    // Account.
    row("account: not the caller's", baseDraft(), F::DatasetArn, -1, W,
        {"belongs to the account 111122223333", "signed in to the account 444455556666",
         "probably be refused"},
        1,
        ValidationContext{
            QStringLiteral("us-east-1"), true, {}, true, QStringLiteral("444455556666")});

    // Region.
    row("region: not a region code", baseDraft(), F::Region, -1, E,
        {"“Frankfurt” is not an AWS Region code"}, 2,
        ValidationContext{QStringLiteral("Frankfurt"), true, {}, true});
}

void TestImportJobValidator::reports()
{
    QFETCH(ImportJobDraft, draft);
    QFETCH(ValidationContext, context);
    QFETCH(DraftField, field);
    QFETCH(int, tagRow);
    QFETCH(Severity, severity);
    QFETCH(QStringList, words);
    QFETCH(int, issueCount);
    const QList<FieldIssue> issues = ImportJobValidator::validate(draft, context);
    QVERIFY2(issues.size() == issueCount, qPrintable(show(issues)));
    // One issue of that field, row and severity must say all the words.
    const bool found = std::any_of(issues.cbegin(), issues.cend(), [&](const FieldIssue &issue) {
        return issue.field == field && issue.tagRow == tagRow && issue.severity == severity &&
               std::all_of(words.cbegin(), words.cend(),
                           [&](const QString &word) { return issue.message.contains(word); });
    });
    QVERIFY2(found, qPrintable(u"expected: " + words.join(QLatin1String(" | ")) + u"\ngot:\n" +
                               show(issues)));
    QCOMPARE(ImportJobValidator::hasErrors(issues), severity == Severity::Error || issueCount > 1);
}

void TestImportJobValidator::tagRowsKeepTheirDraftIndex()
{
    const ImportJobDraft draft = withTags({{QStringLiteral("ok"), QString()},
                                           {QString(), QString()},
                                           {QStringLiteral("bad!"), QString()},
                                           {QStringLiteral("ok"), QStringLiteral("again")},
                                           {QStringLiteral("aws:x"), QStringLiteral("😀")}});
    const QList<FieldIssue> issues = ImportJobValidator::validate(draft, baseContext());
    QList<QPair<int, Severity>> rows;
    for (const FieldIssue &issue : issues) {
        QCOMPARE(issue.field, DraftField::Tags);
        rows.append({issue.tagRow, issue.severity});
    }
    const QList<QPair<int, Severity>> expected = {
        {2, Severity::Error}, {3, Severity::Error}, {4, Severity::Error}, {4, Severity::Error}};
    QCOMPARE(rows, expected);
}

void TestImportJobValidator::validateRequestKeepsToTheModel_data()
{
    QTest::addColumn<CreateDatasetImportJobRequest>("request");
    QTest::addColumn<QList<DraftField>>("fields");
    QTest::addColumn<QList<int>>("rows");
    const CreateDatasetImportJobRequest valid = baseDraft().toRequest();
    QTest::newRow("valid") << valid << QList<DraftField>() << QList<int>();

    CreateDatasetImportJobRequest r = valid;
    r.datasetArn = QStringLiteral("arn:aws:personalize:eu-west-1:1:dataset-group/g");
    r.roleArn = QStringLiteral("arn:aws:iam::444455556666:role/r");
    r.dataSource.dataLocation = QStringLiteral("http://example.com/x.json");
    r.tags = QList<Tag>{{QStringLiteral("aws:k"), QString()}, {QStringLiteral("aws:k"), QString()}};
    QTest::newRow("only context and sense checks fail") << r << QList<DraftField>() << QList<int>();

    r = valid;
    r.dataSource.dataLocation.reset();
    r.importMode.reset();
    r.roleArn.reset();
    r.tags.reset();
    QTest::newRow("optional members absent") << r << QList<DraftField>() << QList<int>();

    r = valid;
    r.jobName = QStringLiteral(" padded");
    r.datasetArn = QStringLiteral("dataset");
    r.dataSource.dataLocation = QStringLiteral("bucket/x.csv");
    r.roleArn = QStringLiteral("role");
    r.tags = QList<Tag>{{QStringLiteral("ok"), QString()}, {QString(), QStringLiteral("v")}};
    r.importMode = QStringLiteral("partial");
    QTest::newRow("every member wrong")
        << r
        << QList<DraftField>{DraftField::JobName, DraftField::DatasetArn, DraftField::DataLocation,
                             DraftField::RoleArn, DraftField::Tags,       DraftField::ImportMode}
        << QList<int>{-1, -1, -1, -1, 1, -1};
}

void TestImportJobValidator::validateRequestKeepsToTheModel()
{
    QFETCH(CreateDatasetImportJobRequest, request);
    QFETCH(QList<DraftField>, fields);
    QFETCH(QList<int>, rows);
    const QList<FieldIssue> issues = ImportJobValidator::validateRequest(request);
    QList<DraftField> actualFields;
    QList<int> actualRows;
    for (const FieldIssue &issue : issues) {
        QCOMPARE(issue.severity, Severity::Error);
        actualFields.append(issue.field);
        actualRows.append(issue.tagRow);
    }
    QVERIFY2(actualFields == fields, qPrintable(show(issues)));
    QCOMPARE(actualRows, rows);
    QCOMPARE(ImportJobValidator::serviceErrorMessage(request).has_value(), !fields.isEmpty());
}

void TestImportJobValidator::serviceErrorMessage_data()
{
    QTest::addColumn<CreateDatasetImportJobRequest>("request");
    QTest::addColumn<QString>("message");
    const CreateDatasetImportJobRequest valid = baseDraft().toRequest();
    const QString head = QStringLiteral("1 validation error detected: ");
    const auto row = [&](const char *name, const CreateDatasetImportJobRequest &request,
                         const QString &tail) {
        QTest::newRow(name) << request << (tail.isEmpty() ? QString() : head + tail);
    };
    row("valid", valid, QString());

    CreateDatasetImportJobRequest r = valid;
    r.jobName = QStringLiteral("x y");
    row("name pattern", r,
        QStringLiteral(R"(Value 'x y' at 'jobName' failed to satisfy constraint: Member must )"
                       R"(satisfy regular expression pattern: ^[a-zA-Z0-9][a-zA-Z0-9\-_]*)"));
    r.jobName.clear();
    row("empty name", r,
        QStringLiteral("Value '' at 'jobName' failed to satisfy constraint: Member must have "
                       "length greater than or equal to 1"));
    r.jobName = repeat(QStringLiteral("n"), 64);
    row("long name", r,
        u"Value '" + r.jobName +
            u"' at 'jobName' failed to satisfy constraint: Member must have length less than or "
            u"equal to 63");
    r.datasetArn = QStringLiteral("foo");
    row("first violation wins", r,
        u"Value '" + r.jobName +
            u"' at 'jobName' failed to satisfy constraint: Member must have length less than or "
            u"equal to 63");

    r = valid;
    r.datasetArn = QStringLiteral("foo");
    row("dataset arn", r,
        QStringLiteral(
            R"(Value 'foo' at 'datasetArn' failed to satisfy constraint: Member must )"
            R"(satisfy regular expression pattern: arn:([a-z\d-]+):personalize:.*:.*:.+)"));
    r = valid;
    r.dataSource.dataLocation = QStringLiteral("ftp://x");
    row("data location", r,
        QStringLiteral("Value 'ftp://x' at 'dataSource.dataLocation' failed to satisfy "
                       "constraint: Member must satisfy regular expression pattern: "
                       "(s3|http|https)://.+"));
    r = valid;
    r.roleArn = QStringLiteral("arn:aws:iam::111122223333:user/bob");
    row("role arn", r,
        QStringLiteral(R"(Value 'arn:aws:iam::111122223333:user/bob' at 'roleArn' failed to )"
                       R"(satisfy constraint: Member must satisfy regular expression pattern: )"
                       R"(arn:([a-z\d-]+):iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+)"));
    r = valid;
    r.tags = QList<Tag>{{QStringLiteral("a"), QStringLiteral("b")},
                        {QStringLiteral("c"), QStringLiteral("secret 😀")}};
    row("tag value is not echoed", r,
        QStringLiteral(R"(Value at 'tags.2.member.tagValue' failed to satisfy constraint: )"
                       R"(Member must satisfy regular expression pattern: )"
                       R"(^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$)"));
    r.tags = QList<Tag>{{QString(), QStringLiteral("b")}};
    row("empty tag key", r,
        QStringLiteral("Value at 'tags.1.member.tagKey' failed to satisfy constraint: Member must "
                       "have length greater than or equal to 1"));
    r.tags = QList<Tag>(201, Tag{QStringLiteral("k"), QString()});
    row("too many tags", r,
        QStringLiteral("Value at 'tags' failed to satisfy constraint: Member must have length "
                       "less than or equal to 200"));
    r = valid;
    r.importMode = QStringLiteral("PARTIAL");
    row("import mode", r,
        QStringLiteral("Value 'PARTIAL' at 'importMode' failed to satisfy constraint: Member "
                       "must satisfy enum value set: [FULL, INCREMENTAL]"));
    r = valid;
    r.datasetArn = QStringLiteral("arn:aws:personalize:us-east-1:1:dataset-group/g");
    r.tags = QList<Tag>{{QStringLiteral("aws:k"), QString()}};
    row("service rules outside the model", r, QString());
}

void TestImportJobValidator::serviceErrorMessage()
{
    QFETCH(CreateDatasetImportJobRequest, request);
    QFETCH(QString, message);
    QCOMPARE(ImportJobValidator::serviceErrorMessage(request).value_or(QString()), message);
}

void TestImportJobValidator::hasErrors()
{
    QVERIFY(!ImportJobValidator::hasErrors({}));
    QVERIFY(!ImportJobValidator::hasErrors(
        {{DraftField::Tags, -1, Severity::Warning, QStringLiteral("w")}}));
    QVERIFY(ImportJobValidator::hasErrors(
        {{DraftField::Tags, -1, Severity::Warning, QStringLiteral("w")},
         {DraftField::JobName, -1, Severity::Error, QStringLiteral("e")}}));
}

void TestImportJobValidator::draftToRequest()
{
    ImportJobDraft draft;
    draft.jobName = QStringLiteral("  job-1 ");
    draft.datasetArn = u' ' + kDatasetArn + u'\n';
    draft.dataLocation = QStringLiteral("\ts3://bucket/a b.csv  ");
    draft.roleArn = QStringLiteral("   ");
    draft.tags = {{QStringLiteral(" k "), QStringLiteral(" v ")},
                  {QString(), QString()},
                  {QStringLiteral("k"), QStringLiteral("dup")}};
    CreateDatasetImportJobRequest expected;
    expected.jobName = QStringLiteral("job-1");
    expected.datasetArn = kDatasetArn;
    expected.dataSource.dataLocation = QStringLiteral("s3://bucket/a b.csv");
    expected.tags = QList<Tag>{{QStringLiteral("k"), QStringLiteral("v")},
                               {QStringLiteral("k"), QStringLiteral("dup")}};
    expected.importMode = QStringLiteral("FULL");
    QVERIFY(draft.toRequest() == expected);

    draft.tags = {{QString(), QString()}};
    draft.importMode = QStringLiteral("INCREMENTAL");
    draft.publishAttributionMetricsToS3 = true;
    draft.roleArn = kRoleArn;
    expected.tags.reset();
    expected.importMode = QStringLiteral("INCREMENTAL");
    expected.publishAttributionMetricsToS3 = true;
    expected.roleArn = kRoleArn;
    QVERIFY(draft.toRequest() == expected);
}

void TestImportJobValidator::draftFromRequest()
{
    const ImportJobDraft draft = baseDraft();
    QCOMPARE(ImportJobDraft::fromRequest(draft.toRequest()), draft);

    const ImportJobDraft fromEmpty = ImportJobDraft::fromRequest(CreateDatasetImportJobRequest{});
    QCOMPARE(fromEmpty, ImportJobDraft());
    QCOMPARE(fromEmpty.importMode, QStringLiteral("FULL"));
    QCOMPARE(fromEmpty.publishAttributionMetricsToS3, false);
}

void TestImportJobValidator::draftJsonKeepsWhatWasTyped()
{
    ImportJobDraft draft;
    draft.jobName = QStringLiteral(" spaced ");
    draft.datasetArn = QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/g/ITEMS");
    draft.dataLocation = QStringLiteral("s3://bücket/données.csv");
    draft.tags = {{QStringLiteral("équipe"), QStringLiteral("données")}, {QString(), QString()}};
    draft.importMode = QStringLiteral("INCREMENTAL");
    draft.publishAttributionMetricsToS3 = true;
    QCOMPARE(ImportJobDraft::fromJson(draft.toJson()), draft);
    // Missing members take the defaults.
    QCOMPARE(ImportJobDraft::fromJson(QJsonObject{}), ImportJobDraft());
}

QTEST_GUILESS_MAIN(TestImportJobValidator)
#include "tst_importjobvalidator.moc"
