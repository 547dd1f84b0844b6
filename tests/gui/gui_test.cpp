// The main window driven as a user drives it: clicking the structure tree, scrolling the reader,
// searching, switching view modes and the UI language, importing a bad file.

#include "annotations/addannotationcommand.h"
#include "annotations/annotationpalette.h"
#include "annotations/annotationsmodel.h"
#include "annotations/annotationstore.h"
#include "annotations/editannotationcommand.h"
#include "annotationsdock.h"
#include "backupjob.h"
#include "bundledpaper.h"
#include "candidatesdialog.h"
#include "chinesefonts.h"
#include "citationsdock.h"
#include "diagramcanvas.h"
#include "diagramwindow.h"
#include "dialogs.h"
#include "export/xfdf.h"
#include "framework/frameworklevel.h"
#include "framework/measurestore.h"
#include "frameworkstyle.h"
#include "glossarydock.h"
#include "import/paperreader.h"
#include "languagemanager.h"
#include "lazydock.h"
#include "librarydock.h"
#include "mainwindow.h"
#include "measuresdock.h"
#include "models/alignmentnotesmodel.h"
#include "models/frameworkroles.h"
#include "models/glossarymodel.h"
#include "models/measuresfiltermodel.h"
#include "models/measuresmodel.h"
#include "models/modelroles.h"
#include "models/searchresultsmodel.h"
#include "models/table1model.h"
#include "notesdock.h"
#include "plaintext.h"
#include "preferencesdialog.h"
#include "search/searchquery.h"
#include "searchdock.h"
#include "searchjob.h"
#include "settings.h"
#include "spannavigator.h"
#include "storage/backups.h"
#include "storage/transaction.h"
#include "structuredock.h"
#include "support/testsupport.h"
#include "table1window.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFontInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <atomic>

using namespace duizhao;
using namespace duizhao::gui;
using namespace duizhao::test;

namespace {

struct Window
{
    QTemporaryDir dir;
    QString libraryPath = dir.filePath(QStringLiteral("gui.duizhao"));
    QList<QString> messages;
    std::unique_ptr<MainWindow> window;

    Window()
    {
        Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        Dialogs::setHandler([this](Dialogs::Kind, const QString &title, const QString &text) {
            messages.append(title + u'\n' + text);
        });
        open();
    }
    ~Window()
    {
        window.reset();
        Dialogs::setHandler({});
        Settings::useFile(QString());
        LanguageManager::apply(QStringLiteral("en"));
    }
    void open()
    {
        window = std::make_unique<MainWindow>();
        window->resize(1300, 860);
        {
            Library library(libraryPath);
            if (library.documents().isEmpty())
                library.addPaper(
                    PaperReader::readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt")));
        }
        REQUIRE(window->openLibrary(libraryPath));
        window->restoreSession();
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        // The docks fill just after the reader's first paint.
        REQUIRE(QTest::qWaitFor([this] { return window->panelsReady(); }, 5000));
    }
    ReaderView *reader() const { return window->reader(); }
    const Paper &paper() const { return reader()->paper(); }
    int unitStarting(QStringView english) const
    {
        for (const Unit &unit : paper().units) {
            if (unit.en.startsWith(english))
                return unit.seq;
        }
        FAIL("no unit starting with " << english.toString().toStdString());
        return 0;
    }
};

// QTest::keyClicks only types Latin-1; Chinese arrives as key events carrying text, as from an
// input method that commits each character.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// Runs a check when the watched widget is first painted, before its paint event.
class PaintWatcher final : public QObject
{
public:
    explicit PaintWatcher(std::function<void()> check)
        : m_check(std::move(check))
    {}

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_check) {
            m_check();
            m_check = nullptr;
        }
        return false;
    }

private:
    std::function<void()> m_check;
};

// Starts the search the field asks for and waits for its results, as the user does: the search
// runs off the UI thread, the results arrive as an event.
void searchAndWait(MainWindow &window)
{
    SearchJob *job = window.findChild<SearchJob *>();
    REQUIRE(job);
    QSignalSpy arrived(job, &SearchJob::finished);
    window.searchNow();
    if (job->isPending())
        REQUIRE(arrived.wait(10000));
}

QString toPlain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

TEST_CASE("at start-up the reader paints first, then the docks fill without being asked", "[gui][startup]")
{
    QTemporaryDir dir;
    Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("startup.duizhao"));
    Library(path).addPaper(PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName()));
    MainWindow window;
    REQUIRE(window.openLibrary(path));
    // Opened but not yet shown: the reader has the paper, the docks wait.
    CHECK(window.reader()->paper().units.size() == 57);
    CHECK_FALSE(window.panelsReady());
    CHECK(window.structureDock()->model()->rowCount() == 0);
    window.show();
    // The first frame is the reader's: no dock has made its widgets until it has painted.
    bool docksWaited = true;
    PaintWatcher watcher([&] {
        for (LazyDock *dock :
             std::initializer_list<LazyDock *>{window.structureDock(), window.searchDock(), window.citationsDock()})
            docksWaited = docksWaited && !dock->hasContent();
    });
    window.reader()->viewport()->installEventFilter(&watcher);
    REQUIRE(QTest::qWaitFor([&] { return window.panelsReady(); }, 5000));
    CHECK(window.reader()->hasPainted());
    CHECK(docksWaited);
    // Then those in front make theirs; those behind a tab still wait.
    CHECK(window.structureDock()->hasContent());
    CHECK(window.searchDock()->hasContent());
    CHECK(window.citationsDock()->hasContent());
    CHECK_FALSE(window.libraryDock()->hasContent());
    CHECK(window.structureDock()->view()->model()->rowCount() == 4); // the paper's four parts
    CHECK(window.citationsDock()->view()->model()->rowCount() > 10);
    // Once painted, opening a paper fills the docks at once.
    window.openDocument(window.documentId());
    CHECK(window.panelsReady());
    Settings::useFile(QString());
}

namespace {
// The faces that draw each character of the text in the font, in order, as QTextLayout picks them.
QStringList facesDrawing(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList faces;
    for (const QGlyphRun &run : layout.glyphRuns())
        faces.append(run.rawFont().familyName());
    return faces;
}
} // namespace

TEST_CASE("Chinese in the interface and the reader is drawn with a Simplified Chinese face", "[gui][fonts]")
{
    // 骨 and 直 differ between the Chinese and Japanese forms: a fallback that lands on a JP or
    // TC face draws them wrong for a mainland reader.
    REQUIRE_FALSE(chineseFamilies().isEmpty());
    const QString sc = chineseFamilies().first();
    CHECK(sc.endsWith(u"SC"));
    const QFont ui = withChineseFallback(QFont(QStringLiteral("DejaVu Sans")));
    CHECK(ui.families().first() == u"DejaVu Sans"); // Latin keeps the interface face
    CHECK(facesDrawing(ui, QStringLiteral("Bone")) == QStringList{QStringLiteral("DejaVu Sans")});
    CHECK(facesDrawing(ui, QStringLiteral("骨直说")) == QStringList{sc});
    CHECK(facesDrawing(chineseFirst(QFont(QStringLiteral("DejaVu Sans"))), QStringLiteral("骨直说")) ==
          QStringList{sc});
    // The default font is a generic name ("Sans Serif"): English keeps the face it stands for,
    // with its narrow “quotes” and apostrophes, instead of the Chinese face's full-width ones.
    const QFont interface = withChineseFallback(QFont());
    const QString latin = QFontInfo(QFont()).family();
    REQUIRE_FALSE(chineseFamilies().contains(latin));
    CHECK(facesDrawing(interface, QStringLiteral("China’s “Small Yard”")) == QStringList{latin});
    CHECK(facesDrawing(interface, QStringLiteral("脱钩")) == QStringList{sc});
}

TEST_CASE("a panel behind another tab is made when its tab is first chosen, with what it was given", "[gui][startup]")
{
    Window w;
    const std::vector<LazyDock *> behind = {w.window->libraryDock(), w.window->glossaryDock(),
                                            w.window->annotationsDock(), w.window->measuresDock(),
                                            w.window->notesDock()};
    // Nobody has looked at them yet: start-up made none of their widgets.
    for (LazyDock *dock : behind)
        CHECK_FALSE(dock->hasContent());

    // Choosing the Measures tab makes the panel before the frame that shows it, with the
    // paper's measures it was given at start-up.
    QTabBar *bar = nullptr;
    int measuresTab = -1;
    for (QTabBar *candidate : w.window->findChildren<QTabBar *>()) {
        for (int i = 0; i < candidate->count(); ++i) {
            if (candidate->tabText(i) == u"Measures") {
                bar = candidate;
                measuresTab = i;
            }
        }
    }
    REQUIRE(bar);
    bar->setCurrentIndex(measuresTab);
    MeasuresDock *measures = w.window->measuresDock();
    CHECK(measures->hasContent());
    CHECK(measures->widget()->isVisible());
    CHECK(measures->view()->model()->rowCount() >= 30);
    CHECK_FALSE(w.window->glossaryDock()->hasContent());

    // A panel left in front is made at the next start-up; the others still wait.
    w.window->searchDock()->raise();
    w.window->glossaryDock()->raise();
    REQUIRE(w.window->glossaryDock()->hasContent());
    w.window->saveSession();
    w.open();
    QTest::qWait(0); // the check for panels in front runs once the window has laid them out
    CHECK(w.window->glossaryDock()->hasContent());
    CHECK(w.window->glossaryDock()->widget()->isVisible());
    CHECK(w.window->glossaryDock()->view()->model()->rowCount() > 10);
    CHECK_FALSE(w.window->libraryDock()->hasContent());
    CHECK_FALSE(w.window->measuresDock()->hasContent());
}

TEST_CASE("the window opens on the paper with every unit laid out", "[gui]")
{
    Window w;
    CHECK(w.paper().units.size() == 57);
    CHECK(w.window->windowTitle().startsWith(u"U.S. Technology Competition with China"));
    CHECK(w.reader()->currentUnit() == 1);
    CHECK(w.window->structureDock()->view()->model()->rowCount() == 4);
    CHECK(w.window->focusWidget() == w.reader()); // ready for Page Down
}

