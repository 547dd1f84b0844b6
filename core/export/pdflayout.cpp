#include "pdflayout.h"

#include "annotations/annotationpalette.h"
#include "duizhao_version.h"
#include "error.h"
#include "model/reference.h"
#include "text/script.h"

#include <QColor>
#include <QDate>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace duizhao {

namespace {

// Device units per point: QPdfWriter at 720 dpi. Fonts are sized in pixels of this device, so
// format ranges (which Qt resolves without the device) get the same size as the base font.
constexpr double DevicePerPoint = 10.0;
constexpr int Resolution = 720;

const QString LatinSerif = QStringLiteral("DejaVu Serif");
const QString LatinSans = QStringLiteral("DejaVu Sans");
const QString Cjk = QStringLiteral("WenQuanYi Micro Hei");

const QColor Ink(0x1A, 0x1A, 0x1A);
const QColor Grey(0x70, 0x70, 0x70);
const QColor LinkBlue(0x1F, 0x4E, 0x8C);
const QColor MeasureGreen(0x2E, 0x6B, 0x30);

double dev(double points)
{
    return points * DevicePerPoint;
}

QFont makeFont(const QString &family, double points, bool bold = false)
{
    QFont font;
    // WenQuanYi stays second for Latin faces: Qt's own fallback for Han would pick Noto CJK (CFF).
    font.setFamilies(family == Cjk ? QStringList{Cjk, LatinSans} : QStringList{family, Cjk});
    font.setPixelSize(qRound(dev(points)));
    font.setBold(bold && family != Cjk);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setKerning(true);
    // Any letter spacing makes Qt shape without ligatures: an "fi" ligature would extract as U+FB01
    // instead of the two letters the paper has. 1/64 pixel of a 720 dpi page is nothing to see.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 1.0 / 64);
    return font;
}

bool isCjkCodeUnit(char16_t c)
{
    return script::isHan(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0xD800 && c <= 0xDFFF); // surrogates: the supplementary ideographs
}

struct Style
{
    QFont font;
    QColor color = Ink;
    double leading = 0.3;  // extra space between lines, as a fraction of the font size
    double spaceAfter = 6; // points
    bool chinese = false;
};

struct LinkRange
{
    int start = 0;
    int length = 0;
    QString target; // destination key, or
    QString uri;
};

// One paragraph laid out at one width. Lines are positioned from y = 0 down, in device units.
struct TextBlock
{
    std::unique_ptr<QTextLayout> layout;
    Style style;
    int unitSeq = 0;          // > 0: the text of this unit ...
    std::optional<Lang> lang; // ... in this language
    QList<LinkRange> links;
    QList<const Annotation *> highlights;

    int lineCount() const { return layout->lineCount(); }
    double lineTop(int i) const { return layout->lineAt(i).y(); }
    double lineBottom(int i) const { return layout->lineAt(i).y() + layout->lineAt(i).height(); }
    double height() const { return lineCount() ? lineBottom(lineCount() - 1) : 0; }
};

struct Cell
{
    TextBlock *block = nullptr;
    double x = 0; // device
};

// A cell's lines drawn on one page: local y + origin.y() = y on the page.
struct Piece
{
    const Cell *cell = nullptr;
    int first = 0;
    int last = -1; // inclusive; last < first: nothing of this cell on this page
    QPointF origin;
};

class Renderer
{
public:
    Renderer(const PdfExportInput &input, const PdfExportOptions &options, QIODevice *device, const Progress &progress);
    PdfGeometry run();

private:
    // Page furniture
    void beginPage();
    void newPage();
    void drawFooter();
    double pageHeightPt() const { return m_geometry.pageSize.height(); }
    double toPdfX(double x) const { return x / DevicePerPoint; }
    double toPdfY(double y) const { return pageHeightPt() - y / DevicePerPoint; }
    PdfDestination here(double y) const { return {m_page, toPdfX(m_left), toPdfY(y)}; }

    // Blocks and rows
    std::unique_ptr<TextBlock> block(const QString &text, const Style &style, double width,
                                     QList<QTextLayout::FormatRange> formats = {});
    void placeRow(const QList<Cell> &cells, double spaceAfter, bool keepWithNext = false);
    void recordPieces(const QList<Piece> &pieces, bool firstPiece);
    QList<PdfBox> boxes(const Piece &piece, int start, int end) const;
    void space(double points) { m_y += dev(points); }

    // Content
    QList<QTextLayout::FormatRange> unitFormats(const Unit &unit, Lang lang, const Style &style) const;
    std::unique_ptr<TextBlock> unitBlock(const Unit &unit, Lang lang, double width);
    Style unitStyle(const Unit &unit, Lang lang) const;
    QString outlineTitle(const TreeNode &node) const;
    void titlePage();
    void body();
    void notesAppendix();
    void citationsAppendix();
    void measuresAppendix();
    void appendixHeading(const QString &en, const QString &zh, const QString &key);
    void simpleParagraph(const QString &text, const Style &style, QList<QTextLayout::FormatRange> formats = {},
                         QList<LinkRange> links = {}, double indent = 0);
    void placeNote(PdfMark &mark, double lineTop);
    void drawMarginNote(const Annotation &annotation, double top);
    void flushUnitBar(bool unitDone);
    void report();

