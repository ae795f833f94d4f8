// The answer of AWS STS to AssumeRole. Input: the XML body as received.
#include "fuzzinput.h"

#include "aws/stsclient.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const StsClient::CredentialsResult result =
        StsClient::parseAssumeRoleResponse(FuzzInput::bytes(data, size));
    if (result.ok()) {
        // Credentials come whole, with an expiry, or not at all.
        FuzzInput::check(result->isValid() && result->isTemporary());
        FuzzInput::check(result->expiration.has_value() && result->expiration->isValid());
        (void)result->describe();
    } else {
        FuzzInput::check(result.error().kind == AwsError::Kind::InvalidResponse);
        FuzzInput::check(!result.error().message.isEmpty());
        (void)result.error().summary();
    }
    return 0;
}