TEST_CASE("side by side: each unit's English and Chinese start level and rows never overlap", "[gui][reader]")
{
    Window w;
    ReaderView *reader = w.reader();
    for (int seq = 1; seq <= 57; ++seq) {
        reader->scrollToUnit(seq);
        const Unit &unit = w.paper().units[seq - 1];
        const QRect en = reader->textRect(seq, Lang::En, {0, 1});
        const QRect zh = reader->textRect(seq, Lang::Zh, {0, 1});
        INFO("unit " << seq);
        REQUIRE(en.isValid());
        REQUIRE(zh.isValid());
        CHECK(std::abs(en.top() - zh.top()) <= 4); // same line, fonts of different height
        CHECK(en.right() < zh.left());             // English on the left
        // The last character of the longer side still lies inside the unit's row.
        const QRect row = reader->unitRect(seq);
        CHECK(reader->textRect(seq, Lang::En, {int(unit.en.size()) - 1, 1}).bottom() <= row.bottom());
        CHECK(reader->textRect(seq, Lang::Zh, {int(unit.zh.size()) - 1, 1}).bottom() <= row.bottom());
        if (seq < 57)
            CHECK(row.bottom() < reader->unitRect(seq + 1).top() + 1);
    }
}

TEST_CASE("clicking a node in the structure tree brings its unit to the top of the reader", "[gui][tree]")
{
    Window w;
    QTreeView *tree = w.window->structureDock()->view();
    const int order = w.unitStarting(u"(ii) Competition over Order");
    // Find the node in the tree and click it like a user.
    QModelIndex target;
    for (int part = 0; part < tree->model()->rowCount(); ++part) {
        const QModelIndex p = tree->model()->index(part, 0);
        for (int section = 0; section < tree->model()->rowCount(p); ++section) {
            const QModelIndex s = tree->model()->index(section, 0, p);
            if (s.data(UnitSeqRole).toInt() == order)
                target = s;
        }
    }
    REQUIRE(target.isValid());
    tree->scrollTo(target);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(target).center());
    CHECK(w.reader()->currentUnit() == order);
    const QRect row = w.reader()->unitRect(order);
    CHECK(row.top() >= 0);
    CHECK(row.top() < 60); // at the top, below the heading's own space
    // The status bar says where the reader is.
    QStringList status;
    for (const QLabel *label : w.window->statusBar()->findChildren<QLabel *>())
        status << label->text() << toPlain(label->toolTip()); // a long path is elided; its tooltip holds it whole
    CHECK(status.contains(QStringLiteral("Unit %1 of 57").arg(order)));
    CHECK(status.join(u'|').contains(
        u"II. The Three Aspects of U.S. Technology Competition with China › (ii) Competition over Order"));
}

TEST_CASE("scrolling the reader selects the node being read", "[gui][tree]")
{
    Window w;
    const int point = w.unitStarting(u"(2) Pushing international adoption");
    w.reader()->scrollToUnit(point);
    QTreeView *tree = w.window->structureDock()->view();
    CHECK(tree->currentIndex().data(UnitSeqRole).toInt() == point);
    // An unnumbered paragraph selects the heading it belongs to.
    const int generally = w.unitStarting(u"Generally speaking");
    w.reader()->scrollToUnit(generally);
    CHECK(tree->currentIndex()
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(u"2. Main Features of the Competition over Values"));
    // Scrolling by the scroll bar, not by a jump, does the same.
    w.reader()->scrollToUnit(1);
    QScrollBar *bar = w.reader()->verticalScrollBar();
    const QRect target = w.reader()->unitRect(point);
    bar->setValue(bar->value() + target.top() + 5);
    CHECK(w.reader()->currentUnit() == point);
    CHECK(tree->currentIndex().data(UnitSeqRole).toInt() == point);
}

TEST_CASE("results follow the typing once it pauses, not on every key", "[gui][search]")
{
    Window w;
    SearchDock *dock = w.window->searchDock();
    typeText(w.window->searchField(), QStringLiteral("芯片"));
    // Each key restarts the pause: nothing is searched while the user is still typing.
    CHECK(dock->state() == SearchDock::State::Empty);
    // Then, with no further key, the results arrive by themselves.
    REQUIRE(QTest::qWaitFor([&] { return dock->state() != SearchDock::State::Empty; }, 5000));
    CHECK(dock->state() == SearchDock::State::Results);
    CHECK(dock->model()->rowCount() > 0);
    // Clearing the field returns to the empty state the same way.
    w.window->searchField()->clear();
    REQUIRE(QTest::qWaitFor([&] { return dock->state() == SearchDock::State::Empty; }, 5000));
    CHECK(dock->model()->rowCount() == 0);
}

TEST_CASE("searching 脱钩 lists the hits and marks them in the reader", "[gui][search]")
{
    Window w;
    SearchDock *dock = w.window->searchDock();
    CHECK(dock->state() == SearchDock::State::Empty);
    typeText(w.window->searchField(), QStringLiteral("脱钩"));
    CHECK(w.window->searchField()->text() == u"脱钩");
    searchAndWait(*w.window); // instead of waiting for the typing pause
    REQUIRE(dock->state() == SearchDock::State::Results);

    // As many rows as Chinese units containing 脱钩 (a full scan of the paper).
    int expected = 0;
    for (const Unit &unit : w.paper().units)
        expected += searchNormalised(unit.zh).contains(u"脱钩") ? 1 : 0;
    CHECK(dock->model()->rowCount() == expected);

    // F3 steps to the first hit: the reader shows it and marks every hit in the unit.
    QTest::keyClick(w.window.get(), Qt::Key_F3);
    const QModelIndex first = dock->view()->currentIndex().siblingAtColumn(0);
    REQUIRE(first.isValid());
    const int unit = first.data(UnitSeqRole).toInt();
    const int start = first.data(TextStartRole).toInt();
    CHECK(w.paper().units[unit - 1].zh.mid(start, 2) == u"脱钩");
    CHECK(w.reader()->isMarkedAsHit(unit, Lang::Zh, start));
    const QRect hit = w.reader()->textRect(unit, Lang::Zh, {start, 2});
    CHECK(w.reader()->viewport()->rect().contains(hit));
    QTest::keyClick(w.window.get(), Qt::Key_F3);
    CHECK(dock->view()->currentIndex().row() == 1);
    QTest::keyClick(w.window.get(), Qt::Key_F3, Qt::ShiftModifier);
    CHECK(dock->view()->currentIndex().row() == 0);

    // No results, then an empty query: each has its own state.
    w.window->searchField()->setText(QStringLiteral("qwertyuiop"));
    searchAndWait(*w.window);
    CHECK(dock->state() == SearchDock::State::NoResults);
    w.window->searchField()->clear();
    searchAndWait(*w.window);
    CHECK(dock->state() == SearchDock::State::Empty);
    CHECK_FALSE(w.reader()->isMarkedAsHit(unit, Lang::Zh, start));
}

TEST_CASE("English search: small yard", "[gui][search]")
{
    Window w;
    w.window->searchField()->setText(QStringLiteral("small yard"));
    searchAndWait(*w.window);
    const SearchResultsModel *model = w.window->searchDock()->model();
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 0).data(MarkedTextRole).toString().contains(u"«"));
}

TEST_CASE("search runs off the UI thread, and a query replaced before its results arrive never shows them",
          "[gui][search]")
{
    Window w;
    SearchJob *job = w.window->findChild<SearchJob *>();
    REQUIRE(job);
    QSignalSpy arrived(job, &SearchJob::finished);
    // The first query's search is done on the worker, its results on their way to the window as
    // an event, when the user replaces the query.
    w.window->searchField()->setText(QStringLiteral("脱钩"));
    w.window->searchNow();
    CHECK(job->isPending());
    job->waitForFinished();
    w.window->searchField()->setText(QStringLiteral("small yard"));
    w.window->searchNow();
    REQUIRE(arrived.wait(10000));
    job->waitForFinished();
    QCoreApplication::processEvents(); // whatever else was on its way
    CHECK(arrived.count() == 1);
    CHECK_FALSE(job->isPending());
    const SearchResultsModel *model = w.window->searchDock()->model();
    CHECK(model->query() == u"small yard");
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString snippet = model->index(row, 0).data(MarkedTextRole).toString();
        CHECK(snippet.contains(u"«small", Qt::CaseInsensitive));
        CHECK_FALSE(snippet.contains(u"«脱钩»"));
    }

    // Clearing the field while a search runs: its results never come.
    w.window->searchField()->setText(QStringLiteral("芯片"));
    w.window->searchNow();
    w.window->searchField()->clear();
    w.window->searchNow();
    job->waitForFinished();
    QCoreApplication::processEvents();
    CHECK(arrived.count() == 1);
    CHECK(w.window->searchDock()->state() == SearchDock::State::Empty);
}

TEST_CASE("Enter in the search field steps to the first hit once the results are in", "[gui][search]")
{
    Window w;
    SearchJob *job = w.window->findChild<SearchJob *>();
    REQUIRE(job);
    QSignalSpy arrived(job, &SearchJob::finished);
    typeText(w.window->searchField(), QStringLiteral("脱钩"));
    QTest::keyClick(w.window->searchField(), Qt::Key_Return); // before the typing pause is over
    REQUIRE(arrived.wait(10000));
    SearchDock *dock = w.window->searchDock();
    REQUIRE(dock->state() == SearchDock::State::Results);
    const QModelIndex first = dock->view()->currentIndex().siblingAtColumn(0);
    REQUIRE(first.isValid());
    CHECK(first.row() == 0);
    const int unit = first.data(UnitSeqRole).toInt();
    const QRect hit = w.reader()->textRect(unit, Lang::Zh, {first.data(TextStartRole).toInt(), 2});
    CHECK(w.reader()->viewport()->rect().contains(hit));
}

