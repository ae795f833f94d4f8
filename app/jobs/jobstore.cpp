#include "jobs/jobstore.h"

JobStore::~JobStore() = default;

JobStore::StoreResult<bool> JobStore::markSent(qint64 id)
{
    return setOutboxState(id, OutboxState::Sent, {}, {}, true);
}

JobStore::StoreResult<bool> JobStore::confirm(qint64 id, const QString &jobArn)
{
    return setOutboxState(id, OutboxState::Confirmed, {}, jobArn, false);
}

JobStore::StoreResult<bool> JobStore::fail(qint64 id, const QString &error)
{
    return setOutboxState(id, OutboxState::Failed, error, {}, false);
}

JobStore::StoreResult<bool> JobStore::markUnsent(qint64 id)
{
    return setOutboxState(id, OutboxState::Unsent, {}, {}, false);
}

JobStore::StoreResult<bool> JobStore::markQueued(qint64 id)
{
    return setOutboxState(id, OutboxState::Queued, {}, {}, false);
}

JobStore::StoreResult<QList<OutboxEntry>> JobStore::pendingRows() const
{
    return selectOutbox({OutboxState::Pending, OutboxState::Sent});
}

JobStore::StoreResult<QList<OutboxEntry>> JobStore::outboxRows(OutboxState state) const
{
    return selectOutbox({state});
}
