#include "fuzzentries.h"

#include "align/htmlsourcereader.h"
#include "align/pdfsourcereader.h"
#include "annotations/annotationjson.h"
#include "annotations/annotationstore.h"
#include "bundledpaper.h"
#include "error.h"
#include "import/citationfinder.h"
#include "import/footnotefinder.h"
#include "import/numbering.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "search/highlighter.h"
#include "search/searchquery.h"
#include "text/script.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>
#include <memory>

namespace duizhao::fuzz {

namespace {

QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Invariants a finder must keep whatever the input: ranges inside the text, in order.
void check(bool condition)
{
    if (!condition)
        std::abort();
}

// One in-memory library with the bundled paper, shared by every search input.
Library &searchLibrary()
{
    static std::unique_ptr<Library> library = [] {
        auto l = std::make_unique<Library>(QStringLiteral(":memory:"));
        l->addPaper(PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName()));
        return l;
    }();
    return *library;
}

// What every paragraph a source reader gives must be: text without spaces at either end, no
// control characters, and a page or line inside the input.
void checkParagraphs(const SourceDocument &document, int maxPage, int maxLine)
{
    for (const SourceParagraph &paragraph : document.paragraphs) {
        check(!paragraph.text.isEmpty());
        check(!script::isSpace(paragraph.text.front().unicode()) && !script::isSpace(paragraph.text.back().unicode()));
        for (const QChar ch : paragraph.text)
            check(ch.unicode() >= 0x20 || ch == u'\t');
        check(paragraph.page >= 0 && paragraph.page <= maxPage);
        check(paragraph.line >= 0 && paragraph.line <= maxLine);
    }
}

} // namespace

void importer(const std::uint8_t *data, std::size_t size)
{
    try {
        const Paper paper = PaperReader::parseBytes(bytes(data, size), QStringLiteral("fuzz.txt"));
        for (const CitationOccurrence &c : paper.citations) {
            const Unit &unit = paper.units[c.unitSeq - 1];
            const QString &text = c.lang == Lang::En ? unit.en : unit.zh;
            check(c.start >= 0 && c.length > 0 && c.start + c.length <= text.size());
        }
        for (const FootnoteMarker &f : paper.footnotes)
            check(f.start >= 0 && f.start + f.length <= paper.units[f.unitSeq - 1].en.size());
        for (const TreeNode &node : paper.nodes)
            check(node.parent < 0 || paper.nodes[node.parent].depth == node.depth - 1);
    } catch (const Error &) {
        // A clear refusal is the right answer to bad input.
    }
}

void citations(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    int previous = -1;
    for (const FoundCitation &c : findCitations(text)) {
        check(c.start >= 0 && c.length > 0 && c.start + c.length <= text.size());
        check(c.start >= previous);
        previous = c.start;
    }
    QList<Unit> units;
    for (const QString &line : text.split(u'\n')) {
        Unit unit;
        unit.seq = int(units.size()) + 1;
        unit.en = line;
        units.append(unit);
    }
    int expected = 1;
    for (const FootnoteMarker &f : findFootnotes(units)) {
        check(f.number == expected++);
        check(f.start >= 0 && f.start + f.length <= units[f.unitSeq - 1].en.size());
    }
    for (Lang lang : {Lang::En, Lang::Zh}) {
        if (const auto n = parseNumbering(text, lang))
            check(n->length <= text.size() && n->value > 0);
    }
}

void search(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    const SearchQuery query = SearchQuery::parse(text);
    // No input may reach SQLite as syntax: a MATCH error would throw here and fail the target.
    const QList<SearchHit> hits = searchLibrary().search(query, {});
    for (const SearchHit &hit : hits) {
        for (const TextRange &r : hit.snippet.marks)
            check(r.start >= 0 && r.end() <= hit.snippet.text.size());
    }
    const Highlighter highlighter(query);
    for (const TextRange &r : highlighter.matches(text))
        check(r.start >= 0 && r.end() <= text.size());
}

void annotations(const std::uint8_t *data, std::size_t size)
{
    static std::unique_ptr<Library> library = [] {
        auto l = std::make_unique<Library>(QStringLiteral(":memory:"));
        l->addPaper(PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName()));
        return l;
    }();
    static AnnotationStore store(*library);
    try {
        AnnotationJson::importBytes(store, bytes(data, size), QStringLiteral("fuzz.json"));
    } catch (const Error &) {
    }
}

void htmlSource(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = bytes(data, size);
    try {
        const SourceDocument document = HtmlSourceReader::read(input, QStringLiteral("fuzz.html"), Lang::En);
        check(!document.paragraphs.isEmpty());
        checkParagraphs(document, 0, int(input.count('\n')) + 1);
    } catch (const Error &) {
    }
}

void pdfSource(const std::uint8_t *data, std::size_t size)
{
    try {
        // Fewer pages than a user may give: the fuzzer's time goes to many inputs, not one long one.
        const SourceDocument document =
            PdfSourceReader::read(bytes(data, size), QStringLiteral("fuzz.pdf"), Lang::Zh, 20);
        check(!document.paragraphs.isEmpty());
        checkParagraphs(document, 20, 0);
    } catch (const Error &) {
    }
}

} // namespace duizhao::fuzz