TEST_CASE("each view mode lays the languages out as it says", "[gui][reader]")
{
    Window w;
    ReaderView *reader = w.reader();
    const int seq = w.unitStarting(u"(1) Fighting for the right");
    auto rects = [&] {
        reader->scrollToUnit(seq);
        return std::pair{reader->textRect(seq, Lang::En, {0, 1}), reader->textRect(seq, Lang::Zh, {0, 1})};
    };
    w.window->setViewMode(ReaderView::Mode::English);
    auto [en, zh] = rects();
    CHECK(en.isValid());
    CHECK_FALSE(zh.isValid());
    w.window->setViewMode(ReaderView::Mode::Chinese);
    std::tie(en, zh) = rects();
    CHECK_FALSE(en.isValid());
    CHECK(zh.isValid());
    w.window->setViewMode(ReaderView::Mode::Interleaved);
    std::tie(en, zh) = rects();
    REQUIRE(en.isValid());
    REQUIRE(zh.isValid());
    CHECK(zh.top() > en.bottom());              // Chinese below its English
    CHECK(std::abs(zh.left() - en.left()) < 4); // in the same column
    w.window->setViewMode(ReaderView::Mode::SideBySide);
    std::tie(en, zh) = rects();
    CHECK(zh.left() > en.right());
    // The mode is kept across sessions.
    w.window->setViewMode(ReaderView::Mode::Interleaved);
    w.window->saveSession();
    w.open();
    CHECK(w.reader()->mode() == ReaderView::Mode::Interleaved);
}

TEST_CASE("zoom, reading position, document, window size and docks are kept across sessions", "[gui][settings]")
{
    Window w;
    const int seq = w.unitStarting(u"(3) Building alliance relationships");
    QTest::keyClick(w.window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(w.window.get(), Qt::Key_Plus, Qt::ControlModifier);
    CHECK(w.reader()->zoom() == 2);
    w.reader()->scrollToUnit(seq);
    // The window's size and its docks' layout come back too.
    REQUIRE(w.window->citationsDock()->isVisible());
    w.window->citationsDock()->close();
    w.window->resize(1010, 720);
    w.window->close();
    w.open();
    CHECK(w.reader()->zoom() == 2);
    CHECK(w.reader()->currentUnit() == seq);
    CHECK(w.window->size() == QSize(1010, 720));
    CHECK_FALSE(w.window->citationsDock()->isVisible());
    CHECK(w.window->structureDock()->isVisible());
    QTest::keyClick(w.window.get(), Qt::Key_0, Qt::ControlModifier);
    CHECK(w.reader()->zoom() == 0);
}

TEST_CASE("keyboard: next and previous unit and section, focus between panes", "[gui][keyboard]")
{
    Window w;
    w.reader()->setFocus();
    const int start = w.unitStarting(u"(1) Fighting for the right");
    w.reader()->scrollToUnit(start);
    QTest::keyClick(w.window.get(), Qt::Key_Down, Qt::AltModifier);
    CHECK(w.reader()->currentUnit() == start + 1);
    QTest::keyClick(w.window.get(), Qt::Key_Up, Qt::AltModifier);
    CHECK(w.reader()->currentUnit() == start);
    QTest::keyClick(w.window.get(), Qt::Key_PageDown, Qt::AltModifier);
    CHECK(w.paper().units[w.reader()->currentUnit() - 1].kind == UnitKind::Heading);
    CHECK(w.reader()->currentUnit() > start);
    QTest::keyClick(w.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == w.window->searchField());
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == w.window->structureDock()->view());
    QTest::keyClick(w.window.get(), Qt::Key_2, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == w.reader());
}

TEST_CASE("copy with citation: both languages and the reference", "[gui][reader]")
{
    Window w;
    const int seq = w.unitStarting(u"(2) There is a shift from");
    w.reader()->scrollToUnit(seq);
    QTest::keyClick(w.window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QString copied = QApplication::clipboard()->text();
    CHECK(copied.contains(w.paper().units[seq - 1].en));
    CHECK(copied.contains(w.paper().units[seq - 1].zh));
    CHECK(copied.contains(u"Gu Xueming 顾学明 and Liu Yiming 刘一鸣 (2023)"));
    CHECK(copied.contains(u"https://interpret.csis.org/"));
    CHECK(copied.contains(QStringLiteral("unit %1").arg(seq)));

    // Selecting with the mouse and copying gives exactly the words selected.
    const Unit &unit = w.paper().units[seq - 1];
    const int from = int(unit.en.indexOf(u"small yard"));
    const QRect a = w.reader()->textRect(seq, Lang::En, {from, 1});
    const QRect b = w.reader()->textRect(seq, Lang::En, {from + 9, 1});
    QTest::mousePress(w.reader()->viewport(), Qt::LeftButton, {}, QPoint(a.left() + 1, a.center().y()));
    QTest::mouseMove(w.reader()->viewport(), QPoint(b.right(), b.center().y()));
    QTest::mouseRelease(w.reader()->viewport(), Qt::LeftButton, {}, QPoint(b.right(), b.center().y()));
    CHECK(w.reader()->selectedText() == u"small yard");
    QTest::keyClick(w.reader(), Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == u"small yard");
}

// What a hovering mouse shows at a point of the reader, as plain text.
QString tooltipAt(ReaderView *reader, QPoint pos)
{
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, pos, reader->viewport()->mapToGlobal(pos));
    QCoreApplication::sendEvent(reader->viewport(), &help);
    return QToolTip::isVisible() ? toPlain(QToolTip::text()) : QString();
}

TEST_CASE("hovering a citation, a footnote marker, a notes badge or a glossary term explains it", "[gui][citations]")
{
    Window w;
    ReaderView *reader = w.reader();

    // A citation names its work in both scripts and its form in the other language.
    int citation = -1;
    for (int i = 0; i < w.paper().citations.size() && citation < 0; ++i) {
        if (w.paper().citations[i].lang == Lang::En && w.paper().citations[i].author == u"Han Kewei")
            citation = i;
    }
    REQUIRE(citation >= 0);
    const CitationOccurrence &c = w.paper().citations[citation];
    reader->scrollToUnit(c.unitSeq);
    const QString onCitation = tooltipAt(reader, reader->textRect(c.unitSeq, Lang::En, {c.start, 1}).center());
    CHECK(onCitation.contains(u"Han Kewei, 2006"));
    CHECK(onCitation.contains(u"韩可卫"));
    CHECK(onCitation.contains(u"In the Chinese:"));

    // A footnote marker says which note it is, without changing the text it is glued to.
    REQUIRE_FALSE(w.paper().footnotes.isEmpty());
    const FootnoteMarker &f = w.paper().footnotes.first();
    reader->scrollToUnit(f.unitSeq);
    const QString onFootnote = tooltipAt(reader, reader->textRect(f.unitSeq, Lang::En, {f.start, f.length}).center());
    CHECK(onFootnote.startsWith(QStringLiteral("Footnote %1.").arg(f.number)));

    // The badge beside a unit whose languages disagree gives the alignment note.
    REQUIRE_FALSE(w.paper().notes.isEmpty());
    const AlignmentNote &note = w.paper().notes.first();
    reader->scrollToUnit(note.unitSeq);
    const QRect text = reader->textRect(note.unitSeq, Lang::En, {0, 1});
    const QPoint badge(text.left() - reader->fontMetrics().height(),
                       reader->unitRect(note.unitSeq).top() + reader->fontMetrics().height());
    CHECK(tooltipAt(reader, badge).contains(AlignmentNotesModel::describe(note)));

    // A glossary term, marked in the text, gives its two names and its definition.
    const QList<GlossaryTerm> &terms = w.window->glossaryDock()->terms();
    const auto term =
        std::find_if(terms.begin(), terms.end(), [](const GlossaryTerm &t) { return t.termZh == u"小院高墙"; });
    REQUIRE(term != terms.end());
    const auto span = std::find_if(term->occurrences.begin(), term->occurrences.end(),
                                   [](const UnitSpan &o) { return o.lang == Lang::Zh; });
    REQUIRE(span != term->occurrences.end());
    reader->scrollToUnit(span->unitSeq);
    const QString onTerm = tooltipAt(reader, reader->textRect(span->unitSeq, Lang::Zh, {span->start + 1, 1}).center());
    CHECK(onTerm.contains(term->termEn));
    CHECK(onTerm.contains(term->definitionEn.left(30)));
}

TEST_CASE("clicking a citation opens it in the Citations dock", "[gui][citations]")
{
    Window w;
    int citation = -1;
    for (int i = 0; i < w.paper().citations.size(); ++i) {
        if (w.paper().citations[i].lang == Lang::En && w.paper().citations[i].author == u"Han Kewei")
            citation = i;
    }
    REQUIRE(citation >= 0);
    const CitationOccurrence &c = w.paper().citations[citation];
    w.reader()->scrollToUnit(c.unitSeq);
    // Its first letter: the whole citation may wrap, and the centre of two half lines is no link.
    const QRect rect = w.reader()->textRect(c.unitSeq, Lang::En, {c.start, 1});
    REQUIRE(w.reader()->viewport()->rect().contains(rect.center()));
    QTest::mouseClick(w.reader()->viewport(), Qt::LeftButton, {}, rect.center());
    QTreeView *view = w.window->citationsDock()->view();
    CHECK(w.window->citationsDock()->isVisible());
    CHECK(view->currentIndex().data(CitationRole).toInt() == citation);
    CHECK(view->currentIndex().parent().data(Qt::DisplayRole).toString() == u"Han Kewei");
    CHECK(view->currentIndex().parent().siblingAtColumn(1).data().toString() == u"韩可卫");
}

TEST_CASE("the alignment notes dock jumps to the unit", "[gui][notes]")
{
    Window w;
    QTreeView *view = w.window->notesDock()->view();
    REQUIRE(view->model()->rowCount() >= 3);
    const QModelIndex gap = view->model()->index(0, 0);
    view->scrollTo(gap);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(gap).center());
    CHECK(w.reader()->currentUnit() == gap.data(UnitSeqRole).toInt());
}

