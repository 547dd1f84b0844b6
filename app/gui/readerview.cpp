#include "readerview.h"

#include "chinesefonts.h"
#include "frameworkstyle.h"
#include "model/reference.h"
#include "models/alignmentnotesmodel.h"
#include "plaintext.h"
#include "text/script.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextBoundaryFinder>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace duizhao::gui {

namespace {

// Reading comfort: lines of about 75 characters, generous leading for Chinese.
constexpr qreal MaxColumnEm = 34;
constexpr qreal MaxSingleColumnEm = 42;
constexpr qreal ZoomFactor = 1.1;

const QColor &hitColor()
{
    static const QColor color(255, 196, 0, 110); // readable on light and dark backgrounds
    return color;
}

const QColor &activeColor()
{
    static const QColor color(255, 120, 0, 190);
    return color;
}

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

ReaderView::ReaderView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Base);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Reader"));
    m_layoutTimer.setSingleShot(true);
    m_layoutTimer.setInterval(0);
    connect(&m_layoutTimer, &QTimer::timeout, this, &ReaderView::layoutSlice);
}

ReaderView::~ReaderView() = default;

void ReaderView::setPaper(const Paper &paper)
{
    m_paper = paper;
    m_annotations.clear();
    m_terms.clear();
    m_focus.clear();
    m_hitCache.clear();
    m_active.reset();
    m_anchor = m_cursor = {};
    m_currentUnit = 0;
    rebuildRows();
    relayout();
    verticalScrollBar()->setValue(0);
    updateCurrentUnit();
}

namespace {
QString markTip(const Annotation &a)
{
    QStringList lines;
    if (!a.note.isEmpty())
        lines.append(a.note);
    if (!a.tags.isEmpty())
        lines.append(
            QCoreApplication::translate("duizhao::gui::ReaderView", "Tags: %1").arg(a.tags.join(QStringLiteral(", "))));
    if (lines.isEmpty())
        lines.append(a.isUnitScope() ? QCoreApplication::translate("duizhao::gui::ReaderView", "This unit is coded")
                                     : QCoreApplication::translate("duizhao::gui::ReaderView", "Highlight"));
    return lines.join(u'\n');
}
} // namespace

void ReaderView::setAnnotations(const QList<Annotation> &annotations)
{
    m_annotations = annotations;
    applyAnnotations();
    viewport()->update();
}

void ReaderView::applyAnnotations()
{
    for (Row &row : m_rows) {
        row.marks.clear();
        row.unitMarks.clear();
    }
    for (const Annotation &a : m_annotations) {
        if (a.unitSeq < 1 || a.unitSeq > int(m_rows.size()))
            continue;
        Mark mark{a.id, a.lang, a.start, a.length, QColor(a.color), !a.note.isEmpty(), markTip(a)};
        Row &row = m_rows[std::size_t(a.unitSeq - 1)];
        (a.isUnitScope() ? row.unitMarks : row.marks).append(mark);
    }
}

void ReaderView::setTerms(const QList<Term> &terms)
{
    // Their dotted underline is drawn over the laid-out text, like the marks: the glossary
    // arriving just after the first paint lays nothing out again.
    m_terms = terms;
    applyTerms();
    viewport()->update();
}

void ReaderView::applyTerms()
{
    for (Row &row : m_rows)
        row.terms.clear();
    for (const Term &term : m_terms) {
        if (term.unitSeq < 1 || term.unitSeq > int(m_rows.size()))
            continue;
        m_rows[std::size_t(term.unitSeq - 1)].terms.append(
            {0, term.lang, term.start, term.length, QColor(), false, term.tip});
    }
}

void ReaderView::setFocusRanges(const QList<Context::Range> &ranges)
{
    m_focus = ranges;
    for (Row &row : m_rows)
        row.focus.clear();
    for (const Context::Range &r : ranges) {
        if (r.unitSeq >= 1 && r.unitSeq <= int(m_rows.size()))
            m_rows[std::size_t(r.unitSeq - 1)].focus.append(
                {0, r.lang, r.range.start, r.range.length, QColor(), false, {}});
    }
    viewport()->update();
}

bool ReaderView::isFocused(int unitSeq, Lang lang, int position) const
{
    if (unitSeq < 1 || unitSeq > int(m_rows.size()))
        return false;
    for (const Mark &mark : m_rows[std::size_t(unitSeq - 1)].focus) {
        if (mark.lang == lang && position >= mark.start && position < mark.start + mark.length)
            return true;
    }
    return false;
}

qint64 ReaderView::annotationAt(const QPoint &viewportPos) const
{
    return hitAt(viewportPos).annotation;
}

void ReaderView::setFrameworkLevels(const QHash<int, QString> &levels)
{
    m_levels = levels;
    for (Row &row : m_rows)
        row.level = levels.value(row.seq);
    viewport()->update();
}

void ReaderView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    if (m_rows.empty())
        viewport()->update();
}

void ReaderView::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const Position at = position();
    m_mode = mode;
    m_anchor = m_cursor = {};
    relayout();
    setPosition(at);
}

void ReaderView::setZoom(int zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (zoom == m_zoom)
        return;
    const Position at = position();
    m_zoom = zoom;
    relayout();
    setPosition(at);
    emit zoomChanged(m_zoom);
}

bool ReaderView::showsLang(Lang lang) const
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

QFont ReaderView::fontFor(Lang lang, const Row &row) const
{
    QFont base = font();
    base.setPointSizeF(base.pointSizeF() * 1.08 * std::pow(ZoomFactor, m_zoom));
    if (row.heading) {
        base.setPointSizeF(base.pointSizeF() * headingScale(row.depth));
        base.setWeight(row.depth <= 2 ? QFont::DemiBold : QFont::Medium);
    }
    return lang == Lang::Zh ? chineseFirst(base) : base;
}

