#include "icons.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace duizhao::gui::icons {

QIcon viewMode(ReaderView::Mode mode, const QPalette &palette)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor ink = palette.color(QPalette::WindowText);
        QColor accent = palette.color(QPalette::Highlight);
        const qreal u = size / 16.0;
        const qreal line = std::max<qreal>(1, 1.4 * u);
        auto lines = [&](qreal x, qreal w, qreal top, int count, const QColor &color) {
            for (int i = 0; i < count; ++i)
                p.fillRect(QRectF(x, top + i * 3 * u, w, line), color);
        };
        switch (mode) {
        case ReaderView::Mode::SideBySide:
            lines(1.5 * u, 5.5 * u, 3 * u, 4, ink);
            lines(9 * u, 5.5 * u, 3 * u, 4, accent);
            break;
        case ReaderView::Mode::English:
            lines(3 * u, 10 * u, 3 * u, 4, ink);
            break;
        case ReaderView::Mode::Chinese:
            lines(3 * u, 10 * u, 3 * u, 4, accent);
            break;
        case ReaderView::Mode::Interleaved:
            lines(3 * u, 10 * u, 2 * u, 2, ink);
            lines(3 * u, 10 * u, 8 * u, 2, accent);
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

namespace {
template<typename Paint>
QIcon drawn(Paint paint)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 16.0, size / 16.0);
        paint(p);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

QIcon zoom(bool in, const QPalette &palette)
{
    const QColor ink = palette.color(QPalette::WindowText);
    return drawn([&](QPainter &p) {
        p.setPen(QPen(ink, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(2, 2, 9, 9));
        p.setPen(QPen(ink, 2.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(10.2, 10.2), QPointF(14, 14));
        p.setPen(QPen(ink, 1.5));
        p.drawLine(QPointF(4.3, 6.5), QPointF(8.7, 6.5));
        if (in)
            p.drawLine(QPointF(6.5, 4.3), QPointF(6.5, 8.7));
    });
}

QIcon importPaper(const QPalette &palette)
{
    const QColor ink = palette.color(QPalette::WindowText);
    const QColor accent = palette.color(QPalette::Highlight);
    return drawn([&](QPainter &p) {
        p.setPen(QPen(ink, 1.2));
        p.setBrush(palette.color(QPalette::Base));
        QPolygonF page;
        page << QPointF(3, 1.5) << QPointF(10, 1.5) << QPointF(13, 4.5) << QPointF(13, 14.5) << QPointF(3, 14.5);
        p.drawPolygon(page);
        p.setPen(QPen(accent, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(8, 5), QPointF(8, 11.5));
        p.drawPolyline(QPolygonF() << QPointF(5.3, 9) << QPointF(8, 11.7) << QPointF(10.7, 9));
    });
}

} // namespace duizhao::gui::icons
