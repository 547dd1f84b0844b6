// PaperImporter, the one way papers get into a library (CLI, GUI, a new library's bundled paper):
// sources read first, then stored with their framework in one transaction; progress in files and
// bytes; bad sources and a cancel leave the library as it was.

#include "bundledpaper.h"
#include "error.h"
#include "framework/frameworkstore.h"
#include "framework/measurestore.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "library/paperimporter.h"
#include "search/searchquery.h"
#include "storage/statement.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <QSet>

using namespace duizhao;
using namespace duizhao::test;

namespace {

// The bundled paper's text with one sentence the curated data quotes changed: the data is found
// by the title, but its anchor no longer matches, as with another version of the paper.
QByteArray otherVersionOfBundledPaper()
{
    QByteArray bytes = bundledSource();
    REQUIRE(bytes.count("Technological power is the foundation") == 1);
    bytes.replace("Technological power is the foundation", "Technological power is the basis");
    return bytes;
}

// A library file holding the bundled paper, and its fingerprint before the test changes anything.
struct BundledLibrary
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("bundled.duizhao"));
    QByteArray before = [this] {
        Library library(path);
        addBundledPaper(library);
        return libraryFingerprint(path);
    }();
};

} // namespace

TEST_CASE("the importer stores every source with its framework and says what it did", "[import][library]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("import.duizhao")));
    const QString chapters = fixture(QStringLiteral("papers/chapters.txt"));
    const QString measures = fixture(QStringLiteral("papers/measures.txt"));
    QList<ImportProgress> seen;
    const ImportResult result = PaperImporter(library).import(
        {PaperSource::bundled(), PaperSource::file(chapters), PaperSource::file(measures)},
        [&](const ImportProgress &progress) {
            seen.append(progress);
            return true;
        });
    REQUIRE(result.errors.isEmpty());
    REQUIRE(result.papers.size() == 3);
    CHECK(result.added() == 3);
    CHECK_FALSE(result.hasWarnings());
    CHECK(result.papers[0].source == BundledPaper::fileName());
    CHECK(result.papers[0].titleEn.startsWith(u"U.S. Technology Competition with China"));
    CHECK(result.papers[1].source == chapters);
    CHECK(result.papers[1].titleEn == u"Regulations on the Management of Example Data");
    CHECK(result.papers[2].titleEn == u"A Small Paper on Chip Measures");
    REQUIRE(library.documents().size() == 3);
    for (const ImportedPaper &paper : result.papers) {
        INFO(paper.source.toStdString());
        CHECK(paper.added);
        REQUIRE(library.document(paper.documentId));
        CHECK(library.document(paper.documentId)->meta.titleEn == paper.titleEn);
    }
    // The bundled paper comes with its curated framework; a paper without data gets candidates.
    CHECK(FrameworkStore(library).hasFramework(result.papers[0].documentId));
    CHECK(MeasureStore(library).measures(result.papers[0].documentId).size() == 50);
    CHECK_FALSE(FrameworkStore(library).hasFramework(result.papers[2].documentId));
    CHECK(MeasureStore(library).candidates(result.papers[2].documentId).size() >= 2);

    // Progress counts files and the bytes of the sources, reading first, then storing, and
    // reaches the end.
    const qint64 bytes = BundledPaper::bytes().size() + QFileInfo(chapters).size() + QFileInfo(measures).size();
    REQUIRE(seen.size() > 6);
    QSet<int> stored;
    double last = 0;
    for (const ImportProgress &p : seen) {
        CHECK(p.files == 3);
        CHECK(p.bytes == bytes);
        CHECK(p.fraction() >= last);
        last = p.fraction();
        if (p.phase == ImportProgress::Phase::Storing)
            stored.insert(p.current);
    }
    CHECK(seen.front().phase == ImportProgress::Phase::Reading);
    CHECK(seen.back().phase == ImportProgress::Phase::Storing);
    CHECK(seen.back().bytesDone == bytes);
    CHECK(seen.back().fraction() == 1.0);
    CHECK(stored == QSet<int>{0, 1, 2});

    // A paper already there is not added twice; the result names the document it is.
    const ImportResult again = PaperImporter(library).import({PaperSource::file(chapters)});
    REQUIRE(again.papers.size() == 1);
    CHECK_FALSE(again.papers.front().added);
    CHECK(again.papers.front().documentId == result.papers[1].documentId);
    CHECK(again.added() == 0);
    CHECK(library.documents().size() == 3);
}

