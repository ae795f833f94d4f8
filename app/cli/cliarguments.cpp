#include "cli/cliarguments.h"

#include <QHash>
#include <QSet>

namespace {

using Command = CliInvocation::Command;

// Options that take a value, and the commands that accept them (empty: every command).
struct OptionSpec
{
    bool takesValue;
    QList<Command> commands;
};

const QHash<QString, OptionSpec> &optionSpecs()
{
    static const QHash<QString, OptionSpec> specs = {
        {QStringLiteral("profile"), {true, {}}},
        {QStringLiteral("region"), {true, {}}},
        {QStringLiteral("endpoint-url"), {true, {}}},
        {QStringLiteral("output"), {true, {}}},
        {QStringLiteral("debug"), {false, {}}},
        {QStringLiteral("help"), {false, {}}},
        {QStringLiteral("version"), {false, {}}},
        {QStringLiteral("job-name"), {true, {Command::Submit, Command::Check}}},
        {QStringLiteral("data-location"), {true, {Command::Submit, Command::Check}}},
        {QStringLiteral("role-arn"), {true, {Command::Submit, Command::Check}}},
        {QStringLiteral("tag"), {true, {Command::Submit, Command::Check}}},
        {QStringLiteral("import-mode"), {true, {Command::Submit, Command::Check}}},
        {QStringLiteral("publish-attribution-metrics"), {false, {Command::Submit, Command::Check}}},
        {QStringLiteral("cli-input-json"), {true, {Command::Submit, Command::Check}}},
        {QStringLiteral("dry-run"), {false, {Command::Submit}}},
        {QStringLiteral("wait"), {false, {Command::Submit}}},
        {QStringLiteral("queue"), {false, {Command::Submit}}},
        {QStringLiteral("check"), {false, {Command::Submit}}},
        {QStringLiteral("status"), {true, {Command::List}}},
        {QStringLiteral("dataset-arn"), {true, {Command::Submit, Command::Check, Command::List}}},
        {QStringLiteral("timeout"), {true, {Command::Watch, Command::Submit}}},
        {QStringLiteral("interval"), {true, {Command::Watch, Command::Submit}}},
    };
    return specs;
}

std::optional<Command> commandFromName(const QString &name)
{
    static const QHash<QString, Command> commands = {
        {QStringLiteral("submit"), Command::Submit},
        {QStringLiteral("check"), Command::Check},
        {QStringLiteral("describe"), Command::Describe},
        {QStringLiteral("list"), Command::List},
        {QStringLiteral("watch"), Command::Watch},
        {QStringLiteral("datasets"), Command::Datasets},
        {QStringLiteral("help"), Command::Help},
    };
    const auto found = commands.constFind(name);
    if (found == commands.constEnd())
        return std::nullopt;
    return *found;
}

QString commandName(Command command)
{
    switch (command) {
    case Command::Submit:
        return QStringLiteral("submit");
    case Command::Check:
        return QStringLiteral("check");
    case Command::Describe:
        return QStringLiteral("describe");
    case Command::List:
        return QStringLiteral("list");
    case Command::Watch:
        return QStringLiteral("watch");
    case Command::Datasets:
        return QStringLiteral("datasets");
    case Command::Help:
    case Command::Version:
        break;
    }
    return QStringLiteral("help");
}

// The API's status value named by an argument of --status: the value itself in any case, with
// spaces, hyphens or underscores, or a short form.
std::optional<QString> statusFromArgument(const QString &argument)
{
    QString key = argument.trimmed().toUpper();
    key.replace(u'-', u'_');
    key.replace(u' ', u'_');
    static const QHash<QString, QString> statuses = {
        {QStringLiteral("CREATE_PENDING"), QStringLiteral("CREATE PENDING")},
        {QStringLiteral("PENDING"), QStringLiteral("CREATE PENDING")},
        {QStringLiteral("CREATE_IN_PROGRESS"), QStringLiteral("CREATE IN_PROGRESS")},
        {QStringLiteral("IN_PROGRESS"), QStringLiteral("CREATE IN_PROGRESS")},
        {QStringLiteral("ACTIVE"), QStringLiteral("ACTIVE")},
        {QStringLiteral("CREATE_FAILED"), QStringLiteral("CREATE FAILED")},
        {QStringLiteral("FAILED"), QStringLiteral("CREATE FAILED")},
    };
    const auto found = statuses.constFind(key);
    if (found == statuses.cend())
        return std::nullopt;
    return *found;
}

} // namespace