TEST_CASE("switching the UI to Chinese translates menus, panels and the status bar", "[gui][i18n]")
{
    Window w;
    w.window->setUiLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    QStringList menus;
    for (QAction *action : w.window->menuBar()->actions())
        menus.append(action->text());
    CHECK(menus == QStringList{u"文件(&F)"_qs, u"编辑(&E)"_qs, u"视图(&V)"_qs, u"批注(&A)"_qs, u"转到(&G)"_qs,
                               u"学习(&S)"_qs, u"工具(&T)"_qs, u"帮助(&H)"_qs});
    CHECK(w.window->structureDock()->windowTitle() == u"结构");
    CHECK(w.window->searchDock()->windowTitle() == u"搜索结果");
    CHECK(w.window->searchField()->placeholderText().startsWith(u"搜索"));
    CHECK(w.window->windowTitle().startsWith(u"技术权力视角下美国对华技术竞争及中国应对"));
    w.window->setUiLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    CHECK(w.window->menuBar()->actions().front()->text() == u"&File");
    CHECK(w.window->structureDock()->windowTitle() == u"Structure");
}

TEST_CASE("every string of the UI has a Chinese translation", "[gui][i18n]")
{
    const QByteArray ts = readFile(sourceDir() + QStringLiteral("/resources/translations/duizhao_zh_CN.ts"));
    CHECK(ts.count("<message") > 100);
    CHECK(ts.count("type=\"unfinished\"") == 0);
    CHECK(ts.count("<translation></translation>") == 0);
}

TEST_CASE("importing a bad file shows an error and leaves the library as it was", "[gui][import]")
{
    Window w;
    const QByteArray before = libraryFingerprint(w.libraryPath);
    const QString bad = w.dir.filePath(QStringLiteral("bad.txt"));
    writeFile(bad, QByteArray("A title\n\nonly English here\n\n\xff\xfe broken\n"));
    w.window->importFiles({bad});
    REQUIRE(w.window->importJob());
    w.window->importJob()->waitForFinished();
    QApplication::processEvents();
    REQUIRE(w.messages.size() == 1);
    CHECK(w.messages.front().contains(bad + u":5:"));
    CHECK(w.messages.front().contains(u"unchanged"));
    CHECK(libraryFingerprint(w.libraryPath) == before);

    // A good paper imports off the UI thread and opens.
    w.window->importFiles({fixture(QStringLiteral("papers/chapters.txt"))});
    w.window->importJob()->waitForFinished();
    QApplication::processEvents();
    CHECK(w.messages.size() == 1);
    CHECK(w.paper().meta.titleEn == u"Regulations on the Management of Example Data");
    CHECK(w.window->libraryDock()->view()->model()->rowCount() == 2);
}

TEST_CASE("the Library panel of a large library shows the open paper, reading the list only up to it", "[gui][scale]")
{
    Window w;
    // 249 tiny papers after the bundled one, each under a title of its own.
    const QByteArray tiny = readFile(fixture(QStringLiteral("papers/no-summary.txt")));
    const QByteArray body = tiny.mid(tiny.indexOf('\n'));
    QList<qint64> ids;
    {
        Library library(w.libraryPath);
        Transaction transaction(library.database());
        for (int i = 1; i <= 249; ++i) {
            const QByteArray text = QStringLiteral("A Tiny Paper %1").arg(i).toUtf8() + body;
            ids.append(
                library.addPaper(PaperReader::parseBytes(text, QStringLiteral("tiny-%1.txt").arg(i))).documentId);
        }
        transaction.commit();
    }
    w.window->openDocument(ids[129]); // the 131st paper of 250
    REQUIRE(QTest::qWaitFor([&] { return w.window->panelsReady(); }, 5000));
    QTreeView *view = w.window->libraryDock()->view();
    w.window->libraryDock()->raise();
    QApplication::processEvents();
    CHECK(view->currentIndex().data().toString() == u"A Tiny Paper 130");
    CHECK(view->currentIndex().row() == 130);
    // Pages of 100 up to the open paper: the rest are read when the list is scrolled to them.
    CHECK(view->model()->rowCount() < 250);
    CHECK(view->model()->canFetchMore({}));
    view->scrollToBottom();
    for (int i = 0; i < 5 && view->model()->canFetchMore({}); ++i) {
        view->scrollToBottom();
        QApplication::processEvents();
    }
    CHECK(view->model()->rowCount() == 250);
    CHECK(view->model()->index(249, 0).data().toString() == u"A Tiny Paper 249");
}

namespace {

// Pixels of the reader drawn in a framework level's colour: the stripes down the left of its units.
int frameworkColouredPixels(ReaderView *reader)
{
    QSet<QRgb> colours;
    for (const QString &level : FrameworkStyle::levels())
        colours.insert(FrameworkStyle::color(level).rgb());
    const QImage image = reader->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            count += colours.contains(line[x] | 0xFF000000u) ? 1 : 0;
    }
    return count;
}

} // namespace

TEST_CASE("a paper without a framework shows no framework legend, stripes or level filter", "[gui][import]")
{
    Window w;
    const qint64 bundledId = w.window->documentId();
    StructureDock *structure = w.window->structureDock();
    MeasuresDock *measures = w.window->measuresDock();
    measures->ensureContent();
    auto legend = [&] { return structure->findChild<QWidget *>(QStringLiteral("frameworkLegend")); };
    REQUIRE(legend());
    // The bundled paper has its framework: the legend explains the stripes the reader draws.
    CHECK(legend()->isVisibleTo(structure));
    CHECK(measures->levelFilter()->isVisibleTo(measures));
    // The introduction speaks of every level and has no stripe; the second competition has one.
    const int order = w.unitStarting(u"(ii) Competition over Order");
    w.reader()->scrollToUnit(order);
    QApplication::processEvents();
    CHECK(frameworkColouredPixels(w.reader()) > 0);

    // A law of another government, without framework data.
    w.window->importFiles({fixture(QStringLiteral("papers/chapters.txt"))});
    REQUIRE(w.window->importJob());
    w.window->importJob()->waitForFinished();
    QApplication::processEvents();
    REQUIRE(w.paper().meta.titleEn == u"Regulations on the Management of Example Data");
    REQUIRE(QTest::qWaitFor([&] { return w.window->panelsReady(); }, 5000));
    CHECK(structure->view()->model()->rowCount() == 2); // its two chapters, but nothing to explain
    CHECK_FALSE(legend()->isVisibleTo(structure));
    CHECK_FALSE(measures->levelFilter()->isVisibleTo(measures));
    CHECK(measures->view()->isColumnHidden(MeasuresModel::Level));
    CHECK(frameworkColouredPixels(w.reader()) == 0);

    // Back to the bundled paper: all of it returns.
    w.window->openDocument(bundledId);
    REQUIRE(QTest::qWaitFor([&] { return w.window->panelsReady(); }, 5000));
    CHECK(legend()->isVisibleTo(structure));
    CHECK(measures->levelFilter()->isVisibleTo(measures));
    CHECK_FALSE(measures->view()->isColumnHidden(MeasuresModel::Level));
    w.reader()->scrollToUnit(order);
    QApplication::processEvents();
    CHECK(frameworkColouredPixels(w.reader()) > 0);
}

TEST_CASE("an import whose framework data does not fit shows the warnings, by file, after it is done", "[gui][import]")
{
    Window w;
    // The bundled paper's title with a sentence its curated data quotes changed: another version.
    QByteArray other = bundledSource();
    REQUIRE(other.count("Technological power is the foundation") == 1);
    other.replace("Technological power is the foundation", "Technological power is the basis");
    const QString file = w.dir.filePath(QStringLiteral("other-version.txt"));
    writeFile(file, other);
    w.window->importFiles({fixture(QStringLiteral("papers/two-levels.txt")), file});
    REQUIRE(w.window->importJob());
    w.window->importJob()->waitForFinished();
    QApplication::processEvents();
    // Both papers are in, and the warning names the file it is about (and only that one).
    CHECK(w.window->libraryDock()->view()->model()->rowCount() == 3);
    REQUIRE(w.messages.size() == 1);
    const QString message = w.messages.front();
    CHECK(message.startsWith(u"Imported with Warnings\n"));
    CHECK(message.contains(u"\nother-version.txt\n"));
    CHECK_FALSE(message.contains(u"two-levels.txt"));
    CHECK(message.contains(u"does not fit this text of the paper"));
    CHECK(message.contains(u"measure candidates were proposed instead"));
}

TEST_CASE("dropping a .txt paper on the window imports it; dropping other things does nothing", "[gui][import]")
{
    Window w;
    // A drag that carries no files is refused.
    QMimeData text;
    text.setText(QStringLiteral("just words"));
    QDragEnterEvent refused(QPoint(400, 300), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.window.get(), &refused);
    CHECK_FALSE(refused.isAccepted());

    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("papers/two-levels.txt")))});
    QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.window.get(), &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(QPointF(400, 300), Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(w.window.get(), &drop);
    REQUIRE(w.window->importJob());
    w.window->importJob()->waitForFinished();
    QApplication::processEvents();
    CHECK(w.messages.isEmpty());
    CHECK(w.window->libraryDock()->view()->model()->rowCount() == 2);
    CHECK(w.paper().units.size() > 0);
    CHECK(w.paper().meta.titleEn != u"U.S. Technology Competition with China and China’s Countermeasures from the "
                                    u"Perspective of Technology Power");
}

TEST_CASE("a paper without curated data: its proposed measures are accepted or rejected in a dialog",
          "[gui][framework]")
{
    Window w;
    w.window->importFiles({fixture(QStringLiteral("papers/measures.txt"))});
    REQUIRE(w.window->importJob());
    w.window->importJob()->waitForFinished();
    QApplication::processEvents();
    REQUIRE(w.messages.isEmpty());
    Library &library = *w.window->library();
    const qint64 doc = w.window->documentId();
    const int proposed = int(MeasureStore(library).candidates(doc).size());
    REQUIRE(proposed >= 2);
    CHECK(MeasureStore(library).measures(doc).isEmpty());

    CandidatesDialog dialog(library, doc, w.window.get());
    auto *list = dialog.findChild<QTreeWidget *>();
    REQUIRE(list);
    CHECK(list->topLevelItemCount() == proposed);
    auto button = [&](const QString &text) {
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        FAIL("no button " << text.toStdString());
        return static_cast<QPushButton *>(nullptr);
    };
    const QString first = list->topLevelItem(0)->text(0);
    list->setCurrentItem(list->topLevelItem(0));
    QTest::mouseClick(button(QStringLiteral("&Accept")), Qt::LeftButton);
    list->setCurrentItem(list->topLevelItem(1));
    QTest::mouseClick(button(QStringLiteral("&Reject")), Qt::LeftButton);
    CHECK(dialog.changed());
    const QList<Measure> accepted = MeasureStore(library).measures(doc);
    REQUIRE(accepted.size() == 1);
    CHECK(accepted.front().nameEn == first);
    CHECK(MeasureStore(library).candidates(doc, QStringLiteral("rejected")).size() == 1);
}

