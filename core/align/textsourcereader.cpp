#include "textsourcereader.h"

#include "align/linejoiner.h"
#include "align/pagefurniture.h"
#include "align/paragraphbreaks.h"
#include "text/script.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace duizhao {

namespace {

// What separates a line from the one before it.
enum class Boundary
{
    Line,  // nothing: the next line of the same block
    Blank, // one or more blank lines
    Page,  // a page break, a running head or a page number (and any blank lines around them)
};

struct RawLine
{
    QString text;
    int number = 0; // 1-based line in the file
    int page = 0;   // 0-based, counted by form feeds
    bool blank = false;
    bool furniture = false;
};

struct TextLine
{
    QString text; // trimmed
    int number = 0;
    int indent = 0; // display columns of leading space
    int width = 0;  // display columns up to the last character, indent included
    Boundary before = Boundary::Line;
};

QList<RawLine> splitLines(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(u'\r', u'\n');
    QList<RawLine> lines;
    int page = 0;
    int number = 0;
    for (const QStringView line : QStringView(normalised).split(u'\n')) {
        ++number;
        bool first = true;
        for (const QStringView part : line.split(u'\f')) {
            if (!first)
                ++page;
            first = false;
            RawLine raw;
            raw.text = part.toString();
            raw.number = number;
            raw.page = page;
            raw.blank = script::trimmed(part).isEmpty();
            lines.append(raw);
        }
    }
    return lines;
}

// A running head is a short line; a paragraph is not one.
bool shortEnough(const RawLine &line)
{
    return !line.blank && script::trimmed(line.text).size() <= 80;
}

int firstNumber(QStringView line)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    const QString folded = script::simplified(line);
    const QRegularExpressionMatch m = digits.match(folded);
    return m.hasMatch() ? m.captured().toInt() : -1;
}

// Marks page numbers and running heads. With form feeds, the lines at the top and bottom of each
// page are looked at; without, lines that come back at a steady pace, and page numbers that count
// up one by one.
void markFurniture(QList<RawLine> &lines)
{
    const int pages = lines.isEmpty() ? 0 : lines.back().page + 1;
    if (pages > 1) {
        QList<QList<int>> onPage(pages);
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines[i].blank)
                onPage[lines[i].page].append(i);
        }
        constexpr int Edge = 2; // a head and a page number, or a footer and a page number
        QList<QList<QString>> tops;
        QList<QList<QString>> bottoms;
        for (const QList<int> &page : onPage) {
            QList<QString> top;
            QList<QString> bottom;
            for (int k = 0; k < std::min<qsizetype>(Edge, page.size()); ++k) {
                const RawLine &t = lines[page[k]];
                const RawLine &b = lines[page[page.size() - 1 - k]];
                top.append(shortEnough(t) ? PageFurniture::key(t.text) : QString());
                bottom.append(shortEnough(b) ? PageFurniture::key(b.text) : QString());
            }
            tops.append(top);
            bottoms.append(bottom);
        }
        const QSet<QString> heads = PageFurniture::repeatedKeys(tops);
        const QSet<QString> feet = PageFurniture::repeatedKeys(bottoms);
        for (const QList<int> &page : onPage) {
            // One line per head a page: a title under a running head that repeats it is text.
            QSet<QString> usedTop;
            QSet<QString> usedBottom;
            for (int k = 0; k < std::min<qsizetype>(Edge, page.size()); ++k) {
                for (const auto &[index, keys, used] : {std::tuple{page[k], &heads, &usedTop},
                                                        std::tuple{page[page.size() - 1 - k], &feet, &usedBottom}}) {
                    RawLine &line = lines[index];
                    const QString key = PageFurniture::key(line.text);
                    if (!shortEnough(line) || line.furniture || used->contains(key))
                        continue;
                    if (PageFurniture::isPageNumber(line.text) || keys->contains(key)) {
                        line.furniture = true;
                        used->insert(key);
                    }
                }
            }
        }
        return;
    }

    QList<QString> keys;
    QList<bool> candidate;
    // Without page breaks only the pace gives a running head away, and a law's item that recurs
    // ("（三）法律、行政法规规定的其他情形。") may keep one too: heads and footers are titles and
    // names, which end no sentence, so lines that end one stay text.
    for (const RawLine &line : lines) {
        const bool head = shortEnough(line) && !ParagraphBreaks::endsSentence(line.text);
        keys.append(head ? PageFurniture::key(line.text) : QString());
        candidate.append(head);
    }
    const QSet<int> periodic = PageFurniture::periodicLines(keys, candidate);
    for (int i : periodic)
        lines[i].furniture = true;

    // Page numbers without form feeds: those that count up, or stand next to a running head.
    QList<int> numbered;
    for (int i = 0; i < lines.size(); ++i) {
        if (shortEnough(lines[i]) && PageFurniture::isPageNumber(lines[i].text) && firstNumber(lines[i].text) >= 0)
            numbered.append(i);
    }
    int counting = 0;
    for (qsizetype k = 1; k < numbered.size(); ++k)
        counting += firstNumber(lines[numbered[k]].text) == firstNumber(lines[numbered[k - 1]].text) + 1 ? 1 : 0;
    const bool countsUp = numbered.size() >= 3 && counting * 3 >= (numbered.size() - 1) * 2;
    for (int i : numbered) {
        bool nearHead = false;
        for (int d = -2; d <= 2; ++d)
            nearHead = nearHead || periodic.contains(i + d);
        if (countsUp || nearHead)
            lines[i].furniture = true;
    }
}

