// Import and search at three library sizes (issue 7's budgets, issue 16's growth):
//  - import of the bundled paper in process (budget: under 20 ms);
//  - libraries of 1, 500 and 5,000 papers made by the benchmark (tests/bench/corpus.h; 5,000 are
//    about 333 MB of text), imported in one transaction each, their texts also written as files;
//  - for each size and each of 20 fixed queries in both languages: the first page of a library-wide
//    search in process (the first 50 hits, Library::search), the first batch of it as the search
//    job streams it (20 hits), a search of one paper in the middle of the library as the reader's
//    search runs it (documentId, up to 500 hits), the whole `duizhao-cli --db LIB search Q --limit 20`
//    process, and ripgrep counting the query in the texts as files (`rg -F -i -c`);
//  - the cost of a CLI process that finds nothing (`search` of a word no paper has): Qt, opening
//    the library, its checks.
// Each figure is the median of several runs of a query; the table gives p50/p95 over the 20
// queries. The CLI is run once before it is timed, which makes the day's automatic backup of the
// library (issue 16 §2, not search's cost) and leaves it not due for the timed runs.
// DUIZHAO_BENCH_CORPUS=DIR keeps the libraries in DIR and reuses them on the next run.
// --sizes=1,500 runs fewer sizes.

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
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
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
    int papers = 0;
    QString libraryPath;
    QString textFolder;
    double buildSeconds = 0; // 0: reused from an earlier run
    qint64 bytes = 0;
    qint64 middleDocument = 0;
};

// A library of `papers` papers in `folder`: the bundled one alone, or variantPaper(0…n-1).
Corpus buildCorpus(const QString &folder, int papers)
{
    Corpus corpus;
    corpus.papers = papers;
    corpus.libraryPath = QDir(folder).filePath(QStringLiteral("%1.duizhao").arg(papers));
    corpus.textFolder = QDir(folder).filePath(QStringLiteral("text-%1").arg(papers));
    const QString done = QDir(folder).filePath(QStringLiteral("%1.done").arg(papers));
    if (!QFileInfo::exists(done)) {
        for (const QString &file : QStringList{corpus.libraryPath, corpus.libraryPath + QStringLiteral("-wal"),
                                               corpus.libraryPath + QStringLiteral("-shm")})
            QFile::remove(file);
        QDir(corpus.libraryPath + QStringLiteral(".backups")).removeRecursively();
        QDir(corpus.textFolder).removeRecursively();
        QDir().mkpath(corpus.textFolder);
        std::fprintf(stderr, "Building the %d-paper library…\n", papers);
        QElapsedTimer clock;
        clock.start();
        Library library(corpus.libraryPath);
        Transaction transaction(library.database());
        for (int i = 0; i < papers; ++i) {
            const QByteArray bytes = papers == 1 ? BundledPaper::bytes() : bench::variantPaper(i);
            const QString name = QStringLiteral("paper-%1.txt").arg(i, 4, 10, QLatin1Char('0'));
            QFile file(QDir(corpus.textFolder).filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write(bytes);
            library.addPaper(PaperReader::parseBytes(bytes, name));
        }
        transaction.commit();
        corpus.buildSeconds = double(clock.nsecsElapsed()) / 1e9;
        QFile(done).open(QIODevice::WriteOnly);
    }
    for (const QFileInfo &file : QDir(corpus.textFolder).entryInfoList(QDir::Files))
        corpus.bytes += file.size();
    const Library library(corpus.libraryPath, Library::Access::ReadOnly);
    const QList<DocumentInfo> documents = library.documents();
    corpus.middleDocument = documents.isEmpty() ? 0 : documents[documents.size() / 2].id;
    return corpus;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const std::size_t index = std::min(values.size() - 1, std::size_t(p * double(values.size() - 1) + 0.5));
    return values[index];
}

// Milliseconds of one call, the median of `runs`.
double timeMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(-1);
    benchmark::DoNotOptimize(process.readAllStandardOutput());
}

