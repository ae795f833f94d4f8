#include "sandbox/sandboxoptions.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

QCommandLineOption option(const QString &name, const QString &description,
                          const QString &valueName = {})
{
    return valueName.isEmpty() ? QCommandLineOption(name, description)
                               : QCommandLineOption(name, description, valueName);
}

// A probability given on the command line, e.g. --throttle-rate 0.2.
Result<double, QString> readRate(const QCommandLineParser &parser, const QString &name,
                                 double fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = parser.value(name);
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0)) {
        return SandboxOptions::tr("--%1 must be a number from 0 to 1 (a share of the requests), "
                                  "not “%2”.")
            .arg(name, text);
    }
    return value;
}

Result<qint64, QString> readInteger(const QCommandLineParser &parser, const QString &name,
                                    qint64 fallback, qint64 minimum, qint64 maximum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = parser.value(name);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum) {
        return SandboxOptions::tr("--%1 must be a whole number from %2 to %3, not “%4”.")
            .arg(name)
            .arg(minimum)
            .arg(maximum)
            .arg(text);
    }
    return value;
}

} // namespace

void SandboxOptions::addTo(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("A local endpoint that speaks the Amazon Personalize API for dataset import jobs, "
           "for demonstrations and tests without an AWS account. Point a client at "
           "http://127.0.0.1:PORT with the sandbox credentials below."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(option(
        QStringLiteral("port"),
        tr("TCP port on 127.0.0.1; 0 picks a free port (default %1).").arg(SandboxDefaults::kPort),
        QStringLiteral("N")));
    parser.addOption(option(
        QStringLiteral("access-key-id"),
        tr("Access key id clients must sign with (default %1).").arg(SandboxDefaults::kAccessKeyId),
        QStringLiteral("ID")));
    parser.addOption(option(QStringLiteral("secret-access-key"),
                            tr("Secret access key clients must sign with (default: the published "
                               "demo secret %1).")
                                .arg(SandboxDefaults::kSecretAccessKey),
                            QStringLiteral("SECRET")));
    parser.addOption(option(
        QStringLiteral("region"),
        tr("Region of the endpoint and of its ARNs (default %1).").arg(SandboxDefaults::kRegion),
        QStringLiteral("REGION")));
    parser.addOption(option(
        QStringLiteral("account-id"),
        tr("Twelve-digit account id used in ARNs (default %1).").arg(SandboxDefaults::kAccountId),
        QStringLiteral("ID")));
    parser.addOption(option(QStringLiteral("time-scale"),
                            tr("How much faster than real time jobs run. 1 = a job waits about "
                               "10 s, then runs about a minute; 100 = a hundred times faster "
                               "(default 1)."),
                            QStringLiteral("X")));
    parser.addOption(option(QStringLiteral("throttle-rate"),
                            tr("Share of requests answered with ThrottlingException, 0 to 1."),
                            QStringLiteral("P")));
    parser.addOption(option(QStringLiteral("error-rate"),
                            tr("Share of requests answered with a 500 or 503 error, 0 to 1."),
                            QStringLiteral("P")));
    parser.addOption(option(QStringLiteral("drop-rate"),
                            tr("Share of requests carried out and then closed without an answer, "
                               "0 to 1."),
                            QStringLiteral("P")));
    parser.addOption(option(QStringLiteral("truncate-rate"),
                            tr("Share of requests carried out and then answered in part: the "
                               "headers and half the body, then the connection closes, 0 to 1."),
                            QStringLiteral("P")));
    parser.addOption(option(QStringLiteral("latency-ms"),
                            tr("Delay added before every answer, in milliseconds."),
                            QStringLiteral("N")));
    parser.addOption(option(QStringLiteral("clock-skew-s"),
                            tr("Run the sandbox clock N seconds ahead (negative: behind). It "
                               "judges X-Amz-Date and writes the Date header."),
                            QStringLiteral("N")));
    parser.addOption(option(QStringLiteral("seed"),
                            tr("Seed of every random choice: sample data, job durations, faults "
                               "(default %1).")
                                .arg(SandboxDefaults::kSeed),
                            QStringLiteral("N")));
    parser.addOption(option(QStringLiteral("state"),
                            tr("JSON file holding the sandbox data: loaded at start when it "
                               "exists, rewritten after every change."),
                            QStringLiteral("FILE")));
    parser.addOption(option(QStringLiteral("max-running"),
                            tr("How many import jobs may be pending or in progress at once "
                               "(default %1).")
                                .arg(SandboxDefaults::kMaxRunning),
                            QStringLiteral("N")));
    parser.addOption(option(QStringLiteral("history"),
                            tr("Seed N more finished import jobs, spread over the datasets and "
                               "the past six months, to try a large account (default 0)."),
                            QStringLiteral("N")));
    parser.addOption(option(QStringLiteral("sso-sign-in"),
                            tr("How IAM Identity Center device sign-ins end: approve (at the "
                               "second poll), deny or expire (default approve)."),
                            QStringLiteral("OUTCOME")));
    parser.addOption(option(QStringLiteral("temporary-credentials-lifetime"),
                            tr("Seconds that temporary credentials from AWS STS and IAM Identity "
                               "Center stay valid, to try refreshing (default: as requested, "
                               "one hour unless asked otherwise)."),
                            QStringLiteral("SECONDS")));
    parser.addOption(option(QStringLiteral("s3-root"),
                            tr("Serve the folders in DIR as S3 buckets (read-only, path-style "
                               "URLs): each folder is a bucket, the files below it are its "
                               "objects. Import jobs on s3://BUCKET/… then succeed or fail on "
                               "what the files hold. Without it the built-in demo bucket "
                               "importdesk-demo is served."),
                            QStringLiteral("DIR")));
    parser.addOption(option(QStringLiteral("verbose"), tr("Log every request to stderr.")));
}

Result<SandboxOptions, QString> SandboxOptions::fromParser(const QCommandLineParser &parser)
{
    SandboxOptions options;
    if (!parser.positionalArguments().isEmpty()) {
        return tr("Unexpected argument “%1”; see --help.")
            .arg(parser.positionalArguments().constFirst());
    }

    const auto port = readInteger(parser, QStringLiteral("port"), options.port, 0, 65535);
    if (!port)
        return port.error();
    options.port = static_cast<quint16>(port.value());

    if (parser.isSet(QStringLiteral("access-key-id")))
        options.accessKeyId = parser.value(QStringLiteral("access-key-id")).trimmed();
    if (parser.isSet(QStringLiteral("secret-access-key")))
        options.secretAccessKey = parser.value(QStringLiteral("secret-access-key"));
    if (options.accessKeyId.isEmpty() || options.secretAccessKey.isEmpty())
        return tr("--access-key-id and --secret-access-key must not be empty.");

    if (parser.isSet(QStringLiteral("region")))
        options.region = parser.value(QStringLiteral("region")).trimmed();
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}(-[a-z]+)+-\\d+$"));
    if (!regionPattern.match(options.region).hasMatch())
        return tr("--region must be a region code such as us-east-1, not “%1”.")
            .arg(options.region);

    if (parser.isSet(QStringLiteral("account-id")))
        options.accountId = parser.value(QStringLiteral("account-id")).trimmed();
    static const QRegularExpression accountPattern(QStringLiteral("^\\d{12}$"));
    if (!accountPattern.match(options.accountId).hasMatch())
        return tr("--account-id must be twelve digits, not “%1”.").arg(options.accountId);

    if (parser.isSet(QStringLiteral("time-scale"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("time-scale"));
        options.timeScale = text.toDouble(&ok);
        if (!ok || !(options.timeScale >= 0.001 && options.timeScale <= 1000000.0))
            return tr("--time-scale must be a number from 0.001 to 1000000, not “%1”.").arg(text);
    }

    const auto throttle = readRate(parser, QStringLiteral("throttle-rate"), options.throttleRate);
    if (!throttle)
        return throttle.error();
    options.throttleRate = throttle.value();
    const auto error = readRate(parser, QStringLiteral("error-rate"), options.errorRate);
    if (!error)
        return error.error();
    options.errorRate = error.value();
    const auto drop = readRate(parser, QStringLiteral("drop-rate"), options.dropRate);
    if (!drop)
        return drop.error();
    options.dropRate = drop.value();
    const auto truncate = readRate(parser, QStringLiteral("truncate-rate"), options.truncateRate);
    if (!truncate)
        return truncate.error();
    options.truncateRate = truncate.value();
    if (options.throttleRate + options.errorRate > 1.0)
        return tr("--throttle-rate and --error-rate together must not exceed 1.");
    if (options.dropRate + options.truncateRate > 1.0)
        return tr("--drop-rate and --truncate-rate together must not exceed 1.");

    const auto latency = readInteger(parser, QStringLiteral("latency-ms"), 0, 0, 600000);
    if (!latency)
        return latency.error();
    options.latencyMs = static_cast<int>(latency.value());

    const auto skew = readInteger(parser, QStringLiteral("clock-skew-s"), 0, -10 * 365 * 86400LL,
                                  10 * 365 * 86400LL);
    if (!skew)
        return skew.error();
    options.clockSkewSeconds = skew.value();

    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("seed"));
        options.seed = text.toULongLong(&ok);
        if (!ok)
            return tr("--seed must be a non-negative whole number, not “%1”.").arg(text);
    }

    if (parser.isSet(QStringLiteral("state"))) {
        options.stateFile = parser.value(QStringLiteral("state"));
        if (options.stateFile.isEmpty())
            return tr("--state needs a file name.");
    }

    const auto maxRunning =
        readInteger(parser, QStringLiteral("max-running"), options.maxRunning, 1, 1000);
    if (!maxRunning)
        return maxRunning.error();
    options.maxRunning = static_cast<int>(maxRunning.value());

    const auto history = readInteger(parser, QStringLiteral("history"), options.historyJobs, 0,
                                     SandboxDefaults::kMaxHistoryJobs);
    if (!history)
        return history.error();
    options.historyJobs = static_cast<int>(history.value());

    if (parser.isSet(QStringLiteral("sso-sign-in"))) {
        options.ssoSignIn = parser.value(QStringLiteral("sso-sign-in")).trimmed();
        if (!QStringList{QStringLiteral("approve"), QStringLiteral("deny"),
                         QStringLiteral("expire")}
                 .contains(options.ssoSignIn)) {
            return tr("--sso-sign-in must be approve, deny or expire, not “%1”.")
                .arg(options.ssoSignIn);
        }
    }

    const auto lifetime =
        readInteger(parser, QStringLiteral("temporary-credentials-lifetime"), 0, 1, 43200);
    if (!lifetime)
        return lifetime.error();
    options.temporaryCredentialsSeconds = lifetime.value();

    if (parser.isSet(QStringLiteral("s3-root"))) {
        options.s3Root = parser.value(QStringLiteral("s3-root"));
        if (options.s3Root.isEmpty() || !QFileInfo(options.s3Root).isDir())
            return tr("--s3-root must name a folder, not “%1”.").arg(options.s3Root);
    }

    options.verbose = parser.isSet(QStringLiteral("verbose"));
    return options;
}

Result<SandboxOptions, QString> SandboxOptions::fromArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    addTo(parser);
    if (!parser.parse(arguments))
        return parser.errorText();
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")))
        return tr("--help and --version are handled by the program, not here.");
    return fromParser(parser);
}
