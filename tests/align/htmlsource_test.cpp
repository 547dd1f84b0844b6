// Saved web pages: the article and nothing else, in the page's own character set.

#include "align/htmlsourcereader.h"
#include "error.h"
#include "support/testsupport.h"

#include <QStringDecoder>
#include <QStringEncoder>

using namespace duizhao;

namespace {

QStringList paragraphs(const QByteArray &html, Lang lang = Lang::En)
{
    QStringList out;
    for (const SourceParagraph &p : HtmlSourceReader::read(html, QStringLiteral("page.html"), lang).paragraphs)
        out.append(p.text);
    return out;
}

QByteArray page(const char *body)
{
    return QByteArray("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>T</title></head><body>") + body +
           "</body></html>";
}

} // namespace

TEST_CASE("the article's blocks are its paragraphs, the page around it is left out", "[align][html]")
{
    const struct
    {
        const char *name;
        const char *body;
        QStringList expected;
    } cases[] = {
        {"blocks",
         "<article><h2>I. Title</h2><p>One.</p><ul><li>Two</li></ul><blockquote><p>Three.</p></blockquote>"
         "<table><tr><td>Four</td><th>Five</th></tr></table></article>",
         {u"I. Title"_qs, u"One."_qs, u"Two"_qs, u"Three."_qs, u"Four"_qs, u"Five"_qs}},
        {"furniture",
         "<header><p>Site name</p></header><nav><p>Menu</p></nav><main><p>Text.</p>"
         "<aside><p>Pull quote</p></aside><form><p>Subscribe</p></form></main>"
         "<div role=\"contentinfo\"><p>Contact</p></div><footer><p>Copyright</p></footer>",
         {u"Text."_qs}},
        {"scripts and comments",
         "<main><p>Before<!-- a comment --> after.</p><script>var x = '<p>no</p>';</script>"
         "<style>p { color: red }</style><noscript><p>Enable scripts</p></noscript></main>",
         {u"Before after."_qs}},
        {"an article's own header",
         "<article><header><h1>The title</h1></header><p>Text.</p></article>",
         {u"The title"_qs, u"Text."_qs}},
        {"hidden",
         "<main><p>Shown.</p><p hidden>Hidden.</p><p style=\"display: none\">Gone.</p>"
         "<p aria-hidden=\"true\">Also gone.</p></main>",
         {u"Shown."_qs}},
        {"named furniture",
         "<main><div class=\"share-bar\"><p>Share on Twitter</p></div><p>The text itself, long "
         "enough to be most of the page.</p><div id=\"related-posts\"><p>Related</p></div></main>",
         {u"The text itself, long enough to be most of the page."_qs}},
        {"a wrapper named like furniture",
         "<div class=\"layout-with-sidebar\"><p>All of the text is here.</p></div>",
         {u"All of the text is here."_qs}},
        {"footnotes by class",
         "<main><p>Signed in August 2022<sup><a href=\"#fn4\">4</a></sup> will.</p>"
         "<h2>Notes</h2><ol class=\"footnotes\"><li>A note.</li></ol></main>",
         {u"Signed in August 20224 will."_qs}},
        {"footnotes by back links",
         "<main><p>Text<sup>1</sup>.</p><ol><li>The note. <a href=\"#ref1\">↩</a></li>"
         "<li>Another. <a href=\"#ref2\">↩</a></li></ol></main>",
         {u"Text1."_qs}},
        {"an ordinary list",
         "<main><p>Steps:</p><ol><li>First</li><li>Second</li></ol></main>",
         {u"Steps:"_qs, u"First"_qs, u"Second"_qs}},
        {"entities and spaces",
         "<main><p>U.S.&ndash;China&nbsp;relations &amp;   “decoupling”\n  today</p></main>",
         {u"U.S.–China relations & “decoupling” today"_qs}},
        {"the densest block without semantic elements",
         "<div class=\"menu\"><a>Home</a></div><div id=\"c\"><h1>Measures</h1><div class=\"body\"><p>Article 1 "
         "applies.</p><p>Article 2 applies too.</p></div></div><div class=\"left\"><ul><li>Link</li></ul></div>",
         {u"Measures"_qs, u"Article 1 applies."_qs, u"Article 2 applies too."_qs}},
    };
    for (const auto &c : cases) {
        INFO(c.name);
        CHECK(paragraphs(page(c.body)) == c.expected);
    }
}

TEST_CASE("a line break in a web page is a space in English and nothing in Chinese", "[align][html]")
{
    CHECK(paragraphs(page("<p>first line<br>second line</p>")) == QStringList{u"first line second line"_qs});
    CHECK(paragraphs(page("<p>第一行<br>第二行，\n第三行 与 WTO</p>"), Lang::Zh) ==
          QStringList{u"第一行第二行，第三行 与 WTO"_qs});
    // Ruby annotations over Chinese characters are not part of the text.
    CHECK(paragraphs(page("<p><ruby>脱钩<rp>(</rp><rt>tuō gōu</rt><rp>)</rp></ruby>风险</p>"), Lang::Zh) ==
          QStringList{u"脱钩风险"_qs});
}