    const PdfExportInput &m_input;
    const PdfExportOptions &m_options;
    const Paper &m_paper;
    Progress m_progress;
    QPdfWriter m_writer;
    QPainter m_painter;
    PdfGeometry m_geometry;

    // Page frame, device units
    double m_width = 0;
    double m_height = 0;
    double m_top = 0;
    double m_bottom = 0;
    double m_left = 0;
    double m_right = 0; // the text's right edge: narrower in the body when notes go in the margin
    double m_fullRight = 0;
    double m_bodyRight = 0;
    double m_gutter = 0;
    int m_page = -1;
    double m_y = 0;
    double m_noteBottom = 0; // margin notes and note icons on this page stack downwards from here
    double m_iconBottom = 0;
    int m_done = 0;
    int m_total = 0;

    struct UnitBar
    {
        int unit = 0;
        int firstPage = 0;
        double top = 0;
        double bottom = 0;
    } m_bar; // the whole-unit codes of the unit being placed, on this page

    QHash<QString, Tag> m_tags;
    QHash<int, int> m_outlineOfNode;                    // paper node index -> outline index
    QHash<int, QList<const Annotation *>> m_rangeMarks; // unit seq -> range marks
    QHash<int, QList<const Annotation *>> m_unitMarks;  // unit seq -> whole-unit marks
    QHash<const Annotation *, PdfBox> m_unitNoteIcons;  // placed at the top of the unit's first row
};

Renderer::Renderer(const PdfExportInput &input, const PdfExportOptions &options, QIODevice *device,
                   const Progress &progress)
    : m_input(input)
    , m_options(options)
    , m_paper(input.paper)
    , m_progress(progress)
    , m_writer(device)
{
    const QPageSize pageSize(options.paper == PdfExportOptions::PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter);
    m_writer.setResolution(Resolution);
    m_writer.setPageSize(pageSize);
    m_writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    m_writer.setCreator(QStringLiteral("Duizhao %1").arg(QStringLiteral(DUIZHAO_VERSION)));
    m_writer.setTitle(m_paper.meta.titleEn);
    m_geometry.pageSize = pageSize.size(QPageSize::Point);

    m_width = dev(m_geometry.pageSize.width());
    m_height = dev(m_geometry.pageSize.height());
    m_top = dev(58);
    m_bottom = m_height - dev(58);
    m_left = dev(64); // room for unit numbers and whole-unit bars
    m_fullRight = m_width - dev(46);
    m_bodyRight = m_width - dev(options.marginNotes && options.annotations ? 150 : 46);
    m_right = m_fullRight;
    m_gutter = dev(16);

    for (const Tag &tag : input.tags)
        m_tags.insert(tag.name, tag);
    if (options.annotations) {
        for (const Annotation &a : input.annotations)
            (a.isUnitScope() ? m_unitMarks : m_rangeMarks)[a.unitSeq].append(&a);
    }
    m_total = PdfLayout::progressSteps(input);
}

PdfGeometry Renderer::run()
{
    report();
    if (!m_painter.begin(&m_writer))
        throw Error(Error::Kind::Io, QStringLiteral("cannot start the PDF"));
    m_painter.setRenderHint(QPainter::Antialiasing);
    beginPage();
    titlePage();
    report();
    newPage();
    m_right = m_bodyRight;
    body();
    m_right = m_fullRight;
    if (m_options.annotations && !m_input.annotations.isEmpty())
        notesAppendix();
    if (!m_paper.works.isEmpty())
        citationsAppendix();
    if (!m_options.measures.isEmpty())
        measuresAppendix();
    drawFooter();
    m_painter.end();
    report();
    m_geometry.pageCount = m_page + 1;
    return m_geometry;
}

void Renderer::report()
{
    if (m_progress && !m_progress(m_done, m_total))
        throw Error(Error::Kind::Cancelled, QStringLiteral("PDF export cancelled"));
    m_done = std::min(m_done + 1, m_total);
}

void Renderer::beginPage()
{
    ++m_page;
    m_y = m_top;
    m_noteBottom = m_top;
    m_iconBottom = m_top;
}

void Renderer::newPage()
{
    flushUnitBar(false);
    drawFooter();
    m_writer.newPage();
    beginPage();
}

void Renderer::drawFooter()
{
    if (m_page == 0)
        return; // the title page has none
    m_painter.setFont(makeFont(LatinSans, 8));
    m_painter.setPen(Grey);
    const QRectF area(m_left, m_bottom + dev(18), m_fullRight - m_left, dev(12));
    m_painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop, QString::number(m_page + 1));
}