QList<TextLine> textLines(const QList<RawLine> &raw)
{
    QList<TextLine> out;
    QList<int> blanksBefore;
    bool pageBreak = false;
    int blanks = 0;
    int page = raw.isEmpty() ? 0 : raw.front().page;
    for (const RawLine &line : raw) {
        if (line.page != page || line.furniture) {
            pageBreak = true;
            page = line.page;
        }
        if (line.furniture)
            continue;
        if (line.blank) {
            ++blanks;
            continue;
        }
        TextLine t;
        t.text = script::trimmed(line.text).toString();
        t.number = line.number;
        t.indent = ParagraphBreaks::indentWidth(line.text);
        t.width = t.indent + ParagraphBreaks::displayWidth(t.text);
        t.before = out.isEmpty() ? Boundary::Blank : pageBreak ? Boundary::Page : Boundary::Line;
        out.append(t);
        blanksBefore.append(out.size() == 1 || pageBreak ? -1 : blanks);
        pageBreak = false;
        blanks = 0;
    }
    // A dump of widely spaced lines (pdftotext -layout of text set at 1.5 lines) has a blank line
    // between every two lines: then only more blank lines than usual part paragraphs.
    QHash<int, int> count;
    int gaps = 0;
    for (int b : blanksBefore) {
        if (b >= 0) {
            ++count[b];
            ++gaps;
        }
    }
    int usual = 0;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > count.value(usual))
            usual = it.key();
    }
    if (count.value(usual) * 2 < gaps)
        usual = 0;
    // A file of one-line paragraphs with a blank line between them has the same usual gap; but
    // where a dump's spacing parts the lines of a paragraph, most of them stop in mid-sentence,
    // and where blank lines part paragraphs, most end a sentence (headings do not, but they are
    // few). Without that sign the blank lines are paragraph breaks, as they say.
    if (usual > 0) {
        int atUsual = 0;
        int midSentence = 0;
        for (qsizetype i = 1; i < out.size(); ++i) {
            if (blanksBefore[i] != usual)
                continue;
            ++atUsual;
            midSentence += ParagraphBreaks::endsSentence(out[i - 1].text) ? 0 : 1;
        }
        if (midSentence * 2 < atUsual)
            usual = 0;
    }
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (blanksBefore[i] > usual)
            out[i].before = Boundary::Blank;
    }
    return out;
}

int percentile(QList<int> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))];
}

