// The window a new user meets (issue 15 §1 and §4): how much of it the reader gets and whether
// its columns can be read, at the default size and a small one; panels remembered once the user
// changes them; the Annotations panel's quotes; the empty library's page; a mark's tooltip after
// undo; the status bar's section path after a restart.

#include "annotations/annotationcontroller.h"
#include "annotations/annotationsmodel.h"
#include "annotations/annotationstore.h"
#include "annotationsdock.h"
#include "bundledpaper.h"
#include "dialogs.h"
#include "emptylibrarypage.h"
#include "import/paperreader.h"
#include "importjob.h"
#include "librarydock.h"
#include "mainwindow.h"
#include "model/reference.h"
#include "searchdock.h"
#include "settings.h"
#include "structuredock.h"
#include "support/testsupport.h"
#include "windowlayout.h"

#include <QAction>
#include <QMenu>

#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTextLayout>
#include <QToolTip>
#include <QTreeView>
#include <QUndoStack>
#include <numeric>

using namespace duizhao;
using namespace duizhao::gui;
using namespace duizhao::test;

namespace {

// A window on a library of its own, with settings in a file of its own that outlive the window,
// as a user's do between two starts.
struct Session
{
    QTemporaryDir dir;
    QString libraryPath = dir.filePath(QStringLiteral("layout.duizhao"));
    QStringList messages;
    std::unique_ptr<MainWindow> window;

    explicit Session(bool withPaper = true)
    {
        Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        Dialogs::setHandler([this](Dialogs::Kind, const QString &title, const QString &text) {
            messages.append(title + u'\n' + text);
        });
        if (withPaper) {
            Library library(libraryPath);
            library.addPaper(PaperReader::readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt")));
        }
    }
    ~Session()
    {
        window.reset();
        Dialogs::setHandler({});
        Settings::useFile(QString());
    }
    // Starts as main() does: open the library, restore the session, show. An invalid size keeps
    // the window's own (the default, or the one restored).
    void start(QSize size = {})
    {
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openLibrary(libraryPath));
        window->restoreSession();
        if (size.isValid())
            window->resize(size);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(QTest::qWaitFor([this] { return window->panelsReady(); }, 5000));
        settle();
    }
    // Quits as the user does: the window closes and saves its session.
    void quit()
    {
        window->close();
        window.reset();
    }
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    }
    ReaderView *reader() const { return window->reader(); }
    int unitStarting(QStringView english) const
    {
        for (const Unit &unit : reader()->paper().units) {
            if (unit.en.startsWith(english))
                return unit.seq;
        }
        FAIL("no unit starting with " << english.toString().toStdString());
        return 0;
    }
};

// How a unit's text in one language is set: the characters on each line, and how many
// characters of the text's average width (measured in the reader's own font, from the width
// of each character as laid out) the column holds.
struct Setting
{
    QList<int> lines;
    double capacity = 0;
};

Setting settingOf(ReaderView *reader, int seq, Lang lang)
{
    reader->scrollToUnit(seq);
    const Unit &unit = reader->paper().units[seq - 1];
    const QString &text = lang == Lang::En ? unit.en : unit.zh;
    Setting setting;
    QList<std::pair<int, int>> extents; // each line's left and right
    for (int i = 0; i < text.size(); ++i) {
        const QRect at = reader->textRect(seq, lang, {i, 1});
        REQUIRE(at.isValid());
        if (extents.isEmpty() || at.top() > reader->textRect(seq, lang, {i - 1, 1}).top() + 2) {
            setting.lines.append(0);
            extents.append({at.left(), at.right()});
        }
        ++setting.lines.back();
        extents.back().second = std::max(extents.back().second, at.right());
    }
    // The column: from the leftmost to the rightmost character set. The average advance: over
    // the lines before the last, their width over their characters.
    int left = INT_MAX;
    int right = INT_MIN;
    double width = 0;
    int characters = 0;
    for (int i = 0; i < extents.size(); ++i) {
        left = std::min(left, extents[i].first);
        right = std::max(right, extents[i].second);
        if (i + 1 < extents.size()) {
            width += extents[i].second - extents[i].first;
            characters += setting.lines[i];
        }
    }
    setting.capacity = characters > 0 ? (right - left) / (width / characters) : 0;
    return setting;
}

