// The importer on small papers of other shapes, written for these tests: no summary, two heading
// levels with full-width brackets, chapters/sections/articles, a trailing block without its
// Chinese partner, Windows line endings and a byte-order mark.

#include "import/paperreader.h"
#include "support/testsupport.h"

using namespace duizhao;
using namespace duizhao::test;

namespace {
Paper read(const QString &name)
{
    return PaperReader::readFile(fixture(QStringLiteral("papers/") + name));
}

QStringList outline(const Paper &paper)
{
    QStringList lines;
    for (const TreeNode &node : paper.nodes) {
        lines.append(QString(node.depth * 2, u' ') + nodeKindCode(node.kind) + u' ' + node.numberEn + u'/' +
                     node.numberZh + u' ' + QString::number(node.unitSeq));
    }
    return lines;
}
} // namespace

TEST_CASE("a paper without a summary", "[shapes]")
{
    const Paper paper = read(QStringLiteral("no-summary.txt"));
    CHECK(paper.meta.summaryEn.isEmpty());
    CHECK(paper.meta.titleEn == u"A Tiny Paper on Export Controls");
    const PaperStats stats = statsOf(paper);
    CHECK(stats.units == 5);
    CHECK(stats.headings == 2);
    CHECK(stats.body == 3);
    CHECK(stats.points == 2);
    CHECK(outline(paper) == QStringList{u"part I./一、 1"_qs, u"part II./二、 3"_qs, u"  point (1)/其一, 4"_qs,
                                        u"  point (2)/其二, 5"_qs});
    CHECK(paper.meta.authors.size() == 1);
    CHECK(paper.meta.authors.front().nameZh == u"史密斯");
    CHECK(paper.meta.titleZh == u"关于出口管制的小论文");
    CHECK(paper.meta.url == u"https://example.org/tiny");
    REQUIRE(stats.citationsEn == 1);
    REQUIRE(stats.citationsZh == 1);
    CHECK(paper.citations[0].counterpart == 1);
    CHECK(paper.works.size() == 1);
    CHECK(paper.works.front().authorZh == u"史密斯");
    CHECK(paper.notes.isEmpty());
}

TEST_CASE("a paper with only two heading levels and full-width brackets", "[shapes]")
{
    const Paper paper = read(QStringLiteral("two-levels.txt"));
    CHECK(paper.meta.summaryEn.startsWith(u"This summary has no Chinese counterpart"));
    CHECK(outline(paper) == QStringList{u"section (i)/（一） 1"_qs, u"  point (1)/其一, 3"_qs,
                                        u"  point (2)/其二, 4"_qs, u"section (ii)/（二） 5"_qs,
                                        u"  point (1)/其一, 6"_qs});
    CHECK(paper.units[1].section == 0); // the unnumbered paragraph belongs to (i)
    CHECK(paper.meta.originalDate == QDate(2020, 3, 3));
    // "(Li et al., 2019; Wang, 2020)" and "Chen Ming (2018)", each linked to its Chinese form.
    QStringList pairs;
    for (const CitationOccurrence &c : paper.citations) {
        if (c.lang == Lang::En && c.counterpart >= 0)
            pairs.append(c.author + u'=' + paper.citations[c.counterpart].author);
    }
    CHECK(pairs == QStringList{u"Li et al.=李等"_qs, u"Wang=王"_qs, u"Chen Ming=陈明"_qs});
    CHECK(paper.notes.isEmpty());
}

TEST_CASE("a Chinese policy document with chapters, sections and articles", "[shapes]")
{
    const Paper paper = read(QStringLiteral("chapters.txt"));
    CHECK(outline(paper) == QStringList{
                                u"chapter Chapter I/第一章 1"_qs,
                                u"  article Article 1/第一条 2"_qs,
                                u"  article Article 2/第二条 3"_qs,
                                u"chapter Chapter II/第二章 4"_qs,
                                u"  section Section 1/第一节 5"_qs,
                                u"    article Article 3/第三条 6"_qs,
                                u"  section Section 2/第二节 7"_qs,
                                u"    article Article 4/第四条 8"_qs,
                            });
    const PaperStats stats = statsOf(paper);
    CHECK(stats.headings == 4);
    CHECK(stats.body == 4);
    CHECK(paper.nodes[0].labelZh == u"总则");
    CHECK(paper.nodes[0].labelEn == u"General Provisions");
    CHECK(paper.notes.isEmpty());
}

TEST_CASE("a trailing block without its Chinese partner is kept and noted", "[shapes]")
{
    const Paper paper = read(QStringLiteral("trailing-unpaired.txt"));
    REQUIRE(paper.units.size() == 3);
    CHECK(paper.units.back().en == u"The last paragraph has none.");
    CHECK(paper.units.back().zh.isEmpty());
    REQUIRE(paper.notes.size() == 1);
    CHECK(paper.notes.front().kind == u"unpaired");
    CHECK(paper.notes.front().unitSeq == 3);
    CHECK(paper.notes.front().message.contains(u"line 11"));
}

TEST_CASE("Windows line endings and a byte-order mark change nothing but the bytes", "[shapes]")
{
    const QByteArray unix = readFile(fixture(QStringLiteral("papers/two-levels.txt")));
    QByteArray windows = unix;
    windows.replace("\n", "\r\n");
    const Paper a = PaperReader::parseBytes(unix, QStringLiteral("unix.txt"));
    const Paper b = PaperReader::parseBytes("\xEF\xBB\xBF" + windows, QStringLiteral("windows.txt"));
    CHECK(b.units == a.units);
    CHECK(b.nodes == a.nodes);
    CHECK(b.citations == a.citations);
    CHECK(b.meta.titleEn == a.meta.titleEn);
    CHECK_FALSE(b.meta.titleEn.startsWith(QChar(0xFEFF)));
    CHECK(b.contentHash == a.contentHash);
}

TEST_CASE("a paragraph spread over several lines stays one block, line breaks kept", "[shapes]")
{
    QByteArray text = readFile(fixture(QStringLiteral("papers/no-summary.txt")));
    text.replace("The United States tightened export controls in 2022 (Smith, 2021).",
                 "The United States tightened\nexport controls in 2022 (Smith, 2021).");
    const Paper paper = PaperReader::parseBytes(text, QStringLiteral("wrapped.txt"));
    REQUIRE(paper.units.size() == 5);
    CHECK(paper.units[1].en == u"The United States tightened\nexport controls in 2022 (Smith, 2021).");
    CHECK(paper.units[2].enLine == 12);
}

TEST_CASE("a bilingual title: the Chinese title under the English one", "[shapes]")
{
    QByteArray text = readFile(fixture(QStringLiteral("papers/no-summary.txt")));
    text.replace("A Tiny Paper on Export Controls\n\n", "A Tiny Paper on Export Controls\n\n关于出口管制的小论文\n\n");
    const Paper paper = PaperReader::parseBytes(text, QStringLiteral("titled.txt"));
    CHECK(paper.meta.titleZh == u"关于出口管制的小论文");
    CHECK(paper.units.size() == 5);
    CHECK(paper.units.front().en == u"I. Background");
}
