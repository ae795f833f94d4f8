// How long the app takes to show its window and fill the jobs table, and how much memory it
// holds then, with an empty job history and with 100,000 stored jobs. Each start is a process
// of its own (this executable run again with --start), as a user's start is, so that one
// start's heap and caches do not flatter the next; the figures are medians of several starts.
//
//   bench_startup [--runs N] [--jobs N]     fills the stores, runs the starts, prints a table
//   bench_startup --start STORE --rows N --t0 NS
//                                           one start of the app on STORE; prints key=value
//   bench_startup --model STORE             bytes per row of the job model alone
//   bench_startup --fill STORE [--jobs N]   only fills a store (to profile one start on it;
//                                           BENCH_TRACE=1 prints when each batch of rows lands)
#include "common/jobbuilder.h"
#include "desktop/desktopapp.h"
#include "jobs/jobscontroller.h"
#include "jobs/jobtablemodel.h"
#include "jobstore/sqlitejobstore.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <malloc.h>

namespace {

qint64 monotonicNs()
{
    timespec now = {};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// Resident memory of this process in KiB, as the system counts it.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Bytes the allocator has handed out and not had back.
qint64 heapBytes()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks) + qint64(info.hblkhd);
}

// A history like a busy account's: 24 datasets in two regions over about ten months, one job
// in seven failed, every job's details known.
JobRecord historyJob(int i)
{
    static const QStringList groups{QStringLiteral("retail-shop"), QStringLiteral("news-articles"),
                                    QStringLiteral("streaming-catalog"), QStringLiteral("video")};
    static const QStringList types{QStringLiteral("INTERACTIONS"), QStringLiteral("ITEMS"),
                                   QStringLiteral("USERS")};
    const QString name = QStringLiteral("import-%1").arg(i, 6, 10, QLatin1Char('0'));
    const QString region = i % 5 == 0 ? QStringLiteral("eu-west-1") : QStringLiteral("us-east-1");
    const QString group = groups.at(i % 4);
    JobBuilder job(name);
    job.dataset(JobBuilder::datasetArn(group, types.at(i % 3), region))
        .dataLocation(QStringLiteral("s3://%1-imports/%2/%3.csv").arg(group, types.at(i % 3), name))
        .roleArn(QStringLiteral("arn:aws:iam::111122223333:role/PersonalizeS3Read"))
        .created(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i * 263LL))
        .ranFor(600 + i % 3000)
        .profile(QStringLiteral("default"))
        .detailsFetched();
    if (i % 7 == 0)
        job.failure(QStringLiteral("Input CSV is missing the following columns: [ITEM_ID]."));
    return job.build();
}

bool fillStore(const QString &path, int jobs)
{
    SqliteJobStore store;
    if (!store.open(path).ok())
        return false;
    constexpr int kChunk = 5000;
    for (int first = 0; first < jobs; first += kChunk) {
        QList<JobRecord> chunk;
        for (int i = first; i < std::min(jobs, first + kChunk); ++i)
            chunk.append(historyJob(i));
        if (!store.upsertJobs(chunk).ok())
            return false;
    }
    return store.jobCount().value() == jobs;
}