std::unique_ptr<TextBlock> Renderer::block(const QString &text, const Style &style, double width,
                                           QList<QTextLayout::FormatRange> formats)
{
    auto b = std::make_unique<TextBlock>();
    b->style = style;
    // QTextLayout breaks lines only at U+2028; notes keep the lines they were typed with.
    QString laidOut = text;
    laidOut.replace(u'\n', QChar::LineSeparator);
    b->layout = std::make_unique<QTextLayout>(laidOut, style.font, &m_writer);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    b->layout->setTextOption(option);
    // Han runs in a Latin paragraph get the CJK face explicitly (never bold), so no synthetic
    // bold (Type 3) can appear and Qt's own fallback never picks a CFF CJK font.
    if (!style.chinese) {
        QTextCharFormat cjk;
        cjk.setFont(makeFont(Cjk, style.font.pixelSize() / DevicePerPoint),
                    QTextCharFormat::FontPropertiesSpecifiedOnly);
        cjk.setFontWeight(QFont::Normal);
        cjk.setFontFamilies({Cjk});
        for (int i = 0; i < text.size();) {
            if (!isCjkCodeUnit(text[i].unicode())) {
                ++i;
                continue;
            }
            int j = i;
            while (j < text.size() && (isCjkCodeUnit(text[j].unicode()) || text[j] == u' '))
                ++j;
            formats.prepend({i, j - i, cjk});
            i = j;
        }
    }
    QTextCharFormat color;
    color.setForeground(style.color);
    formats.prepend({0, int(text.size()), color});
    b->layout->setFormats(formats);

    const double leading = style.font.pixelSize() * style.leading;
    b->layout->beginLayout();
    double y = 0;
    for (QTextLine line = b->layout->createLine(); line.isValid(); line = b->layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() + leading;
    }
    b->layout->endLayout();
    return b;
}

void Renderer::placeRow(const QList<Cell> &cells, double spaceAfter, bool keepWithNext)
{
    QList<int> next(cells.size(), 0);
    bool firstPiece = true;
    double tallest = 0;
    for (const Cell &cell : cells)
        tallest = std::max(tallest, cell.block->height());
    // A heading stays with the first lines of what follows it.
    if (keepWithNext && m_y > m_top && m_y + tallest + dev(100) > m_bottom)
        newPage();
    for (;;) {
        const bool freshPage = m_y <= m_top;
        const double available = m_bottom - m_y;
        QList<Piece> pieces;
        double used = 0;
        bool anyLine = false;
        bool widow = false;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const TextBlock &b = *cells[c].block;
            const int first = next[c];
            if (first >= b.lineCount()) {
                pieces.append({&cells[c], first, first - 1, {}});
                continue;
            }
            const double startTop = b.lineTop(first);
            int last = first - 1;
            while (last + 1 < b.lineCount() && b.lineBottom(last + 1) - startTop <= available)
                ++last;
            if (last < first && freshPage)
                last = first; // a line taller than a page: draw it anyway rather than loop
            // Leave no single first line of a paragraph at the foot of a page.
            if (firstPiece && !freshPage && last == first && b.lineCount() > 1)
                widow = true;
            if (last >= first) {
                anyLine = true;
                used = std::max(used, b.lineBottom(last) - startTop);
            }
            pieces.append({&cells[c], first, last, QPointF(cells[c].x, m_y - startTop)});
        }
        if (!anyLine || widow) {
            newPage();
            continue;
        }
        for (const Piece &piece : pieces) {
            for (int i = piece.first; i <= piece.last; ++i)
                piece.cell->block->layout->lineAt(i).draw(&m_painter, piece.origin);
        }
        recordPieces(pieces, firstPiece);
        bool finished = true;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            next[c] = pieces[c].last + 1;
            finished = finished && next[c] >= cells[c].block->lineCount();
        }
        if (finished) {
            m_y += used + dev(spaceAfter);
            return;
        }
        // Both columns continue level at the top of the next page.
        newPage();
        firstPiece = false;
    }
}

QList<PdfBox> Renderer::boxes(const Piece &piece, int start, int end) const
{
    QList<PdfBox> list;
    const QTextLayout &layout = *piece.cell->block->layout;
    for (int i = piece.first; i <= piece.last; ++i) {
        const QTextLine line = layout.lineAt(i);
        const int from = std::max(start, line.textStart());
        int to = std::min(end, line.textStart() + line.textLength());
        // The space a line ends with is not part of the marked words on that line.
        while (to > from && layout.text().at(to - 1).isSpace())
            --to;
        if (from >= to)
            continue;
        const double x1 = piece.origin.x() + line.cursorToX(from);
        const double x2 = piece.origin.x() + line.cursorToX(to);
        const double top = piece.origin.y() + line.y();
        const double bottom = top + line.height();
        list.append({toPdfX(std::min(x1, x2)), toPdfY(bottom), toPdfX(std::max(x1, x2)), toPdfY(top)});
    }
    return list;
}

