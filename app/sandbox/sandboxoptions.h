#pragma once

#include "aws/result.h"
#include "sandbox/sandboxdefaults.h"
#include "sandbox/sandboxtypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

// How a sandbox endpoint behaves: who may call it, where its data lives, how fast its jobs
// run and which faults it injects. Filled from the importdesk-sandbox command line or by the
// app when it starts the sandbox in-process.
struct SandboxOptions
{
    Q_DECLARE_TR_FUNCTIONS(SandboxOptions)

public:
    quint16 port = SandboxDefaults::kPort; // 0 = any free port
    QString accessKeyId = SandboxDefaults::kAccessKeyId;
    QString secretAccessKey = SandboxDefaults::kSecretAccessKey;
    QString region = SandboxDefaults::kRegion;
    QString accountId = SandboxDefaults::kAccountId;
    double timeScale = SandboxDefaults::kTimeScale; // 100 = jobs run 100 times faster
    double throttleRate = 0.0;                      // share of requests answered with throttling
    double errorRate = 0.0;                         // share answered with a 500/503
    double dropRate = 0.0;       // share processed, then closed without an answer
    double truncateRate = 0.0;   // share processed, then closed halfway through the answer
    int latencyMs = 0;           // added before every answer
    qint64 clockSkewSeconds = 0; // the sandbox clock runs this far ahead (negative: behind)
    quint64 seed = SandboxDefaults::kSeed;
    QString stateFile; // loaded at start when present, rewritten after every change
    int maxRunning = SandboxDefaults::kMaxRunning;
    // Extra finished jobs seeded over the past months, so that a large account can be tried.
    int historyJobs = 0;
    bool verbose = false;
    // How IAM Identity Center device sign-ins end: "approve" (at the second poll), "deny" or
    // "expire".
    QString ssoSignIn = QStringLiteral("approve");
    // How long temporary credentials it hands out (AWS STS, IAM Identity Center) stay valid,
    // in seconds; 0: as asked (STS DurationSeconds, default one hour). Short lifetimes let
    // refreshing be tried.
    qint64 temporaryCredentialsSeconds = 0;
    // A folder whose subfolders are served as S3 buckets; empty: the built-in demo bucket.
    QString s3Root;
    // Not on the command line: tests shorten the timeouts.
    SandboxConnectionLimits connectionLimits;

    // Declares every option (and --help) on the parser, with defaults in the descriptions.
    static void addTo(QCommandLineParser &parser);
    // Reads the options from a parser that has processed the command line; an error names the
    // option and the accepted values.
    static Result<SandboxOptions, QString> fromParser(const QCommandLineParser &parser);
    // Parses a whole argument list (the first entry is the program name); for tests and the app.
    static Result<SandboxOptions, QString> fromArguments(const QStringList &arguments);
};