void ReaderView::rebuildRows()
{
    m_rows.clear(); // layouts go too: their text and formats change
    m_rows.resize(std::size_t(m_paper.units.size()));
    const QColor link = palette().color(QPalette::Link);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    for (qsizetype i = 0; i < m_paper.units.size(); ++i) {
        const Unit &unit = m_paper.units[i];
        Row &row = m_rows[std::size_t(i)];
        row.seq = unit.seq;
        row.heading = unit.kind == UnitKind::Heading;
        row.depth = unit.node >= 0 ? m_paper.nodes[unit.node].depth : 0;
        row.level = m_levels.value(unit.seq);
        row.en.lang = Lang::En;
        row.zh.lang = Lang::Zh;
        row.en.text = displayText(unit.en);
        row.zh.text = displayText(unit.zh);
    }
    for (const AlignmentNote &note : m_paper.notes) {
        if (note.unitSeq >= 1 && note.unitSeq <= int(m_rows.size()))
            ++m_rows[std::size_t(note.unitSeq - 1)].notes;
    }
    // Citations read as links, footnote markers as superscripts. These change the layout, so they
    // are set before it; marks that come and go (hits, selection) are drawn over it.
    for (const CitationOccurrence &c : m_paper.citations) {
        QTextLayout::FormatRange range;
        range.start = c.start;
        range.length = c.length;
        range.format.setForeground(link);
        Row &row = m_rows[std::size_t(c.unitSeq - 1)];
        cell(row, c.lang).formats.append(range);
    }
    for (const FootnoteMarker &f : m_paper.footnotes) {
        QTextLayout::FormatRange range;
        range.start = f.start;
        range.length = f.length;
        range.format.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        range.format.setForeground(muted);
        m_rows[std::size_t(f.unitSeq - 1)].en.formats.append(range);
    }
    applyTerms();
    applyAnnotations();
    setFocusRanges(m_focus);
}

qreal ReaderView::topMargin() const
{
    return QFontMetricsF(font()).height() * 0.6;
}

void ReaderView::layoutCell(Cell &cell, const QFont &font, qreal width)
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

