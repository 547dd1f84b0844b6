#include "windowlayout.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace duizhao::gui {

namespace {

// A panel column narrower than this cuts its lists and tabs to a few letters; one wider than
// the most takes from the reader what it does not need.
int leastSide(const QWidget *window)
{
    return 15 * window->fontMetrics().height();
}

int mostSide(const QWidget *window)
{
    return 26 * window->fontMetrics().height();
}

} // namespace

WindowLayout::WindowLayout(QMainWindow *window, Docks docks, std::function<int()> readerWidth)
    : QObject(window)
    , m_window(window)
    , m_docks(std::move(docks))
    , m_readerWidth(std::move(readerWidth))
{
    Q_ASSERT(!m_docks.paper.isEmpty() && !m_docks.finding.isEmpty() && !m_docks.places.isEmpty());
    for (QDockWidget *dock : all()) {
        connect(dock, &QDockWidget::topLevelChanged, this, [this] { customised(); });
        connect(dock, &QDockWidget::dockLocationChanged, this, [this] { customised(); });
        // A panel behind another tab is not hidden, only out of view: hidden is closed.
        connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
            if (!visible && dock->isHidden())
                customised();
        });
    }
    window->installEventFilter(this);
}

QList<QDockWidget *> WindowLayout::all() const
{
    return m_docks.paper + m_docks.finding + m_docks.places;
}

WindowLayout::Plan WindowLayout::plan(int width) const
{
    const int separator = m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, m_window);
    const int reader = std::max(int(std::ceil(ReaderShare * width)), m_readerWidth());
    const int least = leastSide(m_window);
    const int most = mostSide(m_window);
    Plan plan;
    const int twoSides = width - reader - 2 * separator;
    if (twoSides >= 2 * least) {
        plan.left = std::min(most, twoSides * 11 / 25); // the finding side wider, for its tabs
        plan.right = std::min(most, twoSides - plan.left);
        return plan;
    }
    plan.twoSides = false;
    plan.left = std::clamp(width - reader - separator, least, most);
    return plan;
}

void WindowLayout::arrange()
{
    const Plan wanted = plan(m_window->width());
    m_arranging = true;
    if (wanted.twoSides != m_twoSides || m_window->dockWidgetArea(m_docks.paper.front()) == Qt::NoDockWidgetArea)
        place(wanted);
    resize(wanted);
    m_arranging = false;
    m_default = true;
}

void WindowLayout::place(const Plan &plan)
{
    const bool placed = m_window->dockWidgetArea(m_docks.paper.front()) != Qt::NoDockWidgetArea;
    if (placed) {
        for (QDockWidget *dock : all())
            m_window->removeDockWidget(dock);
    }
    QDockWidget *paper = m_docks.paper.front();
    QDockWidget *finding = m_docks.finding.front();
    QDockWidget *places = m_docks.places.front();
    // Docks added to one area stack; the others are tabified after, or Qt makes one group of all.
    m_window->addDockWidget(Qt::LeftDockWidgetArea, paper);
    if (plan.twoSides) {
        m_window->addDockWidget(Qt::RightDockWidgetArea, finding);
        m_window->addDockWidget(Qt::RightDockWidgetArea, places, Qt::Vertical);
    } else {
        m_window->addDockWidget(Qt::LeftDockWidgetArea, finding, Qt::Vertical);
    }
    auto tabify = [this](const QList<QDockWidget *> &docks, QDockWidget *onto) {
        for (QDockWidget *dock : docks) {
            if (dock != onto)
                m_window->tabifyDockWidget(onto, dock);
            onto = dock;
        }
    };
    tabify(m_docks.paper, paper);
    tabify(m_docks.finding, finding);
    tabify(m_docks.places, plan.twoSides ? places : m_docks.finding.back());
    if (placed) {
        for (QDockWidget *dock : all())
            dock->show();
    }
    paper->raise();
    finding->raise();
    if (plan.twoSides)
        places->raise();
    m_twoSides = plan.twoSides;
}

void WindowLayout::resize(const Plan &plan)
{
    QDockWidget *paper = m_docks.paper.front();
    QDockWidget *finding = m_docks.finding.front();
    // The height the docks share: the window's, less its menu, tool and status bars.
    const int height = std::max(200, m_window->height() - 6 * m_window->fontMetrics().height());
    if (plan.twoSides) {
        m_window->resizeDocks({paper, finding}, {plan.left, plan.right}, Qt::Horizontal);
        m_window->resizeDocks({finding, m_docks.places.front()}, {height * 11 / 20, height * 9 / 20}, Qt::Vertical);
    } else {
        m_window->resizeDocks({paper}, {plan.left}, Qt::Horizontal);
        m_window->resizeDocks({paper, finding}, {height * 3 / 5, height * 2 / 5}, Qt::Vertical);
    }
}

bool WindowLayout::restore(const QByteArray &state)
{
    bool restored = false;
    bool wasDefault = false;
    if (!state.isEmpty()) {
        m_arranging = true;
        restored = m_window->restoreState(state, StateVersion);
        if (!restored)
            restored = wasDefault = m_window->restoreState(state, DefaultStateVersion);
        m_arranging = false;
    }
    if (!restored || wasDefault) {
        // The default keeps the panels that were in front, fitted to this window's width.
        m_twoSides = m_window->dockWidgetArea(m_docks.finding.front()) == Qt::RightDockWidgetArea;
        arrange();
        return false;
    }
    m_default = false;
    return true;
}

QByteArray WindowLayout::state() const
{
    return m_window->saveState(m_default ? DefaultStateVersion : StateVersion);
}

void WindowLayout::customised()
{
    if (!m_arranging)
        m_default = false;
}

bool WindowLayout::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
        if (m_default && !m_arranging)
            arrange();
        break;
    case QEvent::MouseButtonPress:
        // The window's own area between its docks and the reader: a separator.
        m_pressed = true;
        m_sizes.clear();
        for (QDockWidget *dock : all())
            m_sizes.append(dock->size());
        break;
    case QEvent::MouseButtonRelease:
        if (m_pressed) {
            m_pressed = false;
            QList<QSize> sizes;
            for (QDockWidget *dock : all())
                sizes.append(dock->size());
            if (sizes != m_sizes)
                customised();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace duizhao::gui
