#include "personalize/cliinputjson.h"

#include "personalize/apicodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace {

const QStringList &topLevelKeys()
{
    static const QStringList keys = {
        QStringLiteral("jobName"),
        QStringLiteral("datasetArn"),
        QStringLiteral("dataSource"),
        QStringLiteral("roleArn"),
        QStringLiteral("tags"),
        QStringLiteral("importMode"),
        QStringLiteral("publishAttributionMetricsToS3"),
    };
    return keys;
}

void collectUnknown(const QJsonObject &object, const QStringList &known, const QString &prefix,
                    QStringList &unknown)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            unknown.append(prefix + it.key());
    }
}

QString jsonString(const QString &text)
{
    // Let QJsonDocument do the escaping; strip the array brackets around the one element.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString compactJson(const QJsonValue &value)
{
    return QString::fromUtf8(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

} // namespace

Result<ImportJobDraft, QString> CliInputJson::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return tr("This is not valid JSON: %1 (at character %2).")
            .arg(parseError.errorString(), QString::number(parseError.offset));
    }
    if (!document.isObject())
        return tr("The CLI input must be a JSON object ({ … }).");
    QJsonObject object = document.object();

    QStringList unknown;
    collectUnknown(object, topLevelKeys(), QString(), unknown);
    const QJsonValue dataSource = object.value(QLatin1String("dataSource"));
    if (dataSource.isObject()) {
        collectUnknown(dataSource.toObject(), {QStringLiteral("dataLocation")},
                       QStringLiteral("dataSource."), unknown);
    }
    const QJsonArray tags = object.value(QLatin1String("tags")).toArray();
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (tags.at(i).isObject()) {
            collectUnknown(tags.at(i).toObject(),
                           {QStringLiteral("tagKey"), QStringLiteral("tagValue")},
                           u"tags[" + QString::number(i) + u"].", unknown);
        }
    }
    if (!unknown.isEmpty()) {
        return tr("The AWS CLI does not accept these keys: %1. Remove them; the known keys are "
                  "%2.")
            .arg(unknown.join(QLatin1String(", ")), topLevelKeys().join(QLatin1String(", ")));
    }

    // The CLI lets any member be left out of the file (it may come from the command line), so
    // fill the required ones before handing the object to the API codec for the type checks.
    for (const char *key : {"jobName", "datasetArn"}) {
        if (object.value(QLatin1String(key)).isUndefined() ||
            object.value(QLatin1String(key)).isNull())
            object.insert(QLatin1String(key), QString());
    }
    if (dataSource.isUndefined() || dataSource.isNull())
        object.insert(QLatin1String("dataSource"), QJsonObject());
    Result<CreateDatasetImportJobRequest, QString> request =
        ApiCodec::parseCreateDatasetImportJobRequest(object);
    if (!request.ok())
        return tr("The CLI input has a value of the wrong type: %1").arg(request.error());
    return ImportJobDraft::fromRequest(request.value());
}

QByteArray CliInputJson::write(const ImportJobDraft &draft)
{
    const CreateDatasetImportJobRequest request = draft.toRequest();
    const QString indent = QStringLiteral("    ");
    QStringList members;
    const auto member = [&](const char *key, const QString &json) {
        members.append(indent + u'"' + QLatin1String(key) + u"\": " + json);
    };
    member("jobName", jsonString(request.jobName));
    member("datasetArn", jsonString(request.datasetArn));
    member("dataSource", u"{\n" + indent + indent + u"\"dataLocation\": " +
                             jsonString(request.dataSource.dataLocation.value_or(QString())) +
                             u'\n' + indent + u'}');
    if (request.roleArn)
        member("roleArn", jsonString(*request.roleArn));
    if (request.tags) {
        QStringList tags;
        const QString inner = indent + indent + indent;
        for (const Tag &tag : *request.tags) {
            tags.append(indent + indent + u"{\n" + inner + u"\"tagKey\": " +
                        jsonString(tag.tagKey) + u",\n" + inner + u"\"tagValue\": " +
                        jsonString(tag.tagValue) + u'\n' + indent + indent + u'}');
        }
        member("tags", u"[\n" + tags.join(QLatin1String(",\n")) + u'\n' + indent + u']');
    }
    member("importMode", jsonString(request.importMode.value_or(QString())));
    if (request.publishAttributionMetricsToS3)
        member("publishAttributionMetricsToS3", QStringLiteral("true"));
    return (u"{\n" + members.join(QLatin1String(",\n")) + u"\n}\n").toUtf8();
}

QString CliInputJson::shellQuote(const QString &word)
{
    // Anchored at the very end: "$" would also match before a final line feed.
    static const QRegularExpression safe(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_@%+=:,./-]+")));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString CliInputJson::awsCliCommand(const ImportJobDraft &draft, const QString &region,
                                    const QString &profile)
{
    const CreateDatasetImportJobRequest request = draft.toRequest();
    QStringList lines = {QStringLiteral("aws personalize create-dataset-import-job")};
    const auto option = [&lines](const char *name, const QString &value) {
        lines.append(QLatin1String(name) + u' ' + shellQuote(value));
    };
    option("--job-name", request.jobName);
    option("--dataset-arn", request.datasetArn);
    // Structures go in as JSON, which the CLI recognises by the leading brace or bracket; its
    // shorthand syntax would need escaping of its own for commas and equals signs.
    QJsonObject dataSource;
    dataSource.insert(QLatin1String("dataLocation"),
                      request.dataSource.dataLocation.value_or(QString()));
    option("--data-source", compactJson(dataSource));
    if (request.roleArn)
        option("--role-arn", *request.roleArn);
    if (request.tags)
        option("--tags", compactJson(ApiCodec::toJson(request).value(QLatin1String("tags"))));
    option("--import-mode", request.importMode.value_or(QString()));
    if (request.publishAttributionMetricsToS3)
        lines.append(QStringLiteral("--publish-attribution-metrics-to-s3"));
    if (!region.isEmpty())
        option("--region", region);
    if (!profile.isEmpty())
        option("--profile", profile);
    return lines.join(QLatin1String(" \\\n    "));
}
