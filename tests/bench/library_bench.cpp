// Import and search against the budgets of issue 7, each beside what a user would do instead:
//  - import of the bundled paper in process (budget: under 20 ms);
//  - a synthetic library of 500 papers (about 33 MB) made from the bundled one, and its import rate;
//  - search: 20 fixed queries in both languages on the paper and on the 500-paper library
//    (budget: p95 under 20 ms), beside ripgrep scanning the same texts as plain files; on the paper
//    also as the program's search job runs it, on a connection of its own per query.
// The summary table at the end gives p50/p95 over the 20 queries for each corpus and engine.

#include "corpus.h"

#include "bundledpaper.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "library/paperimporter.h"
#include "search/searchquery.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <map>

using namespace duizhao;

namespace {

const QStringList &queries()
{
    static const QStringList list = {
        u"decoupling"_qs,       u"small yard"_qs, u"chips"_qs,         u"export control*"_qs,
        u"technology power"_qs, u"alliance"_qs,   u"semiconductor"_qs, u"\"CHIPS and Science Act\""_qs,
        u"Huawei"_qs,           u"WTO"_qs,        u"脱钩"_qs,          u"芯片"_qs,
        u"卡脖子"_qs,           u"小院高墙"_qs,   u"技术权力"_qs,      u"联盟"_qs,
        u"半导体"_qs,           u"出口管制"_qs,   u"话语权"_qs,        u"美国"_qs};
    return list;
}

// The plain word ripgrep looks for: what the user typed, without our query syntax.
QString plain(const QString &query)
{
    QString text = query;
    text.remove(u'"');
    text.remove(u'*');
    return text;
}

struct Corpus
{
    QTemporaryDir dir;
    QString libraryPath;
    QString textFolder;
    std::unique_ptr<Library> library;
    double buildSeconds = 0;
    qint64 bytes = 0;
};

Corpus &paperCorpus()
{
    static Corpus c = [] {
        Corpus corpus;
        corpus.libraryPath = corpus.dir.filePath(QStringLiteral("paper.duizhao"));
        corpus.textFolder = corpus.dir.filePath(QStringLiteral("text"));
        QDir().mkpath(corpus.textFolder);
        QFile file(corpus.textFolder + QStringLiteral("/technology-power.txt"));
        file.open(QIODevice::WriteOnly);
        file.write(BundledPaper::bytes());
        corpus.bytes = file.size();
        corpus.library = std::make_unique<Library>(corpus.libraryPath);
        corpus.library->addPaper(PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName()));
        return corpus;
    }();
    return c;
}

Corpus &libraryCorpus()
{
    static Corpus c = [] {
        Corpus corpus;
        corpus.libraryPath = corpus.dir.filePath(QStringLiteral("500.duizhao"));
        corpus.textFolder = corpus.dir.filePath(QStringLiteral("text"));
        QDir().mkpath(corpus.textFolder);
        QList<QByteArray> papers;
        for (int i = 0; i < 500; ++i) {
            papers.append(bench::variantPaper(i));
            QFile file(corpus.textFolder + QStringLiteral("/paper-%1.txt").arg(i, 3, 10, QLatin1Char('0')));
            file.open(QIODevice::WriteOnly);
            file.write(papers.back());
            corpus.bytes += papers.back().size();
        }
        QElapsedTimer clock;
        clock.start();
        corpus.library = std::make_unique<Library>(corpus.libraryPath);
        Transaction transaction(corpus.library->database());
        for (int i = 0; i < papers.size(); ++i)
            corpus.library->addPaper(PaperReader::parseBytes(papers[i], QStringLiteral("paper-%1.txt").arg(i)));
        transaction.commit();
        corpus.buildSeconds = double(clock.nsecsElapsed()) / 1e9;
        return corpus;
    }();
    return c;
}