void Renderer::recordPieces(const QList<Piece> &pieces, bool firstPiece)
{
    double rowTop = m_bottom;
    double rowBottom = m_top;
    int unitSeq = 0;
    // Marks that start here get their note icon level with their first line; placed top to bottom
    // across both columns, so a Chinese mark above an English one is not pushed below it.
    QList<std::pair<double, PdfMark>> starting;
    for (const Piece &piece : pieces) {
        const TextBlock &b = *piece.cell->block;
        if (piece.last < piece.first)
            continue;
        rowTop = std::min(rowTop, piece.origin.y() + b.lineTop(piece.first));
        rowBottom = std::max(rowBottom, piece.origin.y() + b.lineBottom(piece.last));
        unitSeq = std::max(unitSeq, b.unitSeq);
        for (const LinkRange &link : b.links) {
            for (const PdfBox &box : boxes(piece, link.start, link.start + link.length))
                m_geometry.links.append({m_page, box, link.uri, link.target});
        }
        for (const Annotation *a : b.highlights) {
            PdfMark mark;
            mark.annotation = *a;
            mark.page = m_page;
            mark.lines = boxes(piece, a->start, a->start + a->length);
            if (mark.lines.isEmpty())
                continue;
            const QTextLine startLine = b.layout->lineForTextPosition(a->start);
            mark.first =
                startLine.isValid() && startLine.lineNumber() >= piece.first && startLine.lineNumber() <= piece.last;
            if (mark.first)
                starting.append({piece.origin.y() + startLine.y(), mark});
            else
                m_geometry.marks.append(mark);
        }
    }
    // A whole-unit code is about the whole pair: its note icon comes first, level with the row's
    // top, and the notes of marks inside the pair below it.
    if (unitSeq > 0 && rowTop < rowBottom && m_bar.unit != unitSeq) { // the page the pair starts on
        for (const Annotation *a : m_unitMarks.value(unitSeq)) {
            if (m_unitNoteIcons.contains(a))
                continue;
            PdfMark unitMark;
            unitMark.annotation = *a;
            placeNote(unitMark, rowTop);
            m_unitNoteIcons.insert(a, unitMark.noteIcon);
        }
    }
    std::stable_sort(starting.begin(), starting.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[top, mark] : starting) {
        placeNote(mark, top);
        m_geometry.marks.append(mark);
    }
    if (unitSeq <= 0 || rowTop >= rowBottom)
        return;
    if (firstPiece) {
        // Links and the outline point at where the unit was drawn (after any keep-with-next break).
        const QString key = QStringLiteral("unit:%1").arg(unitSeq);
        if (!m_geometry.destinations.contains(key)) {
            m_geometry.destinations.insert(key, {m_page, toPdfX(m_left), toPdfY(rowTop)});
            // The unit's number in the margin, so notes and indexes can point at it.
            m_painter.setFont(makeFont(LatinSans, 7));
            m_painter.setPen(Grey);
            m_painter.drawText(QRectF(0, rowTop + dev(1), m_left - dev(16), dev(10)), Qt::AlignRight | Qt::AlignTop,
                               QString::number(unitSeq));
        }
    }
    if (m_unitMarks.contains(unitSeq)) {
        if (m_bar.unit != unitSeq)
            m_bar = {unitSeq, m_page, rowTop, rowBottom};
        m_bar.top = std::min(m_bar.top, rowTop);
        m_bar.bottom = std::max(m_bar.bottom, rowBottom);
    }
}

void Renderer::flushUnitBar(bool unitDone)
{
    // Whole-unit codes: a bar beside the pair, on every page the pair spans.
    if (m_bar.unit > 0 && m_bar.top < m_bar.bottom) {
        const bool first = m_page == m_bar.firstPage;
        double barX = m_left - dev(11);
        for (const Annotation *a : m_unitMarks.value(m_bar.unit)) {
            PdfMark mark;
            mark.annotation = *a;
            mark.page = m_page;
            mark.first = first;
            mark.lines = {{toPdfX(barX), toPdfY(m_bar.bottom), toPdfX(barX + dev(3)), toPdfY(m_bar.top)}};
            if (first)
                mark.noteIcon = m_unitNoteIcons.value(a);
            m_geometry.marks.append(mark);
            barX -= dev(4);
        }
    }
    m_bar.top = m_bottom;
    m_bar.bottom = m_top;
    if (unitDone)
        m_bar.unit = 0;
}

void Renderer::placeNote(PdfMark &mark, double lineTop)
{
    // The note icon goes in the right margin level with where the mark starts, below any icon
    // already there; the printed note (--margin-notes) beside it.
    if (mark.annotation.note.isEmpty())
        return;
    const double top = std::max(lineTop, m_iconBottom);
    const double x = m_right + dev(4);
    mark.noteIcon = {toPdfX(x), toPdfY(top + dev(12)), toPdfX(x + dev(12)), toPdfY(top)};
    m_iconBottom = top + dev(14);
    if (m_options.marginNotes)
        drawMarginNote(mark.annotation, top);
}

void Renderer::drawMarginNote(const Annotation &a, double top)
{
    const double x = m_right + dev(20);
    const double width = m_width - x - dev(18);
    QString text = a.note;
    QStringList tagNames;
    for (const QString &t : a.tags)
        tagNames.append(m_tags.contains(t) ? m_tags.value(t).displayName() : t);
    if (!tagNames.isEmpty())
        text += u'\n' + QStringLiteral("[%1]").arg(tagNames.join(QStringLiteral(", ")));
    Style style{makeFont(LatinSans, 7), QColor(0x33, 0x33, 0x33), 0.2, 0, false};
    std::unique_ptr<TextBlock> note = block(text, style, width);
    const double y = std::max(top, m_noteBottom);
    int last = -1;
    while (last + 1 < note->lineCount() && y + note->lineBottom(last + 1) <= m_bottom)
        ++last;
    if (last < 0)
        return; // no room left on this page; the notes appendix has it
    m_painter.fillRect(QRectF(x - dev(5), y, dev(2), note->lineBottom(last)), QColor::fromString(a.color).darker(115));
    for (int i = 0; i <= last; ++i)
        note->layout->lineAt(i).draw(&m_painter, QPointF(x, y));
    m_noteBottom = y + note->lineBottom(last) + dev(6);
}