int mostCommon(const QList<TextLine> &lines)
{
    QHash<int, int> count;
    for (const TextLine &line : lines)
        ++count[line.indent];
    int best = 0;
    int bestCount = -1;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

QList<SourceParagraph> TextSourceReader::paragraphs(const QString &text, Lang lang)
{
    QList<RawLine> raw = splitLines(text);
    markFurniture(raw);
    const QList<TextLine> lines = textLines(raw);
    if (lines.isEmpty())
        return {};

    // Hard-wrapped or not: in wrapped text, many of the lines that go on in the next line come
    // close to a common width (the rest end paragraphs or headings); in text with a line per
    // paragraph they are as long as their paragraphs, which differ.
    QList<int> inner;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines[i + 1].before != Boundary::Blank)
            inner.append(lines[i].width);
    }
    int width = 0;
    bool wrapped = false;
    if (inner.size() >= 3) {
        // The wrap width is the top of the common line lengths, not the longest line: a dump
        // may join a hyphenated word's two lines into one twice as long.
        const int middle = percentile(inner, 0.5);
        for (int w : inner) {
            if (w * 4 <= middle * 5)
                width = std::max(width, w);
        }
        const auto full = std::count_if(inner.cbegin(), inner.cend(), [&](int w) { return w * 100 >= width * 85; });
        wrapped = width <= 200 && full * 100 >= inner.size() * 35;
    }

    QList<QList<const TextLine *>> groups;
    if (!wrapped) {
        for (const TextLine &line : lines)
            groups.append(QList<const TextLine *>{&line});
    } else {
        const int base = mostCommon(lines);
        // Where a document marks its paragraphs with indented first lines, a line that stops a
        // little short at a full stop is only the widths of a dump's spacing: it takes a
        // clearly short line, or an indent, to start a paragraph.
        const auto indented = std::count_if(lines.cbegin(), lines.cend(), [&](const TextLine &line) {
            return line.before != Boundary::Blank && line.indent > base;
        });
        const bool indents = indented >= 3;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const TextLine &line = lines[i];
            bool starts = groups.isEmpty() || line.before == Boundary::Blank;
            if (!starts) {
                const TextLine &previous = lines[i - 1];
                // Wrapping moves a word to the next line only when it does not fit: if the next
                // line's first word would have fitted, the line ended there on purpose. Widths of
                // proportional text in a dump are rough, so a line that only just had room ends a
                // paragraph only where a sentence ends.
                const int needed = previous.width + ParagraphBreaks::firstWordWidth(previous.text, line.text, lang);
                const bool fits = needed <= width;
                const bool sentence = ParagraphBreaks::endsSentence(previous.text);
                starts = fits && (needed * 100 <= width * 85 || (sentence && !indents));
                // An indented line starts a paragraph, unless it goes on a block whose lines are
                // all indented (the line before the previous one too: a paragraph of one line
                // that is as indented as the next is a paragraph of its own).
                const bool block = i >= 2 && previous.indent == line.indent && lines[i - 2].indent == line.indent &&
                                   lines[i - 1].before == Boundary::Line && !fits;
                starts = starts || (line.indent > base && !block);
                starts = starts || (sentence && ParagraphBreaks::startsNumbered(line.text));
                const bool last = i + 1 == lines.size() || lines[i + 1].before == Boundary::Blank;
                const int lineNeeds =
                    line.width + (last ? 0 : ParagraphBreaks::firstWordWidth(line.text, lines[i + 1].text, lang));
                const bool lineShort = lineNeeds * 100 <= width * 85;
                // A heading wrapped over two short lines, neither ending a sentence, is one
                // paragraph; centring may have indented either.
                if (starts && fits && !sentence && line.before != Boundary::Blank && lineShort &&
                    !ParagraphBreaks::endsSentence(line.text) && !ParagraphBreaks::startsNumbered(line.text))
                    starts = false;
                // A short numbered line between paragraphs is a heading, whatever the line before.
                starts = starts || (lineShort && ParagraphBreaks::startsNumbered(line.text) &&
                                    (last || lines[i + 1].indent > base));
            }
            if (starts)
                groups.append(QList<const TextLine *>());
            groups.back().append(&line);
        }
    }

    QList<QStringList> texts;
    for (const auto &group : groups) {
        QStringList parts;
        for (const TextLine *line : group)
            parts.append(line->text);
        texts.append(parts);
    }
    const LineJoiner joiner(lang, texts);
    QList<SourceParagraph> out;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        SourceParagraph paragraph;
        paragraph.text = joiner.join(texts[g]);
        paragraph.line = groups[g].front()->number;
        if (!paragraph.text.isEmpty())
            out.append(paragraph);
    }
    return out;
}

} // namespace duizhao
