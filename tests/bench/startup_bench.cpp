// Start-up as the library grows (issue 16): libraries of 1, 500 and 5,000 papers, built here from
// the bundled paper (tests/bench/corpus.h), and for each
//  - the first painted reader of `duizhao --startup-time`, beside the smallest Qt Widgets program
//    showing one window (budget: within three times its start-up; 5,000 papers within 1.2 times
//    one paper), the docks filled just after, and the peak memory (budget: under 150 MB);
//  - opening the library in process (openLibrary: migrations check, backups check, framework check);
//  - `duizhao-cli stats`, a command that reads one paper, as a whole process.
// Processes run on the offscreen platform (or the display in QT_QPA_PLATFORM); their peak memory
// is the kernel's (wait4) for the child alone.
//
// Every library starts with the bundled paper, so each start-up shows the same paper; the others
// are its variants. They are built once per run, in a temporary folder, or kept between runs in
// DUIZHAO_BENCH_CACHE when that names a folder. Before anything is measured each is opened once,
// which takes its daily backup: no measured start-up is the first of a day. DUIZHAO_BENCH_SIZES
// ("1,500") measures fewer sizes.

#include "corpus.h"

#include "bundledpaper.h"
#include "error.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "library/paperimporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <map>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace duizhao;

namespace {

struct Run
{
    QString out;
    double wallMs = 0;
    double peakMb = 0; // the child's maximum resident set size
    bool ok = false;
};

// Runs a program to its end, its output read through a pipe, and reports its own peak memory
// (wait4's rusage is the child's alone, unlike RUSAGE_CHILDREN's largest child so far).
Run runProcess(const QString &program, const QStringList &arguments)
{
    QList<QByteArray> args{program.toLocal8Bit()};
    for (const QString &a : arguments)
        args.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipeFds[0]);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);

    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipeFds[1]);
    Run run;
    QByteArray out;
    char buffer[4096];
    for (ssize_t n; spawned == 0 && (n = read(pipeFds[0], buffer, sizeof buffer)) != 0;) {
        if (n > 0)
            out.append(buffer, n);
        else if (errno != EINTR)
            break;
    }
    close(pipeFds[0]);
    if (spawned != 0)
        return run;
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.wallMs = double(clock.nsecsElapsed()) / 1e6;
    run.peakMb = double(usage.ru_maxrss) / 1024.0;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    run.out = QString::fromUtf8(out);
    return run;
}

double number(const QString &out, const char *key)
{
    const QRegularExpression re(QString::fromLatin1(key) + QStringLiteral(" ([0-9.]+)"));
    return re.match(out).captured(1).toDouble();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double maxOf(const std::vector<double> &v)
{
    return v.empty() ? 0 : *std::max_element(v.begin(), v.end());
}

struct Built
{
    QString path;
    QString settings;
    qint64 textBytes = 0;
    double buildSeconds = 0; // 0: taken from the cache
};

struct Figures
{
    Built library;
    std::vector<double> duizhao, panels, minimal, ratios, duizhaoPeak, minimalPeak;
    std::vector<double> open;
    std::vector<double> stats, statsPeak;
};

std::map<int, Figures> g_figures;

QString cacheFolder()
{
    static QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("DUIZHAO_BENCH_CACHE");
    if (!kept.isEmpty()) {
        QDir().mkpath(kept);
        return kept;
    }
    return temporary.path();
}

// The library of `papers` papers: the bundled one and papers-1 variants, imported as
// `duizhao-cli import` imports them (PaperImporter: one transaction, framework data included).
Built &library(int papers)
{
    Built &built = g_figures[papers].library;
    if (!built.path.isEmpty())
        return built;
    const QString folder = cacheFolder();
    built.path = QDir(folder).filePath(QStringLiteral("startup-%1.duizhao").arg(papers));
    built.settings = QDir(folder).filePath(QStringLiteral("startup-%1.ini").arg(papers));
    // The size of the text imported, kept beside the library for a run that finds it cached.
    QFile size(QDir(folder).filePath(QStringLiteral("startup-%1.bytes").arg(papers)));
    bool cached = false;
    if (QFileInfo::exists(built.path) && size.open(QIODevice::ReadOnly)) {
        built.textBytes = size.readAll().trimmed().toLongLong();
        size.close();
        try {
            cached = built.textBytes > 0 && Library(built.path, Library::Access::ReadOnly).documentCount() == papers;
        } catch (const Error &) {
        }
    }
    if (!cached) {
        for (const QString &file : QStringList{built.path, built.path + QStringLiteral("-wal"),
                                               built.path + QStringLiteral("-shm"), built.settings})
            QFile::remove(file);
        QDir(built.path + QStringLiteral(".backups")).removeRecursively();
        // In a process of its own: a child's peak memory starts from its parent's, so the import's
        // must not be this process's.
        const Run build =
            runProcess(QCoreApplication::applicationFilePath(),
                       {QStringLiteral("--build-library"), QString::number(papers), built.path, size.fileName()});
        if (!build.ok || !size.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "building the %d-paper library failed\n", papers);
            std::exit(1);
        }
        built.buildSeconds = build.wallMs / 1000.0;
        built.textBytes = size.readAll().trimmed().toLongLong();
    }
    // A cached library's daily backup may be due again: taken now, not while measuring.
    openLibrary(built.path);
    return built;
}

