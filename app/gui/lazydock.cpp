#include "lazydock.h"

#include <QEvent>
#include <QWindow>

namespace duizhao::gui {

LazyDock::LazyDock(QWidget *parent)
    : QDockWidget(parent)
{
    // Emitted when the dock shows, and when its tab is chosen or another's is.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_hasContent || m_held)
            return;
        const QWindow *window = this->window()->windowHandle();
        if (window && window->isExposed() && isInFront())
            ensureContent(); // before the frame that shows it
        else
            checkLater();
    });
}

bool LazyDock::isInFront() const
{
    // The main window keeps the docks behind another tab visible but moves them out of view.
    return isVisible() && (isFloating() || (geometry().right() >= 0 && geometry().bottom() >= 0));
}

void LazyDock::checkLater()
{
    // At start-up every open dock is shown with the window, before its layout has moved those
    // behind another tab out of view: whether this one is in front is known once that is done.
    if (m_checkPending)
        return;
    m_checkPending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_checkPending = false;
            if (!m_held && isInFront())
                ensureContent();
        },
        Qt::QueuedConnection);
}

void LazyDock::hold()
{
    m_held = true;
}

void LazyDock::release()
{
    m_held = false;
    if (isInFront())
        ensureContent();
}

void LazyDock::ensureContent()
{
    if (m_hasContent)
        return;
    m_hasContent = true;
    buildContent();
}

} // namespace duizhao::gui
