#include "sandbox/sandboxserver.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>
#include <functional>

// A whole session with every logging category on, through the real programs (importdesk,
// importdesk-cli --debug, and the app driven through its widgets by importdesk-appdriver) with
// credentials from the environment and from a credential_process: submissions, polls, a
// refused request, a wrong secret and a credential_process that fails and echoes secrets on
// its stderr. Then every file the programs left in their home and XDG folders, and everything
// they printed, is searched for the secret keys, the session tokens and any signature: none
// may appear. A hit is reported by file and offset only, so that this test's own output never
// carries a secret either.
class TestSecretsScan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsWhatItLooksFor();
    void noSecretAnywhere();

private:
    struct Run
    {
        QString what;
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    struct Hit
    {
        QString where;
        qsizetype offset = 0;
        QString kind;
    };

    QProcessEnvironment environment() const;
    // Waits for `process` to end (killing it after `timeoutMs`) and keeps what it printed.
    Run collect(QProcess &process, const QString &what, int timeoutMs);
    Run cli(const QString &what, const QStringList &arguments,
            const QProcessEnvironment &extra = {});
    void writeFile(const QString &path, const QByteArray &content, bool executable = false);
    static QList<Hit> scan(const QString &where, const QByteArray &data);

    QTemporaryDir m_dir;
    QList<Run> m_runs;
};

namespace {

// Distinctive values, each with characters that JSON and URLs escape.
const QString kEnvKeyId = QStringLiteral("AKIASCANENVIRONMENT1");
const QString kEnvSecret = QStringLiteral("EnvScanSecret/K7MDENG+bPxRfiCYq5qN0tS1wX");
const QString kEnvToken =
    QStringLiteral("IQoJEnvScanSessionToken/Zb8+kQ2mV7nR4sT1uW9yA3cD6fH0jL5pX8zB2eG4iK7mN1qS3vU6");
const QString kTempKeyId = QStringLiteral("ASIASCANPROCESSKEY01");
const QString kTempSecret = QStringLiteral("TmpScanSecret/Jq3+Lr5Ns7Pt9Vx1Zb3Dd5Ff7HhK");
const QString kTempToken =
    QStringLiteral("FwoGTmpScanSessionToken/Yc9+pL3nQ5sU7wA1cE3gI5kM7oQ9sU1wY3aC5eG7iK9mO1qS3uW5");
const QString kWrongSecret = QStringLiteral("WrongScanSecret/Aa1+Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii");

struct Secret
{
    const char *kind;
    QString value;
};

const QList<Secret> &secrets()
{
    static const QList<Secret> list{
        {"environment secret key", kEnvSecret}, {"environment session token", kEnvToken},
        {"temporary secret key", kTempSecret},  {"temporary session token", kTempToken},
        {"wrong secret key", kWrongSecret},
    };
    return list;
}

// Each secret as it could be written: as is, escaped in JSON, percent-encoded, and also its
// first 16 characters (a secret cut short still leaks).
QList<QPair<QString, QByteArray>> needles()
{
    QList<QPair<QString, QByteArray>> list;
    for (const Secret &secret : secrets()) {
        const QByteArray raw = secret.value.toUtf8();
        const QString kind = QString::fromLatin1(secret.kind);
        list.append({kind, raw});
        list.append({kind + u" (JSON)", QByteArray(raw).replace("/", "\\/")});
        list.append({kind + u" (URL)", QUrl::toPercentEncoding(secret.value)});
        list.append({kind + u" (start)", raw.left(16)});
    }
    return list;
}

const QString kDataset =
    QStringLiteral("arn:aws:personalize:us-east-1:111122223333:dataset/retail-shop/INTERACTIONS");
const QString kRole = QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read");

} // namespace

QList<TestSecretsScan::Hit> TestSecretsScan::scan(const QString &where, const QByteArray &data)
{
    QList<Hit> hits;
    for (const auto &[kind, needle] : needles()) {
        for (qsizetype at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + 1))
            hits.append({where, at, kind});
    }
    // A signature is 64 hex digits after "Signature=" (a header) or "X-Amz-Signature=" (a URL).
    static const QRegularExpression signature(QStringLiteral("Signature=[0-9a-fA-F]{16}"));
    const QString text = QString::fromLatin1(data);
    for (auto it = signature.globalMatch(text); it.hasNext();)
        hits.append({where, it.next().capturedStart(), QStringLiteral("signature")});
    return hits;
}

