// Table-driven tests of the importer's parts: numbering, citations, footnotes, the citation line.

#include "import/citationfinder.h"
#include "import/citationline.h"
#include "import/footnotefinder.h"
#include "import/numbering.h"
#include "support/testsupport.h"

using namespace duizhao;

TEST_CASE("numbering in English", "[numbering]")
{
    struct Row
    {
        const char16_t *text;
        NodeKind kind;
        int value;
        const char16_t *number;
    };
    const Row rows[] = {
        {u"I.\u00a0 Introduction", NodeKind::Part, 1, u"I."},
        {u"IV. China’s Countermeasures", NodeKind::Part, 4, u"IV."},
        {u"(iii) Competition over Values", NodeKind::Section, 3, u"(iii)"},
        {u"(iv)  The Interests", NodeKind::Section, 4, u"(iv)"},
        {u"2. Main Features", NodeKind::Subsection, 2, u"2."},
        {u"(12) A point", NodeKind::Point, 12, u"(12)"},
        {u"Chapter III Supervision", NodeKind::Chapter, 3, u"Chapter III"},
        {u"Chapter 2: Scope", NodeKind::Chapter, 2, u"Chapter 2:"},
        {u"Section 1 Inspections", NodeKind::Section, 1, u"Section 1"},
        {u"Article 14 The state shall", NodeKind::Article, 14, u"Article 14"},
        {u"Part II Measures", NodeKind::Part, 2, u"Part II"},
    };
    for (const Row &row : rows) {
        INFO(QString::fromUtf16(row.text).toStdString());
        const auto n = parseNumbering(row.text, Lang::En);
        REQUIRE(n);
        CHECK(n->kind == row.kind);
        CHECK(n->value == row.value);
        CHECK(n->text == QStringView(row.number));
    }
    for (const char16_t *text :
         {u"In 2022, the U.S.", u"1.5 million jobs", u"(CETL) is a list", u"5G Clean Path", u"I think"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(parseNumbering(text, Lang::En));
    }
}

TEST_CASE("numbering in Chinese", "[numbering]")
{
    struct Row
    {
        const char16_t *text;
        NodeKind kind;
        int value;
    };
    const Row rows[] = {
        {u"一、 引言", NodeKind::Part, 1},
        {u"十二、 结论", NodeKind::Part, 12},
        {u"(四) 盟友集团利益不一致", NodeKind::Section, 4},
        {u"（二） 全角括号", NodeKind::Section, 2},
        {u"  1. 实力竞争的主要举措", NodeKind::Subsection, 1},
        {u"２． 全角数字", NodeKind::Subsection, 2},
        {u"(3) 要点", NodeKind::Point, 3},
        {u"其三, “ 防御型政策”", NodeKind::Point, 3},
        {u"其二 , 美国政府", NodeKind::Point, 2},
        {u"第一章 总则", NodeKind::Chapter, 1},
        {u"第二十一条 违反本条例", NodeKind::Article, 21},
        {u"第三节 处罚", NodeKind::Section, 3},
        {u"第二部分 措施", NodeKind::Part, 2},
        {u"③ 圈码", NodeKind::Point, 3},
    };
    for (const Row &row : rows) {
        INFO(QString::fromUtf16(row.text).toStdString());
        const auto n = parseNumbering(row.text, Lang::Zh);
        REQUIRE(n);
        CHECK(n->kind == row.kind);
        CHECK(n->value == row.value);
    }
    for (const char16_t *text : {u"2022 年 8 月签署", u"一方面, 企业", u"美国政府已经", u"其他经济体"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(parseNumbering(text, Lang::Zh));
    }
}

TEST_CASE("numerals", "[numbering]")
{
    CHECK(chineseNumeralValue(u"一") == 1);
    CHECK(chineseNumeralValue(u"十") == 10);
    CHECK(chineseNumeralValue(u"十九") == 19);
    CHECK(chineseNumeralValue(u"二十一") == 21);
    CHECK(chineseNumeralValue(u"一百零五") == 105);
    CHECK(chineseNumeralValue(u"一二") == -1);
    CHECK(chineseNumeralValue(u"甲") == -1);
    CHECK(romanNumeralValue(u"IV") == 4);
    CHECK(romanNumeralValue(u"xiv") == 14);
    CHECK(romanNumeralValue(u"MCMXCVIII") == 1998);
    CHECK(romanNumeralValue(u"IQ") == -1);
}

TEST_CASE("a heading reads like a heading, a paragraph does not", "[numbering]")
{
    CHECK(readsLikeHeading(u"Main Features of the Competition over Power", Lang::En));
    CHECK_FALSE(readsLikeHeading(u"The U.S. has taken measures.", Lang::En));
    CHECK(readsLikeHeading(u"实力竞争的主要举措", Lang::Zh));
    CHECK_FALSE(readsLikeHeading(u"美国采取了措施。", Lang::Zh));
}

TEST_CASE("citations: parenthetical, several per parenthesis, narrative, stray spaces", "[citations]")
{
    struct Row
    {
        const char16_t *text;
        QStringList expected; // "author|year|narrative"
    };
    const Row rows[] = {
        {u"entered an era (Zhang Cheng et al., 2021) and", {u"Zhang Cheng et al.|2021|0"_qs}},
        {u"power (Ren Lin, 2013; Huang Rihan et al., 2022).", {u"Ren Lin|2013|0"_qs, u"Huang Rihan et al.|2022|0"_qs}},
        {u"权力(任琳, 2013; 黄日涵等, 2022)。", {u"任琳|2013|0"_qs, u"黄日涵等|2022|0"_qs}},
        {u"时代”(黄日涵等,\u00a0 2022),\u00a0 中美", {u"黄日涵等|2022|0"_qs}},
        {u"程度(刘瑛等, 2020 )。", {u"刘瑛等|2020|0"_qs}},
        {u"地位( 蓝庆新等, 2019)。", {u"蓝庆新等|2019|0"_qs}},
        {u"上升到62%(Huang et al. , 2022), 这", {u"Huang et al.|2022|0"_qs}},
        {u"(Lazonick and Hopkins,  2021)", {u"Lazonick and Hopkins|2021|0"_qs}},
        {u"Sacks (2019) argues that", {u"Sacks|2019|1"_qs}},
        {u"Since Zhou Jianjun (2017) points out", {u"Zhou Jianjun|2017|1"_qs}},
        {u"。  周建军(2017) 指出, 产业", {u"周建军|2017|1"_qs}},
        {u"见。Sacks(2019) 认为, 被", {u"Sacks|2019|1"_qs}},
        {u"the Export Control Reform Act (ECRA) and (FIRRMA)", {}},
        {u"discourse power [话语权 (voice, influence)] within", {}},
        {u"(1) As the U.S. is shifting", {}},
        {u"the CHIPS Act (2022) was", {}},
        {u"In (2019) nothing", {}},
        {u"the ASEAN-China-Japan-Korea (10+3) initiative", {}},
    };
    for (const Row &row : rows) {
        const QString text = QString::fromUtf16(row.text);
        INFO(text.toStdString());
        QStringList found;
        for (const FoundCitation &c : findCitations(text)) {
            found.append(c.author + u'|' + c.year + u'|' + (c.narrative ? u'1' : u'0'));
            // The range covers author through year, nothing outside the parentheses.
            const QString covered = text.mid(c.start, c.length);
            CHECK(covered.endsWith(c.year + (c.narrative ? u")" : u"")));
        }
        CHECK(found == row.expected);
    }
}

TEST_CASE("author keys group forms of one name", "[citations]")
{
    CHECK(authorKey(u"Huang Rihan et al.") == u"huang rihan");
    CHECK(authorKey(u"黄日涵等") == u"黄日涵");
    CHECK(authorKey(u"Lazonick & Hopkins") == authorKey(u"Lazonick and Hopkins"));
    CHECK(authorKey(u"Han") != authorKey(u"Han Kewei"));
}

TEST_CASE("footnote markers continue the sequence and ignore lookalikes", "[footnotes]")
{
    QList<Unit> units;
    auto add = [&](const char16_t *en) {
        Unit unit;
        unit.seq = int(units.size()) + 1;
        unit.en = QString::fromUtf16(en);
        units.append(unit);
    };
    add(u"The G20 and COVID-19 and 52.7 billion and 5G (10+3).");
    add(u"a risk to persons.”1 As of 2022, the list");
    add(u"security assessments2 and the List (CETL).3");
    add(u"signed in August 20224 will provide");
    add(u"manufacturing ability. 5 As one can see");
    add(u"nine companies on the list. In 2019 there were 6 more.");
    add(u"“interconnectedness.”6");
    const QList<FootnoteMarker> markers = findFootnotes(units);
    REQUIRE(markers.size() == 6);
    for (int i = 0; i < 6; ++i)
        CHECK(markers[i].number == i + 1);
    CHECK(markers[0].unitSeq == 2);
    CHECK(markers[3].attachedTo == u"year");
    CHECK(units[3].en.mid(markers[3].start, markers[3].length) == u"4");
    CHECK(markers[4].attachedTo == u"space");
    CHECK(markers[5].unitSeq == 7); // "6 more" in unit 6 is not note 6
}

TEST_CASE("a citation line in another form", "[metadata]")
{
    REQUIRE(looksLikeCitationLine(u"Smith, J. and Li Wei (2021). \"Some Title\". Press, https://e.org/x"));
    CHECK_FALSE(looksLikeCitationLine(u"The United States tightened export controls in 2022."));
    PaperMeta meta;
    parseCitationLine(u"Jane Smith; Li Wei (2021). “Some Title [某个标题]”. Example Press, https://e.org/x.", meta);
    REQUIRE(meta.authors.size() == 2);
    CHECK(meta.authors[0].nameEn == u"Jane Smith");
    CHECK(meta.authors[1].nameEn == u"Li Wei");
    CHECK(meta.year == 2021);
    CHECK(meta.titleEn == u"Some Title");
    CHECK(meta.titleZh == u"某个标题");
    CHECK(meta.publisher == u"Example Press");
    CHECK(meta.url == u"https://e.org/x");
}
