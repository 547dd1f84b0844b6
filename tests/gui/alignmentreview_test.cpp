// The alignment review (issue 12 §4) driven as a user drives it: every editor command through its
// QAction, undo, Import writing the paper, Cancel writing nothing, and the way in from the File
// menu and from dropping two files.

#include "align/alignedpaper.h"
#include "align/aligner.h"
#include "align/alignmenteditor.h"
#include "align/alignmentlinksmodel.h"
#include "aligncases.h"
#include "alignmentreviewdialog.h"
#include "dialogs.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "mainwindow.h"
#include "settings.h"
#include "support/testsupport.h"
#include "translationimport.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace duizhao;
using namespace duizhao::gui;
using namespace duizhao::test;
using Edit = AlignmentEditor::Edit;

namespace {

// The bundled paper as two documents with merges, splits and omissions: unsure and not
// one-to-one links as well as sure ones.
// The first seed whose draft has two unsure links or more (the aligner is sure of most).
AlignmentDraft perturbedDraft()
{
    Perturbation how;
    how.share = 0.25;
    how.pageNoise = true;
    for (quint64 seed = 1;; ++seed) {
        const AlignCase c = makeCase(QStringLiteral("paper"), perturbed(bundledPaperUnits(), seed, how));
        AlignmentDraft draft;
        draft.en = {QStringLiteral("paper-en.txt"), Lang::En, QStringLiteral("text"), {}, c.en};
        draft.zh = {QStringLiteral("paper-zh.txt"), Lang::Zh, QStringLiteral("text"), {}, c.zh};
        draft.alignment = Aligner::align(c.en, c.zh);
        draft.meta.titleEn = QStringLiteral("A Test Paper");
        if (draft.alignment.links.size() - draft.alignment.sureCount() >= 2)
            return draft;
    }
}

// Both fixture files read and aligned the way File → Import Translation and Original… does.
AlignmentDraft fixtureDraft()
{
    const DraftOutcome outcome = DraftJob::run(fixture(QStringLiteral("align/paper-en.txt")),
                                               fixture(QStringLiteral("align/paper-zh.txt")), true, {});
    REQUIRE(outcome.error.isEmpty());
    REQUIRE_FALSE(outcome.cancelled);
    return outcome.draft;
}

QAction *action(QWidget &dialog, const char *name)
{
    auto *found = dialog.findChild<QAction *>(QLatin1String(name));
    REQUIRE(found);
    return found;
}

struct Messages
{
    QStringList shown;
    bool answer = false;
    int asked = 0;
    Messages()
    {
        Dialogs::setHandler(
            [this](Dialogs::Kind, const QString &title, const QString &text) { shown.append(title + u'\n' + text); });
        Dialogs::setAsker([this](const QString &, const QString &) {
            ++asked;
            return answer;
        });
    }
    ~Messages()
    {
        Dialogs::setHandler({});
        Dialogs::setAsker({});
    }
};

int documentCount(const QString &path)
{
    return int(Library(path).documents().size());
}

} // namespace