struct Row
{
    std::string name;
    std::vector<double> ms;
};

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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QList<int> sizes = {1, 500, 5000};
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--sizes=", 8) == 0) {
            sizes.clear();
            for (const QString &n : QString::fromLocal8Bit(argv[i] + 8).split(u','))
                sizes.append(n.toInt());
            std::memmove(argv + i, argv + i + 1, std::size_t(argc - i) * sizeof(char *));
            --argc;
            --i;
        }
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();

    QTemporaryDir temporary;
    const QString kept = qEnvironmentVariable("DUIZHAO_BENCH_CORPUS");
    const QString folder = kept.isEmpty() ? temporary.path() : kept;
    QDir().mkpath(folder);
    const QString cli = QStringLiteral(DUIZHAO_CLI);

    std::vector<std::pair<Corpus, std::vector<Row>>> results;
    for (const int papers : sizes) {
        Corpus corpus = buildCorpus(folder, papers);
        std::printf("%d papers: %.1f MB of text, library file %.1f MB", papers, double(corpus.bytes) / 1e6,
                    double(QFileInfo(corpus.libraryPath).size()) / 1e6);
        if (corpus.buildSeconds > 0)
            std::printf(", imported in %.1f s (%.1f MB/s)", corpus.buildSeconds,
                        double(corpus.bytes) / 1e6 / corpus.buildSeconds);
        std::printf("\n");
        std::fflush(stdout);
        // The first CLI command makes the day's backup; the timed ones find it not due.
        runProcess(cli, {QStringLiteral("--db"), corpus.libraryPath, QStringLiteral("stats")});

        std::vector<Row> rows = {{"search, first page (50)", {}},
                                 {"search, first batch (20)", {}},
                                 {"in-paper search (500)", {}},
                                 {"duizhao-cli search --limit 20", {}},
                                 {"rg -F -i -c", {}},
                                 {"duizhao-cli, no hits", {}}};
        const Library library(corpus.libraryPath, Library::Access::ReadOnly);
        for (const QString &query : queries()) {
            const SearchQuery parsed = SearchQuery::parse(query);
            rows[0].ms.push_back(timeMs(15, [&] { benchmark::DoNotOptimize(library.search(parsed, {})); }));
            rows[1].ms.push_back(timeMs(15, [&] {
                library.search(parsed, {}, 20, [](QList<SearchHit> batch) {
                    benchmark::DoNotOptimize(batch);
                    return false; // what the panel shows first
                });
            }));
            SearchOptions inPaper;
            inPaper.documentId = corpus.middleDocument;
            inPaper.limit = 500;
            rows[2].ms.push_back(timeMs(15, [&] { benchmark::DoNotOptimize(library.search(parsed, inPaper)); }));
            rows[3].ms.push_back(timeMs(5, [&] {
                runProcess(cli, {QStringLiteral("--db"), corpus.libraryPath, QStringLiteral("search"), query,
                                 QStringLiteral("--limit"), QStringLiteral("20")});
            }));
            rows[4].ms.push_back(timeMs(5, [&] {
                runProcess(QStringLiteral("rg"), {QStringLiteral("-F"), QStringLiteral("-i"), QStringLiteral("-c"),
                                                  QStringLiteral("--no-messages"), plain(query), corpus.textFolder});
            }));
        }
        rows[5].ms.push_back(timeMs(5, [&] {
            runProcess(cli, {QStringLiteral("--db"), corpus.libraryPath, QStringLiteral("search"),
                             QStringLiteral("zzqxjv"), QStringLiteral("--limit"), QStringLiteral("20")});
        }));
        results.emplace_back(corpus, rows);
    }

    std::printf("\n%-32s", "ms (p50 / p95 over 20 queries)");
    for (const auto &[corpus, rows] : results)
        std::printf(" %10d papers   ", corpus.papers);
    std::printf("\n");
    for (std::size_t r = 0; !results.empty() && r < results.front().second.size(); ++r) {
        std::printf("%-32s", results.front().second[r].name.c_str());
        for (const auto &[corpus, rows] : results)
            std::printf(" %9.2f / %-9.2f", percentile(rows[r].ms, 0.5), percentile(rows[r].ms, 0.95));
        std::printf("\n");
    }
    return 0;
}
