#pragma once

#include "aws/result.h"
#include "personalize/importjobdraft.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// What one importdesk-cli invocation asks for, read from its command line. Parsing is pure so
// that every usage error has a test and a message that says what to type instead.
struct CliInvocation
{
    enum class Command { Help, Version, Submit, Check, Describe, List, Watch, Datasets };
    enum class Output { Text, Json };

    Command command = Command::Help;
    Output output = Output::Text;

    // Connection: empty means "as the AWS configuration says".
    QString profile;
    QString region;
    QString endpointUrl;
    bool debug = false;

    // submit
    ImportJobDraft draft;
    QString cliInputJsonFile;    // read by the caller; the flags given here win over its values
    QStringList draftFlagsGiven; // which draft members came from flags ("jobName", "tags"…)
    bool dryRun = false;
    bool wait = false;  // submit, then watch the new job
    bool queue = false; // when the region runs as many imports as allowed, wait for a slot
    bool check = false; // check the data first; send nothing when the check finds an error

    // describe / watch
    QStringList jobArns;
    // list
    QString datasetArn;
    QStringList statuses; // API status values to show; empty: all
    // watch
    std::chrono::seconds timeout{0}; // 0 = no limit
    std::chrono::seconds interval{10};

    // Applies the flags over a draft read from --cli-input-json.
    ImportJobDraft mergedOver(const ImportJobDraft &fromFile) const;
};

class CliArguments
{
    Q_DECLARE_TR_FUNCTIONS(CliArguments)

public:
    // `arguments` without the program name. An error is one sentence naming the bad argument.
    static Result<CliInvocation, QString> parse(const QStringList &arguments);
    static QString usage();
};
