#include "pdfsourcereader.h"

#include "align/linejoiner.h"
#include "align/pagefurniture.h"
#include "align/paragraphbreaks.h"
#include "error.h"
#include "text/script.h"

#include <QHash>
#include <QSet>

#include <poppler-qt6.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace duizhao {

namespace {

// Poppler reports what it repairs in a damaged file through one process-wide function. Ours
// counts, per thread, instead of printing: the command line prints only our own message.
thread_local int t_popplerErrors = 0;

void countPopplerError(const QString &, const QVariant &)
{
    ++t_popplerErrors;
}

void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(countPopplerError, QVariant()); });
}

struct Word
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
    double firstWidth = 0; // the first character's width, or the whole word's for Latin text
};

struct Line
{
    QList<Word> words;
    QRectF box;
    double size = 0; // the height of its words: a font size, give or take the font's ascent and descent
    int page = 0;    // 0-based
    int region = 0;  // the column (or the part of a page between full-width lines) it belongs to
    bool furniture = false;

    QString text() const
    {
        QString out;
        for (qsizetype i = 0; i < words.size(); ++i) {
            out += words[i].text;
            if (i + 1 < words.size() && words[i].spaceAfter)
                out += u' ';
        }
        return out;
    }
};

// Text as it should read: Kangxi radicals that some fonts' ToUnicode tables give for common
// characters (⼩ for 小), ligatures (ﬁ) and control characters are undone.
QString cleanText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    script::forEachCodePoint(text, [&](char32_t c, qsizetype) {
        if (c < 0x20 || c == 0x7F)
            return;
        if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xFB00 && c <= 0xFB06)) {
            out += QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
            return;
        }
        out += QString::fromUcs4(&c, 1);
    });
    return out;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

// A damaged file can put a word anywhere, infinity included; a page is not a million points wide.
bool onPage(const QRectF &box)
{
    constexpr double Far = 1e6;
    for (const double v : {box.left(), box.top(), box.right(), box.bottom()}) {
        if (!std::isfinite(v) || std::abs(v) > Far)
            return false;
    }
    return true;
}

// Poppler links the words of one line with nextWord(); a line is such a chain.
QList<Line> linesOf(const Poppler::Page &page, int pageIndex)
{
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    QSet<const Poppler::TextBox *> continued;
    for (const auto &box : boxes) {
        if (box->nextWord())
            continued.insert(box->nextWord());
    }
    QList<Line> lines;
    for (const auto &box : boxes) {
        if (continued.contains(box.get()))
            continue;
        Line line;
        line.page = pageIndex;
        QList<double> heights;
        QSet<const Poppler::TextBox *> seen; // a damaged file must not make the chain a loop
        for (const Poppler::TextBox *b = box.get(); b && !seen.contains(b); b = b->nextWord()) {
            seen.insert(b);
            Word word;
            word.text = cleanText(b->text());
            if (word.text.isEmpty())
                continue;
            word.box = b->boundingBox();
            if (!onPage(word.box))
                continue;
            word.spaceAfter = b->hasSpaceAfter();
            word.firstWidth =
                LineJoiner::isWide(word.text[0].unicode()) ? b->charBoundingBox(0).width() : word.box.width();
            line.box = line.words.isEmpty() ? word.box : line.box.united(word.box);
            for (qsizetype k = 0; k < word.text.size(); ++k)
                heights.append(word.box.height());
            line.words.append(word);
        }
        if (line.words.isEmpty())
            continue;
        line.size = median(heights);
        // A hyphen that a justifying layout set apart from the end of its word: "fo -" + "cuses".
        if (line.words.size() >= 2 && (line.words.back().text == u"-" || line.words.back().text == u"\u2010")) {
            Word &before = line.words[line.words.size() - 2];
            if (line.words.back().box.left() - before.box.right() < 0.25 * line.size) {
                before.text += line.words.back().text;
                before.box = before.box.united(line.words.back().box);
                before.spaceAfter = false;
                line.words.removeLast();
            }
        }
        lines.append(line);
    }
    return lines;
}

