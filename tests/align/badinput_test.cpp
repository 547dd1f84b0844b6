// Bad input, in every format a translation or an original comes in: each file is refused with a
// message that names it (and the line or the page where there is one) and says what is wrong.

#include "align/sourcereader.h"
#include "error.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace duizhao;
using namespace duizhao::test;

namespace {

QByteArray alignFixture(const char *name)
{
    return readFile(fixture(QStringLiteral("align/") + QString::fromLatin1(name)));
}

QByteArray utf8(const char16_t *text)
{
    return QString::fromUtf16(text).toUtf8();
}

// A page whose only text is its navigation, header and footer.
QByteArray navigationOnly()
{
    return "<!DOCTYPE html><html><head><title>Translations</title></head><body>"
           "<header><h1>Interpret: China</h1></header><nav><ul><li><a href=\"/\">Home</a></li>"
           "<li><a href=\"/t\">Translations</a></li></ul></nav>"
           "<script>document.write('not text either')</script>"
           "<footer><p>&copy; CSIS</p></footer></body></html>";
}

} // namespace

TEST_CASE("bad text files are refused with the file and the line", "[align][badinput]")
{
    const QByteArray english = alignFixture("regulation-en-wrapped.txt");
    QByteArray invalid = english;
    invalid.insert(english.indexOf("Article 2"), "\xC3\x28");
    const int invalidLine = int(english.left(english.indexOf("Article 2")).count('\n')) + 1;
    const QByteArray chinese = alignFixture("regulation-zh-wrapped.txt");
    const QByteArray cutInCharacter = chinese.left(chinese.indexOf(utf8(u"第二条")) + 1); // line 6

    QTemporaryDir dir;
    checkRefused(dir.path(),
                 {
                     {"empty.txt", QByteArray(), u"the file is empty", 1},
                     {"blank.txt", QByteArray("\n \n\t\n\xC2\xA0\n\f\n"), u"the file is empty", 1},
                     {"binary.png", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"binary data", 2},
                     {"invalid-utf8.txt", invalid, u"invalid UTF-8 (byte 0xc3", invalidLine},
                     {"truncated.txt", cutInCharacter, u"ends in the middle of a character", 6},
                     {"utf16.txt", QByteArray("\xFF\xFEU\0.\0S\0.\0", 10), u"UTF-16", 1},
                     {"page-numbers-only.txt", QByteArray("1\n\f2\n\f3\n\f4\n"), u"no text besides page numbers", 0},
                 },
                 [](const QString &path) { SourceReader::read(path, Lang::En); });
}

TEST_CASE("bad web pages are refused with the file and the line", "[align][badinput]")
{
    const QByteArray page = alignFixture("paper-en.html");
    QByteArray invalid = page;
    invalid.insert(page.indexOf("<h2>"), "\xFF"); // in the article
    const int invalidLine = int(page.left(page.indexOf("<h2>")).count('\n')) + 1;
    QByteArray withNul = page;
    withNul.insert(page.indexOf("</article>"), QByteArray(1, '\0'));
    const int nulLine = int(page.left(page.indexOf("</article>")).count('\n')) + 1;
    const QByteArray chinese = alignFixture("paper-zh-gb18030.html");
    QByteArray badGb = chinese;
    badGb.insert(chinese.indexOf("<p style"), "\x81\x20"); // a GB18030 lead byte without its trail
    const int badGbLine = int(chinese.left(chinese.indexOf("<p style")).count('\n')) + 1;
    const QByteArray klingon = "<!DOCTYPE html><html><head><meta charset=\"x-klingon-1\"></head><body><p>nuqneH</p>"
                               "</body></html>";

    QTemporaryDir dir;
    checkRefused(dir.path(),
                 {
                     {"navigation-only.html", navigationOnly(), u"the web page has no article text", 0},
                     {"empty-body.html", QByteArray("<!DOCTYPE html><html><head></head><body></body></html>"),
                      u"the web page has no article text", 0},
                     {"invalid-utf8.html", invalid, u"invalid UTF-8 (byte 0xff", invalidLine},
                     {"binary.html", withNul, u"binary data", nulLine},
                     {"not-gb18030.html", badGb, u"says it is in the gb18030 character set, but it is not", badGbLine},
                     {"klingon.html", klingon, u"x-klingon-1 character set, which cannot be read", 0},
                     {"truncated.html", page.left(page.indexOf("“") + 1), u"ends in the middle of a character", 0},
                     // Deeper than any page, and a parse that would take minutes (see tooDeep).
                     {"nested.html", "<html><body>\n" + QByteArray("<div>").repeated(50000) + "<p>deep</p>",
                      u"nests its elements more than 1024 deep", 2},
                     {"nested-lists.html", "<html><body>\n\n" + QByteArray("<ul><li>").repeated(2000),
                      u"nests its elements more than 1024 deep", 3},
                 },
                 [](const QString &path) { SourceReader::read(path, Lang::En); });
}

