// AnnotationController, the one way every view makes and changes marks: it builds them, stores
// them, and makes each change one undo step; a read-only library changes nothing. No window.

#include "annotations/annotationcontroller.h"
#include "annotations/annotationpalette.h"
#include "annotations/annotationstore.h"
#include "error.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "support/testsupport.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace duizhao;
using namespace duizhao::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("controller.duizhao"));
    std::unique_ptr<Library> library = std::make_unique<Library>(path);
    qint64 doc = addBundledPaper(*library).documentId;
    Paper paper = library->loadPaper(doc);
    AnnotationController controller;

    Fixture() { controller.setLibrary(library.get()); }

    // Where `words` stand in unit `seq` (they must occur once).
    MarkedRange range(int seq, Lang lang, const QString &words) const
    {
        const QString &text = lang == Lang::En ? paper.units[seq - 1].en : paper.units[seq - 1].zh;
        REQUIRE(text.count(words) == 1);
        return {seq, lang, int(text.indexOf(words)), int(words.size())};
    }
    QList<Annotation> all() const { return controller.store()->list({}); }
};

} // namespace

TEST_CASE("a highlight over several units is one mark per unit and one undo step", "[annotations][controller]")
{
    Fixture f;
    const QString yellow = AnnotationPalette::resolve(u"yellow");
    QSignalSpy changed(&f.controller, &AnnotationController::changed);
    const QList<Annotation> marks = f.controller.highlight(
        f.doc, {f.range(12, Lang::Zh, u"小院高墙” 政策"_qs), f.range(13, Lang::En, u"CHIPS and Science Act"_qs)},
        yellow);
    REQUIRE(marks.size() == 2);
    CHECK(marks[0].quote == u"小院高墙” 政策");
    CHECK(marks[0].lang == Lang::Zh);
    CHECK(marks[1].quote == u"CHIPS and Science Act");
    CHECK(marks[1].unitSeq == 13);
    for (const Annotation &m : marks) {
        CHECK(m.id > 0);
        CHECK(m.color == yellow);
        CHECK(m.scope == AnnotationScope::Range);
    }
    CHECK(f.all() == marks);
    CHECK(changed.count() == 2);
    CHECK(changed.front().front().toLongLong() == f.doc);

    REQUIRE(f.controller.undoStack()->count() == 1);
    f.controller.undoStack()->undo();
    CHECK(f.all().isEmpty());
    f.controller.undoStack()->redo();
    CHECK(f.all() == marks); // the same marks: ids, uuids and times
}

TEST_CASE("a note, a coded unit, an edit, a retag and a removal each undo as one step", "[annotations][controller]")
{
    Fixture f;
    // The dialog's starting point: words checked against the unit, or the whole unit.
    const Annotation draft = f.controller.draft(f.doc, f.range(12, Lang::Zh, u"小院高墙” 政策"_qs), u"green"_qs);
    CHECK(draft.id == 0);
    CHECK(draft.quote == u"小院高墙” 政策");
    CHECK(draft.color == AnnotationPalette::resolve(u"green"));
    CHECK_THROWS_AS(f.controller.draft(f.doc, {12, Lang::Zh, 0, 100000}, {}), Error);
    CHECK(f.all().isEmpty());
    const Annotation unit = f.controller.unitDraft(f.doc, 13, AnnotationPalette::resolve(u"blue"));
    CHECK(unit.scope == AnnotationScope::Unit);
    CHECK(unit.covers(Lang::En));
    CHECK(unit.covers(Lang::Zh));

    Annotation noted = draft;
    noted.note = QStringLiteral("Key term.\nSee unit 5.");
    noted.tags = {QStringLiteral("power")};
    const Annotation stored = f.controller.add(noted);
    REQUIRE(stored.id > 0);
    CHECK(stored.note == noted.note);
    CHECK(f.controller.store()->get(stored.id)->tags == QStringList{u"power"_qs});
    const Annotation code = f.controller.add(unit);
    REQUIRE(code.id > 0);
    QUndoStack *undo = f.controller.undoStack();
    CHECK(undo->count() == 2);

    Annotation changed = stored;
    changed.color = AnnotationPalette::resolve(u"pink");
    changed.note = QStringLiteral("Changed.");
    changed.quote = QStringLiteral("not what the controller changes");
    CHECK(f.controller.edit(changed));
    const Annotation edited = *f.controller.store()->get(stored.id);
    CHECK(edited.note == u"Changed.");
    CHECK(edited.color == changed.color);
    CHECK(edited.quote == u"小院高墙” 政策");
    CHECK_FALSE(f.controller.edit(edited)); // nothing changed: no step
    CHECK(undo->count() == 3);

    CHECK(f.controller.retag(stored.id, {u"values"_qs, u"order"_qs}));
    CHECK(f.controller.store()->get(stored.id)->tags == QStringList{u"order"_qs, u"values"_qs});
    CHECK(f.controller.remove(code.id));
    CHECK_FALSE(f.controller.store()->get(code.id));
    CHECK_FALSE(f.controller.remove(code.id)); // gone already
    CHECK(undo->count() == 5);

    undo->undo(); // the removal
    CHECK(*f.controller.store()->get(code.id) == code);
    undo->undo(); // the retag
    CHECK(f.controller.store()->get(stored.id)->tags == QStringList{u"power"_qs});
    undo->undo(); // the edit
    CHECK(*f.controller.store()->get(stored.id) == stored);
}

