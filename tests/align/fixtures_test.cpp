// The paragraphs Duizhao reads back from translations and originals laid out by other tools
// (LibreOffice, Chromium, Python's html and textwrap, pdftotext; see
// tests/fixtures/align/make-fixtures.sh) are the paragraphs those files were made from.

#include "align/linejoiner.h"
#include "align/sourcereader.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace duizhao;
using namespace duizhao::test;

namespace {

struct Expected
{
    QString text;
    bool heading = false;
};

QList<Expected> expectedParagraphs(const QString &name)
{
    const QJsonArray array =
        QJsonDocument::fromJson(readFile(fixture(QStringLiteral("align/expected/") + name))).array();
    QList<Expected> out;
    for (const QJsonValue &value : array)
        out.append({value[u"text"].toString(), value[u"heading"].toBool()});
    REQUIRE_FALSE(out.isEmpty());
    return out;
}

// Whitespace only: spaces next to Chinese characters and punctuation go (a layout engine may
// set them or not), other runs of spaces become one.
QString normalised(QStringView text)
{
    const auto wide = [](QChar c) { return LineJoiner::isWide(c.unicode()) || QStringView(u"“”‘’—…·").contains(c); };
    QString out;
    bool pending = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x3000)) {
            pending = !out.isEmpty();
            continue;
        }
        if (pending && !wide(c) && !wide(out.back()))
            out += u' ';
        pending = false;
        out += c;
    }
    return out;
}

// What differs between what was read and what was laid out, as a list a reader can act on:
// paragraphs in one and not in the other, by the longest common subsequence.
struct Comparison
{
    int exact = 0;
    int headingsRight = 0;
    QStringList missing; // expected, not read
    QStringList extra;   // read, not expected
};

Comparison compare(const QList<SourceParagraph> &read, const QList<Expected> &expected)
{
    const qsizetype n = read.size();
    const qsizetype m = expected.size();
    QList<QList<int>> lcs(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[i][j] = normalised(read[i].text) == normalised(expected[j].text)
                            ? lcs[i + 1][j + 1] + 1
                            : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    Comparison c;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (normalised(read[i].text) == normalised(expected[j].text)) {
            ++c.exact;
            c.headingsRight += read[i].heading == expected[j].heading ? 1 : 0;
            ++i;
            ++j;
        } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            c.extra.append(read[i++].text);
        } else {
            c.missing.append(expected[j++].text);
        }
    }
    while (i < n)
        c.extra.append(read[i++].text);
    while (j < m)
        c.missing.append(expected[j++].text);
    return c;
}

std::string report(const Comparison &c)
{
    std::string out;
    for (const QString &s : c.missing)
        out += "  missing: " + s.left(160).toStdString() + "\n";
    for (const QString &s : c.extra)
        out += "  read instead: " + s.left(160).toStdString() + "\n";
    return out;
}

struct Case
{
    const char *file;
    Lang lang;
    const char *expected;
    const char *format;
    bool headings;   // the layout marks headings (HTML elements, larger type)
    int missing = 0; // paragraphs allowed to come out wrong, where a tool leaves no trace of them
};

const QList<Case> &cases()
{
    static const QList<Case> all = {
        {"paper-en.txt", Lang::En, "paper-en.json", "text", false},
        {"paper-zh.txt", Lang::Zh, "paper-zh.json", "text", false},
        {"paper-en-wrapped.txt", Lang::En, "paper-en.json", "text", false},
        {"paper-zh-wrapped.txt", Lang::Zh, "paper-zh.json", "text", false},
        {"regulation-en-wrapped.txt", Lang::En, "regulation-en.json", "text", false},
        {"regulation-zh-wrapped.txt", Lang::Zh, "regulation-zh.json", "text", false},
        {"paper-en.html", Lang::En, "paper-en.json", "html", true},
        {"paper-zh-gb18030.html", Lang::Zh, "paper-zh.json", "html", true},
        {"regulation-en.html", Lang::En, "regulation-en.json", "html", true},
        {"paper-zh.pdf", Lang::Zh, "paper-zh.json", "pdf", true},
        {"paper-zh-2col.pdf", Lang::Zh, "paper-zh-2col.json", "pdf", true},
        {"paper-en.pdf", Lang::En, "paper-en.json", "pdf", true},
        {"regulation-zh.pdf", Lang::Zh, "regulation-zh.json", "pdf", true},
        {"paper-zh.pdftotext.txt", Lang::Zh, "paper-zh.json", "text", false},
        // pdftotext -layout of the English PDF keeps no trace of its paragraphs: they are set
        // apart by space, which the dump drops, not by indents or blank lines, and its lines of
        // proportional type vary by a tenth in characters. A paragraph whose last line ends a
        // sentence close to the margin runs on into the next, a full line ending a sentence may
        // end one, and three words that LibreOffice split with a free-standing hyphen ("per -
        // ceptions") and that occur nowhere else whole keep it. 51 of 59 come out exact.
        {"paper-en.pdftotext.txt", Lang::En, "paper-en.json", "text", false, 8},
    };
    return all;
}

} // namespace