Style Renderer::unitStyle(const Unit &unit, Lang lang) const
{
    const bool zh = lang == Lang::Zh;
    const bool sideBySide = m_options.layout == PdfExportOptions::Layout::SideBySide;
    const double body = sideBySide ? 9.5 : 10.5;
    if (unit.kind == UnitKind::Heading && unit.node >= 0) {
        const int depth = m_paper.nodes[unit.node].depth;
        const double size = depth == 0 ? body + 4 : depth == 1 ? body + 2 : body + 1;
        // A Chinese heading looks like the English one beside it: the same ink and size (half a
        // point more, as CJK glyphs sit smaller), never synthetic bold (the CJK face has no bold).
        if (zh)
            return {makeFont(Cjk, size + 0.5), Ink, 0.35, 4, true};
        return {makeFont(LatinSerif, size, true), Ink, 0.25, 4, false};
    }
    if (zh)
        return {makeFont(Cjk, body), Ink, 0.55, 0, true};
    return {makeFont(LatinSerif, body), Ink, 0.3, 0, false};
}

QList<QTextLayout::FormatRange> Renderer::unitFormats(const Unit &unit, Lang lang, const Style &style) const
{
    QList<QTextLayout::FormatRange> formats;
    if (lang == Lang::En) {
        QTextCharFormat superscript;
        superscript.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
        superscript.setForeground(Grey);
        for (const FootnoteMarker &f : m_paper.footnotes) {
            if (f.unitSeq == unit.seq)
                formats.append({f.start, f.length, superscript});
        }
    }
    QTextCharFormat citation;
    citation.setForeground(LinkBlue);
    for (const CitationOccurrence &c : m_paper.citations) {
        if (c.unitSeq == unit.seq && c.lang == lang)
            formats.append({c.start, c.length, citation});
    }
    Q_UNUSED(style);
    return formats;
}

std::unique_ptr<TextBlock> Renderer::unitBlock(const Unit &unit, Lang lang, double width)
{
    const Style style = unitStyle(unit, lang);
    const QString &text = lang == Lang::En ? unit.en : unit.zh;
    QList<QTextLayout::FormatRange> formats = unitFormats(unit, lang, style);
    QList<LinkRange> links;
    for (const CitationOccurrence &c : m_paper.citations) {
        if (c.unitSeq == unit.seq && c.lang == lang && c.work >= 0)
            links.append({c.start, c.length, QStringLiteral("work:%1").arg(c.work), {}});
    }
    QTextCharFormat measure;
    measure.setForeground(MeasureGreen);
    for (qsizetype m = 0; m < m_options.measures.size(); ++m) {
        const MeasureRow &row = m_options.measures[m];
        if (!row.unitSeqs.contains(unit.seq))
            continue;
        const QString &name = lang == Lang::En ? row.nameEn : row.nameZh;
        if (name.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size())) {
            links.append({int(at), int(name.size()), QStringLiteral("measure:%1").arg(m), {}});
            formats.append({int(at), int(name.size()), measure});
        }
    }
    static const QRegularExpression url(
        QStringLiteral(R"(https?://[^\s<>"“”（）()\[\]]+[^\s<>"“”（）()\[\].,;:。，；：])"));
    QTextCharFormat urlFormat;
    urlFormat.setForeground(LinkBlue);
    urlFormat.setFontUnderline(true);
    for (auto it = url.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        links.append({int(match.capturedStart()), int(match.capturedLength()), {}, match.captured()});
        formats.append({int(match.capturedStart()), int(match.capturedLength()), urlFormat});
    }
    std::unique_ptr<TextBlock> b = block(text, style, width, formats);
    b->unitSeq = unit.seq;
    b->lang = lang;
    b->links = links;
    for (const Annotation *a : m_rangeMarks.value(unit.seq)) {
        if (a->lang == lang)
            b->highlights.append(a);
    }
    return b;
}

QString Renderer::outlineTitle(const TreeNode &node) const
{
    auto shorten = [](QString s) {
        s = s.simplified();
        return s.size() > 72 ? s.left(71) + u'…' : s;
    };
    const QString en = shorten(QStringList{node.numberEn, node.labelEn}.join(u' ').trimmed());
    QString zh = node.numberZh;
    zh += node.labelZh.trimmed();
    zh = shorten(zh);
    if (zh.isEmpty())
        return en;
    if (en.isEmpty())
        return zh;
    return en + QStringLiteral(" · ") + zh;
}

void Renderer::simpleParagraph(const QString &text, const Style &style, QList<QTextLayout::FormatRange> formats,
                               QList<LinkRange> links, double indent)
{
    std::unique_ptr<TextBlock> b = block(text, style, m_right - m_left - indent, std::move(formats));
    b->links = std::move(links);
    placeRow({{b.get(), m_left + indent}}, style.spaceAfter);
}

