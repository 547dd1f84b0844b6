#include "frameworkstyle.h"

#include "framework/frameworklevel.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace duizhao::gui {

QStringList FrameworkStyle::levels()
{
    return {QStringLiteral("power"), QStringLiteral("order"), QStringLiteral("values"), QStringLiteral("dilemmas"),
            QStringLiteral("countermeasures")};
}

QColor FrameworkStyle::color(const QString &level)
{
    // One palette for the whole program: core defines it for the map, the timeline and the PDF too.
    return levelColor(levelFromCode(level).value_or(FrameworkLevel::None));
}

QIcon FrameworkStyle::icon(const QString &level)
{
    // A distinct shape per level, so the marks do not rely on colour alone.
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color(level));
        const qreal m = size * 0.16;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        QPainterPath path;
        if (level == u"power") {
            path.addEllipse(r); // circle
        } else if (level == u"order") {
            path.addRoundedRect(r, size * 0.12, size * 0.12); // square
        } else if (level == u"values") {
            path.moveTo(r.center().x(), r.top()); // diamond
            path.lineTo(r.right(), r.center().y());
            path.lineTo(r.center().x(), r.bottom());
            path.lineTo(r.left(), r.center().y());
            path.closeSubpath();
        } else if (level == u"dilemmas") {
            path.moveTo(r.center().x(), r.top()); // triangle
            path.lineTo(r.right(), r.bottom());
            path.lineTo(r.left(), r.bottom());
            path.closeSubpath();
        } else if (level == u"countermeasures") {
            const qreal t = r.width() / 3; // plus
            path.addRect(QRectF(r.left() + t, r.top(), t, r.height()));
            path.addRect(QRectF(r.left(), r.top() + t, r.width(), t));
            path.setFillRule(Qt::WindingFill);
        } else {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(color(level), size / 12.0));
            path.addEllipse(r.adjusted(size * 0.15, size * 0.15, -size * 0.15, -size * 0.15));
        }
        p.drawPath(path);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString FrameworkStyle::name(const QString &level)
{
    if (level == u"power")
        return QCoreApplication::translate("FrameworkStyle", "Competition over power");
    if (level == u"order")
        return QCoreApplication::translate("FrameworkStyle", "Competition over order");
    if (level == u"values")
        return QCoreApplication::translate("FrameworkStyle", "Competition over values");
    if (level == u"dilemmas")
        return QCoreApplication::translate("FrameworkStyle", "The U.S. dilemmas");
    if (level == u"countermeasures")
        return QCoreApplication::translate("FrameworkStyle", "China’s countermeasures");
    return QCoreApplication::translate("FrameworkStyle", "Introduction and overview");
}

} // namespace duizhao::gui
