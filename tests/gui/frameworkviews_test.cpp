// The framework views as windows beside the reader (issue 15 §4 and §7): Table 1 as bulleted lists
// with the general instruments apart and rows no taller than their lists; a click that leads to
// the text brings the reader forward; Escape and Ctrl+W close each view.

#include "diagramcanvas.h"
#include "diagramwindow.h"
#include "dialogs.h"
#include "import/paperreader.h"
#include "languagemanager.h"
#include "library/library.h"
#include "mainwindow.h"
#include "models/frameworkroles.h"
#include "models/table1model.h"
#include "readerview.h"
#include "settings.h"
#include "support/testsupport.h"
#include "table1window.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>
#include <QTest>
#include <QWindow>

using namespace duizhao;
using namespace duizhao::gui;
using namespace duizhao::test;

namespace {

struct Views
{
    QTemporaryDir dir;
    std::unique_ptr<MainWindow> window;

    Views()
    {
        Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        Dialogs::setHandler([](Dialogs::Kind, const QString &, const QString &) {});
        const QString path = dir.filePath(QStringLiteral("views.duizhao"));
        {
            Library library(path);
            library.addPaper(PaperReader::readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt")));
        }
        window = std::make_unique<MainWindow>();
        window->resize(1280, 820);
        REQUIRE(window->openLibrary(path));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(QTest::qWaitFor([this] { return window->panelsReady(); }, 5000));
    }
    ~Views()
    {
        window.reset();
        Dialogs::setHandler({});
        Settings::useFile(QString());
        LanguageManager::apply(QStringLiteral("en"));
    }
    // Shows a view the way the Framework menu does, and makes it the active window.
    void open(QWidget *view) const
    {
        view->show();
        view->raise();
        view->activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(view));
        REQUIRE(QTest::qWaitForWindowActive(view));
    }
    bool readerForward() const
    {
        // Activation arrives through the window system: wait for it, not for a fixed time.
        return QTest::qWaitFor([this] { return QApplication::activeWindow() == window.get(); }, 3000);
    }
};

// Share of pixels of `rect` darker than the background: something is drawn there.
double inked(const QImage &image, const QRect &rect)
{
    int dark = 0;
    int all = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            ++all;
            dark += qGray(image.pixel(x, y)) < 160 ? 1 : 0;
        }
    }
    return all ? double(dark) / all : 0;
}

} // namespace

TEST_CASE("Table 1 shows bulleted lists, the general instruments apart, rows sized to their lists",
          "[gui][framework][table1]")
{
    Views v;
    Table1Window *table = v.window->table1();
    v.open(table); // at its default size
    QTableView *view = table->view();
    Table1Model *model = table->model();
    REQUIRE(model->rowCount() == 3);
    const QImage image = view->viewport()->grab().toImage();
    const int em = view->fontMetrics().horizontalAdvance(QStringLiteral("M"));

    for (int row = 0; row < model->rowCount(); ++row) {
        // A row is as tall as its longest list (where its last item ends), and no taller.
        int tallest = 0;
        for (int column = 0; column < Table1Model::ColumnCount; ++column) {
            const QModelIndex index = model->index(row, column);
            const int count = int(index.data(Table1Model::Items).toStringList().size());
            REQUIRE(count > 0);
            const QRect last = table->itemRect(index, count - 1);
            REQUIRE_FALSE(last.isEmpty());
            tallest = std::max(tallest, last.bottom() - view->visualRect(index).top());
        }
        INFO("row " << row);
        CHECK(view->rowHeight(row) <= tallest + 16);
        CHECK(view->rowHeight(row) >= tallest);
    }
    // At the default size the three levels' rows are on screen, not two filling the window.
    int visible = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int top = view->rowViewportPosition(row);
        visible += top >= 0 && top + view->rowHeight(row) <= view->viewport()->height() ? 1 : 0;
    }
    INFO("row heights " << view->rowHeight(0) << ", " << view->rowHeight(1) << ", " << view->rowHeight(2)
                        << "; viewport " << view->viewport()->height());
    CHECK(visible == 3);

    // Every item has a bullet left of its text: ink in the item's first em, beside the text.
    const QModelIndex power = model->index(0, Table1Model::Measures);
    const QStringList items = power.data(Table1Model::Items).toStringList();
    const int named = power.data(Table1Model::NamedCount).toInt();
    REQUIRE(named > 0);
    REQUIRE(named < items.size());
    for (int i = 0; i < items.size(); ++i) {
        INFO(items[i].toStdString());
        const QRect rect = table->itemRect(power, i);
        REQUIRE_FALSE(rect.isEmpty());
        const int line = view->fontMetrics().height();
        CHECK(inked(image, QRect(rect.left(), rect.top(), em, line).intersected(image.rect())) > 0.02);
        CHECK(table->itemAt(power, rect.center()) == i);
    }
    // The general instruments' heading stands between the named measures and them, without a bullet.
    const QRect heading = table->itemRect(power, -1);
    REQUIRE_FALSE(heading.isEmpty());
    CHECK(heading.top() >= table->itemRect(power, named - 1).bottom());
    CHECK(heading.bottom() <= table->itemRect(power, named).top());
    CHECK(heading.left() < table->itemRect(power, 0).left() + em);
    for (int i = named; i < items.size(); ++i)
        CHECK(items[i].front().isLower()); // "control lists", "blacklist": common nouns
}

