#include "paperparser.h"

#include "alignedtext.h"
#include "alignmentchecker.h"
#include "citationfinder.h"
#include "citationline.h"
#include "error.h"
#include "footnotefinder.h"
#include "numbering.h"
#include "text/script.h"

#include <QCryptographicHash>
#include <QHash>

#include <numeric>

namespace duizhao {

namespace {

struct Block
{
    QStringView text; // exactly as in the source, without the final line break
    int line = 0;     // 1-based line of its first line
    bool chinese = false;
};

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar ch) { return script::isSpace(ch.unicode()); });
}

// Blocks are runs of non-blank lines. A block keeps its inner line breaks ("\r\n" included)
// so its text is byte for byte what the file holds.
QList<Block> splitBlocks(QStringView text)
{
    QList<Block> blocks;
    qsizetype pos = 0;
    int line = 1;
    qsizetype blockStart = -1;
    qsizetype blockEnd = 0;
    int blockLine = 0;
    auto close = [&] {
        if (blockStart >= 0)
            blocks.append({text.mid(blockStart, blockEnd - blockStart), blockLine, false});
        blockStart = -1;
    };
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        qsizetype contentEnd = end;
        if (contentEnd > pos && text[contentEnd - 1] == u'\r')
            --contentEnd;
        const QStringView content = text.mid(pos, contentEnd - pos);
        if (isBlank(content)) {
            close();
        } else {
            if (blockStart < 0) {
                blockStart = pos;
                blockLine = line;
            }
            blockEnd = contentEnd;
        }
        if (end >= text.size())
            break;
        pos = end + 1;
        ++line;
    }
    close();
    for (Block &block : blocks)
        block.chinese = script::isMostlyChinese(block.text);
    return blocks;
}

std::optional<Numbering> classify(QStringView text, Lang lang)
{
    if (text.isEmpty())
        return std::nullopt;
    std::optional<Numbering> numbering = parseNumbering(text, lang);
    if (numbering && isHeadingKind(numbering->kind) && !readsLikeHeading(text.mid(numbering->length), lang))
        return std::nullopt;
    return numbering;
}

QString labelOf(QStringView text, const std::optional<Numbering> &numbering, Lang lang, NodeKind kind)
{
    if (text.isEmpty())
        return {};
    const QStringView rest = numbering ? text.mid(numbering->length) : text;
    return isHeadingKind(kind) ? script::simplified(rest) : firstSentence(rest, lang);
}

QString describe(const std::optional<Numbering> &n)
{
    return n ? QStringLiteral("“%1”").arg(n->text) : QStringLiteral("no number");
}

// Headings that papers and laws of any subject leave unnumbered, as the whole block.
bool isUnnumberedHeadingName(QStringView text, Lang lang)
{
    static const QStringList english = {QStringLiteral("preamble"),
                                        QStringLiteral("introduction"),
                                        QStringLiteral("foreword"),
                                        QStringLiteral("preface"),
                                        QStringLiteral("overview"),
                                        QStringLiteral("background"),
                                        QStringLiteral("abstract"),
                                        QStringLiteral("conclusion"),
                                        QStringLiteral("conclusions"),
                                        QStringLiteral("concluding remarks"),
                                        QStringLiteral("epilogue"),
                                        QStringLiteral("afterword"),
                                        QStringLiteral("references"),
                                        QStringLiteral("bibliography"),
                                        QStringLiteral("acknowledgements"),
                                        QStringLiteral("acknowledgments"),
                                        QStringLiteral("appendix"),
                                        QStringLiteral("annex"),
                                        QStringLiteral("supplementary provisions")};
    static const QStringList chinese = {
        QStringLiteral("序言"),     QStringLiteral("序"),   QStringLiteral("前言"),   QStringLiteral("引言"),
        QStringLiteral("导言"),     QStringLiteral("绪论"), QStringLiteral("概述"),   QStringLiteral("摘要"),
        QStringLiteral("结语"),     QStringLiteral("结论"), QStringLiteral("结束语"), QStringLiteral("后记"),
        QStringLiteral("参考文献"), QStringLiteral("致谢"), QStringLiteral("附录"),   QStringLiteral("附则")};
    QString name = script::simplified(text);
    while (!name.isEmpty() && (name.back() == u':' || name.back() == u'：'))
        name.chop(1);
    return lang == Lang::En ? english.contains(name.toLower()) : chinese.contains(name);
}