ReaderView::Geometry ReaderView::computeGeometry() const
{
    Geometry g;
    const qreal width = viewport()->width();
    const QFont base = fontFor(Lang::En, Row{});
    g.em = QFontMetricsF(base).height();
    const qreal gutter = 3.4 * g.em;
    const qreal right = 1.6 * g.em;
    const qreal gap = 2.2 * g.em;
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

void ReaderView::layoutRow(Row &row)
{
    const Geometry &g = m_geometry;
    for (Lang lang : {Lang::En, Lang::Zh}) {
        Cell &c = cell(row, lang);
        if (!showsLang(lang)) {
            c.layout.reset();
            c.rect = {};
            continue;
        }
        layoutCell(c, fontFor(lang, row), g.column);
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
qreal ReaderView::estimateHeight(const Row &row) const
{
    const Geometry &g = m_geometry;
    qreal height = 0;
    for (Lang lang : {Lang::En, Lang::Zh}) {
        const Cell &c = cell(row, lang);
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

void ReaderView::updatePositions()
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
    m_contentHeight = y + std::max<qreal>(topMargin(), viewport()->height() - last - topMargin());
    updateScrollBar();
}

ReaderView::Anchor ReaderView::captureAnchor() const
{
    const qreal top = verticalScrollBar()->value();
    const int row = rowAtContentY(top + topMargin() + 2);
    if (row < 0)
        return {};
    return {row, top - m_rows[std::size_t(row)].y};
}

void ReaderView::restoreAnchor(const Anchor &anchor)
{
    if (anchor.row < 0 || anchor.row >= int(m_rows.size()))
        return;
    const Row &row = m_rows[std::size_t(anchor.row)];
    const bool adjusting = m_adjusting;
    m_adjusting = true;
    verticalScrollBar()->setValue(int(std::round(row.y + std::min(anchor.offset, row.height))));
    m_adjusting = adjusting;
}

void ReaderView::relayout()
{
    // Only the rows in view are laid out now, the others estimated; the rest follow in slices of
    // SliceMs between events, nearest the reading position first, so nothing blocks for longer
    // than a frame whatever the paper's length.
    m_layoutWidth = viewport()->width();
    m_geometry = computeGeometry();
    m_estimateMetrics = {}; // the fonts may have changed (zoom, palette, font change)
    const Anchor anchor = captureAnchor();
    for (Row &row : m_rows) {
        row.laidOut = false;
        row.height = estimateHeight(row);
    }
    updatePositions();
    restoreAnchor(anchor);
    // A reader not yet shown has no final width: laying out now would be thrown away on show.
    if (isVisible())
        layoutVisibleRows();
    // The slices start once the reader has painted: the first paint (start-up, opening a paper)
    // waits for nothing it does not show.
    if (m_painted)
        m_layoutTimer.start();
    else
        m_layoutAfterPaint = true;
    viewport()->update();
}

void ReaderView::layoutVisibleRows()
{
    // A hidden reader has no final width yet (start-up, opening a paper before the window shows):
    // what it would lay out now is laid out again when it is shown.
    if (m_adjusting || !isVisible())
        return;
    // Laying out rows above the view moves the rows below: repeat until what shows is final.
    for (int round = 0; round < 4; ++round) {
        // Half a screen either side, so scrolling finds its rows ready; before the first paint
        // only what it will show.
        const qreal top = verticalScrollBar()->value();
        const qreal margin = m_painted ? viewport()->height() / 2.0 : 0;
        const int first = std::max(0, rowAtContentY(top - margin));
        const int last = std::max(0, rowAtContentY(top + viewport()->height() + margin));
        const Anchor anchor = captureAnchor();
        bool changed = false;
        for (int i = first; i <= last && i < int(m_rows.size()); ++i) {
            if (!m_rows[std::size_t(i)].laidOut) {
                layoutRow(m_rows[std::size_t(i)]);
                changed = true;
            }
        }
        if (!changed)
            return;
        updatePositions();
        restoreAnchor(anchor);
    }
}

void ReaderView::layoutSlice()
{
    // Rows nearest the reading position first, a slice per event loop turn so typing and
    // scrolling stay responsive.
    QElapsedTimer clock;
    clock.start();
    const Anchor anchor = captureAnchor();
    const int centre = std::max(0, anchor.row);
    const int n = int(m_rows.size());
    bool remaining = false;
    for (int distance = 0; distance < n; ++distance) {
        for (int i : {centre + distance, centre - distance - 1}) {
            if (i < 0 || i >= n || m_rows[std::size_t(i)].laidOut)
                continue;
            if (clock.elapsed() >= SliceMs) {
                remaining = true;
                break;
            }
            layoutRow(m_rows[std::size_t(i)]);
        }
        if (remaining)
            break;
    }
    updatePositions();
    restoreAnchor(anchor);
    if (remaining)
        m_layoutTimer.start();
    viewport()->update();
}

void ReaderView::finishLayout()
{
    m_layoutTimer.stop();
    m_layoutAfterPaint = false;
    const Anchor anchor = captureAnchor();
    for (Row &row : m_rows) {
        if (!row.laidOut)
            layoutRow(row);
    }
    updatePositions();
    restoreAnchor(anchor);
}

void ReaderView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const int page = viewport()->height();
    bar->setRange(0, std::max(0, int(std::ceil(m_contentHeight)) - page));
    bar->setPageStep(page);
    bar->setSingleStep(std::max(12, int(QFontMetricsF(font()).height() * 3)));
}

int ReaderView::rowAtContentY(qreal y) const
{
    if (m_rows.empty())
        return -1;
    auto it =
        std::upper_bound(m_rows.begin(), m_rows.end(), y, [](qreal value, const Row &row) { return value < row.y; });
    if (it == m_rows.begin())
        return 0;
    return int(std::distance(m_rows.begin(), it)) - 1;
}

void ReaderView::updateCurrentUnit()
{
    const int row = rowAtContentY(verticalScrollBar()->value() + topMargin() + 2);
    const int seq = row >= 0 ? m_rows[std::size_t(row)].seq : 0;
    if (seq == m_currentUnit)
        return;
    m_currentUnit = seq;
    if (seq > 0) {
        const Unit &unit = m_paper.units[seq - 1];
        setAccessibleDescription(unit.en + u'\n' + unit.zh);
    }
    emit currentUnitChanged(seq);
}

void ReaderView::scrollToContentY(qreal y)
{
    verticalScrollBar()->setValue(int(std::round(y)));
    updateCurrentUnit();
}

void ReaderView::scrollToUnit(int unitSeq)
{
    if (unitSeq < 1 || unitSeq > int(m_rows.size()))
        return;
    // Headings bring their extra space above them along. On a large paper the rows around the
    // target may not be laid out yet: scrolling lays them out, then the target is put in place.
    scrollToContentY(m_rows[std::size_t(unitSeq - 1)].y - topMargin());
    if (!m_rows[std::size_t(unitSeq - 1)].laidOut || m_layoutTimer.isActive() || m_layoutAfterPaint)
        scrollToContentY(m_rows[std::size_t(unitSeq - 1)].y - topMargin());
}

ReaderView::Position ReaderView::position() const
{
    if (m_currentUnit < 1)
        return {};
    const Row &row = m_rows[std::size_t(m_currentUnit - 1)];
    const qreal top = verticalScrollBar()->value() + topMargin();
    return {m_currentUnit, row.height > 0 ? std::clamp<double>((top - row.y) / row.height, 0, 1) : 0};
}

void ReaderView::setPosition(const Position &position)
{
    if (position.unit < 1 || position.unit > int(m_rows.size()))
        return;
    const Row &row = m_rows[std::size_t(position.unit - 1)];
    scrollToContentY(row.y + position.offset * row.height - topMargin());
}

void ReaderView::goToNextUnit()
{
    scrollToUnit(std::min<int>(int(m_rows.size()), m_currentUnit + 1));
}

void ReaderView::goToPreviousUnit()
{
    // From the middle of a long unit, go back to its start first.
    const Position at = position();
    scrollToUnit(at.offset > 0.02 ? m_currentUnit : std::max(1, m_currentUnit - 1));
}

void ReaderView::goToNextSection()
{
    for (int seq = m_currentUnit + 1; seq <= int(m_rows.size()); ++seq) {
        if (m_rows[std::size_t(seq - 1)].heading) {
            scrollToUnit(seq);
            return;
        }
    }
}

void ReaderView::goToPreviousSection()
{
    const Position at = position();
    for (int seq = at.offset > 0.02 ? m_currentUnit : m_currentUnit - 1; seq >= 1; --seq) {
        if (m_rows[std::size_t(seq - 1)].heading) {
            scrollToUnit(seq);
            return;
        }
    }
    scrollToUnit(1);
}

void ReaderView::setSearchQuery(const SearchQuery &query)
{
    m_hitCache.clear();
    if (query.isEmpty()) {
        m_query.reset();
        m_highlighter.reset();
    } else {
        m_query = query;
        m_highlighter = std::make_unique<Highlighter>(query);
    }
    viewport()->update();
}

const QList<TextRange> &ReaderView::hitsFor(const Row &row, Lang lang) const
{
    static const QList<TextRange> none;
    if (!m_highlighter)
        return none;
    const int key = row.seq * 2 + (lang == Lang::Zh ? 1 : 0);
    auto it = m_hitCache.find(key);
    if (it == m_hitCache.end()) {
        const Unit &unit = m_paper.units[row.seq - 1];
        it = m_hitCache.insert(key, m_highlighter->matches(lang == Lang::En ? unit.en : unit.zh));
    }
    return *it;
}

bool ReaderView::isMarkedAsHit(int unitSeq, Lang lang, int position) const
{
    if (unitSeq < 1 || unitSeq > int(m_rows.size()))
        return false;
    for (const TextRange &r : hitsFor(m_rows[std::size_t(unitSeq - 1)], lang)) {
        if (position >= r.start && position < r.end())
            return true;
    }
    return false;
}

void ReaderView::showRange(int unitSeq, Lang lang, const TextRange &range)
{
    if (unitSeq < 1 || unitSeq > int(m_rows.size()))
        return;
    if (!showsLang(lang))
        setMode(Mode::SideBySide);
    m_active = Active{unitSeq, lang, range};
    Row &row = m_rows[std::size_t(unitSeq - 1)];
    // Where the range is needs its row laid out (after a mode switch, or while the rest of the
    // paper is still being laid out in the background).
    if (!row.laidOut) {
        const Anchor anchor = captureAnchor();
        layoutRow(row);
        updatePositions();
        restoreAnchor(anchor);
    }
    auto bringIntoView = [&] {
        const qreal scroll = verticalScrollBar()->value();
        const QRect rect = textRect(unitSeq, lang, range);
        if (rect.isValid() && rect.top() >= 0 && rect.bottom() <= viewport()->height())
            return;
        const qreal rangeTop = rect.isValid() ? rect.top() + scroll : row.y;
        qreal target = row.y - topMargin(); // the unit at the top…
        if (rangeTop - target > viewport()->height() * 0.6)
            target = rangeTop - viewport()->height() / 4.0; // …unless the range would be far down a long unit
        scrollToContentY(target);
    };
    bringIntoView();
    bringIntoView(); // rows laid out on the way may have moved it
    viewport()->update();
}

void ReaderView::clearActiveRange()
{
    m_active.reset();
    viewport()->update();
}

QRect ReaderView::unitRect(int unitSeq) const
{
    if (unitSeq < 1 || unitSeq > int(m_rows.size()))
        return {};
    const Row &row = m_rows[std::size_t(unitSeq - 1)];
    return QRect(0, int(row.y - verticalScrollBar()->value()), viewport()->width(), int(row.height));
}

QRect ReaderView::textRect(int unitSeq, Lang lang, const TextRange &range) const
{
    if (unitSeq < 1 || unitSeq > int(m_rows.size()) || !showsLang(lang))
        return {};
    const Row &row = m_rows[std::size_t(unitSeq - 1)];
    const Cell &c = cell(row, lang);
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
    return united.translated(c.rect.left(), row.y + c.rect.top() - verticalScrollBar()->value()).toAlignedRect();
}

int ReaderView::unitAt(const QPoint &viewportPos) const
{
    const int row = rowAtContentY(viewportPos.y() + verticalScrollBar()->value());
    return row >= 0 ? m_rows[std::size_t(row)].seq : 0;
}

std::optional<ReaderView::TextPos> ReaderView::textPosAt(const QPoint &viewportPos,
                                                         std::optional<Lang> constrainTo) const
{
    const qreal y = viewportPos.y() + verticalScrollBar()->value();
    const int rowIndex = rowAtContentY(y);
    if (rowIndex < 0)
        return std::nullopt;
    const Row &row = m_rows[std::size_t(rowIndex)];
    Lang lang = Lang::En;
    if (constrainTo) {
        lang = *constrainTo;
    } else if (m_mode == Mode::English || m_mode == Mode::Chinese) {
        lang = m_mode == Mode::English ? Lang::En : Lang::Zh;
    } else if (m_mode == Mode::Interleaved) {
        lang = y - row.y >= row.zh.rect.top() - 2 ? Lang::Zh : Lang::En;
    } else {
        lang = viewportPos.x() >= (row.en.rect.right() + row.zh.rect.left()) / 2 ? Lang::Zh : Lang::En;
    }
    if (!showsLang(lang))
        return std::nullopt;
    const Cell &c = cell(row, lang);
    if (!c.layout)
        return std::nullopt;
    const QPointF local(viewportPos.x() - c.rect.left(), y - row.y - c.rect.top());
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

ReaderView::Hit ReaderView::hitAt(const QPoint &viewportPos) const
{
    Hit hit;
    const qreal y = viewportPos.y() + verticalScrollBar()->value();
    const int rowIndex = rowAtContentY(y);
    if (rowIndex < 0)
        return hit;
    const Row &row = m_rows[std::size_t(rowIndex)];
    hit.row = rowIndex;
    const qreal leftmost =
        std::min(showsLang(Lang::En) ? row.en.rect.left() : 1e9, showsLang(Lang::Zh) ? row.zh.rect.left() : 1e9);
    const QFontMetricsF metrics(font());
    if (row.notes > 0 && viewportPos.x() < leftmost && viewportPos.x() > leftmost - 2.4 * metrics.height() &&
        y - row.y < 2.6 * metrics.height()) {
        hit.badge = true;
        return hit;
    }
    const std::optional<TextPos> pos = textPosAt(viewportPos);
    if (!pos)
        return hit;
    hit.lang = pos->lang;
    const Cell &c = cell(row, pos->lang);
    if (!c.layout)
        return hit;
    // The character under the mouse, only when the mouse is really over text.
    const QPointF local(viewportPos.x() - c.rect.left(), y - row.y - c.rect.top());
    int character = -1;
    for (int i = 0; i < c.layout->lineCount(); ++i) {
        const QTextLine line = c.layout->lineAt(i);
        if (local.y() >= line.y() && local.y() < line.y() + line.height() && local.x() >= 0 &&
            local.x() <= line.naturalTextWidth()) {
            character = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
            break;
        }
    }
    if (character < 0) {
        if (!row.unitMarks.isEmpty())
            hit.annotation = row.unitMarks.front().id;
        return hit;
    }
    for (const Mark &mark : row.marks) {
        if (mark.lang == pos->lang && character >= mark.start && character < mark.start + mark.length)
            hit.annotation = mark.id;
    }
    for (const Mark &term : row.terms) {
        if (term.lang == pos->lang && character >= term.start && character < term.start + term.length)
            hit.term = term.tip;
    }
    for (int i = 0; i < m_paper.citations.size(); ++i) {
        const CitationOccurrence &cit = m_paper.citations[i];
        if (cit.unitSeq == row.seq && cit.lang == pos->lang && character >= cit.start &&
            character < cit.start + cit.length) {
            hit.citation = i;
            return hit;
        }
    }
    if (pos->lang == Lang::En) {
        for (const FootnoteMarker &f : m_paper.footnotes) {
            if (f.unitSeq == row.seq && character >= f.start && character < f.start + f.length) {
                hit.footnote = f.number;
                return hit;
            }
        }
    }
    if (hit.annotation == 0 && !row.unitMarks.isEmpty())
        hit.annotation = row.unitMarks.front().id;
    return hit;
}

std::pair<int, int> ReaderView::selectionIn(int rowIndex, Lang lang) const
{
    if (m_anchor.row < 0 || m_anchor == m_cursor || lang != m_anchor.lang)
        return {-1, -1};
    TextPos from = m_anchor;
    TextPos to = m_cursor;
    if (std::tie(to.row, to.pos) < std::tie(from.row, from.pos))
        std::swap(from, to);
    if (rowIndex < from.row || rowIndex > to.row)
        return {-1, -1};
    const Row &row = m_rows[std::size_t(rowIndex)];
    const int start = rowIndex == from.row ? from.pos : 0;
    const int end = rowIndex == to.row ? to.pos : int(cell(row, lang).text.size());
    return {start, end};
}

QList<QTextLayout::FormatRange> ReaderView::dynamicFormats(const Row &row, Lang lang, int rowIndex) const
{
    QList<QTextLayout::FormatRange> formats;
    // Glossary terms: a light dotted underline, under any mark drawn over them.
    QColor termLine = palette().color(QPalette::Text);
    termLine.setAlphaF(0.3f);
    for (const Mark &term : row.terms) {
        if (term.lang != lang)
            continue;
        QTextLayout::FormatRange f;
        f.start = term.start;
        f.length = term.length;
        f.format.setUnderlineStyle(QTextCharFormat::DotLine);
        f.format.setUnderlineColor(termLine);
        formats.append(f);
    }
    const qsizetype termCount = formats.size();
    // Highlight colours are light: dark text on them stays readable in a dark theme too.
    for (const Mark &mark : row.marks) {
        if (mark.lang != lang)
            continue;
        QTextLayout::FormatRange f;
        f.start = mark.start;
        f.length = mark.length;
        f.format.setBackground(mark.color);
        f.format.setForeground(QColor(0x1a, 0x1a, 0x1a));
        formats.append(f);
    }
    for (const TextRange &r : hitsFor(row, lang)) {
        QTextLayout::FormatRange f;
        f.start = r.start;
        f.length = r.length;
        f.format.setBackground(hitColor());
        formats.append(f);
    }
    for (const Mark &mark : row.focus) {
        if (mark.lang != lang)
            continue;
        QTextLayout::FormatRange f;
        f.start = mark.start;
        f.length = mark.length;
        QColor focus = palette().color(QPalette::Highlight);
        focus.setAlphaF(0.30f);
        f.format.setBackground(focus);
        f.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        f.format.setUnderlineColor(palette().color(QPalette::Highlight));
        formats.append(f);
    }
    if (m_active && m_active->seq == row.seq && m_active->lang == lang) {
        QTextLayout::FormatRange f;
        f.start = m_active->range.start;
        f.length = m_active->range.length;
        f.format.setBackground(activeColor());
        formats.append(f);
    }
    const auto [start, end] = selectionIn(rowIndex, lang);
    if (start >= 0 && end > start) {
        QTextLayout::FormatRange f;
        f.start = start;
        f.length = end - start;
        f.format.setBackground(palette().brush(QPalette::Highlight));
        f.format.setForeground(palette().brush(QPalette::HighlightedText));
        formats.append(f);
    }
    return withTermUnderlines(formats, termCount);
}

QList<QTextLayout::FormatRange> ReaderView::withTermUnderlines(const QList<QTextLayout::FormatRange> &formats,
                                                               qsizetype termCount)
{
    // Each range is drawn over the ones before it, so a mark over a term would hide its underline:
    // right after each mark, the part over a term is drawn again with both.
    QList<QTextLayout::FormatRange> drawn = formats.mid(0, termCount);
    for (qsizetype i = termCount; i < formats.size(); ++i) {
        const QTextLayout::FormatRange &f = formats[i];
        drawn.append(f);
        if (f.format.underlineStyle() != QTextCharFormat::NoUnderline)
            continue;
        for (qsizetype t = 0; t < termCount; ++t) {
            const QTextLayout::FormatRange &term = formats[t];
            const int start = std::max(f.start, term.start);
            const int end = std::min(f.start + f.length, term.start + term.length);
            if (end <= start)
                continue;
            QTextLayout::FormatRange both = f;
            both.start = start;
            both.length = end - start;
            both.format.setUnderlineStyle(term.format.underlineStyle());
            both.format.setUnderlineColor(term.format.underlineColor());
            drawn.append(both);
        }
    }
    return drawn;
}

void ReaderView::paintEvent(QPaintEvent *event)
{
    if (!m_painted)
        QMetaObject::invokeMethod(this, &ReaderView::firstPainted, Qt::QueuedConnection);
    m_painted = true;
    if (m_layoutAfterPaint) {
        m_layoutAfterPaint = false;
        m_layoutTimer.start();
    }
    QPainter painter(viewport());
    painter.fillRect(event->rect(), palette().brush(QPalette::Base));
    if (m_rows.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                         m_placeholder);
        return;
    }
    const qreal scroll = verticalScrollBar()->value();
    const QFontMetricsF metrics(font());
    const qreal em = metrics.height();
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.82);
    const QColor muted = palette().color(QPalette::PlaceholderText);
    QColor rule = palette().color(QPalette::Text);
    rule.setAlphaF(0.09f);

    const int first = rowAtContentY(scroll + event->rect().top());
    for (int i = std::max(0, first); i < int(m_rows.size()); ++i) {
        const Row &row = m_rows[std::size_t(i)];
        const qreal top = row.y - scroll;
        if (top > event->rect().bottom())
            break;
        const qreal left =
            std::min(showsLang(Lang::En) ? row.en.rect.left() : 1e9, showsLang(Lang::Zh) ? row.zh.rect.left() : 1e9);
        const qreal right =
            std::max(showsLang(Lang::En) ? row.en.rect.right() : 0, showsLang(Lang::Zh) ? row.zh.rect.right() : 0);

        // The framework colour runs down the left edge of every unit of its part of the paper.
        if (!row.level.isEmpty()) {
            painter.fillRect(QRectF(left - 0.55 * em, top + 0.35 * em, 3, row.height - 0.7 * em),
                             FrameworkStyle::color(row.level));
        }
        // Unit number, and the alignment-notes badge under it.
        painter.setFont(small);
        painter.setPen(muted);
        const QRectF numberRect(left - 3.2 * em, top + row.en.rect.top(), 2.3 * em, em);
        painter.drawText(numberRect, Qt::AlignRight | Qt::AlignTop, QString::number(row.seq));
        if (row.notes > 0) {
            const QRectF badge(left - 2.1 * em, top + row.en.rect.top() + 1.15 * em, 1.2 * em, 1.2 * em);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(214, 92, 24));
            painter.drawRoundedRect(badge, 0.3 * em, 0.3 * em);
            painter.setPen(Qt::white);
            QFont bold = small;
            bold.setBold(true);
            painter.setFont(bold);
            painter.drawText(badge, Qt::AlignCenter, QStringLiteral("≠"));
            painter.setBrush(Qt::NoBrush);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }

        // A coded unit: a tint behind both languages, and a dot per code in the margin.
        if (!row.unitMarks.isEmpty()) {
            QColor tint = row.unitMarks.front().color;
            tint.setAlphaF(0.28f);
            painter.fillRect(QRectF(left - 0.3 * em, top + 0.25 * em, right - left + 0.6 * em, row.height - 0.5 * em),
                             tint);
            painter.setRenderHint(QPainter::Antialiasing);
            for (qsizetype k = 0; k < row.unitMarks.size(); ++k) {
                painter.setPen(QPen(palette().color(QPalette::Text), 0.6));
                painter.setBrush(row.unitMarks[k].color);
                painter.drawEllipse(QPointF(left - 1.05 * em, top + row.en.rect.top() + (2.6 + 0.75 * k) * em),
                                    0.28 * em, 0.28 * em);
            }
            painter.setBrush(Qt::NoBrush);
            painter.setRenderHint(QPainter::Antialiasing, false);
        }

        for (Lang lang : {Lang::En, Lang::Zh}) {
            const Cell &c = cell(row, lang);
            if (!showsLang(lang) || !c.layout)
                continue;
            const QPointF origin(c.rect.left(), top + c.rect.top());
            if (c.text.isEmpty()) {
                QFont italic = font();
                italic.setItalic(true);
                painter.setFont(italic);
                painter.setPen(muted);
                painter.drawText(QRectF(origin, c.rect.size()), Qt::AlignLeft | Qt::AlignTop,
                                 lang == Lang::En ? tr("(no English text in the source)")
                                                  : tr("(no Chinese text in the source)"));
                continue;
            }
            if (m_mode == Mode::Interleaved && lang == Lang::Zh) {
                QColor tint = palette().color(QPalette::Highlight);
                tint.setAlphaF(0.45f);
                painter.fillRect(QRectF(origin.x() - 0.3 * em, origin.y() + 0.1 * em, 2, c.rect.height() - 0.2 * em),
                                 tint);
            }
            painter.setPen(palette().color(QPalette::Text));
            c.layout->draw(&painter, origin, dynamicFormats(row, lang, i), QRectF(event->rect()));
            // A highlight with a note gets a small corner mark at its end.
            for (const Mark &mark : row.marks) {
                if (mark.lang != lang || !mark.hasNote)
                    continue;
                const int end = mark.start + mark.length;
                const QTextLine line = c.layout->lineForTextPosition(std::max(mark.start, end - 1));
                if (!line.isValid())
                    continue;
                const QPointF corner(origin.x() + line.cursorToX(end), origin.y() + line.y());
                QPolygonF flag;
                flag << corner << corner + QPointF(0.45 * em, 0) << corner + QPointF(0, 0.45 * em);
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(mark.color.darker(160));
                painter.drawPolygon(flag);
                painter.setBrush(Qt::NoBrush);
                painter.setRenderHint(QPainter::Antialiasing, false);
            }
        }
        if (!row.heading && i + 1 < int(m_rows.size()) && !m_rows[std::size_t(i + 1)].heading) {
            painter.setPen(rule);
            const qreal y = std::floor(top + row.height) + 0.5;
            painter.drawLine(QPointF(left, y), QPointF(right, y));
        }
    }
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (viewport()->width() != m_layoutWidth) {
        const Position at = position();
        relayout();
        setPosition(at);
    } else {
        relayout();
    }
}

void ReaderView::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    layoutVisibleRows();
}