// Readable, side by side: each column holds 45 English characters of average width, or 20
// Chinese ones, and the English lines as broken hold about that many.
void checkReadable(Session &s)
{
    const int seq = s.unitStarting(u"(2) There is a shift from");
    Setting en = settingOf(s.reader(), seq, Lang::En);
    Setting zh = settingOf(s.reader(), seq, Lang::Zh);
    REQUIRE(en.lines.size() > 4);
    REQUIRE(zh.lines.size() > 4);
    en.lines.removeLast(); // the paragraph's end
    zh.lines.removeLast();
    const double average = std::accumulate(en.lines.begin(), en.lines.end(), 0.0) / double(en.lines.size());
    INFO("English: room for " << en.capacity << " characters, " << average << " a line; Chinese: room for "
                              << zh.capacity << ", at least " << *std::min_element(zh.lines.begin(), zh.lines.end()));
    CHECK(en.capacity >= 45);
    CHECK(average >= 42);
    CHECK(zh.capacity >= 20);
    CHECK(*std::min_element(zh.lines.begin(), zh.lines.end()) >= 20);
}

double readerShare(const Session &s)
{
    return double(s.reader()->width()) / double(s.window->width());
}

} // namespace

TEST_CASE("at the default 1280×820 the reader has more than half the window and columns one can read", "[gui][layout]")
{
    Session s;
    s.start();
    REQUIRE(s.window->size() == QSize(1280, 820));
    INFO("reader " << s.reader()->width() << " px of " << s.window->width());
    CHECK(readerShare(s) >= 0.55);
    checkReadable(s);
    // The paper's panels on the left, the finding ones on the right; each tab group in view.
    CHECK(s.window->dockWidgetArea(s.window->structureDock()) == Qt::LeftDockWidgetArea);
    CHECK(s.window->dockWidgetArea(s.window->searchDock()) == Qt::RightDockWidgetArea);
    CHECK(s.window->structureDock()->geometry().right() < s.reader()->geometry().left());
    CHECK(s.window->searchDock()->geometry().left() > s.reader()->geometry().right());
}

TEST_CASE("at 1024×700 the reader stays readable: the panels share one column", "[gui][layout]")
{
    SECTION("a first start in a small window")
    {
        Session s;
        s.start(QSize(1024, 700));
        INFO("reader " << s.reader()->width() << " px of " << s.window->width());
        CHECK(readerShare(s) >= 0.55);
        checkReadable(s);
        CHECK(s.window->dockWidgetArea(s.window->structureDock()) == Qt::LeftDockWidgetArea);
        CHECK(s.window->dockWidgetArea(s.window->searchDock()) == Qt::LeftDockWidgetArea);
        CHECK(s.window->structureDock()->isVisible());
        CHECK(s.window->searchDock()->isVisible());
        CHECK(s.window->structureDock()->width() >= 200); // the tree is still a tree
    }
    SECTION("the default window made smaller, then larger again")
    {
        Session s;
        s.start();
        s.window->resize(1024, 700);
        Session::settle();
        CHECK(readerShare(s) >= 0.55);
        checkReadable(s);
        s.window->resize(1280, 820);
        Session::settle();
        CHECK(s.window->dockWidgetArea(s.window->searchDock()) == Qt::RightDockWidgetArea);
        CHECK(readerShare(s) >= 0.55);
        checkReadable(s);
    }
}

