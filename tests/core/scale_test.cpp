// A library of many papers (issue 16): opening it, listing it and looking one paper up read what
// is asked for, not the whole library. The papers are tiny so that many of them cost little.

#include "framework/frameworkloader.h"
#include "framework/frameworkstore.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "library/paperimporter.h"
#include "models/documentsmodel.h"
#include "models/modelroles.h"
#include "storage/database.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>

using namespace duizhao;
using namespace duizhao::test;

namespace {

constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString tinyTitle(int i)
{
    return QStringLiteral("A Tiny Paper %1").arg(i);
}

// The tiny fixture paper under a title of its own, so each is a paper of its own.
QByteArray tinyPaper(int i)
{
    QByteArray bytes = readFile(fixture(QStringLiteral("papers/no-summary.txt")));
    const qsizetype end = bytes.indexOf('\n');
    REQUIRE(end > 0);
    return tinyTitle(i).toUtf8() + bytes.mid(end);
}

// A library of `count` tiny papers, imported as the CLI imports them (framework rows included),
// numbered 1… in import order.
struct ManyPapers
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("many.duizhao"));
    QList<qint64> ids; // of paper 1, 2, …

    explicit ManyPapers(int count)
    {
        Library library(path);
        QList<PaperSource> sources;
        for (int i = 1; i <= count; ++i)
            sources.append(PaperSource::bytes(tinyPaper(i), QStringLiteral("tiny-%1.txt").arg(i)));
        const ImportResult result = PaperImporter(library).import(sources);
        REQUIRE(result.errors.isEmpty());
        REQUIRE(result.added() == count);
        for (const ImportedPaper &paper : result.papers)
            ids.append(paper.documentId);
    }
};

} // namespace

TEST_CASE("the Library panel's model reads a library of many papers a page at a time", "[models][scale]")
{
    const ManyPapers many(250);
    Library library(many.path);
    DocumentsModel model;
    QAbstractItemModelTester tester(&model, Fatal);
    model.setLibrary(&library);
    // Before a view asks for more, one page: what showing the list costs, whatever the library holds.
    CHECK(model.rowCount() == DocumentsModel::PageSize);
    CHECK(model.canFetchMore({}));
    CHECK(model.index(0, DocumentsModel::TitleColumn).data().toString() == tinyTitle(1));
    CHECK(model.index(99, DocumentsModel::TitleColumn).data().toString() == tinyTitle(100));
    CHECK(model.index(99, 0).data(DocumentIdRole).toLongLong() == many.ids[99]);
    // A paper not read yet has no row until it is.
    CHECK_FALSE(model.indexForDocument(many.ids[150]).isValid());

    model.fetchMore({});
    CHECK(model.rowCount() == 2 * DocumentsModel::PageSize);
    CHECK(model.index(199, DocumentsModel::TitleColumn).data().toString() == tinyTitle(200));
    model.fetchMore({});
    CHECK(model.rowCount() == 250);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(249, DocumentsModel::TitleColumn).data().toString() == tinyTitle(250));
    CHECK(model.indexForDocument(many.ids[150]).row() == 150);

    // Selecting a paper far down reads the pages up to it, not the rest.
    DocumentsModel selecting;
    selecting.setLibrary(&library);
    CHECK(selecting.fetchDocument(many.ids[120]).row() == 120);
    CHECK(selecting.rowCount() == 2 * DocumentsModel::PageSize);
    CHECK_FALSE(selecting.fetchDocument(many.ids.back() + 1).isValid());
    CHECK(selecting.rowCount() == 250);

    model.setLibrary(nullptr);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("a library looks one paper up by its id or content hash, and pages through the others", "[library][scale]")
{
    const ManyPapers many(12);
    Library library(many.path);
    CHECK(library.documentCount() == 12);
    const std::optional<DocumentInfo> fifth = library.document(many.ids[4]);
    REQUIRE(fifth);
    CHECK(fifth->meta.titleEn == tinyTitle(5));
    CHECK(fifth->meta.authors.size() == 1);
    CHECK(fifth->unitCount == PaperReader::parseBytes(tinyPaper(5), QStringLiteral("x.txt")).units.size());
    CHECK_FALSE(library.document(many.ids.back() + 1));
    CHECK_FALSE(library.document(0));

    const std::optional<DocumentInfo> byHash = library.documentWithHash(fifth->contentHash);
    REQUIRE(byHash);
    CHECK(byHash->id == many.ids[4]);
    CHECK_FALSE(library.documentWithHash("no-such-hash"));

    const QList<DocumentInfo> page = library.documents(many.ids[4], 3);
    REQUIRE(page.size() == 3);
    CHECK(page[0].meta.titleEn == tinyTitle(6));
    CHECK(page[2].meta.titleEn == tinyTitle(8));
    CHECK(library.documents(many.ids.back(), 3).isEmpty());
    CHECK(library.documents(0, -1).size() == 12);
    CHECK(library.documentsBefore(many.ids[4]) == 4);
}

TEST_CASE("opening a library of papers without framework data looks at none of them again", "[framework][scale]")
{
    const ManyPapers many(40);
    const QByteArray imported = libraryFingerprint(many.path);
    // Every paper was looked at on import: opening changes nothing and attaches nothing.
    {
        Library library(many.path);
        CHECK(FrameworkLoader::attachMissing(library) == 0);
    }
    CHECK(libraryFingerprint(many.path) == imported);

    // A library from a build before this one marked papers without data with an empty hash: the
    // first opening checks their titles once and marks them, the next looks at none of them.
    {
        Database db(many.path);
        db.exec("UPDATE framework_sets SET data_hash = ''");
    }
    {
        Library library(many.path);
        CHECK(FrameworkLoader::attachMissing(library) == 0);
        CHECK(FrameworkStore(library).checkedHash(many.ids[0]) == FrameworkStore(library).checkedHash(many.ids[39]));
        CHECK_FALSE(FrameworkStore(library).checkedHash(many.ids[0])->isEmpty());
    }
    const QByteArray marked = libraryFingerprint(many.path);
    {
        Library library(many.path);
        CHECK(FrameworkLoader::attachMissing(library) == 0);
    }
    CHECK(libraryFingerprint(many.path) == marked);
}

TEST_CASE("opening a library attaches data to the papers that need it, and only those", "[framework][scale]")
{
    const ManyPapers many(5);
    qint64 bundled = 0;
    qint64 added = 0;
    {
        Library library(many.path);
        // The bundled paper as a build without its data saw it: no data, an empty hash.
        bundled = addBundledPaper(library).documentId;
        Database &db = library.database();
        db.exec(QStringLiteral("UPDATE framework_sets SET curated = 0, source = '', data_hash = '' "
                               "WHERE document_id = %1")
                    .arg(bundled)
                    .toUtf8()
                    .constData());
        REQUIRE_FALSE(FrameworkStore(library).hasFramework(bundled));
        // And a paper stored without ever being looked at (an import interrupted before it).
        added = library.addPaper(PaperReader::parseBytes(tinyPaper(6), QStringLiteral("tiny-6.txt"))).documentId;
    }
    OpenedLibrary opened = openLibrary(many.path);
    FrameworkStore frameworks(*opened.library);
    CHECK(frameworks.hasFramework(bundled));
    CHECK_FALSE(frameworks.nodes(bundled).isEmpty());
    CHECK(frameworks.checkedHash(added).has_value());
    CHECK_FALSE(frameworks.hasFramework(many.ids[0]));
}
