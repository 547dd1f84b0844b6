#pragma once

#include <QDockWidget>

namespace duizhao::gui {

// A dock that makes its widgets the first time it is shown (or asked for them). A dock behind
// another tab costs nothing at start-up; what it is given before then (a paper, a library, a
// store) waits in its models. Its title, object name and toggle action exist from the start, so
// the tabs, the Panels menu and QMainWindow::restoreState() see it as any other dock.
class LazyDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit LazyDock(QWidget *parent = nullptr);

    bool hasContent() const { return m_hasContent; }
    void ensureContent();

    // While held, the dock makes no widgets even when it shows (asking for them still makes
    // them). The main window holds its docks until the reader's first paint, so the first frame
    // is the reader's; release() then makes those in front.
    void hold();
    void release();

protected:
    // Makes the widgets, hands them to setWidget() and shows what the dock was given so far.
    virtual void buildContent() = 0;
    // For the getters that hand out the dock's widgets (tests, the window): the widget, made
    // first if the dock has not made its widgets yet.
    template<typename Widget>
    Widget *made(Widget *const &widget)
    {
        ensureContent();
        return widget;
    }

private:
    bool isInFront() const;
    void checkLater();

    bool m_hasContent = false;
    bool m_held = false;
    bool m_checkPending = false;
};

} // namespace duizhao::gui
