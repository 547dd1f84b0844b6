#include "readerview.h"

#include "model/reference.h"
#include "models/alignmentnotesmodel.h"
#include "plaintext.h"
#include "text/script.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace duizhao::gui {

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
    m_layout.setFont(font());
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
    // A mark's tooltip goes with the mark (an undone note, a removed highlight) or its change.
    if (m_tip && QToolTip::isVisible() && QToolTip::text() == m_tip->html && tipAt(m_tip->pos) != m_tip->text) {
        QToolTip::hideText();
        m_tip.reset();
    }
}

void ReaderView::applyAnnotations()
{
    for (ReaderPainter::RowMarks &marks : m_marks) {
        marks.highlights.clear();
        marks.unitCodes.clear();
    }
    for (const Annotation &a : m_annotations) {
        if (!m_layout.hasUnit(a.unitSeq))
            continue;
        const Mark mark{a.id, a.lang, a.start, a.length, QColor(a.color), !a.note.isEmpty(), markTip(a)};
        ReaderPainter::RowMarks &marks = m_marks[std::size_t(a.unitSeq - 1)];
        (a.isUnitScope() ? marks.unitCodes : marks.highlights).append(mark);
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
    for (ReaderPainter::RowMarks &marks : m_marks)
        marks.terms.clear();
    for (const Term &term : m_terms) {
        if (m_layout.hasUnit(term.unitSeq))
            m_marks[std::size_t(term.unitSeq - 1)].terms.append(
                {0, term.lang, term.start, term.length, QColor(), false, term.tip});
    }
}

void ReaderView::setFocusRanges(const QList<Context::Range> &ranges)
{
    m_focus = ranges;
    applyFocus();
    viewport()->update();
}

void ReaderView::applyFocus()
{
    for (ReaderPainter::RowMarks &marks : m_marks)
        marks.focus.clear();
    for (const Context::Range &r : m_focus) {
        if (m_layout.hasUnit(r.unitSeq))
            m_marks[std::size_t(r.unitSeq - 1)].focus.append(
                {0, r.lang, r.range.start, r.range.length, QColor(), false, {}});
    }
}

bool ReaderView::isFocused(int unitSeq, Lang lang, int position) const
{
    if (!m_layout.hasUnit(unitSeq))
        return false;
    for (const Mark &mark : m_marks[std::size_t(unitSeq - 1)].focus) {
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
    for (std::size_t i = 0; i < m_marks.size(); ++i)
        m_marks[i].level = levels.value(m_layout.rows()[i].seq);
    viewport()->update();
}

int ReaderView::widthForColumns(int latin, int chinese) const
{
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, verticalScrollBar());
    return int(m_layout.sideBySideWidth(latin, chinese)) + 2 * frameWidth() + scrollBar;
}

void ReaderView::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    if (m_layout.rowCount() == 0)
        viewport()->update();
}

void ReaderView::setMode(Mode mode)
{
    if (mode == m_layout.mode())
        return;
    const Position at = position();
    m_layout.setMode(mode);
    m_anchor = m_cursor = {};
    relayout();
    setPosition(at);
}

void ReaderView::setZoom(int zoom)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (zoom == m_layout.zoom())
        return;
    const Position at = position();
    m_layout.setZoom(zoom);
    relayout();
    setPosition(at);
    emit zoomChanged(zoom);
}

void ReaderView::rebuildRows()
{
    m_layout.setPaper(m_paper, palette());
    m_marks.assign(std::size_t(m_layout.rowCount()), {});
    for (std::size_t i = 0; i < m_marks.size(); ++i)
        m_marks[i].level = m_levels.value(m_layout.rows()[i].seq);
    for (const AlignmentNote &note : m_paper.notes) {
        if (m_layout.hasUnit(note.unitSeq))
            ++m_marks[std::size_t(note.unitSeq - 1)].notes;
    }
    applyTerms();
    applyAnnotations();
    applyFocus();
    viewport()->update();
}

void ReaderView::relayout()
{
    // Only the rows in view are laid out now, the others estimated; the rest follow in slices of
    // SliceMs between events, nearest the reading position first, so nothing blocks for longer
    // than a frame whatever the paper's length.
    m_layout.setFont(font());
    m_layout.setViewportSize(viewport()->size());
    setScrollTop(m_layout.reset(verticalScrollBar()->value()));
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
    // Half a screen either side, so scrolling finds its rows ready; before the first paint only
    // what it will show.
    const qreal margin = m_painted ? viewport()->height() / 2.0 : 0;
    if (const std::optional<int> scrollTop = m_layout.layOutVisible(verticalScrollBar()->value(), margin))
        setScrollTop(*scrollTop);
}