void TestSecretsScan::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestSecretsScan::writeFile(const QString &path, const QByteArray &content, bool executable)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    if (executable)
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestSecretsScan::scannerFindsWhatItLooksFor()
{
    // The search itself can fail: each form of each secret, and a signature, are found at
    // their offsets.
    for (const auto &[kind, needle] : needles()) {
        const QList<Hit> hits = scan(QStringLiteral("planted"), "0123456789" + needle + "\n");
        QVERIFY2(!hits.isEmpty(), qPrintable(kind));
        QCOMPARE(hits.constFirst().offset, 10);
    }
    const QList<Hit> hits =
        scan(QStringLiteral("planted"), "Authorization: AWS4-HMAC-SHA256 Credential=AKIA/x, "
                                        "SignedHeaders=host, Signature=" +
                                            QByteArray(64, 'a'));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.constFirst().kind, QStringLiteral("signature"));
    // The redacted forms are not hits.
    QVERIFY(scan(QStringLiteral("redacted"), "Signature=<redacted> \"SecretAccessKey\": "
                                             "\"<redacted>\"")
                .isEmpty());
}

QProcessEnvironment TestSecretsScan::environment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Every category of every program, the app's own included.
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    environment.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_STATE_HOME"), m_dir.filePath(QStringLiteral("state")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"),
                       m_dir.filePath(QStringLiteral("runtime")));
    environment.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    environment.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), kEnvKeyId);
    environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kEnvSecret);
    environment.insert(QStringLiteral("AWS_SESSION_TOKEN"), kEnvToken);
    return environment;
}

TestSecretsScan::Run TestSecretsScan::cli(const QString &what, const QStringList &arguments,
                                          const QProcessEnvironment &extra)
{
    QProcessEnvironment env = environment();
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(IMPORTDESK_CLI_EXECUTABLE),
                  QStringList{QStringLiteral("--debug")} + arguments);
    return collect(process, what, 60000);
}

TestSecretsScan::Run TestSecretsScan::collect(QProcess &process, const QString &what, int timeoutMs)
{
    // The sandboxes answer from this process's event loop, so it waits without blocking it.
    Run run;
    run.what = what;
    if (QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs))
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    else
        process.kill();
    process.waitForFinished();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    m_runs.append(run);
    return run;
}

