// The --cli-input-json document of `aws personalize create-dataset-import-job`. Input: the
// document.
#include "fuzzinput.h"

#include "aws/credentialprocess.h"
#include "personalize/cliinputjson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = CliInputJson::parse(FuzzInput::bytes(data, size));
    if (!parsed.ok()) {
        FuzzInput::check(!parsed.error().isEmpty());
        return 0;
    }
    // What is written reads back as the same request, and writes the same document again.
    const QByteArray written = CliInputJson::write(parsed.value());
    const auto again = CliInputJson::parse(written);
    FuzzInput::check(again.ok());
    FuzzInput::check(again->toRequest() == parsed->toRequest());
    FuzzInput::check(CliInputJson::write(again.value()) == written);

    (void)CliInputJson::awsCliCommand(parsed.value(), QStringLiteral("eu-west-1"),
                                      QStringLiteral("dev"));
    // A quoted word is one word again for a POSIX shell (the same splitting credential_process
    // command lines get).
    for (const QString &word : {parsed->jobName, parsed->datasetArn, parsed->dataLocation}) {
        if (word.isEmpty())
            continue;
        const auto split = CredentialProcess::splitCommandLine(CliInputJson::shellQuote(word));
        FuzzInput::check(split.ok() && split.value() == QStringList{word});
    }
    return 0;
}
