#pragma once

#include <QLoggingCategory>

// importdesk.jobs: the job store, the outbox and the tracker.
Q_DECLARE_LOGGING_CATEGORY(lcJobs)
