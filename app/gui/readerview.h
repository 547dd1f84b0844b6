#pragma once

#include "annotations/annotation.h"
#include "model/paper.h"
#include "readerlayout.h"
#include "readerpainter.h"
#include "search/highlighter.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QMenu;

namespace duizhao::gui {

// The bilingual reader: one row per aligned unit, English on the left and Chinese on the right,
// both starting at the same height however long either is. ReaderLayout places the rows and
// ReaderPainter draws the visible ones; this widget scrolls them, keeps what is marked on them
// and answers the mouse and the keyboard: English-only, Chinese-only and interleaved modes, zoom,
// selection and copy, citations as links with tooltips, footnote markers as superscripts,
// search hits marked in both columns, and a badge on units with alignment notes.
class ReaderView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    using Mode = ReaderLayout::Mode;

    // Rows out of view are laid out in slices of at most this long, between events.
    static constexpr int SliceMs = 8;
    static constexpr int MinZoom = ReaderLayout::MinZoom;
    static constexpr int MaxZoom = ReaderLayout::MaxZoom;

    // What the user right-clicked or selected: where, and the mark under the mouse if any.
    struct Context
    {
        int unitSeq = 0;
        Lang lang = Lang::En;
        qint64 annotation = 0; // the mark under the mouse
        struct Range
        {
            int unitSeq = 0;
            Lang lang = Lang::En;
            TextRange range;
        };
        QList<Range> selection; // the selected words, one range per unit they span
    };

    using Position = ReaderLayout::Position;

    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setPaper(const Paper &paper);
    const Paper &paper() const { return m_paper; }
    void setFrameworkLevels(const QHash<int, QString> &levels);

    // Shown when there is no paper.
    void setPlaceholder(const QString &text);

    // The width the reader needs for each side-by-side column to hold `latin` English characters
    // and `chinese` Chinese ones at the current zoom, scroll bar and frame included.
    int widthForColumns(int latin, int chinese) const;

    void setMode(Mode mode);
    Mode mode() const { return m_layout.mode(); }
    void setZoom(int zoom);
    int zoom() const { return m_layout.zoom(); }

    // The unit being read: the one at the top of the view.
    int currentUnit() const { return m_currentUnit; }
    void scrollToUnit(int unitSeq);
    Position position() const;
    void setPosition(const Position &position);

    // Marks every hit of the query in both columns; an empty query clears them.
    void setSearchQuery(const SearchQuery &query);
    // Brings a range into view and marks it as the active one (a search hit, a citation).
    void showRange(int unitSeq, Lang lang, const TextRange &range);
    void clearActiveRange();

    // Glossary terms in the text: marked with a subtle dotted underline, explained on hover.
    struct Term
    {
        int unitSeq = 0;
        Lang lang = Lang::En;
        int start = 0;
        int length = 0;
        QString tip; // what hovering shows
    };
    void setTerms(const QList<Term> &terms);
    // Ranges to point at (a measure's mentions, a term's occurrences), outlined in both columns.
    void setFocusRanges(const QList<Context::Range> &ranges);
    bool isFocused(int unitSeq, Lang lang, int position) const;

    // The reader's own marks on the paper: highlights over words, whole-unit codes as a tint.
    void setAnnotations(const QList<Annotation> &annotations);
    QList<Context::Range> selectionRanges() const;
    void clearSelection();
    // The mark drawn at a point, 0 if none (tests).
    qint64 annotationAt(const QPoint &viewportPos) const;

    bool hasSelection() const;
    bool hasPainted() const { return m_painted; }
    QString selectedText() const;
    // The units touched by the selection (or the current unit), both languages, and the reference.
    QString textWithCitation() const;
    QList<int> selectedUnits() const;

    // Lays out whatever is still pending now (tests, benchmarks, printing).
    void finishLayout();

    // Geometry for tests and screenshots, in viewport coordinates.
    QRect unitRect(int unitSeq) const;
    QRect textRect(int unitSeq, Lang lang, const TextRange &range) const;
    int unitAt(const QPoint &viewportPos) const;
    // The colour a point is marked with by search, for tests that check highlighting.
    bool isMarkedAsHit(int unitSeq, Lang lang, int position) const;

public slots:
    void zoomIn() { setZoom(zoom() + 1); }
    void zoomOut() { setZoom(zoom() - 1); }
    void resetZoom() { setZoom(0); }
    void copy();
    void copyWithCitation();
    void goToNextUnit();
    void goToPreviousUnit();
    void goToNextSection();
    void goToPreviousSection();

signals:
    void currentUnitChanged(int unitSeq);
    void citationActivated(int citation);
    void copyAvailable(bool available);
    void annotationActivated(qint64 id);     // a mark was clicked
    void annotationEditRequested(qint64 id); // a mark was double-clicked
    // Lets the window add its actions (highlight, note, code unit) to the context menu.
    void contextMenuRequested(QMenu *menu, const duizhao::gui::ReaderView::Context &context);
    void zoomChanged(int zoom);
    void firstPainted(); // once, just after the reader's first paint

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Mark = ReaderPainter::Mark;
    using TextPos = ReaderLayout::TextPos;
    struct Hit
    {
        int row = -1;
        Lang lang = Lang::En;
        int citation = -1; // on a citation
        int footnote = -1; // on a footnote marker (its number)
        bool badge = false;
        qint64 annotation = 0;
        QString term; // the tooltip of a glossary term under the mouse
    };

    void rebuildRows();
    void relayout();
    void layoutVisibleRows();
    void layoutSlice();
    // Puts the scroll bar where the layout says, without the move laying out rows again.
    void setScrollTop(int scrollTop);
    void updateScrollBar();
    void updateCurrentUnit();
    QPointF toContent(const QPoint &viewportPos) const;
    std::optional<TextPos> textPosAt(const QPoint &viewportPos, std::optional<Lang> constrainTo = {}) const;
    Hit hitAt(const QPoint &viewportPos) const;
    QString tipAt(const QPoint &viewportPos) const;
    const QList<TextRange> &hitsFor(const ReaderLayout::Row &row, Lang lang) const;
    void setSelection(const TextPos &anchor, const TextPos &cursor);
    std::pair<int, int> selectionIn(int rowIndex, Lang lang) const;
    void scrollToContentY(qreal y);
    void applyAnnotations();
    void applyTerms();
    void applyFocus();

    Paper m_paper;
    QString m_placeholder;
    ReaderLayout m_layout;
    std::vector<ReaderPainter::RowMarks> m_marks; // one per row of the layout
    QTimer m_layoutTimer;
    bool m_painted = false;          // the first paint has happened
    bool m_layoutAfterPaint = false; // background layout waits for the first paint
    bool m_adjusting = false;
    QHash<int, QString> m_levels;
    int m_currentUnit = 0;

    std::unique_ptr<Highlighter> m_highlighter;
    mutable QHash<int, QList<TextRange>> m_hitCache; // key: seq * 2 + (lang == Zh)
    std::optional<ReaderPainter::ActiveRange> m_active;

    QList<Annotation> m_annotations;
    QList<Term> m_terms;
    QList<Context::Range> m_focus;

    TextPos m_anchor;
    TextPos m_cursor;
    bool m_selecting = false;
    QPoint m_pressPos;
    int m_pressedCitation = -1;
    qint64 m_pressedAnnotation = 0;
    // The tooltip last shown, where and what: hidden when what it explains goes.
    struct ShownTip
    {
        QPoint pos;
        QString text;
        QString html;
    };
    std::optional<ShownTip> m_tip;
};

} // namespace duizhao::gui