TEST_CASE("alignment review: every edit command through its QAction, and undo", "[gui][align]")
{
    Messages messages;
    AlignmentReviewDialog dialog(perturbedDraft(), {});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    AlignmentEditor *editor = dialog.editor();
    const QList<AlignmentLink> original = editor->links();
    const int n = int(original.size());

    // The summary counts what the table shows.
    int sure = 0;
    int notOne = 0;
    for (const AlignmentLink &link : original) {
        sure += link.sure;
        notOne += !link.isOneToOne();
    }
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("summary"))->text() ==
          QStringLiteral("%1 links: %2 sure, %3 unsure, %4 not one-to-one").arg(n).arg(sure).arg(n - sure).arg(notOne));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("titleEn"))->text() == QStringLiteral("A Test Paper"));
    CHECK(dialog.findChild<QPushButton *>(QStringLiteral("commit"))->text() == QStringLiteral("&Import"));

    // F8 goes to the next link to check, Shift+F8 back; the menus show the keys.
    dialog.setCurrentLink(0);
    const int first = editor->nextToReview(0);
    REQUIRE(first > 0);
    QTest::keyClick(&dialog, Qt::Key_F8);
    CHECK(dialog.currentLink() == first);
    QTest::keyClick(&dialog, Qt::Key_F8);
    CHECK(dialog.currentLink() == editor->nextToReview(first));
    QTest::keyClick(&dialog, Qt::Key_F8, Qt::ShiftModifier);
    CHECK(dialog.currentLink() == first);
    CHECK(action(dialog, "alignNextUnsure")->toolTip().contains(QStringLiteral("F8")));

    auto undo = [&] {
        action(dialog, "alignUndo")->trigger();
        CHECK(editor->links() == original);
    };
    const int k = [&] {
        for (int j = 1; j + 1 < n; ++j) {
            if (original[j].isOneToOne() && !original[j].pinned)
                return j;
        }
        return -1;
    }();
    REQUIRE(k > 0);

    SECTION("merge with next and previous")
    {
        dialog.setCurrentLink(k);
        action(dialog, "alignMergeNext")->trigger();
        REQUIRE(editor->links().size() == n - 1);
        CHECK(editor->links()[k].enCount == original[k].enCount + original[k + 1].enCount);
        CHECK(dialog.currentLink() == k);
        CHECK(dialog.model()->rowCount() == n - 1);
        undo();
        dialog.setCurrentLink(k);
        action(dialog, "alignMergePrevious")->trigger();
        CHECK(editor->links()[k - 1].zhCount == original[k - 1].zhCount + original[k].zhCount);
        CHECK(dialog.currentLink() == k - 1);
        undo();
        // With the keyboard, too.
        dialog.setCurrentLink(k);
        QTest::keyClick(&dialog, Qt::Key_J, Qt::ControlModifier);
        CHECK(editor->links().size() == n - 1);
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        CHECK(editor->links() == original);
    }
    SECTION("shift the first and last paragraph of each side")
    {
        dialog.setCurrentLink(k);
        action(dialog, "alignShiftEnUp")->trigger();
        CHECK(editor->links()[k - 1].enCount == original[k - 1].enCount + 1);
        CHECK(editor->links()[k].enCount == original[k].enCount - 1);
        undo();
        dialog.setCurrentLink(k);
        action(dialog, "alignShiftZhDown")->trigger();
        CHECK(editor->links()[k + 1].zhCount == original[k + 1].zhCount + 1);
        undo();
        dialog.setCurrentLink(k);
        action(dialog, "alignShiftZhUp")->trigger();
        CHECK(editor->links()[k - 1].zhCount == original[k - 1].zhCount + 1);
        undo();
        dialog.setCurrentLink(k);
        action(dialog, "alignShiftEnDown")->trigger();
        CHECK(editor->links()[k + 1].enFirst == original[k].enFirst);
        // A link with no English left cannot shift English again: the action says so.
        CHECK_FALSE(action(dialog, "alignShiftEnDown")->isEnabled());
        undo();
    }
    SECTION("make a gap, then close it")
    {
        dialog.setCurrentLink(k);
        action(dialog, "alignMakeGap")->trigger();
        REQUIRE(editor->links().size() == n + 1);
        CHECK(editor->links()[k].kind() == QStringLiteral("1-0"));
        CHECK(editor->links()[k + 1].kind() == QStringLiteral("0-1"));
        CHECK(dialog.model()->index(k, AlignmentLinksModel::KindColumn).data().toString().contains(u'⚠'));
        dialog.setCurrentLink(k + 1); // from the second half
        action(dialog, "alignCloseGap")->trigger();
        CHECK(editor->links().size() == n);
        CHECK(editor->links()[k].isOneToOne());
        CHECK(dialog.currentLink() == k);
        action(dialog, "alignUndo")->trigger();
        undo();
    }
    SECTION("confirm, pin, unpin, re-align")
    {
        int unsure = -1;
        for (int j = 0; j < n && unsure < 0; ++j) {
            if (!original[j].sure)
                unsure = j;
        }
        REQUIRE(unsure >= 0);
        dialog.setCurrentLink(unsure);
        CHECK(dialog.model()
                  ->index(unsure, AlignmentLinksModel::ConfidenceColumn)
                  .data()
                  .toString()
                  .contains(QStringLiteral("unsure")));
        REQUIRE(action(dialog, "alignConfirm")->isEnabled());
        action(dialog, "alignConfirm")->trigger();
        CHECK(editor->links()[unsure].sure);
        CHECK(editor->links()[unsure].confidence == original[unsure].confidence);
        CHECK_FALSE(action(dialog, "alignConfirm")->isEnabled());
        undo();

        dialog.setCurrentLink(k);
        action(dialog, "alignMergeNext")->trigger(); // spoil it
        dialog.setCurrentLink(k + 4);
        action(dialog, "alignPin")->trigger();
        CHECK(editor->links()[k + 4].pinned);
        action(dialog, "alignUnpin")->trigger();
        CHECK_FALSE(editor->links()[k + 4].pinned);
        action(dialog, "alignPin")->trigger();
        const AlignmentLink pin = editor->links()[k + 4];
        const int steps = editor->undoStack()->index();
        action(dialog, "alignRealign")->trigger();
        CHECK_FALSE(action(dialog, "alignMergeNext")->isEnabled()); // no edits while it runs
        dialog.waitForRealign();
        CHECK(editor->undoStack()->index() == steps + 1);
        // The merge is undone by the aligner; the pin stays.
        CHECK(editor->links()[k].enCount == original[k].enCount);
        const int at = editor->linkOf(Lang::Zh, pin.zhFirst);
        CHECK(editor->links()[at].pinned);
        CHECK(editor->links()[at].enFirst == pin.enFirst);
        CHECK(editor->links()[at].enCount == pin.enCount);
        while (editor->undoStack()->canUndo())
            action(dialog, "alignUndo")->trigger();
        CHECK(editor->links() == original);
        action(dialog, "alignRedo")->trigger();
        CHECK(editor->links().size() == n - 1);
    }
    SECTION("split the paragraph at the text cursor")
    {
        // A one-to-one link whose Chinese has a full stop before its end.
        int s = k;
        while (s + 1 < n) {
            const QString &t = editor->paragraphs(Lang::Zh)[original[s].zhFirst].text;
            if (original[s].isOneToOne() && t.indexOf(u'。') > 0 && t.indexOf(u'。') + 2 < t.size())
                break;
            ++s;
        }
        dialog.setCurrentLink(s);
        QPlainTextEdit *zh = dialog.textView(Lang::Zh);
        // The paragraph as read (the view shows no-break spaces as spaces; offsets are the same).
        const QString text = editor->paragraphs(Lang::Zh)[original[s].zhFirst].text;
        CHECK(zh->toPlainText().size() == text.size());
        const int at = int(text.indexOf(u'。')) + 1;
        REQUIRE(at > 0);
        QTextCursor cursor = zh->textCursor();
        cursor.setPosition(at);
        zh->setTextCursor(cursor);
        REQUIRE(action(dialog, "alignSplit")->isEnabled());
        const qsizetype paragraphs = editor->paragraphs(Lang::Zh).size();
        action(dialog, "alignSplit")->trigger();
        CHECK(editor->paragraphs(Lang::Zh).size() == paragraphs + 1);
        CHECK(editor->links()[s].kind() == QStringLiteral("1-2"));
        CHECK(editor->paragraphs(Lang::Zh)[original[s].zhFirst].text == text.left(at));
        // The Chinese cell shows both halves now.
        CHECK(dialog.model()->index(s, AlignmentLinksModel::ChineseColumn).data().toString() ==
              text.left(at) + QStringLiteral("\n\n") + text.mid(at).trimmed());
        undo();
        CHECK(editor->paragraphs(Lang::Zh).size() == paragraphs);
    }
    CHECK(messages.shown.isEmpty());
}

