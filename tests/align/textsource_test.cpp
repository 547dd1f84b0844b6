// Plain text into paragraphs: line breaks joined the way each language wants, hyphenated words
// made whole again or left alone, page furniture dropped, hard-wrapped text recognised by its
// own line lengths.

#include "align/linejoiner.h"
#include "align/pagefurniture.h"
#include "align/textsourcereader.h"
#include "support/testsupport.h"

using namespace duizhao;

namespace {

QStringList texts(const QList<SourceParagraph> &paragraphs)
{
    QStringList out;
    for (const SourceParagraph &p : paragraphs)
        out.append(p.text);
    return out;
}

} // namespace

TEST_CASE("a line break is a space in English and nothing in Chinese", "[align][text]")
{
    const LineJoiner english(Lang::En, {});
    CHECK(english.join({QStringLiteral("The U.S. government has"), QStringLiteral("  already characterized")}) ==
          u"The U.S. government has already characterized");
    CHECK(english.join({QStringLiteral("discourse power [话语"), QStringLiteral("权 (voice)]")}) ==
          u"discourse power [话语权 (voice)]");
    const LineJoiner chinese(Lang::Zh, {});
    CHECK(chinese.join({QStringLiteral("美国政府已经将中国定性为“战略竞争对"), QStringLiteral("手”,并将")}) ==
          u"美国政府已经将中国定性为“战略竞争对手”,并将");
    // Latin words inside Chinese keep their space; numbers broken by the layout are whole again.
    CHECK(chinese.join({QStringLiteral("例如：Smith, J. et al. (2023), Survey of"), QStringLiteral("Urban Air")}) ==
          u"例如：Smith, J. et al. (2023), Survey of Urban Air");
    CHECK(chinese.join({QStringLiteral("在2011年到20"), QStringLiteral("20年间, version 2.")}) ==
          u"在2011年到2020年间, version 2.");
    CHECK(chinese.join({QStringLiteral("version 2."), QStringLiteral("1。")}) == u"version 2.1。");
}

TEST_CASE("a word hyphenated at a line end is joined unless the document writes it with a hyphen", "[align][text]")
{
    // The document's own words decide: "technology" occurs whole elsewhere, "high-tech" with its
    // hyphen, "state" and "owned" as words of their own.
    const QList<QStringList> document = {
        {QStringLiteral("technology power and high-tech industries of a state")},
        {QStringLiteral("owned by nobody, in the U.S. and China")},
    };
    const LineJoiner joiner(Lang::En, document);
    CHECK(joiner.join({QStringLiteral("the role of tech-"), QStringLiteral("nology in")}) ==
          u"the role of technology in");
    CHECK(joiner.join({QStringLiteral("a new high-"), QStringLiteral("tech zone")}) == u"a new high-tech zone");
    CHECK(joiner.join({QStringLiteral("a state-"), QStringLiteral("owned firm")}) == u"a state-owned firm");
    CHECK(joiner.join({QStringLiteral("unknown syl-"), QStringLiteral("lables")}) == u"unknown syllables");
    // Before a capital or a digit the hyphen is part of the name.
    CHECK(joiner.join({QStringLiteral("U.S.-"), QStringLiteral("China relations")}) == u"U.S.-China relations");
    CHECK(joiner.join({QStringLiteral("non-"), QStringLiteral("EU members")}) == u"non-EU members");
    CHECK(joiner.join({QStringLiteral("COVID-"), QStringLiteral("19 vaccines")}) == u"COVID-19 vaccines");
    // A soft hyphen only marks where the word may break.
    CHECK(joiner.join({QStringLiteral("inter\u00AD"), QStringLiteral("national")}) == u"international");
    // A dash with a space before it stays a dash between words.
    CHECK(joiner.join({QStringLiteral("the first —"), QStringLiteral("and last")}) == u"the first — and last");
}

TEST_CASE("a text wrapped at hyphens only keeps the hyphens of words it has not seen whole", "[align][text]")
{
    // textwrap breaks "high-quality" after its hyphen; nothing in this document is ever
    // hyphenated, which its other line ends show.
    const QList<QStringList> document = {
        {QStringLiteral("high-quality growth and a state-"), QStringLiteral("owned economy")},
        {QStringLiteral("a long-"), QStringLiteral("standing and state-owned")},
        {QStringLiteral("a well-known and long-standing")},
    };
    const LineJoiner joiner(Lang::En, document);
    CHECK(joiner.join({QStringLiteral("not will-"), QStringLiteral("ing")}) == u"not will-ing");
}

