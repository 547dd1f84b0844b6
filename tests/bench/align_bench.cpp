// Aligning a translation with its original (issue 12, section 6), from SourceParagraph lists as
// the readers hand them over:
//  - the bundled paper split into its two languages, aligned and made into a Paper;
//  - a law of about 500 paragraphs a side with a translator's merges, splits and omissions,
//    aligned and made into a Paper (budget: under 2 s);
//  - the same kind of document at 100, 500, 2,000 and 5,000 paragraphs, to show how the time
//    grows (the dynamic programme runs in a band, so it should grow about linearly).

#include "aligncases.h"

#include "align/alignedpaper.h"
#include "align/aligner.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace duizhao;
using namespace duizhao::test;

namespace {

SourceDocument document(Lang lang, const QList<SourceParagraph> &paragraphs)
{
    SourceDocument doc;
    doc.fileName = lang == Lang::En ? QStringLiteral("en.txt") : QStringLiteral("zh.txt");
    doc.lang = lang;
    doc.format = QStringLiteral("text");
    doc.paragraphs = paragraphs;
    return doc;
}

void alignAndParse(benchmark::State &state, const AlignCase &c)
{
    const SourceDocument en = document(Lang::En, c.en);
    const SourceDocument zh = document(Lang::Zh, c.zh);
    int units = 0;
    for (auto _ : state) {
        const Alignment alignment = Aligner::align(c.en, c.zh);
        const Paper paper =
            AlignedPaper::paper(alignment, en, zh, AlignedPaper::metaOf(en, zh), QStringLiteral("bench"));
        units = int(paper.units.size());
        benchmark::DoNotOptimize(paper);
    }
    state.counters["paragraphs_en"] = double(c.en.size());
    state.counters["paragraphs_zh"] = double(c.zh.size());
    state.counters["units"] = units;
}

void BM_BundledPaper(benchmark::State &state)
{
    static const AlignCase c = makeCase(QStringLiteral("paper"), bundledPaperUnits());
    alignAndParse(state, c);
}
BENCHMARK(BM_BundledPaper)->Unit(benchmark::kMillisecond);

void BM_Law500(benchmark::State &state)
{
    static const AlignCase c = makeCase(QStringLiteral("law"), perturbed(lawUnits(11, 500), 12, {}));
    alignAndParse(state, c);
}
BENCHMARK(BM_Law500)->Unit(benchmark::kMillisecond);

// Aligning alone, by size.
void BM_AlignScaling(benchmark::State &state)
{
    const int size = int(state.range(0));
    const AlignCase c = makeCase(QStringLiteral("law"), perturbed(lawUnits(21, size), 22, {}));
    AlignScore result;
    for (auto _ : state)
        result = score(Aligner::align(c.en, c.zh).links, c.gold);
    state.counters["paragraphs_en"] = double(c.en.size());
    // The band must not cost accuracy on long documents.
    state.counters["wrong_per_100"] = 100.0 * (result.gold - result.right) / result.gold;
    state.counters["us_per_paragraph"] = benchmark::Counter(
        double(c.en.size()), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_AlignScaling)->Arg(100)->Arg(500)->Arg(2000)->Arg(5000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
