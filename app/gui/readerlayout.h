#pragma once

#include "model/paper.h"
#include "search/highlighter.h"

#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QSizeF>
#include <QTextLayout>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace duizhao::gui {

// Where everything in the bilingual reader goes, without a widget: one row per aligned unit, its
// English and Chinese cells laid out with QTextLayout, both starting at the same height however
// long either is. A row is estimated from its length until it is laid out for real, so a paper
// of any length opens at once: the rows in view are laid out first, the others in slices between
// events. It maps a scroll position to the unit being read and back, and a point to a character.
//
// Every call that changes row heights takes the scroll position and returns the one that keeps
// the view on the same words: rows above the view may grow or shrink, what is read must not move.
// It lives beside the widget, not in core: it lays out with the screen's faces (chineseFirst).
class ReaderLayout final
{
    Q_DISABLE_COPY_MOVE(ReaderLayout)

public:
    enum class Mode
    {
        SideBySide,
        English,
        Chinese,
        Interleaved
    };

    static constexpr int MinZoom = -4;
    static constexpr int MaxZoom = 8;

    struct Cell
    {
        Lang lang = Lang::En;
        QString text; // the unit's text with line breaks as U+2028, offsets unchanged
        std::unique_ptr<QTextLayout> layout;
        QRectF rect;                             // x in content coordinates, y relative to the row's top
        QList<QTextLayout::FormatRange> formats; // what changes the layout: links, raised footnote markers
    };
    struct Row
    {
        int seq = 0;
        bool heading = false;
        int depth = 0;
        qreal y = 0; // content coordinates
        qreal height = 0;
        Cell en;
        Cell zh;
        bool laidOut = false; // false: the height is an estimate
        const Cell &cell(Lang lang) const { return lang == Lang::En ? en : zh; }
        Cell &cell(Lang lang) { return lang == Lang::En ? en : zh; }
    };
    struct Geometry
    {
        qreal em = 16; // line height of the body font at the current zoom
        qreal enX = 0;
        qreal zhX = 0;
        qreal column = 400;
        qreal padding = 10;
    };
    // A place in the text: row index (not unit number), language, UTF-16 offset.
    struct TextPos
    {
        int row = -1;
        Lang lang = Lang::En;
        int pos = 0;
        friend bool operator==(const TextPos &, const TextPos &) = default;
    };
    // The reading position: a unit and how far into its row the top of the view is, 0…1.
    struct Position
    {
        int unit = 1;
        double offset = 0;
    };
    struct Slice
    {
        int scrollTop = 0;
        bool remaining = false; // rows still estimated
    };

    ReaderLayout();
    ~ReaderLayout();

    // Rows for the paper's units, with the formats that change their layout: citations as links,
    // footnote markers as superscripts (colours from `palette`). Every row starts estimated.
    void setPaper(const Paper &paper, const QPalette &palette);
    const std::vector<Row> &rows() const { return m_rows; }
    int rowCount() const { return int(m_rows.size()); }
    bool hasUnit(int unitSeq) const { return unitSeq >= 1 && unitSeq <= rowCount(); }
    const Row &rowOfUnit(int unitSeq) const { return m_rows[std::size_t(unitSeq - 1)]; }

    // What the layout depends on; after a change, reset() estimates the rows again.
    void setFont(const QFont &font); // the reader's font at zoom 0
    const QFont &font() const { return m_font; }
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }
    bool showsLang(Lang lang) const;
    void setZoom(int zoom); // clamped to MinZoom…MaxZoom
    int zoom() const { return m_zoom; }
    void setViewportSize(const QSizeF &size) { m_viewport = size; }
    const QSizeF &viewportSize() const { return m_viewport; }

    // Columns for the width, every row estimated again, none laid out.
    int reset(int scrollTop);
    // Lays out the rows from `margin` above the view to `margin` below it, again while rows laid
    // out above it move those in it. Nothing: every one was laid out already.
    std::optional<int> layOutVisible(int scrollTop, qreal margin);
    // Rows nearest the reading position first, until `budgetMs` has passed.
    Slice layOutSlice(int scrollTop, int budgetMs);
    int layOutRow(int row, int scrollTop);
    int layOutAll(int scrollTop);
    bool isLaidOut() const;

    const Geometry &geometry() const { return m_geometry; }
    QFont fontFor(Lang lang, const Row &row) const;
    qreal topMargin() const;
    // The viewport width at which each side-by-side column holds `latin` characters of English
    // (of average width, measured in the English font) and `chinese` characters of Chinese, at
    // the current zoom.
    qreal sideBySideWidth(int latin, int chinese) const;
    qreal contentHeight() const { return m_contentHeight; }
    int maxScroll() const;
    // The leftmost and rightmost edges of the row's cells in view.
    qreal leftEdge(const Row &row) const;
    qreal rightEdge(const Row &row) const;

    // The row at a content y (the last one starting above it); -1 without rows.
    int rowAt(qreal y) const;
    // The unit being read at a scroll position: the one at the top of the view; 0 without rows.
    int unitAtTop(int scrollTop) const;
    Position position(int unit, int scrollTop) const;
    // Where the view's top goes for a reading position, in content coordinates.
    qreal scrollTopFor(const Position &position) const;

    // Where a range of a unit's text is drawn in a view scrolled to scrollTop; empty when it is not.
    QRectF textRect(int unitSeq, Lang lang, const TextRange &range, int scrollTop) const;
    // The text position nearest a content point: in the cell under it, or in `constrainTo`'s.
    std::optional<TextPos> textPosAt(const QPointF &content, std::optional<Lang> constrainTo = {}) const;
    // The character under a content point, -1 unless the point is over the text itself.
    int characterAt(int row, Lang lang, const QPointF &content) const;
    // The margin left of the text, beside the unit number, where the alignment-notes badge sits.
    bool inBadgeArea(int row, const QPointF &content) const;
    // The word around a position, as UTF-16 offsets [start, end); {-1, -1} when there is none.
    std::pair<int, int> wordAt(const TextPos &pos) const;

private:
    struct EstimateMetrics
    {
        qreal advance = 0;    // average advance of one character
        qreal lineHeight = 0; // line spacing as laid out
    };
    struct Anchor
    {
        int row = -1;
        qreal offset = 0; // pixels from the row's top to the top of the view
    };

    Geometry computeGeometry() const;
    void layOut(Row &row);
    void layOutCell(Cell &cell, const QFont &font, qreal width);
    qreal estimateHeight(const Row &row);
    void updatePositions();
    Anchor anchorAt(int scrollTop) const;
    int scrollTopFor(const Anchor &anchor, int scrollTop) const;

    std::vector<Row> m_rows;
    QFont m_font;
    Mode m_mode = Mode::SideBySide;
    int m_zoom = 0;
    QSizeF m_viewport;
    Geometry m_geometry;
    std::array<EstimateMetrics, 2> m_estimateMetrics{}; // by language, of the body font
    qreal m_contentHeight = 0;
};

} // namespace duizhao::gui
