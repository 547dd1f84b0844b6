#include "icons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <functional>

namespace duizhao::gui::icons {

namespace {

// Draws the icon when a size is asked for, in a 16×16 design space scaled to it: a toolbar
// needs one or two sizes, not all five drawn up front, and any scale stays sharp.
class DrawnIconEngine final : public QIconEngine
{
public:
    using Paint = std::function<void(QPainter &)>;
    explicit DrawnIconEngine(Paint paint)
        : m_paint(std::move(paint))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QSize pixels = size * scale;
        const QString key = QStringLiteral("%1x%2/%3").arg(pixels.width()).arg(pixels.height()).arg(int(mode));
        if (const auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QPixmap pixmap(pixels);
        pixmap.fill(Qt::transparent);
        {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const int side = std::min(pixels.width(), pixels.height());
            p.translate((pixels.width() - side) / 2.0, (pixels.height() - side) / 2.0);
            p.scale(side / 16.0, side / 16.0);
            m_paint(p);
        }
        if (mode == QIcon::Disabled || mode == QIcon::Selected) {
            QStyleOption option;
            option.palette = QApplication::palette();
            pixmap = QApplication::style()->generatedIconPixmap(mode, pixmap, &option);
        }
        pixmap.setDevicePixelRatio(scale);
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new DrawnIconEngine(m_paint); }
    QString key() const override { return QStringLiteral("duizhao-drawn"); }

private:
    Paint m_paint;
    QHash<QString, QPixmap> m_cache;
};

QIcon drawn(DrawnIconEngine::Paint paint)
{
    return QIcon(new DrawnIconEngine(std::move(paint)));
}

} // namespace

QIcon viewMode(ReaderView::Mode mode, const QPalette &palette)
{
    const QColor ink = palette.color(QPalette::WindowText);
    const QColor accent = palette.color(QPalette::Highlight);
    return drawn([=](QPainter &p) {
        auto lines = [&](qreal x, qreal w, qreal top, int count, const QColor &color) {
            for (int i = 0; i < count; ++i)
                p.fillRect(QRectF(x, top + i * 3, w, 1.4), color);
        };
        switch (mode) {
        case ReaderView::Mode::SideBySide:
            lines(1.5, 5.5, 3, 4, ink);
            lines(9, 5.5, 3, 4, accent);
            break;
        case ReaderView::Mode::English:
            lines(3, 10, 3, 4, ink);
            break;
        case ReaderView::Mode::Chinese:
            lines(3, 10, 3, 4, accent);
            break;
        case ReaderView::Mode::Interleaved:
            lines(3, 10, 2, 2, ink);
            lines(3, 10, 8, 2, accent);
            break;
        }
    });
}

QIcon zoom(bool in, const QPalette &palette)
{
    const QColor ink = palette.color(QPalette::WindowText);
    return drawn([=](QPainter &p) {
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
    const QColor base = palette.color(QPalette::Base);
    return drawn([=](QPainter &p) {
        p.setPen(QPen(ink, 1.2));
        p.setBrush(base);
        QPolygonF page;
        page << QPointF(3, 1.5) << QPointF(10, 1.5) << QPointF(13, 4.5) << QPointF(13, 14.5) << QPointF(3, 14.5);
        p.drawPolygon(page);
        p.setPen(QPen(accent, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawLine(QPointF(8, 5), QPointF(8, 11.5));
        p.drawPolyline(QPolygonF() << QPointF(5.3, 9) << QPointF(8, 11.7) << QPointF(10.7, 9));
    });
}

} // namespace duizhao::gui::icons
