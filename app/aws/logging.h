#pragma once

#include <QLoggingCategory>
#include <QString>

// Logging categories of the AWS request layer. Enable with QT_LOGGING_RULES, e.g.
// "importdesk.aws.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcAws)            // importdesk.aws: calls and their outcome
Q_DECLARE_LOGGING_CATEGORY(lcAwsSigning)     // importdesk.aws.signing
Q_DECLARE_LOGGING_CATEGORY(lcAwsCredentials) // importdesk.aws.credentials
Q_DECLARE_LOGGING_CATEGORY(lcAwsConfig)      // importdesk.aws.config
Q_DECLARE_LOGGING_CATEGORY(lcAwsRetry)       // importdesk.aws.retry

// Every log line that may carry request data goes through redact(): it removes secret keys,
// session tokens, bearer tokens, Authorization signatures and X-Amz-Security-Token values.
// Text from outside (a server, a helper program) goes through forDisplay() before it is shown.
namespace Redaction {

// Returns `text` with every known secret and every secret-looking field masked.
QString redact(const QString &text);
QString redact(const QByteArray &text);

// Replaces control characters (C0, DEL, C1, and the bidirectional overrides that reorder
// what a terminal shows) with visible escapes such as "\x1b" or "\u202e", so that text from a
// server cannot move the cursor, recolour or rewrite a terminal. Line feeds and tabs are kept
// when `keepLineBreaks` is true.
QString escapeControlCharacters(const QString &text, bool keepLineBreaks = false);

// redact() then escapeControlCharacters(): for any outside text printed to a terminal or log.
QString forDisplay(const QString &text, bool keepLineBreaks = false);

// Remembers a secret value so that redact() masks it wherever it appears later, even inside
// free text such as a credential_process error output. Values shorter than 8 characters are
// ignored (they would mask ordinary words).
void registerSecret(const QString &secret);

// Installs a Qt message handler that passes every message through redact() before the
// previous handler sees it. Called once by each executable's main(). The handler stays valid
// until the process ends, including while static objects are destroyed.
void installMessageFilter();

} // namespace Redaction