ImportJobDraft CliInvocation::mergedOver(const ImportJobDraft &fromFile) const
{
    ImportJobDraft merged = fromFile;
    const auto given = [this](const char *member) {
        return draftFlagsGiven.contains(QLatin1String(member));
    };
    if (given("jobName"))
        merged.jobName = draft.jobName;
    if (given("datasetArn"))
        merged.datasetArn = draft.datasetArn;
    if (given("dataLocation"))
        merged.dataLocation = draft.dataLocation;
    if (given("roleArn"))
        merged.roleArn = draft.roleArn;
    if (given("tags"))
        merged.tags = draft.tags;
    if (given("importMode"))
        merged.importMode = draft.importMode;
    if (given("publishAttributionMetricsToS3"))
        merged.publishAttributionMetricsToS3 = draft.publishAttributionMetricsToS3;
    return merged;
}

Result<CliInvocation, QString> CliArguments::parse(const QStringList &arguments)
{
    CliInvocation invocation;
    std::optional<Command> command;
    QStringList positional;
    QList<QPair<QString, QString>> options; // in order, value empty for flags

    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"-h") {
            options.append({QStringLiteral("help"), QString()});
            continue;
        }
        if (!argument.startsWith(u"--") || argument == u"--") {
            if (!command && positional.isEmpty()) {
                command = commandFromName(argument);
                if (!command) {
                    return tr("“%1” is not a command. Use one of: submit, describe, list, watch, "
                              "datasets (importdesk-cli --help shows them all).")
                        .arg(argument);
                }
            } else {
                positional.append(argument);
            }
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype equals = name.indexOf(u'='); equals >= 0) {
            value = name.mid(equals + 1);
            name.truncate(equals);
            hasInlineValue = true;
        }
        const auto spec = optionSpecs().constFind(name);
        if (spec == optionSpecs().constEnd())
            return tr("Unknown option --%1 (importdesk-cli --help lists the options).").arg(name);
        if (spec->takesValue && !hasInlineValue) {
            if (i + 1 >= arguments.size())
                return tr("Option --%1 needs a value.").arg(name);
            value = arguments.at(++i);
        } else if (!spec->takesValue && hasInlineValue) {
            return tr("Option --%1 takes no value.").arg(name);
        }
        options.append({name, value});
    }

    invocation.command = command.value_or(Command::Help);
    for (const auto &[name, value] : std::as_const(options)) {
        const OptionSpec &spec = optionSpecs().value(name);
        if (name == u"help") {
            invocation.command = Command::Help;
            return invocation;
        }
        if (name == u"version") {
            invocation.command = Command::Version;
            return invocation;
        }
        if (!spec.commands.isEmpty() && !spec.commands.contains(invocation.command)) {
            return tr("Option --%1 does not apply to “%2”.")
                .arg(name, commandName(invocation.command));
        }
        if (name == u"profile") {
            invocation.profile = value;
        } else if (name == u"region") {
            invocation.region = value;
        } else if (name == u"endpoint-url") {
            invocation.endpointUrl = value;
        } else if (name == u"output") {
            if (value == u"text")
                invocation.output = CliInvocation::Output::Text;
            else if (value == u"json")
                invocation.output = CliInvocation::Output::Json;
            else
                return tr("--output must be text or json, not “%1”.").arg(value);
        } else if (name == u"debug") {
            invocation.debug = true;
        } else if (name == u"job-name") {
            invocation.draft.jobName = value;
            invocation.draftFlagsGiven.append(QStringLiteral("jobName"));
        } else if (name == u"dataset-arn") {
            if (invocation.command == Command::List) {
                invocation.datasetArn = value;
            } else {
                invocation.draft.datasetArn = value;
                invocation.draftFlagsGiven.append(QStringLiteral("datasetArn"));
            }
        } else if (name == u"data-location") {
            invocation.draft.dataLocation = value;
            invocation.draftFlagsGiven.append(QStringLiteral("dataLocation"));
        } else if (name == u"role-arn") {
            invocation.draft.roleArn = value;
            invocation.draftFlagsGiven.append(QStringLiteral("roleArn"));
        } else if (name == u"tag") {
            const qsizetype equals = value.indexOf(u'=');
            if (equals <= 0) {
                return tr("--tag needs KEY=VALUE (for example --tag team=growth), not “%1”.")
                    .arg(value);
            }
            if (!invocation.draftFlagsGiven.contains(u"tags"))
                invocation.draftFlagsGiven.append(QStringLiteral("tags"));
            invocation.draft.tags.append({value.left(equals), value.mid(equals + 1)});
        } else if (name == u"import-mode") {
            // Checked with the other rules, so that the message matches the form's.
            invocation.draft.importMode = value;
            invocation.draftFlagsGiven.append(QStringLiteral("importMode"));
        } else if (name == u"publish-attribution-metrics") {
            invocation.draft.publishAttributionMetricsToS3 = true;
            invocation.draftFlagsGiven.append(QStringLiteral("publishAttributionMetricsToS3"));
        } else if (name == u"cli-input-json") {
            invocation.cliInputJsonFile = value;
        } else if (name == u"dry-run") {
            invocation.dryRun = true;
        } else if (name == u"wait") {
            invocation.wait = true;
        } else if (name == u"queue") {
            invocation.queue = true;
        } else if (name == u"check") {
            invocation.check = true;
        } else if (name == u"status") {
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                const std::optional<QString> status = statusFromArgument(part);
                if (!status) {
                    return tr("--status takes pending, in-progress, active or failed (or the "
                              "service's CREATE PENDING, CREATE IN_PROGRESS, ACTIVE, CREATE "
                              "FAILED), not “%1”.")
                        .arg(part);
                }
                if (!invocation.statuses.contains(*status))
                    invocation.statuses.append(*status);
            }
        } else if (name == u"timeout" || name == u"interval") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            const int minimum = name == u"timeout" ? 0 : 1;
            if (!ok || seconds < minimum || seconds > 7 * 24 * 3600) {
                return tr("--%1 takes a whole number of seconds (at least %2), not “%3”.")
                    .arg(name)
                    .arg(minimum)
                    .arg(value);
            }
            (name == u"timeout" ? invocation.timeout : invocation.interval) =
                std::chrono::seconds(seconds);
        }
    }

    switch (invocation.command) {
    case Command::Describe:
        if (positional.size() != 1)
            return tr("describe takes one import job ARN.");
        invocation.jobArns = positional;
        break;
    case Command::Watch:
        if (positional.isEmpty())
            return tr("watch takes one or more import job ARNs.");
        invocation.jobArns = positional;
        break;
    case Command::Submit:
        if (!positional.isEmpty())
            return tr("submit takes options only; “%1” is not one.").arg(positional.first());
        if (invocation.cliInputJsonFile.isEmpty()) {
            for (const char *member : {"jobName", "datasetArn", "dataLocation"}) {
                if (!invocation.draftFlagsGiven.contains(QLatin1String(member))) {
                    return tr("submit needs --job-name, --dataset-arn and --data-location "
                              "(or a --cli-input-json file).");
                }
            }
        }
        break;
    case Command::Check:
        if (!positional.isEmpty())
            return tr("check takes options only; “%1” is not one.").arg(positional.first());
        if (invocation.cliInputJsonFile.isEmpty()) {
            for (const char *member : {"datasetArn", "dataLocation"}) {
                if (!invocation.draftFlagsGiven.contains(QLatin1String(member))) {
                    return tr("check needs --dataset-arn and --data-location (or a "
                              "--cli-input-json file).");
                }
            }
        }
        break;
    case Command::List:
    case Command::Datasets:
    case Command::Help:
    case Command::Version:
        if (!positional.isEmpty())
            return tr("Unexpected argument “%1”.").arg(positional.first());
        break;
    }
    return invocation;
}