TEST_CASE("headings are flagged: h1 to h6, and paragraphs set wholly in bold", "[align][html]")
{
    const QList<SourceParagraph> read =
        HtmlSourceReader::read(
            page("<main><h3>(i) A heading</h3><p><strong>第一章 总则</strong></p><p>Body with <b>bold</b> words.</p>"
                 "</main>"),
            QStringLiteral("page.html"), Lang::En)
            .paragraphs;
    REQUIRE(read.size() == 3);
    CHECK(read[0].heading);
    CHECK(read[1].heading);
    CHECK_FALSE(read[2].heading);
    // Lines are where each paragraph starts in the file.
    const QList<SourceParagraph> lines =
        HtmlSourceReader::read("<html><body>\n<main>\n<p>One</p>\n\n<p>\nTwo</p></main>", QStringLiteral("p.html"),
                               Lang::En)
            .paragraphs;
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].line == 3);
    CHECK(lines[1].line == 6);
}

TEST_CASE("the page's character set comes from its BOM or its meta tags", "[align][html]")
{
    const QString simplified = QStringLiteral("技术权力视角下美国对华技术竞争");
    for (const char *name : {"GB18030", "GBK", "GB2312", "Big5"}) {
        INFO(name);
        // Big5 is the character set of traditional characters.
        const QString text = qstrcmp(name, "Big5") == 0 ? QStringLiteral("技術權力視角下美國對華技術競爭") : simplified;
        QStringEncoder encoder(name);
        REQUIRE(encoder.isValid());
        const QByteArray encoded = encoder(text);
        const QList<QByteArray> declarations = {
            "<meta charset=\"" + QByteArray(name) + "\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + QByteArray(name).toLower() + "\">"};
        for (const QByteArray &declaration : declarations) {
            const QByteArray html = "<html><head>" + declaration + "</head><body><p>" + encoded + "</p></body></html>";
            CHECK(HtmlSourceReader::declaredCharset(html) == QString::fromLatin1(name).toLower());
            CHECK(paragraphs(html, Lang::Zh) == QStringList{text});
        }
    }
    // A page parsed as ASCII cannot be UTF-16, whatever its meta tag says (HTML's own rule).
    CHECK(
        paragraphs("<html><head><meta charset=\"utf-16\"></head><body><p>" + simplified.toUtf8() + "</p></body></html>",
                   Lang::Zh) == QStringList{simplified});
    // A byte-order mark outranks a wrong declaration.
    CHECK(paragraphs("\xEF\xBB\xBF<html><head><meta charset=\"gb2312\"></head><body><p>" + simplified.toUtf8() +
                         "</p></body></html>",
                     Lang::Zh) == QStringList{simplified});
}

TEST_CASE("what a page says about itself is its metadata, and nothing is invented", "[align][html]")
{
    const SourceMeta csis = HtmlSourceReader::read(test::readFile(test::fixture(QStringLiteral("align/paper-en.html"))),
                                                   QStringLiteral("p.html"), Lang::En)
                                .meta;
    CHECK(
        csis.title ==
        u"U.S. Technology Competition with China and China’s Countermeasures from the Perspective of Technology Power");
    CHECK(csis.authors == QStringList{u"Gu Xueming"_qs, u"Liu Yiming"_qs});
    CHECK(csis.date == u"2023/05/04");
    CHECK(csis.url == u"https://interpret.csis.org/translations/"
                      u"u-s-technology-competition-with-china-and-chinas-countermeasures-from-the-perspective-of-"
                      u"technology-power/");
    CHECK(csis.publisher == u"Interpret: China");

    const SourceMeta journal =
        HtmlSourceReader::read(test::readFile(test::fixture(QStringLiteral("align/paper-zh-gb18030.html"))),
                               QStringLiteral("p.html"), Lang::Zh)
            .meta;
    CHECK(journal.title == u"技术权力视角下美国对华技术竞争及中国应对");
    CHECK(journal.authors == QStringList{u"顾学明"_qs, u"刘一鸣"_qs});
    CHECK(journal.date == u"2022-11-17");
    CHECK(journal.url == u"http://www.example.cn/gjjjhz/2022/06/t20221117_1234.html"); // the canonical link
    CHECK(journal.publisher == u"国际经济合作杂志社");

    const SourceMeta bare = HtmlSourceReader::read(page("<p>Text.</p>"), QStringLiteral("p.html"), Lang::En).meta;
    CHECK(bare == SourceMeta{u"T"_qs, {}, {}, {}, {}});
}

TEST_CASE("old HTML that leaves its paragraphs and cells open is not taken for deep nesting", "[align][html]")
{
    // Thousands of <p>, <li> and <td> without end tags, spans left open in them: flat, not deep.
    const QByteArray html = "<html><body>" + QByteArray("<p><span>Text<font>more").repeated(3000) + "<ul>" +
                            QByteArray("<li>item").repeated(3000) + "</ul><table>" +
                            QByteArray("<tr><td>a<td>b").repeated(2000) + "</table></body></html>";
    const QStringList read = paragraphs(html);
    CHECK(read.size() == 3000 + 3000 + 4000);
    CHECK(read.front() == u"Textmore");
}
