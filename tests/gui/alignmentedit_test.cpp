// Tools → Edit Alignment… driven as a user drives it: the open paper in the alignment review, an
// edit saved off the UI thread, the reader showing the new units with the marks on their words;
// Cancel writes nothing.

#include "align/alignmenteditor.h"
#include "alignmentedit.h"
#include "alignmentreviewdialog.h"
#include "annotations/annotationstore.h"
#include "dialogs.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "mainwindow.h"
#include "settings.h"
#include "support/testsupport.h"

#include <QAction>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace duizhao;
using namespace duizhao::gui;
using namespace duizhao::test;

namespace {

struct EditWindow
{
    QTemporaryDir dir;
    QString libraryPath = dir.filePath(QStringLiteral("gui.duizhao"));
    std::unique_ptr<MainWindow> window;
    qint64 id = 0;
    Annotation mark;
    int seq = 0;
    QString words;

    EditWindow()
    {
        Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        Dialogs::setHandler([](Dialogs::Kind, const QString &title, const QString &text) {
            FAIL(QString(title + u'\n' + text).toStdString());
        });
        {
            Library library(libraryPath);
            id =
                library.addPaper(PaperReader::readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt")))
                    .documentId;
            const Paper paper = library.loadPaper(id);
            // Two ordinary units in a row; a mark in the second.
            for (seq = 10; seq < paper.units.size(); ++seq) {
                const Unit &a = paper.units[seq - 1];
                const Unit &b = paper.units[seq];
                if (a.kind == UnitKind::Body && b.kind == UnitKind::Body && !a.zh.isEmpty() && !b.en.isEmpty())
                    break;
            }
            const QString &text = paper.units[seq].en;
            words = text.mid(text.size() / 2, 20);
            AnnotationStore store(library);
            mark = markWords(store, paper, id, seq + 1, Lang::En, words);
        }
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openLibrary(libraryPath));
        window->openDocument(id);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    }
    ~EditWindow()
    {
        window.reset();
        Dialogs::setHandler({});
        Settings::useFile(QString());
    }
    QAction *action() const
    {
        auto *action = window->findChild<QAction *>(QStringLiteral("editAlignment"));
        REQUIRE(action);
        return action;
    }
    AlignmentReviewDialog *open() const
    {
        REQUIRE(action()->isEnabled());
        action()->trigger();
        auto *review = window->findChild<AlignmentReviewDialog *>();
        REQUIRE(review);
        REQUIRE(QTest::qWaitForWindowExposed(review));
        return review;
    }
};

} // namespace

TEST_CASE("gui: Tools → Edit Alignment… merges two units and the mark follows its words", "[gui][realign]")
{
    EditWindow w;
    const int units = int(w.window->reader()->paper().units.size());
    // In the Tools menu, for a paper that can be written.
    bool listed = false;
    for (QAction *menu : w.window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(w.action()))
            listed = true;
    }
    CHECK(listed);

    AlignmentReviewDialog *review = w.open();
    REQUIRE(review->editor()->links().size() == units);
    REQUIRE(review->editor()->edit(AlignmentEditor::Edit::MergeWithNext, w.seq - 1));
    review->commit();
    review->waitForCommit();
    REQUIRE(QTest::qWaitFor([&w] { return !w.window->findChild<AlignmentReviewDialog *>(); }, 5000));

    const Paper &paper = w.window->reader()->paper();
    CHECK(paper.units.size() == units - 1);
    const std::optional<Annotation> mark = w.window->annotationStore()->get(w.mark.id);
    REQUIRE(mark);
    CHECK(mark->unitSeq == w.seq);
    CHECK(paper.units[w.seq - 1].en.mid(mark->start, mark->length) == w.words);
    CHECK(w.window->statusBar()->currentMessage().contains(u"Annotations moved with their words: 1."));
    CHECK(w.window->undoStack()->count() == 0);
}

TEST_CASE("gui: cancelling Edit Alignment writes nothing", "[gui][realign]")
{
    EditWindow w;
    const QByteArray before = libraryFingerprint(w.libraryPath);
    AlignmentReviewDialog *review = w.open();
    REQUIRE(review->editor()->edit(AlignmentEditor::Edit::MergeWithNext, w.seq - 1));
    Dialogs::setAsker([](const QString &, const QString &) { return true; });
    review->reject();
    Dialogs::setAsker({});
    REQUIRE(QTest::qWaitFor([&w] { return !w.window->findChild<AlignmentReviewDialog *>(); }, 5000));
    CHECK(libraryFingerprint(w.libraryPath) == before);
}
