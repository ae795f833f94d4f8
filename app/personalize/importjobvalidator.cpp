#include "personalize/importjobvalidator.h"

#include "personalize/arn.h"
#include "personalize/jobnaming.h"

#include <QHash>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

using Severity = FieldIssue::Severity;

constexpr int kMaxJobName = JobNaming::kMaxLength;
constexpr int kMaxArn = 256;
constexpr int kMaxLocation = 256;
constexpr int kMaxTags = 200;
constexpr int kTagKeysPerResource = 50;
constexpr int kMaxTagKey = 128;
constexpr int kMaxTagValue = 256;

// The model's patterns as the model spells them; the service quotes them in its messages.
const char kNamePattern[] = R"re(^[a-zA-Z0-9][a-zA-Z0-9\-_]*)re";
const char kArnPattern[] = R"re(arn:([a-z\d-]+):personalize:.*:.*:.+)re";
const char kRoleArnPattern[] = R"re(arn:([a-z\d-]+):iam::\d{12}:role/?[a-zA-Z_0-9+=,.@\-_/]+)re";
const char kLocationPattern[] = R"re((s3|http|https)://.+)re";
const char kTagPattern[] = R"re(^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$)re";

// The model's patterns are unanchored Java regexes; the service matches them against the whole
// value.
QRegularExpression whole(const char *pattern, QRegularExpression::PatternOptions options = {})
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(pattern)),
                              options);
}

QRegularExpression unicode(const char *pattern)
{
    return QRegularExpression(QString::fromLatin1(pattern),
                              QRegularExpression::UseUnicodePropertiesOption);
}

qsizetype codePoints(QStringView text)
{
    return text.toUcs4().size();
}

struct Offender
{
    char32_t character = 0;
    qsizetype position = 0; // counted in characters, from 1
};

std::optional<Offender> firstMatch(const QString &text, const QRegularExpression &disallowed)
{
    const QRegularExpressionMatch match = disallowed.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qsizetype at = match.capturedStart();
    const QList<uint> found = QStringView(text).mid(at, match.capturedLength()).toUcs4();
    return Offender{found.isEmpty() ? U'\0' : static_cast<char32_t>(found.first()),
                    codePoints(QStringView(text).left(at)) + 1};
}

// The first control character (C0, DEL or C1): a tab, a line break or an invisible code that a
// paste can carry along. The model's patterns let some of them through (".+" takes a tab).
std::optional<Offender> firstControl(const QString &text)
{
    static const QRegularExpression control(QStringLiteral("[\\x{0}-\\x{1f}\\x{7f}-\\x{9f}]"));
    return firstMatch(text, control);
}

QString memberMustHave(const char *comparison, int limit)
{
    return QStringLiteral("Member must have length %1 %2")
        .arg(QLatin1String(comparison), QString::number(limit));
}

QString memberPattern(const char *pattern)
{
    return QStringLiteral("Member must satisfy regular expression pattern: ") +
           QString::fromLatin1(pattern);
}

struct TagRow
{
    int draftRow = -1;
    Tag tag;
};

// Runs the checks field by field and collects what they find. In model-only mode it keeps just
// the service model's constraints, which is what the sandbox enforces.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(ImportJobValidator)

public:
    explicit Rules(bool modelOnly)
        : m_modelOnly(modelOnly)
    {}

    void checkJobName(const QString &name, const QStringList &existingNames);
    void checkDatasetArn(const QString &text, const QString &selectedRegion);
    void checkDataLocation(const std::optional<QString> &location);
    void checkRoleArn(const QString &text);
    void checkTags(const QList<TagRow> &rows);
    void checkImportMode(const QString &mode, std::optional<bool> hasFinishedBulkImport);
    void checkPublishMetrics(bool publish, std::optional<bool> groupHasMetricAttribution);
    void checkRegion(const QString &region);
    void checkAccount(const QString &callerAccount);

    QList<FieldIssue> issues;
    std::optional<QString> serviceMessage;