void Renderer::titlePage()
{
    const PaperMeta &meta = m_paper.meta;
    space(40);
    simpleParagraph(meta.titleEn, {makeFont(LatinSerif, 20, true), Ink, 0.2, 10, false});
    simpleParagraph(meta.titleZh, {makeFont(Cjk, 18), Ink, 0.3, 18, true});

    QStringList authors;
    for (const Author &author : meta.authors)
        authors.append(QStringList{author.nameEn, author.nameZh}.join(u' ').trimmed());
    simpleParagraph(authors.join(QStringLiteral("  ·  ")), {makeFont(LatinSerif, 12.5), Ink, 0.3, 14, false});

    const Style meta10{makeFont(LatinSerif, 10), Ink, 0.3, 3, false};
    if (meta.originalDate.isValid()) {
        simpleParagraph(QStringLiteral("Original (Chinese): %1")
                            .arg(QLocale(QLocale::English).toString(meta.originalDate, QStringLiteral("d MMMM yyyy"))),
                        meta10);
    }
    if (!meta.publisher.isEmpty())
        simpleParagraph(QStringLiteral("English translation: %1, %2").arg(meta.publisher).arg(meta.year), meta10);
    if (!meta.url.isEmpty()) {
        const QString prefix = QStringLiteral("Source: ");
        QTextCharFormat link;
        link.setForeground(LinkBlue);
        link.setFontUnderline(true);
        simpleParagraph(prefix + meta.url, meta10, {{int(prefix.size()), int(meta.url.size()), link}},
                        {{int(prefix.size()), int(meta.url.size()), {}, meta.url}});
    }
    space(14);

    if (!meta.summaryEn.isEmpty()) {
        simpleParagraph(QStringLiteral("Summary"), {makeFont(LatinSerif, 11.5, true), Ink, 0.2, 4, false});
        simpleParagraph(meta.summaryEn, {makeFont(LatinSerif, 10), Ink, 0.35, 16, false});
    }

    const QString layoutName = [&] {
        switch (m_options.layout) {
        case PdfExportOptions::Layout::SideBySide:
            return QStringLiteral("English and Chinese side by side, each paragraph level with its original");
        case PdfExportOptions::Layout::Interleaved:
            return QStringLiteral("each English paragraph followed by its Chinese original");
        case PdfExportOptions::Layout::English:
            return QStringLiteral("English translation only");
        case PdfExportOptions::Layout::Chinese:
            return QStringLiteral("Chinese original only");
        }
        return QString();
    }();
    const Style small{makeFont(LatinSans, 8.5), QColor(0x40, 0x40, 0x40), 0.35, 4, false};
    simpleParagraph(QStringLiteral("About this copy"), {makeFont(LatinSans, 9.5, true), Ink, 0.2, 3, false});
    QString about = QStringLiteral("Bilingual edition made with Duizhao %1 on %2: %3. Numbers in the left margin are "
                                   "the aligned units; citations link to the citations index.")
                        .arg(QStringLiteral(DUIZHAO_VERSION), QDate::currentDate().toString(Qt::ISODate), layoutName);
    if (m_options.annotations && !m_input.annotations.isEmpty()) {
        QStringList authorsOfNotes;
        for (const Annotation &a : m_input.annotations) {
            if (!a.author.isEmpty() && !authorsOfNotes.contains(a.author))
                authorsOfNotes.append(a.author);
        }
        about +=
            QStringLiteral(" It carries %1 annotations%2: highlights and notes that PDF viewers show and "
                           "list, gathered by section in the notes appendix.")
                .arg(m_input.annotations.size())
                .arg(authorsOfNotes.isEmpty() ? QString()
                                              : QStringLiteral(" by ") + authorsOfNotes.join(QStringLiteral(", ")));
    }
    simpleParagraph(about, small);

    // The codes used, with their colours: the key a class needs to read the marks.
    if (m_options.annotations) {
        QStringList used;
        for (const Annotation &a : m_input.annotations) {
            for (const QString &t : a.tags) {
                if (!used.contains(t))
                    used.append(t);
            }
        }
        if (!used.isEmpty()) {
            QString legend = QStringLiteral("Tags: ");
            QList<QTextLayout::FormatRange> formats;
            for (const Tag &tag : m_input.tags) {
                if (!used.contains(tag.name))
                    continue;
                QTextCharFormat swatch;
                swatch.setForeground(QColor::fromString(tag.color));
                formats.append({int(legend.size()), 1, swatch});
                legend += QStringLiteral("■ %1   ").arg(tag.displayName());
            }
            simpleParagraph(legend.trimmed(), small, formats);
        }
    }
    space(8);
    // The same reference as "Copy with Citation" gives, rather than the source's line as written.
    simpleParagraph(QStringLiteral("Citation: %1").arg(formatReference(meta)), small);
    simpleParagraph(QStringLiteral("The English translation and the Chinese original are © their authors and %1; "
                                   "this copy is for study and teaching. The annotations are © their authors.")
                        .arg(meta.publisher.isEmpty() ? QStringLiteral("their publishers") : meta.publisher),
                    small);
}