// A short pair that reads as a title on both sides: a capitalised English phrase of a few words
// and a few Han characters, neither a sentence nor a date.
bool isHeadingLikePair(const Unit &unit)
{
    const QString en = script::simplified(unit.en);
    const QString zh = script::simplified(unit.zh);
    if (en.isEmpty() || zh.isEmpty() || en.size() > 60 || zh.size() > 20 || !en.front().isUpper())
        return false;
    if (en.count(u' ') >= 8 || !readsLikeHeading(en, Lang::En) || !readsLikeHeading(zh, Lang::Zh))
        return false;
    auto sentenceLike = [](const QString &text) {
        return std::any_of(text.begin(), text.end(), [](QChar ch) {
            return ch.isDigit() || ch == u',' || ch == u'，' || ch == u'。' || ch == u'；' || ch == u';';
        });
    };
    return !sentenceLike(en) && !sentenceLike(zh);
}

void buildTree(Paper &paper, QList<AlignmentNote> &notes)
{
    struct Open
    {
        int node;
        int rank;
    };
    struct Numbers
    {
        std::optional<Numbering> en;
        std::optional<Numbering> zh;
    };
    QList<Numbers> numbers;
    numbers.reserve(paper.units.size());
    // The top level of the paper's numbered headings: where its unnumbered headings go.
    std::optional<NodeKind> topKind;
    qsizetype firstNumberedHeading = paper.units.size();
    for (const Unit &unit : paper.units) {
        Numbers n{classify(unit.en, Lang::En), classify(unit.zh, Lang::Zh)};
        // An enumeration's "(1)" is "(一)" or "（一）" in Chinese, which reads as a section number
        // (or, ending in "；", as none): beside an English point it is the point's number.
        if (n.en && n.en->kind == NodeKind::Point && !unit.zh.isEmpty()) {
            if (std::optional<Numbering> item = chineseEnumeration(unit.zh))
                n.zh = item;
        }
        const std::optional<Numbering> &chosen = n.en ? n.en : n.zh;
        if (chosen && isHeadingKind(chosen->kind)) {
            if (!topKind || nodeRank(chosen->kind) < nodeRank(*topKind))
                topKind = chosen->kind;
            firstNumberedHeading = std::min(firstNumberedHeading, numbers.size());
        }
        numbers.append(n);
    }

    QList<Open> stack;
    for (qsizetype u = 0; u < paper.units.size(); ++u) {
        Unit &unit = paper.units[u];
        const std::optional<Numbering> &en = numbers[u].en;
        const std::optional<Numbering> &zh = numbers[u].zh;
        const std::optional<Numbering> &chosen = en ? en : zh;

        // A heading left unnumbered ("Preamble" / "序言", "Conclusion", "References"), or a short
        // title-like pair before the first numbered heading, is a node at the paper's top level.
        const bool unnumbered = !en && !zh &&
                                ((isUnnumberedHeadingName(unit.en, Lang::En) &&
                                  (unit.zh.isEmpty() || readsLikeHeading(unit.zh, Lang::Zh))) ||
                                 (isUnnumberedHeadingName(unit.zh, Lang::Zh) &&
                                  (unit.en.isEmpty() || readsLikeHeading(unit.en, Lang::En))) ||
                                 (u < firstNumberedHeading && isHeadingLikePair(unit)));
        if (unnumbered) {
            const NodeKind kind = topKind.value_or(NodeKind::Part);
            stack.clear();
            TreeNode node;
            node.unitSeq = unit.seq;
            node.kind = kind;
            node.labelEn = script::simplified(unit.en);
            node.labelZh = script::simplified(unit.zh);
            unit.node = int(paper.nodes.size());
            unit.kind = UnitKind::Heading;
            unit.section = unit.node;
            paper.nodes.append(node);
            stack.append({unit.node, nodeRank(kind)});
            continue;
        }

        // The two languages should number a block alike; where they don't, say so.
        const bool bothTexts = !unit.en.isEmpty() && !unit.zh.isEmpty();
        if (bothTexts && (en || zh) && (!en || !zh || en->kind != zh->kind || en->value != zh->value)) {
            AlignmentNote note;
            note.unitSeq = unit.seq;
            note.kind = QStringLiteral("numbering");
            note.detailEn = en ? en->text : QString();
            note.detailZh = zh ? zh->text : QString();
            note.message = QStringLiteral("The English numbers this %1 %2, the Chinese %3.")
                               .arg(chosen && isHeadingKind(chosen->kind) ? QStringLiteral("heading")
                                                                          : QStringLiteral("paragraph"),
                                    describe(en), describe(zh));
            notes.append(note);
        }

        if (chosen) {
            const int rank = nodeRank(chosen->kind);
            while (!stack.isEmpty() && stack.back().rank >= rank)
                stack.removeLast();
            TreeNode node;
            node.parent = stack.isEmpty() ? -1 : stack.back().node;
            node.depth = node.parent < 0 ? 0 : paper.nodes[node.parent].depth + 1;
            node.unitSeq = unit.seq;
            node.kind = chosen->kind;
            node.numberEn = en ? en->text : QString();
            node.numberZh = zh ? zh->text : QString();
            node.labelEn = labelOf(unit.en, en, Lang::En, node.kind);
            node.labelZh = labelOf(unit.zh, zh, Lang::Zh, node.kind);
            unit.node = int(paper.nodes.size());
            unit.kind = isHeadingKind(node.kind) ? UnitKind::Heading : UnitKind::Body;
            paper.nodes.append(node);
            stack.append({unit.node, rank});
        }
        for (auto it = stack.crbegin(); it != stack.crend(); ++it) {
            if (isHeadingKind(paper.nodes[it->node].kind)) {
                unit.section = it->node;
                break;
            }
        }
    }
}