// The child's part of library(): imports the papers, writes the size of their text to
// `bytesFile`, and opens the library once, which takes its daily backup and checks every
// paper's framework, so that no measured start-up is the first of a day.
int buildLibrary(int papers, const QString &path, const QString &bytesFile)
{
    // Counted as the importer reads, which may be on several threads.
    std::atomic<qint64> textBytes = BundledPaper::bytes().size();
    QList<PaperSource> sources{PaperSource::bundled()};
    for (int i = 1; i < papers; ++i) {
        const QString name = QStringLiteral("paper-%1.txt").arg(i, 4, 10, QLatin1Char('0'));
        sources.append(PaperSource(name, 0, [i, name, &textBytes] {
            const QByteArray bytes = bench::variantPaper(i);
            textBytes += bytes.size();
            return PaperReader::parseBytes(bytes, name);
        }));
    }
    {
        Library target(path);
        const ImportResult result = PaperImporter(target).import(sources);
        if (!result.errors.isEmpty() || result.added() != papers)
            return 1;
    }
    openLibrary(path);
    QFile size(bytesFile);
    if (!size.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    size.write(QByteArray::number(textBytes.load()));
    return 0;
}

void BM_Startup(benchmark::State &state)
{
    const int papers = int(state.range(0));
    const Built &built = library(papers);
    Figures &f = g_figures[papers];
    const QStringList args = {QStringLiteral("--startup-time"), QStringLiteral("--db"), built.path,
                              QStringLiteral("--settings"), built.settings};
    for (auto _ : state) {
        // The yardstick and duizhao in turn, so a busy moment of the machine slows both.
        const Run minimal = runProcess(QStringLiteral(MINIMAL_WINDOW), {});
        const Run ours = runProcess(QStringLiteral(DUIZHAO_GUI), args);
        const double startup = number(ours.out, "startup_ms");
        const double yardstick = number(minimal.out, "startup_ms");
        if (!ours.ok || startup <= 0) {
            state.SkipWithError("duizhao --startup-time failed");
            return;
        }
        state.SetIterationTime(startup / 1000.0);
        f.duizhao.push_back(startup);
        f.panels.push_back(number(ours.out, "panels_ms"));
        f.minimal.push_back(yardstick);
        if (yardstick > 0)
            f.ratios.push_back(startup / yardstick);
        f.duizhaoPeak.push_back(ours.peakMb);
        f.minimalPeak.push_back(minimal.peakMb);
    }
    state.counters["minimal_ms"] = median(f.minimal);
    state.counters["ratio"] = median(f.ratios);
    state.counters["peak_MB"] = maxOf(f.duizhaoPeak);
}

void BM_OpenLibrary(benchmark::State &state)
{
    const int papers = int(state.range(0));
    const Built &built = library(papers);
    Figures &f = g_figures[papers];
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        const OpenedLibrary opened = openLibrary(built.path);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        benchmark::DoNotOptimize(opened.library.get());
        state.SetIterationTime(ms / 1000.0);
        f.open.push_back(ms);
    }
}