TEST_CASE("panels the user resizes stay so across restarts; an older saved layout gives way to the default once",
          "[gui][layout][settings]")
{
    Session s;
    SECTION("an old layout with wide panels")
    {
        // As an earlier Duizhao saved it: wide panels, a narrow reader, no layout version.
        s.start();
        s.window->resizeDocks({s.window->structureDock(), s.window->searchDock()}, {420, 440}, Qt::Horizontal);
        Session::settle();
        REQUIRE(readerShare(s) < 0.4);
        const QByteArray old = s.window->saveState();
        s.window.reset(); // no close: the old state stays what the settings hold
        Settings::setValue(Settings::Key::WindowState, old);
        s.start();
        CHECK(readerShare(s) >= 0.55);
    }
    SECTION("a separator dragged by the user")
    {
        s.start();
        QDockWidget *search = s.window->searchDock();
        const int before = search->width();
        // The separator between the reader and the right-hand panels, dragged 150 px to the left.
        const QPoint from((s.reader()->geometry().right() + search->geometry().left()) / 2,
                          search->geometry().center().y());
        auto send = [&](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
            QMouseEvent event(type, at, s.window->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
            QCoreApplication::sendEvent(s.window.get(), &event);
        };
        send(QEvent::MouseMove, from, Qt::NoButton); // the pointer over the separator first
        send(QEvent::MouseButtonPress, from, Qt::LeftButton);
        for (int dx = 10; dx <= 150; dx += 10) {
            send(QEvent::MouseMove, from - QPoint(dx, 0), Qt::LeftButton);
            QCoreApplication::processEvents(); // the window moves the separator on a zero timer
        }
        send(QEvent::MouseButtonRelease, from - QPoint(150, 0), Qt::NoButton);
        Session::settle();
        const int dragged = search->width();
        REQUIRE(dragged > before + 100);
        // A window resized after that keeps the user's panels as they are.
        s.window->resize(1300, 830);
        Session::settle();
        CHECK(search->width() == dragged);
        s.quit();
        s.start();
        CHECK(s.window->searchDock()->width() == dragged);
    }
}

TEST_CASE("after a restart the status bar's section path uses the room the bar has", "[gui][layout][status]")
{
    Session s;
    s.start();
    const int deep = s.unitStarting(u"(2) There is a shift from");
    s.reader()->scrollToUnit(deep);
    s.quit();
    s.start();
    REQUIRE(s.reader()->currentUnit() == deep);
    QLabel *section = nullptr;
    for (QLabel *label : s.window->statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Current section")
            section = label;
    }
    REQUIRE(section);
    const QString full = sectionPath(s.reader()->paper(), deep, Lang::En);
    const QFontMetrics metrics(section->font());
    auto check = [&] {
        const int room = section->contentsRect().width();
        const int shown = metrics.horizontalAdvance(section->text());
        INFO("label " << room << " px, text " << shown << " px of " << metrics.horizontalAdvance(full));
        CHECK(shown <= room);
        // Either all of it, or as much as fits: never a few hundred pixels of a wide bar.
        if (section->text() != full)
            CHECK(shown >= room - metrics.horizontalAdvance(QStringLiteral("MMM")));
    };
    REQUIRE(section->width() > 600);
    check();
    s.window->resize(1600, 900);
    Session::settle();
    check();
    s.window->resize(900, 700);
    Session::settle();
    check();
}

TEST_CASE("a note's tooltip goes when the note is undone", "[gui][annotations]")
{
    Session s;
    s.start();
    const int seq = s.unitStarting(u"(2) There is a shift from");
    s.reader()->scrollToUnit(seq);
    const Unit &unit = s.reader()->paper().units[seq - 1];
    Annotation a;
    a.documentId = s.window->documentId();
    a.unitSeq = seq;
    a.lang = Lang::En;
    a.start = int(unit.en.indexOf(u"small yard"));
    a.length = 10;
    a.color = QStringLiteral("#FFE066");
    a.note = QStringLiteral("The Biden-era formula");
    REQUIRE(s.window->annotations()->add(a).id > 0);
    const QPoint at = s.reader()->textRect(seq, Lang::En, {a.start + 2, 1}).center();
    QHelpEvent hover(QEvent::ToolTip, at, s.reader()->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(s.reader()->viewport(), &hover);
    REQUIRE(QToolTip::isVisible());
    REQUIRE(QToolTip::text().contains(u"The Biden-era formula"));
    s.window->undoStack()->undo();
    // It fades out at once, well before it would have expired on its own (ten seconds).
    CHECK(QTest::qWaitFor([] { return !QToolTip::isVisible(); }, 2000));
    // Hovering words without a mark shows nothing either.
    QCoreApplication::sendEvent(s.reader()->viewport(), &hover);
    CHECK_FALSE(QToolTip::text().contains(u"The Biden-era formula"));
    QToolTip::hideText();
}

TEST_CASE("the Annotations panel shows a quote's first half at its default width, on two lines",
          "[gui][annotations][layout]")
{
    Session s;
    s.start();
    const int seq = s.unitStarting(u"(2) There is a shift from");
    const Unit &unit = s.reader()->paper().units[seq - 1];
    Annotation a;
    a.documentId = s.window->documentId();
    a.unitSeq = seq;
    a.lang = Lang::En;
    a.start = 0;
    a.length = 60;
    a.color = QStringLiteral("#FFE066");
    a.note = QStringLiteral("A shift of policy");
    a.tags = {QStringLiteral("power"), QStringLiteral("decoupling")};
    REQUIRE(s.window->annotations()->add(a).id > 0);
    const QString quote = unit.en.left(60);
    AnnotationsDock *dock = s.window->annotationsDock();
    dock->show();
    dock->raise();
    Session::settle();
    QTreeView *view = dock->view();
    REQUIRE(view->model()->rowCount() == 1);
    const QModelIndex cell = view->model()->index(0, AnnotationsModel::QuoteColumn);
    REQUIRE(cell.data().toString() == quote);
    const QRect rect = view->visualRect(cell);
    // Every column in view: nothing to scroll to.
    for (int column : {int(AnnotationsModel::UnitColumn), int(AnnotationsModel::QuoteColumn),
                       int(AnnotationsModel::NoteColumn), int(AnnotationsModel::TagsColumn)}) {
        const QRect r = view->visualRect(view->model()->index(0, column));
        CHECK(r.left() >= 0);
        CHECK(r.right() <= view->viewport()->width());
    }
    // The text wraps in the cell's width, less the colour swatch and the margins, on the lines
    // the row's height holds.
    const QFontMetrics metrics(view->font());
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    const int textWidth =
        rect.width() - view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view) - 4 * margin;
    const int lines = rect.height() / metrics.lineSpacing();
    INFO("cell " << rect.width() << "×" << rect.height() << ", " << lines << " lines of " << textWidth << " px");
    REQUIRE(lines >= 2);
    QTextLayout layout(quote, view->font());
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    int shown = 0;
    for (int i = 0; i < lines; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(textWidth);
        shown = line.textStart() + line.textLength();
    }
    layout.endLayout();
    CHECK(shown >= 30);
}

TEST_CASE("an empty library offers a way in; the sample paper opens and the page goes", "[gui][empty]")
{
    Session s(false);
    s.window = std::make_unique<MainWindow>();
    REQUIRE(s.window->openLibrary(s.libraryPath));
    s.window->restoreSession();
    s.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(s.window.get()));
    Session::settle();
    EmptyLibraryPage *page = s.window->emptyLibraryPage();
    REQUIRE(page->isVisible());
    // It covers the reader.
    CHECK(page->geometry() == s.reader()->viewport()->rect());
    for (QPushButton *button : {page->importButton(), page->pairButton(), page->sampleButton()}) {
        CHECK(button->isVisible());
        CHECK(button->isEnabled());
        CHECK(button->width() >= button->sizeHint().width()); // the whole label shows
    }
    CHECK(page->importButton()->text() == u"Import a paper…");
    CHECK(page->pairButton()->text() == u"Import a translation and its original…");
    CHECK(page->sampleButton()->text() == u"Add the sample paper");
    // The page hides the reader, which then never paints: the panels must not wait for it (they
    // did, and `duizhao --smoke-test` on a new library never finished).
    CHECK(s.window->panelsReady());
    // File has it too.
    QStringList file;
    for (QAction *action : s.window->menuBar()->actions().front()->menu()->actions())
        file << action->text();
    CHECK(file.contains(u"Add the &Sample Paper"));

    QTest::mouseClick(page->sampleButton(), Qt::LeftButton);
    REQUIRE(s.window->importJob());
    s.window->importJob()->waitForFinished();
    REQUIRE(QTest::qWaitFor([&] { return s.window->documentId() > 0; }, 5000));
    Session::settle();
    CHECK(s.messages.isEmpty());
    CHECK_FALSE(page->isVisible());
    CHECK(s.reader()->paper().meta.sourceName == BundledPaper::fileName());
    CHECK(s.reader()->paper().units.size() == 57);
    CHECK(Library(s.libraryPath).documents().size() == 1);
    // Once it is there, the sample is not offered again.
    CHECK_FALSE(page->sampleAction()->isEnabled());
}
