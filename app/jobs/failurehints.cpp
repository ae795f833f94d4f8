#include "jobs/failurehints.h"

#include <QRegularExpression>

namespace {

QUrl docsPage(const char *page)
{
    return QUrl(QStringLiteral("https://docs.aws.amazon.com/personalize/latest/dg/") +
                QLatin1String(page));
}

QRegularExpression pattern(const char *expression)
{
    return QRegularExpression(QLatin1String(expression), QRegularExpression::CaseInsensitiveOption);
}

} // namespace

QUrl FailureHints::troubleshootingGuide()
{
    return docsPage("error-messages.html");
}

QString FailureHints::categoryId(Category category)
{
    switch (category) {
    case Category::S3Access:
        return QStringLiteral("s3-access");
    case Category::RolePassing:
        return QStringLiteral("role-passing");
    case Category::MissingColumns:
        return QStringLiteral("missing-columns");
    case Category::InvalidDataLocation:
        return QStringLiteral("invalid-data-location");
    case Category::RunningJobsLimit:
        return QStringLiteral("running-jobs-limit");
    case Category::TooFewRecords:
        return QStringLiteral("too-few-records");
    case Category::CharacterLimit:
        return QStringLiteral("character-limit");
    case Category::TimestampFormat:
        return QStringLiteral("timestamp-format");
    case Category::MalformedRows:
        return QStringLiteral("malformed-rows");
    case Category::DataTooLarge:
        return QStringLiteral("data-too-large");
    case Category::Unmatched:
        break;
    }
    return QStringLiteral("unmatched");
}

