#include "personalize/apitypes.h"

ImportJobStatus importJobStatusFromString(const QString &status)
{
    // The service separates verb and state with a space but keeps IN_PROGRESS in one word.
    if (status == u"CREATE PENDING")
        return ImportJobStatus::CreatePending;
    if (status == u"CREATE IN_PROGRESS")
        return ImportJobStatus::CreateInProgress;
    if (status == u"ACTIVE")
        return ImportJobStatus::Active;
    if (status == u"CREATE FAILED")
        return ImportJobStatus::CreateFailed;
    return ImportJobStatus::Unknown;
}

QString importJobStatusToString(ImportJobStatus status)
{
    switch (status) {
    case ImportJobStatus::CreatePending:
        return QStringLiteral("CREATE PENDING");
    case ImportJobStatus::CreateInProgress:
        return QStringLiteral("CREATE IN_PROGRESS");
    case ImportJobStatus::Active:
        return QStringLiteral("ACTIVE");
    case ImportJobStatus::CreateFailed:
        return QStringLiteral("CREATE FAILED");
    case ImportJobStatus::Unknown:
        break;
    }
    return {};
}

bool isTerminal(ImportJobStatus status)
{
    return status == ImportJobStatus::Active || status == ImportJobStatus::CreateFailed;
}

std::optional<ImportMode> importModeFromString(const QString &mode)
{
    if (mode == u"FULL")
        return ImportMode::Full;
    if (mode == u"INCREMENTAL")
        return ImportMode::Incremental;
    return std::nullopt;
}

QString importModeToString(ImportMode mode)
{
    return mode == ImportMode::Incremental ? QStringLiteral("INCREMENTAL") : QStringLiteral("FULL");
}