TEST_CASE("page numbers of many styles are recognised, and text is not", "[align][text]")
{
    for (const char16_t *number : {u"12", u"- 12 -", u"— 3 —", u"Page 4", u"page 4 of 40", u"12 / 40", u"第 3 页",
                                   u"第3页 共40页", u"xii", u"１２"}) {
        INFO(QString::fromUtf16(number).toStdString());
        CHECK(PageFurniture::isPageNumber(number));
    }
    for (const char16_t *text : {u"2022.", u"Article 12", u"第十二条", u"(3)", u"12 percent", u"I. Introduction"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(PageFurniture::isPageNumber(text));
    }
    CHECK(PageFurniture::key(u"Technology Power   12") == PageFurniture::key(u"Technology Power 113"));
}

TEST_CASE("plain text is read as blank-line paragraphs, lines, or hard-wrapped lines", "[align][text]")
{
    // A paragraph a line, blank lines or not, Windows line endings.
    CHECK(texts(TextSourceReader::paragraphs(u"Title\r\n\r\nFirst paragraph, long enough.\r\nSecond one.\r\n"_qs,
                                             Lang::En)) ==
          QStringList{u"Title"_qs, u"First paragraph, long enough."_qs, u"Second one."_qs});

    // Wrapped at 40 columns, paragraphs marked by blank lines.
    const QString wrapped = u"The first paragraph goes on for a while\n"
                            "and wraps over three lines before it\n"
                            "ends.\n\n"
                            "The second paragraph is shorter but it\n"
                            "wraps too.\n"_qs;
    CHECK(texts(TextSourceReader::paragraphs(wrapped, Lang::En)) ==
          QStringList{u"The first paragraph goes on for a while and wraps over three lines before it ends."_qs,
                      u"The second paragraph is shorter but it wraps too."_qs});

    // Wrapped Chinese, paragraphs marked by two ideographic spaces only.
    const QString chinese = u"\u3000\u3000美国政府已经将中国定性为战略竞争对手，并将对华技术\n"
                            "竞争作为破局关键之一。当前，大国战略竞争进入全要素对抗时\n"
                            "代。\n"
                            "\u3000\u3000迄今为止，美国发动的对华技术竞争可划分为三个层面：以\n"
                            "夺取技术性权力为主要目标的实力竞争。\n"_qs;
    CHECK(
        texts(TextSourceReader::paragraphs(chinese, Lang::Zh)) ==
        QStringList{
            u"美国政府已经将中国定性为战略竞争对手，并将对华技术竞争作为破局关键之一。当前，大国战略竞争进入全要素对抗时代。"_qs,
            u"迄今为止，美国发动的对华技术竞争可划分为三个层面：以夺取技术性权力为主要目标的实力竞争。"_qs});
}

TEST_CASE("page numbers and running heads go, also without form feeds", "[align][text]")
{
    // Four pages of twelve lines each under a running head, numbered at the foot, one text file
    // with no form feed: the head and the numbers come back every fourteen lines.
    QString text;
    QStringList expected;
    for (int page = 1; page <= 4; ++page) {
        text += u"Open Research Data Measures\n\n"_qs;
        for (int article = 1; article <= 3; ++article) {
            const int n = (page - 1) * 3 + article;
            const QString a = QStringLiteral("Article %1 An institution shall keep its research data").arg(n);
            text += a + u"\nfor ten years after the end of each project it\nruns with public funds, in a repository "
                        "that\nanyone may read.\n"_qs;
            expected.append(a + u" for ten years after the end of each project it runs with public funds, in a "
                                "repository that anyone may read."_qs);
        }
        text += QStringLiteral("\n- %1 -\n").arg(page);
    }
    CHECK(texts(TextSourceReader::paragraphs(text, Lang::En)) == expected);

    // The same with form feeds: a paragraph runs on over the page break.
    const QString paged = u"Running head\n\nThe first paragraph runs from this page\nover the break onto the "
                          "next page and\n\n3\n\fRunning head\n\nends there.\n\n4\n\fRunning head\n\nThe last "
                          "paragraph.\n\n5\n"_qs;
    CHECK(texts(TextSourceReader::paragraphs(paged, Lang::En)) ==
          QStringList{u"The first paragraph runs from this page over the break onto the next page and ends there."_qs,
                      u"The last paragraph."_qs});
}

TEST_CASE("a blank line between one-line paragraphs parts them, between a dump's wrapped lines it does not",
          "[align][text]")
{
    // Articles of a law a line each, a blank line between, lines of much the same length: they
    // look like a text wrapped at their width, but each ends a sentence.
    QString law;
    QStringList articles;
    for (int i = 1; i <= 8; ++i) {
        articles.append(
            u"Article %1 The institution shall designate a person responsible for item %2 of the plan."_qs.arg(i).arg(
                i * 7));
        articles.append(u"Other relevant provisions shall apply."_qs);
    }
    CHECK(texts(TextSourceReader::paragraphs(articles.join(u"\n\n"_qs) + u'\n', Lang::En)) == articles);

    // A dump of text set at 1.5 lines: a blank line after every line, two between paragraphs.
    const QString spaced = u"The first paragraph goes on for a while\n\n"
                           "and wraps over three lines before it\n\n"
                           "ends.\n\n\n"
                           "The second paragraph is shorter but it\n\n"
                           "wraps too.\n"_qs;
    CHECK(texts(TextSourceReader::paragraphs(spaced, Lang::En)) ==
          QStringList{u"The first paragraph goes on for a while and wraps over three lines before it ends."_qs,
                      u"The second paragraph is shorter but it wraps too."_qs});
}

TEST_CASE("an item a law repeats at a steady pace is text, not a running head", "[align][text]")
{
    QStringList paragraphs;
    for (int article = 1; article <= 4; ++article) {
        paragraphs.append(u"第%1条 有下列情形之一的，由主管部门责令改正："_qs.arg(article));
        for (int item = 1; item <= 5; ++item)
            paragraphs.append(u"（%1）第%2条所列第%3种违法行为；"_qs.arg(item).arg(article).arg(item));
        paragraphs.append(u"（六）法律、行政法规规定的其他情形。"_qs);
    }
    CHECK(texts(TextSourceReader::paragraphs(paragraphs.join(u"\n\n"_qs) + u'\n', Lang::Zh)) == paragraphs);
    // A running head, which ends no sentence, at the same pace still goes.
    QStringList withHeads;
    for (qsizetype k = 0; k < paragraphs.size(); ++k) {
        if (k % 7 == 6)
            withHeads.append(u"技术权力视角下美国对华技术竞争"_qs);
        else
            withHeads.append(paragraphs[k]);
    }
    const QStringList read = texts(TextSourceReader::paragraphs(withHeads.join(u"\n\n"_qs) + u'\n', Lang::Zh));
    CHECK_FALSE(read.contains(u"技术权力视角下美国对华技术竞争"_qs));
    CHECK(read.size() == paragraphs.size() - 4);
}