TEST_CASE("bad PDFs are refused with a message that says which", "[align][badinput]")
{
    const QByteArray paper = alignFixture("paper-en.pdf");
    QByteArray damaged = paper;
    // The header survives, everything after it is overwritten: nothing Poppler can repair.
    for (qsizetype i = 16; i < damaged.size(); ++i)
        damaged[i] = char('A' + i % 26);

    QTemporaryDir dir;
    checkRefused(
        dir.path(),
        {
            {"cut-short.pdf", paper.left(paper.size() / 2), u"damaged or cut short", 0},
            {"damaged.pdf", damaged, u"the PDF is damaged", 0},
            {"header-only.pdf", QByteArray("%PDF-1.7\n"), u"the PDF is damaged", 0},
            {"encrypted.pdf", alignFixture("encrypted.pdf"), u"encrypted and needs a password", 0},
            {"no-copy.pdf", alignFixture("no-copy.pdf"), u"permissions forbid copying its text", 0},
            {"scan.pdf", alignFixture("scan.pdf"), u"no text layer", 0},
            {"long.pdf", alignFixture("long.pdf"), u"has 501 pages; a translation or an original of at most 500", 0},
            {"renamed.pdf", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"not a PDF", 0},
        },
        [](const QString &path) { SourceReader::read(path, Lang::En); });
}

TEST_CASE("a file in the other language is refused with a hint to swap the files", "[align][badinput]")
{
    const struct
    {
        const char *file;
        Lang given;
        const char16_t *expected;
    } cases[] = {
        {"paper-zh.txt", Lang::En, u"mostly Chinese"},           {"paper-zh-gb18030.html", Lang::En, u"mostly Chinese"},
        {"regulation-zh.pdf", Lang::En, u"mostly Chinese"},      {"paper-en.txt", Lang::Zh, u"mostly in Latin letters"},
        {"paper-en.html", Lang::Zh, u"mostly in Latin letters"}, {"paper-en.pdf", Lang::Zh, u"mostly in Latin letters"},
    };
    for (const auto &c : cases) {
        INFO(c.file);
        const QString path = fixture(QStringLiteral("align/") + QString::fromLatin1(c.file));
        try {
            SourceReader::read(path, c.given);
            FAIL("no error");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Data);
            CHECK(error.file() == path);
            CHECK(error.message().contains(QStringView(c.expected)));
            CHECK(error.message().contains(u"swap the two files (--en and --zh)"));
        }
    }
    // Signs and numbers only are neither language.
    try {
        SourceReader::readBytes("2022\n\n2023 — 42%\n", QStringLiteral("numbers.txt"), Lang::En);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"no words in either language"));
    }
}

TEST_CASE("a file larger than 16 MB is refused before it is read", "[align][badinput]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.txt"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.resize(SourceReader::MaxFileSize + 1)); // sparse: no 16 MB written
    file.close();
    try {
        SourceReader::read(path, Lang::En);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Data);
        CHECK(error.file() == path);
        CHECK(error.message() == u"the file is 16.0 MB; a translation or an original can be at most 16 MB");
    }
    const QByteArray bytes(SourceReader::MaxFileSize + 1, 'a');
    CHECK_THROWS_AS(SourceReader::readBytes(bytes, QStringLiteral("huge.txt"), Lang::En), Error);

    try {
        SourceReader::read(dir.path(), Lang::En);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.message().contains(u"is a directory"));
    }
    try {
        SourceReader::read(dir.filePath(QStringLiteral("missing.html")), Lang::En);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Io);
    }
}
