#include "readerlayout.h"

#include "chinesefonts.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <cmath>

namespace duizhao::gui {

namespace {

// Reading comfort: lines of about 75 characters, generous leading for Chinese.
constexpr qreal MaxColumnEm = 34;
constexpr qreal MaxSingleColumnEm = 42;
// Around the columns: the unit numbers on the left, a margin on the right, the gap between.
constexpr qreal GutterEm = 3.4;
constexpr qreal RightEm = 1.6;
constexpr qreal GapEm = 2.2;
constexpr qreal ZoomFactor = 1.1;

QString displayText(const QString &text)
{
    QString out = text;
    out.replace(u'\n', QChar::LineSeparator);
    out.replace(u'\r', u' ');
    return out;
}

// Headings by depth: how much larger than the body text.
qreal headingScale(int depth)
{
    static const qreal scale[] = {1.4, 1.22, 1.1, 1.05};
    return scale[std::clamp(depth, 0, 3)];
}

} // namespace

ReaderLayout::ReaderLayout() = default;
ReaderLayout::~ReaderLayout() = default;

void ReaderLayout::setPaper(const Paper &paper, const QPalette &palette)
{
    m_rows.clear(); // layouts go too: their text and formats change
    m_rows.resize(std::size_t(paper.units.size()));
    const QColor link = palette.color(QPalette::Link);
    const QColor muted = palette.color(QPalette::PlaceholderText);
    for (qsizetype i = 0; i < paper.units.size(); ++i) {
        const Unit &unit = paper.units[i];
        Row &row = m_rows[std::size_t(i)];
        row.seq = unit.seq;
        row.heading = unit.kind == UnitKind::Heading;
        row.depth = unit.node >= 0 ? paper.nodes[unit.node].depth : 0;
        row.en.lang = Lang::En;
        row.zh.lang = Lang::Zh;
        row.en.text = displayText(unit.en);
        row.zh.text = displayText(unit.zh);
    }
    // Citations read as links, footnote markers as superscripts. These change the layout, so they
    // are set before it; marks that come and go (hits, selection) are drawn over it.
    for (const CitationOccurrence &c : paper.citations) {
        QTextLayout::FormatRange range;
        range.start = c.start;
        range.length = c.length;
        range.format.setForeground(link);
        m_rows[std::size_t(c.unitSeq - 1)].cell(c.lang).formats.append(range);
    }
    for (const FootnoteMarker &f : paper.footnotes) {
        QTextLayout::FormatRange range;
        range.start = f.start;
        range.length = f.length;
        range.format.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        range.format.setForeground(muted);
        m_rows[std::size_t(f.unitSeq - 1)].en.formats.append(range);
    }
}

void ReaderLayout::setFont(const QFont &font)
{
    m_font = font;
}

void ReaderLayout::setZoom(int zoom)
{
    m_zoom = std::clamp(zoom, MinZoom, MaxZoom);
}

bool ReaderLayout::showsLang(Lang lang) const
{
    switch (m_mode) {
    case Mode::English:
        return lang == Lang::En;
    case Mode::Chinese:
        return lang == Lang::Zh;
    default:
        return true;
    }
}

QFont ReaderLayout::fontFor(Lang lang, const Row &row) const
{
    QFont base = m_font;
    base.setPointSizeF(base.pointSizeF() * 1.08 * std::pow(ZoomFactor, m_zoom));
    if (row.heading) {
        base.setPointSizeF(base.pointSizeF() * headingScale(row.depth));
        base.setWeight(row.depth <= 2 ? QFont::DemiBold : QFont::Medium);
    }
    return lang == Lang::Zh ? chineseFirst(base) : base;
}

qreal ReaderLayout::sideBySideWidth(int latin, int chinese) const
{
    // An English sentence of the kind the papers hold gives the average advance of a character,
    // capitals, punctuation and spaces included.
    static const QString sample = QStringLiteral(
        "Since the Biden administration took office, it has pushed a number of innovation-related bills, "
        "especially for the semiconductor industry: \"small yard, high fence\" (2022).");
    const qreal latinAdvance = QFontMetricsF(fontFor(Lang::En, Row{})).horizontalAdvance(sample) / sample.size();
    const qreal chineseAdvance = QFontMetricsF(fontFor(Lang::Zh, Row{})).horizontalAdvance(QStringLiteral("中"));
    const qreal column = std::max(latin * latinAdvance, chinese * chineseAdvance);
    const qreal em = QFontMetricsF(fontFor(Lang::En, Row{})).height();
    return std::ceil(2 * column + (GutterEm + RightEm + GapEm) * em);
}

qreal ReaderLayout::topMargin() const
{
    return QFontMetricsF(m_font).height() * 0.6;
}

ReaderLayout::Geometry ReaderLayout::computeGeometry() const
{
    Geometry g;
    const qreal width = m_viewport.width();
    const QFont base = fontFor(Lang::En, Row{});
    g.em = QFontMetricsF(base).height();
    const qreal gutter = GutterEm * g.em;
    const qreal right = RightEm * g.em;
    const qreal gap = GapEm * g.em;
    const qreal available = std::max<qreal>(10 * g.em, width - gutter - right);
    if (m_mode == Mode::SideBySide) {
        g.column = std::min((available - gap) / 2, MaxColumnEm * g.em);
        const qreal used = 2 * g.column + gap;
        g.enX = gutter + std::max<qreal>(0, (available - used) / 2);
        g.zhX = g.enX + g.column + gap;
    } else {
        g.column = std::min(available, MaxSingleColumnEm * g.em);
        g.enX = g.zhX = gutter + std::max<qreal>(0, (available - g.column) / 2);
    }
    g.padding = 0.7 * g.em;
    return g;
}

void ReaderLayout::layOutCell(Cell &cell, const QFont &font, qreal width)
{
    // Shaping the text is most of the cost and does not depend on the width: a resize only
    // breaks the same shaped text into lines again. A new font (zoom) needs a new layout.
    if (!cell.layout || cell.layout->font() != font) {
        cell.layout = std::make_unique<QTextLayout>(cell.text, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        cell.layout->setTextOption(option);
        cell.layout->setFormats(cell.formats);
        cell.layout->setCacheEnabled(true);
    }
    const QFontMetricsF metrics(font);
    // Chinese needs more air between lines than Latin text of the same size.
    const qreal leading = metrics.height() * (cell.lang == Lang::Zh ? 0.45 : 0.32);
    qreal y = 0;
    cell.layout->beginLayout();
    for (QTextLine line = cell.layout->createLine(); line.isValid(); line = cell.layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + leading;
    }
    cell.layout->endLayout();
    cell.rect.setSize(QSizeF(width, std::max<qreal>(0, y - leading)));
}

void ReaderLayout::layOut(Row &row)
{
    const Geometry &g = m_geometry;
    for (Lang lang : {Lang::En, Lang::Zh}) {
        Cell &c = row.cell(lang);
        if (!showsLang(lang)) {
            c.layout.reset();
            c.rect = {};
            continue;
        }
        layOutCell(c, fontFor(lang, row), g.column);
        if (c.text.isEmpty())
            c.rect.setHeight(g.em); // room for the "no text" placeholder
        c.rect.moveLeft(lang == Lang::En ? g.enX : g.zhX);
        c.rect.moveTop(g.padding);
    }
    qreal height = 0;
    if (m_mode == Mode::Interleaved) {
        row.zh.rect.moveTop(row.en.rect.bottom() + 0.5 * g.em);
        height = row.zh.rect.bottom();
    } else {
        height =
            std::max(showsLang(Lang::En) ? row.en.rect.bottom() : 0, showsLang(Lang::Zh) ? row.zh.rect.bottom() : 0);
    }
    row.height = height + g.padding;
    row.laidOut = true;
}

// A row's height before it is laid out, from its length: close enough that the scroll bar and
// the rows around the view barely move when the real layout arrives.
qreal ReaderLayout::estimateHeight(const Row &row)
{
    const Geometry &g = m_geometry;
    qreal height = 0;
    for (Lang lang : {Lang::En, Lang::Zh}) {
        const Cell &c = row.cell(lang);
        if (!showsLang(lang))
            continue;
        // One measurement per language, of the body font. Headings scale it rather than load
        // their own faces: at start-up only the headings in view need theirs.
        EstimateMetrics &m = m_estimateMetrics[lang == Lang::Zh ? 1 : 0];
        if (m.lineHeight <= 0) {
            const QFontMetricsF metrics(fontFor(lang, Row{}));
            m.advance =
                lang == Lang::Zh ? metrics.horizontalAdvance(QChar(0x4E2D)) * 0.93 : metrics.averageCharWidth() * 1.08;
            m.lineHeight = metrics.height() * (lang == Lang::Zh ? 1.45 : 1.32);
        }
        const qreal scale = row.heading ? headingScale(row.depth) : 1.0;
        const qreal bold = row.heading && lang == Lang::En ? 1.06 : 1.0; // Latin bold runs wider
        const qreal lines =
            std::max<qreal>(1, std::ceil(c.text.size() * m.advance * scale * bold / std::max<qreal>(1, g.column)));
        const qreal cellHeight = lines * m.lineHeight * scale;
        height = m_mode == Mode::Interleaved ? height + cellHeight + 0.5 * g.em : std::max(height, cellHeight);
    }
    return height + 2 * g.padding;
}

void ReaderLayout::updatePositions()
{
    const qreal em = m_geometry.em;
    qreal y = topMargin();
    for (Row &row : m_rows) {
        if (row.heading)
            y += em * (row.depth == 0 ? 1.3 : row.depth == 1 ? 0.8 : 0.4);
        row.y = y;
        y += row.height;
    }
    // Room below the last unit so that any unit can be brought to the top.
    const qreal last = m_rows.empty() ? 0 : m_rows.back().height;
    m_contentHeight = y + std::max<qreal>(topMargin(), m_viewport.height() - last - topMargin());
}

int ReaderLayout::maxScroll() const
{
    return std::max(0, int(std::ceil(m_contentHeight)) - int(m_viewport.height()));
}

ReaderLayout::Anchor ReaderLayout::anchorAt(int scrollTop) const
{
    const int row = rowAt(scrollTop + topMargin() + 2);
    if (row < 0)
        return {};
    return {row, scrollTop - m_rows[std::size_t(row)].y};
}

int ReaderLayout::scrollTopFor(const Anchor &anchor, int scrollTop) const
{
    // Like a scroll bar, the position stays within the content.
    if (anchor.row >= 0 && anchor.row < rowCount()) {
        const Row &row = m_rows[std::size_t(anchor.row)];
        scrollTop = int(std::round(row.y + std::min(anchor.offset, row.height)));
    }
    return std::clamp(scrollTop, 0, maxScroll());
}

int ReaderLayout::reset(int scrollTop)
{
    m_geometry = computeGeometry();
    m_estimateMetrics = {}; // the fonts may have changed (zoom, palette, font change)
    const Anchor anchor = anchorAt(scrollTop);
    for (Row &row : m_rows) {
        row.laidOut = false;
        row.height = estimateHeight(row);
    }
    updatePositions();
    return scrollTopFor(anchor, scrollTop);
}

std::optional<int> ReaderLayout::layOutVisible(int scrollTop, qreal margin)
{
    std::optional<int> moved;
    // Laying out rows above the view moves the rows below: repeat until what shows is final.
    for (int round = 0; round < 4; ++round) {
        const int first = std::max(0, rowAt(scrollTop - margin));
        const int last = std::max(0, rowAt(scrollTop + m_viewport.height() + margin));
        const Anchor anchor = anchorAt(scrollTop);
        bool changed = false;
        for (int i = first; i <= last && i < rowCount(); ++i) {
            if (!m_rows[std::size_t(i)].laidOut) {
                layOut(m_rows[std::size_t(i)]);
                changed = true;
            }
        }
        if (!changed)
            break;
        updatePositions();
        moved = scrollTop = scrollTopFor(anchor, scrollTop);
    }
    return moved;
}

ReaderLayout::Slice ReaderLayout::layOutSlice(int scrollTop, int budgetMs)
{
    QElapsedTimer clock;
    clock.start();
    const Anchor anchor = anchorAt(scrollTop);
    const int centre = std::max(0, anchor.row);
    const int n = rowCount();
    bool remaining = false;
    for (int distance = 0; distance < n; ++distance) {
        for (int i : {centre + distance, centre - distance - 1}) {
            if (i < 0 || i >= n || m_rows[std::size_t(i)].laidOut)
                continue;
            if (clock.elapsed() >= budgetMs) {
                remaining = true;
                break;
            }
            layOut(m_rows[std::size_t(i)]);
        }
        if (remaining)
            break;
    }
    updatePositions();
    return {scrollTopFor(anchor, scrollTop), remaining};
}

int ReaderLayout::layOutRow(int row, int scrollTop)
{
    const Anchor anchor = anchorAt(scrollTop);
    layOut(m_rows[std::size_t(row)]);
    updatePositions();
    return scrollTopFor(anchor, scrollTop);
}

int ReaderLayout::layOutAll(int scrollTop)
{
    const Anchor anchor = anchorAt(scrollTop);
    for (Row &row : m_rows) {
        if (!row.laidOut)
            layOut(row);
    }
    updatePositions();
    return scrollTopFor(anchor, scrollTop);
}

bool ReaderLayout::isLaidOut() const
{
    return std::all_of(m_rows.begin(), m_rows.end(), [](const Row &row) { return row.laidOut; });
}

qreal ReaderLayout::leftEdge(const Row &row) const
{
    return std::min(showsLang(Lang::En) ? row.en.rect.left() : 1e9, showsLang(Lang::Zh) ? row.zh.rect.left() : 1e9);
}

qreal ReaderLayout::rightEdge(const Row &row) const
{
    return std::max(showsLang(Lang::En) ? row.en.rect.right() : 0, showsLang(Lang::Zh) ? row.zh.rect.right() : 0);
}

int ReaderLayout::rowAt(qreal y) const
{
    if (m_rows.empty())
        return -1;
    auto it =
        std::upper_bound(m_rows.begin(), m_rows.end(), y, [](qreal value, const Row &row) { return value < row.y; });
    if (it == m_rows.begin())
        return 0;
    return int(std::distance(m_rows.begin(), it)) - 1;
}

int ReaderLayout::unitAtTop(int scrollTop) const
{
    const int row = rowAt(scrollTop + topMargin() + 2);
    return row >= 0 ? m_rows[std::size_t(row)].seq : 0;
}

ReaderLayout::Position ReaderLayout::position(int unit, int scrollTop) const
{
    if (!hasUnit(unit))
        return {};
    const Row &row = rowOfUnit(unit);
    const qreal top = scrollTop + topMargin();
    return {unit, row.height > 0 ? std::clamp<double>((top - row.y) / row.height, 0, 1) : 0};
}

qreal ReaderLayout::scrollTopFor(const Position &position) const
{
    const Row &row = rowOfUnit(position.unit);
    return row.y + position.offset * row.height - topMargin();
}

QRectF ReaderLayout::textRect(int unitSeq, Lang lang, const TextRange &range, int scrollTop) const
{
    if (!hasUnit(unitSeq) || !showsLang(lang))
        return {};
    const Row &row = rowOfUnit(unitSeq);
    const Cell &c = row.cell(lang);
    if (!c.layout)
        return {};
    QRectF united;
    for (int i = 0; i < c.layout->lineCount(); ++i) {
        const QTextLine line = c.layout->lineAt(i);
        const int from = std::max(range.start, line.textStart());
        const int to = std::min(range.end(), line.textStart() + line.textLength());
        if (from >= to)
            continue;
        const qreal x1 = line.cursorToX(from);
        const qreal x2 = line.cursorToX(to);
        united |= QRectF(std::min(x1, x2), line.y(), std::abs(x2 - x1), line.height());
    }
    if (united.isNull())
        return {};
    return united.translated(c.rect.left(), row.y + c.rect.top() - scrollTop);
}

std::optional<ReaderLayout::TextPos> ReaderLayout::textPosAt(const QPointF &content,
                                                             std::optional<Lang> constrainTo) const
{
    const int rowIndex = rowAt(content.y());
    if (rowIndex < 0)
        return std::nullopt;
    const Row &row = m_rows[std::size_t(rowIndex)];
    Lang lang = Lang::En;
    if (constrainTo) {
        lang = *constrainTo;
    } else if (m_mode == Mode::English || m_mode == Mode::Chinese) {
        lang = m_mode == Mode::English ? Lang::En : Lang::Zh;
    } else if (m_mode == Mode::Interleaved) {
        lang = content.y() - row.y >= row.zh.rect.top() - 2 ? Lang::Zh : Lang::En;
    } else {
        lang = content.x() >= (row.en.rect.right() + row.zh.rect.left()) / 2 ? Lang::Zh : Lang::En;
    }
    if (!showsLang(lang))
        return std::nullopt;
    const Cell &c = row.cell(lang);
    if (!c.layout)
        return std::nullopt;
    const QPointF local(content.x() - c.rect.left(), content.y() - row.y - c.rect.top());
    TextPos pos{rowIndex, lang, 0};
    if (local.y() < 0 || c.layout->lineCount() == 0)
        return pos;
    for (int i = 0; i < c.layout->lineCount(); ++i) {
        const QTextLine line = c.layout->lineAt(i);
        const bool last = i + 1 == c.layout->lineCount();
        const qreal bottom = last ? line.y() + line.height() : c.layout->lineAt(i + 1).y();
        if (local.y() < bottom || last) {
            if (local.y() > bottom) {
                pos.pos = int(c.text.size());
            } else {
                pos.pos = line.xToCursor(local.x());
            }
            return pos;
        }
    }
    return pos;
}

int ReaderLayout::characterAt(int rowIndex, Lang lang, const QPointF &content) const
{
    if (rowIndex < 0 || rowIndex >= rowCount())
        return -1;
    const Row &row = m_rows[std::size_t(rowIndex)];
    const Cell &c = row.cell(lang);
    if (!c.layout)
        return -1;
    const QPointF local(content.x() - c.rect.left(), content.y() - row.y - c.rect.top());
    for (int i = 0; i < c.layout->lineCount(); ++i) {
        const QTextLine line = c.layout->lineAt(i);
        if (local.y() >= line.y() && local.y() < line.y() + line.height() && local.x() >= 0 &&
            local.x() <= line.naturalTextWidth())
            return line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
    }
    return -1;
}

bool ReaderLayout::inBadgeArea(int rowIndex, const QPointF &content) const
{
    if (rowIndex < 0 || rowIndex >= rowCount())
        return false;
    const Row &row = m_rows[std::size_t(rowIndex)];
    const qreal leftmost = leftEdge(row);
    const qreal em = QFontMetricsF(m_font).height();
    return content.x() < leftmost && content.x() > leftmost - 2.4 * em && content.y() - row.y < 2.6 * em;
}

std::pair<int, int> ReaderLayout::wordAt(const TextPos &pos) const
{
    if (pos.row < 0 || pos.row >= rowCount())
        return {-1, -1};
    const QString &text = m_rows[std::size_t(pos.row)].cell(pos.lang).text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(std::clamp(pos.pos, 0, int(text.size())));
    const int start = finder.isAtBoundary() && (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
                          ? pos.pos
                          : int(finder.toPreviousBoundary());
    finder.setPosition(std::max(0, start));
    const int end = int(finder.toNextBoundary());
    if (start < 0 || end < 0)
        return {-1, -1};
    return {start, end};
}

} // namespace duizhao::gui