// Running heads, footers and page numbers: lines at the top or the bottom of a page that come
// back on many pages at the same height, or that are a page number alone.
void markFurniture(QList<QList<Line>> &pages, const QList<QSizeF> &sizes)
{
    constexpr int Edge = 2;
    const auto topKey = [](const Line &line) -> QString {
        return PageFurniture::key(line.text()) + u'@' + QString::number(qRound(line.box.top() / 6));
    };
    const auto bottomKey = [](const Line &line) -> QString {
        return PageFurniture::key(line.text()) + u'@' + QString::number(qRound(line.box.bottom() / 6));
    };
    QList<QList<QString>> tops;
    QList<QList<QString>> bottoms;
    QList<QList<int>> orders;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        QList<int> order;
        for (int i = 0; i < pages[p].size(); ++i)
            order.append(i);
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return pages[p][a].box.top() < pages[p][b].box.top(); });
        QList<QString> top;
        QList<QString> bottom;
        for (int k = 0; k < std::min<qsizetype>(Edge, order.size()); ++k) {
            top.append(topKey(pages[p][order[k]]));
            bottom.append(bottomKey(pages[p][order[order.size() - 1 - k]]));
        }
        tops.append(top);
        bottoms.append(bottom);
        orders.append(order);
    }
    const QSet<QString> heads = PageFurniture::repeatedKeys(tops);
    const QSet<QString> feet = PageFurniture::repeatedKeys(bottoms);
    for (qsizetype p = 0; p < pages.size(); ++p) {
        const double height = sizes[p].height();
        const QList<int> &order = orders[p];
        for (int k = 0; k < std::min<qsizetype>(Edge, order.size()); ++k) {
            Line &top = pages[p][order[k]];
            if (top.box.top() < height * 0.15 &&
                (heads.contains(topKey(top)) || PageFurniture::isPageNumber(top.text())))
                top.furniture = true;
            Line &bottom = pages[p][order[order.size() - 1 - k]];
            if (!bottom.furniture && bottom.box.bottom() > height * 0.85 &&
                (feet.contains(bottomKey(bottom)) || PageFurniture::isPageNumber(bottom.text())))
                bottom.furniture = true;
        }
    }
}

// Reading order of a page's lines: where a vertical gutter splits them, each band between
// full-width lines is read left side first, then right side, and each side again the same way
// (three columns are two splits).
void order(QList<Line *> &lines, int depth, int &region)
{
    // Top to bottom; lines that share a height (a row) left to right.
    std::stable_sort(lines.begin(), lines.end(),
                     [](const Line *a, const Line *b) { return a->box.top() < b->box.top(); });
    for (qsizetype start = 0; start < lines.size();) {
        const Line *first = lines[start];
        qsizetype end = start + 1;
        while (end < lines.size() && std::min(first->box.bottom(), lines[end]->box.bottom()) - lines[end]->box.top() >
                                         0.5 * std::min(first->box.height(), lines[end]->box.height()))
            ++end;
        std::stable_sort(lines.begin() + start, lines.begin() + end,
                         [](const Line *a, const Line *b) { return a->box.left() < b->box.left(); });
        start = end;
    }
    if (lines.size() < 6 || depth >= 3) {
        for (Line *line : lines)
            line->region = region;
        ++region;
        return;
    }

    double left = lines.front()->box.left();
    double right = lines.front()->box.right();
    for (const Line *line : lines) {
        left = std::min(left, line->box.left());
        right = std::max(right, line->box.right());
    }
    // How many lines cover each point across the page (each of 2,000 steps, should a damaged
    // file put its text miles apart).
    const double step = std::max(1.0, (right - left) / 2000);
    const int width = int(std::ceil((right - left) / step)) + 1;
    QList<int> cover(width + 1, 0);
    for (const Line *line : lines) {
        const int from = std::clamp(int(std::ceil((line->box.left() - left) / step)), 0, width);
        const int to = std::clamp(int(std::floor((line->box.right() - left) / step)), 0, width);
        if (to > from) {
            cover[from] += 1;
            cover[to] -= 1;
        }
    }
    for (int x = 1; x <= width; ++x)
        cover[x] += cover[x - 1];
    // The gutter: the widest run of least-covered points in the middle of the page.
    int bestFrom = -1;
    int bestTo = -1;
    int bestCover = int(lines.size()) + 1;
    for (int x = width / 5; x < width * 4 / 5;) {
        int end = x;
        while (end < width * 4 / 5 && cover[end] == cover[x])
            ++end;
        if (cover[x] < bestCover || (cover[x] == bestCover && end - x > bestTo - bestFrom)) {
            bestCover = cover[x];
            bestFrom = x;
            bestTo = end;
        }
        x = end;
    }
    const double gutter = left + step * (bestFrom + bestTo) / 2.0;
    int leftSide = 0;
    int rightSide = 0;
    for (const Line *line : lines) {
        leftSide += line->box.right() < gutter ? 1 : 0;
        rightSide += line->box.left() > gutter ? 1 : 0;
    }
    const bool columns = bestFrom >= 0 && (bestTo - bestFrom) * step >= 4 && bestCover * 7 <= int(lines.size()) &&
                         leftSide >= 3 && rightSide >= 3;
    if (!columns) {
        for (Line *line : lines)
            line->region = region;
        ++region;
        return;
    }

    QList<Line *> ordered;
    QList<Line *> bandLeft;
    QList<Line *> bandRight;
    const auto endBand = [&] {
        order(bandLeft, depth + 1, region);
        order(bandRight, depth + 1, region);
        ordered += bandLeft;
        ordered += bandRight;
        bandLeft.clear();
        bandRight.clear();
    };
    for (Line *line : lines) {
        if (line->box.right() < gutter) {
            bandLeft.append(line);
        } else if (line->box.left() > gutter) {
            bandRight.append(line);
        } else {
            endBand();
            line->region = region++;
            ordered.append(line);
        }
    }
    endBand();
    lines = ordered;
}

