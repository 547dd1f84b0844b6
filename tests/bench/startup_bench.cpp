// Start-up of duizhao to its first painted reader, with the bundled paper open, beside the
// smallest Qt Widgets program showing one window (budget: within three times its start-up), and
// the peak memory of each (budget for duizhao: under 150 MB RSS). Both run as real processes on
// the offscreen platform (or the display in QT_QPA_PLATFORM) and report their own times.

#include "bundledpaper.h"
#include "import/paperreader.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>

using namespace duizhao;

namespace {

struct Sample
{
    double startupMs = 0;
    double panelsMs = 0; // duizhao only: when the docks have filled, just after the first paint
    double rssMb = 0;
};

std::vector<double> g_duizhao;
std::vector<double> g_duizhaoPanels;
std::vector<double> g_minimal;
double g_duizhaoRss = 0;
double g_minimalRss = 0;

Sample runOnce(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    process.waitForFinished(60000);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression startup(QStringLiteral("startup_ms ([0-9.]+)"));
    static const QRegularExpression panels(QStringLiteral("panels_ms ([0-9.]+)"));
    static const QRegularExpression rss(QStringLiteral("peak_rss_kb ([0-9]+)"));
    Sample sample;
    sample.startupMs = startup.match(out).captured(1).toDouble();
    sample.panelsMs = panels.match(out).captured(1).toDouble();
    sample.rssMb = rss.match(out).captured(1).toDouble() / 1024.0;
    return sample;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Each iteration starts the minimal window and then duizhao, so a busy moment of the machine
// slows both rather than one block of runs. The ratio reported is the median of each pair's.
std::vector<double> pairRatios()
{
    std::vector<double> ratios;
    for (std::size_t i = 0; i < std::min(g_duizhao.size(), g_minimal.size()); ++i) {
        if (g_minimal[i] > 0)
            ratios.push_back(g_duizhao[i] / g_minimal[i]);
    }
    return ratios;
}

void BM_StartupBesideMinimalQtWindow(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString library = dir.filePath(QStringLiteral("startup.duizhao"));
    Library(library).addPaper(PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName()));
    const QStringList args = {QStringLiteral("--startup-time"), QStringLiteral("--db"), library,
                              QStringLiteral("--settings"), dir.filePath(QStringLiteral("settings.ini"))};
    for (auto _ : state) {
        const Sample minimal = runOnce(QStringLiteral(MINIMAL_WINDOW), {});
        g_minimal.push_back(minimal.startupMs);
        g_minimalRss = std::max(g_minimalRss, minimal.rssMb);
        const Sample s = runOnce(QStringLiteral(DUIZHAO_GUI), args);
        state.SetIterationTime(s.startupMs / 1000.0);
        g_duizhao.push_back(s.startupMs);
        g_duizhaoPanels.push_back(s.panelsMs);
        g_duizhaoRss = std::max(g_duizhaoRss, s.rssMb);
    }
    state.counters["minimal_ms"] = median(g_minimal);
    state.counters["ratio"] = median(pairRatios());
    state.counters["peak_rss_MB"] = g_duizhaoRss;
}
BENCHMARK(BM_StartupBesideMinimalQtWindow)->UseManualTime()->Iterations(21)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    const double ours = median(g_duizhao);
    const double minimal = median(g_minimal);
    std::printf("\nstart-up to first paint (median of %zu): duizhao %.1f ms, minimal Qt window %.1f ms\n"
                "ratio, median of each run's pair: %.2f (budget 3.0)\n"
                "duizhao's docks filled (median): %.1f ms\n"
                "peak memory: duizhao %.1f MB (budget 150), minimal Qt window %.1f MB\n",
                g_duizhao.size(), ours, minimal, median(pairRatios()), median(g_duizhaoPanels), g_duizhaoRss,
                g_minimalRss);
    return 0;
}
