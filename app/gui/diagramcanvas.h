#pragma once

#include <QWidget>

#include <functional>

namespace duizhao::gui {

// Shows a diagram drawn by one of core's renderers, scaled to fit the width (or zoomed), and
// turns clicks into the key of what was clicked.
class DiagramCanvas final : public QWidget
{
    Q_OBJECT

public:
    using Paint = std::function<void(QPainter &)>;
    using HitTest = std::function<QString(const QPointF &)>; // natural coordinates → key, empty if none

    explicit DiagramCanvas(QWidget *parent = nullptr);
    void setDiagram(QSizeF naturalSize, Paint paint, HitTest hitTest);
    void setZoom(qreal zoom); // 0: fit the width
    qreal scale() const;
    // Where a point of the diagram is on the widget (tests).
    QPoint toWidget(const QPointF &natural) const;

    QSize sizeHint() const override;

signals:
    void activated(const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSize();

    QSizeF m_size;
    Paint m_paint;
    HitTest m_hitTest;
    qreal m_zoom = 0;
    int m_fitWidth = 800;
    QWidget *m_watched = nullptr;
};

} // namespace duizhao::gui