TEST_CASE("showing a hit in the language that is hidden switches to both and brings the words into view",
          "[gui][search]")
{
    Window w;
    w.window->resize(1000, 520);
    QApplication::processEvents();
    // The end of the longest Chinese paragraph of the paper's second half, far down its unit.
    const Unit *longest = &w.paper().units.back();
    for (const Unit &unit : w.paper().units) {
        if (unit.seq > 28 && unit.zh.size() > longest->zh.size())
            longest = &unit;
    }
    const TextRange end{int(longest->zh.size()) - 2, 2};
    for (const ReaderView::Mode mode : {ReaderView::Mode::English, ReaderView::Mode::SideBySide}) {
        w.window->setViewMode(mode);
        w.reader()->scrollToUnit(1);
        w.reader()->showRange(longest->seq, Lang::Zh, end);
        CHECK(w.reader()->mode() != ReaderView::Mode::English);
        const QRect rect = w.reader()->textRect(longest->seq, Lang::Zh, end);
        REQUIRE(rect.isValid());
        CHECK(w.reader()->viewport()->rect().contains(rect));
    }
}

TEST_CASE("the main widgets have accessible names; Qt's own strings follow the Chinese UI", "[gui][i18n]")
{
    Window w;
    QList<QWidget *> widgets{w.window->reader(),
                             w.window->searchField(),
                             w.window->structureDock()->view(),
                             w.window->citationsDock()->view(),
                             w.window->searchDock()->view(),
                             w.window->libraryDock()->view(),
                             w.window->annotationsDock()->view()};
    for (QWidget *widget : widgets) {
        INFO(widget->metaObject()->className());
        CHECK_FALSE(widget->accessibleName().isEmpty());
    }
    w.window->setUiLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents(); // the LanguageChange event
    // Standard buttons come from Qt's translations (qt6-translations-l10n).
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"取消");
    CHECK(w.window->reader()->accessibleName() == u"阅读区");
    w.window->setUiLanguage(QStringLiteral("en"));
    CHECK(QCoreApplication::translate("QPlatformTheme", "Cancel") == u"Cancel");
}

TEST_CASE("a paper ten times the size: jumps land, rows stay aligned while layout finishes", "[gui][reader][large]")
{
    QTemporaryDir dir;
    Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("large.duizhao"));
    {
        Library library(path);
        library.addPaper(PaperReader::parseBytes(repeatedPaper(10), QStringLiteral("ten.txt")));
    }
    MainWindow window;
    window.resize(1200, 800);
    REQUIRE(window.openLibrary(path));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    ReaderView *reader = window.reader();
    REQUIRE(reader->paper().units.size() == 570);

    // Jump far before the background layout has finished: the unit lands at the top.
    reader->scrollToUnit(400);
    CHECK(reader->currentUnit() == 400);
    CHECK(reader->unitRect(400).top() >= 0);
    CHECK(reader->unitRect(400).top() < 60);
    // Finishing the layout of the rest does not move what the reader is looking at.
    reader->finishLayout();
    CHECK(reader->currentUnit() == 400);
    CHECK(reader->unitRect(400).top() < 60);
    for (int seq : {1, 57, 399, 400, 401, 570}) {
        reader->scrollToUnit(seq);
        INFO("unit " << seq);
        const QRect en = reader->textRect(seq, Lang::En, {0, 1});
        const QRect zh = reader->textRect(seq, Lang::Zh, {0, 1});
        CHECK(std::abs(en.top() - zh.top()) <= 4);
        if (seq < 570)
            CHECK(reader->unitRect(seq).bottom() < reader->unitRect(seq + 1).top() + 1);
    }
    window.close();
    Settings::useFile(QString());
}

TEST_CASE("imported text is data, never markup", "[gui][security]")
{
    const Paper paper = PaperReader::readFile(fixture(QStringLiteral("papers/markup.txt")));
    REQUIRE(paper.units.size() == 2);
    CHECK(paper.units[0].en == u"I. The <img src=\"/etc/hostname\"> Problem");
    CHECK(paper.meta.titleEn == u"A Paper About <b>Bold</b> Claims");

    // Whatever rich-text widget shows it, the text comes out exactly as it went in.
    for (const QString &text : {paper.units[0].en, paper.units[1].en, paper.units[1].zh, paper.meta.titleZh}) {
        const QString html = plainToHtml(text);
        CHECK_FALSE(html.contains(u"<img"));
        CHECK_FALSE(html.contains(u"<a "));
        QTextDocument document;
        document.setHtml(html);
        CHECK(document.toPlainText() == text);
    }

    // In the window: the title bar, the tree and the status bar show the tags as written.
    QTemporaryDir dir;
    Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString path = dir.filePath(QStringLiteral("markup.duizhao"));
    Library(path).addPaper(paper);
    MainWindow window;
    REQUIRE(window.openLibrary(path));
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return window.panelsReady(); }, 5000));
    CHECK(window.windowTitle().startsWith(u"A Paper About <b>Bold</b> Claims"));
    const QModelIndex node = window.structureDock()->view()->model()->index(0, 0);
    CHECK(node.data().toString().contains(u"<img src=\"/etc/hostname\">"));
    QStringList status;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->text().contains(u'<'))
            CHECK(label->textFormat() == Qt::PlainText);
        status << label->text() << toPlain(label->toolTip());
    }
    CHECK(status.join(u'|').contains(u"<img"));
    window.close();
    Settings::useFile(QString());
}

TEST_CASE("highlighting a selection marks it, and undo and redo take it away and back", "[gui][annotations]")
{
    Window w;
    const int seq = w.unitStarting(u"(2) There is a shift from");
    w.reader()->scrollToUnit(seq);
    const Unit &unit = w.paper().units[seq - 1];
    const int from = int(unit.zh.indexOf(u"小院高墙"));
    REQUIRE(from > 0);
    // Select 小院高墙 in the Chinese column with the mouse, as a reader would.
    const QRect a = w.reader()->textRect(seq, Lang::Zh, {from, 1});
    const QRect b = w.reader()->textRect(seq, Lang::Zh, {from + 3, 1});
    QTest::mousePress(w.reader()->viewport(), Qt::LeftButton, {}, QPoint(a.left() + 1, a.center().y()));
    QTest::mouseMove(w.reader()->viewport(), QPoint(b.right(), b.center().y()));
    QTest::mouseRelease(w.reader()->viewport(), Qt::LeftButton, {}, QPoint(b.right(), b.center().y()));
    REQUIRE(w.reader()->selectedText() == u"小院高墙");
    QTest::keyClick(w.window.get(), Qt::Key_H, Qt::ControlModifier);

    AnnotationStore *store = w.window->annotationStore();
    AnnotationFilter filter;
    filter.documentId = w.window->documentId();
    QList<Annotation> marks = store->list(filter);
    REQUIRE(marks.size() == 1);
    CHECK(marks.front().quote == u"小院高墙");
    CHECK(marks.front().lang == Lang::Zh);
    const QString uuid = marks.front().uuid;
    // The reader draws it: the mark is found under the words.
    CHECK(w.reader()->annotationAt(w.reader()->textRect(seq, Lang::Zh, {from + 1, 1}).center()) == marks.front().id);
    // The Annotations dock lists it.
    CHECK(w.window->annotationsDock()->view()->model()->rowCount() == 1);

    w.window->undoStack()->undo();
    CHECK(store->list(filter).isEmpty());
    CHECK(w.reader()->annotationAt(w.reader()->textRect(seq, Lang::Zh, {from + 1, 1}).center()) == 0);
    CHECK(w.window->annotationsDock()->view()->model()->rowCount() == 0);
    w.window->undoStack()->redo();
    marks = store->list(filter);
    REQUIRE(marks.size() == 1);
    CHECK(marks.front().uuid == uuid);

    // The mark stays on its words, and only on them, through zoom, view modes and a narrower window.
    const qint64 id = marks.front().id;
    auto markedAt = [&](int position) {
        w.reader()->scrollToUnit(seq);
        return w.reader()->annotationAt(w.reader()->textRect(seq, Lang::Zh, {position, 1}).center());
    };
    QTest::keyClick(w.window.get(), Qt::Key_Plus, Qt::ControlModifier);
    QTest::keyClick(w.window.get(), Qt::Key_Plus, Qt::ControlModifier);
    CHECK(markedAt(from + 1) == id);
    CHECK(markedAt(from + 3) == id);
    CHECK(markedAt(from + 4) != id); // the word after 小院高墙
    w.window->setViewMode(ReaderView::Mode::Interleaved);
    CHECK(markedAt(from + 1) == id);
    w.window->setViewMode(ReaderView::Mode::Chinese);
    CHECK(markedAt(from + 2) == id);
    w.window->resize(900, 700);
    QCoreApplication::processEvents();
    CHECK(markedAt(from + 1) == id);
    CHECK(markedAt(from + 3) == id);
    w.window->setViewMode(ReaderView::Mode::SideBySide);
    QTest::keyClick(w.window.get(), Qt::Key_0, Qt::ControlModifier);
    CHECK(markedAt(from) == id);
}