void Renderer::body()
{
    const double full = m_right - m_left;
    const double column = (full - m_gutter) / 2;
    for (const Unit &unit : m_paper.units) {
        const bool heading = unit.kind == UnitKind::Heading;
        if (heading && m_y > m_top)
            space(unit.node >= 0 && m_paper.nodes[unit.node].depth == 0 ? 10 : 5);
        const double spaceAfter = heading ? 6 : 9;

        std::vector<std::unique_ptr<TextBlock>> blocks;
        switch (m_options.layout) {
        case PdfExportOptions::Layout::SideBySide: {
            blocks.push_back(unitBlock(unit, Lang::En, column));
            blocks.push_back(unitBlock(unit, Lang::Zh, column));
            placeRow({{blocks[0].get(), m_left}, {blocks[1].get(), m_left + column + m_gutter}}, spaceAfter, heading);
            break;
        }
        case PdfExportOptions::Layout::Interleaved: {
            // The Chinese paragraph is indented under the English; a Chinese heading starts where
            // the English heading does.
            const double indent = heading ? 0 : dev(14);
            blocks.push_back(unitBlock(unit, Lang::En, full));
            blocks.push_back(unitBlock(unit, Lang::Zh, full - indent));
            placeRow({{blocks[0].get(), m_left}}, heading ? 3 : 4, heading);
            placeRow({{blocks[1].get(), m_left + indent}}, spaceAfter, heading);
            break;
        }
        case PdfExportOptions::Layout::English:
        case PdfExportOptions::Layout::Chinese: {
            const Lang lang = m_options.layout == PdfExportOptions::Layout::English ? Lang::En : Lang::Zh;
            blocks.push_back(unitBlock(unit, lang, full));
            placeRow({{blocks[0].get(), m_left}}, spaceAfter, heading);
            break;
        }
        }
        flushUnitBar(true);
        if (unit.node >= 0) {
            const TreeNode &node = m_paper.nodes[unit.node];
            PdfOutlineItem item;
            item.title = outlineTitle(node);
            item.parent = node.parent >= 0 ? m_outlineOfNode.value(node.parent, -1) : -1;
            item.level = node.depth;
            item.destination = m_geometry.destinations.value(QStringLiteral("unit:%1").arg(unit.seq));
            m_outlineOfNode.insert(unit.node, int(m_geometry.outline.size()));
            m_geometry.outline.append(item);
        }
        report();
    }
}

void Renderer::appendixHeading(const QString &en, const QString &zh, const QString &key)
{
    newPage();
    m_geometry.destinations.insert(key, here(m_y));
    m_geometry.outline.append({en + QStringLiteral(" · ") + zh, -1, 0, here(m_y)});
    simpleParagraph(en + QStringLiteral("   ") + zh, {makeFont(LatinSerif, 15, true), Ink, 0.2, 12, false});
}

void Renderer::notesAppendix()
{
    appendixHeading(QStringLiteral("Notes"), QStringLiteral("批注"), QStringLiteral("appendix:notes"));
    int lastSection = -2;
    for (const Annotation &a : m_input.annotations) {
        if (a.unitSeq < 1 || a.unitSeq > m_paper.units.size())
            continue;
        const Unit &unit = m_paper.units[a.unitSeq - 1];
        const int section = unit.kind == UnitKind::Heading ? unit.node : unit.section;
        if (section != lastSection) {
            lastSection = section;
            const QString title =
                section >= 0 ? outlineTitle(m_paper.nodes[section]) : QStringLiteral("Summary · 摘要");
            std::unique_ptr<TextBlock> b =
                block(title, {makeFont(LatinSerif, 11, true), Ink, 0.25, 4, false}, m_right - m_left);
            space(4);
            placeRow({{b.get(), m_left}}, 4, true);
        }
        // ■ Unit 12 · English — “quoted words”
        const QString where =
            a.isUnitScope() ? QStringLiteral("Unit %1 · both languages").arg(a.unitSeq)
                            : QStringLiteral("Unit %1 · %2")
                                  .arg(a.unitSeq)
                                  .arg(a.lang == Lang::En ? QStringLiteral("English") : QStringLiteral("Chinese"));
        QString line = QStringLiteral("■ ") + where;
        QList<QTextLayout::FormatRange> formats;
        QTextCharFormat swatch;
        swatch.setForeground(QColor::fromString(a.color).darker(110));
        formats.append({0, 1, swatch});
        QTextCharFormat link;
        link.setForeground(LinkBlue);
        formats.append({2, int(where.size()), link});
        QList<LinkRange> links{{2, int(where.size()), QStringLiteral("unit:%1").arg(a.unitSeq), {}}};
        if (!a.isUnitScope()) {
            QString quote = a.quote.simplified();
            if (quote.size() > 300)
                quote = quote.left(299) + u'…';
            QTextCharFormat grey;
            grey.setForeground(QColor(0x55, 0x55, 0x55));
            const int at = int(line.size()) + 3;
            line += QStringLiteral(" — “%1”").arg(quote);
            formats.append({at, int(quote.size()), grey});
        }
        simpleParagraph(line, {makeFont(LatinSerif, 9.5), Ink, 0.35, 2, false}, formats, links);
        if (!a.note.isEmpty())
            simpleParagraph(a.note, {makeFont(LatinSerif, 10), Ink, 0.35, 2, false}, {}, {}, dev(12));
        QStringList tagNames;
        for (const QString &t : a.tags)
            tagNames.append(m_tags.contains(t) ? m_tags.value(t).displayName() : t);
        QString byline = a.author;
        if (!tagNames.isEmpty())
            byline = QStringLiteral("Tags: %1").arg(tagNames.join(QStringLiteral(", "))) +
                     (byline.isEmpty() ? QString() : QStringLiteral(" · ") + byline);
        if (!byline.isEmpty())
            simpleParagraph(byline, {makeFont(LatinSans, 8), Grey, 0.3, 8, false}, {}, {}, dev(12));
        else
            space(6);
    }
}

