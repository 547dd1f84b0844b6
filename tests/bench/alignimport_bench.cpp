// `duizhao-cli import --en FILE --zh FILE` without the process around it (issue 12, section 6):
// both files read, aligned (AlignmentDrafter) and stored through PaperImporter in one
// transaction, into a fresh library file each time.
//  - the bundled paper from a saved web page and a LibreOffice PDF (budget: under 1 s);
//  - a law from two plain text files at 100, 500 (budget: under 2 s) and 2,000 paragraphs a
//    side, to show how the whole import grows.

#include "aligncases.h"

#include "align/alignmentdrafter.h"
#include "align/sourcereader.h"
#include "library/library.h"
#include "library/paperimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>

using namespace duizhao;
using namespace duizhao::test;

namespace {

void importPair(benchmark::State &state, const QString &en, const QString &zh)
{
    QTemporaryDir dir;
    int units = 0;
    int paragraphs = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = dir.filePath(QStringLiteral("bench.duizhao"));
        QFile::remove(path);
        auto library = std::make_unique<Library>(path);
        state.ResumeTiming();
        const AlignmentDraft draft = AlignmentDrafter::draft(en, zh);
        const ImportResult result = PaperImporter(*library).import({AlignmentDrafter::source(draft)});
        if (!result.errors.isEmpty() || result.papers.size() != 1)
            state.SkipWithError("the pair was not imported");
        units = int(draft.alignment.links.size());
        paragraphs = int(draft.en.paragraphs.size());
        state.PauseTiming();
        library.reset();
        state.ResumeTiming();
    }
    state.counters["paragraphs_en"] = paragraphs;
    state.counters["units"] = units;
}

void BM_PaperFromPageAndPdf(benchmark::State &state)
{
    const QString fixtures = QStringLiteral(DUIZHAO_SOURCE_DIR "/tests/fixtures/align/");
    importPair(state, fixtures + u"paper-en.html", fixtures + u"paper-zh.pdf");
}
BENCHMARK(BM_PaperFromPageAndPdf)->Unit(benchmark::kMillisecond);

// A law with a translator's merges, splits and omissions, as two text files, blank lines between
// paragraphs.
void BM_LawFromTextFiles(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString enPath = dir.filePath(QStringLiteral("law-en.txt"));
    const QString zhPath = dir.filePath(QStringLiteral("law-zh.txt"));
    // lawUnits' size is approximate and the perturbation merges some paragraphs: grow the law
    // until the English file reads as at least the paragraphs asked for.
    const int size = int(state.range(0));
    for (int asked = size;; asked += std::max(1, size / 20)) {
        QByteArray en;
        QByteArray zh;
        for (const GoldUnit &unit : perturbed(lawUnits(31, asked), 32, {})) {
            for (const QString &p : unit.en)
                en += p.toUtf8() + "\n\n";
            for (const QString &p : unit.zh)
                zh += p.toUtf8() + "\n\n";
        }
        for (const auto &[path, bytes] : {std::pair{enPath, en}, std::pair{zhPath, zh}}) {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
                state.SkipWithError("cannot write the documents");
                return;
            }
        }
        if (SourceReader::read(enPath, Lang::En).paragraphs.size() >= size)
            break;
    }
    importPair(state, enPath, zhPath);
    state.counters["us_per_paragraph"] = benchmark::Counter(
        state.counters["paragraphs_en"], benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_LawFromTextFiles)->Arg(100)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
