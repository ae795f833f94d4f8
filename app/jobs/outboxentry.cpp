#include "outboxentry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct StateName
{
    OutboxState state;
    const char *name;
};

constexpr StateName kStates[] = {
    {OutboxState::Pending, "pending"},     {OutboxState::Sent, "sent"},
    {OutboxState::Confirmed, "confirmed"}, {OutboxState::Failed, "failed"},
    {OutboxState::Unsent, "unsent"},
};

} // namespace

QString OutboxEntry::stateName(OutboxState state)
{
    for (const StateName &entry : kStates) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<OutboxState> OutboxEntry::stateFromName(const QString &name)
{
    for (const StateName &entry : kStates) {
        if (name == QLatin1String(entry.name))
            return entry.state;
    }
    return std::nullopt;
}

QByteArray OutboxEntry::draftToJson(const ImportJobDraft &draft)
{
    // The draft exactly as typed (untrimmed, blank tag rows kept), so a resubmission or a
    // clone shows the user what they entered.
    QJsonArray tags;
    for (const auto &[key, value] : draft.tags)
        tags.append(QJsonArray{key, value});
    const QJsonObject object{
        {QStringLiteral("jobName"), draft.jobName},
        {QStringLiteral("datasetArn"), draft.datasetArn},
        {QStringLiteral("dataLocation"), draft.dataLocation},
        {QStringLiteral("roleArn"), draft.roleArn},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("importMode"), draft.importMode},
        {QStringLiteral("publishAttributionMetricsToS3"), draft.publishAttributionMetricsToS3},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ImportJobDraft> OutboxEntry::draftFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    ImportJobDraft draft;
    draft.jobName = object.value(QStringLiteral("jobName")).toString();
    draft.datasetArn = object.value(QStringLiteral("datasetArn")).toString();
    draft.dataLocation = object.value(QStringLiteral("dataLocation")).toString();
    draft.roleArn = object.value(QStringLiteral("roleArn")).toString();
    const QJsonArray tags = object.value(QStringLiteral("tags")).toArray();
    for (const QJsonValue &tag : tags) {
        const QJsonArray pair = tag.toArray();
        draft.tags.append({pair.at(0).toString(), pair.at(1).toString()});
    }
    draft.importMode = object.value(QStringLiteral("importMode")).toString(draft.importMode);
    draft.publishAttributionMetricsToS3 =
        object.value(QStringLiteral("publishAttributionMetricsToS3")).toBool();
    return draft;
}