// Union–find over citation occurrences: two occurrences are one work when they are each other's
// counterpart, or when they give the same author and year in the same language.
struct WorkGrouper
{
    QList<int> parent;
    explicit WorkGrouper(qsizetype n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0);
    }
    int find(int i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
    void unite(int a, int b) { parent[find(a)] = find(b); }
};

void findCitationsAndWorks(Paper &paper, QList<AlignmentNote> &notes)
{
    for (const Unit &unit : paper.units) {
        const qsizetype first = paper.citations.size();
        for (Lang lang : {Lang::En, Lang::Zh}) {
            for (const FoundCitation &f : findCitations(lang == Lang::En ? unit.en : unit.zh)) {
                CitationOccurrence c;
                c.unitSeq = unit.seq;
                c.lang = lang;
                c.start = f.start;
                c.length = f.length;
                c.author = f.author;
                c.year = f.year;
                c.narrative = f.narrative;
                paper.citations.append(c);
            }
        }
        // Link within the unit: the n-th English citation of a year is the n-th Chinese one of that year.
        QHash<QString, QList<int>> zhByYear;
        for (qsizetype i = first; i < paper.citations.size(); ++i) {
            if (paper.citations[i].lang == Lang::Zh)
                zhByYear[paper.citations[i].year].append(int(i));
        }
        for (qsizetype i = first; i < paper.citations.size(); ++i) {
            CitationOccurrence &c = paper.citations[i];
            if (c.lang != Lang::En)
                continue;
            QList<int> &candidates = zhByYear[c.year];
            if (candidates.isEmpty())
                continue;
            const int zh = candidates.takeFirst();
            c.counterpart = zh;
            paper.citations[zh].counterpart = int(i);
        }
        for (qsizetype i = first; i < paper.citations.size(); ++i) {
            const CitationOccurrence &c = paper.citations[i];
            const QString &other = c.lang == Lang::En ? unit.zh : unit.en;
            if (c.counterpart >= 0 || other.isEmpty())
                continue;
            const QString &text = c.lang == Lang::En ? unit.en : unit.zh;
            AlignmentNote note;
            note.unitSeq = unit.seq;
            note.kind = QStringLiteral("citation");
            (c.lang == Lang::En ? note.detailEn : note.detailZh) = text.mid(c.start, c.length);
            note.message = c.lang == Lang::En
                               ? QStringLiteral("The English cites “%1”; the Chinese has no citation of %2 here.")
                                     .arg(text.mid(c.start, c.length), c.year)
                               : QStringLiteral("The Chinese cites “%1”; the English has no citation of %2 here.")
                                     .arg(text.mid(c.start, c.length), c.year);
            notes.append(note);
        }
    }

    WorkGrouper groups(paper.citations.size());
    QHash<QString, int> firstWithKey;
    for (int i = 0; i < paper.citations.size(); ++i) {
        const CitationOccurrence &c = paper.citations[i];
        if (c.counterpart >= 0)
            groups.unite(i, c.counterpart);
        const QString key = langCode(c.lang) + u'|' + authorKey(c.author) + u'|' + c.year;
        if (const auto it = firstWithKey.constFind(key); it != firstWithKey.constEnd())
            groups.unite(i, *it);
        else
            firstWithKey.insert(key, i);
    }
    QHash<int, int> workOfRoot;
    for (int i = 0; i < paper.citations.size(); ++i) {
        const int root = groups.find(i);
        auto it = workOfRoot.find(root);
        if (it == workOfRoot.end()) {
            it = workOfRoot.insert(root, int(paper.works.size()));
            CitedWork work;
            work.year = paper.citations[i].year;
            paper.works.append(work);
        }
        paper.citations[i].work = *it;
        paper.works[*it].occurrences.append(i);
    }
    for (CitedWork &work : paper.works) {
        QHash<QString, int> zhForms;
        for (int i : work.occurrences) {
            const CitationOccurrence &c = paper.citations[i];
            if (c.lang == Lang::En) {
                if (c.author.size() > work.authorEn.size())
                    work.authorEn = c.author;
            } else {
                ++zhForms[c.author];
            }
        }
        int best = 0;
        for (int i : work.occurrences) {
            const CitationOccurrence &c = paper.citations[i];
            if (c.lang == Lang::Zh && zhForms.value(c.author) > best) {
                best = zhForms.value(c.author);
                work.authorZh = c.author;
            }
        }
    }
}

} // namespace

