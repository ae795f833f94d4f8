// What a credential_process command prints (JSON, Version 1), and the command line itself as
// the config file gives it. Input: the command's output; its text is also split as a command
// line.
#include "fuzzinput.h"

#include "aws/credentialprocess.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray output = FuzzInput::bytes(data, size);
    const QDateTime now(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
    const auto parsed = CredentialProcess::parseOutput(output, QStringLiteral("dev"), now);
    if (parsed.ok()) {
        FuzzInput::check(parsed->isValid());
        (void)parsed->describe();
    } else {
        FuzzInput::check(parsed.error().kind == AwsError::Kind::Credentials);
        FuzzInput::check(!parsed.error().message.isEmpty());
    }

    const auto words = CredentialProcess::splitCommandLine(QString::fromUtf8(output));
    if (words.ok())
        FuzzInput::check(!words->isEmpty());
    else
        FuzzInput::check(!words.error().isEmpty());
    return 0;
}
