// The alignment review's edits (issue 12 §4): each one, its undo, what it refuses, and that no
// sequence of them loses or reorders a paragraph.

#include "aligncases.h"
#include "support/testsupport.h"

#include "align/aligner.h"
#include "align/alignmenteditor.h"
#include "align/alignmentlinksmodel.h"
#include "align/sharedtokens.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace duizhao;
using namespace duizhao::test;
using Edit = AlignmentEditor::Edit;

namespace {

AlignmentDraft draftOf(const AlignCase &c)
{
    AlignmentDraft draft;
    draft.en = {QStringLiteral("en.txt"), Lang::En, QStringLiteral("text"), {}, c.en};
    draft.zh = {QStringLiteral("zh.txt"), Lang::Zh, QStringLiteral("text"), {}, c.zh};
    draft.alignment = Aligner::align(c.en, c.zh);
    return draft;
}

// The bundled paper split into two documents, with merges, splits and omissions on one side, so
// the draft has unsure and not one-to-one links as well as sure ones.
// The first seed whose draft has at least two unsure links (the aligner is sure of most).
AlignmentDraft paperDraft()
{
    Perturbation how;
    how.share = 0.25;
    how.pageNoise = true;
    for (quint64 seed = 1;; ++seed) {
        AlignmentDraft draft = draftOf(makeCase(QStringLiteral("paper"), perturbed(bundledPaperUnits(), seed, how)));
        if (draft.alignment.links.size() - draft.alignment.sureCount() >= 2)
            return draft;
    }
}

bool consistent(const AlignmentEditor &editor)
{
    return AlignmentEditor::isConsistent(editor.links(), int(editor.paragraphs(Lang::En).size()),
                                         int(editor.paragraphs(Lang::Zh).size()));
}

struct Snapshot
{
    QList<SourceParagraph> en;
    QList<SourceParagraph> zh;
    QList<AlignmentLink> links;
    QList<AlignmentNote> notes;
    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

Snapshot snapshot(const AlignmentEditor &editor)
{
    return {editor.paragraphs(Lang::En), editor.paragraphs(Lang::Zh), editor.links(), editor.draft().alignment.notes};
}

int firstWhere(const AlignmentEditor &editor, const std::function<bool(const AlignmentLink &)> &test)
{
    for (int k = 0; k < editor.links().size(); ++k) {
        if (test(editor.links()[k]))
            return k;
    }
    return -1;
}

// Applies the edit, checks the invariant and the notes, undoes it and checks that everything is
// as before, redoes it, and returns the links after it.
QList<AlignmentLink> editAndUndo(AlignmentEditor &editor, Edit edit, int link, Lang side = Lang::En)
{
    const Snapshot before = snapshot(editor);
    const int steps = editor.undoStack()->index();
    REQUIRE(editor.canEdit(edit, link, side));
    REQUIRE(editor.edit(edit, link, side));
    CHECK(consistent(editor));
    CHECK(editor.draft().alignment.notes ==
          Aligner::notesFor(editor.links(), editor.paragraphs(Lang::En), editor.paragraphs(Lang::Zh)));
    CHECK(editor.isModified());
    const Snapshot after = snapshot(editor);
    CHECK_FALSE(after == before);
    editor.undoStack()->undo();
    CHECK(snapshot(editor) == before);
    CHECK(editor.undoStack()->index() == steps);
    CHECK(editor.isModified() == (steps > 0));
    editor.undoStack()->redo();
    CHECK(snapshot(editor) == after);
    return editor.links();
}

} // namespace

TEST_CASE("alignment editor: merge a link with the next and with the previous", "[align][editor]")
{
    AlignmentEditor editor(paperDraft());
    const QList<AlignmentLink> before = editor.links();
    const int k = 3;
    const QList<AlignmentLink> merged = editAndUndo(editor, Edit::MergeWithNext, k);
    REQUIRE(merged.size() == before.size() - 1);
    CHECK(merged[k].enFirst == before[k].enFirst);
    CHECK(merged[k].enCount == before[k].enCount + before[k + 1].enCount);
    CHECK(merged[k].zhCount == before[k].zhCount + before[k + 1].zhCount);
    CHECK(merged[k].sure); // the user made it
    CHECK(merged[k + 1] == before[k + 2]);
    editor.undoStack()->undo();

    const QList<AlignmentLink> previous = editAndUndo(editor, Edit::MergeWithPrevious, k);
    CHECK(previous[k - 1].enCount == before[k - 1].enCount + before[k].enCount);
    CHECK(previous[k - 1].zhFirst == before[k - 1].zhFirst);
    editor.undoStack()->undo();

    // Nothing to merge with at the ends.
    CHECK_FALSE(editor.edit(Edit::MergeWithPrevious, 0));
    CHECK_FALSE(editor.edit(Edit::MergeWithNext, int(editor.links().size()) - 1));
    CHECK_FALSE(editor.edit(Edit::MergeWithNext, -1));
    CHECK(editor.links() == before);
}

TEST_CASE("alignment editor: shift a side's first paragraph up and its last one down", "[align][editor]")
{
    AlignmentEditor editor(paperDraft());
    const QList<AlignmentLink> before = editor.links();
    const int k = firstWhere(editor, [](const AlignmentLink &l) { return l.isOneToOne(); });
    REQUIRE(k >= 1);

    SECTION("English first up: the previous link gains it, this link becomes 0–1")
    {
        const QList<AlignmentLink> after = editAndUndo(editor, Edit::ShiftFirstUp, k, Lang::En);
        REQUIRE(after.size() == before.size());
        CHECK(after[k - 1].enCount == before[k - 1].enCount + 1);
        CHECK(after[k].enCount == 0);
        CHECK(after[k].zhCount == 1);
        CHECK(after[k].enFirst == before[k].enFirst + 1);
    }
    SECTION("Chinese last down: the next link starts with it")
    {
        const QList<AlignmentLink> after = editAndUndo(editor, Edit::ShiftLastDown, k, Lang::Zh);
        CHECK(after[k].zhCount == 0);
        CHECK(after[k + 1].zhFirst == before[k].zhFirst);
        CHECK(after[k + 1].zhCount == before[k + 1].zhCount + 1);
    }
    SECTION("shifting both sides of a link away removes the link")
    {
        REQUIRE(editor.edit(Edit::ShiftFirstUp, k, Lang::En));
        const QList<AlignmentLink> after = editAndUndo(editor, Edit::ShiftFirstUp, k, Lang::Zh);
        CHECK(after.size() == before.size() - 1);
        CHECK(after[k - 1].enCount == before[k - 1].enCount + 1);
        CHECK(after[k - 1].zhCount == before[k - 1].zhCount + 1);
    }
    SECTION("impossible shifts change nothing")
    {
        CHECK_FALSE(editor.edit(Edit::ShiftFirstUp, 0, Lang::En));
        CHECK_FALSE(editor.edit(Edit::ShiftLastDown, int(before.size()) - 1, Lang::Zh));
        REQUIRE(editor.edit(Edit::ShiftFirstUp, k, Lang::En));
        CHECK_FALSE(editor.canEdit(Edit::ShiftFirstUp, k, Lang::En)); // no English left in it
        CHECK_FALSE(editor.edit(Edit::ShiftLastDown, k, Lang::En));
        CHECK(editor.undoStack()->count() == 1);
    }
}

TEST_CASE("alignment editor: make a gap and close it again", "[align][editor]")
{
    AlignmentEditor editor(paperDraft());
    const QList<AlignmentLink> before = editor.links();
    const int k = firstWhere(editor, [](const AlignmentLink &l) { return l.isOneToOne(); });
    const QList<AlignmentLink> gap = editAndUndo(editor, Edit::MakeGap, k);
    REQUIRE(gap.size() == before.size() + 1);
    CHECK(gap[k].kind() == QStringLiteral("1-0"));
    CHECK(gap[k + 1].kind() == QStringLiteral("0-1"));
    CHECK(gap[k].enFirst == before[k].enFirst);
    CHECK(gap[k + 1].zhFirst == before[k].zhFirst);
    // Both halves are notes now: two paragraphs without a partner.
    int unpaired = 0;
    for (const AlignmentNote &note : editor.draft().alignment.notes)
        unpaired += note.kind == QStringLiteral("unpaired") && (note.unitSeq == k + 1 || note.unitSeq == k + 2);
    CHECK(unpaired == 2);
    CHECK_FALSE(editor.canEdit(Edit::MakeGap, k)); // already a gap

    // Closing works from either half.
    for (int from : {k, k + 1}) {
        const QList<AlignmentLink> closed = editAndUndo(editor, Edit::CloseGap, from);
        REQUIRE(closed.size() == before.size());
        CHECK(closed[k].enFirst == before[k].enFirst);
        CHECK(closed[k].isOneToOne());
        editor.undoStack()->undo();
    }
    // A one-to-one link with one-to-one neighbours is no gap to close.
    editor.undoStack()->undo();
    const int plain = firstWhere(editor, [](const AlignmentLink &l) { return l.isOneToOne(); });
    if (plain > 0 && before[plain - 1].isOneToOne() && before[plain + 1].isOneToOne())
        CHECK_FALSE(editor.edit(Edit::CloseGap, plain));
}

TEST_CASE("alignment editor: confirm, pin and unpin a link", "[align][editor]")
{
    AlignmentEditor editor(paperDraft());
    const int unsure = firstWhere(editor, [](const AlignmentLink &l) { return !l.sure; });
    REQUIRE(unsure >= 0);
    const AlignmentLink before = editor.links()[unsure];
    const qsizetype notesBefore = editor.draft().alignment.notes.size();

    const QList<AlignmentLink> confirmed = editAndUndo(editor, Edit::Confirm, unsure);
    CHECK(confirmed[unsure].sure);
    CHECK(confirmed[unsure].confidence == before.confidence); // what the aligner said stays
    if (before.isOneToOne())
        CHECK(editor.draft().alignment.notes.size() == notesBefore - 1);
    CHECK_FALSE(editor.edit(Edit::Confirm, unsure)); // already sure

    const QList<AlignmentLink> pinned = editAndUndo(editor, Edit::Pin, unsure + 1);
    CHECK(pinned[unsure + 1].pinned);
    CHECK(pinned[unsure + 1].sure);
    CHECK_FALSE(editor.edit(Edit::Pin, unsure + 1));
    const QList<AlignmentLink> unpinned = editAndUndo(editor, Edit::Unpin, unsure + 1);
    CHECK_FALSE(unpinned[unsure + 1].pinned);
    CHECK_FALSE(editor.edit(Edit::Unpin, unsure + 1));
}

TEST_CASE("alignment editor: split a paragraph at a character offset", "[align][editor]")
{
    AlignmentEditor editor(paperDraft());
    const QList<AlignmentLink> before = editor.links();
    const QList<SourceParagraph> zhBefore = editor.paragraphs(Lang::Zh);
    // A one-to-one link whose Chinese has a full stop before its end.
    const int k = firstWhere(editor, [&](const AlignmentLink &l) {
        if (!l.isOneToOne() || l.zhFirst < 2)
            return false;
        const QString &t = zhBefore[l.zhFirst].text;
        const qsizetype stop = t.indexOf(u'。');
        return stop > 0 && stop + 2 < t.size();
    });
    REQUIRE(k >= 0);
    const int p = before[k].zhFirst;
    const QString text = zhBefore[p].text;
    const int at = int(text.indexOf(u'。')) + 1;
    REQUIRE(at > 0);
    REQUIRE(at < text.size());

    const Snapshot original = snapshot(editor);
    REQUIRE(editor.splitParagraph(Lang::Zh, p, at));
    CHECK(consistent(editor));
    const QList<SourceParagraph> &zh = editor.paragraphs(Lang::Zh);
    REQUIRE(zh.size() == zhBefore.size() + 1);
    CHECK(zh[p].text == text.left(at));
    CHECK(zh[p + 1].text == text.mid(at).trimmed());
    CHECK(zh[p + 2] == zhBefore[p + 1]);
    CHECK(editor.paragraphs(Lang::En) == original.en);
    // The link holding it now has two Chinese paragraphs; every later link moved one along.
    CHECK(editor.links()[k].kind() == QStringLiteral("1-2"));
    for (int j = k + 1; j < before.size(); ++j) {
        CHECK(editor.links()[j].zhFirst == before[j].zhFirst + 1);
        CHECK(editor.links()[j].enFirst == before[j].enFirst);
    }
    CHECK(editor.linkOf(Lang::Zh, p + 1) == k);
    // Then the new paragraph can go down into a link of its own, as a translator's split wants.
    editor.undoStack()->undo();
    CHECK(snapshot(editor) == original);

    // Nothing to split off: at either end, inside spaces only, out of range.
    CHECK_FALSE(editor.splitParagraph(Lang::Zh, p, 0));
    CHECK_FALSE(editor.splitParagraph(Lang::Zh, p, int(text.size())));
    CHECK_FALSE(editor.splitParagraph(Lang::Zh, int(zhBefore.size()), 1));
    CHECK_FALSE(editor.splitParagraph(Lang::En, -1, 1));
    CHECK(editor.undoStack()->count() == 1);
    CHECK(editor.undoStack()->index() == 0);
}

TEST_CASE("alignment editor: re-align between pinned links keeps the pins and undoes", "[align][editor]")
{
    AlignmentEditor editor(paperDraft());
    const QList<AlignmentLink> aligned = editor.links();
    // Spoil the alignment by hand, pin a link after the spoilt part, then re-align.
    const int k = 5;
    REQUIRE(editor.edit(Edit::MergeWithNext, k));
    REQUIRE(editor.edit(Edit::MakeGap, k + 3));
    int pin = k + 8;
    while (!editor.links()[pin].isOneToOne())
        ++pin;
    REQUIRE(editor.edit(Edit::Pin, pin));
    const AlignmentLink pinned = editor.links()[pin];
    const Snapshot spoilt = snapshot(editor);

    REQUIRE(editor.realign());
    CHECK(consistent(editor));
    const QList<AlignmentLink> &after = editor.links();
    const int at = editor.linkOf(Lang::En, pinned.enFirst);
    REQUIRE(at >= 0);
    CHECK(after[at].pinned);
    CHECK(after[at].enCount == pinned.enCount);
    CHECK(after[at].zhFirst == pinned.zhFirst);
    // Before the pin, the aligner's own links are back (the aligner's, not the hand-made ones).
    for (int j = 0; j < k + 2; ++j) {
        CHECK(after[j].enFirst == aligned[j].enFirst);
        CHECK(after[j].zhCount == aligned[j].zhCount);
    }
    CHECK_FALSE(editor.realign()); // nothing left to change
    editor.undoStack()->undo();
    CHECK(snapshot(editor) == spoilt);
}

TEST_CASE("alignment editor: random edit sequences never lose a paragraph, and undo all the way", "[align][editor]")
{
    AlignmentEditor editor(paperDraft());
    const Snapshot original = snapshot(editor);
    Random random(20261207);
    int applied = 0;
    for (int step = 0; step < 600; ++step) {
        const int n = int(editor.links().size());
        const int link = random.below(n + 2) - 1; // sometimes out of range
        const Lang side = random.chance(0.5) ? Lang::En : Lang::Zh;
        const int what = random.below(11);
        const Snapshot before = snapshot(editor);
        bool done = false;
        if (what < 9) {
            const Edit edit = Edit(what);
            const bool can = editor.canEdit(edit, link, side);
            done = editor.edit(edit, link, side);
            CHECK(done == can);
        } else if (what == 9) {
            const int p = random.below(int(editor.paragraphs(side).size()));
            done = editor.splitParagraph(side, p, random.below(int(editor.paragraphs(side)[p].text.size()) + 1));
        } else if (random.chance(0.3)) {
            done = editor.realign();
        }
        if (!done)
            CHECK(snapshot(editor) == before);
        applied += done;
        REQUIRE(consistent(editor));
        if (random.chance(0.1) && editor.undoStack()->canUndo()) {
            editor.undoStack()->undo();
            REQUIRE(consistent(editor));
            editor.undoStack()->redo();
        }
    }
    CHECK(applied > 200);
    const Snapshot last = snapshot(editor);
    while (editor.undoStack()->canUndo())
        editor.undoStack()->undo();
    CHECK(snapshot(editor) == original);
    while (editor.undoStack()->canRedo())
        editor.undoStack()->redo();
    CHECK(snapshot(editor) == last);
}

TEST_CASE("alignment editor: next and previous link to review wrap round", "[align][editor]")
{
    AlignmentEditor editor(paperDraft());
    QList<int> review;
    for (int k = 0; k < editor.links().size(); ++k) {
        if (!editor.links()[k].sure || !editor.links()[k].isOneToOne())
            review.append(k);
    }
    REQUIRE(review.size() >= 2);
    CHECK(editor.nextToReview(-1) == review.front());
    CHECK(editor.nextToReview(review.front()) == review[1]);
    CHECK(editor.nextToReview(review.back()) == review.front());
    CHECK(editor.nextToReview(-1, false) == review.back());
    CHECK(editor.nextToReview(review[1], false) == review.front());
}

TEST_CASE("shared tokens: digits and Latin words on both sides, full-width digits too", "[align][editor]")
{
    const QString en = QStringLiteral("In 2022 the WTO counted 15% more, 3.5 times the G20 figure; the end.");
    const QString zh = QStringLiteral("２０２２年，WTO统计增加15%，是G20的3.5倍，另有1998年。");
    const SharedTokens shared = sharedTokens(en, zh);
    CHECK(shared.tokens == QStringList{QStringLiteral("2022"), QStringLiteral("WTO"), QStringLiteral("15"),
                                       QStringLiteral("3.5"), QStringLiteral("G20")});
    QStringList enText;
    for (const TextRange &r : shared.en)
        enText.append(en.mid(r.start, r.length));
    CHECK(enText == shared.tokens);
    QStringList zhText;
    for (const TextRange &r : shared.zh)
        zhText.append(zh.mid(r.start, r.length));
    CHECK(zhText == QStringList{QStringLiteral("２０２２"), QStringLiteral("WTO"), QStringLiteral("15"),
                                QStringLiteral("G20"), QStringLiteral("3.5")});
    CHECK(sharedTokens(QStringLiteral("No numbers."), QStringLiteral("没有数字。")).tokens.isEmpty());
}

TEST_CASE("alignment links model: rows follow the edits, roles say what needs review", "[align][editor]")
{
    AlignmentEditor editor(paperDraft());
    AlignmentLinksModel model(&editor);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model.rowCount() == editor.links().size());
    REQUIRE(model.columnCount() == 4);