TEST_CASE("alignment review: Import writes a paper whose units are the reviewed links", "[gui][align]")
{
    Messages messages;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("review.duizhao"));
    Library(path).addPaper(PaperReader::readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt")));
    const int before = documentCount(path);

    AlignmentReviewDialog dialog(fixtureDraft(), AlignmentReviewDialog::importInto(path));
    dialog.show();
    // An edit and a metadata field, as a reviewer makes them.
    dialog.setCurrentLink(3);
    action(dialog, "alignMakeGap")->trigger();
    dialog.findChild<QLineEdit *>(QStringLiteral("titleEn"))->setText(QStringLiteral("Reviewed Paper"));
    dialog.findChild<QLineEdit *>(QStringLiteral("authorsEn"))->setText(QStringLiteral("Ann Author; Bo Writer"));
    const AlignmentDraft reviewed = dialog.currentDraft();
    const Paper expected =
        AlignedPaper::paper(reviewed.alignment, reviewed.en, reviewed.zh, reviewed.meta, QStringLiteral("x"));

    dialog.findChild<QPushButton *>(QStringLiteral("commit"))->click();
    dialog.waitForCommit();
    CHECK(messages.shown.isEmpty());
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.documentId() > 0);
    CHECK(documentCount(path) == before + 1);
    const Paper stored = Library(path).loadPaper(dialog.documentId());
    REQUIRE(stored.units.size() == reviewed.alignment.links.size());
    REQUIRE(stored.units.size() == expected.units.size());
    for (qsizetype i = 0; i < stored.units.size(); ++i) {
        CHECK(stored.units[i].en == expected.units[i].en);
        CHECK(stored.units[i].zh == expected.units[i].zh);
    }
    // The gap made by hand: an English unit with no Chinese, then the Chinese alone.
    CHECK(stored.units[3].zh.isEmpty());
    CHECK(stored.units[4].en.isEmpty());
    CHECK(stored.meta.titleEn == QStringLiteral("Reviewed Paper"));
    REQUIRE(stored.meta.authors.size() == 2);
    CHECK(stored.meta.authors[1].nameEn == QStringLiteral("Bo Writer"));
}