void ReaderView::scrollContentsBy(int, int)
{
    layoutVisibleRows();
    viewport()->update();
    updateCurrentUnit();
}

void ReaderView::setSelection(const TextPos &anchor, const TextPos &cursor)
{
    const bool had = hasSelection();
    m_anchor = anchor;
    m_cursor = cursor;
    viewport()->update();
    if (had != hasSelection())
        emit copyAvailable(hasSelection());
}

QList<ReaderView::Context::Range> ReaderView::selectionRanges() const
{
    QList<Context::Range> ranges;
    if (!hasSelection())
        return ranges;
    for (int i = std::min(m_anchor.row, m_cursor.row); i <= std::max(m_anchor.row, m_cursor.row); ++i) {
        auto [start, end] = selectionIn(i, m_anchor.lang);
        const QString &text = cell(m_rows[std::size_t(i)], m_anchor.lang).text;
        // Spaces at the edges of a selection are not part of what was meant.
        while (start < end && script::isSpace(text[start].unicode()))
            ++start;
        while (end > start && script::isSpace(text[end - 1].unicode()))
            --end;
        if (start >= 0 && end > start)
            ranges.append({m_rows[std::size_t(i)].seq, m_anchor.lang, {start, end - start}});
    }
    return ranges;
}

void ReaderView::clearSelection()
{
    setSelection({}, {});
}