TEST_CASE("every paragraph of a fixture made by another tool is read back as it was written", "[align][fixtures]")
{
    for (const Case &c : cases()) {
        const QString path = fixture(QStringLiteral("align/") + QString::fromLatin1(c.file));
        const SourceDocument document = SourceReader::read(path, c.lang);
        const QList<Expected> expected = expectedParagraphs(QString::fromLatin1(c.expected));
        const Comparison result = compare(document.paragraphs, expected);
        INFO(c.file << ": " << result.exact << " of " << expected.size() << " paragraphs exact, "
                    << document.paragraphs.size() << " read\n"
                    << report(result));
        CHECK(document.fileName == path);
        CHECK(document.format == QString::fromLatin1(c.format));
        CHECK(result.exact >= expected.size() - c.missing);
        if (c.missing == 0)
            CHECK(document.paragraphs.size() == expected.size());
        if (c.headings)
            CHECK(result.headingsRight == result.exact);
    }
}

TEST_CASE("no running head, footer or page number is left in the text", "[align][fixtures]")
{
    // The furniture the generators put on the pages (see make_text.py and make_odt.py).
    const QStringList heads = {
        QStringLiteral("Technology Competition and Technology Power      CSIS Interpret: China"),
        QStringLiteral("Interpret: China — Technology Competition and Technology Power"),
        QStringLiteral("OPEN RESEARCH DATA MEASURES"),
        QStringLiteral("· 国际经济合作"),
    };
    static const QRegularExpression pageNumber(QStringLiteral("^(?:- \\d+ -|Page \\d+|第 \\d+ 页|— \\d+ —|\\d+)$"));
    for (const Case &c : cases()) {
        INFO(c.file);
        const SourceDocument document =
            SourceReader::read(fixture(QStringLiteral("align/") + QString::fromLatin1(c.file)), c.lang);
        for (const SourceParagraph &p : document.paragraphs) {
            INFO(p.text.left(100).toStdString());
            for (const QString &head : heads)
                CHECK_FALSE(p.text.contains(head));
            CHECK_FALSE(pageNumber.match(p.text).hasMatch());
            CHECK_FALSE(p.text.contains(QStringLiteral("Page 2 ")));
        }
    }
}

TEST_CASE("a footnote reference stays as the text shows it, the notes themselves are left out", "[align][fixtures]")
{
    for (const char *file : {"paper-en.html", "paper-en.pdf", "paper-en.txt", "paper-en-wrapped.txt"}) {
        INFO(file);
        const SourceDocument document =
            SourceReader::read(fixture(QStringLiteral("align/") + QString::fromLatin1(file)), Lang::En);
        int marked = 0;
        for (const SourceParagraph &p : document.paragraphs) {
            marked += p.text.contains(u"signed in August 20224 will provide") ? 1 : 0;
            CHECK_FALSE(p.text.startsWith(u"Note 4 of the original article"));
            CHECK(p.text != u"Notes");
        }
        CHECK(marked == 1);
    }
}

TEST_CASE("paragraphs know their page in a PDF and their line in a text file", "[align][fixtures]")
{
    const SourceDocument pdf = SourceReader::read(fixture(QStringLiteral("align/paper-zh.pdf")), Lang::Zh);
    CHECK(pdf.paragraphs.front().page == 1);
    CHECK(pdf.paragraphs.back().page == 8); // pdfinfo: 8 pages
    for (qsizetype i = 1; i < pdf.paragraphs.size(); ++i)
        CHECK(pdf.paragraphs[i].page >= pdf.paragraphs[i - 1].page);
    CHECK(pdf.paragraphs.front().line == 0);

    for (const char *file : {"paper-en.txt", "paper-en-wrapped.txt", "regulation-zh-wrapped.txt"}) {
        INFO(file);
        const QString path = fixture(QStringLiteral("align/") + QString::fromLatin1(file));
        const QStringList lines = QString::fromUtf8(readFile(path)).split(u'\n');
        const SourceDocument text = SourceReader::read(path, QByteArray(file).contains("zh") ? Lang::Zh : Lang::En);
        for (const SourceParagraph &p : text.paragraphs) {
            REQUIRE(p.line >= 1);
            REQUIRE(p.line <= lines.size());
            // The paragraph starts with the words on its line.
            const QString first = lines[p.line - 1].trimmed().remove(QChar(0x3000)).left(8);
            CHECK(p.text.startsWith(first));
            CHECK(p.page == 0);
        }
    }
}

TEST_CASE("a PDF's info dictionary gives its title and authors", "[align][fixtures]")
{
    const SourceDocument document = SourceReader::read(fixture(QStringLiteral("align/paper-zh.pdf")), Lang::Zh);
    CHECK(document.meta.title == u"技术权力视角下美国对华技术竞争及中国应对");
    CHECK(document.meta.authors == QStringList{QStringLiteral("顾学明"), QStringLiteral("刘一鸣")});
    // Chromium writes the page's <title>, and no author: none is made up.
    const SourceDocument printed = SourceReader::read(fixture(QStringLiteral("align/paper-zh-2col.pdf")), Lang::Zh);
    CHECK(printed.meta.title == u"技术权力视角下美国对华技术竞争及中国应对");
    CHECK(printed.meta.authors.isEmpty());
    CHECK(printed.meta.date.isEmpty());
}
