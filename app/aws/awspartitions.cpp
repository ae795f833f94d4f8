#include "aws/awspartitions.h"

#include "aws/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

Result<AwsPartitions, QString> AwsPartitions::load(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return tr("The partitions file is not a valid JSON object (%1). Reinstall Import Desk or "
                  "replace the file with an unmodified copy.")
            .arg(parseError.errorString());
    }
    AwsPartitions table;
    for (const QJsonValue &value : document.object().value(u"partitions").toArray()) {
        const QJsonObject object = value.toObject();
        Entry entry;
        const QString id = object.value(u"id").toString();
        // Python's re, which botocore uses, matches \w and \d against Unicode.
        entry.regionRegex = QRegularExpression(object.value(u"regionRegex").toString(),
                                               QRegularExpression::UseUnicodePropertiesOption);
        QJsonObject outputs = object.value(u"outputs").toObject();
        if (id.isEmpty() || !entry.regionRegex.isValid() || outputs.isEmpty()) {
            return tr("The partitions file has an entry without an id, a valid region pattern "
                      "or outputs.");
        }
        outputs.insert(QStringLiteral("name"), id);
        const QJsonObject regions = object.value(u"regions").toObject();
        for (auto it = regions.begin(); it != regions.end(); ++it)
            entry.regions.insert(it.key());
        entry.partition.name = id;
        entry.partition.dnsSuffix = outputs.value(u"dnsSuffix").toString();
        entry.partition.dualStackDnsSuffix = outputs.value(u"dualStackDnsSuffix").toString();
        entry.partition.implicitGlobalRegion = outputs.value(u"implicitGlobalRegion").toString();
        entry.partition.supportsFips = outputs.value(u"supportsFIPS").toBool();
        entry.partition.supportsDualStack = outputs.value(u"supportsDualStack").toBool();
        entry.partition.outputs = outputs;
        table.m_entries.append(entry);
    }
    if (table.m_entries.isEmpty())
        return tr("The partitions file lists no partitions.");
    return table;
}

const AwsPartitions &AwsPartitions::embedded()
{
    static const AwsPartitions table = [] {
        QFile file(QStringLiteral(":/aws/partitions.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcAwsConfig, "The embedded partition table is missing");
            return AwsPartitions();
        }
        auto loaded = load(file.readAll());
        if (!loaded.ok()) {
            qCWarning(lcAwsConfig).noquote()
                << "The embedded partition table is unusable:" << loaded.error();
            return AwsPartitions();
        }
        return std::move(loaded).value();
    }();
    return table;
}

std::optional<AwsPartition> AwsPartitions::forRegion(const QString &region) const
{
    for (const Entry &entry : m_entries) {
        // re.match: anchored at the start; the patterns anchor their end themselves.
        if (entry.regions.contains(region) ||
            entry.regionRegex
                .match(region, 0, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch()) {
            return entry.partition;
        }
    }
    return std::nullopt;
}

AwsPartition AwsPartitions::forRegionOrFirst(const QString &region) const
{
    if (std::optional<AwsPartition> partition = forRegion(region))
        return *partition;
    return m_entries.isEmpty() ? AwsPartition() : m_entries.first().partition;
}

QList<AwsPartition> AwsPartitions::partitions() const
{
    QList<AwsPartition> list;
    list.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        list.append(entry.partition);
    return list;
}
