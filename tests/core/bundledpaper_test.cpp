// The importer on the bundled paper: every count the issue gives, the metadata, byte-exact text,
// footnotes and citation linking. Expected values come from reading the paper, not from output.

#include "bundledpaper.h"
#include "import/paperreader.h"
#include "support/testsupport.h"

#include <QFile>

using namespace duizhao;
using namespace duizhao::test;

namespace {
const Paper &bundled()
{
    static const Paper paper = PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
    return paper;
}
} // namespace

TEST_CASE("the bundled paper is compiled in byte for byte", "[bundled]")
{
    const QByteArray compiled = BundledPaper::bytes();
    REQUIRE(compiled == bundledSource());
    const QString shared = sourceDir() + QStringLiteral("/../shared/corpus/technology-power.txt");
    if (QFile::exists(shared))
        CHECK(compiled == readFile(shared));
    else
        WARN("../shared/corpus is not beside the checkout; compared with resources/ only");
}

TEST_CASE("the bundled paper has 57 aligned units: 21 headings, 36 body paragraphs, 24 points", "[bundled][import]")
{
    const PaperStats stats = statsOf(bundled());
    CHECK(stats.units == 57);
    CHECK(stats.headings == 21);
    CHECK(stats.body == 36);
    CHECK(stats.points == 24);
    CHECK(stats.footnotes == 9);
    CHECK(stats.citationsEn == 23);
    CHECK(stats.citationsZh == 23);
    CHECK(stats.works == 20);
}

TEST_CASE("the title and the summary are not units", "[bundled][import]")
{
    const Paper &paper = bundled();
    CHECK(paper.meta.summaryEn.startsWith(u"A pair of Chinese economists argue"));
    CHECK(paper.units.front().en == u"I.\u00a0 Introduction");
    CHECK(paper.units.front().zh == u"一、 引言");
    for (const Unit &unit : paper.units) {
        CHECK_FALSE(unit.en.isEmpty());
        CHECK_FALSE(unit.zh.isEmpty());
    }
}

TEST_CASE("every block's text is kept byte for byte", "[bundled][import]")
{
    const QList<QByteArray> lines = bundledSource().split('\n');
    for (const Unit &unit : bundled().units) {
        INFO("unit " << unit.seq);
        REQUIRE(unit.enLine > 0);
        REQUIRE(unit.zhLine == unit.enLine + 2);
        CHECK(unit.en.toUtf8() == lines[unit.enLine - 1]);
        CHECK(unit.zh.toUtf8() == lines[unit.zhLine - 1]);
    }
    CHECK(bundled().meta.summaryEn.toUtf8() == lines[3]);
}

TEST_CASE("the heading tree has every level: parts, sections, subsections, points", "[bundled][tree]")
{
    const Paper &paper = bundled();
    int parts = 0, sections = 0, subsections = 0, points = 0;
    for (const TreeNode &node : paper.nodes) {
        switch (node.kind) {
        case NodeKind::Part:
            ++parts;
            CHECK(node.parent == -1);
            break;
        case NodeKind::Section:
            ++sections;
            REQUIRE(node.parent >= 0);
            CHECK(paper.nodes[node.parent].kind == NodeKind::Part);
            break;
        case NodeKind::Subsection:
            ++subsections;
            REQUIRE(node.parent >= 0);
            CHECK(paper.nodes[node.parent].kind == NodeKind::Section);
            break;
        case NodeKind::Point:
            ++points;
            REQUIRE(node.parent >= 0);
            CHECK(isHeadingKind(paper.nodes[node.parent].kind));
            break;
        default:
            FAIL("unexpected node kind");
        }
    }
    CHECK(parts == 4);       // I–IV
    CHECK(sections == 11);   // II (i)–(iii), III (i)–(iv), IV (i)–(iv)
    CHECK(subsections == 6); // 1./2. under each of II's three sections
    CHECK(points == 24);

    // II (ii) 1. Main Initiatives for the Competition over Order holds points (1)–(3).
    const Unit &initiatives = unitWithEnglish(paper, u"1. Main Initiatives for the Competition over Order");
    const int node = initiatives.node;
    REQUIRE(node >= 0);
    QStringList children;
    for (const TreeNode &n : paper.nodes) {
        if (n.parent == node)
            children.append(n.numberEn + u' ' + n.numberZh);
    }
    CHECK(children == QStringList{u"(1) 其一,"_qs, u"(2) 其二,"_qs, u"(3) 其三,"_qs});
    CHECK(paper.nodes[node].labelZh == u"秩序竞争的主要举措");
    const TreeNode &section = paper.nodes[paper.nodes[node].parent];
    CHECK(section.numberEn == u"(ii)");
    CHECK(section.numberZh == u"(二)");
    CHECK(section.labelZh == u"秩序竞争: 采取“双重标准”, 构建联盟关系");
}