TEST_CASE("alignment review: Cancel writes nothing, and asks first when there are edits", "[gui][align]")
{
    Messages messages;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancel.duizhao"));
    Library(path).addPaper(PaperReader::readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt")));
    const int before = documentCount(path);

    {
        AlignmentReviewDialog dialog(fixtureDraft(), AlignmentReviewDialog::importInto(path));
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("cancel"))->click(); // nothing edited: no question
        CHECK(messages.asked == 0);
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK_FALSE(dialog.isVisible());
    }
    {
        AlignmentReviewDialog dialog(fixtureDraft(), AlignmentReviewDialog::importInto(path));
        dialog.show();
        dialog.setCurrentLink(2);
        action(dialog, "alignMergeNext")->trigger();
        messages.answer = false; // "keep editing"
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(messages.asked == 1);
        CHECK(dialog.isVisible());
        messages.answer = true;
        dialog.findChild<QPushButton *>(QStringLiteral("cancel"))->click();
        CHECK(messages.asked == 2);
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.documentId() == 0);
    }
    CHECK(documentCount(path) == before);
}

TEST_CASE("import translation and original: bad input names the file and writes nothing", "[gui][align]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.txt"));
    QFile(empty).open(QIODevice::WriteOnly);
    const QString zh = fixture(QStringLiteral("align/paper-zh.txt"));
    const QString en = fixture(QStringLiteral("align/paper-en.txt"));

    DraftOutcome outcome = DraftJob::run(empty, zh, true, {});
    CHECK(outcome.error.startsWith(empty));
    // Chinese given as the English side: the message says to swap.
    outcome = DraftJob::run(zh, en, true, {});
    CHECK(outcome.error.startsWith(zh));
    CHECK(outcome.error.contains(QStringLiteral("swap")));
    outcome = DraftJob::run(en, en, true, {});
    CHECK(outcome.error.contains(QStringLiteral("same file")));
    // Unordered (dropped): the script decides, whichever comes first.
    outcome = DraftJob::run(zh, en, false, {});
    REQUIRE(outcome.error.isEmpty());
    CHECK(outcome.draft.en.fileName.endsWith(QStringLiteral("paper-en.txt")));
    CHECK(outcome.draft.zh.fileName.endsWith(QStringLiteral("paper-zh.txt")));
    // Cancelled from the progress callback.
    outcome = DraftJob::run(en, zh, true, [](int done, int) { return done < 300; });
    CHECK(outcome.cancelled);
    CHECK(outcome.error.isEmpty());

    // The picker's Swap exchanges the two files.
    TranslationPairDialog picker;
    picker.setFiles(zh, en);
    picker.findChild<QPushButton *>(QStringLiteral("swap"))->click();
    CHECK(picker.englishFile() == en);
    CHECK(picker.chineseFile() == zh);

    CHECK(TranslationImport::looksLikePair({en, zh}));
    CHECK(TranslationImport::looksLikePair({fixture(QStringLiteral("align/paper-en.html")), zh}));
    // Two interleaved papers are two papers, not a pair.
    CHECK_FALSE(TranslationImport::looksLikePair({sourceDir() + QStringLiteral("/resources/technology-power.txt"),
                                                  fixture(QStringLiteral("papers/chapters.txt"))}));
    CHECK_FALSE(TranslationImport::looksLikePair({en}));
}

