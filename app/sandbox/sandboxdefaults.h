#pragma once

#include <QLatin1String>
#include <QtGlobal>

// The sandbox's documented defaults, in one place so that the GUI, the README and the
// importdesk-sandbox help text all show the same values. The credentials only open the local
// sandbox: they are published on purpose and are not AWS credentials.
namespace SandboxDefaults {

// Not 4566 (LocalStack's port), so both can run side by side.
inline constexpr quint16 kPort = 4576;
inline constexpr QLatin1String kAccessKeyId("AKIAIMPORTDESKSANDBOX");
inline constexpr QLatin1String kSecretAccessKey("importdesk/sandbox/DEMO+secret/not-an-aws-key0");
inline constexpr QLatin1String kRegion("us-east-1");
inline constexpr QLatin1String kAccountId("111122223333");
inline constexpr double kTimeScale = 1.0;
inline constexpr quint64 kSeed = 20240501;
inline constexpr int kMaxRunning = 5;
inline constexpr int kMaxHistoryJobs = 1000000;

} // namespace SandboxDefaults
