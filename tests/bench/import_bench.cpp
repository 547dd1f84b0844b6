// Importing many papers in one call, as a user does with `duizhao-cli import *.txt` (issue 16 §3):
// 1, 500 and 5,000 papers of the synthetic library (corpus.h), written to files first, each set
// imported into a new library file by the duizhao-cli binary in a child process. Prints the text
// rate (MB/s of source text, search index and framework included, process start and library
// creation too) and the child's peak memory (wait4's ru_maxrss), so how each grows with the
// number of papers shows in one run.
//
//   import_bench [N…]      the sizes to run (default 1 500 5000)
//   IMPORT_BENCH_DIR=dir   keep the generated paper files there and reuse them on the next run

#include "corpus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

struct Outcome
{
    int exitCode = -1;
    double seconds = 0;
    double cpuSeconds = 0; // user and system: what a busy machine does not inflate
    double peakMb = 0;
};

// Runs the program with its output to `outFile` and returns its exit code, wall time and peak RSS.
Outcome runChild(const QString &program, const QStringList &arguments, const QString &outFile)
{
    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString &argument : arguments)
        storage.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray out = QFile::encodeName(outFile);
    posix_spawn_file_actions_addopen(&actions, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);

    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return outcome;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return outcome;
    outcome.seconds = double(clock.nsecsElapsed()) / 1e9;
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    outcome.peakMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    outcome.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                         double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    return outcome;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::vector<int> sizes;
    for (int i = 1; i < argc; ++i)
        sizes.push_back(QString::fromLocal8Bit(argv[i]).toInt());
    if (sizes.empty())
        sizes = {1, 500, 5000};
    int largest = 0;
    for (int n : sizes)
        largest = std::max(largest, n);

    QTemporaryDir scratch;
    const QByteArray keep = qgetenv("IMPORT_BENCH_DIR");
    const QString textFolder = keep.isEmpty() ? scratch.filePath(QStringLiteral("text")) : QString::fromLocal8Bit(keep);
    QDir().mkpath(textFolder);

    std::fprintf(stderr, "Writing %d papers to %s…\n", largest, qPrintable(textFolder));
    QStringList files;
    std::vector<qint64> sizesOfFiles;
    for (int i = 0; i < largest; ++i) {
        const QString path = textFolder + QStringLiteral("/paper-%1.txt").arg(i, 4, 10, QLatin1Char('0'));
        if (!QFileInfo::exists(path)) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(duizhao::bench::variantPaper(i)) < 0) {
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
                return 1;
            }
        }
        files.append(path);
        sizesOfFiles.push_back(QFileInfo(path).size());
    }

    std::printf("%8s %9s %9s %9s %9s %9s %12s %11s\n", "papers", "text MB", "wall s", "MB/s", "CPU s", "MB/CPU s",
                "peak RSS MB", "library MB");
    int failures = 0;
    for (int n : sizes) {
        const QString library = scratch.filePath(QStringLiteral("import-%1.duizhao").arg(n));
        qint64 bytes = 0;
        for (int i = 0; i < n; ++i)
            bytes += sizesOfFiles[std::size_t(i)];
        QStringList arguments = {QStringLiteral("--db"), library, QStringLiteral("import")};
        arguments += files.mid(0, n);
        const QString outFile = scratch.filePath(QStringLiteral("out-%1.txt").arg(n));
        const Outcome outcome = runChild(QStringLiteral(DUIZHAO_CLI), arguments, outFile);
        // Every paper must be in the library: one "imported as document" line each.
        QFile out(outFile);
        out.open(QIODevice::ReadOnly);
        const qsizetype imported = out.readAll().count("imported as document");
        const double mb = double(bytes) / 1e6;
        std::printf("%8d %9.1f %9.2f %9.2f %9.2f %9.2f %12.1f %11.1f\n", n, mb, outcome.seconds,
                    outcome.seconds > 0 ? mb / outcome.seconds : 0.0, outcome.cpuSeconds,
                    outcome.cpuSeconds > 0 ? mb / outcome.cpuSeconds : 0.0, outcome.peakMb,
                    double(QFileInfo(library).size()) / 1e6);
        std::fflush(stdout);
        if (outcome.exitCode != 0 || imported != n) {
            std::fprintf(stderr, "import of %d papers failed: exit %d, %lld imported\n", n, outcome.exitCode,
                         static_cast<long long>(imported));
            ++failures;
        }
        QFile::remove(library);
        QFile::remove(library + QStringLiteral("-wal"));
        QFile::remove(library + QStringLiteral("-shm"));
    }
    return failures == 0 ? 0 : 1;
}
