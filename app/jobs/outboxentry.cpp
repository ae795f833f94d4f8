#include "jobs/outboxentry.h"

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
    {OutboxState::Unsent, "unsent"},       {OutboxState::Queued, "queued"},
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
    return QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact);
}

std::optional<ImportJobDraft> OutboxEntry::draftFromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return ImportJobDraft::fromJson(document.object());
}

QString OutboxEntry::dataCheckToJson(const std::optional<DataCheckReport> &report)
{
    if (!report)
        return {};
    return QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Compact));
}

std::optional<DataCheckReport> OutboxEntry::dataCheckFromJson(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return DataCheckReport::fromJson(document.object());
}
