// The aligned paper as Duizhao's text (AlignedText) and as a Paper: the format's extensions, the
// round trip `align` → edit → `import`, and bad input.
#include "aligncases.h"
#include "support/testsupport.h"

#include "align/alignedpaper.h"
#include "align/aligner.h"
#include "error.h"
#include "import/alignedtext.h"
#include "import/paperparser.h"
#include "import/paperreader.h"

#include <QTemporaryDir>

using namespace duizhao;
using namespace duizhao::test;

namespace {

SourceDocument document(const QString &name, Lang lang, const QList<SourceParagraph> &paragraphs)
{
    SourceDocument doc;
    doc.fileName = name;
    doc.lang = lang;
    doc.format = QStringLiteral("text");
    doc.paragraphs = paragraphs;
    return doc;
}

QList<AlignmentNote> notesOf(const Paper &paper, int seq, QStringView kind)
{
    QList<AlignmentNote> found;
    for (const AlignmentNote &note : paper.notes) {
        if (note.unitSeq == seq && note.kind == kind)
            found.append(note);
    }
    return found;
}

Paper parse(const QString &text, const QString &name = QStringLiteral("aligned.txt"))
{
    return PaperReader::parseBytes(text.toUtf8(), name);
}

} // namespace

TEST_CASE("align, write the aligned text, import it: the same paper as importing the alignment", "[aligned-text]")
{
    // A perturbed paper has every kind of link: 2-1, 1-2, 1-0, 0-1, and unsure ones.
    const AlignCase c = makeCase(QStringLiteral("paper"), perturbed(bundledPaperUnits(), 6, {0.16, true}));
    const SourceDocument en = document(QStringLiteral("paper-en.txt"), Lang::En, c.en);
    const SourceDocument zh = document(QStringLiteral("paper-zh.txt"), Lang::Zh, c.zh);
    const Alignment alignment = Aligner::align(c.en, c.zh);
    REQUIRE(std::any_of(alignment.links.begin(), alignment.links.end(),
                        [](const AlignmentLink &l) { return l.enCount == 2 || l.zhCount == 2; }));
    REQUIRE(std::any_of(alignment.links.begin(), alignment.links.end(),
                        [](const AlignmentLink &l) { return l.enCount == 0 || l.zhCount == 0; }));

    const PaperMeta meta = AlignedPaper::metaOf(en, zh);
    const QString text = AlignedPaper::text(alignment, en, zh, meta);
    const Paper direct = AlignedPaper::paper(alignment, en, zh, meta, QStringLiteral("paper-en.txt + paper-zh.txt"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("aligned.txt"));
    writeFile(path, text.toUtf8());
    const Paper imported = PaperReader::readFile(path);

    SECTION("the same units and notes either way")
    {
        CHECK(imported.units == direct.units);
        CHECK(imported.notes == direct.notes);
        CHECK(imported.nodes == direct.nodes);
        CHECK(imported.contentHash == direct.contentHash);
    }
    SECTION("one unit per link, in order, holding exactly the paragraphs the link names")
    {
        REQUIRE(direct.units.size() == alignment.links.size());
        for (qsizetype k = 0; k < alignment.links.size(); ++k) {
            const AlignmentLink &link = alignment.links[k];
            QStringList enTexts;
            QStringList zhTexts;
            for (int i = 0; i < link.enCount; ++i)
                enTexts.append(c.en[link.enFirst + i].text);
            for (int j = 0; j < link.zhCount; ++j)
                zhTexts.append(c.zh[link.zhFirst + j].text);
            // Two paragraphs of one side stay one unit, with their paragraph break kept.
            CHECK(direct.units[k].en == enTexts.join(QStringLiteral("\n\n")));
            CHECK(direct.units[k].zh == zhTexts.join(QStringLiteral("\n\n")));
        }
    }
    SECTION("every link that is not 1-1, or not sure, has its note in the paper")
    {
        for (qsizetype k = 0; k < alignment.links.size(); ++k) {
            const AlignmentLink &link = alignment.links[k];
            const int seq = int(k) + 1;
            if (link.enCount == 0 || link.zhCount == 0) {
                CHECK(notesOf(direct, seq, u"unpaired").size() == 1);
            } else if (!link.isOneToOne() || !link.sure) {
                const QList<AlignmentNote> notes = notesOf(direct, seq, u"link");
                REQUIRE(notes.size() == 1);
                CHECK(notes.front().message.contains(QStringLiteral("confidence %1").arg(link.confidence, 0, 'f', 2)));
            } else {
                CHECK(notesOf(direct, seq, u"link").isEmpty());
                CHECK(notesOf(direct, seq, u"unpaired").isEmpty());
            }
        }
    }
    SECTION("what the files do not say is left empty, and the paper still reads")
    {
        CHECK(direct.meta.titleEn.isEmpty());
        CHECK(direct.meta.titleZh.isEmpty());
        CHECK(direct.meta.authors.isEmpty());
        CHECK(direct.meta.year == 0);
        CHECK(direct.meta.url.isEmpty());
        CHECK(text.startsWith(u"#duizhao: 1\n#source-en: paper-en.txt (text)\n"));
    }
}

TEST_CASE("metadata the files give is written, read back and never invented", "[aligned-text]")
{
    SourceDocument en = document(QStringLiteral("en.html"), Lang::En, {{QStringLiteral("Only English."), false, 0, 0}});
    SourceDocument zh = document(QStringLiteral("zh.pdf"), Lang::Zh, {{QStringLiteral("只有中文。"), false, 0, 0}});
    en.meta.title = QStringLiteral("A Title");
    en.meta.authors = {QStringLiteral("Gu Xueming"), QStringLiteral("Liu Yiming")};
    en.meta.date = QStringLiteral("May 4, 2023");
    en.meta.url = QStringLiteral("https://example.org/a");
    en.meta.publisher = QStringLiteral("Interpret: China");
    zh.meta.title = QStringLiteral("一个标题");
    zh.meta.authors = {QStringLiteral("顾学明"), QStringLiteral("刘一鸣")};
    zh.meta.date = QStringLiteral("2022年11月17日");

    const PaperMeta meta = AlignedPaper::metaOf(en, zh);
    CHECK(meta.titleEn == u"A Title");
    CHECK(meta.titleZh == u"一个标题");
    CHECK(meta.authors == QList<Author>{{QStringLiteral("Gu Xueming"), QStringLiteral("顾学明")},
                                        {QStringLiteral("Liu Yiming"), QStringLiteral("刘一鸣")}});
    CHECK(meta.year == 2023);
    CHECK(meta.originalDate == QDate(2022, 11, 17));
    CHECK(meta.citation.isEmpty());

    const Alignment alignment = Aligner::align(en.paragraphs, zh.paragraphs);
    const Paper paper = parse(AlignedPaper::text(alignment, en, zh, meta));
    CHECK(paper.meta.titleEn == meta.titleEn);
    CHECK(paper.meta.titleZh == meta.titleZh);
    CHECK(paper.meta.authors == meta.authors);
    CHECK(paper.meta.year == 2023);
    CHECK(paper.meta.originalDate == QDate(2022, 11, 17));
    CHECK(paper.meta.url == u"https://example.org/a");
    CHECK(paper.meta.publisher == u"Interpret: China");

    // Authors listed on one side only are kept on that side, not paired by guess.
    zh.meta.authors = {QStringLiteral("顾学明")};
    const PaperMeta uneven = AlignedPaper::metaOf(en, zh);
    CHECK(uneven.authors == QList<Author>{{QStringLiteral("Gu Xueming"), QString()},
                                          {QStringLiteral("Liu Yiming"), QString()},
                                          {QString(), QStringLiteral("顾学明")}});
}

TEST_CASE("aligned text written by hand: markers, escapes, notes and comments", "[aligned-text]")
{
    const QString text = QStringLiteral("#duizhao: 1\r\n"
                                        "#title-en: Regulations on Example Data\r\n"
                                        "#title-zh: 示例数据条例\r\n"
                                        "#author: State Council / 国务院\r\n"
                                        "#year: 2021\r\n"
                                        "#source-en: en.txt\r\n"
                                        "#some-future-key: skipped\r\n"
                                        "\r\n"
                                        "Chapter I General Provisions\r\n"
                                        "\r\n"
                                        "第一章 总则\r\n"
                                        "\r\n"
                                        "# a comment the reader skips\r\n"
                                        "#note link: Checked by hand.\r\n"
                                        "Article 1 The first paragraph.\r\n"
                                        "¶\r\n"
                                        "The second paragraph of the same unit.\r\n"
                                        "\r\n"
                                        "第一条 第一段。\r\n"
                                        "\r\n"
                                        "\\#MeToo is not a comment, and \\ starts nothing.\r\n"
                                        "\r\n"
                                        "—\r\n"
                                        "\r\n"
                                        "—\r\n"
                                        "\r\n"
                                        "只有中文的段落。\r\n"
                                        "\r\n"
                                        "\\—\r\n"
                                        "\r\n"
                                        "\\¶\r\n");
    const Paper paper = parse(text, QStringLiteral("hand.txt"));
    CHECK(paper.meta.titleEn == u"Regulations on Example Data");
    CHECK(paper.meta.titleZh == u"示例数据条例");
    CHECK(paper.meta.authors == QList<Author>{{QStringLiteral("State Council"), QStringLiteral("国务院")}});
    CHECK(paper.meta.year == 2021);
    CHECK(paper.meta.sourceName == u"hand.txt");
    REQUIRE(paper.units.size() == 5);
    CHECK(paper.units[0].kind == UnitKind::Heading);
    CHECK(paper.units[1].en == u"Article 1 The first paragraph.\n\nThe second paragraph of the same unit.");
    CHECK(paper.units[1].zh == u"第一条 第一段。");
    CHECK(paper.units[1].enLine == 15);
    CHECK(paper.units[1].zhLine == 19);
    CHECK(paper.units[2].en == u"#MeToo is not a comment, and \\ starts nothing.");
    CHECK(paper.units[2].zh.isEmpty());
    CHECK(paper.units[2].zhLine == 0);
    CHECK(paper.units[3].en.isEmpty());
    CHECK(paper.units[3].zh == u"只有中文的段落。");
    CHECK(paper.units[4].en == u"—");
    CHECK(paper.units[4].zh == u"¶");

    const QList<AlignmentNote> link = notesOf(paper, 2, u"link");
    REQUIRE(link.size() == 1);
    CHECK(link.front().message == u"Checked by hand.");
    CHECK(link.front().detailEn == u"Article 1 The first paragraph"); // its first sentence
    CHECK(notesOf(paper, 3, u"unpaired").front().message == u"This English paragraph has no Chinese counterpart.");
    CHECK(notesOf(paper, 4, u"unpaired").front().message == u"This Chinese paragraph has no English counterpart.");
    // The article's numbering is read as in any paper.
    CHECK(paper.nodes[paper.units[1].node].kind == NodeKind::Article);
}

TEST_CASE("the writer escapes paragraphs that would read as markers, and they come back unchanged", "[aligned-text]")
{
    const QList<SourceParagraph> enParagraphs{{QStringLiteral("#duizhao: 1"), false, 0, 0},
                                              {QStringLiteral("\\ starts with a backslash."), false, 0, 0},
                                              {QStringLiteral("—"), false, 0, 0},
                                              {QStringLiteral("#note link: not a note"), false, 0, 0},
                                              {QStringLiteral("A line\nbreak inside."), false, 0, 0}};
    const QList<SourceParagraph> zhParagraphs{{QStringLiteral("¶"), false, 0, 0},
                                              {QStringLiteral("第二段。"), false, 0, 0},
                                              {QStringLiteral("第三段。"), false, 0, 0},
                                              {QStringLiteral("第四段。"), false, 0, 0},
                                              {QStringLiteral("第五段。"), false, 0, 0}};
    Alignment alignment;
    for (int k = 0; k < 5; ++k)
        alignment.links.append({k, 1, k, 1, 1.0, true, false, {}});
    const SourceDocument en = document(QStringLiteral("en.txt"), Lang::En, enParagraphs);
    const SourceDocument zh = document(QStringLiteral("zh.txt"), Lang::Zh, zhParagraphs);
    const Paper paper = parse(AlignedPaper::text(alignment, en, zh, {}));
    REQUIRE(paper.units.size() == 5);
    for (int k = 0; k < 4; ++k) {
        CHECK(paper.units[k].en == enParagraphs[k].text);
        CHECK(paper.units[k].zh == zhParagraphs[k].text);
    }
    CHECK(paper.units[4].en == u"A line break inside.");
    CHECK(notesOf(paper, 4, u"link").isEmpty());
}

TEST_CASE("an alignment of other documents is refused before anything is written", "[aligned-text]")
{
    const SourceDocument en = document(QStringLiteral("en.txt"), Lang::En,
                                       {{QStringLiteral("One."), false, 0, 0}, {QStringLiteral("Two."), false, 0, 0}});
    const SourceDocument zh = document(QStringLiteral("zh.txt"), Lang::Zh, {{QStringLiteral("一。"), false, 0, 0}});
    Alignment skipping;
    skipping.links = {{0, 1, 0, 1, 1, true, false, {}}};
    CHECK_THROWS_MATCHES(AlignedPaper::text(skipping, en, zh, {}), Error, Catch::Predicate<Error>([](const Error &e) {
                             return e.kind() == Error::Kind::Usage && e.message().contains(u"every paragraph");
                         }));
    Alignment overlapping;
    overlapping.links = {{0, 2, 0, 1, 1, true, false, {}}, {1, 1, 1, 0, 1, true, false, {}}};
    CHECK_THROWS_AS(AlignedPaper::text(overlapping, en, zh, {}), Error);
}

TEST_CASE("bad aligned text is refused with the file and the line", "[aligned-text][badinput]")
{
    QTemporaryDir dir;
    const QByteArray header = "#duizhao: 1\n#title-en: T\n\n";
    checkRefused(
        dir.path(),
        {
            {"newer.txt", "#duizhao: 2\n\nEnglish.\n\n中文。\n", u"newer form", 1},
            {"no-version.txt", "#duizhao: one\n\nEnglish.\n\n中文。\n", u"#duizhao: 1", 1},
            {"bad-year.txt", "#duizhao: 1\n#year: last year\n\nEnglish.\n\n中文。\n", u"#year:", 2},
            {"bad-date.txt", "#duizhao: 1\n#original-date: 17/11/2022\n\nEnglish.\n\n中文。\n", u"#original-date:", 2},
            {"header-only.txt", header, u"no paragraphs", 0},
            {"unpaired-block.txt", header + "English.\n\n中文。\n\nMore English.\n", u"no partner", 8},
            {"out-of-step.txt", header + "English.\n\n中文。\n\n第二段中文。\n\nSecond English.\n",
             u"no longer come in pairs", 8},
            {"no-chinese.txt", header + "English.\n\n—\n", u"no Chinese", 6},
            {"truncated.txt", QByteArray(header + "English.\n\n中文").chopped(1), u"middle of a character", 6},
        },
        [](const QString &path) { PaperReader::readFile(path); });
}

TEST_CASE("files without the header are read exactly as before", "[aligned-text]")
{
    // A paper that starts with a hash sign, but not the header, is an ordinary paper.
    const QString text = QStringLiteral("#1 Example Paper\n\nAn English paragraph.\n\n中文段落。\n\n"
                                        "Smith, J. (2021). \"Example [例子]\". Press, https://example.org\n");
    const Paper paper = parse(text);
    CHECK(paper.meta.titleEn == u"#1 Example Paper");
    REQUIRE(paper.units.size() == 1);
    CHECK(paper.meta.year == 2021);
}

TEST_CASE("an enumeration's (1) beside （一） is the same number: no numbering note", "[numbering-note]")
{
    const QString text =
        QStringLiteral("Regulations on Example Data\n\n"
                       "Article 5 Processors shall perform the following obligations:\n\n"
                       "第五条 处理者应当履行下列义务：\n\n"
                       "(1) formulating internal management systems;\n\n"
                       "（一）制定内部管理制度；\n\n"
                       "(2) implementing classified management of data;\n\n"
                       "(二)对数据实行分类管理；\n\n"
                       "(3) adopting technical security measures.\n\n"
                       "（四）采取安全技术措施。\n\n"
                       "(i) Competition over Power\n\n"
                       "(一) 实力竞争\n\n"
                       "国务院 (State Council) (2021). \"Regulations on Example Data [示例数据条例]\". Example Press, "
                       "https://example.org/regulations\n");
    const Paper paper = parse(text);
    REQUIRE(paper.units.size() == 5);
    auto numberingNotes = [&](int seq) { return notesOf(paper, seq, u"numbering"); };
    CHECK(numberingNotes(2).isEmpty());
    CHECK(numberingNotes(3).isEmpty());
    // A real disagreement still speaks: (3) beside （四）.
    const QList<AlignmentNote> wrong = numberingNotes(4);
    REQUIRE(wrong.size() == 1);
    CHECK(wrong.front().detailEn == u"(3)");
    CHECK(wrong.front().detailZh == u"（四）");
    CHECK(numberingNotes(5).isEmpty());
    // Items stay numbered points under their article; (i) / (一) stays a section heading.
    CHECK(paper.nodes[paper.units[1].node].kind == NodeKind::Point);
    CHECK(paper.units[1].kind == UnitKind::Body);
    CHECK(paper.nodes[paper.units[4].node].kind == NodeKind::Section);
}

TEST_CASE("aligned text edited carelessly is read or refused, never half read", "[aligned-text][badinput]")
{
    const AlignCase c = makeCase(QStringLiteral("paper"), perturbed(bundledPaperUnits(), 9, {0.1, false}));
    const SourceDocument en = document(QStringLiteral("en.txt"), Lang::En, c.en);
    const SourceDocument zh = document(QStringLiteral("zh.txt"), Lang::Zh, c.zh);
    const QStringList lines =
        AlignedPaper::text(Aligner::align(c.en, c.zh), en, zh, AlignedPaper::metaOf(en, zh)).split(u'\n');
    const QStringList inserts{QString(),
                              QStringLiteral("—"),
                              QStringLiteral("¶"),
                              QStringLiteral("#note x: y"),
                              QStringLiteral("\\"),
                              QStringLiteral("#duizhao: 1"),
                              QStringLiteral("中文"),
                              QStringLiteral("English")};
    Random random(2024);
    int read = 0;
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        QStringList edited = lines;
        for (int edit = 0, edits = 1 + random.below(3); edit < edits && edited.size() >= 2; ++edit) {
            const int at = 1 + random.below(int(edited.size()) - 1);
            switch (random.below(4)) {
            case 0:
                edited.removeAt(at);
                break;
            case 1:
                edited.insert(at, inserts[random.below(int(inserts.size()))]);
                break;
            case 2:
                edited.insert(at, edited[random.below(int(edited.size()))]);
                break;
            default:
                edited = edited.mid(0, at);
                break;
            }
        }
        try {
            const Paper paper = PaperParser::parse(edited.join(u'\n'), QStringLiteral("edited.txt"));
            ++read;
            for (const Unit &unit : paper.units)
                CHECK_FALSE((unit.en.isEmpty() && unit.zh.isEmpty()));
            for (const AlignmentNote &note : paper.notes) {
                CHECK(note.unitSeq >= 1);
                CHECK(note.unitSeq <= paper.units.size());
            }
        } catch (const Error &error) {
            ++refused;
            CHECK(error.kind() == Error::Kind::Data);
            CHECK(error.file() == u"edited.txt");
            CHECK(error.line() >= 1);
        }
    }
    // Both outcomes happen: the test exercises the refusals as well as the reading.
    CHECK(read > 20);
    CHECK(refused > 20);
}