TEST_CASE("a coded unit applies to both languages; edits and removal are undoable", "[gui][annotations]")
{
    Window w;
    AnnotationStore *store = w.window->annotationStore();
    const int seq = w.unitStarting(u"(1) Double standards are applied");
    Annotation code;
    code.documentId = w.window->documentId();
    code.unitSeq = seq;
    code.scope = AnnotationScope::Unit;
    code.color = AnnotationPalette::resolve(u"blue");
    code.tags = {QStringLiteral("order")};
    w.window->undoStack()->push(new AddAnnotationCommand(*store, code));
    AnnotationFilter filter;
    filter.documentId = w.window->documentId();
    filter.tag = QStringLiteral("order");
    REQUIRE(store->list(filter).size() == 1);
    const Annotation stored = store->list(filter).front();
    CHECK(stored.covers(Lang::En));
    CHECK(stored.covers(Lang::Zh));
    w.reader()->scrollToUnit(seq);
    // The mark is under the words of either column.
    CHECK(w.reader()->annotationAt(w.reader()->textRect(seq, Lang::En, {5, 1}).center()) == stored.id);
    CHECK(w.reader()->annotationAt(w.reader()->textRect(seq, Lang::Zh, {5, 1}).center()) == stored.id);

    Annotation changed = stored;
    changed.note = QStringLiteral("Three double standards.\nSee also (2).");
    w.window->undoStack()->push(new EditAnnotationCommand(*store, stored, changed));
    CHECK(store->get(stored.id)->note == changed.note);
    w.window->undoStack()->undo();
    CHECK(store->get(stored.id)->note.isEmpty());
    w.window->removeAnnotation(stored.id);
    CHECK_FALSE(store->get(stored.id));
    w.window->undoStack()->undo();
    CHECK(store->get(stored.id));
}

TEST_CASE("the annotations dock filters by tag and text and jumps to the mark", "[gui][annotations]")
{
    Window w;
    AnnotationStore *store = w.window->annotationStore();
    auto mark = [&](QStringView english, QStringView words, const QString &tag) {
        const int seq = w.unitStarting(english);
        Annotation a;
        a.documentId = w.window->documentId();
        a.unitSeq = seq;
        a.lang = Lang::En;
        a.start = int(w.paper().units[seq - 1].en.indexOf(words));
        a.length = int(words.size());
        a.color = AnnotationPalette::resolve(u"yellow");
        a.tags = {tag};
        w.window->undoStack()->push(new AddAnnotationCommand(*store, a));
        return seq;
    };
    mark(u"(1) Fighting for the right", u"technology standards", QStringLiteral("order"));
    const int values = mark(u"(1) Building alliances based on values", u"values barriers", QStringLiteral("values"));
    AnnotationsDock *dock = w.window->annotationsDock();
    CHECK(dock->view()->model()->rowCount() == 2);
    dock->tagFilter()->setCurrentIndex(dock->tagFilter()->findData(QStringLiteral("values")));
    REQUIRE(dock->view()->model()->rowCount() == 1);
    dock->tagFilter()->setCurrentIndex(0);
    dock->textFilter()->setText(QStringLiteral("barriers"));
    REQUIRE(dock->view()->model()->rowCount() == 1);
    const QModelIndex row = dock->view()->model()->index(0, 0);
    dock->view()->scrollTo(row);
    w.reader()->scrollToUnit(1);
    QTest::mouseClick(dock->view()->viewport(), Qt::LeftButton, {}, dock->view()->visualRect(row).center());
    CHECK(w.reader()->currentUnit() <= values);
    CHECK(w.reader()->unitRect(values).intersects(w.reader()->viewport()->rect()));
}

TEST_CASE("a measure or a mark the filters hide, when chosen, shows every entry again and is selected",
          "[gui][measures][annotations]")
{
    Window w;
    MeasuresDock *measures = w.window->measuresDock();
    const auto *model = qobject_cast<const MeasuresModel *>(measures->proxy()->sourceModel());
    REQUIRE(model);
    const auto chips = std::find_if(model->measures().begin(), model->measures().end(),
                                    [](const Measure &m) { return m.key == u"chips-and-science-act"; });
    REQUIRE(chips != model->measures().end());
    measures->levelFilter()->setCurrentIndex(measures->levelFilter()->count() - 1);
    measures->textFilter()->setText(QStringLiteral("no such measure"));
    REQUIRE(measures->view()->model()->rowCount() == 0);
    measures->selectMeasure(chips->id);
    CHECK(measures->levelFilter()->currentIndex() == 0);
    CHECK(measures->textFilter()->text().isEmpty());
    CHECK(measures->view()->model()->rowCount() == int(model->measures().size()));
    const QModelIndex current = measures->view()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(measures->proxy()->mapToSource(current).row() == model->rowOf(chips->id));

    AnnotationStore *store = w.window->annotationStore();
    Annotation a;
    a.documentId = w.window->documentId();
    a.unitSeq = w.unitStarting(u"(2) There is a shift from");
    a.lang = Lang::En;
    a.start = int(w.paper().units[a.unitSeq - 1].en.indexOf(u"small yard"));
    a.length = 10;
    a.color = AnnotationPalette::resolve(u"blue");
    w.window->undoStack()->push(new AddAnnotationCommand(*store, a));
    const qint64 id = store->list({}).front().id;
    AnnotationsDock *annotations = w.window->annotationsDock();
    annotations->textFilter()->setText(QStringLiteral("no such words"));
    REQUIRE(annotations->view()->model()->rowCount() == 0);
    annotations->select(id);
    CHECK(annotations->textFilter()->text().isEmpty());
    REQUIRE(annotations->view()->currentIndex().isValid());
    CHECK(annotations->view()->currentIndex().data(AnnotationsModel::IdRole).toLongLong() == id);
}

TEST_CASE("File → Export Data and Table 1 write, for every format, the bytes duizhao-cli writes", "[gui][export]")
{
    Window w;
    using Format = DataExporter::Format;
    const QList<std::pair<Format, QStringList>> commands = {
        {Format::MeasuresCsv, {u"measures"_qs, u"--csv"_qs}},
        {Format::MeasuresJson, {u"measures"_qs, u"--json"_qs}},
        {Format::GlossaryCsv, {u"glossary"_qs, u"--csv"_qs}},
        {Format::GlossaryTbx, {u"glossary"_qs, u"--tbx"_qs}},
        {Format::GlossaryJson, {u"glossary"_qs, u"--json"_qs}},
        {Format::FrameworkJson, {u"framework"_qs, u"--json"_qs}},
        {Format::Table1Markdown, {u"table1"_qs, u"--markdown"_qs}},
        {Format::Table1Html, {u"table1"_qs, u"--html"_qs}},
        {Format::Table1Json, {u"table1"_qs, u"--json"_qs}},
        {Format::ReferencesBibtex, {u"refs"_qs, u"--bibtex"_qs}},
        {Format::ReferencesRis, {u"refs"_qs, u"--ris"_qs}},
        {Format::ReferencesCslJson, {u"refs"_qs, u"--csl-json"_qs}},
    };
    REQUIRE(commands.size() == DataExporter::formats().size());
    for (const auto &[format, args] : commands) {
        INFO(DataExporter::fileName(format).toStdString());
        const QString path = w.dir.filePath(DataExporter::fileName(format));
        REQUIRE(w.window->exportData(format, path));
        const ProcessResult cli =
            runProcess(QStringLiteral(DUIZHAO_CLI), QStringList{u"--db"_qs, w.libraryPath} + args);
        REQUIRE(cli.exitCode == 0);
        CHECK(cli.out.size() > 100);
        CHECK(readFile(path) == cli.out);
    }
    CHECK(w.messages.isEmpty());
}

TEST_CASE("File → Export PDF writes the paper off the UI thread; a cancelled export leaves no file", "[gui][export]")
{
    Window w;
    const QString path = w.dir.filePath(QStringLiteral("paper.pdf"));
    PdfExportOptions options;
    w.window->exportPdf(path, options);
    REQUIRE(w.window->exportJob());
    w.window->exportJob()->waitForFinished();
    QApplication::processEvents();
    REQUIRE(QFile::exists(path));
    CHECK(readFile(path).startsWith("%PDF-"));
    CHECK(w.messages.isEmpty());

    const QString cancelled = w.dir.filePath(QStringLiteral("cancelled.pdf"));
    w.window->exportPdf(cancelled, options);
    REQUIRE(w.window->exportJob());
    w.window->exportJob()->cancel();
    w.window->exportJob()->waitForFinished();
    QApplication::processEvents();
    CHECK_FALSE(QFile::exists(cancelled));
    CHECK(QDir(w.dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files) == QStringList{u"paper.pdf"_qs});
}

namespace {

// Opens Preferences with Ctrl+, as a user does, types `name` into "Your name" and presses OK.
void setNameInPreferences(MainWindow *window, const QString &name)
{
    bool seen = false;
    QTimer::singleShot(0, window, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        dialog->authorField()->clear();
        QTest::keyClicks(dialog->authorField(), name);
        dialog->accept();
    });
    // File → Preferences… (Ctrl+,)
    QAction *preferences = nullptr;
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Comma))
            preferences = action;
    }
    REQUIRE(preferences);
    preferences->trigger();
    REQUIRE(seen);
}

QString pdfFirstPage(const QString &path)
{
    const ProcessResult r =
        runProcess(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                                 QStringLiteral("1"), path, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out).simplified();
}

} // namespace

TEST_CASE("the measures' kind filter and column show kinds by name, in the UI's language", "[gui][measures]")
{
    Window w;
    MeasuresDock *dock = w.window->measuresDock();
    dock->ensureContent();
    QComboBox *kinds = dock->kindFilter();
    REQUIRE(kinds->count() > 3);
    int law = -1;
    for (int i = 1; i < kinds->count(); ++i) {
        const QString text = kinds->itemText(i);
        const QString code = kinds->itemData(i).toString();
        INFO(text.toStdString() << " / " << code.toStdString());
        // "Executive strategy", not "executive-strategy".
        CHECK_FALSE(text.contains(u'-'));
        CHECK(text.front().isUpper());
        CHECK(text != code);
        if (code == u"law")
            law = i;
    }
    REQUIRE(law > 0);
    CHECK(kinds->itemText(law) == u"Law");
    // Choosing a name filters by its kind, and the column says the same name.
    kinds->setCurrentIndex(law);
    QAbstractItemModel *rows = dock->view()->model();
    REQUIRE(rows->rowCount() > 0);
    for (int row = 0; row < rows->rowCount(); ++row)
        CHECK(rows->index(row, MeasuresModel::Kind).data().toString() == u"Law");
    kinds->setCurrentIndex(0);

    w.window->setUiLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    const int lawZh = kinds->findData(QStringLiteral("law"));
    REQUIRE(lawZh > 0);
    CHECK(kinds->itemText(lawZh) == u"法律");
}