void Renderer::citationsAppendix()
{
    appendixHeading(QStringLiteral("Citations index"), QStringLiteral("引文索引"),
                    QStringLiteral("appendix:citations"));
    QList<int> order;
    for (int i = 0; i < m_paper.works.size(); ++i)
        order.append(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_paper.works[a].authorEn.compare(m_paper.works[b].authorEn, Qt::CaseInsensitive) < 0;
    });
    for (int w : order) {
        const CitedWork &work = m_paper.works[w];
        m_geometry.destinations.insert(QStringLiteral("work:%1").arg(w), here(m_y));
        QStringList forms;
        QString text =
            QStringLiteral("%1 (%2)").arg(work.authorEn.isEmpty() ? work.authorZh : work.authorEn, work.year);
        if (!work.authorZh.isEmpty() && !work.authorEn.isEmpty())
            text += QStringLiteral("  %1 (%2)").arg(work.authorZh, work.year);
        for (int o : work.occurrences) {
            const CitationOccurrence &c = m_paper.citations[o];
            const QString form = QStringLiteral("%1, %2").arg(c.author, c.year);
            if (!forms.contains(form))
                forms.append(form);
        }
        QList<QTextLayout::FormatRange> formats;
        QTextCharFormat bold;
        bold.setFontWeight(QFont::Bold);
        formats.append({0, int(work.authorEn.isEmpty() ? 0 : work.authorEn.size()), bold});
        text += QStringLiteral("\u2028") + QStringLiteral("as written: ") + forms.join(QStringLiteral("; "));
        text += QStringLiteral("\u2028") + QStringLiteral("cited in units ");
        QList<LinkRange> links;
        QTextCharFormat link;
        link.setForeground(LinkBlue);
        QList<int> units;
        for (int o : work.occurrences) {
            if (!units.contains(m_paper.citations[o].unitSeq))
                units.append(m_paper.citations[o].unitSeq);
        }
        std::sort(units.begin(), units.end());
        for (qsizetype i = 0; i < units.size(); ++i) {
            if (i > 0)
                text += QStringLiteral(", ");
            const QString n = QString::number(units[i]);
            links.append({int(text.size()), int(n.size()), QStringLiteral("unit:%1").arg(units[i]), {}});
            formats.append({int(text.size()), int(n.size()), link});
            text += n;
        }
        simpleParagraph(text, {makeFont(LatinSerif, 9.5), Ink, 0.35, 7, false}, formats, links);
    }
}

void Renderer::measuresAppendix()
{
    appendixHeading(QStringLiteral("Measures"), QStringLiteral("措施"), QStringLiteral("appendix:measures"));
    const double full = m_right - m_left;
    // name EN | 中文 | kind | date | level | units
    const QList<double> widths{0.27, 0.22, 0.16, 0.11, 0.09, 0.15};
    const Style cellStyle{makeFont(LatinSans, 8.5), Ink, 0.3, 0, false};
    const Style headStyle{makeFont(LatinSans, 8.5, true), Ink, 0.3, 0, false};
    auto row = [&](const QStringList &texts, const Style &style, const QList<LinkRange> &unitLinks) {
        std::vector<std::unique_ptr<TextBlock>> blocks;
        QList<Cell> cells;
        double x = m_left;
        for (qsizetype c = 0; c < texts.size(); ++c) {
            const double w = full * widths[c] - dev(6);
            QList<QTextLayout::FormatRange> formats;
            if (c == texts.size() - 1) {
                QTextCharFormat link;
                link.setForeground(LinkBlue);
                for (const LinkRange &l : unitLinks)
                    formats.append({l.start, l.length, link});
            }
            blocks.push_back(block(texts[c], style, w, formats));
            if (c == texts.size() - 1)
                blocks.back()->links = unitLinks;
            cells.append({blocks.back().get(), x});
            x += full * widths[c];
        }
        placeRow(cells, 5);
        m_painter.fillRect(QRectF(m_left, m_y - dev(3), full, dev(0.4)), QColor(0xCC, 0xCC, 0xCC));
    };
    row({QStringLiteral("Measure"), QStringLiteral("中文"), QStringLiteral("Kind"), QStringLiteral("Date"),
         QStringLiteral("Level"), QStringLiteral("Units")},
        headStyle, {});
    for (qsizetype m = 0; m < m_options.measures.size(); ++m) {
        const MeasureRow &measure = m_options.measures[m];
        m_geometry.destinations.insert(QStringLiteral("measure:%1").arg(m), here(m_y));
        QString units;
        QList<LinkRange> links;
        for (qsizetype i = 0; i < measure.unitSeqs.size(); ++i) {
            if (i > 0)
                units += QStringLiteral(", ");
            const QString n = QString::number(measure.unitSeqs[i]);
            links.append({int(units.size()), int(n.size()), QStringLiteral("unit:%1").arg(measure.unitSeqs[i]), {}});
            units += n;
        }
        row({measure.nameEn, measure.nameZh, measure.kind, measure.date, measure.level, units}, cellStyle, links);
    }
}

} // namespace

int PdfLayout::progressSteps(const PdfExportInput &input)
{
    return int(input.paper.units.size()) + 3; // start, title page, units…, appendices
}

PdfGeometry PdfLayout::render(const PdfExportInput &input, const PdfExportOptions &options, QIODevice *device,
                              const Progress &progress)
{
    Renderer renderer(input, options, device, progress);
    return renderer.run();
}

} // namespace duizhao