    int sure = 0;
    int unsure = 0;
    int notOne = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const AlignmentLink &link = editor.links()[row];
        sure += link.sure;
        unsure += !link.sure;
        notOne += !link.isOneToOne();
        CHECK(model.index(row, 0).data(AlignmentLinksModel::UnsureRole).toBool() == !link.sure);
        CHECK(model.index(row, 0).data(AlignmentLinksModel::OneToOneRole).toBool() == link.isOneToOne());
        // The English cell is the link's English paragraphs, blank line between them.
        QStringList texts;
        for (int i = 0; i < link.enCount; ++i)
            texts.append(editor.paragraphs(Lang::En)[link.enFirst + i].text);
        CHECK(model.index(row, AlignmentLinksModel::EnglishColumn).data().toString() ==
              texts.join(QStringLiteral("\n\n")));
        // Not colour alone: the unsure ones say so in words.
        const QString confidence = model.index(row, AlignmentLinksModel::ConfidenceColumn).data().toString();
        CHECK(confidence.contains(QStringLiteral("unsure")) == (!link.sure && !link.pinned));
    }
    REQUIRE(unsure > 0);
    CHECK(model.summary() == QStringLiteral("%1 links: %2 sure, %3 unsure, %4 not one-to-one")
                                 .arg(editor.links().size())
                                 .arg(sure)
                                 .arg(unsure)
                                 .arg(notOne));

    // A row with a shared number has its ranges in both texts.
    bool sawRanges = false;
    for (int row = 0; row < model.rowCount() && !sawRanges; ++row) {
        const auto enRanges = model.index(row, AlignmentLinksModel::EnglishColumn)
                                  .data(AlignmentLinksModel::SharedRangesRole)
                                  .value<QList<TextRange>>();
        const auto zhRanges = model.index(row, AlignmentLinksModel::ChineseColumn)
                                  .data(AlignmentLinksModel::SharedRangesRole)
                                  .value<QList<TextRange>>();
        if (!enRanges.isEmpty()) {
            CHECK_FALSE(zhRanges.isEmpty());
            sawRanges = true;
        }
    }
    CHECK(sawRanges);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const int rows = model.rowCount();
    REQUIRE(editor.edit(Edit::MergeWithNext, 0));
    CHECK(reset.count() == 1);
    CHECK(model.rowCount() == rows - 1);
    CHECK(model.index(0, AlignmentLinksModel::KindColumn).data().toString().contains(u'⚠') ==
          !editor.links()[0].isOneToOne());
    editor.undoStack()->undo();
    CHECK(model.rowCount() == rows);
}
