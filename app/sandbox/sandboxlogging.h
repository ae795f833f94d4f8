#pragma once

#include <QLoggingCategory>

// importdesk.sandbox: requests (with --verbose), refused connections and state file problems.
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