// Pieces of one line that Poppler left apart — a superscript note number, a word after a wide
// justified space — join the line they stand beside.
QList<Line *> mergeBeside(const QList<Line *> &lines)
{
    QList<Line *> out;
    for (Line *line : lines) {
        Line *previous = out.isEmpty() ? nullptr : out.back();
        if (previous && previous->region == line->region) {
            const double overlap =
                std::min(previous->box.bottom(), line->box.bottom()) - std::max(previous->box.top(), line->box.top());
            const double gap = line->box.left() - previous->box.right();
            const double size = std::max(previous->size, line->size);
            // Justified Chinese stretches the space after a comma to a character's width or more;
            // columns are apart already (regions), so a wide gap here is still inside one line.
            if (overlap > 0.5 * std::min(previous->box.height(), line->box.height()) && gap > -1 && gap < 3 * size) {
                // The line's size is that of its longer piece, not of a superscript.
                if (line->text().size() > previous->text().size())
                    previous->size = line->size;
                previous->words.back().spaceAfter = gap > 0.2 * std::min(previous->size, line->size);
                previous->words += line->words;
                previous->box = previous->box.united(line->box);
                continue;
            }
        }
        out.append(line);
    }
    return out;
}

// Type this much larger than the body text's is a heading's. Box heights stand for sizes, so
// the ratio is that of the sizes: 12 pt headings over 11 pt text are 1.09.
constexpr double HeadingRatio = 1.08;

struct RegionGeometry
{
    double left = 0;
    double right = 0;
    QList<double> gaps;    // the white space from one line of body text to the next
    double gap = 0;        // the usual one
    QHash<int, int> lefts; // where its lines start, to the point
};

QString infoTitle(const Poppler::Document &document)
{
    const QString title = script::simplified(document.info(QStringLiteral("Title")));
    // Titles that word processors fill in from the file name say nothing about the document.
    const QString lower = title.toLower();
    if (lower.startsWith(u"microsoft word - ") || lower.endsWith(u".doc") || lower.endsWith(u".docx") ||
        lower.endsWith(u".odt") || lower.endsWith(u".pdf") || lower.endsWith(u".html") || lower == u"untitled")
        return {};
    return title;
}

} // namespace