FailureHints::Hint FailureHints::match(const QString &failureReason)
{
    // Patterns are tried in order; the more specific ones come first because some messages
    // mention several things (a missing TIMESTAMP column is a header problem, not a format one).
    static const QRegularExpression limit =
        pattern(R"(more than \d+ resources with pending or in_progress|LimitExceededException)");
    static const QRegularExpression passRole = pattern(R"(iam:PassRole)");
    static const QRegularExpression s3Access =
        pattern(R"(insufficient privileges for accessing data in (amazon )?s3)"
                R"(|access denied.*s3|s3.*access denied|bucket policy)");
    static const QRegularExpression missingColumns =
        pattern(R"(missing the following columns\s*:?\s*\[([^\]]*)\])");
    static const QRegularExpression invalidLocation =
        pattern(R"(invalid data ?location|dataLocation.*(not valid|invalid))");
    static const QRegularExpression characterLimit =
        pattern(R"(length cannot be more than (\d+) characters for ([A-Za-z0-9_]+))");
    static const QRegularExpression tooFew =
        pattern(R"(at least 1,?000|fewer than 1,?000|minimum of 1,?000)"
                R"(|too few|not enough (interaction )?records)");
    static const QRegularExpression malformedRow =
        pattern(R"(line (\d+) has \d+ fields?; the header has \d+)"
                R"(|line (\d+) has no value for the required column ([A-Za-z0-9_]+))");
    static const QRegularExpression tooLarge =
        pattern(R"(larger than the .* limit of an? (full|incremental) import)");
    static const QRegularExpression timestamp = pattern(
        R"(timestamp.*(epoch|milliseconds|seconds|format)|(epoch|milliseconds).*timestamp)");

    Hint hint;
    QRegularExpressionMatch m;
    if (failureReason.contains(limit)) {
        hint.category = Category::RunningJobsLimit;
        hint.title = tr("Too many imports running");
        hint.text = tr("A region allows five dataset import jobs pending or in progress at once, "
                       "and the limit cannot be raised. Wait until one finishes, then submit "
                       "again.");
        hint.link = docsPage("limits.html");
    } else if (failureReason.contains(passRole)) {
        hint.category = Category::RolePassing;
        hint.title = tr("Role cannot be passed");
        hint.text = tr("Your user may not hand the role to Amazon Personalize. Allow iam:PassRole "
                       "on the role, limited with the condition iam:PassedToService = "
                       "personalize.amazonaws.com.");
        hint.link = QUrl(QStringLiteral(
            "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html"));
    } else if (failureReason.contains(s3Access)) {
        hint.category = Category::S3Access;
        hint.title = tr("S3 access denied");
        hint.text = tr("Amazon Personalize could not read the data. Give the job's role "
                       "s3:GetObject and s3:ListBucket on the bucket and its objects, add a "
                       "bucket policy that allows the service principal "
                       "personalize.amazonaws.com, and allow the key's use if the bucket is "
                       "encrypted with KMS.");
        hint.link = docsPage("granting-personalize-s3-access.html");
    } else if (m = missingColumns.match(failureReason); m.hasMatch()) {
        hint.category = Category::MissingColumns;
        hint.title = tr("Columns missing from the CSV");
        const QString columns = m.captured(1).trimmed();
        hint.text = tr("The first line of the CSV must name every field of the dataset's schema "
                       "exactly; add %1. If a column is reported although the file has it, the "
                       "file probably starts with a byte-order mark: save it as UTF-8 without "
                       "BOM.")
                        .arg(columns.isEmpty() ? tr("the missing columns") : columns);
        hint.link = docsPage("data-prep-formatting.html");
    } else if (failureReason.contains(invalidLocation)) {
        hint.category = Category::InvalidDataLocation;
        hint.title = tr("Invalid data location");
        hint.text = tr("Give the S3 path as s3://bucket/folder/file.csv, or as s3://bucket/folder/ "
                       "(ending with a slash) to import every file in the folder.");
        hint.link = docsPage("error-messages.html");
    } else if (m = characterLimit.match(failureReason); m.hasMatch()) {
        hint.category = Category::CharacterLimit;
        hint.title = tr("Value too long");
        hint.text = tr("Values of %1 may have at most %2 characters. If none is that long, the "
                       "CSV is probably malformed: put text values in double quotes, escape "
                       "quotes and backslashes with a backslash, and keep one record per line.")
                        .arg(m.captured(2), m.captured(1));
        hint.link = docsPage("data-prep-formatting.html");
    } else if (failureReason.contains(tooFew)) {
        hint.category = Category::TooFewRecords;
        hint.title = tr("Not enough records");
        hint.text = tr("Each import needs at least 1,000 records (interactions for an "
                       "Interactions dataset). Add more data to the file, or combine it with "
                       "another before importing.");
        hint.link = docsPage("limits.html");
    } else if (m = malformedRow.match(failureReason); m.hasMatch()) {
        hint.category = Category::MalformedRows;
        hint.title = tr("Malformed row");
        const QString line = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        hint.text = m.captured(3).isEmpty()
                        ? tr("Line %1 of the CSV does not have one value per column. Put values "
                             "that hold commas or line breaks in double quotes, double the "
                             "quotes inside them, and check that every quote is closed.")
                              .arg(line)
                        : tr("Line %1 of the CSV leaves %2 empty, and the schema requires it. "
                             "Fill it in on every row, or leave such rows out.")
                              .arg(line, m.captured(3));
        hint.link = docsPage("data-prep-formatting.html");
    } else if (failureReason.contains(tooLarge)) {
        hint.category = Category::DataTooLarge;
        hint.title = tr("Too much data for one import");
        hint.text = tr("A FULL import takes at most 100 GB and an INCREMENTAL one 1 GB. Split the "
                       "data over several jobs, importing the parts after the first with "
                       "INCREMENTAL.");
        hint.link = docsPage("limits.html");
    } else if (failureReason.contains(timestamp)) {
        hint.category = Category::TimestampFormat;
        hint.title = tr("Wrong timestamp format");
        hint.text = tr("Timestamps must be Unix epoch time in seconds (10 digits, such as "
                       "1700000000), not milliseconds or formatted dates. Convert the column and "
                       "import again.");
        hint.link = docsPage("data-prep-formatting.html");
    } else {
        hint.title = tr("No known fix");
        hint.text = tr("Import Desk does not recognise this message. The Amazon Personalize "
                       "guide to common error messages may explain it.");
        hint.link = troubleshootingGuide();
    }
    hint.linkText = hint.category == Category::Unmatched
                        ? tr("Open the troubleshooting guide")
                        : tr("Read more in the Amazon Personalize guide");
    return hint;
}