TEST_CASE("sources that cannot be read are all named, and nothing is stored", "[import][library][badinput]")
{
    BundledLibrary f;
    const QTemporaryDir &dir = f.dir;
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    writeFile(empty, QByteArray());
    const QString invalid = dir.filePath(QStringLiteral("invalid.txt"));
    writeFile(invalid, QByteArray("A Title\n\nA summary.\n\nBroken \xC3\x28 here\n"));
    const QString missing = dir.filePath(QStringLiteral("missing.txt"));

    Library library(f.path);
    const ImportResult result = PaperImporter(library).import(
        {PaperSource::file(fixture(QStringLiteral("papers/chapters.txt"))), PaperSource::file(empty),
         PaperSource::file(fixture(QStringLiteral("papers/measures.txt"))), PaperSource::file(invalid),
         PaperSource::file(missing)});
    CHECK(result.papers.isEmpty());
    REQUIRE(result.errors.size() == 3);
    CHECK(result.errors[0].text() == empty + u":1: the file is empty");
    CHECK(result.errors[1].file() == invalid);
    CHECK(result.errors[1].line() == 5);
    CHECK(result.errors[1].message().contains(u"invalid UTF-8"));
    CHECK(result.errors[2].file() == missing);
    CHECK(result.errors[2].kind() == Error::Kind::Io);
    CHECK(libraryFingerprint(f.path) == f.before);
}

TEST_CASE("a cancelled import stores nothing, while reading or while storing", "[import][library]")
{
    BundledLibrary f;
    const QList<PaperSource> sources = {PaperSource::file(fixture(QStringLiteral("papers/chapters.txt"))),
                                        PaperSource::file(fixture(QStringLiteral("papers/measures.txt")))};
    Library library(f.path);
    for (const ImportProgress::Phase phase : {ImportProgress::Phase::Reading, ImportProgress::Phase::Storing}) {
        // Cancelled in the second paper, after the first was stored (in storing).
        bool asked = false;
        try {
            PaperImporter(library).import(sources, [&](const ImportProgress &p) {
                asked =
                    p.phase == phase && p.current == 1 && (phase == ImportProgress::Phase::Reading || p.stepsDone > 0);
                return !asked;
            });
            FAIL("not cancelled");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Cancelled);
        }
        CHECK(asked);
        CHECK(libraryFingerprint(f.path) == f.before);
    }
    CHECK(library.documents().size() == 1);
}

TEST_CASE("curated data that does not fit the paper is a warning of the import, not a failure", "[import][framework]")
{
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("warn.duizhao")));
    const QString file = dir.filePath(QStringLiteral("other-version.txt"));
    writeFile(file, otherVersionOfBundledPaper());
    const ImportResult result = PaperImporter(library).import(
        {PaperSource::file(fixture(QStringLiteral("papers/chapters.txt"))), PaperSource::file(file)});
    REQUIRE(result.errors.isEmpty());
    REQUIRE(result.papers.size() == 2);
    CHECK(result.papers[0].warnings.isEmpty());
    const ImportedPaper &paper = result.papers[1];
    CHECK(paper.added);
    REQUIRE(paper.warnings.size() == 1);
    CHECK(paper.warnings.front().contains(u"does not fit this text of the paper"));
    CHECK(paper.warnings.front().contains(u"measure candidates were proposed instead"));
    CHECK(result.hasWarnings());
    CHECK_FALSE(FrameworkStore(library).hasFramework(paper.documentId));
    CHECK_FALSE(MeasureStore(library).candidates(paper.documentId).isEmpty());
}