Paper PaperParser::parse(QStringView text, const QString &sourceName)
{
    if (AlignedText::isAlignedText(text)) {
        AlignedText::Contents contents = AlignedText::read(text, sourceName);
        Paper paper;
        paper.meta = contents.meta;
        paper.meta.sourceName = sourceName;
        if (!paper.meta.citation.isEmpty()) {
            // The header's own fields win; the citation line fills in what they leave empty.
            PaperMeta fromCitation;
            parseCitationLine(paper.meta.citation, fromCitation);
            if (paper.meta.titleEn.isEmpty())
                paper.meta.titleEn = fromCitation.titleEn;
            if (paper.meta.titleZh.isEmpty())
                paper.meta.titleZh = fromCitation.titleZh;
            if (paper.meta.authors.isEmpty())
                paper.meta.authors = fromCitation.authors;
            if (paper.meta.year == 0)
                paper.meta.year = fromCitation.year;
            if (paper.meta.publisher.isEmpty())
                paper.meta.publisher = fromCitation.publisher;
            if (!paper.meta.originalDate.isValid())
                paper.meta.originalDate = fromCitation.originalDate;
            if (paper.meta.url.isEmpty())
                paper.meta.url = fromCitation.url;
        }
        paper.units = contents.units;
        return finish(std::move(paper), contents.notes, text);
    }

    const QList<Block> blocks = splitBlocks(text);
    if (blocks.isEmpty())
        throw Error(Error::Kind::Data, QStringLiteral("the file is empty"), sourceName, 1);

    // What is wrong first: a file without any Chinese, or of a paragraph or two, is not a bilingual
    // paper at all, whatever its last line says.
    const auto anyChinese = std::any_of(blocks.begin(), blocks.end(), [](const Block &b) {
        return std::any_of(b.text.begin(), b.text.end(), [](QChar ch) { return script::isHan(ch.unicode()); });
    });
    const QString paperShape =
        QStringLiteral("A paper file holds a title, then each English paragraph followed by its Chinese "
                       "translation, separated by blank lines, and ends with its citation line "
                       "(Authors (year). \"Title [标题]\". Publisher, URL).");
    if (!anyChinese) {
        const QString where = blocks.size() == 1 ? QStringLiteral("its one paragraph")
                                                 : QStringLiteral("any of its %1 paragraphs").arg(blocks.size());
        throw Error(Error::Kind::Data,
                    QStringLiteral("not a bilingual paper: no Chinese text in %1. %2").arg(where, paperShape),
                    sourceName, blocks.front().line);
    }
    if (blocks.size() < 3) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("not a bilingual paper: only %1, too few for a title, a paragraph pair and a "
                                   "citation line. %2")
                        .arg(blocks.size() == 1 ? QStringLiteral("one paragraph") : QStringLiteral("two paragraphs"),
                             paperShape),
                    sourceName, blocks.front().line);
    }

    const Block &last = blocks.back();
    if (!looksLikeCitationLine(last.text)) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the paper does not end with its citation line (Authors (year). \"Title [标题]\". "
                                   "Publisher, URL); the file may be truncated"),
                    sourceName, last.line);
    }
    const auto chinese = std::count_if(blocks.begin() + 1, blocks.end() - 1, [](const Block &b) { return b.chinese; });
    if (chinese == 0) {
        throw Error(
            Error::Kind::Data,
            QStringLiteral("no Chinese paragraphs: a bilingual paper alternates English and Chinese paragraphs"),
            sourceName, blocks[1].line);
    }

    Paper paper;
    paper.meta.sourceName = sourceName;
    const Block &title = blocks.front();
    (title.chinese ? paper.meta.titleZh : paper.meta.titleEn) = script::simplified(title.text);
    parseCitationLine(last.text, paper.meta);

    qsizetype i = 1;
    const qsizetype end = blocks.size() - 1;
    // A Chinese title right under the English one: short and unnumbered, before any summary.
    if (!title.chinese && end - i >= 2 && blocks[i].chinese && blocks[i].text.size() <= 80 &&
        !parseNumbering(blocks[i].text, Lang::Zh) && readsLikeHeading(blocks[i].text, Lang::Zh)) {
        paper.meta.titleZh = script::simplified(blocks[i].text);
        ++i;
    }
    if (end - i >= 2 && !blocks[i].chinese && !blocks[i + 1].chinese) {
        paper.meta.summaryEn = blocks[i].text.toString();
        ++i;
    }

    QList<AlignmentNote> notes;
    while (i < end) {
        Unit unit;
        unit.seq = int(paper.units.size()) + 1;
        const Block &block = blocks[i];
        if (!block.chinese) {
            unit.en = block.text.toString();
            unit.enLine = block.line;
            if (i + 1 < end && blocks[i + 1].chinese) {
                unit.zh = blocks[i + 1].text.toString();
                unit.zhLine = blocks[i + 1].line;
                i += 2;
            } else {
                i += 1;
            }
        } else {
            unit.zh = block.text.toString();
            unit.zhLine = block.line;
            i += 1;
        }
        if (unit.en.isEmpty() || unit.zh.isEmpty()) {
            AlignmentNote note;
            note.unitSeq = unit.seq;
            note.kind = QStringLiteral("unpaired");
            note.message =
                unit.zh.isEmpty()
                    ? QStringLiteral("This English paragraph (line %1) has no Chinese counterpart.").arg(unit.enLine)
                    : QStringLiteral("This Chinese paragraph (line %1) has no English counterpart.").arg(unit.zhLine);
            note.detailEn = firstSentence(unit.en, Lang::En, 80);
            note.detailZh = firstSentence(unit.zh, Lang::Zh, 40);
            notes.append(note);
        }
        paper.units.append(unit);
    }

    return finish(std::move(paper), notes, text);
}

Paper PaperParser::finish(Paper paper, QList<AlignmentNote> notes, QStringView text)
{
    buildTree(paper, notes);
    findCitationsAndWorks(paper, notes);
    paper.footnotes = findFootnotes(paper.units);
    notes += findTruncatedHeadings(paper);
    notes += findTextGaps(paper);
    std::stable_sort(notes.begin(), notes.end(),
                     [](const AlignmentNote &a, const AlignmentNote &b) { return a.unitSeq < b.unitSeq; });
    paper.notes = notes;

    // The same paper saved with other line endings or a BOM is the same paper.
    QString normalised = text.toString();
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    paper.contentHash = QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex();
    return paper;
}

} // namespace duizhao