SourceDocument PdfSourceReader::read(const QByteArray &bytes, const QString &fileName, Lang lang, int maxPages)
{
    silencePoppler();
    t_popplerErrors = 0;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    // A download cut short has lost its end, where the cross-reference table and %%EOF are.
    // Poppler rebuilds what it can and says so; the pages it lost would go missing unnoticed.
    const bool complete = bytes.right(1024).contains("%%EOF");
    const QString cutShort =
        QStringLiteral("the PDF is damaged or cut short: it does not end with %%EOF; download it again");
    if (!document) {
        throw Error(Error::Kind::Data, complete ? QStringLiteral("the PDF is damaged: it cannot be opened") : cutShort,
                    fileName);
    }
    if (document->isLocked()) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the PDF is encrypted and needs a password; save an unprotected copy first"),
                    fileName);
    }
    if (document->isEncrypted() && !document->okToCopy()) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the PDF is encrypted and its permissions forbid copying its text"), fileName);
    }
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        throw Error(Error::Kind::Data, QStringLiteral("the PDF is damaged: it has no pages"), fileName);
    if (pageCount > maxPages) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the PDF has %1 pages; a translation or an original of at most %2 pages can be "
                                   "read")
                        .arg(pageCount)
                        .arg(maxPages),
                    fileName);
    }
    if (t_popplerErrors > 0 && !complete)
        throw Error(Error::Kind::Data, cutShort, fileName);

    QList<QList<Line>> pages;
    QList<QSizeF> sizes;
    int words = 0;
    for (int p = 0; p < pageCount; ++p) {
        const std::unique_ptr<Poppler::Page> page = document->page(p);
        if (!page) {
            throw Error(Error::Kind::Data, QStringLiteral("the PDF is damaged: page %1 cannot be read").arg(p + 1),
                        fileName);
        }
        pages.append(linesOf(*page, p));
        sizes.append(page->pageSizeF());
        for (const Line &line : pages.back())
            words += int(line.words.size());
    }
    if (words == 0) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the PDF has no text layer: its pages are images, as in a scan; run text "
                                   "recognition (OCR) on it first"),
                    fileName);
    }
    markFurniture(pages, sizes);

    // Reading order, page by page.
    QList<Line *> flow;
    int region = 0;
    for (QList<Line> &page : pages) {
        QList<Line *> body;
        for (Line &line : page) {
            if (!line.furniture)
                body.append(&line);
        }
        order(body, 0, region);
        flow += mergeBeside(body);
    }

    // The body text's size (the one most characters are set in), the usual gap from one line
    // to the next, and the edges of each column.
    QHash<int, double> chars;
    for (const Line *line : flow)
        chars[qRound(line->size * 2)] += double(line->text().size());
    double bodySize = 0;
    double most = -1;
    for (auto it = chars.cbegin(); it != chars.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            bodySize = it.key() / 2.0;
        }
    }
    // Line spacing differs between documents and within one (a code listing, a quotation): the
    // usual gap between lines is taken per column, and from its smaller gaps, as many paragraphs
    // are a line or two long and the space between them would otherwise count as the usual.
    QList<double> gaps;
    QHash<int, RegionGeometry> regions;
    for (qsizetype i = 0; i < flow.size(); ++i) {
        const Line *line = flow[i];
        auto it = regions.find(line->region);
        if (it == regions.end()) {
            it = regions.insert(line->region, {line->box.left(), line->box.right(), {}, 0, {}});
        } else {
            it->left = std::min(it->left, line->box.left());
            it->right = std::max(it->right, line->box.right());
        }
        ++it->lefts[qRound(line->box.left())];
        if (i > 0 && flow[i - 1]->region == line->region && std::abs(flow[i - 1]->size - bodySize) < 0.1 * bodySize &&
            std::abs(line->size - bodySize) < 0.1 * bodySize) {
            const double gap = line->box.top() - flow[i - 1]->box.bottom();
            if (gap > -0.5 * bodySize && gap < 2 * bodySize) {
                gaps.append(gap);
                it->gaps.append(gap);
            }
        }
    }
    const double lineGap = gaps.isEmpty() ? bodySize * 0.2 : percentile(gaps, 0.3);
    for (RegionGeometry &region : regions) {
        region.gap = region.gaps.size() >= 3 ? percentile(region.gaps, 0.3) : lineGap;
        // The text's margin is where most lines start: first lines are indented, headings may
        // stand out to the left of it.
        int most = 0;
        for (auto it = region.lefts.cbegin(); it != region.lefts.cend(); ++it) {
            if (it.value() > most || (it.value() == most && it.key() < region.left)) {
                most = it.value();
                region.left = it.key();
            }
        }
    }

    QList<QList<const Line *>> groups;
    for (qsizetype i = 0; i < flow.size(); ++i) {
        const Line *line = flow[i];
        bool starts = groups.isEmpty();
        if (!starts) {
            const Line *previous = flow[i - 1];
            const RegionGeometry &here = regions[line->region];
            const RegionGeometry &there = regions[previous->region];
            const double size = std::max(previous->size, line->size);
            const QString previousText = previous->text();
            // A different size of type: a heading and its text.
            starts = size > std::min(previous->size, line->size) * HeadingRatio;
            // More white space above than between the lines of a paragraph. Measured between
            // the lines' boxes, not their baselines: a line with a few glyphs of a taller font
            // (Chinese in an English text) is set lower, and its box reaches higher by as much.
            if (previous->region == line->region) {
                // Larger type is set with proportionally more space between its lines.
                const double usual = here.gap * std::max(1.0, size / bodySize);
                const double gap = line->box.top() - previous->box.bottom();
                starts = starts || gap > usual + std::max(2.0, 0.25 * size);
            }
            // A heading set larger than the text is often centred or ragged: its lines are not
            // held to the text's margins. Size and space set it apart.
            const bool display = previous->size >= bodySize * HeadingRatio && line->size >= bodySize * HeadingRatio;
            // Two headings in a row: the second starts with its number.
            starts = starts || (display && ParagraphBreaks::startsNumbered(line->text()));
            if (!display) {
                // An indented first line, unless a whole indented block goes on.
                const double indent = line->box.left() - here.left;
                const double room = there.right - previous->box.right();
                const double firstWord = line->words.front().firstWidth;
                const bool previousFull = room <= firstWord + 0.3 * line->size;
                const bool block = i >= 2 && std::abs(previous->box.left() - line->box.left()) < 2 &&
                                   std::abs(flow[i - 2]->box.left() - line->box.left()) < 2 && previousFull;
                // A list item's lines after the first stand under its text, not under its bullet
                // or number: a hanging indent, not a new paragraph.
                const Line *item = groups.back().front();
                const bool hanging = item->words.size() > 1 && ParagraphBreaks::startsNumbered(item->text()) &&
                                     std::abs(item->words[1].box.left() - line->box.left()) < 2 && previousFull;
                starts = starts || (indent > 0.8 * line->size && !block && !hanging);
                // The line before stopped short although the next word would have fitted.
                const double width = there.right - there.left;
                starts =
                    starts || (!previousFull && (room > 0.15 * width || ParagraphBreaks::endsSentence(previousText)));
                starts = starts ||
                         (ParagraphBreaks::endsSentence(previousText) && ParagraphBreaks::startsNumbered(line->text()));
            }
        }
        if (starts)
            groups.append(QList<const Line *>());
        groups.back().append(line);
    }

    QList<QStringList> texts;
    for (const auto &group : groups) {
        QStringList parts;
        for (const Line *line : group)
            parts.append(line->text());
        texts.append(parts);
    }
    const LineJoiner joiner(lang, texts);
    SourceDocument out;
    out.fileName = fileName;
    out.lang = lang;
    out.format = QStringLiteral("pdf");
    out.meta.title = infoTitle(*document);
    const QString author = script::simplified(document->info(QStringLiteral("Author")));
    if (!author.isEmpty()) {
        for (const QString &name : author.split(u';', Qt::SkipEmptyParts))
            out.meta.authors.append(name.trimmed());
    }
    for (qsizetype g = 0; g < groups.size(); ++g) {
        SourceParagraph paragraph;
        paragraph.text = joiner.join(texts[g]);
        paragraph.page = groups[g].front()->page + 1;
        QList<double> sizesInGroup;
        for (const Line *line : groups[g])
            sizesInGroup.append(line->size);
        paragraph.heading = median(sizesInGroup) >= bodySize * HeadingRatio;
        if (!paragraph.text.isEmpty())
            out.paragraphs.append(paragraph);
    }
    if (out.paragraphs.isEmpty()) {
        throw Error(Error::Kind::Data, QStringLiteral("the PDF has no text besides page numbers and running heads"),
                    fileName);
    }
    return out;
}

} // namespace duizhao