TEST_CASE("unnumbered paragraphs belong to the heading above them", "[bundled][tree]")
{
    const Paper &paper = bundled();
    const Unit &generally = unitWithEnglish(paper, u"Generally speaking, the United States’ initiatives");
    CHECK(generally.node == -1);
    CHECK(generally.kind == UnitKind::Body);
    REQUIRE(generally.section >= 0);
    CHECK(paper.nodes[generally.section].labelEn == u"Main Features of the Competition over Values");

    const Unit &intro = unitWithEnglish(paper, u"The U.S. government has already characterized China");
    REQUIRE(intro.section >= 0);
    CHECK(paper.nodes[intro.section].labelEn == u"Introduction");
}

TEST_CASE("numbered points are labelled by their first sentence", "[bundled][tree]")
{
    const Paper &paper = bundled();
    const Unit &unit = unitWithEnglish(paper, u"(1) Fighting for the right to set technology standards.");
    REQUIRE(unit.node >= 0);
    CHECK(paper.nodes[unit.node].kind == NodeKind::Point);
    CHECK(paper.nodes[unit.node].labelEn == u"Fighting for the right to set technology standards");
    CHECK(paper.nodes[unit.node].labelZh == u"争夺技术标准制定权");
}

TEST_CASE("the citation line becomes the paper's metadata", "[bundled][metadata]")
{
    const PaperMeta &meta = bundled().meta;
    CHECK(
        meta.titleEn ==
        u"U.S. Technology Competition with China and China’s Countermeasures from the Perspective of Technology Power");
    CHECK(meta.titleZh == u"技术权力视角下美国对华技术竞争及中国应对");
    REQUIRE(meta.authors.size() == 2);
    CHECK(meta.authors[0].nameEn == u"Gu Xueming");
    CHECK(meta.authors[0].nameZh == u"顾学明");
    CHECK(meta.authors[1].nameEn == u"Liu Yiming");
    CHECK(meta.authors[1].nameZh == u"刘一鸣");
    CHECK(meta.year == 2023);
    CHECK(meta.publisher == u"Interpret: China");
    CHECK(meta.originalDate == QDate(2022, 11, 17));
    CHECK(meta.url ==
          u"https://interpret.csis.org/translations/"
          "u-s-technology-competition-with-china-and-chinas-countermeasures-from-the-perspective-of-technology-power/");
}

TEST_CASE("nine footnote markers, found without changing the text", "[bundled][footnotes]")
{
    const Paper &paper = bundled();
    REQUIRE(paper.footnotes.size() == 9);
    // What stands right before each note number in the English text.
    const QStringList before = {u"persons.”"_qs,    u"assessments"_qs,    u"(CETL)."_qs,
                                u"August 2022"_qs,  u"ability. "_qs,      u"interconnectedness.”"_qs,
                                u"from China. "_qs, u"opposing view."_qs, u"confidential data,"_qs};
    for (int i = 0; i < 9; ++i) {
        const FootnoteMarker &marker = paper.footnotes[i];
        INFO("footnote " << i + 1);
        CHECK(marker.number == i + 1);
        const QString &text = paper.units[marker.unitSeq - 1].en;
        CHECK(text.mid(marker.start, marker.length) == QString::number(i + 1));
        CHECK(text.left(marker.start).endsWith(before[i]));
    }
    CHECK(paper.footnotes[3].attachedTo == u"year");
    // "August 20224" stays in the text as written.
    CHECK(unitWithEnglish(paper, u"signed in August 20224 will").seq == paper.footnotes[3].unitSeq);
}

