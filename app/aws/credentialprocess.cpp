#include "aws/credentialprocess.h"

#include "aws/boundedfile.h"
#include "aws/errorparser.h"
#include "aws/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace {

AwsError credentialsError(const QString &message)
{
    return AwsError::make(AwsError::Kind::Credentials, message);
}

// How a JSON value looks, without quoting it: the output may hold secrets.
QString describeJsonType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return CredentialProcess::tr("null");
    case QJsonValue::Bool:
        return CredentialProcess::tr("a true/false value");
    case QJsonValue::Double:
        return CredentialProcess::tr("the number %1").arg(value.toDouble(), 0, 'g', 15);
    case QJsonValue::String:
        return CredentialProcess::tr("a text");
    case QJsonValue::Array:
        return CredentialProcess::tr("a list");
    case QJsonValue::Object:
        return CredentialProcess::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return CredentialProcess::tr("nothing");
}

} // namespace

CredentialProcess::CredentialProcess(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CredentialProcess::onTimeout);
}

CredentialProcess::~CredentialProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        killProcessTree();
    }
}

Result<QStringList, QString> CredentialProcess::splitCommandLine(const QString &commandLine)
{
    enum class Quote { None, Single, Double };
    QStringList words;
    QString word;
    bool inWord = false; // true once a word started, so that "" gives an empty argument
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < commandLine.size(); ++i) {
        const QChar c = commandLine.at(i);
        switch (quote) {
        case Quote::None:
            if (c.isSpace()) {
                if (inWord)
                    words.append(word);
                word.clear();
                inWord = false;
            } else if (c == u'\\') {
                if (i + 1 >= commandLine.size())
                    return Result<QStringList, QString>(tr("it ends with a lone backslash"));
                word += commandLine.at(++i);
                inWord = true;
            } else if (c == u'\'') {
                quote = Quote::Single;
                inWord = true;
            } else if (c == u'"') {
                quote = Quote::Double;
                inWord = true;
            } else {
                word += c;
                inWord = true;
            }
            break;
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                word += c;
            break;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < commandLine.size() &&
                       QStringView(u"\\\"$`\n").contains(commandLine.at(i + 1))) {
                word += commandLine.at(++i);
            } else {
                word += c;
            }
            break;
        }
    }
    if (quote != Quote::None)
        return Result<QStringList, QString>(tr("a quotation mark is not closed"));
    if (inWord)
        words.append(word);
    if (words.isEmpty())
        return Result<QStringList, QString>(tr("the command is empty"));
    return words;
}