// One start, as app/main.cpp does it, with no AWS configuration (no network: the history is
// what is measured). Prints the milestones in ms since the process was started.
int runStart(const QString &storePath, int expectedRows, qint64 t0)
{
    const qint64 entered = monotonicNs();
    QTemporaryDir dir;
    DesktopOptions options;
    options.placeFilesIn(dir.path());
    options.storeFile = storePath;
    options.session.environment = QProcessEnvironment();
    options.session.homeDir = dir.filePath(QStringLiteral("home"));

    const qint64 created = monotonicNs();
    const std::unique_ptr<DesktopApp> desktop = DesktopApp::create(options);
    MainWindow window(desktop.get());
    qint64 mapped = 0;
    qint64 loaded = 0; // the history is read and the file checked (in the background)
    qint64 filled = expectedRows == 0 ? monotonicNs() : 0; // every row is in the model
    JobTableModel *model = desktop->jobs()->model();
    const auto checkFilled = [&] {
        if (qEnvironmentVariableIsSet("BENCH_TRACE"))
            std::fprintf(stderr, "rows %d at %.1f mapped %d\n", model->rowCount(),
                         double(monotonicNs() - created) / 1e6, mapped != 0);
        if (filled == 0 && model->rowCount() >= expectedRows)
            filled = monotonicNs();
    };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, qApp, checkFilled);
    QObject::connect(model, &QAbstractItemModel::modelReset, qApp, checkFilled);
    const auto finish = [&] {
        if (mapped == 0 || loaded == 0)
            return;
        // Let the table take the last rows in (sorting, filter counts) before measuring.
        QTimer::singleShot(0, qApp, [&] { QTimer::singleShot(50, qApp, &QCoreApplication::quit); });
    };
    QObject::connect(desktop->jobs(), &JobsController::loaded, qApp, [&] {
        loaded = monotonicNs();
        finish();
    });
    QObject::connect(&window, &MainWindow::firstFrameShown, desktop.get(), &DesktopApp::start);
    window.show();
    QWindow *handle = window.windowHandle();
    const auto checkExposed = [&] {
        if (mapped == 0 && handle && handle->isExposed()) {
            mapped = monotonicNs();
            finish();
        }
    };
    QObject::connect(handle, &QWindow::visibleChanged, qApp, checkExposed);
    QTimer exposeWatch;
    exposeWatch.setInterval(0);
    QObject::connect(&exposeWatch, &QTimer::timeout, qApp, [&] {
        checkExposed();
        if (mapped != 0)
            exposeWatch.stop();
    });
    checkExposed();
    if (mapped == 0)
        exposeWatch.start();
    if (!desktop->jobs()->isLoading() && loaded == 0) {
        loaded = monotonicNs();
        finish();
    }
    QApplication::exec();
    const auto ms = [t0](qint64 ns) {
        return double(ns - t0) / 1e6;
    };
    std::printf("entered=%.1f created=%.1f mapped=%.1f filled=%.1f loaded=%.1f "
                "mapped_from_create=%.1f rows=%d rss_kib=%lld heap=%lld\n",
                ms(entered), ms(created), ms(mapped), ms(filled), ms(loaded),
                double(mapped - created) / 1e6, desktop->jobs()->model()->rowCount(),
                static_cast<long long>(residentKiB()), static_cast<long long>(heapBytes()));
    std::fflush(stdout);
    return 0;
}

// The job model's own memory per row: the heap it holds once the loaded list is gone.
int runModel(const QString &storePath)
{
    SqliteJobStore store;
    if (!store.open(storePath).ok())
        return 1;
    malloc_trim(0);
    const qint64 before = heapBytes();
    JobTableModel model;
    // As the app loads it: in batches, with repeated strings shared.
    QEventLoop loop;
    bool ok = true;
    store.loadJobsInBatches(&model, 2000,
                            [&](const Result<QList<JobRecord>, QString> &batch, bool last) {
                                if (batch.ok())
                                    model.addLoaded(batch.value());
                                else
                                    ok = false;
                                if (last)
                                    loop.quit();
                            });
    loop.exec();
    if (!ok)
        return 1;
    malloc_trim(0);
    const qint64 after = heapBytes();
    const int rows = model.rowCount();
    std::printf("rows=%d model_bytes=%lld bytes_per_row=%.0f\n", rows,
                static_cast<long long>(after - before),
                rows > 0 ? double(after - before) / rows : 0.0);
    std::fflush(stdout);
    return 0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

QMap<QString, double> parseLine(const QByteArray &line)
{
    QMap<QString, double> values;
    for (const QByteArray &pair : line.trimmed().split(' ')) {
        const qsizetype equals = pair.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromLatin1(pair.left(equals)), pair.mid(equals + 1).toDouble());
    }
    return values;
}

// Runs this executable again with `arguments`; its one line of figures.
QMap<QString, double> runChild(const QStringList &arguments, bool withT0)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList all = arguments;
    if (withT0)
        all << QStringLiteral("--t0") << QString::number(monotonicNs());
    child.start(QCoreApplication::applicationFilePath(), all);
    if (!child.waitForFinished(300000) || child.exitCode() != 0) {
        std::fprintf(stderr, "bench_startup: a start failed\n");
        return {};
    }
    return parseLine(child.readAllStandardOutput());
}

