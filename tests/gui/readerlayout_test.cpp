// The reader's layout without a window: rows estimated and then laid out, the view kept on the
// same words while rows change height, points mapped to characters and back, the view modes.

#include "bundledpaper.h"
#include "import/paperreader.h"
#include "readerlayout.h"
#include "support/testpapers.h"
#include "support/testsupport.h"

#include <QApplication>
#include <QFontMetricsF>

using namespace duizhao;
using namespace duizhao::gui;
using namespace duizhao::test;

namespace {

const Paper &bundled()
{
    static const Paper paper = PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
    return paper;
}

// A layout as the reader makes one: a font, a viewport, every row estimated.
struct Layout
{
    ReaderLayout layout;
    int scrollTop = 0;

    explicit Layout(const Paper &paper, QSizeF viewport = {1000, 800})
    {
        layout.setPaper(paper, QApplication::palette());
        layout.setFont(QFont(QStringLiteral("DejaVu Sans"), 10));
        layout.setViewportSize(viewport);
        scrollTop = layout.reset(0);
    }
    const ReaderLayout::Row &row(int seq) const { return layout.rowOfUnit(seq); }
    int unitStarting(QStringView english) const
    {
        for (const ReaderLayout::Row &r : layout.rows()) {
            if (r.en.text.startsWith(english))
                return r.seq;
        }
        FAIL("no unit starting with " << english.toString().toStdString());
        return 0;
    }
};

qreal totalHeight(const ReaderLayout &layout)
{
    const ReaderLayout::Row &last = layout.rows().back();
    return last.y + last.height;
}

} // namespace

TEST_CASE("reader layout: estimates first, then every row laid out, level and without overlap", "[gui][reader][layout]")
{
    Layout l(bundled());
    ReaderLayout &layout = l.layout;
    REQUIRE(layout.rowCount() == 57);
    CHECK_FALSE(layout.isLaidOut());
    for (const ReaderLayout::Row &row : layout.rows()) {
        CHECK_FALSE(row.laidOut);
        CHECK(row.height > 0);
        CHECK_FALSE(row.en.layout); // nothing shaped before it is needed
    }
    const qreal estimated = totalHeight(layout);

    l.scrollTop = layout.layOutAll(l.scrollTop);
    CHECK(layout.isLaidOut());
    // The estimate is what the scroll bar shows until the layout is done: it must not be far off.
    const qreal measured = totalHeight(layout);
    CHECK(estimated > measured * 0.85);
    CHECK(estimated < measured * 1.15);
    for (int seq = 1; seq <= 57; ++seq) {
        INFO("unit " << seq);
        const ReaderLayout::Row &row = l.row(seq);
        CHECK(row.en.rect.top() == row.zh.rect.top());   // both languages start level
        CHECK(row.en.rect.right() < row.zh.rect.left()); // English on the left
        CHECK(row.en.rect.bottom() <= row.height);
        CHECK(row.zh.rect.bottom() <= row.height);
        if (seq < 57)
            CHECK(row.y + row.height <= l.row(seq + 1).y);
    }
    CHECK(layout.contentHeight() >= measured);
}

