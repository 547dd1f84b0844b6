#include "readerpainter.h"

#include "annotations/annotationpalette.h"
#include "frameworkstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace duizhao::gui {

namespace {

using FormatRange = QTextLayout::FormatRange;
using Row = ReaderLayout::Row;

FormatRange range(int start, int length, const QTextCharFormat &format)
{
    FormatRange f;
    f.start = start;
    f.length = length;
    f.format = format;
    return f;
}

// Every mark of the cell's language, in the format it is drawn with.
template<typename FormatOf>
void appendMarks(QList<FormatRange> &formats, const QList<ReaderPainter::Mark> &marks, Lang lang, FormatOf formatOf)
{
    for (const ReaderPainter::Mark &mark : marks) {
        if (mark.lang == lang)
            formats.append(range(mark.start, mark.length, formatOf(mark)));
    }
}

// Antialiased shapes in the margin and on the text; text and rules stay crisp.
class Smooth final
{
public:
    explicit Smooth(QPainter &painter)
        : m_painter(painter)
    {
        m_painter.setRenderHint(QPainter::Antialiasing);
    }
    ~Smooth()
    {
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setRenderHint(QPainter::Antialiasing, false);
    }
    Q_DISABLE_COPY_MOVE(Smooth)

private:
    QPainter &m_painter;
};

} // namespace

ReaderPainter::ReaderPainter(QPainter &painter, const ReaderLayout &layout, const QPalette &palette, const QFont &font)
    : m_painter(painter)
    , m_layout(layout)
    , m_style(palette)
    , m_font(font)
    , m_small(font)
    , m_em(QFontMetricsF(font).height())
    , m_highlightText(AnnotationPalette::textColor())
{
    m_small.setPointSizeF(m_small.pointSizeF() * 0.82);
}