bool ReaderView::hasSelection() const
{
    return m_anchor.row >= 0 && !(m_anchor == m_cursor);
}

QString ReaderView::selectedText() const
{
    if (!hasSelection())
        return {};
    QStringList parts;
    const int from = std::min(m_anchor.row, m_cursor.row);
    const int to = std::max(m_anchor.row, m_cursor.row);
    for (int i = from; i <= to; ++i) {
        const auto [start, end] = selectionIn(i, m_anchor.lang);
        if (start < 0 || end <= start)
            continue;
        const Unit &unit = m_paper.units[m_rows[std::size_t(i)].seq - 1];
        parts.append((m_anchor.lang == Lang::En ? unit.en : unit.zh).mid(start, end - start));
    }
    return parts.join(QStringLiteral("\n\n"));
}

QList<int> ReaderView::selectedUnits() const
{
    if (!hasSelection())
        return m_currentUnit > 0 ? QList<int>{m_currentUnit} : QList<int>{};
    QList<int> units;
    for (int i = std::min(m_anchor.row, m_cursor.row); i <= std::max(m_anchor.row, m_cursor.row); ++i)
        units.append(m_rows[std::size_t(i)].seq);
    return units;
}

QString ReaderView::textWithCitation() const
{
    const QList<int> units = selectedUnits();
    if (units.isEmpty())
        return {};
    QStringList english;
    QStringList chinese;
    for (int seq : units) {
        english.append(m_paper.units[seq - 1].en);
        chinese.append(m_paper.units[seq - 1].zh);
    }
    QString where =
        units.size() == 1 ? tr("unit %1").arg(units.front()) : tr("units %1–%2").arg(units.front()).arg(units.back());
    const QString path = sectionPath(m_paper, units.front(), Lang::En, false);
    if (!path.isEmpty())
        where += QStringLiteral(", ") + path;
    return english.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + chinese.join(QStringLiteral("\n\n")) +
           QStringLiteral("\n\n— ") + formatReference(m_paper.meta) + QStringLiteral(" (") + where + u')';
}