TEST_CASE("the PDF's title page names the user: the account's name, or the one given in Preferences",
          "[gui][export][author]")
{
    Window w;
    AnnotationStore *store = w.window->annotationStore();
    // By default the account's name, never the program's.
    CHECK(store->author() == AnnotationStore::defaultAuthor());
    CHECK(store->author() != u"Duizhao");

    setNameInPreferences(w.window.get(), QStringLiteral("Ada Lovelace"));
    CHECK(store->author() == u"Ada Lovelace");
    const int seq = w.unitStarting(u"(2) There is a shift from");
    Annotation a;
    a.documentId = w.window->documentId();
    a.unitSeq = seq;
    a.lang = Lang::En;
    a.start = int(w.paper().units[seq - 1].en.indexOf(u"small yard"));
    a.length = 10;
    w.window->undoStack()->push(new AddAnnotationCommand(*store, a));

    const QString path = w.dir.filePath(QStringLiteral("paper.pdf"));
    w.window->exportPdf(path, PdfExportOptions());
    REQUIRE(w.window->exportJob());
    w.window->exportJob()->waitForFinished();
    QApplication::processEvents();
    const QString titlePage = pdfFirstPage(path);
    INFO(titlePage.toStdString());
    CHECK(titlePage.contains(u"annotations by Ada Lovelace"));
    CHECK_FALSE(titlePage.contains(u"by Duizhao"));

    // The name is remembered; an emptied field is the account's name again.
    w.window.reset();
    w.open();
    CHECK(w.window->annotationStore()->author() == u"Ada Lovelace");
    setNameInPreferences(w.window.get(), QString());
    CHECK(w.window->annotationStore()->author() == AnnotationStore::defaultAuthor());
}

TEST_CASE("Export Annotations as XFDF lays the PDF out off the UI thread, and the file imports elsewhere",
          "[gui][export][xfdf]")
{
    Window w;
    AnnotationStore *store = w.window->annotationStore();
    const int seq = w.unitStarting(u"(2) There is a shift from");
    Annotation a;
    a.documentId = w.window->documentId();
    a.unitSeq = seq;
    a.lang = Lang::En;
    a.start = int(w.paper().units[seq - 1].en.indexOf(u"small yard"));
    a.length = 10;
    a.color = AnnotationPalette::resolve(u"green");
    a.note = QStringLiteral("Key term.");
    w.window->undoStack()->push(new AddAnnotationCommand(*store, a));

    const QString path = w.dir.filePath(QStringLiteral("marks.xfdf"));
    w.window->exportXfdf(path);
    REQUIRE(w.window->exportJob());
    w.window->exportJob()->waitForFinished();
    QApplication::processEvents();
    CHECK(w.messages.isEmpty());
    REQUIRE(QFile::exists(path));
    const QByteArray xfdf = readFile(path);
    CHECK(xfdf.contains("<f href=\"marks.pdf\""));
    CHECK(xfdf.contains("<highlight"));
    CHECK(w.window->statusBar()->currentMessage().contains(u"marks.xfdf"));

    // A colleague with the paper gets the mark back from the file, on the same words.
    QTemporaryDir other;
    Library library(other.filePath(QStringLiteral("other.duizhao")));
    const qint64 doc =
        library.addPaper(PaperReader::readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt")))
            .documentId;
    AnnotationStore otherStore(library);
    CHECK(Xfdf::importFile(otherStore, path).added == 1);
    AnnotationFilter filter;
    filter.documentId = doc;
    const QList<Annotation> imported = otherStore.list(filter);
    REQUIRE(imported.size() == 1);
    CHECK(imported.front().unitSeq == seq);
    CHECK(imported.front().quote == u"small yard");
    CHECK(imported.front().note == u"Key term.");

    // Cancelled over that file after another mark: the file stays as it was, nothing is left beside it.
    a.start = int(w.paper().units[seq - 1].en.indexOf(u"high fence"));
    w.window->undoStack()->push(new AddAnnotationCommand(*store, a));
    w.window->exportXfdf(path);
    REQUIRE(w.window->exportJob());
    w.window->exportJob()->cancel();
    w.window->exportJob()->waitForFinished();
    QApplication::processEvents();
    CHECK(readFile(path) == xfdf);
    CHECK(QDir(w.dir.path()).entryList({QStringLiteral("marks*")}, QDir::Files) == QStringList{u"marks.xfdf"_qs});
}

TEST_CASE("a read-only library shows a notice and offers no way to change it", "[gui][faults]")
{
    Window w;
    CHECK_FALSE(w.window->readOnlyNotice()); // a writable library has no notice
    REQUIRE(w.window->openLibrary(w.libraryPath, Library::Access::ReadOnly));
    REQUIRE(w.window->readOnlyNotice());
    CHECK(w.window->readOnlyNotice()->isVisible());
    CHECK(w.window->readOnlyNotice()->text() == u"Read-only");
    CHECK_FALSE(w.window->importAction()->isEnabled());
    w.window->highlightSelection(QStringLiteral("#FFE066"));
    CHECK(w.window->annotationStore()->list({}).isEmpty());
    REQUIRE(w.window->openLibrary(w.libraryPath));
    REQUIRE(w.window->readOnlyNotice());
    CHECK_FALSE(w.window->readOnlyNotice()->isVisible());
    CHECK(w.window->importAction()->isEnabled());
}

TEST_CASE("a library on a full disk opens to read, and the notice says the disk is full and where",
          "[gui][faults][diskfull]")
{
    TmpfsMount disk(QStringLiteral("size=8m"));
    if (!disk.mounted) {
        WARN("mount not permitted here: the full-disk case is not run");
        return;
    }
    Window w;
    const QString path = disk.dir.filePath(QStringLiteral("full.duizhao"));
    {
        Library library(path);
        library.addPaper(PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName()));
    }
    {
        QFile filler(disk.dir.filePath(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray chunk(4096, 'x');
        while (filler.write(chunk) == chunk.size() && filler.flush()) {
        }
    }
    REQUIRE(w.window->openLibrary(path));
    CHECK(w.messages.isEmpty()); // no error: it opened
    CHECK(w.paper().units.size() == 57);
    REQUIRE(w.window->readOnlyNotice());
    CHECK(w.window->readOnlyNotice()->isVisible());
    CHECK(w.window->readOnlyNotice()->text() == u"Read-only: the disk is full");
    CHECK(w.window->readOnlyNotice()->toolTip().contains(QStringLiteral("no space left on %1").arg(disk.dir.path())));
    CHECK_FALSE(w.window->importAction()->isEnabled());
    // Back on a writable library the notice goes.
    REQUIRE(w.window->openLibrary(w.libraryPath));
    CHECK_FALSE(w.window->readOnlyNotice()->isVisible());
}

TEST_CASE("a damaged library: the window offers the last backup and restores it", "[gui][faults]")
{
    Window w;
    w.window.reset();
    REQUIRE(Backups::createDailyIfDue(w.libraryPath)); // what the window takes in the background
    REQUIRE(Backups::latest(w.libraryPath));
    QFile file(w.libraryPath);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.resize(file.size() / 2));
    file.close();
    QStringList questions;
    Dialogs::setAsker([&](const QString &, const QString &text) {
        questions.append(text);
        return true;
    });
    MainWindow window;
    REQUIRE(window.openLibrary(w.libraryPath));
    Dialogs::setAsker({});
    REQUIRE(questions.size() == 1);
    CHECK(questions.front().contains(u"damaged"));
    CHECK(window.reader()->paper().units.size() == 57);
}

namespace {

// Backups start as soon as the window has the library, for the tests that watch them.
struct NoBackupDelay
{
    NoBackupDelay() { BackupJob::setStartDelayMs(0); }
    ~NoBackupDelay() { BackupJob::setStartDelayMs(previous); }
    int previous = BackupJob::startDelayMs();
};

BackupOutcome::Result resultOf(const QSignalSpy &finished)
{
    REQUIRE_FALSE(finished.isEmpty());
    return finished.back().front().value<BackupOutcome>().result;
}

} // namespace

TEST_CASE("a due backup is taken after the window has the library, in the background", "[gui][backups]")
{
    Window w; // makes the library with a paper
    w.window.reset();
    QDir(Backups::folderFor(w.libraryPath)).removeRecursively();
    REQUIRE(Backups::dailyDue(w.libraryPath) == Backups::Due::Yes);
    const NoBackupDelay noDelay;

    MainWindow window;
    auto *job = window.findChild<BackupJob *>();
    REQUIRE(job);
    QSignalSpy started(job, &BackupJob::started);
    QSignalSpy finished(job, &BackupJob::finished);
    REQUIRE(window.openLibrary(w.libraryPath));
    // The paper is open and nothing has been copied: opening did not wait for a backup.
    CHECK(window.reader()->paper().units.size() == 57);
    CHECK(Backups::list(w.libraryPath).isEmpty());
    CHECK(job->isScheduled());
    CHECK(started.isEmpty());
    window.show();
    REQUIRE(finished.wait(60000));
    CHECK(started.size() == 1);
    CHECK(resultOf(finished) == BackupOutcome::Result::Taken);
    const QList<BackupInfo> backups = Backups::list(w.libraryPath);
    REQUIRE(backups.size() == 1);
    CHECK(backups.front().reason == u"daily");
    CHECK(finished.back().front().value<BackupOutcome>().backup.path == backups.front().path);
    {
        Library copy(backups.front().path, Library::Access::ReadOnly);
        CHECK(copy.loadPaper(copy.defaultDocumentId()).units.size() == 57);
    }

    // Opened again the same day: nothing more to copy.
    REQUIRE(window.openLibrary(w.libraryPath));
    REQUIRE(finished.wait(60000));
    CHECK(resultOf(finished) == BackupOutcome::Result::NotDue);
    CHECK(Backups::list(w.libraryPath).size() == 1);
}

TEST_CASE("quitting during a backup stops it at the next step and leaves no file behind", "[gui][backups]")
{
    Window w;
    w.window.reset();
    const QString folder = Backups::folderFor(w.libraryPath);
    QDir(folder).removeRecursively();
    const NoBackupDelay noDelay;

    MainWindow window;
    auto *job = window.findChild<BackupJob *>();
    REQUIRE(job);
    // Small steps, and the worker held at its first one until the window has been closed.
    job->setPagesPerStep(8);
    QSemaphore atStep, goOn;
    std::atomic<int> steps{0};
    job->setStepHook([&](qint64, qint64) {
        ++steps;
        atStep.release();
        goOn.acquire();
    });
    QSignalSpy finished(job, &BackupJob::finished);
    REQUIRE(window.openLibrary(w.libraryPath));
    window.show();
    REQUIRE(QTest::qWaitFor([&] { return atStep.tryAcquire(); }, 60000));
    CHECK(job->isRunning());
    // The status bar says a backup is being taken, and how far it is.
    QLabel *progress = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            progress = window.findChild<QLabel *>(QStringLiteral("backupProgress"));
            return progress && progress->isVisible();
        },
        10000));
    CHECK(progress->text().startsWith(u"Backing up the library… "));
    CHECK(progress->text().endsWith(u'%'));
    CHECK(progress->toolTip().contains(QDir::toNativeSeparators(folder)));
    if (qEnvironmentVariableIsSet("DUIZHAO_TEST_SHOTS")) {
        QCoreApplication::sendPostedEvents(); // the status bar lays the label out
        window.statusBar()->grab().save(qEnvironmentVariable("DUIZHAO_TEST_SHOTS") + QStringLiteral("/status.png"));
    }
    window.close(); // what quitting does
    goOn.release(100000);
    REQUIRE(finished.wait(60000));
    CHECK(resultOf(finished) == BackupOutcome::Result::Cancelled);
    CHECK(steps == 1); // it looked at the cancel once more and stopped
    CHECK_FALSE(progress->isVisible());
    CHECK(Backups::list(w.libraryPath).isEmpty());
    CHECK(QDir(folder).entryList(QDir::Files).isEmpty()); // no .partial either
    // The day's backup is still due: the next start takes it.
    CHECK(Backups::dailyDue(w.libraryPath) == Backups::Due::Yes);
}