TEST_CASE("a source of another kind imports through the same importer", "[import][library]")
{
    // The seam for a paper made from two files (a translation and its original): any reader that
    // produces a Paper, named as the user would recognise it, with its errors reported as they are.
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("kinds.duizhao")));
    const QByteArray bytes = readFile(fixture(QStringLiteral("papers/two-levels.txt")));
    const PaperSource pair(QStringLiteral("en.txt + zh.txt"), 2 * bytes.size(),
                           [bytes] { return PaperReader::parseBytes(bytes, QStringLiteral("en.txt")); });
    const PaperSource broken(QStringLiteral("a.txt + b.txt"), 10, []() -> Paper {
        throw Error(Error::Kind::Data, QStringLiteral("the original has 3 paragraphs more"), QStringLiteral("b.txt"),
                    7);
    });
    const ImportResult failed = PaperImporter(library).import({pair, broken});
    REQUIRE(failed.errors.size() == 1);
    CHECK(failed.errors.front().text() == u"b.txt:7: the original has 3 paragraphs more");
    CHECK(library.documents().isEmpty());

    const ImportResult result = PaperImporter(library).import({pair});
    REQUIRE(result.papers.size() == 1);
    CHECK(result.papers.front().source == u"en.txt + zh.txt");
    CHECK(result.papers.front().titleEn == u"Chips and Standards: A Two-Level Paper");
    CHECK(library.documents().size() == 1);
}

TEST_CASE("file 3 of 5 is bad: the others are read, it is named with its line, and nothing is stored",
          "[import][library][badinput]")
{
    // Sources are read and stored one after the other in one transaction: papers 1 and 2 are
    // already stored when file 3 turns out bad, and the library must still come out unchanged.
    BundledLibrary f;
    const QString bad = f.dir.filePath(QStringLiteral("bad.txt"));
    writeFile(bad, QByteArray("A Title\n\nA summary.\n\nBroken \xC3\x28 here\n"));
    const QString chapters = fixture(QStringLiteral("papers/chapters.txt"));
    const QString measures = fixture(QStringLiteral("papers/measures.txt"));
    const QString twoLevels = fixture(QStringLiteral("papers/two-levels.txt"));
    Library library(f.path);
    QSet<int> storedBeforeTheBadOne;
    const ImportResult result = PaperImporter(library).import(
        {PaperSource::file(chapters), PaperSource::file(measures), PaperSource::file(bad), PaperSource::file(twoLevels),
         PaperSource::bytes(otherVersionOfBundledPaper(), QStringLiteral("other.txt"))},
        [&](const ImportProgress &p) {
            if (p.phase == ImportProgress::Phase::Storing && p.current < 2 && p.stepsDone == 0)
                storedBeforeTheBadOne.insert(p.current);
            CHECK_FALSE((p.phase == ImportProgress::Phase::Storing && p.current > 2));
            return true;
        });
    CHECK(storedBeforeTheBadOne == QSet<int>{0, 1});
    CHECK(result.papers.isEmpty());
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.front().file() == bad);
    CHECK(result.errors.front().line() == 5);
    CHECK(result.errors.front().message().contains(u"invalid UTF-8"));
    CHECK(libraryFingerprint(f.path) == f.before);
    CHECK(library.documents().size() == 1);
}

TEST_CASE("papers imported together are all found by search once the import is done", "[import][library][search]")
{
    // The index is written for many papers at once (after storing them): none may be left out
    // or indexed twice.
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("batch.duizhao")));
    const ImportResult result = PaperImporter(library).import(
        {PaperSource::file(fixture(QStringLiteral("papers/chapters.txt"))),
         PaperSource::file(fixture(QStringLiteral("papers/measures.txt"))), PaperSource::bundled()});
    REQUIRE(result.papers.size() == 3);
    Statement rows(library.database(), "SELECT count(*) FROM search_index");
    rows.step();
    Statement texts(library.database(), "SELECT (SELECT count(*) FROM units WHERE en <> '') + "
                                        "(SELECT count(*) FROM units WHERE zh <> '')");
    texts.step();
    CHECK(rows.integer(0) == texts.integer(0));
    for (const ImportedPaper &paper : result.papers) {
        const Paper stored = library.loadPaper(paper.documentId);
        const QString word = stored.units.back().zh.left(2);
        SearchOptions options;
        options.documentId = paper.documentId;
        CHECK_FALSE(library.search(SearchQuery::parse(word), options).isEmpty());
    }
}
