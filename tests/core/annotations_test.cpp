// Annotations in the library: what a reader marks is stored at once, comes back exactly, can be
// undone and redone, filtered, and shared as JSON without duplicates.

#include "annotations/addannotationcommand.h"
#include "annotations/annotationfilterproxy.h"
#include "annotations/annotationjson.h"
#include "annotations/annotationpalette.h"
#include "annotations/annotationsmodel.h"
#include "annotations/annotationstore.h"
#include "annotations/editannotationcommand.h"
#include "annotations/removeannotationcommand.h"
#include "error.h"
#include "library/openlibrary.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUndoStack>

using namespace duizhao;
using namespace duizhao::test;

namespace {

// A library file with the bundled paper in it.
struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("annotations.duizhao"));
    std::unique_ptr<Library> library;
    std::unique_ptr<AnnotationStore> store;
    qint64 doc = 0;
    Paper paper;

    Fixture()
    {
        library = std::make_unique<Library>(path);
        doc = addBundledPaper(*library).documentId;
        store = std::make_unique<AnnotationStore>(*library);
        store->setAuthor(QStringLiteral("Tester"));
        paper = library->loadPaper(doc);
    }

    Annotation mark(int seq, Lang lang, const QString &words, const QString &color = {}, const QString &note = {},
                    const QStringList &tags = {})
    {
        return markWords(*store, paper, doc, seq, lang, words, color, note, tags);
    }

    Annotation code(int seq, const QString &note, const QStringList &tags)
    {
        Annotation a;
        a.documentId = doc;
        a.unitSeq = seq;
        a.scope = AnnotationScope::Unit;
        a.note = note;
        a.tags = tags;
        a.color = QStringLiteral("blue");
        return store->add(a);
    }
};

} // namespace

TEST_CASE("schema 3 seeds the framework's codes as built-in tags", "[annotations][migrations]")
{
    Fixture f;
    CHECK(f.library->database().userVersion() >= 3); // schema 3 and the steps after it
    const QList<Tag> tags = f.store->tags();
    REQUIRE(tags.size() == 5);
    QStringList names;
    for (const Tag &tag : tags) {
        names.append(tag.name);
        CHECK(tag.builtin);
        CHECK(AnnotationPalette::normalizedHex(tag.color) == tag.color);
    }
    CHECK(names == QStringList{u"power"_qs, u"order"_qs, u"values"_qs, u"dilemmas"_qs, u"countermeasures"_qs});
    CHECK(f.store->tag(QStringLiteral("values"))->nameZh == u"价值观竞争");
    CHECK(f.store->tag(QStringLiteral("dilemmas"))->nameZh == u"困境");
}

