// Export of the whole annotated paper: the budget is under 2 s on the 2-core machine.
// Run: cmake --preset dev -DDUIZHAO_BUILD_BENCHMARKS=ON && cmake --build --preset dev --target pdfexport_bench
//      && build/dev/tests/bench/pdfexport_bench
// Peak memory (getrusage ru_maxrss) is reported as a counter of the process so far.

#include "annotations/annotationstore.h"
#include "export/pdfexporter.h"
#include "library/openlibrary.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace duizhao;

namespace {

struct AnnotatedPaper
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    std::unique_ptr<AnnotationStore> store;
    qint64 doc = 0;

    AnnotatedPaper()
    {
        library = std::make_unique<Library>(dir.filePath(QStringLiteral("bench.duizhao")));
        doc = addBundledPaper(*library).documentId;
        store = std::make_unique<AnnotationStore>(*library);
        const Paper paper = library->loadPaper(doc);
        // About 50 marks spread over the paper: a highlight of the first words of each unit in one
        // language or the other, every fourth with a note and a tag, and a few whole-unit codes.
        const QStringList colors{u"yellow"_qs, u"green"_qs, u"blue"_qs, u"pink"_qs, u"orange"_qs, u"purple"_qs};
        const QStringList tags{u"power"_qs, u"order"_qs, u"values"_qs, u"dilemmas"_qs, u"countermeasures"_qs};
        int n = 0;
        for (const Unit &unit : paper.units) {
            Annotation a;
            a.documentId = doc;
            a.unitSeq = unit.seq;
            a.lang = unit.seq % 2 ? Lang::En : Lang::Zh;
            const QString &text = a.lang == Lang::En ? unit.en : unit.zh;
            a.start = 0;
            a.length = int(std::min<qsizetype>(text.size(), 120));
            a.color = colors[n % colors.size()];
            if (n % 4 == 0) {
                a.note = QStringLiteral("Note %1 on unit %2.\nA second line.").arg(n).arg(unit.seq);
                a.tags = {tags[n % tags.size()]};
            }
            store->add(a);
            ++n;
        }
        for (int seq : {5, 13, 24, 33, 45}) {
            Annotation a;
            a.documentId = doc;
            a.unitSeq = seq;
            a.scope = AnnotationScope::Unit;
            a.note = QStringLiteral("Coded");
            a.tags = {QStringLiteral("dilemmas")};
            store->add(a);
        }
    }
};

double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

void exportWholePaper(benchmark::State &state, PdfExportOptions::Layout layout, bool marginNotes)
{
    static AnnotatedPaper paper;
    QTemporaryDir out;
    PdfExportOptions options;
    options.layout = layout;
    options.marginNotes = marginNotes;
    const QString path = out.filePath(QStringLiteral("paper.pdf"));
    qint64 bytes = 0;
    int pages = 0;
    for (auto _ : state) {
        // collect() is part of what a user waits for: the marks come from the library.
        const PdfExportInput input = PdfExporter::collect(*paper.store, paper.doc);
        pages = PdfExporter::exportToFile(input, options, path).pageCount;
        bytes = QFileInfo(path).size();
    }
    state.counters["annotations"] = double(PdfExporter::collect(*paper.store, paper.doc).annotations.size());
    state.counters["pages"] = pages;
    state.counters["pdf_KiB"] = double(bytes) / 1024.0;
    state.counters["peak_MiB"] = peakMiB();
}

} // namespace

BENCHMARK_CAPTURE(exportWholePaper, side_by_side, PdfExportOptions::Layout::SideBySide, false)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3);
BENCHMARK_CAPTURE(exportWholePaper, side_by_side_margin_notes, PdfExportOptions::Layout::SideBySide, true)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3);
BENCHMARK_CAPTURE(exportWholePaper, interleaved, PdfExportOptions::Layout::Interleaved, false)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3);

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