Result<AwsCredentials, AwsError> CredentialProcess::parseOutput(const QByteArray &output,
                                                                const QString &profileName,
                                                                const QDateTime &now)
{
    using R = Result<AwsCredentials, AwsError>;
    const QString what = tr("The credential_process of profile \"%1\"").arg(profileName);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output.trimmed(), &parseError);
    // The output may hold secrets, so only the parser's complaint is quoted.
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return R(credentialsError(
            tr("%1 did not print a JSON object (%2). Check that the command prints credentials "
               "in the Version 1 format.")
                .arg(what, parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                        : tr("not an object"))));
    }
    const QJsonObject json = document.object();
    // Registered before any member is checked, so that no message or log line built from this
    // output can show them.
    AwsCredentials credentials;
    credentials.accessKeyId = json.value(u"AccessKeyId").toString();
    credentials.secretAccessKey = json.value(u"SecretAccessKey").toString();
    credentials.sessionToken = json.value(u"SessionToken").toString();
    credentials.accountId = json.value(u"AccountId").toString();
    credentials.source = tr("credential_process of profile %1").arg(profileName);
    Redaction::registerSecret(credentials.secretAccessKey);
    Redaction::registerSecret(credentials.sessionToken);

    const QJsonValue version = json.value(u"Version");
    if (!version.isDouble() || version.toDouble() != 1.0) {
        // A number is shown; anything else only by its type, since it may be a secret.
        const QString shown = version.isUndefined()
                                  ? tr("no Version")
                                  : tr("a Version that is %1").arg(describeJsonType(version));
        return R(credentialsError(tr("%1 printed %2; only Version 1 (the number 1) is supported. "
                                     "Update the command or its configuration.")
                                      .arg(what, shown)));
    }
    QStringList missing;
    if (credentials.accessKeyId.isEmpty())
        missing.append(QStringLiteral("AccessKeyId"));
    if (credentials.secretAccessKey.isEmpty())
        missing.append(QStringLiteral("SecretAccessKey"));
    if (!missing.isEmpty()) {
        return R(credentialsError(tr("%1 printed no %2. Check the command's output format.")
                                      .arg(what, missing.join(tr(" and ")))));
    }
    const QJsonValue expiration = json.value(u"Expiration");
    if (!expiration.isUndefined() && !expiration.isNull()) {
        const QString expected = tr("It must be an ISO 8601 date and time in UTC, such as "
                                    "2026-01-01T12:00:00Z.");
        if (!expiration.isString()) {
            return R(credentialsError(tr("%1 printed an Expiration that is %2, not a text. %3")
                                          .arg(what, describeJsonType(expiration), expected)));
        }
        const QDateTime expires =
            QDateTime::fromString(expiration.toString(), Qt::ISODateWithMs).toUTC();
        if (!expires.isValid()) {
            const QString shown =
                ErrorParser::shortened(Redaction::redact(expiration.toString()), 40);
            return R(credentialsError(
                tr("%1 printed the Expiration \"%2\", which is not a date and time. %3")
                    .arg(what, shown, expected)));
        }
        if (expires <= now) {
            return R(credentialsError(tr("%1 returned credentials that expired at %2. Check the "
                                         "command, and that this computer's clock is right.")
                                          .arg(what, expires.toString(Qt::ISODate))));
        }
        credentials.expiration = expires;
    }
    return credentials;
}