TEST_CASE("a mark that cannot be stored is reported and leaves no undo step", "[annotations][controller]")
{
    Fixture f;
    QSignalSpy failed(&f.controller, &AnnotationController::failed);
    Annotation bad = f.controller.unitDraft(f.doc, 999, {});
    CHECK(f.controller.add(bad).id == 0);
    REQUIRE(failed.count() == 1);
    CHECK(failed.front().front().toString().contains(u"no unit 999"));
    CHECK(f.controller.undoStack()->count() == 0);
    CHECK(f.all().isEmpty());
}

TEST_CASE("tags: adding and renaming are undoable, removing is not and clears the history", "[annotations][controller]")
{
    Fixture f;
    QSignalSpy tagsChanged(&f.controller, &AnnotationController::tagsChanged);
    Tag mine;
    mine.name = QStringLiteral("my-code");
    mine.color = QStringLiteral("#8E8E93");
    f.controller.addTag(mine);
    REQUIRE(f.controller.store()->tag(u"my-code"_qs));
    CHECK(tagsChanged.count() >= 1);
    Annotation a = f.controller.unitDraft(f.doc, 5, {});
    a.tags = {mine.name};
    const Annotation coded = f.controller.add(a);

    Tag renamed = *f.controller.store()->tag(mine.name);
    renamed.name = QStringLiteral("renamed");
    f.controller.updateTag(mine.name, renamed);
    CHECK(f.controller.store()->get(coded.id)->tags == QStringList{u"renamed"_qs}); // the mark follows
    f.controller.undoStack()->undo();
    CHECK(f.controller.store()->get(coded.id)->tags == QStringList{u"my-code"_qs});
    f.controller.undoStack()->redo();

    CHECK(f.controller.undoStack()->count() == 3);
    CHECK(f.controller.removeTag(u"renamed"_qs));
    CHECK_FALSE(f.controller.store()->tag(u"renamed"_qs));
    CHECK(f.controller.store()->get(coded.id)->tags.isEmpty());
    CHECK(f.controller.undoStack()->count() == 0);
    CHECK_FALSE(f.controller.removeTag(u"power"_qs)); // built-in tags stay
    CHECK(f.controller.store()->tag(u"power"_qs));
}

TEST_CASE("a read-only library: the controller changes nothing", "[annotations][controller][faults]")
{
    Fixture f;
    const Annotation kept = f.controller.add(f.controller.unitDraft(f.doc, 5, {}));
    REQUIRE(kept.id > 0);
    f.controller.setLibrary(nullptr);
    CHECK_FALSE(f.controller.store());
    CHECK_FALSE(f.controller.canWrite());
    f.library.reset();
    const QByteArray before = libraryFingerprint(f.path);

    Library readOnly(f.path, Library::Access::ReadOnly);
    f.controller.setLibrary(&readOnly);
    CHECK(f.controller.undoStack()->count() == 0); // steps of the other store are gone
    REQUIRE(f.controller.store());
    CHECK_FALSE(f.controller.canWrite());
    CHECK(f.controller.highlight(f.doc, {f.range(12, Lang::Zh, u"小院高墙” 政策"_qs)}, {}).isEmpty());
    CHECK(f.controller.add(f.controller.unitDraft(f.doc, 6, {})).id == 0);
    Annotation changed = kept;
    changed.note = QStringLiteral("no");
    CHECK_FALSE(f.controller.edit(changed));
    CHECK_FALSE(f.controller.retag(kept.id, {u"order"_qs}));
    CHECK_FALSE(f.controller.remove(kept.id));
    Tag tag;
    tag.name = QStringLiteral("nope");
    f.controller.addTag(tag);
    CHECK(f.controller.undoStack()->count() == 0);
    f.controller.setLibrary(nullptr);
    CHECK(libraryFingerprint(f.path) == before);
}