TEST_CASE("every write is durable: WAL with synchronous=FULL", "[annotations][durability]")
{
    Fixture f;
    Statement mode(f.library->database(), "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == u"wal");
    Statement sync(f.library->database(), "PRAGMA synchronous");
    REQUIRE(sync.step());
    CHECK(sync.integer(0) == 2); // FULL: the WAL is synced at every commit
}

TEST_CASE("a highlight is stored with its words and comes back exactly", "[annotations]")
{
    Fixture f;
    QSignalSpy changed(f.store.get(), &AnnotationStore::changed);
    const Annotation a = f.mark(12, Lang::Zh, u"由“ 全面脱钩” 转向“ 小院高墙”"_qs, QStringLiteral("green"),
                                u"The shift.\nSecond line."_qs, {u"power"_qs});
    CHECK(changed.count() == 1);
    CHECK(changed.front().front().toLongLong() == f.doc);
    CHECK(a.id > 0);
    CHECK(a.uuid.size() == 36);
    CHECK(a.color == u"#9BE59B");
    CHECK(a.quote == u"由“ 全面脱钩” 转向“ 小院高墙”");
    CHECK(a.author == u"Tester");
    CHECK(a.created.timeSpec() == Qt::UTC);

    // A second connection (another program) sees it: it was committed before add() returned.
    Library other(f.path);
    AnnotationStore otherStore(other);
    const std::optional<Annotation> loaded = otherStore.get(a.id);
    REQUIRE(loaded);
    CHECK(*loaded == a);
    CHECK(otherStore.findByUuid(a.uuid)->id == a.id);
}

TEST_CASE("bad marks are refused with a usable message", "[annotations]")
{
    Fixture f;
    Annotation a;
    a.documentId = f.doc;
    a.unitSeq = 99;
    a.start = 0;
    a.length = 3;
    CHECK_THROWS_WITH(f.store->add(a), Catch::Contains("units 1 to 57"));
    a.unitSeq = 2;
    a.start = 100000;
    CHECK_THROWS_WITH(f.store->add(a), Catch::Contains("outside unit 2"));
    a.start = 0;
    a.color = QStringLiteral("#123456");
    CHECK_THROWS_WITH(f.store->add(a), Catch::Contains("yellow, green, blue, pink, orange, purple"));
    a.color.clear();
    a.quote = QStringLiteral("words that are not there");
    CHECK_THROWS_WITH(f.store->add(a), Catch::Contains("are not in unit 2"));
    CHECK(f.store->list().isEmpty());
}

TEST_CASE("a mark whose offsets drifted is found again by its words", "[annotations]")
{
    Fixture f;
    Annotation a;
    a.documentId = f.doc;
    a.unitSeq = 12;
    a.lang = Lang::En;
    a.quote = QStringLiteral("Critical and Emerging Technologies List");
    a.start = 3; // wrong on purpose
    a.length = int(a.quote.size());
    const Annotation stored = f.store->add(a);
    CHECK(f.paper.units[11].en.mid(stored.start, stored.length) == a.quote);
}

TEST_CASE("whole-unit codes, tags and filters", "[annotations]")
{
    Fixture f;
    f.mark(12, Lang::En, u"Sacks (2019) argues"_qs, QStringLiteral("pink"), QStringLiteral("criteria"), {u"power"_qs});
    f.mark(12, Lang::Zh, u"小院高墙” 政策"_qs, {}, {}, {u"values"_qs, u"my code"_qs});
    const Annotation unit = f.code(13, QStringLiteral("a dilemma"), {u"dilemmas"_qs});
    CHECK(unit.isUnitScope());
    CHECK(unit.quote.isEmpty());
    CHECK(f.store->tag(QStringLiteral("my code")));
    CHECK_FALSE(f.store->tag(QStringLiteral("my code"))->builtin);

    AnnotationFilter filter;
    filter.documentId = f.doc;
    CHECK(f.store->list(filter).size() == 3);
    filter.tag = QStringLiteral("power");
    CHECK(f.store->list(filter).size() == 1);
    filter = {};
    filter.lang = Lang::Zh; // the unit code covers both languages
    CHECK(f.store->list(filter).size() == 2);
    filter = {};
    filter.color = QStringLiteral("pink");
    CHECK(f.store->list(filter).size() == 1);
    filter = {};
    filter.fromUnit = 13;
    filter.toUnit = 20;
    CHECK(f.store->list(filter).size() == 1);
    filter = {};
    filter.text = QStringLiteral("CRITERIA");
    CHECK(f.store->list(filter).size() == 1);

    // Tag colours are editable; built-in tags cannot be removed or renamed; removing a user tag
    // takes it off every mark.
    CHECK(f.store->updateTag(QStringLiteral("power"), {{}, {}, QStringLiteral("#112233"), false}).color == u"#112233");
    CHECK_THROWS_AS(f.store->removeTag(QStringLiteral("power")), Error);
    CHECK_THROWS_AS(f.store->updateTag(QStringLiteral("power"), {QStringLiteral("strength"), {}, {}, false}), Error);
    CHECK(f.store->removeTag(QStringLiteral("my code")));
    filter = {};
    filter.tag = QStringLiteral("values");
    CHECK(f.store->list(filter).front().tags == QStringList{u"values"_qs});
}

TEST_CASE("add, edit and remove are undoable and redoable", "[annotations][undo]")
{
    Fixture f;
    QUndoStack stack;
    Annotation draft;
    draft.documentId = f.doc;
    draft.unitSeq = 2;
    draft.lang = Lang::En;
    draft.start = 0;
    draft.length = 20;
    draft.note = QStringLiteral("first");

    auto *add = new AddAnnotationCommand(*f.store, draft);
    stack.push(add);
    const Annotation added = add->annotation();
    REQUIRE(added.id > 0);
    CHECK(f.store->list().size() == 1);
    stack.undo();
    CHECK(f.store->list().isEmpty());
    stack.redo();
    REQUIRE(f.store->list().size() == 1);
    CHECK(f.store->list().front() == added); // same id, same uuid, same times

    Annotation changed = added;
    changed.note = QStringLiteral("second");
    changed.color = QStringLiteral("purple");
    changed.tags = {QStringLiteral("order")};
    stack.push(new EditAnnotationCommand(*f.store, added, changed));
    CHECK(f.store->get(added.id)->note == u"second");
    CHECK(f.store->get(added.id)->tags == QStringList{u"order"_qs});
    stack.undo();
    CHECK(*f.store->get(added.id) == added);
    stack.redo();
    const Annotation edited = *f.store->get(added.id);
    CHECK(edited.note == u"second");
    CHECK(edited.color == u"#CDB4FF");

    stack.push(new RemoveAnnotationCommand(*f.store, edited));
    CHECK_FALSE(f.store->get(added.id));
    stack.undo();
    CHECK(*f.store->get(added.id) == edited);
    CHECK(f.store->get(added.id)->uuid == added.uuid);
    stack.redo();
    CHECK(f.store->list().isEmpty());
    // All the way back and forth again.
    stack.undo();
    stack.undo();
    stack.undo();
    CHECK(f.store->list().isEmpty());
    stack.redo();
    CHECK(*f.store->get(added.id) == added);
}

TEST_CASE("a failed write in an undo command is reported, not thrown", "[annotations][undo]")
{
    Fixture f;
    QUndoStack stack;
    QSignalSpy failed(f.store.get(), &AnnotationStore::failed);
    Annotation bad;
    bad.documentId = f.doc;
    bad.unitSeq = 999;
    bad.length = 1;
    stack.push(new AddAnnotationCommand(*f.store, bad));
    CHECK(failed.count() == 1);
    CHECK(failed.front().front().toString().contains(u"no unit 999"));
    CHECK(stack.count() == 0); // obsolete: dropped from the stack
}

TEST_CASE("the annotations model and its filter proxy", "[annotations][model]")
{
    Fixture f;
    AnnotationsModel model(*f.store);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AnnotationFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setDocument(f.doc);
    CHECK(model.rowCount() == 0);
    f.mark(12, Lang::En, u"Sacks (2019) argues"_qs, QStringLiteral("pink"), QStringLiteral("criteria"), {u"power"_qs});
    f.mark(33, Lang::Zh, u"其一"_qs, {}, QStringLiteral("第一点"), {u"countermeasures"_qs});
    f.code(13, QStringLiteral("a dilemma"), {u"dilemmas"_qs});
    REQUIRE(model.rowCount() == 3); // refreshed through AnnotationStore::changed
    CHECK(model.columnCount() == AnnotationsModel::ColumnCount);
    CHECK(model.headerData(AnnotationsModel::QuoteColumn, Qt::Horizontal).toString() == u"Quote");
    CHECK(model.index(0, AnnotationsModel::UnitColumn).data().toInt() == 12);
    CHECK(model.index(0, AnnotationsModel::QuoteColumn).data().toString() == u"Sacks (2019) argues");
    CHECK(model.index(0, AnnotationsModel::TagsColumn).data().toString() == u"power 实力竞争");
    CHECK(model.index(0, AnnotationsModel::ColorColumn).data().toString() == u"pink");
    // The quote shows the same swatch, for views too narrow for the colour column.
    CHECK(model.index(0, AnnotationsModel::QuoteColumn).data(Qt::DecorationRole).value<QColor>() ==
          model.index(0, AnnotationsModel::ColorColumn).data(Qt::DecorationRole).value<QColor>());
    CHECK(model.index(0, AnnotationsModel::QuoteColumn).data(Qt::DecorationRole).value<QColor>().isValid());
    CHECK(model.index(1, AnnotationsModel::LanguageColumn).data().toString() == u"both");
    CHECK(model.index(1, AnnotationsModel::QuoteColumn).data().toString().startsWith(u"(3)"));

    proxy.setTag(QStringLiteral("power"));
    CHECK(proxy.rowCount() == 1);
    proxy.clearFilters();
    proxy.setLanguage(Lang::Zh);
    CHECK(proxy.rowCount() == 2); // the Chinese mark and the whole-unit code
    proxy.clearFilters();
    proxy.setColor(QStringLiteral("pink"));
    CHECK(proxy.rowCount() == 1);
    proxy.clearFilters();
    proxy.setUnitRange(13, 57);
    CHECK(proxy.rowCount() == 2);
    proxy.clearFilters();
    proxy.setText(QStringLiteral("第一"));
    CHECK(proxy.rowCount() == 1);
    proxy.clearFilters();
    proxy.sort(AnnotationsModel::UnitColumn, Qt::DescendingOrder);
    CHECK(proxy.index(0, 0).data().toInt() == 33);

    // An edit elsewhere (the reader, the CLI through another store) refreshes the model.
    const qint64 id = model.index(0, 0).data(AnnotationsModel::IdRole).toLongLong();
    f.store->remove(id);
    CHECK(model.rowCount() == 2);
    CHECK(model.rowOf(id) == -1);
}

TEST_CASE("annotations round-trip through JSON, importing twice adds nothing", "[annotations][json]")
{
    Fixture source;
    source.mark(12, Lang::Zh, u"小院高墙” 政策"_qs, QStringLiteral("orange"), u"多行\n笔记"_qs,
                {u"values"_qs, u"mine"_qs});
    source.mark(2, Lang::En, u"Strategic competition among great powers"_qs);
    source.code(13, QStringLiteral("whole"), {u"dilemmas"_qs});
    source.store->updateTag(QStringLiteral("mine"), {{}, {}, QStringLiteral("#ABCDEF"), false});
    const QByteArray json = AnnotationJson::exportDocument(*source.store, source.doc);

    const QJsonObject root = QJsonDocument::fromJson(json).object();
    CHECK(root[u"format"].toString() == u"duizhao-annotations");
    CHECK(root[u"version"].toInt() == 1);
    CHECK(root[u"paper"].toObject()[u"content_hash"].toString() == QString::fromLatin1(source.paper.contentHash));
    REQUIRE(root[u"annotations"].toArray().size() == 3);

    Fixture target;
    const QString file = target.dir.filePath(QStringLiteral("shared.json"));
    writeFile(file, json);
    const AnnotationImportResult first = AnnotationJson::importFile(*target.store, file);
    CHECK(first.added == 3);
    CHECK(first.skipped == 0);
    const QList<Annotation> imported = target.store->list();
    const QList<Annotation> original = source.store->list();
    REQUIRE(imported.size() == original.size());
    for (qsizetype i = 0; i < imported.size(); ++i) {
        Annotation expected = original[i];
        expected.id = imported[i].id; // row ids are the library's own
        expected.documentId = imported[i].documentId;
        CHECK(imported[i] == expected);
    }
    CHECK(target.store->tag(QStringLiteral("mine"))->color == u"#ABCDEF");

    const QByteArray before = libraryFingerprint(target.path);
    const AnnotationImportResult second = AnnotationJson::importFile(*target.store, file);
    CHECK(second.added == 0);
    CHECK(second.skipped == 3);
    CHECK(libraryFingerprint(target.path) == before);
}

TEST_CASE("importing annotations for a paper the library lacks is refused", "[annotations][json]")
{
    Fixture source;
    source.mark(2, Lang::En, u"Strategic competition among great powers"_qs);
    const QByteArray json = AnnotationJson::exportDocument(*source.store, source.doc);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.duizhao"));
    Library empty(path);
    AnnotationStore store(empty);
    try {
        AnnotationJson::importBytes(store, json, QStringLiteral("shared.json"));
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Data);
        CHECK(error.file() == u"shared.json");
        CHECK(error.message().contains(u"is not in this library; import the paper first"));
        CHECK(error.message().contains(u"U.S. Technology Competition"));
    }
}