private:
    // A constraint of the service model: the service would refuse the request.
    void violation(DraftField field, int row, const QString &message, const QString &wirePath,
                   const std::optional<QString> &wireValue, const QString &constraint);
    void error(DraftField field, int row, const QString &message);
    void warning(DraftField field, int row, const QString &message);
    void checkS3Location(const QString &location);
    void checkBucket(const QString &bucket);
    void checkWebLocation(const QString &location);
    void checkTagText(const TagRow &row, qsizetype wireIndex, bool isKey);

    static QString describe(char32_t character);

    bool m_modelOnly;
    std::optional<Arn> m_dataset; // set once the dataset ARN passed the model's pattern
};

void Rules::violation(DraftField field, int row, const QString &message, const QString &wirePath,
                      const std::optional<QString> &wireValue, const QString &constraint)
{
    issues.append({field, row, Severity::Error, message});
    if (serviceMessage)
        return;
    // Sensitive members (tag keys and values) are not echoed back by the service.
    const QString value =
        wireValue ? QString(u"Value '" + *wireValue + u"' at '") : QStringLiteral("Value at '");
    serviceMessage = u"1 validation error detected: " + value + wirePath +
                     u"' failed to satisfy constraint: " + constraint;
}

void Rules::error(DraftField field, int row, const QString &message)
{
    if (!m_modelOnly)
        issues.append({field, row, Severity::Error, message});
}

void Rules::warning(DraftField field, int row, const QString &message)
{
    if (!m_modelOnly)
        issues.append({field, row, Severity::Warning, message});
}

QString Rules::describe(char32_t character)
{
    const QString code = QString::number(character, 16).toUpper().rightJustified(4, u'0');
    const QString text = QString::fromUcs4(&character, 1);
    if (character == U' ')
        return tr("“ ” (space)");
    switch (QChar::category(character)) {
    case QChar::Separator_Space:
        return tr("“%1” (a special space, U+%2)").arg(text, code);
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return tr("an invisible character (U+%1)").arg(code);
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return tr("the combining mark U+%1").arg(code);
    default:
        break;
    }
    if (character < 0x80)
        return tr("“%1”").arg(text);
    return tr("“%1” (U+%2)").arg(text, code);
}

void Rules::checkJobName(const QString &name, const QStringList &existingNames)
{
    const QString path = QStringLiteral("jobName");
    if (name.isEmpty()) {
        violation(DraftField::JobName, -1,
                  tr("Enter a name for the import job, for example “import-2024-06-01”."), path,
                  name, memberMustHave("greater than or equal to", 1));
        return;
    }
    const qsizetype length = codePoints(name);
    if (length > kMaxJobName) {
        violation(DraftField::JobName, -1,
                  tr("A job name can have at most %1 characters; this one has %2. Shorten it.")
                      .arg(kMaxJobName)
                      .arg(length),
                  path, name, memberMustHave("less than or equal to", kMaxJobName));
    }
    static const QRegularExpression valid = whole(kNamePattern);
    if (!valid.match(name).hasMatch()) {
        static const QRegularExpression badFirst(QStringLiteral("^[^a-zA-Z0-9]"));
        static const QRegularExpression bad(QStringLiteral("[^a-zA-Z0-9_-]"));
        QString message;
        if (const std::optional<Offender> first = firstMatch(name, badFirst)) {
            message = tr("A job name must start with a letter (A–Z, a–z) or a digit. "
                         "Remove %1 at the start.")
                          .arg(describe(first->character));
        } else if (const std::optional<Offender> other = firstMatch(name, bad)) {
            message = tr("A job name can use only the letters A–Z and a–z (no accents), digits, "
                         "hyphens and underscores, and must start with a letter or digit. "
                         "Remove %1 at position %2.")
                          .arg(describe(other->character), QString::number(other->position));
        }
        violation(DraftField::JobName, -1, message, path, name, memberPattern(kNamePattern));
    }
    if (existingNames.contains(name)) {
        QString suggestion;
        for (int n = 2; suggestion.isEmpty() || existingNames.contains(suggestion); ++n) {
            const QString suffix = u'-' + QString::number(n);
            suggestion = name.left(kMaxJobName - suffix.size()) + suffix;
        }
        error(DraftField::JobName, -1,
              tr("This dataset already has an import job named “%1”, and job names must be "
                 "unique within a dataset. Choose another name, such as “%2”.")
                  .arg(name, suggestion));
    }
}

