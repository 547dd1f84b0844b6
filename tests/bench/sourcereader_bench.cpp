// Reading one side of a translation (issue 12): the bundled paper's sides as LibreOffice and
// Chromium set them in PDF, as saved web pages and as hard-wrapped text, and text of 1, 4 and 16
// times its length (how reading grows with the paragraphs). Beside them, pdftotext -layout on the
// same PDFs: what a user would run to get at the text without Duizhao.

#include "align/sourcereader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <benchmark/benchmark.h>

using namespace duizhao;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR "/tests/fixtures/align/") + QString::fromLatin1(name);
}

QByteArray bytesOf(const char *name)
{
    QFile file(fixture(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", name);
    return file.readAll();
}

void read(benchmark::State &state, const char *name, Lang lang)
{
    const QByteArray bytes = bytesOf(name);
    qsizetype paragraphs = 0;
    for (auto _ : state) {
        const SourceDocument document = SourceReader::readBytes(bytes, QString::fromLatin1(name), lang);
        paragraphs = document.paragraphs.size();
        benchmark::DoNotOptimize(paragraphs);
    }
    state.counters["paragraphs"] = double(paragraphs);
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes.size());
}

void readRepeatedText(benchmark::State &state)
{
    // The wrapped English side, its pages repeated: 59 paragraphs a copy.
    const QByteArray one = bytesOf("paper-en-wrapped.txt");
    QByteArray bytes;
    for (int i = 0; i < state.range(0); ++i)
        bytes += one + '\f';
    qsizetype paragraphs = 0;
    for (auto _ : state) {
        paragraphs = SourceReader::readBytes(bytes, QStringLiteral("long.txt"), Lang::En).paragraphs.size();
        benchmark::DoNotOptimize(paragraphs);
    }
    state.counters["paragraphs"] = double(paragraphs);
}

void pdftotext(benchmark::State &state, const char *name)
{
    for (auto _ : state) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), fixture(name), QStringLiteral("-")});
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            state.SkipWithError("pdftotext failed");
            return;
        }
    }
}

} // namespace

BENCHMARK_CAPTURE(read, paper_zh_pdf_libreoffice_8_pages, "paper-zh.pdf", Lang::Zh)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(read, paper_en_pdf_libreoffice_13_pages, "paper-en.pdf", Lang::En)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(read, paper_zh_2col_pdf_chromium_2_pages, "paper-zh-2col.pdf", Lang::Zh)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(pdftotext, paper_zh_pdf, "paper-zh.pdf")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(pdftotext, paper_en_pdf, "paper-en.pdf")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(read, paper_en_html_csis, "paper-en.html", Lang::En)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(read, paper_zh_html_gb18030, "paper-zh-gb18030.html", Lang::Zh)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(read, paper_en_text_wrapped, "paper-en-wrapped.txt", Lang::En)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(read, paper_zh_text_wrapped, "paper-zh-wrapped.txt", Lang::Zh)->Unit(benchmark::kMillisecond);
BENCHMARK(readRepeatedText)->Arg(1)->Arg(4)->Arg(16)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