TEST_CASE("citations are found in both languages and linked across them", "[bundled][citations]")
{
    const Paper &paper = bundled();
    auto textOf = [&](const CitationOccurrence &c) {
        const Unit &u = paper.units[c.unitSeq - 1];
        return (c.lang == Lang::En ? u.en : u.zh).mid(c.start, c.length);
    };
    auto find = [&](QStringView text, Lang lang) -> const CitationOccurrence & {
        for (const CitationOccurrence &c : paper.citations) {
            if (c.lang == lang && textOf(c) == text)
                return c;
        }
        FAIL("no citation " << text.toString().toStdString());
        return paper.citations.front();
    };

    SECTION("several per parenthesis, linked in order")
    {
        const CitationOccurrence &ren = find(u"Ren Lin, 2013", Lang::En);
        REQUIRE(ren.counterpart >= 0);
        CHECK(textOf(paper.citations[ren.counterpart]) == u"任琳, 2013");
        CHECK(paper.citations[ren.counterpart].counterpart >= 0);
    }
    SECTION("non-breaking spaces inside a Chinese citation")
    {
        const Unit &intro = unitWithChinese(paper, u"(黄日涵等,\u00a0 2022)");
        int huang = 0;
        for (const CitationOccurrence &c : paper.citations) {
            if (c.unitSeq == intro.seq && c.lang == Lang::Zh && c.author == u"黄日涵等")
                ++huang;
        }
        CHECK(huang == 2);
    }
    SECTION("narrative citations in both languages")
    {
        const CitationOccurrence &sacks = find(u"Sacks (2019)", Lang::En);
        CHECK(sacks.narrative);
        REQUIRE(sacks.counterpart >= 0);
        CHECK(textOf(paper.citations[sacks.counterpart]) == u"Sacks(2019)");
        const CitationOccurrence &zhou = find(u"周建军(2017)", Lang::Zh);
        CHECK(zhou.narrative);
        REQUIRE(zhou.counterpart >= 0);
        CHECK(textOf(paper.citations[zhou.counterpart]) == u"Zhou Jianjun (2017)");
    }
    SECTION("Han, 2006 and Han Kewei, 2006 are one work, 韩可卫 2006")
    {
        const CitationOccurrence &han = find(u"Han, 2006", Lang::En);
        const CitationOccurrence &hanKewei = find(u"Han Kewei, 2006", Lang::En);
        CHECK(han.work == hanKewei.work);
        const CitedWork &work = paper.works[han.work];
        CHECK(work.authorEn == u"Han Kewei");
        CHECK(work.authorZh == u"韩可卫");
        CHECK(work.year == u"2006");
        CHECK(work.occurrences.size() == 4);
    }
    SECTION("Huang et al., 2022 (an English source) is not Huang Rihan et al., 2022 (黄日涵等)")
    {
        CHECK(find(u"Huang et al., 2022", Lang::En).work != find(u"Huang Rihan et al., 2022", Lang::En).work);
        CHECK(paper.works[find(u"Huang Rihan et al., 2022", Lang::En).work].authorZh == u"黄日涵等");
    }
    SECTION("every citation has its counterpart")
    {
        for (const CitationOccurrence &c : paper.citations) {
            INFO(textOf(c).toStdString());
            REQUIRE(c.counterpart >= 0);
            CHECK(paper.citations[c.counterpart].unitSeq == c.unitSeq);
            CHECK(paper.citations[c.counterpart].lang != c.lang);
            CHECK(paper.citations[c.counterpart].year == c.year);
        }
    }
    SECTION("acronyms and glosses in parentheses are not citations")
    {
        for (const CitationOccurrence &c : paper.citations) {
            CHECK_FALSE(textOf(c).contains(u"FIRRMA"));
            CHECK_FALSE(textOf(c).contains(u"voice"));
        }
    }
}

TEST_CASE("alignment notes record where the two languages disagree", "[bundled][notes]")
{
    const Paper &paper = bundled();
    auto notesOf = [&](int seq, QStringView kind) {
        QList<AlignmentNote> found;
        for (const AlignmentNote &note : paper.notes) {
            if (note.unitSeq == seq && note.kind == kind)
                found.append(note);
        }
        return found;
    };

    SECTION("English 2. beside Chinese 1.")
    {
        for (QStringView heading :
             {u"2. Main Features of the Competition over Power", u"2. Main Features of the Competition over Order",
              u"2. Main Features of the Competition over Values"}) {
            const QList<AlignmentNote> notes = notesOf(unitWithEnglish(paper, heading).seq, u"numbering");
            REQUIRE(notes.size() == 1);
            CHECK(notes.front().detailEn == u"2.");
            CHECK(notes.front().detailZh == u"1.");
        }
        // "1. Main Initiatives…" beside "1. …举措" agree.
        CHECK(notesOf(unitWithEnglish(paper, u"1. Main Initiatives for the Competition over Power").seq, u"numbering")
                  .isEmpty());
    }
    SECTION("a heading cut short")
    {
        const Unit &order = unitWithChinese(paper, u"秩序竞争的主要特");
        const QList<AlignmentNote> notes = notesOf(order.seq, u"truncated");
        REQUIRE(notes.size() == 1);
        CHECK(notes.front().message.contains(u"征"));
        CHECK(notesOf(unitWithChinese(paper, u"实力竞争的主要特征").seq, u"truncated").isEmpty());
    }
    SECTION("English with a gap where the Chinese has a name")
    {
        const Unit &unit = unitWithEnglish(paper, u"based on the .");
        const QList<AlignmentNote> notes = notesOf(unit.seq, u"gap");
        REQUIRE(notes.size() == 1);
        CHECK(notes.front().detailZh == u"《道路交通修缮法案》");
    }
    SECTION("the source is kept as it is")
    {
        CHECK(unitWithEnglish(paper, u"based on the .").en.endsWith(u"based on the ."));
    }
}