void Rules::checkDatasetArn(const QString &text, const QString &selectedRegion)
{
    const QString path = QStringLiteral("datasetArn");
    static const QRegularExpression valid = whole(kArnPattern);
    const QString example =
        QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/my-group/INTERACTIONS");
    if (text.isEmpty()) {
        violation(
            DraftField::DatasetArn, -1,
            tr("Choose the dataset to import into, or paste its ARN, for example %1.").arg(example),
            path, text, memberPattern(kArnPattern));
        return;
    }
    if (codePoints(text) > kMaxArn) {
        violation(DraftField::DatasetArn, -1,
                  tr("An ARN has at most %1 characters; this one has %2. Check that exactly one "
                     "ARN was pasted.")
                      .arg(kMaxArn)
                      .arg(codePoints(text)),
                  path, text, memberMustHave("less than or equal to", kMaxArn));
    }
    const std::optional<Arn> arn = Arn::parse(text);
    if (!valid.match(text).hasMatch()) {
        const QString message =
            arn && arn->service != u"personalize"
                ? tr("This is the ARN of a resource of the “%1” service, not of an Amazon "
                     "Personalize dataset. A dataset ARN looks like %2.")
                      .arg(arn->service, example)
                : tr("This is not an Amazon Personalize ARN. A dataset ARN looks like %1: "
                     "arn:PARTITION:personalize:REGION:ACCOUNT:dataset/DATASET_GROUP/TYPE.")
                      .arg(example);
        violation(DraftField::DatasetArn, -1, message, path, text, memberPattern(kArnPattern));
        return;
    }
    if (m_modelOnly || !arn)
        return;
    if (const std::optional<Offender> bad = firstControl(text)) {
        error(DraftField::DatasetArn, -1,
              tr("The dataset ARN contains %1 at position %2. Remove it: an ARN has no tabs, "
                 "line breaks or other invisible characters.")
                  .arg(describe(bad->character), QString::number(bad->position)));
        return;
    }
    m_dataset = arn;
    if (!PersonalizeArn::isDatasetArn(*arn)) {
        if (arn->resourceType() == u"dataset-group") {
            error(DraftField::DatasetArn, -1,
                  tr("This is the ARN of a dataset group, not of a dataset. Choose one of the "
                     "group's datasets: its ARN ends in dataset/%1/ and the dataset type, for "
                     "example dataset/%1/INTERACTIONS.")
                      .arg(arn->resourceName()));
        } else {
            error(DraftField::DatasetArn, -1,
                  tr("This ARN names “%1”, which is not a dataset. A dataset ARN ends in "
                     "dataset/DATASET_GROUP/TYPE, for example %2.")
                      .arg(arn->resource, example));
        }
    }
    if (arn->region.isEmpty()) {
        error(DraftField::DatasetArn, -1,
              tr("This ARN has no Region (the fourth part, such as us-east-1). Copy the complete "
                 "dataset ARN from the console or from the dataset list."));
    }
    static const QRegularExpression account(QStringLiteral("^\\d{12}$"));
    if (!account.match(arn->accountId).hasMatch()) {
        error(DraftField::DatasetArn, -1,
              tr("The account ID in this ARN (the fifth part) must be 12 digits, but it is “%1”.")
                  .arg(arn->accountId));
    }
    if (!selectedRegion.isEmpty() && !arn->region.isEmpty() && arn->region != selectedRegion) {
        error(DraftField::DatasetArn, -1,
              tr("This dataset is in the Region %1, but the selected Region is %2. Select %1, "
                 "or choose a dataset in %2.")
                  .arg(arn->region, selectedRegion));
    }
    const QString region = selectedRegion.isEmpty() ? arn->region : selectedRegion;
    const QString partition = Arn::partitionForRegion(region);
    if (!partition.isEmpty() && partition != arn->partition) {
        error(DraftField::DatasetArn, -1,
              tr("This ARN is in the “%1” partition, but the Region %2 belongs to the “%3” "
                 "partition. Check the start of the ARN (arn:%3:personalize:…) and the Region.")
                  .arg(arn->partition, region, partition));
    }
}

