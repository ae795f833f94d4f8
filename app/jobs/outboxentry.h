#pragma once

#include "personalize/datacheckreport.h"
#include "personalize/importjobdraft.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

// Where a submission stands. Pending: written, not yet handed to the network. Sent: the
// request may have reached the service. Confirmed: the service returned the job's ARN (or the
// job was found by name). Failed: the service refused it. Unsent: a start-up check found no
// such job, so it can be offered for resubmission. Queued: waiting for its region to run fewer
// imports than the service allows at once; sent in order when one finishes.
enum class OutboxState { Pending, Sent, Confirmed, Failed, Unsent, Queued };

// One submission in the outbox: what the user asked for, kept before the request is sent so
// that a crash or a lost answer never loses it or sends it twice.
struct OutboxEntry
{
    qint64 id = 0;
    ImportJobDraft draft;
    QString region;
    QString profile;
    OutboxState state = OutboxState::Pending;
    int attempts = 0;
    QString error;
    QString jobArn;
    QDateTime created;
    QDateTime updated;
    // The data check the user ran on the draft before submitting it, if any; the job keeps it.
    std::optional<DataCheckReport> dataCheck;

    // Pending or sent: the outcome is not known yet.
    bool isOpen() const { return state == OutboxState::Pending || state == OutboxState::Sent; }

    static QString stateName(OutboxState state); // "pending", "sent"…
    static std::optional<OutboxState> stateFromName(const QString &name);
    static QByteArray draftToJson(const ImportJobDraft &draft);
    static std::optional<ImportJobDraft> draftFromJson(const QByteArray &json);
    // A report as the job history keeps it: compact JSON text; a null string for none.
    static QString dataCheckToJson(const std::optional<DataCheckReport> &report);
    // std::nullopt for an empty text and for text that is not a report.
    static std::optional<DataCheckReport> dataCheckFromJson(const QString &json);

    bool operator==(const OutboxEntry &) const = default;
};

Q_DECLARE_METATYPE(OutboxEntry)
