#pragma once

#include "markstyle.h"
#include "readerlayout.h"

#include <QFont>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

class QPainter;

namespace duizhao::gui {

// Paints the reader's rows as ReaderLayout placed them, one layer at a time: the framework stripe,
// the unit number and the alignment-notes badge in the margin, whole-unit codes, the text with
// what is marked in it (glossary terms, highlights, search hits, ranges pointed at, the range
// being shown, the selection), note flags on highlights, and the rules between units. Colours
// come from MarkStyle, FrameworkStyle and the annotation palette.
class ReaderPainter final
{
public:
    // A range marked on a unit's text, or (for whole-unit codes) the unit itself.
    struct Mark
    {
        qint64 id = 0;
        Lang lang = Lang::En;
        int start = 0;
        int length = 0;
        QColor color;
        bool hasNote = false;
        QString tip; // what hovering shows
    };
    // What is drawn over a row besides its text, one per row of the layout.
    struct RowMarks
    {
        QString level; // framework level code, empty for none
        int notes = 0; // alignment notes on the unit
        QList<Mark> highlights;
        QList<Mark> terms; // glossary terms (id unused)
        QList<Mark> focus; // ranges pointed at (id unused)
        QList<Mark> unitCodes;
    };
    struct ActiveRange
    {
        int seq = 0;
        Lang lang = Lang::En;
        TextRange range;
    };
    // What changes between paints besides the layout.
    struct Overlay
    {
        const std::vector<RowMarks> *rows = nullptr;
        std::function<const QList<TextRange> &(const ReaderLayout::Row &, Lang)> hits;
        std::function<std::pair<int, int>(int row, Lang)> selection; // {-1, -1}: none in that cell
        std::optional<ActiveRange> active;
    };

    // `font` is the reader's own (unzoomed): the margin's numbers keep their size when text zooms.
    ReaderPainter(QPainter &painter, const ReaderLayout &layout, const QPalette &palette, const QFont &font);

    void paint(const QRect &exposed, int scrollTop, const Overlay &overlay);
    void placeholder(const QRect &rect, const QString &text);

private:
    void background(const QRect &exposed);
    void frameworkStripe(const ReaderLayout::Row &row, const RowMarks &marks, qreal top);
    void unitNumber(const ReaderLayout::Row &row, qreal top);
    void notesBadge(const ReaderLayout::Row &row, qreal top);
    void unitCodes(const ReaderLayout::Row &row, const RowMarks &marks, qreal top);
    void cell(int row, Lang lang, qreal top, const QRect &exposed, const Overlay &overlay);
    void missingText(const ReaderLayout::Cell &cell, const QPointF &origin);
    void interleavedBar(const ReaderLayout::Cell &cell, const QPointF &origin);
    void noteFlags(const ReaderLayout::Cell &cell, const RowMarks &marks, const QPointF &origin);
    void ruleBelow(int row, qreal top);

    // The format ranges drawn over a cell's text, in drawing order: the layers below.
    QList<QTextLayout::FormatRange> marksOver(int row, Lang lang, const Overlay &overlay) const;
    // The layers drawn with the text, as format ranges.
    void termUnderlines(QList<QTextLayout::FormatRange> &formats, const RowMarks &marks, Lang lang) const;
    void highlights(QList<QTextLayout::FormatRange> &formats, const RowMarks &marks, Lang lang) const;
    void searchHits(QList<QTextLayout::FormatRange> &formats, const ReaderLayout::Row &row, Lang lang,
                    const Overlay &overlay) const;
    void focus(QList<QTextLayout::FormatRange> &formats, const RowMarks &marks, Lang lang) const;
    void activeRange(QList<QTextLayout::FormatRange> &formats, const ReaderLayout::Row &row, Lang lang,
                     const Overlay &overlay) const;
    void selection(QList<QTextLayout::FormatRange> &formats, int row, Lang lang, const Overlay &overlay) const;
    static QList<QTextLayout::FormatRange> withTermUnderlines(const QList<QTextLayout::FormatRange> &formats,
                                                              qsizetype termCount);

    QPainter &m_painter;
    const ReaderLayout &m_layout;
    MarkStyle m_style;
    QFont m_font;
    QFont m_small;
    qreal m_em;
    QColor m_highlightText;
};

} // namespace duizhao::gui