void BM_ImportBundledPaper(benchmark::State &state)
{
    // What `duizhao-cli import` and the GUI do (PaperImporter): read and parse, store with the
    // search index, attach the curated framework data, in one transaction; into a fresh library
    // each time.
    const PaperSource source = PaperSource::bundled();
    for (auto _ : state) {
        state.PauseTiming();
        auto library = std::make_unique<Library>(QStringLiteral(":memory:"));
        state.ResumeTiming();
        ImportResult result = PaperImporter(*library).import({source});
        benchmark::DoNotOptimize(result);
        state.PauseTiming();
        library.reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ImportBundledPaper)->Unit(benchmark::kMillisecond);

void searchOurs(benchmark::State &state, Corpus *corpus, QString query)
{
    const SearchQuery parsed = SearchQuery::parse(query);
    std::size_t hits = 0;
    for (auto _ : state)
        hits = std::size_t(corpus->library->search(parsed, {}).size());
    state.counters["hits"] = double(hits);
}

// What the program's search job does for each query: open the library read-only on its own
// thread (one connection per thread), then search. The difference to searchOurs is the
// connection's cost.
void searchOwnConnection(benchmark::State &state, Corpus *corpus, QString query)
{
    const SearchQuery parsed = SearchQuery::parse(query);
    std::size_t hits = 0;
    for (auto _ : state) {
        const Library library(corpus->libraryPath, Library::Access::ReadOnly);
        hits = std::size_t(library.search(parsed, {}).size());
    }
    state.counters["hits"] = double(hits);
}

void searchRipgrep(benchmark::State &state, Corpus *corpus, QString query)
{
    const QString word = plain(query);
    for (auto _ : state) {
        QProcess rg;
        rg.start(QStringLiteral("rg"), {QStringLiteral("-F"), QStringLiteral("-i"), QStringLiteral("-c"),
                                        QStringLiteral("--no-messages"), word, corpus->textFolder});
        rg.waitForFinished(-1);
        benchmark::DoNotOptimize(rg.readAllStandardOutput());
    }
}

// Collects each run's mean real time (ms) by benchmark family, for the p50/p95 table.
class SummaryReporter final : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            const std::string name = run.benchmark_name();
            const auto slash = name.find('/');
            if (slash == std::string::npos || run.run_type != Run::RT_Iteration)
                continue;
            times[name.substr(0, slash)].push_back(run.GetAdjustedRealTime());
        }
    }
    std::map<std::string, std::vector<double>> times;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);

    std::fprintf(stderr, "Building the 500-paper library…\n");
    Corpus &large = libraryCorpus();
    Corpus &paper = paperCorpus();
    std::printf("synthetic library: 500 papers, %.1f MB of text, imported in %.1f s (%.1f MB/s), file %.1f MB\n",
                double(large.bytes) / 1e6, large.buildSeconds, double(large.bytes) / 1e6 / large.buildSeconds,
                double(QFileInfo(large.libraryPath).size()) / 1e6);

    for (const QString &query : queries()) {
        const std::string q = query.toStdString();
        benchmark::RegisterBenchmark(("search_paper/" + q).c_str(), searchOurs, &paper, query)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("rg_paper/" + q).c_str(), searchRipgrep, &paper, query)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("search_job_paper/" + q).c_str(), searchOwnConnection, &paper, query)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("search_500/" + q).c_str(), searchOurs, &large, query)
            ->Unit(benchmark::kMillisecond);
        benchmark::RegisterBenchmark(("rg_500/" + q).c_str(), searchRipgrep, &large, query)
            ->Unit(benchmark::kMillisecond);
    }
    SummaryReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();

    std::printf("\n%-14s %10s %10s   (20 queries, ms per query)\n", "engine", "p50", "p95");
    for (const char *family : {"search_paper", "search_job_paper", "rg_paper", "search_500", "rg_500"}) {
        const auto it = reporter.times.find(family);
        if (it == reporter.times.end() || it->second.empty())
            continue;
        std::printf("%-14s %10.2f %10.2f\n", family, percentile(it->second, 0.5), percentile(it->second, 0.95));
    }
    return 0;
}
