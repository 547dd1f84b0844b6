// Papers that are not the bundled one: a law with a preamble, chapters and articles, and a paper with
// an unnumbered introduction, conclusion and references. What a user of such a paper sees in the
// tree and among the proposed measures.

#include "framework/candidatefinder.h"
#include "import/paperreader.h"
#include "support/testsupport.h"

using namespace duizhao;
using namespace duizhao::test;

namespace {

// A law as it is published in both languages: a preamble before its first chapter, articles that
// name the bodies carrying them out.
const char *const LawText = R"(Law on Example Data Security

Preamble

序言

This Law is adopted to safeguard data security and to protect the lawful rights of citizens.

为了保障数据安全, 保护公民的合法权益, 制定本法。

Chapter I General Provisions

第一章 总则

Article 1 The State Council of the People's Republic of China shall lead the work of data security.

第一条 中华人民共和国国务院领导数据安全工作。

Article 2 The State Council shall formulate the catalogue of important data.

第二条 国务院制定重要数据目录。

Chapter II Supervision

第二章 监督管理

Article 3 The State Council shall organise inspections, and the State Council shall publish the results.

第三条 国务院组织检查, 国务院公布检查结果。

Article 4 The National Data Council shall coordinate the departments concerned.

第四条 国家数据委员会协调有关部门。

全国人民代表大会常务委员会 (NPC Standing Committee) (2021). "Law on Example Data Security [示例数据安全法]". Example Press, https://example.org/law
)";

// A paper whose introduction, conclusion and references carry no number, and whose body does.
const char *const EssayText = R"(Notes on Chip Supply

Introduction

引言

Chip supply has become a question of security for many states.

芯片供应已成为许多国家的安全问题。

I. Supply Chains

一、 供应链

Supply chains for chips run through several regions.

芯片供应链贯穿多个地区。

II. Policies

二、 政策

States now subsidise factories at home.

各国现在补贴本国工厂。

Conclusion

结语

Supply will stay a question of policy.

供应仍将是一个政策问题。

References

参考文献

Smith, J. (2020). Chips and States. Example Press.

史密斯 (2020)。《芯片与国家》。示例出版社。

史密斯 (Smith John) (2024). "Notes on Chip Supply [关于芯片供应的笔记]". Example Press, https://example.org/chips
)";

Paper parse(const char *text, const char *name)
{
    return PaperReader::parseBytes(QByteArray(text), QString::fromLatin1(name));
}

// Each top-level node's labels, in the order the tree shows them.
QStringList topLevel(const Paper &paper)
{
    QStringList labels;
    for (const TreeNode &node : paper.nodes) {
        if (node.parent < 0)
            labels.append(QStringList{node.numberEn, node.labelEn}.join(u' ').trimmed() + u" / " +
                          QStringList{node.numberZh, node.labelZh}.join(u' ').trimmed());
    }
    return labels;
}

} // namespace

TEST_CASE("an unnumbered preamble is a node of the tree, before the law's chapters", "[otherpapers][tree]")
{
    const Paper law = parse(LawText, "law.txt");
    CHECK(topLevel(law) == QStringList{u"Preamble / 序言"_qs, u"Chapter I General Provisions / 第一章 总则"_qs,
                                       u"Chapter II Supervision / 第二章 监督管理"_qs});
    // The preamble's text belongs to it: the reader's section path and the tree's selection name it.
    const Unit &preamble = unitWithEnglish(law, u"Preamble");
    const Unit &body = unitWithEnglish(law, u"This Law is adopted");
    REQUIRE(preamble.node >= 0);
    CHECK(preamble.kind == UnitKind::Heading);
    CHECK(body.section == preamble.node);
    // Articles stay under their chapters.
    const Unit &article1 = unitWithEnglish(law, u"Article 1 ");
    REQUIRE(article1.node >= 0);
    CHECK(law.nodes[law.nodes[article1.node].parent].labelEn == u"General Provisions");
}

TEST_CASE("an unnumbered introduction, conclusion and references are nodes beside the numbered parts",
          "[otherpapers][tree]")
{
    const Paper essay = parse(EssayText, "essay.txt");
    CHECK(topLevel(essay) == QStringList{u"Introduction / 引言"_qs, u"I. Supply Chains / 一、 供应链"_qs,
                                         u"II. Policies / 二、 政策"_qs, u"Conclusion / 结语"_qs,
                                         u"References / 参考文献"_qs});
    // Text after the conclusion is the conclusion's, not the last numbered part's.
    const Unit &closing = unitWithEnglish(essay, u"Supply will stay");
    REQUIRE(closing.section >= 0);
    CHECK(essay.nodes[closing.section].labelEn == u"Conclusion");
    CHECK(unitWithEnglish(essay, u"Chip supply has become").section == unitWithEnglish(essay, u"Introduction").node);
    // No alignment note for headings numbered alike (neither) in both languages.
    for (const AlignmentNote &note : essay.notes)
        CHECK(note.kind != u"numbering");
}

TEST_CASE("a short title-like pair before the first numbered heading is a node, a sentence is not",
          "[otherpapers][tree]")
{
    const QByteArray text = R"(A Paper Without Words for Its Parts

Why Chips Matter

芯片为何重要

Chips are in everything we use, and states know it.

芯片存在于我们使用的一切之中, 各国都知道这一点。

I. Supply

一、 供应

Supply is short.

供应短缺。

史密斯 (Smith John) (2024). "A Paper Without Words for Its Parts [一篇论文]". Example Press, https://example.org/p
)";
    const Paper paper = PaperReader::parseBytes(text, QStringLiteral("paper.txt"));
    CHECK(topLevel(paper) == QStringList{u"Why Chips Matter / 芯片为何重要"_qs, u"I. Supply / 一、 供应"_qs});
    CHECK(unitWithEnglish(paper, u"Chips are in everything").kind == UnitKind::Body);
}

TEST_CASE("a law's measure candidates are names without article numbers, one per name, councils are agencies",
          "[otherpapers][candidates]")
{
    const Paper law = parse(LawText, "law.txt");
    const QList<MeasureCandidate> found = CandidateFinder::find(law);
    QStringList names;
    for (const MeasureCandidate &c : found)
        names.append(c.nameEn);
    INFO(names.join(u" | ").toStdString());
    for (const MeasureCandidate &c : found) {
        CHECK_FALSE(c.nameEn.startsWith(u"Article"));
        CHECK_FALSE(c.nameEn.startsWith(u"The "));
        CHECK_FALSE(c.nameEn.startsWith(u"This ")); // "This Law is adopted…" names no law
        CHECK(c.kind != u"partnership");
    }
    // Each name once, with all its mentions.
    CHECK(names.count(u"State Council of the People's Republic of China"_qs) == 1);
    CHECK(names.count(u"State Council"_qs) == 1);
    CHECK(names.removeDuplicates() == 0);
    for (const MeasureCandidate &c : found) {
        if (c.nameEn == u"State Council") {
            CHECK(c.kind == u"agency");
            // Articles 2 and 3 (twice): three mentions in two units.
            CHECK(c.mentions.size() == 3);
        }
        if (c.nameEn == u"National Data Council")
            CHECK(c.kind == u"agency");
    }
    CHECK(names.contains(u"National Data Council"_qs));
}