TEST_CASE("bad annotation files: a clear message with the line, and an unchanged library",
          "[annotations][json][badinput]")
{
    Fixture source;
    source.mark(2, Lang::En, u"Strategic competition among great powers"_qs);
    source.mark(12, Lang::Zh, u"小院高墙” 政策"_qs);
    const QByteArray good = AnnotationJson::exportDocument(*source.store, source.doc);

    QByteArray invalidUtf8 = good;
    invalidUtf8.insert(invalidUtf8.indexOf("\"annotations\""), "\xC3\x28");
    QByteArray wrongField = good;
    const qsizetype lastScope = wrongField.lastIndexOf("\"scope\": \"range\"");
    wrongField.replace(lastScope, qsizetype(strlen("\"scope\": \"range\"")), "\"scope\": \"sentence\"");
    QByteArray wrongQuote = good;
    wrongQuote.replace("Strategic competition among great powers", "Words that the paper does not have");
    QByteArray newer = good;
    newer.replace("\"version\": 1", "\"version\": 7");
    QByteArray oversized(AnnotationJson::MaxFileSize + 10, ' ');
    oversized.prepend(good);

    const int secondEntryLine = [&] {
        // The line where the second annotation's object starts in the exported file.
        const qsizetype list = good.indexOf("\"annotations\"");
        const qsizetype second = good.indexOf("{", good.indexOf("}", good.indexOf("{", list)) + 1);
        return int(good.left(second).count('\n')) + 1;
    }();

    const QList<BadFile> bads = {
        {"empty.json", QByteArray(), u"the file is empty", 1},
        {"binary.json", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"binary data", 2},
        {"invalid-utf8.json", invalidUtf8, u"invalid UTF-8",
         int(good.left(good.indexOf("\"annotations\"")).count('\n')) + 1},
        {"truncated.json", good.left(good.size() / 2), u"ends too early",
         int(good.left(good.size() / 2).count('\n')) + 1},
        {"oversized.json", oversized, u"an annotations file is text of at most 16 MB", 0},
        {"other.json", QByteArray("{\"hello\": [1, 2, 3]}\n"), u"not a Duizhao annotations file", 1},
        {"newer.json", newer, u"written by a newer Duizhao", 1},
        {"scope.json", wrongField, u"annotation 2: \"scope\" must be", secondEntryLine},
        {"quote.json", wrongQuote, u"annotation 1: the words", 0},
    };

    Fixture target;
    const QByteArray before = libraryFingerprint(target.path);
    checkRefused(target.dir.path(), bads,
                 [&](const QString &path) { AnnotationJson::importFile(*target.store, path); });
    CHECK(libraryFingerprint(target.path) == before);
}

