#include "screenshots.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "searchdock.h"
#include "structuredock.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>

namespace duizhao::gui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

QString save(MainWindow &window, const QString &folder, const QString &name)
{
    settle();
    const QString path = QDir(folder).filePath(name);
    window.grab().save(path);
    return path;
}

int firstSectionUnit(const Paper &paper)
{
    for (const TreeNode &node : paper.nodes) {
        if (node.kind == NodeKind::Section)
            return node.unitSeq;
    }
    return 1;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb3, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4d));
    return p;
}

} // namespace

QStringList renderScreenshots(MainWindow &window, const QString &folder)
{
    QDir().mkpath(folder);
    QStringList written;
    window.resize(1440, 900);
    window.show();
    window.setViewMode(ReaderView::Mode::SideBySide);
    settle();
    const int section = firstSectionUnit(window.reader()->paper());
    window.reader()->scrollToUnit(section);
    written.append(save(window, folder, QStringLiteral("main-window.png")));

    const QString language = LanguageManager::current();
    LanguageManager::apply(QStringLiteral("zh_CN"));
    written.append(save(window, folder, QStringLiteral("main-window-zh.png")));
    LanguageManager::apply(language);

    window.setViewMode(ReaderView::Mode::Interleaved);
    window.reader()->scrollToUnit(section);
    written.append(save(window, folder, QStringLiteral("interleaved.png")));
    window.setViewMode(ReaderView::Mode::SideBySide);

    window.searchField()->setText(QStringLiteral("脱钩"));
    window.searchNow();
    window.searchDock()->step(+1);
    written.append(save(window, folder, QStringLiteral("search.png")));

    const QPalette original = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    written.append(save(window, folder, QStringLiteral("dark.png")));
    QApplication::setPalette(original);
    window.searchField()->clear();
    window.searchNow();
    return written;
}

} // namespace duizhao::gui
