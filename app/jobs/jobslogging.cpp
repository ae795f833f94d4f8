#include "jobs/jobslogging.h"

Q_LOGGING_CATEGORY(lcJobs, "importdesk.jobs", QtWarningMsg)