void ReaderView::copy()
{
    if (hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

void ReaderView::copyWithCitation()
{
    const QString text = textWithCitation();
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void ReaderView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position().toPoint();
    const Hit pressed = hitAt(m_pressPos);
    m_pressedCitation = pressed.citation;
    m_pressedAnnotation = pressed.annotation;
    const std::optional<TextPos> pos = textPosAt(m_pressPos);
    if (pos) {
        if (event->modifiers() & Qt::ShiftModifier && m_anchor.row >= 0) {
            if (const auto extended = textPosAt(m_pressPos, m_anchor.lang))
                setSelection(m_anchor, *extended);
        } else {
            setSelection(*pos, *pos);
        }
        m_selecting = true;
    }
    clearActiveRange();
}

void ReaderView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint p = event->position().toPoint();
    if (m_selecting && (event->buttons() & Qt::LeftButton)) {
        if ((p - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_pressedCitation = -1;
        if (const auto pos = textPosAt(p, m_anchor.lang))
            setSelection(m_anchor, *pos);
        // Drag beyond the edge scrolls.
        if (p.y() < 0)
            verticalScrollBar()->setValue(verticalScrollBar()->value() + p.y());
        else if (p.y() > viewport()->height())
            verticalScrollBar()->setValue(verticalScrollBar()->value() + p.y() - viewport()->height());
        return;
    }
    const Hit hit = hitAt(p);
    viewport()->setCursor(hit.citation >= 0 ? Qt::PointingHandCursor
                          : hit.badge       ? Qt::WhatsThisCursor
                                            : Qt::IBeamCursor);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_selecting = false;
    const Hit released = hitAt(event->position().toPoint());
    if (m_pressedCitation >= 0 && released.citation == m_pressedCitation) {
        setSelection({}, {});
        emit citationActivated(m_pressedCitation);
    } else if (m_pressedAnnotation != 0 && !hasSelection() && released.annotation == m_pressedAnnotation) {
        emit annotationActivated(m_pressedAnnotation);
    }
    m_pressedCitation = -1;
    m_pressedAnnotation = 0;
}

void ReaderView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (const qint64 annotation = hitAt(event->position().toPoint()).annotation) {
        emit annotationEditRequested(annotation);
        return;
    }
    const std::optional<TextPos> pos = textPosAt(event->position().toPoint());
    if (!pos)
        return;
    const QString &text = cell(m_rows[std::size_t(pos->row)], pos->lang).text;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    finder.setPosition(std::clamp(pos->pos, 0, int(text.size())));
    int start = finder.isAtBoundary() && (finder.boundaryReasons() & QTextBoundaryFinder::StartOfItem)
                    ? pos->pos
                    : int(finder.toPreviousBoundary());
    finder.setPosition(std::max(0, start));
    int end = int(finder.toNextBoundary());
    if (start < 0 || end < 0)
        return;
    setSelection({pos->row, pos->lang, start}, {pos->row, pos->lang, end});
}

void ReaderView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copy();
        return;
    }
    if (event->matches(QKeySequence::SelectAll) && m_currentUnit > 0) {
        const int row = m_currentUnit - 1;
        const Lang lang = showsLang(Lang::En) ? Lang::En : Lang::Zh;
        setSelection({row, lang, 0}, {row, lang, int(cell(m_rows[std::size_t(row)], lang).text.size())});
        return;
    }
    QScrollBar *bar = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Down:
        bar->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    case Qt::Key_Up:
        bar->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        bar->triggerAction(event->modifiers() & Qt::ShiftModifier ? QAbstractSlider::SliderPageStepSub
                                                                  : QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_PageUp:
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    case Qt::Key_Home:
        bar->triggerAction(QAbstractSlider::SliderToMinimum);
        return;
    case Qt::Key_End:
        bar->triggerAction(QAbstractSlider::SliderToMaximum);
        return;
    case Qt::Key_Escape:
        setSelection({}, {});
        clearActiveRange();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void ReaderView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copyAction = menu.addAction(tr("&Copy"), this, &ReaderView::copy);
    copyAction->setEnabled(hasSelection());
    menu.addAction(tr("Copy with &Citation"), this, &ReaderView::copyWithCitation);
    Context context;
    const Hit hit = hitAt(event->pos());
    context.unitSeq = hit.row >= 0 ? m_rows[std::size_t(hit.row)].seq : m_currentUnit;
    context.lang = hit.lang;
    context.annotation = hit.annotation;
    context.selection = selectionRanges();
    emit contextMenuRequested(&menu, context);
    menu.exec(event->globalPos());
}

bool ReaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const Hit hit = hitAt(help->pos());
        QString text;
        if (hit.badge) {
            QStringList lines;
            for (const AlignmentNote &note : m_paper.notes) {
                if (note.unitSeq == m_rows[std::size_t(hit.row)].seq)
                    lines.append(AlignmentNotesModel::describe(note));
            }
            text = lines.join(u'\n');
        } else if (hit.citation >= 0) {
            const CitationOccurrence &c = m_paper.citations[hit.citation];
            const CitedWork &work = m_paper.works[c.work];
            QString other;
            if (c.counterpart >= 0) {
                const CitationOccurrence &o = m_paper.citations[c.counterpart];
                const Unit &unit = m_paper.units[o.unitSeq - 1];
                other = (o.lang == Lang::En ? unit.en : unit.zh).mid(o.start, o.length);
            }
            text = tr("%1, %2 · %3").arg(work.authorEn, work.year, work.authorZh);
            if (!other.isEmpty())
                text += u'\n' + (c.lang == Lang::En ? tr("In the Chinese: %1") : tr("In the English: %1")).arg(other);
            text += u'\n' +
                    tr("Occurrences in the paper: %1 — click to show them in Citations").arg(work.occurrences.size());
        } else if (hit.annotation != 0) {
            const Row &r = m_rows[std::size_t(hit.row)];
            for (const Mark &mark : r.marks + r.unitMarks) {
                if (mark.id == hit.annotation)
                    text = mark.tip;
            }
        } else if (!hit.term.isEmpty()) {
            text = hit.term;
        } else if (hit.footnote > 0) {
            text = tr("Footnote %1. The notes themselves are not part of the source text.").arg(hit.footnote);
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), plainToHtml(text), viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void ReaderView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        const Position at = position();
        rebuildRows();
        relayout();
        setPosition(at);
    }
}

} // namespace duizhao::gui