void Rules::checkAccount(const QString &callerAccount)
{
    // A warning only: a role in the dataset's account may still be reachable from here.
    if (callerAccount.isEmpty() || !m_dataset || m_dataset->accountId.isEmpty() ||
        m_dataset->accountId == callerAccount)
        return;
    warning(DraftField::DatasetArn, -1,
            tr("This dataset belongs to the account %1, but you are signed in to the account %2. "
               "The import will probably be refused: choose a dataset of account %2, or connect "
               "with a profile of account %1.")
                .arg(m_dataset->accountId, callerAccount));
}

void Rules::checkDataLocation(const std::optional<QString> &location)
{
    if (!location)
        return;
    const QString &text = *location;
    const QString path = QStringLiteral("dataSource.dataLocation");
    if (text.isEmpty()) {
        violation(DraftField::DataLocation, -1,
                  tr("Enter where the data is in Amazon S3: a CSV file such as "
                     "s3://bucket/folder/data.csv, or a folder ending in / such as "
                     "s3://bucket/folder/."),
                  path, text, memberPattern(kLocationPattern));
        return;
    }
    if (codePoints(text) > kMaxLocation) {
        violation(DraftField::DataLocation, -1,
                  tr("An S3 path can have at most %1 characters; this one has %2. Use a shorter "
                     "path, or point to the folder that holds the files.")
                      .arg(kMaxLocation)
                      .arg(codePoints(text)),
                  path, text, memberMustHave("less than or equal to", kMaxLocation));
    }
    static const QRegularExpression valid = whole(kLocationPattern);
    if (!valid.match(text).hasMatch()) {
        static const QRegularExpression scheme(QStringLiteral("^[A-Za-z0-9]+:/*"));
        QString message;
        if (const std::optional<Offender> bad = firstControl(text)) {
            message = tr("The S3 path contains %1 at position %2. Remove it: line breaks and tabs "
                         "cannot be part of the path.")
                          .arg(describe(bad->character), QString::number(bad->position));
        } else if (valid.match(text.toLower()).hasMatch()) {
            const qsizetype end = text.indexOf(u':');
            message = tr("Write “%1” in lower case: %2")
                          .arg(text.left(end + 3), text.left(end).toLower() + text.mid(end));
        } else if (!scheme.match(text).hasMatch()) {
            QString rest = text;
            while (rest.startsWith(u'/'))
                rest.remove(0, 1);
            message = tr("Start the S3 path with s3://, for example s3://%1").arg(rest);
        } else {
            message = tr("An S3 path looks like s3://bucket/folder/data.csv or "
                         "s3://bucket/folder/.");
        }
        violation(DraftField::DataLocation, -1, message, path, text,
                  memberPattern(kLocationPattern));
        return;
    }
    if (m_modelOnly)
        return;
    if (const std::optional<Offender> bad = firstControl(text)) {
        error(DraftField::DataLocation, -1,
              tr("The S3 path contains %1 at position %2. Remove it: line breaks and tabs "
                 "cannot be part of the path.")
                  .arg(describe(bad->character), QString::number(bad->position)));
        return;
    }
    if (text.startsWith(u"s3://"))
        checkS3Location(text);
    else
        checkWebLocation(text);
}

