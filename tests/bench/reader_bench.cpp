// The reader with a paper ten times the bundled one: how long a full re-layout takes (window
// resize, zoom, mode change), how long one frame of scrolling takes to paint, and how long a
// jump to a far unit takes. Run with the others: see README, Performance.

#include "import/paperreader.h"
#include "readerview.h"
#include "support/testpapers.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>

#include <benchmark/benchmark.h>

using namespace duizhao;
using namespace duizhao::gui;

namespace {

const Paper &tenTimes()
{
    static const Paper paper = PaperReader::parseBytes(test::repeatedPaper(10), QStringLiteral("ten-times.txt"));
    return paper;
}

ReaderView &reader()
{
    static ReaderView *view = [] {
        auto *v = new ReaderView;
        v->resize(1000, 800);
        v->setPaper(tenTimes());
        v->show(); // resize events reach shown widgets only
        return v;
    }();
    return *view;
}

void BM_ReaderSetPaperTenTimes(benchmark::State &state)
{
    ReaderView view;
    view.resize(1000, 800);
    view.show();
    for (auto _ : state)
        view.setPaper(tenTimes());
    state.counters["units"] = double(tenTimes().units.size());
}
BENCHMARK(BM_ReaderSetPaperTenTimes)->Unit(benchmark::kMillisecond);

void BM_ReaderRelayoutOnResize(benchmark::State &state)
{
    ReaderView &view = reader();
    int width = 1000;
    for (auto _ : state) {
        width = width == 1000 ? 1100 : 1000;
        view.resize(width, 800);
        QApplication::sendPostedEvents(&view); // deliver the resize now
    }
}
BENCHMARK(BM_ReaderRelayoutOnResize)->Unit(benchmark::kMillisecond);

// Zoom: a new font, so every cell is shaped again.
void BM_ReaderZoom(benchmark::State &state)
{
    ReaderView &view = reader();
    for (auto _ : state)
        view.setZoom(view.zoom() == 0 ? 1 : 0);
}
BENCHMARK(BM_ReaderZoom)->Unit(benchmark::kMillisecond);

// One frame while scrolling: move by a wheel step and paint the viewport.
void BM_ReaderScrollFrame(benchmark::State &state)
{
    ReaderView &view = reader();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QScrollBar *bar = view.verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    int direction = 1;
    for (auto _ : state) {
        if (bar->value() >= bar->maximum() - 200 || bar->value() <= 200)
            direction = -direction;
        bar->setValue(bar->value() + direction * 120);
        view.viewport()->render(&frame);
    }
}
BENCHMARK(BM_ReaderScrollFrame)->Unit(benchmark::kMillisecond);

// Jumping to a far unit (a tree click, a search hit) and painting it.
void BM_ReaderJumpAndPaint(benchmark::State &state)
{
    ReaderView &view = reader();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const int units = int(tenTimes().units.size());
    auto *random = QRandomGenerator::global();
    for (auto _ : state) {
        view.scrollToUnit(1 + int(random->bounded(units)));
        view.viewport()->render(&frame);
    }
}
BENCHMARK(BM_ReaderJumpAndPaint)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
