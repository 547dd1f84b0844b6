#include "viewwindows.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>
#include <QWindow>

namespace duizhao::gui::ViewWindows {

void addCloseKeys(QWidget *window)
{
    auto *close = new QAction(window);
    close->setObjectName(QStringLiteral("closeView"));
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Close);
    if (!keys.contains(QKeySequence(Qt::CTRL | Qt::Key_W)))
        keys.append(QKeySequence(Qt::CTRL | Qt::Key_W));
    keys.append(QKeySequence(Qt::Key_Escape));
    close->setShortcuts(keys);
    close->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(close, &QAction::triggered, window, &QWidget::close);
    window->addAction(close);
}

void detachFromMainWindow(QWidget *window)
{
    if (QWindow *handle = window->windowHandle())
        handle->setTransientParent(nullptr);
}

void showReader(QWidget *window)
{
    QWidget *main = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    if (!main)
        return;
    window->lower();
    if (main->isMinimized())
        main->showNormal();
    main->raise();
    main->activateWindow();
}

} // namespace duizhao::gui::ViewWindows