TEST_CASE("Preferences say how many backups there are, where, and the space they take", "[gui][backups]")
{
    Window w;
    w.window.reset();
    QDir(Backups::folderFor(w.libraryPath)).removeRecursively();
    const BackupInfo first = Backups::create(w.libraryPath, QStringLiteral("daily"));
    const BackupInfo second = Backups::create(w.libraryPath, QStringLiteral("daily"));
    const qint64 bytes = QFileInfo(first.path).size() + QFileInfo(second.path).size();
    REQUIRE(bytes > 0);

    PreferencesDialog dialog;
    dialog.setLibraryPath(w.libraryPath);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("backupsSummary"));
    auto *folder = dialog.findChild<QLabel *>(QStringLiteral("backupsFolder"));
    auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openBackupsFolder"));
    REQUIRE(summary);
    REQUIRE(folder);
    REQUIRE(open);
    CHECK(summary->text().contains(u"2 backups"));
    CHECK(summary->text().contains(QLocale().formattedDataSize(bytes)));
    CHECK(folder->text() == QDir::toNativeSeparators(QFileInfo(w.libraryPath).absoluteFilePath() + u".backups"));
    CHECK(open->isEnabled());
    if (qEnvironmentVariableIsSet("DUIZHAO_TEST_SHOTS")) {
        dialog.show();
        dialog.grab().save(qEnvironmentVariable("DUIZHAO_TEST_SHOTS") + QStringLiteral("/preferences-en.png"));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        PreferencesDialog chinese;
        chinese.setLibraryPath(w.libraryPath);
        chinese.show();
        chinese.grab().save(qEnvironmentVariable("DUIZHAO_TEST_SHOTS") + QStringLiteral("/preferences-zh.png"));
    }

    // Without a library there is nothing to describe.
    dialog.setLibraryPath(QString());
    CHECK(folder->text().isEmpty());
    CHECK_FALSE(open->isEnabled());
}

TEST_CASE("the structure tree and the reader carry the framework's colours", "[gui][framework]")
{
    Window w;
    QTreeView *tree = w.window->structureDock()->view();
    auto levelOfUnit = [&](int seq) {
        const QModelIndex index = w.window->structureDock()->model()->indexForUnit(seq);
        return index.data(FrameworkLevelRole).toString();
    };
    CHECK(levelOfUnit(w.unitStarting(u"(i) Competition over Power")) == u"power");
    CHECK(levelOfUnit(w.unitStarting(u"(ii) Competition over Order")) == u"order");
    CHECK(levelOfUnit(w.unitStarting(u"(iii) Competition over Values")) == u"values");
    CHECK(levelOfUnit(w.unitStarting(u"(ii) A “Hard Decoupling”")) == u"dilemmas");
    CHECK(levelOfUnit(w.unitStarting(u"(iii) Firmly Uphold Multilateralism")) == u"countermeasures");
    // The whole stack the tree shows (decoration and filter proxies over the model) is a sound model.
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    w.window->structureDock()->setLabels(StructureTreeModel::Labels::Chinese);
    // The tree shows the mark as an icon.
    const QModelIndex power = tree->model()->index(0, 0, tree->model()->index(1, 0));
    CHECK_FALSE(power.data(Qt::DecorationRole).value<QIcon>().isNull());
}

TEST_CASE("the measures panel filters, and selecting a measure marks and steps through its mentions",
          "[gui][framework]")
{
    Window w;
    MeasuresDock *dock = w.window->measuresDock();
    QAbstractItemModel *model = dock->view()->model();
    REQUIRE(model->rowCount() >= 30);
    dock->levelFilter()->setCurrentIndex(dock->levelFilter()->findData(QStringLiteral("values")));
    REQUIRE(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(FrameworkLevel(model->index(row, 0).data(FrameworkRole::Level).toInt()) == FrameworkLevel::Values);
    dock->levelFilter()->setCurrentIndex(0);

    dock->textFilter()->setText(QStringLiteral("CHIPS and Science"));
    REQUIRE(model->rowCount() == 1);
    dock->view()->setCurrentIndex(model->index(0, 0));
    const QList<UnitSpan> spans = dock->navigator()->spans();
    QSet<int> units;
    for (const UnitSpan &span : spans)
        units.insert(span.unitSeq);
    CHECK(units.size() == 7); // the seven units that mention it, in either language
    // The reader marks every mention and shows the first one.
    const UnitSpan &first = spans.front();
    CHECK(w.reader()->isFocused(first.unitSeq, first.lang, first.start));
    CHECK(w.reader()->viewport()->rect().intersects(
        w.reader()->textRect(first.unitSeq, first.lang, {first.start, first.length})));
    dock->navigator()->step(+1);
    const UnitSpan &second = spans[1];
    CHECK(w.reader()->viewport()->rect().intersects(
        w.reader()->textRect(second.unitSeq, second.lang, {second.start, second.length})));
}

TEST_CASE("the glossary searches both languages and points at a term's occurrences", "[gui][framework]")
{
    Window w;
    GlossaryDock *dock = w.window->glossaryDock();
    typeText(dock->searchField(), QStringLiteral("卡脖子"));
    QAbstractItemModel *model = dock->view()->model();
    QModelIndex chokepoint;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, GlossaryModel::TermZh).data().toString() == u"卡脖子")
            chokepoint = model->index(row, 0);
    }
    REQUIRE(chokepoint.isValid());
    CHECK(chokepoint.siblingAtColumn(GlossaryModel::TermEn).data().toString().startsWith(u"chokepoint"));
    dock->view()->setCurrentIndex(chokepoint);
    REQUIRE_FALSE(dock->navigator()->spans().isEmpty());
    const UnitSpan span = dock->navigator()->spans().front();
    CHECK(w.reader()->isFocused(span.unitSeq, span.lang, span.start));
    dock->searchField()->setText(QStringLiteral("discourse power"));
    QStringList found;
    for (int row = 0; row < model->rowCount(); ++row)
        found.append(model->index(row, GlossaryModel::TermZh).data().toString());
    CHECK(found.contains(u"话语权"_qs));
}

TEST_CASE("the framework map, the timeline and Table 1 lead to the text", "[gui][framework]")
{
    Window w;
    DiagramWindow *map = w.window->frameworkMap();
    map->resize(1200, 900);
    map->show();
    REQUIRE(QTest::qWaitForWindowExposed(map));
    CHECK_FALSE(map->isEmpty());
    CHECK(map->svg().startsWith("<?xml"));
    const QPoint power = map->pointOf(QStringLiteral("competition-over-power"));
    w.reader()->scrollToUnit(1);
    QTest::mouseClick(map->canvas(), Qt::LeftButton, {}, power);
    CHECK(w.reader()->currentUnit() > 1);

    DiagramWindow *timeline = w.window->timeline();
    timeline->resize(1200, 600);
    timeline->show();
    REQUIRE(QTest::qWaitForWindowExposed(timeline));
    const QPoint chips = timeline->pointOf(QStringLiteral("chips-and-science-act"));
    REQUIRE_FALSE(chips.isNull());
    QTest::mouseClick(timeline->canvas(), Qt::LeftButton, {}, chips);
    CHECK(w.window->measuresDock()->view()->currentIndex().data().toString().startsWith(u"CHIPS and Science Act"));

    Table1Window *table = w.window->table1();
    table->show();
    REQUIRE(table->model()->rowCount() == 3);
    const QModelIndex cell = table->model()->index(0, Table1Model::Initiatives);
    // A click on an item leads to where the paper states that item.
    const QList<int> units = cell.data(Table1Model::ItemUnits).toList().front().value<QList<int>>();
    REQUIRE_FALSE(units.isEmpty());
    w.reader()->scrollToUnit(57);
    QTest::mouseClick(table->view()->viewport(), Qt::LeftButton, {}, table->itemRect(cell, 0).center());
    CHECK(w.reader()->currentUnit() == units.front());
    map->close();
    timeline->close();
    table->close();
}
