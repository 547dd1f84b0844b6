#pragma once

#include "annotations/annotation.h"
#include "model/paper.h"
#include "search/highlighter.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QTextLayout>
#include <QTimer>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QMenu;

namespace duizhao::gui {

// The bilingual reader: one row per aligned unit, English on the left and Chinese on the right,
// both starting at the same height however long either is. Rows are laid out with QTextLayout
// and only the visible ones are painted, so a paper ten times the bundled one scrolls as
// smoothly as the bundled one. Also: English-only, Chinese-only and interleaved modes, zoom,
// selection and copy, citations as links with tooltips, footnote markers as superscripts,
// search hits marked in both columns, and a badge on units with alignment notes.
class ReaderView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Mode
    {
        SideBySide,
        English,
        Chinese,
        Interleaved
    };
    Q_ENUM(Mode)

    // Rows out of view are laid out in slices of at most this long, between events.
    static constexpr int SliceMs = 8;
    static constexpr int MinZoom = -4;
    static constexpr int MaxZoom = 8;

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

    struct Position
    {
        int unit = 1;
        double offset = 0; // how far into the unit's row the top of the view is, 0…1
    };

    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void setPaper(const Paper &paper);
    const Paper &paper() const { return m_paper; }
    void setFrameworkLevels(const QHash<int, QString> &levels);

    // Shown when there is no paper.
    void setPlaceholder(const QString &text);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setZoom(int zoom);
    int zoom() const { return m_zoom; }

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
    void zoomIn() { setZoom(m_zoom + 1); }
    void zoomOut() { setZoom(m_zoom - 1); }
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
    struct Cell
    {
        Lang lang = Lang::En;
        QString text; // the unit's text with line breaks as U+2028, offsets unchanged
        std::unique_ptr<QTextLayout> layout;
        QRectF rect; // x in content coordinates, y relative to the row's top
        QList<QTextLayout::FormatRange> formats;
    };
    struct Mark
    {
        qint64 id = 0;
        Lang lang = Lang::En;
        int start = 0;
        int length = 0;
        QColor color;
        bool hasNote = false;
        QString tip;
    };
    struct Row
    {
        int seq = 0;
        bool heading = false;
        int depth = 0;
        qreal y = 0;
        qreal height = 0;
        Cell en;
        Cell zh;
        QString level;
        int notes = 0;
        QList<Mark> marks;     // highlights over words
        QList<Mark> terms;     // glossary terms (id unused)
        QList<Mark> focus;     // ranges pointed at (id unused)
        QList<Mark> unitMarks; // codes of the whole unit
        bool laidOut = false;
    };
    struct Geometry
    {
        qreal em = 16;
        qreal enX = 0;
        qreal zhX = 0;
        qreal column = 400;
        qreal padding = 10;
    };
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
    struct TextPos
    {
        int row = -1;
        Lang lang = Lang::En;
        int pos = 0;
        friend bool operator==(const TextPos &, const TextPos &) = default;
    };
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
    Geometry computeGeometry() const;
    void layoutRow(Row &row);
    qreal estimateHeight(const Row &row) const;
    void updatePositions();
    Anchor captureAnchor() const;
    void restoreAnchor(const Anchor &anchor);
    void layoutVisibleRows();
    void layoutSlice();
    void layoutCell(Cell &cell, const QFont &font, qreal width);
    void updateScrollBar();
    void updateCurrentUnit();
    QFont fontFor(Lang lang, const Row &row) const;
    bool showsLang(Lang lang) const;
    const Cell &cell(const Row &row, Lang lang) const { return lang == Lang::En ? row.en : row.zh; }
    Cell &cell(Row &row, Lang lang) { return lang == Lang::En ? row.en : row.zh; }
    int rowAtContentY(qreal y) const;
    std::optional<TextPos> textPosAt(const QPoint &viewportPos, std::optional<Lang> constrainTo = {}) const;
    Hit hitAt(const QPoint &viewportPos) const;
    static QList<QTextLayout::FormatRange> withTermUnderlines(const QList<QTextLayout::FormatRange> &formats,
                                                              qsizetype termCount);
    QList<QTextLayout::FormatRange> dynamicFormats(const Row &row, Lang lang, int rowIndex) const;
    const QList<TextRange> &hitsFor(const Row &row, Lang lang) const;
    void setSelection(const TextPos &anchor, const TextPos &cursor);
    std::pair<int, int> selectionIn(int rowIndex, Lang lang) const;
    void scrollToContentY(qreal y);
    qreal topMargin() const;

    Paper m_paper;
    QString m_placeholder;
    std::vector<Row> m_rows;
    Geometry m_geometry;
    QTimer m_layoutTimer;
    mutable std::array<EstimateMetrics, 2> m_estimateMetrics{}; // by language, of the body font
    bool m_painted = false;                                     // the first paint has happened
    bool m_layoutAfterPaint = false;                            // background layout waits for the first paint
    bool m_adjusting = false;
    QHash<int, QString> m_levels;
    Mode m_mode = Mode::SideBySide;
    int m_zoom = 0;
    qreal m_layoutWidth = -1;
    qreal m_contentHeight = 0;
    int m_currentUnit = 0;

    std::optional<SearchQuery> m_query;
    std::unique_ptr<Highlighter> m_highlighter;
    mutable QHash<int, QList<TextRange>> m_hitCache; // key: seq * 2 + (lang == Zh)
    struct Active
    {
        int seq = 0;
        Lang lang = Lang::En;
        TextRange range;
    };
    std::optional<Active> m_active;

    QList<Annotation> m_annotations;
    QList<Term> m_terms;
    QList<Context::Range> m_focus;
    void applyAnnotations();
    void applyTerms();

    TextPos m_anchor;
    TextPos m_cursor;
    bool m_selecting = false;
    QPoint m_pressPos;
    int m_pressedCitation = -1;
    qint64 m_pressedAnnotation = 0;
};

} // namespace duizhao::gui