void Rules::checkS3Location(const QString &location)
{
    const QString rest = location.mid(5);
    const qsizetype slash = rest.indexOf(u'/');
    const QString bucket = slash < 0 ? rest : rest.left(slash);
    const QString key = slash < 0 ? QString() : rest.mid(slash + 1);
    if (bucket.isEmpty()) {
        error(DraftField::DataLocation, -1,
              tr("The path has no bucket name. Write it as s3://BUCKET/folder/ or "
                 "s3://BUCKET/folder/data.csv."));
        return;
    }
    checkBucket(bucket);
    if (slash < 0) {
        warning(DraftField::DataLocation, -1,
                tr("The path names only a bucket. Add the CSV file (s3://%1/data.csv) or a "
                   "folder ending in / (s3://%1/folder/).")
                    .arg(bucket));
    } else if (!key.isEmpty() && !key.endsWith(u'/') &&
               !key.endsWith(u".csv", Qt::CaseInsensitive)) {
        warning(DraftField::DataLocation, -1,
                tr("Amazon Personalize imports CSV files, and “%1” is neither a .csv file nor a "
                   "folder. If it is a folder, end the path with /.")
                    .arg(key));
    }
    static const QRegularExpression encoded(QStringLiteral("%[0-9A-Fa-f]{2}"));
    if (const QRegularExpressionMatch match = encoded.match(key); match.hasMatch()) {
        warning(DraftField::DataLocation, -1,
                tr("“%1” in the path looks URL-encoded. Type the object key as S3 shows it, "
                   "for example with a space rather than %2.")
                    .arg(match.captured(), QStringLiteral("%20")));
    }
}

void Rules::checkBucket(const QString &bucket)
{
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._-]"));
    if (const std::optional<Offender> found = firstMatch(bucket, bad)) {
        error(DraftField::DataLocation, -1,
              tr("A bucket name can use only lowercase letters, digits, dots and hyphens. "
                 "Remove %1 at position %2 of the bucket name “%3”.")
                  .arg(describe(found->character), QString::number(found->position), bucket));
        return;
    }
    if (bucket.size() < 3) {
        error(DraftField::DataLocation, -1,
              tr("A bucket name has at least 3 characters, but “%1” has %2. Check the bucket "
                 "name.")
                  .arg(bucket, QString::number(bucket.size())));
        return;
    }
    if (bucket.size() > 63) {
        warning(DraftField::DataLocation, -1,
                tr("Bucket names have at most 63 characters, but “%1” has %2. Check the bucket "
                   "name.")
                    .arg(bucket, QString::number(bucket.size())));
    }
    static const QRegularExpression legacy(QStringLiteral("[A-Z_]"));
    if (const std::optional<Offender> found = firstMatch(bucket, legacy)) {
        warning(DraftField::DataLocation, -1,
                tr("Bucket names are written in lowercase, without underscores; only some very "
                   "old buckets contain %1. Check the bucket name “%2”.")
                    .arg(describe(found->character), bucket));
    }
    static const QRegularExpression edges(QStringLiteral("^[A-Za-z0-9](.*[A-Za-z0-9])?$"));
    if (!edges.match(bucket).hasMatch()) {
        warning(
            DraftField::DataLocation, -1,
            tr("A bucket name starts and ends with a letter or digit. Check “%1”.").arg(bucket));
    }
    if (bucket.contains(u"..")) {
        warning(DraftField::DataLocation, -1,
                tr("A bucket name cannot have two dots in a row. Check “%1”.").arg(bucket));
    }
    static const QRegularExpression ip(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$"));
    if (ip.match(bucket).hasMatch()) {
        warning(DraftField::DataLocation, -1,
                tr("“%1” is an IP address, not a bucket name. Use the bucket's name.").arg(bucket));
    }
    for (const char *prefix : {"xn--", "sthree-"}) {
        if (bucket.startsWith(QLatin1String(prefix))) {
            warning(DraftField::DataLocation, -1,
                    tr("Bucket names cannot start with “%1”. Check “%2”.")
                        .arg(QLatin1String(prefix), bucket));
        }
    }
    for (const char *suffix : {"-s3alias", "--ol-s3"}) {
        if (bucket.endsWith(QLatin1String(suffix))) {
            warning(DraftField::DataLocation, -1,
                    tr("Bucket names cannot end in “%1”: that ending marks an access point "
                       "alias. If “%2” is one, make sure the role may read through it; "
                       "otherwise check the bucket name.")
                        .arg(QLatin1String(suffix), bucket));
        }
    }
}