QString CliArguments::usage()
{
    return tr(R"(Usage: importdesk-cli COMMAND [OPTIONS]

Create and follow Amazon Personalize dataset import jobs.

Commands:
  submit      Create a dataset import job
                --job-name NAME --dataset-arn ARN --data-location S3_URI
                [--role-arn ARN] [--tag KEY=VALUE]... [--import-mode FULL|INCREMENTAL]
                [--publish-attribution-metrics] [--cli-input-json FILE]
                [--dry-run] [--check] [--wait] [--queue] [--timeout S] [--interval S]
              Values given as options override those of the --cli-input-json file
              (the format of aws personalize create-dataset-import-job). With --queue,
              a region that already runs 5 imports is waited for until one finishes.
              With --check, the data is checked first and nothing is sent when the
              check finds an error.
  check       Check the data at the location against the dataset's schema before
              importing it, reading a sample of the files with your credentials:
                --dataset-arn ARN --data-location S3_URI [--import-mode FULL|INCREMENTAL]
                [--cli-input-json FILE]
  describe    Show one import job: describe ARN
  list        List the import jobs of the account, or of one dataset:
                list [--dataset-arn ARN] [--status STATUS[,STATUS]...]
              STATUS: pending, in-progress, active or failed
  watch       Wait until every job has finished, showing each change of status:
                watch ARN... [--timeout S] [--interval S]
  datasets    List dataset groups and their datasets

Connection (as with the AWS CLI; default: the AWS configuration files and environment):
  --profile NAME        a profile of ~/.aws/config and ~/.aws/credentials
  --region REGION       for example eu-west-1
  --endpoint-url URL    another endpoint, such as a sandbox: http://127.0.0.1:4576

Other options:
  --output text|json    how results are printed (default text)
  --debug               log each request (secrets are never shown)
  --help, --version

Exit status: 0 done; 1 the request failed; 2 bad arguments or input;
3 watch timed out (or submit --queue found no free slot in time);
4 a watched job ended in CREATE FAILED; 5 the data check found an error.
)");
}