int runBenchmark(int runs, int jobs)
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    const QString full = dir.filePath(QStringLiteral("full.sqlite"));
    QElapsedTimer filling;
    filling.start();
    if (!fillStore(empty, 0) || !fillStore(full, jobs)) {
        std::fprintf(stderr, "bench_startup: the stores could not be filled\n");
        return 1;
    }
    std::printf("filled a store of %d jobs in %.1f s\n", jobs, double(filling.elapsed()) / 1000);

    struct Case
    {
        QString name;
        QString store;
        int rows = 0;
        QMap<QString, QList<double>> figures;

        QStringList arguments() const
        {
            return {QStringLiteral("--start"), store, QStringLiteral("--rows"),
                    QString::number(rows)};
        }
    };
    QList<Case> cases{{QStringLiteral("empty"), empty, 0, {}},
                      {QStringLiteral("%1 jobs").arg(jobs), full, jobs, {}}};
    // One start of each first to warm the file cache, then the cases take turns.
    for (Case &c : cases)
        runChild(c.arguments(), true);
    for (int run = 0; run < runs; ++run) {
        for (Case &c : cases) {
            const QMap<QString, double> figures = runChild(c.arguments(), true);
            if (figures.isEmpty())
                return 1;
            for (auto it = figures.cbegin(); it != figures.cend(); ++it)
                c.figures[it.key()].append(it.value());
        }
    }

    std::printf("\nmedians of %d starts (ms since the process was started; memory after "
                "loading)\n",
                runs);
    std::printf("%-12s %8s %8s %14s %8s %8s %8s %8s\n", "store", "created", "mapped",
                "mapped-create", "filled", "loaded", "RSS MB", "heap MB");
    for (const Case &c : cases) {
        std::printf("%-12s %8.0f %8.0f %14.0f %8.0f %8.0f %8.1f %8.1f\n", qPrintable(c.name),
                    median(c.figures.value(QStringLiteral("created"))),
                    median(c.figures.value(QStringLiteral("mapped"))),
                    median(c.figures.value(QStringLiteral("mapped_from_create"))),
                    median(c.figures.value(QStringLiteral("filled"))),
                    median(c.figures.value(QStringLiteral("loaded"))),
                    median(c.figures.value(QStringLiteral("rss_kib"))) / 1024,
                    median(c.figures.value(QStringLiteral("heap"))) / (1024 * 1024));
    }
    const auto ratio = [&](const QString &key) {
        return median(cases.at(1).figures.value(key)) / median(cases.at(0).figures.value(key));
    };
    std::printf("mapped %d jobs / empty: %.2f (from process start), %.2f (from create)\n", jobs,
                ratio(QStringLiteral("mapped")), ratio(QStringLiteral("mapped_from_create")));
    const double rssPerRow = (median(cases.at(1).figures.value(QStringLiteral("rss_kib"))) -
                              median(cases.at(0).figures.value(QStringLiteral("rss_kib")))) *
                             1024 / jobs;
    const double heapPerRow = (median(cases.at(1).figures.value(QStringLiteral("heap"))) -
                               median(cases.at(0).figures.value(QStringLiteral("heap")))) /
                              jobs;
    std::printf("whole app per row: %.0f bytes resident, %.0f bytes of heap\n", rssPerRow,
                heapPerRow);
    QList<double> modelPerRow;
    for (int run = 0; run < 3; ++run) {
        modelPerRow.append(runChild({QStringLiteral("--model"), full}, false)
                               .value(QStringLiteral("bytes_per_row")));
    }
    std::printf("job model alone per row: %.0f bytes of heap\n", median(modelPerRow));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ImportDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    const QCommandLineOption startOption(QStringLiteral("start"), QStringLiteral("One start."),
                                         QStringLiteral("STORE"));
    const QCommandLineOption rowsOption(QStringLiteral("rows"), QStringLiteral("Rows expected."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption t0Option(QStringLiteral("t0"), QStringLiteral("Start time."),
                                      QStringLiteral("NS"));
    const QCommandLineOption modelOption(QStringLiteral("model"), QStringLiteral("Model size."),
                                         QStringLiteral("STORE"));
    const QCommandLineOption fillOption(QStringLiteral("fill"), QStringLiteral("Fill a store."),
                                        QStringLiteral("STORE"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts per case."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), QStringLiteral("Stored jobs."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions(
        {startOption, rowsOption, t0Option, modelOption, fillOption, runsOption, jobsOption});
    parser.process(app);
    if (parser.isSet(startOption))
        return runStart(parser.value(startOption), parser.value(rowsOption).toInt(),
                        parser.value(t0Option).toLongLong());
    if (parser.isSet(fillOption))
        return fillStore(parser.value(fillOption), parser.value(jobsOption).toInt()) ? 0 : 1;
    if (parser.isSet(modelOption))
        return runModel(parser.value(modelOption));
    return runBenchmark(std::max(1, parser.value(runsOption).toInt()),
                        std::max(1, parser.value(jobsOption).toInt()));
}