void ReaderView::layoutSlice()
{
    // Rows nearest the reading position first, a slice per event loop turn so typing and
    // scrolling stay responsive.
    const ReaderLayout::Slice slice = m_layout.layOutSlice(verticalScrollBar()->value(), SliceMs);
    setScrollTop(slice.scrollTop);
    if (slice.remaining)
        m_layoutTimer.start();
    viewport()->update();
}

void ReaderView::finishLayout()
{
    m_layoutTimer.stop();
    m_layoutAfterPaint = false;
    setScrollTop(m_layout.layOutAll(verticalScrollBar()->value()));
}

void ReaderView::setScrollTop(int scrollTop)
{
    const bool adjusting = m_adjusting;
    m_adjusting = true;
    updateScrollBar();
    verticalScrollBar()->setValue(scrollTop);
    m_adjusting = adjusting;
}

void ReaderView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const int page = viewport()->height();
    bar->setRange(0, m_layout.maxScroll());
    bar->setPageStep(page);
    bar->setSingleStep(std::max(12, int(QFontMetricsF(font()).height() * 3)));
}

void ReaderView::updateCurrentUnit()
{
    const int seq = m_layout.unitAtTop(verticalScrollBar()->value());
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
    if (!m_layout.hasUnit(unitSeq))
        return;
    // Headings bring their extra space above them along. On a large paper the rows around the
    // target may not be laid out yet: scrolling lays them out, then the target is put in place.
    scrollToContentY(m_layout.rowOfUnit(unitSeq).y - m_layout.topMargin());
    if (!m_layout.rowOfUnit(unitSeq).laidOut || m_layoutTimer.isActive() || m_layoutAfterPaint)
        scrollToContentY(m_layout.rowOfUnit(unitSeq).y - m_layout.topMargin());
}

ReaderView::Position ReaderView::position() const
{
    return m_layout.position(m_currentUnit, verticalScrollBar()->value());
}

void ReaderView::setPosition(const Position &position)
{
    if (m_layout.hasUnit(position.unit))
        scrollToContentY(m_layout.scrollTopFor(position));
}

void ReaderView::goToNextUnit()
{
    scrollToUnit(std::min(m_layout.rowCount(), m_currentUnit + 1));
}

void ReaderView::goToPreviousUnit()
{
    // From the middle of a long unit, go back to its start first.
    const Position at = position();
    scrollToUnit(at.offset > 0.02 ? m_currentUnit : std::max(1, m_currentUnit - 1));
}

void ReaderView::goToNextSection()
{
    for (int seq = m_currentUnit + 1; seq <= m_layout.rowCount(); ++seq) {
        if (m_layout.rowOfUnit(seq).heading) {
            scrollToUnit(seq);
            return;
        }
    }
}

void ReaderView::goToPreviousSection()
{
    const Position at = position();
    for (int seq = at.offset > 0.02 ? m_currentUnit : m_currentUnit - 1; seq >= 1; --seq) {
        if (m_layout.rowOfUnit(seq).heading) {
            scrollToUnit(seq);
            return;
        }
    }
    scrollToUnit(1);
}

void ReaderView::setSearchQuery(const SearchQuery &query)
{
    m_hitCache.clear();
    if (query.isEmpty())
        m_highlighter.reset();
    else
        m_highlighter = std::make_unique<Highlighter>(query);
    viewport()->update();
}

const QList<TextRange> &ReaderView::hitsFor(const ReaderLayout::Row &row, Lang lang) const
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
    if (!m_layout.hasUnit(unitSeq))
        return false;
    for (const TextRange &r : hitsFor(m_layout.rowOfUnit(unitSeq), lang)) {
        if (position >= r.start && position < r.end())
            return true;
    }
    return false;
}