TEST_CASE("marks carry the account's full name, not the program's", "[annotations][author]")
{
    // The GECOS field's first part is the full name; "&" is the capitalised login name.
    struct Account
    {
        const char16_t *gecos;
        const char16_t *login;
        const char16_t *name;
    };
    const QList<Account> accounts = {
        {u"Ada Lovelace,Room 1,555-0100,,", u"ada", u"Ada Lovelace"},
        {u"Ada Lovelace", u"ada", u"Ada Lovelace"},
        {u"顾学明,,,", u"gu", u"顾学明"},
        {u"& Smith,,,", u"john", u"John Smith"},
        {u",,,", u"ada", u"ada"},
        {u"", u"ada", u"ada"},
        {u"", u"", u""},
    };
    for (const Account &a : accounts) {
        INFO(QString::fromUtf16(a.gecos).toStdString());
        CHECK(AnnotationStore::nameFromAccount(QStringView(a.gecos), QStringView(a.login)) == QStringView(a.name));
    }

    Library library(QStringLiteral(":memory:"));
    AnnotationStore store(library);
    CHECK(store.author() == AnnotationStore::defaultAuthor());
    CHECK(store.author() != u"Duizhao");
    store.setAuthor(QStringLiteral("  Ada Lovelace "));
    CHECK(store.author() == u"Ada Lovelace");
    // An emptied name is the account's again.
    store.setAuthor(QString());
    CHECK(store.author() == AnnotationStore::defaultAuthor());
}
