#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QSizeF>

#include <functional>

class QPainter;

namespace duizhao {

// Turns a diagram that paints itself at its natural size into a PNG image or an SVG document, so
// the framework map and the timeline export the same way.
class DiagramExport final
{
public:
    using Paint = std::function<void(QPainter &)>;

    // `scale` 2 gives a sharp image on high-density screens and in print.
    static QImage image(const QSizeF &size, const Paint &paint, qreal scale, const QColor &background);
    static QByteArray svg(const QSizeF &size, const Paint &paint, const QString &title);

    // Throw Error(Io) naming the file when it cannot be written.
    static void writePng(const QString &path, const QImage &image);
    static void writeSvg(const QString &path, const QByteArray &svg);
};

} // namespace duizhao