TEST_CASE("clicking an item of Table 1 brings the reader forward at the place the item names",
          "[gui][framework][table1]")
{
    Views v;
    Table1Window *table = v.window->table1();
    v.open(table);
    REQUIRE(QApplication::activeWindow() == table);
    const QModelIndex cell = table->model()->index(0, Table1Model::Measures);
    const QVariantList itemUnits = cell.data(Table1Model::ItemUnits).toList();
    const int item = int(itemUnits.size()) - 1; // the last one, so not the cell's first unit by chance
    const QList<int> units = itemUnits[item].value<QList<int>>();
    REQUIRE_FALSE(units.isEmpty());
    v.window->reader()->scrollToUnit(1);
    QTest::mouseClick(table->view()->viewport(), Qt::LeftButton, {}, table->itemRect(cell, item).center());
    CHECK(v.window->reader()->currentUnit() == units.front());
    CHECK(v.readerForward());
    // The view is not kept above the reader by the window manager.
    REQUIRE(table->windowHandle());
    CHECK(table->windowHandle()->transientParent() == nullptr);
}

TEST_CASE("clicking a box of the map or a measure of the timeline brings the reader forward", "[gui][framework]")
{
    Views v;
    DiagramWindow *map = v.window->frameworkMap();
    v.open(map);
    v.window->reader()->scrollToUnit(1);
    QTest::mouseClick(map->canvas(), Qt::LeftButton, {}, map->pointOf(QStringLiteral("competition-over-power")));
    CHECK(v.window->reader()->currentUnit() > 1);
    CHECK(v.readerForward());
    CHECK(map->windowHandle()->transientParent() == nullptr);

    DiagramWindow *timeline = v.window->timeline();
    v.open(timeline);
    REQUIRE(QApplication::activeWindow() == timeline);
    const QPoint chips = timeline->pointOf(QStringLiteral("chips-and-science-act"));
    REQUIRE_FALSE(chips.isNull());
    QTest::mouseClick(timeline->canvas(), Qt::LeftButton, {}, chips);
    CHECK(v.readerForward());
}

TEST_CASE("Escape and Ctrl+W close the framework views", "[gui][framework]")
{
    Views v;
    const QList<QWidget *> views = {v.window->frameworkMap(), v.window->timeline(), v.window->table1()};
    for (QWidget *view : views) {
        for (const QKeyCombination key : {QKeyCombination(Qt::Key_Escape), QKeyCombination(Qt::CTRL | Qt::Key_W)}) {
            INFO(view->objectName().toStdString() << " " << QKeySequence(key).toString().toStdString());
            v.open(view);
            // Wherever the focus is inside the window.
            QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : view;
            QTest::keyClick(focus, key.key(), key.keyboardModifiers());
            CHECK_FALSE(view->isVisible());
        }
    }
    CHECK(v.window->isVisible());
}