TEST_CASE("reader layout: rows laid out above the view do not move what is read", "[gui][reader][layout]")
{
    Layout l(bundled());
    ReaderLayout &layout = l.layout;
    l.scrollTop = int(std::round(layout.scrollTopFor({40, 0.0})));
    REQUIRE(layout.unitAtTop(l.scrollTop) == 40);
    const qreal before = l.row(40).y - l.scrollTop;

    // Only the rows in view and half a screen around them.
    const std::optional<int> moved = layout.layOutVisible(l.scrollTop, 400);
    REQUIRE(moved);
    l.scrollTop = *moved;
    CHECK(l.row(40).laidOut);
    CHECK_FALSE(l.row(1).laidOut);
    CHECK(std::abs(l.row(40).y - l.scrollTop - before) <= 1);
    // Asked again, there is nothing left to do in view.
    CHECK_FALSE(layout.layOutVisible(l.scrollTop, 400));

    // The rest in slices: none without time, then all of them, and unit 40 stays at the top.
    const ReaderLayout::Slice none = layout.layOutSlice(l.scrollTop, 0);
    CHECK(none.remaining);
    CHECK_FALSE(l.row(1).laidOut);
    const ReaderLayout::Slice all = layout.layOutSlice(none.scrollTop, 60'000);
    CHECK_FALSE(all.remaining);
    CHECK(layout.isLaidOut());
    CHECK(layout.unitAtTop(all.scrollTop) == 40);
    CHECK(std::abs(l.row(40).y - all.scrollTop - before) <= 1);
}

TEST_CASE("reader layout: the reading position maps to a scroll position and back", "[gui][reader][layout]")
{
    Layout l(bundled());
    l.scrollTop = l.layout.layOutAll(l.scrollTop);
    for (int unit : {1, 12, 30, 57}) {
        for (double offset : {0.0, 0.5}) {
            INFO("unit " << unit << " offset " << offset);
            const int scrollTop = int(std::round(l.layout.scrollTopFor({unit, offset})));
            CHECK(l.layout.unitAtTop(scrollTop) == unit);
            const ReaderLayout::Position at = l.layout.position(unit, scrollTop);
            CHECK(at.unit == unit);
            CHECK(std::abs(at.offset - offset) * l.row(unit).height <= 1);
        }
    }
    // Scrolling stays within the content, whatever is asked.
    CHECK(l.layout.maxScroll() > 0);
    CHECK(l.layout.maxScroll() <= int(l.layout.contentHeight()));
}

TEST_CASE("reader layout: a point finds the character under it, the word around it, the notes badge",
          "[gui][reader][layout]")
{
    Layout l(bundled());
    ReaderLayout &layout = l.layout;
    const int seq = l.unitStarting(u"(2) There is a shift from");
    l.scrollTop = int(std::round(layout.scrollTopFor({seq, 0.0})));
    l.scrollTop = layout.layOutVisible(l.scrollTop, 0).value_or(l.scrollTop);
    const QString &english = l.row(seq).en.text;
    const int yard = int(english.indexOf(u"small yard"));
    REQUIRE(yard > 0);

    const QRectF rect = layout.textRect(seq, Lang::En, {yard + 6, 1}, l.scrollTop); // the "y" of "yard"
    REQUIRE(rect.isValid());
    const QPointF content = rect.center() + QPointF(0, l.scrollTop);
    const int rowIndex = seq - 1;
    CHECK(layout.characterAt(rowIndex, Lang::En, content) == yard + 6);
    const std::optional<ReaderLayout::TextPos> pos = layout.textPosAt(content);
    REQUIRE(pos);
    CHECK(pos->row == rowIndex);
    CHECK(pos->lang == Lang::En);
    CHECK(std::abs(pos->pos - (yard + 6)) <= 1);
    CHECK(layout.wordAt(*pos) == std::pair{yard + 6, yard + 10});

    // The Chinese column answers in Chinese; the margin and the gap between columns are not text.
    const QRectF chinese = layout.textRect(seq, Lang::Zh, {0, 1}, l.scrollTop);
    REQUIRE(chinese.isValid());
    CHECK(layout.textPosAt(chinese.center() + QPointF(0, l.scrollTop))->lang == Lang::Zh);
    const QPointF margin(l.row(seq).en.rect.left() - 20, content.y());
    CHECK(layout.characterAt(rowIndex, Lang::En, margin) == -1);
    // Below the last line of a cell is the end of its text.
    const ReaderLayout::Row &row = l.row(seq);
    const QPointF below(row.en.rect.left() + 5, row.y + row.height - 1);
    if (row.en.rect.bottom() < row.height - 2)
        CHECK(layout.textPosAt(below, Lang::En)->pos == int(english.size()));

    // The badge sits left of the text, under the unit number, and nowhere in the text.
    const qreal em = QFontMetricsF(layout.font()).height();
    CHECK(layout.inBadgeArea(rowIndex, QPointF(row.en.rect.left() - em, row.y + em)));
    CHECK_FALSE(layout.inBadgeArea(rowIndex, content));
}

TEST_CASE("reader layout: one language alone, or the Chinese under the English", "[gui][reader][layout]")
{
    // A law with chapters and articles, not the bundled paper.
    const Paper law = PaperReader::readFile(fixture(QStringLiteral("papers/chapters.txt")));
    Layout l(law);
    ReaderLayout &layout = l.layout;
    REQUIRE(layout.rowCount() > 4);

    layout.setMode(ReaderLayout::Mode::English);
    l.scrollTop = layout.layOutAll(layout.reset(l.scrollTop));
    for (const ReaderLayout::Row &row : layout.rows()) {
        CHECK(row.en.layout);
        CHECK_FALSE(row.zh.layout);
        CHECK(layout.textRect(row.seq, Lang::Zh, {0, 1}, l.scrollTop).isNull());
        CHECK(layout.textPosAt(QPointF(row.en.rect.center().x(), row.y + row.en.rect.center().y()))->lang == Lang::En);
    }
    const qreal englishColumn = layout.geometry().column;

    layout.setMode(ReaderLayout::Mode::Interleaved);
    l.scrollTop = layout.layOutAll(layout.reset(l.scrollTop));
    for (const ReaderLayout::Row &row : layout.rows()) {
        INFO("unit " << row.seq);
        CHECK(row.zh.rect.top() > row.en.rect.bottom()); // the Chinese under its English
        CHECK(row.zh.rect.left() == row.en.rect.left());
        CHECK(row.zh.rect.bottom() <= row.height);
        CHECK(layout.textPosAt(QPointF(row.zh.rect.center().x(), row.y + row.zh.rect.center().y()))->lang == Lang::Zh);
    }

    layout.setMode(ReaderLayout::Mode::SideBySide);
    l.scrollTop = layout.layOutAll(layout.reset(l.scrollTop));
    CHECK(layout.geometry().column < englishColumn); // two columns share the width
}

TEST_CASE("reader layout: zoom and a narrower window make rows taller, and zoom stays within bounds",
          "[gui][reader][layout]")
{
    const Paper large = PaperReader::parseBytes(repeatedPaper(3), QStringLiteral("three.txt"));
    Layout l(large);
    ReaderLayout &layout = l.layout;
    l.scrollTop = layout.layOutAll(l.scrollTop);
    const qreal normal = totalHeight(layout);

    layout.setZoom(2);
    l.scrollTop = layout.layOutAll(layout.reset(l.scrollTop));
    const qreal zoomed = totalHeight(layout);
    CHECK(zoomed > normal * 1.1);

    layout.setZoom(0);
    layout.setViewportSize({600, 800});
    l.scrollTop = layout.layOutAll(layout.reset(l.scrollTop));
    CHECK(totalHeight(layout) > normal * 1.2);

    layout.setZoom(100);
    CHECK(layout.zoom() == ReaderLayout::MaxZoom);
    layout.setZoom(-100);
    CHECK(layout.zoom() == ReaderLayout::MinZoom);
}

TEST_CASE("reader layout: a unit without text in one language keeps room for saying so", "[gui][reader][layout]")
{
    const Paper paper = PaperReader::readFile(fixture(QStringLiteral("papers/trailing-unpaired.txt")));
    Layout l(paper);
    l.scrollTop = l.layout.layOutAll(l.scrollTop);
    bool found = false;
    for (const ReaderLayout::Row &row : l.layout.rows()) {
        for (const ReaderLayout::Cell *cell : {&row.en, &row.zh}) {
            if (!cell->text.isEmpty())
                continue;
            found = true;
            CHECK(cell->rect.height() >= l.layout.geometry().em);
            CHECK(cell->rect.bottom() <= row.height);
        }
    }
    CHECK(found);
}
