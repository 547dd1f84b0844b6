// The daily backup on a large library (issue 16 §2): start-up of duizhao to its first frame when a
// daily backup is due, how long the background copy takes, and how soon a cancel stops it.
//
//   backup_bench [PAPERS]   (default 1000; the library is kept in $DUIZHAO_BENCH_LIBRARY if set)
//
// DUIZHAO_BENCH_GUI names another duizhao to start (an older build, for before/after figures).

#include "corpus.h"
#include "error.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "storage/backups.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace duizhao;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void buildLibrary(const QString &path, int papers)
{
    QElapsedTimer clock;
    clock.start();
    Library library(path);
    Transaction transaction(library.database());
    for (int i = 0; i < papers; ++i)
        library.addPaper(PaperReader::parseBytes(bench::variantPaper(i), QStringLiteral("paper-%1.txt").arg(i)));
    transaction.commit();
    std::printf("built %d papers in %.1f s\n", papers, double(clock.elapsed()) / 1000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int papers = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("DUIZHAO_BENCH_LIBRARY");
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("large.duizhao"));
    if (!QFileInfo::exists(path))
        buildLibrary(path, papers);
    std::printf("library %s: %.0f MB\n", qPrintable(path), double(QFileInfo(path).size()) / 1e6);
    const QString backups = Backups::folderFor(path);

    // 1. Start-up to the first frame with the daily backup due (no backup folder).
    QString gui = qEnvironmentVariable("DUIZHAO_BENCH_GUI");
    if (gui.isEmpty())
        gui = QStringLiteral(DUIZHAO_GUI);
    std::vector<double> startup;
    int leftBackups = 0;
    for (int run = 0; run < 3; ++run) {
        QDir(backups).removeRecursively();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(gui, {QStringLiteral("--startup-time"), QStringLiteral("--db"), path,
                            QStringLiteral("--settings"), dir.filePath(QStringLiteral("settings.ini"))});
        process.waitForFinished(600000);
        static const QRegularExpression ms(QStringLiteral("startup_ms ([0-9.]+)"));
        startup.push_back(ms.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toDouble());
        leftBackups += int(Backups::list(path).size());
    }
    std::printf("startup_ms with a due backup (median of 3): %.0f  [runs: %.0f %.0f %.0f]\n", median(startup),
                startup[0], startup[1], startup[2]);
    std::printf("backups the start-up left (taken before the first frame or after): %d\n", leftBackups);

    // 2. The background copy, as BackupJob takes it: a connection of its own, steps of PagesPerStep.
    QDir(backups).removeRecursively();
    QElapsedTimer clock;
    clock.start();
    int steps = 0;
    const BackupInfo backup = Backups::create(path, QStringLiteral("daily"), [&](qint64, qint64) {
        ++steps;
        return true;
    });
    std::printf("background backup: %.0f ms, %d steps, %.0f MB\n", double(clock.elapsed()), steps,
                double(backup.bytes) / 1e6);
    clock.restart();
    std::printf("due check after it: %s in %.2f ms\n",
                Backups::dailyDue(path) == Backups::Due::No ? "not due" : "due?!", double(clock.nsecsElapsed()) / 1e6);

    // 3. A cancel from another thread (quitting) a third of the way: how long until the copy has stopped.
    QDir(backups).removeRecursively();
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};
    std::atomic<bool> done{false};
    std::thread copying([&] {
        try {
            Backups::create(path, QStringLiteral("daily"), [&](qint64 copied, qint64 total) {
                permille = int(copied * 1000 / std::max<qint64>(total, 1));
                return !cancel;
            });
        } catch (const Error &) {
        }
        done = true;
    });
    while (permille < 333 && !done)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    QElapsedTimer stopping;
    stopping.start();
    cancel = true;
    copying.join();
    std::printf("cancel at a third: stopped %.1f ms after the cancel; files left: %lld\n",
                double(stopping.nsecsElapsed()) / 1e6, qlonglong(QDir(backups).entryList(QDir::Files).size()));
    return 0;
}