void ReaderView::showRange(int unitSeq, Lang lang, const TextRange &range)
{
    if (!m_layout.hasUnit(unitSeq))
        return;
    if (!m_layout.showsLang(lang))
        setMode(Mode::SideBySide);
    m_active = ReaderPainter::ActiveRange{unitSeq, lang, range};
    // Where the range is needs its row laid out (after a mode switch, or while the rest of the
    // paper is still being laid out in the background).
    if (!m_layout.rowOfUnit(unitSeq).laidOut)
        setScrollTop(m_layout.layOutRow(unitSeq - 1, verticalScrollBar()->value()));
    auto bringIntoView = [&] {
        const ReaderLayout::Row &row = m_layout.rowOfUnit(unitSeq);
        const qreal scroll = verticalScrollBar()->value();
        const QRect rect = textRect(unitSeq, lang, range);
        if (rect.isValid() && rect.top() >= 0 && rect.bottom() <= viewport()->height())
            return;
        const qreal rangeTop = rect.isValid() ? rect.top() + scroll : row.y;
        qreal target = row.y - m_layout.topMargin(); // the unit at the top…
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
    if (!m_layout.hasUnit(unitSeq))
        return {};
    const ReaderLayout::Row &row = m_layout.rowOfUnit(unitSeq);
    return QRect(0, int(row.y - verticalScrollBar()->value()), viewport()->width(), int(row.height));
}

QRect ReaderView::textRect(int unitSeq, Lang lang, const TextRange &range) const
{
    return m_layout.textRect(unitSeq, lang, range, verticalScrollBar()->value()).toAlignedRect();
}

int ReaderView::unitAt(const QPoint &viewportPos) const
{
    const int row = m_layout.rowAt(toContent(viewportPos).y());
    return row >= 0 ? m_layout.rows()[std::size_t(row)].seq : 0;
}

QPointF ReaderView::toContent(const QPoint &viewportPos) const
{
    return QPointF(viewportPos.x(), viewportPos.y() + verticalScrollBar()->value());
}

std::optional<ReaderView::TextPos> ReaderView::textPosAt(const QPoint &viewportPos,
                                                         std::optional<Lang> constrainTo) const
{
    return m_layout.textPosAt(toContent(viewportPos), constrainTo);
}

ReaderView::Hit ReaderView::hitAt(const QPoint &viewportPos) const
{
    Hit hit;
    const QPointF at = toContent(viewportPos);
    const int rowIndex = m_layout.rowAt(at.y());
    if (rowIndex < 0)
        return hit;
    const ReaderPainter::RowMarks &marks = m_marks[std::size_t(rowIndex)];
    const int seq = m_layout.rows()[std::size_t(rowIndex)].seq;
    hit.row = rowIndex;
    if (marks.notes > 0 && m_layout.inBadgeArea(rowIndex, at)) {
        hit.badge = true;
        return hit;
    }
    const std::optional<TextPos> pos = m_layout.textPosAt(at);
    if (!pos)
        return hit;
    hit.lang = pos->lang;
    // The character under the mouse, only when the mouse is really over text.
    const int character = m_layout.characterAt(rowIndex, pos->lang, at);
    const qint64 unitCode = marks.unitCodes.isEmpty() ? 0 : marks.unitCodes.front().id;
    if (character < 0) {
        hit.annotation = unitCode;
        return hit;
    }
    auto covers = [&](const Mark &mark) {
        return mark.lang == pos->lang && character >= mark.start && character < mark.start + mark.length;
    };
    for (const Mark &mark : marks.highlights) {
        if (covers(mark))
            hit.annotation = mark.id;
    }
    for (const Mark &term : marks.terms) {
        if (covers(term))
            hit.term = term.tip;
    }
    for (int i = 0; i < m_paper.citations.size(); ++i) {
        const CitationOccurrence &cit = m_paper.citations[i];
        if (cit.unitSeq == seq && cit.lang == pos->lang && character >= cit.start &&
            character < cit.start + cit.length) {
            hit.citation = i;
            return hit;
        }
    }
    if (pos->lang == Lang::En) {
        for (const FootnoteMarker &f : m_paper.footnotes) {
            if (f.unitSeq == seq && character >= f.start && character < f.start + f.length) {
                hit.footnote = f.number;
                return hit;
            }
        }
    }
    if (hit.annotation == 0)
        hit.annotation = unitCode;
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
    const ReaderLayout::Row &row = m_layout.rows()[std::size_t(rowIndex)];
    const int start = rowIndex == from.row ? from.pos : 0;
    const int end = rowIndex == to.row ? to.pos : int(row.cell(lang).text.size());
    return {start, end};
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
    ReaderPainter reader(painter, m_layout, palette(), font());
    if (m_layout.rowCount() == 0) {
        reader.placeholder(viewport()->rect(), m_placeholder);
        return;
    }
    ReaderPainter::Overlay overlay;
    overlay.rows = &m_marks;
    overlay.hits = [this](const ReaderLayout::Row &row, Lang lang) -> const QList<TextRange> & {
        return hitsFor(row, lang);
    };
    overlay.selection = [this](int row, Lang lang) { return selectionIn(row, lang); };
    overlay.active = m_active;
    reader.paint(event->rect(), verticalScrollBar()->value(), overlay);
}

void ReaderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (viewport()->width() != m_layout.viewportSize().width()) {
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
        const ReaderLayout::Row &row = m_layout.rows()[std::size_t(i)];
        const QString &text = row.cell(m_anchor.lang).text;
        // Spaces at the edges of a selection are not part of what was meant.
        while (start < end && script::isSpace(text[start].unicode()))
            ++start;
        while (end > start && script::isSpace(text[end - 1].unicode()))
            --end;
        if (start >= 0 && end > start)
            ranges.append({row.seq, m_anchor.lang, {start, end - start}});
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
        const Unit &unit = m_paper.units[m_layout.rows()[std::size_t(i)].seq - 1];
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
        units.append(m_layout.rows()[std::size_t(i)].seq);
    return units;
}

QString ReaderView::textWithCitation() const
{
    return quotationWithReference(m_paper, selectedUnits());
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
    const auto [start, end] = m_layout.wordAt(*pos);
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
        const Lang lang = m_layout.showsLang(Lang::En) ? Lang::En : Lang::Zh;
        setSelection({row, lang, 0}, {row, lang, int(m_layout.rows()[std::size_t(row)].cell(lang).text.size())});
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
    context.unitSeq = hit.row >= 0 ? m_layout.rows()[std::size_t(hit.row)].seq : m_currentUnit;
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
        const QString text = tipAt(help->pos());
        m_tip.reset();
        if (text.isEmpty()) {
            QToolTip::hideText();
        } else {
            m_tip = ShownTip{help->pos(), text, plainToHtml(text)};
            QToolTip::showText(help->globalPos(), m_tip->html, viewport());
        }
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString ReaderView::tipAt(const QPoint &viewportPos) const
{
    const Hit hit = hitAt(viewportPos);
    if (hit.badge) {
        QStringList lines;
        for (const AlignmentNote &note : m_paper.notes) {
            if (note.unitSeq == m_layout.rows()[std::size_t(hit.row)].seq)
                lines.append(AlignmentNotesModel::describe(note));
        }
        return lines.join(u'\n');
    }
    if (hit.citation >= 0) {
        const CitationOccurrence &c = m_paper.citations[hit.citation];
        const CitedWork &work = m_paper.works[c.work];
        QString other;
        if (c.counterpart >= 0) {
            const CitationOccurrence &o = m_paper.citations[c.counterpart];
            const Unit &unit = m_paper.units[o.unitSeq - 1];
            other = (o.lang == Lang::En ? unit.en : unit.zh).mid(o.start, o.length);
        }
        QString text = tr("%1, %2 · %3").arg(work.authorEn, work.year, work.authorZh);
        if (!other.isEmpty())
            text += u'\n' + (c.lang == Lang::En ? tr("In the Chinese: %1") : tr("In the English: %1")).arg(other);
        return text + u'\n' +
               tr("Occurrences in the paper: %1 — click to show them in Citations").arg(work.occurrences.size());
    }
    if (hit.annotation != 0) {
        const ReaderPainter::RowMarks &marks = m_marks[std::size_t(hit.row)];
        QString text;
        for (const Mark &mark : marks.highlights + marks.unitCodes) {
            if (mark.id == hit.annotation)
                text = mark.tip;
        }
        return text;
    }
    if (!hit.term.isEmpty())
        return hit.term;
    if (hit.footnote > 0)
        return tr("Footnote %1. The notes themselves are not part of the source text.").arg(hit.footnote);
    return {};
}

void ReaderView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        m_layout.setFont(font()); // the reading position is measured in the new font's margin
        const Position at = position();
        rebuildRows();
        relayout();
        setPosition(at);
    }
}

} // namespace duizhao::gui
