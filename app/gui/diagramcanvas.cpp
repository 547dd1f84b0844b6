#include "diagramcanvas.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollArea>

namespace duizhao::gui {

DiagramCanvas::DiagramCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
}

void DiagramCanvas::setDiagram(QSizeF naturalSize, Paint paint, HitTest hitTest)
{
    m_size = naturalSize;
    m_paint = std::move(paint);
    m_hitTest = std::move(hitTest);
    updateSize();
    update();
}

void DiagramCanvas::setZoom(qreal zoom)
{
    m_zoom = zoom;
    updateSize();
    update();
}

qreal DiagramCanvas::scale() const
{
    if (m_size.isEmpty())
        return 1;
    return m_zoom > 0 ? m_zoom : std::max<qreal>(0.2, m_fitWidth / m_size.width());
}

QPoint DiagramCanvas::toWidget(const QPointF &natural) const
{
    return (natural * scale()).toPoint();
}

QSize DiagramCanvas::sizeHint() const
{
    return (m_size * scale()).toSize();
}

void DiagramCanvas::updateSize()
{
    // In a scroll area, "fit" means the viewport's width, followed as the window resizes.
    if (auto *area = qobject_cast<QScrollArea *>(parentWidget() ? parentWidget()->parentWidget() : nullptr)) {
        if (m_watched != area->viewport()) {
            m_watched = area->viewport();
            m_watched->installEventFilter(this);
        }
        m_fitWidth = std::max(200, area->viewport()->width() - 2);
    }
    setFixedSize(sizeHint());
}

bool DiagramCanvas::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_watched && event->type() == QEvent::Resize && m_zoom <= 0)
        updateSize();
    return QWidget::eventFilter(watched, event);
}

void DiagramCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
}

void DiagramCanvas::paintEvent(QPaintEvent *)
{
    if (!m_paint)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale(), scale());
    m_paint(painter);
}

void DiagramCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const bool over = m_hitTest && !m_hitTest(event->position() / scale()).isEmpty();
    setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void DiagramCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_hitTest)
        return;
    const QString key = m_hitTest(event->position() / scale());
    if (!key.isEmpty())
        emit activated(key);
}

} // namespace duizhao::gui