void Rules::checkWebLocation(const QString &location)
{
    // Offer the s3:// form of an S3 object URL copied from the console or a browser.
    static const QRegularExpression s3Host(QStringLiteral(
        "^(?:(.+)\\.)?s3(?:[.-](?:dualstack\\.)?[a-z0-9-]+)?\\.amazonaws\\.com(?:\\.cn)?$"));
    const QUrl url(location);
    const QRegularExpressionMatch host = s3Host.match(url.host());
    QString s3Path;
    if (url.isValid() && host.hasMatch()) {
        const QString objectPath = url.path(QUrl::FullyDecoded);
        // Path style (s3.REGION.amazonaws.com/BUCKET/KEY) or virtual-hosted style.
        if (host.captured(1).isEmpty())
            s3Path = u"s3:/" + objectPath;
        else
            s3Path = u"s3://" + host.captured(1) + objectPath;
    }
    if (!s3Path.isEmpty() && s3Path != u"s3:/" && s3Path != u"s3://") {
        warning(DraftField::DataLocation, -1,
                tr("Amazon Personalize reads import data from Amazon S3 paths, not web "
                   "addresses. Use %1 instead.")
                    .arg(s3Path));
    } else {
        warning(DraftField::DataLocation, -1,
                tr("Amazon Personalize reads import data from Amazon S3, not from web addresses. "
                   "Copy the data to a bucket and enter its s3:// path, such as "
                   "s3://bucket/folder/data.csv."));
    }
}

void Rules::checkRoleArn(const QString &text)
{
    if (text.isEmpty())
        return;
    const QString path = QStringLiteral("roleArn");
    if (codePoints(text) > kMaxArn) {
        violation(DraftField::RoleArn, -1,
                  tr("An ARN has at most %1 characters; this one has %2. Check that exactly one "
                     "ARN was pasted.")
                      .arg(kMaxArn)
                      .arg(codePoints(text)),
                  path, text, memberMustHave("less than or equal to", kMaxArn));
    }
    const std::optional<Arn> role = Arn::parse(text);
    static const QRegularExpression valid = whole(kRoleArnPattern);
    if (!valid.match(text).hasMatch()) {
        const QString example = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");
        static const QRegularExpression rolePrefix(
            QStringLiteral("^arn:[a-z\\d-]+:iam::\\d{12}:role/?"));
        static const QRegularExpression badNameChar(QStringLiteral("[^a-zA-Z_0-9+=,.@/-]"));
        static const QRegularExpression account(QStringLiteral("^\\d{12}$"));
        const QRegularExpressionMatch prefix = rolePrefix.match(text);
        std::optional<Offender> bad;
        if (prefix.hasMatch())
            bad = firstMatch(text.mid(prefix.capturedLength()), badNameChar);
        QString message;
        if (role && role->service == u"iam" && role->resourceType() == u"user") {
            message = tr("This is the ARN of an IAM user. Enter the ARN of an IAM role that "
                         "Amazon Personalize can assume, such as %1.")
                          .arg(example);
        } else if (role && role->service == u"iam" && !account.match(role->accountId).hasMatch()) {
            message = tr("The account ID in a role ARN must be 12 digits, but it is “%1”.")
                          .arg(role->accountId);
        } else if (bad) {
            message = tr("A role name can use only letters, digits and + = , . @ _ - /. "
                         "Remove %1 at position %2 of the name.")
                          .arg(describe(bad->character), QString::number(bad->position));
        } else {
            message =
                tr("Enter the ARN of an IAM role, such as %1, or leave this empty.").arg(example);
        }
        violation(DraftField::RoleArn, -1, message, path, text, memberPattern(kRoleArnPattern));
        return;
    }
    // Comparing with a dataset ARN that is itself wrong would only add noise.
    const std::optional<Arn> &dataset = m_dataset;
    if (!role || !dataset)
        return;
    if (role->partition != dataset->partition) {
        error(DraftField::RoleArn, -1,
              tr("The role is in the “%1” partition but the dataset is in “%2”. Use a role from "
                 "the dataset's partition.")
                  .arg(role->partition, dataset->partition));
    }
    if (!dataset->accountId.isEmpty() && role->accountId != dataset->accountId) {
        warning(DraftField::RoleArn, -1,
                tr("The role belongs to account %1, but the dataset to account %2. Amazon "
                   "Personalize normally uses a role of the dataset's own account: check that "
                   "this is the right role.")
                    .arg(role->accountId, dataset->accountId));
    }
}