void BM_CliStats(benchmark::State &state)
{
    const int papers = int(state.range(0));
    const Built &built = library(papers);
    Figures &f = g_figures[papers];
    for (auto _ : state) {
        const Run run =
            runProcess(QStringLiteral(DUIZHAO_CLI), {QStringLiteral("--db"), built.path, QStringLiteral("stats")});
        if (!run.ok || !run.out.contains(QStringLiteral("units"))) {
            state.SkipWithError("duizhao-cli stats failed");
            return;
        }
        state.SetIterationTime(run.wallMs / 1000.0);
        f.stats.push_back(run.wallMs);
        f.statsPeak.push_back(run.peakMb);
    }
}

QList<int> sizes()
{
    QList<int> list;
    const QString wanted = qEnvironmentVariable("DUIZHAO_BENCH_SIZES", QStringLiteral("1,500,5000"));
    for (const QString &part : wanted.split(u',', Qt::SkipEmptyParts)) {
        if (const int n = part.trimmed().toInt(); n > 0)
            list.append(n);
    }
    return list;
}

void printTable()
{
    std::printf("\nStart-up as the library grows (medians; peak memory is the largest of the runs)\n\n");
    std::printf("| papers | text | library file | built in | open in process | first frame | minimal Qt window | "
                "ratio | docks filled | peak memory | `duizhao-cli stats` | its peak memory |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    const double onePaper = g_figures.count(1) ? median(g_figures[1].duizhao) : 0;
    for (auto &[papers, f] : g_figures) {
        const double first = median(f.duizhao);
        QString growth;
        if (papers != 1 && onePaper > 0)
            growth = QStringLiteral(" (%1× 1 paper)").arg(first / onePaper, 0, 'f', 2);
        std::printf("| %d | %.1f MB | %.0f MB | %s | %.2f ms | %.1f ms%s | %.1f ms | %.2f | %.1f ms | %.0f MB "
                    "(minimal %.0f) | %.0f ms | %.0f MB |\n",
                    papers, double(f.library.textBytes) / 1e6, double(QFileInfo(f.library.path).size()) / 1e6,
                    f.library.buildSeconds > 0
                        ? qPrintable(QStringLiteral("%1 s").arg(f.library.buildSeconds, 0, 'f', 1))
                        : "cached",
                    median(f.open), first, qPrintable(growth), median(f.minimal), median(f.ratios), median(f.panels),
                    maxOf(f.duizhaoPeak), maxOf(f.minimalPeak), median(f.stats), maxOf(f.statsPeak));
    }
    std::printf("\nBudgets: first frame within 3× the minimal window; 5,000 papers within 1.2× one paper; "
                "peak memory under 150 MB.\n");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--build-library") == 0)
        return buildLibrary(QByteArray(argv[2]).toInt(), QString::fromLocal8Bit(argv[3]),
                            QString::fromLocal8Bit(argv[4]));
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    benchmark::Initialize(&argc, argv);
    for (const int papers : sizes()) {
        benchmark::RegisterBenchmark("BM_Startup", BM_Startup)
            ->Arg(papers)
            ->UseManualTime()
            ->Iterations(21)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("BM_OpenLibrary", BM_OpenLibrary)
            ->Arg(papers)
            ->UseManualTime()
            ->Iterations(21)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark("BM_CliStats", BM_CliStats)
            ->Arg(papers)
            ->UseManualTime()
            ->Iterations(11)
            ->Unit(benchmark::kMillisecond);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printTable();
    return 0;
}