void TestSecretsScan::noSecretAnywhere()
{
    // Two sandboxes: one knows the environment's keys, the other the credential_process's.
    SandboxOptions envOptions;
    envOptions.port = 0;
    envOptions.timeScale = 2000;
    envOptions.latencyMs = 5;
    envOptions.accessKeyId = kEnvKeyId;
    envOptions.secretAccessKey = kEnvSecret;
    SandboxServer envSandbox(envOptions);
    QVERIFY(envSandbox.listen(0));
    SandboxOptions tempOptions = envOptions;
    tempOptions.accessKeyId = kTempKeyId;
    tempOptions.secretAccessKey = kTempSecret;
    SandboxServer tempSandbox(tempOptions);
    QVERIFY(tempSandbox.listen(0));
    const QString envUrl = envSandbox.url().toString(QUrl::StripTrailingSlash);
    const QString tempUrl = tempSandbox.url().toString(QUrl::StripTrailingSlash);

    // The credential_process programs live outside the scanned folders: they hold the
    // temporary keys by design. The failing one echoes every secret it can see.
    const QString bin = m_dir.filePath(QStringLiteral("bin"));
    const QString marker = m_dir.filePath(QStringLiteral("bin/broken-ran"));
    writeFile(bin + QStringLiteral("/creds-ok"),
              "#!/bin/sh\ncat <<'EOF'\n{\"Version\": 1, \"AccessKeyId\": \"" + kTempKeyId.toUtf8() +
                  "\", \"SecretAccessKey\": \"" + kTempSecret.toUtf8() +
                  "\", \"SessionToken\": \"" + kTempToken.toUtf8() +
                  "\", \"Expiration\": \"2099-01-01T00:00:00Z\"}\nEOF\n",
              true);
    writeFile(bin + QStringLiteral("/creds-broken"),
              "#!/bin/sh\ntouch '" + marker.toUtf8() +
                  "'\n"
                  "echo 'refresh failed; cached: {\"SecretAccessKey\": \"" +
                  kTempSecret.toUtf8() + "\", \"SessionToken\": \"" + kTempToken.toUtf8() +
                  "\"}' >&2\n"
                  "echo \"caller had AWS_SECRET_ACCESS_KEY=$AWS_SECRET_ACCESS_KEY\" >&2\n"
                  "echo \"and the token $AWS_SESSION_TOKEN and the key $AWS_SECRET_ACCESS_KEY\" "
                  ">&2\nexit 3\n",
              true);
    const QString home = m_dir.filePath(QStringLiteral("home"));
    writeFile(home + QStringLiteral("/.aws/config"),
              "[default]\nregion = us-east-1\n\n"
              "[profile temp]\nregion = us-east-1\ncredential_process = " +
                  (bin + QStringLiteral("/creds-ok")).toUtf8() +
                  "\n\n[profile broken]\nregion = us-east-1\ncredential_process = " +
                  (bin + QStringLiteral("/creds-broken")).toUtf8() + "\n");
    for (const char *folder : {"config", "data", "cache", "state"})
        QVERIFY(QDir().mkpath(m_dir.filePath(QLatin1String(folder))));
    QVERIFY(QDir().mkdir(m_dir.filePath(QStringLiteral("runtime")),
                         QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    const QStringList submit{QStringLiteral("submit"),
                             QStringLiteral("--dataset-arn"),
                             kDataset,
                             QStringLiteral("--data-location"),
                             QStringLiteral("s3://importdesk-demo-retail-shop/interactions.csv"),
                             QStringLiteral("--role-arn"),
                             kRole};
    const QStringList atEnv{QStringLiteral("--endpoint-url"), envUrl};
    const QStringList atTemp{QStringLiteral("--endpoint-url"), tempUrl};
    const QStringList asTemp{QStringLiteral("--profile"), QStringLiteral("temp")};

    // importdesk-cli with the environment's keys: list, submit and follow, a name refused as
    // taken, and a wrong secret refused by the signature check.
    QCOMPARE(cli(QStringLiteral("cli datasets"), QStringList{QStringLiteral("datasets")} + atEnv)
                 .exitCode,
             0);
    QCOMPARE(cli(QStringLiteral("cli submit --wait"),
                 submit + atEnv +
                     QStringList{QStringLiteral("--job-name"), QStringLiteral("scan-cli-1"),
                                 QStringLiteral("--wait"), QStringLiteral("--interval"),
                                 QStringLiteral("1")})
                 .exitCode,
             0);
    QCOMPARE(cli(QStringLiteral("cli submit (name taken)"),
                 submit + atEnv +
                     QStringList{QStringLiteral("--job-name"), QStringLiteral("scan-cli-1")})
                 .exitCode,
             1);
    QCOMPARE(cli(QStringLiteral("cli list"), QStringList{QStringLiteral("list")} + atEnv).exitCode,
             0);
    QProcessEnvironment wrong;
    wrong.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), kWrongSecret);
    QCOMPARE(cli(QStringLiteral("cli datasets (wrong secret)"),
                 QStringList{QStringLiteral("datasets")} + atEnv, wrong)
                 .exitCode,
             1);

    // importdesk-cli with the credential_process's temporary keys, then with the broken one.
    const Run temp = cli(QStringLiteral("cli submit --wait (credential_process)"),
                         submit + atTemp + asTemp +
                             QStringList{QStringLiteral("--job-name"), QStringLiteral("scan-tmp-1"),
                                         QStringLiteral("--wait"), QStringLiteral("--interval"),
                                         QStringLiteral("1")});
    QCOMPARE(temp.exitCode, 0);
    QCOMPARE(cli(QStringLiteral("cli list (credential_process)"),
                 QStringList{QStringLiteral("list")} + atTemp + asTemp)
                 .exitCode,
             0);
    const Run broken = cli(
        QStringLiteral("cli list (failing credential_process)"),
        QStringList{QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("broken")} +
            atTemp);
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(QFileInfo::exists(marker));
    // The user still learns what the command said, without its secrets.
    QVERIFY(broken.err.contains("refresh failed"));
    QVERIFY(broken.err.contains("exit code 3"));

    // The app, driven through its widgets: submits and polls with each kind of credentials.
    const auto drive = [&](const QString &what, const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(IMPORTDESK_APPDRIVER_EXECUTABLE),
                      QStringList{QStringLiteral("--log"),
                                  m_dir.filePath(QStringLiteral("drive.log")),
                                  QStringLiteral("--region"), QStringLiteral("us-east-1")} +
                          arguments);
        return collect(process, what, 90000).exitCode;
    };
    QCOMPARE(drive(QStringLiteral("app driver (environment)"),
                   atEnv + QStringList{QStringLiteral("--prefix"), QStringLiteral("scan-app"),
                                       QStringLiteral("--jobs"), QStringLiteral("2")}),
             0);
    QCOMPARE(drive(QStringLiteral("app driver (credential_process)"),
                   atTemp + asTemp +
                       QStringList{QStringLiteral("--prefix"), QStringLiteral("scan-app-tmp"),
                                   QStringLiteral("--jobs"), QStringLiteral("1")}),
             0);
    QVERIFY(envSandbox.state().jobs().size() > 0);

    // The real importdesk: it meets the failing credential_process, or connects, lists the
    // account's history and follows its jobs; then it is asked to end and closes as a user
    // would, or is killed and leaves its files as they were.
    const auto app = [&](const QString &what, const QStringList &arguments,
                         const std::function<bool()> &worked, int signalNumber) {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_dir.path());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(IMPORTDESK_GUI_EXECUTABLE), arguments);
        Run run;
        run.what = what;
        const bool didIt = QTest::qWaitFor([&] { return worked() || !finished.isEmpty(); }, 30000);
        const bool running = finished.isEmpty();
        if (running)
            ::kill(static_cast<pid_t>(process.processId()), signalNumber);
        if (finished.isEmpty() && !finished.wait(20000))
            process.kill();
        process.waitForFinished();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        m_runs.append(run);
        return didIt && running && (signalNumber == SIGKILL || run.exitCode == 0);
    };
    QFile::remove(marker);
    QVERIFY(app(
        QStringLiteral("importdesk (failing credential_process)"),
        atTemp + QStringList{QStringLiteral("--profile"), QStringLiteral("broken")},
        [&] { return QFileInfo::exists(marker); }, SIGTERM));
    const int listingsBefore = envSandbox.requestCount(QStringLiteral("ListDatasetImportJobs"));
    QVERIFY(app(
        QStringLiteral("importdesk (environment)"), atEnv,
        [&] {
            // The account's history, dataset by dataset.
            return envSandbox.requestCount(QStringLiteral("ListDatasetImportJobs")) >=
                   listingsBefore + 3;
        },
        SIGKILL));

    // Everything they wrote and printed.
    QList<Hit> hits;
    qint64 bytes = 0;
    int files = 0;
    QSet<QString> scanned;
    for (const char *folder : {"home", "config", "data", "cache", "state", "runtime"}) {
        QDirIterator it(m_dir.filePath(QLatin1String(folder)), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray data = file.readAll();
            bytes += data.size();
            ++files;
            hits += scan(QDir(m_dir.path()).relativeFilePath(path), data);
            scanned.insert(QFileInfo(path).fileName());
        }
    }
    int outputs = 0;
    for (const Run &run : std::as_const(m_runs)) {
        hits += scan(run.what + u" stdout", run.out);
        hits += scan(run.what + u" stderr", run.err);
        bytes += run.out.size() + run.err.size();
        outputs += 2;
    }
    // Where, never what: this output must not carry the secrets either.
    for (const Hit &hit : hits.mid(0, 20))
        qWarning().noquote() << "secret found:" << hit.kind << "in" << hit.where << "at offset"
                             << hit.offset;
    qInfo().noquote() << QStringLiteral("secrets scan: %1 files and %2 process outputs (%3 "
                                        "programs run), %4 bytes, %5 hits")
                             .arg(files)
                             .arg(outputs)
                             .arg(m_runs.size())
                             .arg(bytes)
                             .arg(hits.size());
    // What the programs keep was there to be searched, the database's log of a killed app too.
    for (const char *name :
         {"importdesk.ini", "draft.json", "importdesk.sqlite", "importdesk.sqlite-wal", "config"})
        QVERIFY2(scanned.contains(QLatin1String(name)), name);
    QCOMPARE(hits.size(), 0);
}

QTEST_GUILESS_MAIN(TestSecretsScan)
#include "tst_secretsscan.moc"