void Rules::checkTags(const QList<TagRow> &rows)
{
    if (rows.size() > kMaxTags) {
        violation(DraftField::Tags, -1,
                  tr("A job can have at most %1 tags, but this one has %2. Remove %3 of them.")
                      .arg(kMaxTags)
                      .arg(rows.size())
                      .arg(rows.size() - kMaxTags),
                  QStringLiteral("tags"), std::nullopt,
                  memberMustHave("less than or equal to", kMaxTags));
    } else if (rows.size() > kTagKeysPerResource) {
        // The model allows 200 tags in a request, but a resource holds at most 50 keys: the
        // service refuses more (TooManyTagsException).
        error(DraftField::Tags, -1,
              tr("A job can have at most %1 tags, but this one has %2. Remove %3 of them.")
                  .arg(kTagKeysPerResource)
                  .arg(rows.size())
                  .arg(rows.size() - kTagKeysPerResource));
    }
    QHash<QString, int> firstRowOfKey;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const TagRow &row = rows.at(i);
        checkTagText(row, i + 1, true);
        checkTagText(row, i + 1, false);
        const QString &key = row.tag.tagKey;
        if (key.startsWith(u"aws:", Qt::CaseInsensitive)) {
            error(DraftField::Tags, row.draftRow,
                  tr("Tag keys that start with “%1” are reserved for AWS. Choose a key without "
                     "that prefix.")
                      .arg(key.left(4)));
        }
        if (key.isEmpty())
            continue;
        const auto earlier = firstRowOfKey.constFind(key);
        if (earlier != firstRowOfKey.cend()) {
            error(DraftField::Tags, row.draftRow,
                  tr("The key “%1” is already used in row %2. Each key can be used only once: "
                     "change this key or remove the row.")
                      .arg(key, QString::number(*earlier + 1)));
        } else {
            firstRowOfKey.insert(key, row.draftRow);
        }
    }
}

void Rules::checkTagText(const TagRow &row, qsizetype wireIndex, bool isKey)
{
    const QString &text = isKey ? row.tag.tagKey : row.tag.tagValue;
    const QString path =
        u"tags." + QString::number(wireIndex) +
        (isKey ? QStringLiteral(".member.tagKey") : QStringLiteral(".member.tagValue"));
    if (isKey && text.isEmpty()) {
        violation(DraftField::Tags, row.draftRow,
                  tr("Enter a key for this tag, or clear its value."), path, std::nullopt,
                  memberMustHave("greater than or equal to", 1));
        return;
    }
    const int limit = isKey ? kMaxTagKey : kMaxTagValue;
    const qsizetype length = codePoints(text);
    if (length > limit) {
        const QString message =
            isKey ? tr("A tag key can have at most %1 characters, but this one has %2.")
                  : tr("A tag value can have at most %1 characters, but this one has %2.");
        violation(DraftField::Tags, row.draftRow, message.arg(limit).arg(length), path,
                  std::nullopt, memberMustHave("less than or equal to", limit));
    }
    static const QRegularExpression valid =
        whole(kTagPattern, QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bad = unicode(R"re([^\p{L}\p{Z}\p{N}_.:/=+\-@])re");
    if (valid.match(text).hasMatch())
        return;
    const std::optional<Offender> found = firstMatch(text, bad);
    const QString what = found ? describe(found->character) : tr("a character");
    const qsizetype position = found ? found->position : 0;
    const QString message =
        isKey ? tr("A tag key can use only letters, digits, spaces and _ . : / = + - @. "
                   "Remove %1 at position %2.")
              : tr("A tag value can use only letters, digits, spaces and _ . : / = + - @. "
                   "Remove %1 at position %2.");
    violation(DraftField::Tags, row.draftRow, message.arg(what, QString::number(position)), path,
              std::nullopt, memberPattern(kTagPattern));
}

void Rules::checkImportMode(const QString &mode, std::optional<bool> hasFinishedBulkImport)
{
    const std::optional<ImportMode> parsed = importModeFromString(mode);
    if (!parsed) {
        violation(DraftField::ImportMode, -1,
                  tr("“%1” is not an import mode. Choose FULL to replace the data imported in "
                     "bulk before, or INCREMENTAL to add to it.")
                      .arg(mode),
                  QStringLiteral("importMode"), mode,
                  QStringLiteral("Member must satisfy enum value set: [FULL, INCREMENTAL]"));
        return;
    }
    if (*parsed == ImportMode::Incremental && hasFinishedBulkImport == false) {
        error(DraftField::ImportMode, -1,
              tr("An incremental import adds to the data of an earlier bulk import, and this "
                 "dataset has no finished bulk import yet. Run a FULL import first; use "
                 "INCREMENTAL for the imports after it."));
    }
}

void Rules::checkPublishMetrics(bool publish, std::optional<bool> groupHasMetricAttribution)
{
    if (publish && groupHasMetricAttribution == false) {
        error(DraftField::PublishAttributionMetrics, -1,
              tr("Publishing metrics to Amazon S3 needs a metric attribution in the dataset "
                 "group, and this group has none. Create a metric attribution first, or turn "
                 "this option off."));
    }
}

void Rules::checkRegion(const QString &region)
{
    if (!region.isEmpty() && Arn::partitionForRegion(region).isEmpty()) {
        error(DraftField::Region, -1,
              tr("“%1” is not an AWS Region code. Select a Region such as us-east-1 or "
                 "eu-west-1.")
                  .arg(region));
    }
}

} // namespace