void ReaderPainter::placeholder(const QRect &rect, const QString &text)
{
    background(rect);
    m_painter.setPen(m_style.muted());
    m_painter.drawText(rect.adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void ReaderPainter::paint(const QRect &exposed, int scrollTop, const Overlay &overlay)
{
    background(exposed);
    const std::vector<Row> &rows = m_layout.rows();
    const int first = m_layout.rowAt(scrollTop + exposed.top());
    for (int i = std::max(0, first); i < int(rows.size()); ++i) {
        const Row &row = rows[std::size_t(i)];
        const qreal top = row.y - scrollTop;
        if (top > exposed.bottom())
            break;
        const RowMarks &marks = (*overlay.rows)[std::size_t(i)];
        frameworkStripe(row, marks, top);
        unitNumber(row, top);
        if (marks.notes > 0)
            notesBadge(row, top);
        unitCodes(row, marks, top);
        for (Lang lang : {Lang::En, Lang::Zh})
            cell(i, lang, top, exposed, overlay);
        ruleBelow(i, top);
    }
}

void ReaderPainter::background(const QRect &exposed)
{
    m_painter.fillRect(exposed, m_style.background());
}

void ReaderPainter::frameworkStripe(const Row &row, const RowMarks &marks, qreal top)
{
    // The framework colour runs down the left edge of every unit of its part of the paper.
    if (marks.level.isEmpty())
        return;
    m_painter.fillRect(QRectF(m_layout.leftEdge(row) - 0.55 * m_em, top + 0.35 * m_em, 3, row.height - 0.7 * m_em),
                       FrameworkStyle::color(marks.level));
}

void ReaderPainter::unitNumber(const Row &row, qreal top)
{
    m_painter.setFont(m_small);
    m_painter.setPen(m_style.muted());
    const QRectF numberRect(m_layout.leftEdge(row) - 3.2 * m_em, top + row.en.rect.top(), 2.3 * m_em, m_em);
    m_painter.drawText(numberRect, Qt::AlignRight | Qt::AlignTop, QString::number(row.seq));
}

void ReaderPainter::notesBadge(const Row &row, qreal top)
{
    // Under the unit number: the languages of this unit disagree somewhere (hover to read).
    const QRectF badge(m_layout.leftEdge(row) - 2.1 * m_em, top + row.en.rect.top() + 1.15 * m_em, 1.2 * m_em,
                       1.2 * m_em);
    {
        const Smooth smooth(m_painter);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(MarkStyle::notesBadge());
        m_painter.drawRoundedRect(badge, 0.3 * m_em, 0.3 * m_em);
        m_painter.setPen(MarkStyle::notesBadgeText());
        QFont bold = m_small;
        bold.setBold(true);
        m_painter.setFont(bold);
        m_painter.drawText(badge, Qt::AlignCenter, QStringLiteral("≠"));
    }
}

void ReaderPainter::unitCodes(const Row &row, const RowMarks &marks, qreal top)
{
    // A coded unit: a tint behind both languages, and a dot per code in the margin.
    if (marks.unitCodes.isEmpty())
        return;
    const qreal left = m_layout.leftEdge(row);
    const qreal right = m_layout.rightEdge(row);
    m_painter.fillRect(QRectF(left - 0.3 * m_em, top + 0.25 * m_em, right - left + 0.6 * m_em, row.height - 0.5 * m_em),
                       MarkStyle::unitCodeTint(marks.unitCodes.front().color));
    const Smooth smooth(m_painter);
    for (qsizetype k = 0; k < marks.unitCodes.size(); ++k) {
        m_painter.setPen(QPen(m_style.text(), 0.6));
        m_painter.setBrush(marks.unitCodes[k].color);
        m_painter.drawEllipse(QPointF(left - 1.05 * m_em, top + row.en.rect.top() + (2.6 + 0.75 * k) * m_em),
                              0.28 * m_em, 0.28 * m_em);
    }
}

void ReaderPainter::cell(int rowIndex, Lang lang, qreal top, const QRect &exposed, const Overlay &overlay)
{
    const Row &row = m_layout.rows()[std::size_t(rowIndex)];
    const ReaderLayout::Cell &c = row.cell(lang);
    if (!m_layout.showsLang(lang) || !c.layout)
        return;
    const QPointF origin(c.rect.left(), top + c.rect.top());
    if (c.text.isEmpty()) {
        missingText(c, origin);
        return;
    }
    if (m_layout.mode() == ReaderLayout::Mode::Interleaved && lang == Lang::Zh)
        interleavedBar(c, origin);
    m_painter.setPen(m_style.text());
    c.layout->draw(&m_painter, origin, marksOver(rowIndex, lang, overlay), QRectF(exposed));
    noteFlags(c, (*overlay.rows)[std::size_t(rowIndex)], origin);
}

void ReaderPainter::missingText(const ReaderLayout::Cell &cell, const QPointF &origin)
{
    QFont italic = m_font;
    italic.setItalic(true);
    m_painter.setFont(italic);
    m_painter.setPen(m_style.muted());
    m_painter.drawText(
        QRectF(origin, cell.rect.size()), Qt::AlignLeft | Qt::AlignTop,
        cell.lang == Lang::En
            ? QCoreApplication::translate("duizhao::gui::ReaderView", "(no English text in the source)")
            : QCoreApplication::translate("duizhao::gui::ReaderView", "(no Chinese text in the source)"));
}

void ReaderPainter::interleavedBar(const ReaderLayout::Cell &cell, const QPointF &origin)
{
    m_painter.fillRect(QRectF(origin.x() - 0.3 * m_em, origin.y() + 0.1 * m_em, 2, cell.rect.height() - 0.2 * m_em),
                       m_style.interleavedBar());
}

void ReaderPainter::noteFlags(const ReaderLayout::Cell &cell, const RowMarks &marks, const QPointF &origin)
{
    // A highlight with a note gets a small corner mark at its end.
    for (const Mark &mark : marks.highlights) {
        if (mark.lang != cell.lang || !mark.hasNote)
            continue;
        const int end = mark.start + mark.length;
        const QTextLine line = cell.layout->lineForTextPosition(std::max(mark.start, end - 1));
        if (!line.isValid())
            continue;
        const QPointF corner(origin.x() + line.cursorToX(end), origin.y() + line.y());
        QPolygonF flag;
        flag << corner << corner + QPointF(0.45 * m_em, 0) << corner + QPointF(0, 0.45 * m_em);
        const Smooth smooth(m_painter);
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(mark.color.darker(160));
        m_painter.drawPolygon(flag);
    }
}

void ReaderPainter::ruleBelow(int rowIndex, qreal top)
{
    // A hairline between body units; headings are set apart by their space instead.
    const std::vector<Row> &rows = m_layout.rows();
    const Row &row = rows[std::size_t(rowIndex)];
    if (row.heading || rowIndex + 1 >= int(rows.size()) || rows[std::size_t(rowIndex + 1)].heading)
        return;
    m_painter.setPen(m_style.rule());
    const qreal y = std::floor(top + row.height) + 0.5;
    m_painter.drawLine(QPointF(m_layout.leftEdge(row), y), QPointF(m_layout.rightEdge(row), y));
}

QList<FormatRange> ReaderPainter::marksOver(int rowIndex, Lang lang, const Overlay &overlay) const
{
    const Row &row = m_layout.rows()[std::size_t(rowIndex)];
    const RowMarks &marks = (*overlay.rows)[std::size_t(rowIndex)];
    QList<FormatRange> formats;
    termUnderlines(formats, marks, lang);
    const qsizetype termCount = formats.size();
    highlights(formats, marks, lang);
    searchHits(formats, row, lang, overlay);
    focus(formats, marks, lang);
    activeRange(formats, row, lang, overlay);
    selection(formats, rowIndex, lang, overlay);
    return withTermUnderlines(formats, termCount);
}

void ReaderPainter::termUnderlines(QList<FormatRange> &formats, const RowMarks &marks, Lang lang) const
{
    // Glossary terms: a light dotted underline, under any mark drawn over them.
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::DotLine);
    format.setUnderlineColor(m_style.termUnderline());
    appendMarks(formats, marks.terms, lang, [&](const Mark &) { return format; });
}

void ReaderPainter::highlights(QList<FormatRange> &formats, const RowMarks &marks, Lang lang) const
{
    // Highlight colours are light: dark text on them stays readable in a dark theme too.
    appendMarks(formats, marks.highlights, lang, [this](const Mark &mark) {
        QTextCharFormat format;
        format.setBackground(mark.color);
        format.setForeground(m_highlightText);
        return format;
    });
}

void ReaderPainter::searchHits(QList<FormatRange> &formats, const Row &row, Lang lang, const Overlay &overlay) const
{
    if (!overlay.hits)
        return;
    QTextCharFormat format;
    format.setBackground(MarkStyle::searchHit());
    for (const TextRange &r : overlay.hits(row, lang))
        formats.append(range(r.start, r.length, format));
}

void ReaderPainter::focus(QList<FormatRange> &formats, const RowMarks &marks, Lang lang) const
{
    QTextCharFormat format;
    format.setBackground(m_style.focus());
    format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    format.setUnderlineColor(m_style.focusUnderline());
    appendMarks(formats, marks.focus, lang, [&](const Mark &) { return format; });
}

void ReaderPainter::activeRange(QList<FormatRange> &formats, const Row &row, Lang lang, const Overlay &overlay) const
{
    if (!overlay.active || overlay.active->seq != row.seq || overlay.active->lang != lang)
        return;
    QTextCharFormat format;
    format.setBackground(MarkStyle::activeRange());
    formats.append(range(overlay.active->range.start, overlay.active->range.length, format));
}

void ReaderPainter::selection(QList<FormatRange> &formats, int rowIndex, Lang lang, const Overlay &overlay) const
{
    if (!overlay.selection)
        return;
    const auto [start, end] = overlay.selection(rowIndex, lang);
    if (start < 0 || end <= start)
        return;
    QTextCharFormat format;
    format.setBackground(m_style.selection());
    format.setForeground(m_style.selectedText());
    formats.append(range(start, end - start, format));
}

QList<FormatRange> ReaderPainter::withTermUnderlines(const QList<FormatRange> &formats, qsizetype termCount)
{
    // Each range is drawn over the ones before it, so a mark over a term would hide its underline:
    // right after each mark, the part over a term is drawn again with both.
    QList<FormatRange> drawn = formats.mid(0, termCount);
    for (qsizetype i = termCount; i < formats.size(); ++i) {
        const FormatRange &f = formats[i];
        drawn.append(f);
        if (f.format.underlineStyle() != QTextCharFormat::NoUnderline)
            continue;
        for (qsizetype t = 0; t < termCount; ++t) {
            const FormatRange &term = formats[t];
            const int start = std::max(f.start, term.start);
            const int end = std::min(f.start + f.length, term.start + term.length);
            if (end <= start)
                continue;
            FormatRange both = f;
            both.start = start;
            both.length = end - start;
            both.format.setUnderlineStyle(term.format.underlineStyle());
            both.format.setUnderlineColor(term.format.underlineColor());
            drawn.append(both);
        }
    }
    return drawn;
}

} // namespace duizhao::gui
