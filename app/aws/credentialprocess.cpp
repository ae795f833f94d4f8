#include "aws/credentialprocess.h"

#include "aws/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace {

constexpr qsizetype kMaxErrorText = 500;

AwsError credentialsError(const QString &message)
{
    return AwsError::make(AwsError::Kind::Credentials, message);
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
        m_process->kill();
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
    const QJsonValue version = json.value(u"Version");
    if (!version.isDouble() || version.toDouble() != 1.0) {
        const QString shown = version.isUndefined() ? tr("none")
                              : version.isString()  ? version.toString()
                                                    : QString::number(version.toDouble());
        return R(credentialsError(tr("%1 printed Version %2; only Version 1 is supported. "
                                     "Update the command or its configuration.")
                                      .arg(what, shown)));
    }
    AwsCredentials credentials;
    credentials.accessKeyId = json.value(u"AccessKeyId").toString();
    credentials.secretAccessKey = json.value(u"SecretAccessKey").toString();
    credentials.sessionToken = json.value(u"SessionToken").toString();
    credentials.accountId = json.value(u"AccountId").toString();
    credentials.source = tr("credential_process of profile %1").arg(profileName);
    Redaction::registerSecret(credentials.secretAccessKey);
    Redaction::registerSecret(credentials.sessionToken);
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
        const QDateTime expires =
            QDateTime::fromString(expiration.toString(), Qt::ISODateWithMs).toUTC();
        if (!expires.isValid()) {
            return R(credentialsError(tr("%1 printed an Expiration that is not an ISO 8601 date "
                                         "and time (\"%2\").")
                                          .arg(what, expiration.toString())));
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
    m_process = new QProcess(this);
    m_process->setProgram(m_program);
    m_process->setArguments(words->mid(1));
    m_process->setProcessEnvironment(m_environment);
    m_process->setStandardInputFile(QProcess::nullDevice());
    connect(m_process, &QProcess::finished, this, &CredentialProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &CredentialProcess::onErrorOccurred);
    qCDebug(lcAwsCredentials).noquote()
        << "Running credential_process of profile" << profileName << "program" << m_program;
    m_timer.start(m_timeout);
    // Failures to start are reported through errorOccurred, from the event loop.
    m_process->start(QIODevice::ReadOnly);
}

void CredentialProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    const QByteArray output = m_process->readAllStandardOutput();
    const QString what = tr("The credential_process of profile \"%1\"").arg(m_profile);
    if (status != QProcess::NormalExit || exitCode != 0) {
        QString errorText = Redaction::redact(m_process->readAllStandardError()).trimmed();
        if (errorText.size() > kMaxErrorText)
            errorText = errorText.left(kMaxErrorText) + QStringLiteral("…");
        QString message = status != QProcess::NormalExit
                              ? tr("%1 stopped unexpectedly.").arg(what)
                              : tr("%1 failed with exit code %2.").arg(what).arg(exitCode);
        if (!errorText.isEmpty())
            message += u' ' + tr("It said: %1").arg(errorText);
        finish(credentialsError(message));
        return;
    }
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
    m_process->disconnect(this);
    m_process->kill();
    finish(credentialsError(tr("The credential_process of profile \"%1\" did not finish within "
                               "%2 seconds and was stopped. Check that the command does not "
                               "wait for input.")
                                .arg(m_profile)
                                .arg(m_timeout.count() / 1000.0)));
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
    if (result.ok())
        qCDebug(lcAwsCredentials).noquote() << "credential_process gave" << result->describe();
    else
        qCDebug(lcAwsCredentials).noquote() << Redaction::redact(result.error().message);
    // Cleared first so that the callback may start the next run.
    Callback done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}