QList<FieldIssue> ImportJobValidator::validate(const ImportJobDraft &draft,
                                               const ValidationContext &context)
{
    const CreateDatasetImportJobRequest request = draft.toRequest();
    QList<TagRow> rows;
    for (int i = 0; i < draft.tags.size(); ++i) {
        const Tag tag{draft.tags.at(i).first.trimmed(), draft.tags.at(i).second.trimmed()};
        if (!tag.tagKey.isEmpty() || !tag.tagValue.isEmpty())
            rows.append({i, tag});
    }
    Rules rules(false);
    rules.checkJobName(request.jobName, context.existingJobNames);
    rules.checkDatasetArn(request.datasetArn, context.region);
    rules.checkAccount(context.callerAccount);
    rules.checkDataLocation(request.dataSource.dataLocation);
    rules.checkRoleArn(request.roleArn.value_or(QString()));
    rules.checkTags(rows);
    rules.checkImportMode(request.importMode.value_or(QString()),
                          context.datasetHasFinishedBulkImport);
    rules.checkPublishMetrics(draft.publishAttributionMetricsToS3,
                              context.datasetGroupHasMetricAttribution);
    rules.checkRegion(context.region);
    return rules.issues;
}

namespace {

Rules checkModel(const CreateDatasetImportJobRequest &request)
{
    QList<TagRow> rows;
    const QList<Tag> tags = request.tags.value_or(QList<Tag>());
    for (int i = 0; i < tags.size(); ++i)
        rows.append({i, tags.at(i)});
    Rules rules(true);
    rules.checkJobName(request.jobName, {});
    rules.checkDatasetArn(request.datasetArn, {});
    rules.checkDataLocation(request.dataSource.dataLocation);
    rules.checkRoleArn(request.roleArn.value_or(QString()));
    rules.checkTags(rows);
    if (request.importMode)
        rules.checkImportMode(*request.importMode, std::nullopt);
    return rules;
}

} // namespace

QList<FieldIssue> ImportJobValidator::validateRequest(const CreateDatasetImportJobRequest &request)
{
    return checkModel(request).issues;
}

std::optional<QString>
ImportJobValidator::serviceErrorMessage(const CreateDatasetImportJobRequest &request)
{
    return checkModel(request).serviceMessage;
}

bool ImportJobValidator::hasErrors(const QList<FieldIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const FieldIssue &issue) {
        return issue.severity == FieldIssue::Severity::Error;
    });
}