TEST_CASE("dropping a translation and its original on the window opens the review, then the paper", "[gui][align]")
{
    Messages messages;
    QTemporaryDir dir;
    Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("drop.duizhao"));
    Library(path).addPaper(PaperReader::readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt")));
    {
        MainWindow window;
        REQUIRE(window.openLibrary(path));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        // The File menu has the command, with its key.
        QAction *menuAction = window.findChild<QAction *>(QStringLiteral("importTranslation"));
        REQUIRE(menuAction);
        CHECK(menuAction->isEnabled());
        CHECK_FALSE(menuAction->shortcut().isEmpty());

        QMimeData files; // Chinese first: the script decides which side each file is
        files.setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("align/paper-zh.txt"))),
                       QUrl::fromLocalFile(fixture(QStringLiteral("align/paper-en.html")))});
        QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        REQUIRE(enter.isAccepted());
        QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        INFO(messages.shown.join(u'\n').toStdString());
        TranslationImport *flow = window.translationImport();
        REQUIRE(flow->job());
        flow->job()->waitForFinished();
        REQUIRE(QTest::qWaitFor([flow] { return flow->review() != nullptr; }, 5000));
        CHECK(messages.shown.isEmpty());
        AlignmentReviewDialog *review = flow->review();
        CHECK(review->editor()->draft().en.format == QStringLiteral("html"));
        CHECK(review->editor()->draft().zh.format == QStringLiteral("text"));
        CHECK(documentCount(path) == 1); // nothing written before the review says so
        const qsizetype links = review->editor()->links().size();
        review->findChild<QPushButton *>(QStringLiteral("commit"))->click();
        review->waitForCommit();
        CHECK(messages.shown.isEmpty());
        CHECK(documentCount(path) == 2);
        // The new paper is open in the reader.
        CHECK(window.documentId() != Library(path).documents().front().id);
        CHECK(window.reader()->paper().units.size() == links);
    }
    Settings::useFile(QString());
}