void CredentialProcess::start(const QString &commandLine, const QString &profileName, Callback done)
{
    if (m_done) {
        QMetaObject::invokeMethod(
            this,
            [done, profileName] {
                done(credentialsError(tr("The credential_process of profile \"%1\" is already "
                                         "running.")
                                          .arg(profileName)));
            },
            Qt::QueuedConnection);
        return;
    }
    m_done = std::move(done);
    m_profile = profileName;
    const Result<QStringList, QString> words = splitCommandLine(commandLine);
    if (!words.ok()) {
        const AwsError error = credentialsError(
            tr("The credential_process of profile \"%1\" cannot be used: %2. Correct it in the "
               "config file.")
                .arg(profileName, words.error()));
        QMetaObject::invokeMethod(
            this, [this, error] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    m_program = words->first();
    m_output.clear();
    m_errorOutput.clear();
    m_process = new QProcess(this);
#ifdef Q_OS_WIN
    // As the AWS CLI does on Windows: cmd finds the program and runs scripts and built-ins.
    m_process->setProgram(QStringLiteral("cmd.exe"));
    m_process->setNativeArguments(QStringLiteral("/C ") + commandLine);
#else
    m_process->setProgram(m_program);
    m_process->setArguments(words->mid(1));
    // A session (and process group) of its own: stopping the command then reaches everything
    // it started, and it cannot wait for input on this terminal.
    m_process->setChildProcessModifier([] { ::setsid(); });
#endif
    m_process->setProcessEnvironment(m_environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // Both outputs are read as they arrive, so that their caps hold while the command runs.
    m_process->setReadChannel(QProcess::StandardOutput);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &CredentialProcess::onReadyReadOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            &CredentialProcess::onReadyReadError);
    connect(m_process, &QProcess::finished, this, &CredentialProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &CredentialProcess::onErrorOccurred);
    qCDebug(lcAwsCredentials).noquote()
        << "Running credential_process of profile" << profileName << "program" << m_program;
    m_timer.start(m_timeout);
    // Failures to start are reported through errorOccurred, from the event loop.
    m_process->start(QIODevice::ReadOnly);
}

void CredentialProcess::onReadyReadOutput()
{
    if (!m_process)
        return;
    m_output += m_process->readAllStandardOutput();
    if (m_output.size() > kMaxOutputBytes) {
        stopWithError(tr("The credential_process of profile \"%1\" printed more than %2, far "
                         "more than credentials take, and was stopped. Check that the command "
                         "prints only the credentials JSON.")
                          .arg(m_profile, BoundedFile::sizeText(kMaxOutputBytes)));
    }
}

void CredentialProcess::onReadyReadError()
{
    if (!m_process)
        return;
    m_errorOutput += m_process->readAllStandardError();
    if (m_errorOutput.size() > kMaxErrorOutputBytes) {
        stopWithError(tr("The credential_process of profile \"%1\" wrote more than %2 of "
                         "error messages and was stopped. Run the command in a terminal to see "
                         "what it reports.")
                          .arg(m_profile, BoundedFile::sizeText(kMaxErrorOutputBytes)));
    }
}

void CredentialProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onReadyReadOutput();
    onReadyReadError();
    if (!m_process)
        return; // a cap was exceeded by the last of the output
    const QByteArray output = std::exchange(m_output, {});
    const QString what = tr("The credential_process of profile \"%1\"").arg(m_profile);
    if (status != QProcess::NormalExit || exitCode != 0) {
        const QString errorText = ErrorParser::shortened(
            Redaction::redact(std::exchange(m_errorOutput, {})), kMaxQuotedErrorText);
        QString message = status != QProcess::NormalExit
                              ? tr("%1 stopped unexpectedly.").arg(what)
                              : tr("%1 failed with exit code %2.").arg(what).arg(exitCode);
        if (!errorText.isEmpty())
            message += u' ' + tr("It said: %1").arg(errorText);
        finish(credentialsError(message));
        return;
    }
    m_errorOutput.clear();
    finish(parseOutput(output, m_profile));
}

void CredentialProcess::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes and timeouts end in finished() or onTimeout(); only a failed start ends here.
    if (error != QProcess::FailedToStart)
        return;
    finish(credentialsError(tr("The credential_process of profile \"%1\" could not be started "
                               "(%2: %3). Check the command in the config file.")
                                .arg(m_profile, m_program, m_process->errorString())));
}

void CredentialProcess::onTimeout()
{
    if (!m_process)
        return;
    stopWithError(tr("The credential_process of profile \"%1\" did not finish within %2 seconds "
                     "and was stopped. Check that the command does not wait for input.")
                      .arg(m_profile)
                      .arg(m_timeout.count() / 1000.0));
}

void CredentialProcess::stopWithError(const QString &message)
{
    m_process->disconnect(this);
    killProcessTree();
    m_output.clear();
    m_errorOutput.clear();
    finish(credentialsError(message));
}

void CredentialProcess::killProcessTree()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
#ifdef Q_OS_UNIX
    // The command leads its own session and process group (setsid), whose id is its pid.
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
#endif
    m_process->kill();
}

void CredentialProcess::finish(const Result<AwsCredentials, AwsError> &result)
{
    m_timer.stop();
    if (m_process) {
        m_process->disconnect(this);
        // A killed process is reaped first, so that its deletion never has to wait for it.
        if (m_process->state() == QProcess::NotRunning)
            m_process->deleteLater();
        else
            connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
        m_process = nullptr;
    }
    // A failure is not logged here: its message goes to the caller, who shows it once.
    if (result.ok())
        qCDebug(lcAwsCredentials).noquote() << "credential_process gave" << result->describe();
    else
        qCDebug(lcAwsCredentials).noquote()
            << "credential_process of profile" << m_profile << "gave no credentials";
    // Cleared first so that the callback may start the next run.
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}
