#include "diagramexport.h"

#include "error.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace duizhao {

QImage DiagramExport::image(const QSizeF &size, const Paint &paint, qreal scale, const QColor &background)
{
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paint(painter);
    painter.end();
    return image;
}

QByteArray DiagramExport::svg(const QSizeF &size, const Paint &paint, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Drawn by Duizhao"));
    // Text is measured in pixels; make the generator's resolution agree so sizes come out the same.
    generator.setResolution(96);
    QPainter painter(&generator);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter);
    painter.end();
    return bytes;
}

void DiagramExport::writePng(const QString &path, const QImage &image)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        throw Error(Error::Kind::Io, QStringLiteral("cannot write the PNG image: %1").arg(file.errorString()), path);
}

void DiagramExport::writeSvg(const QString &path, const QByteArray &svg)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(svg) != svg.size() || !file.commit())
        throw Error(Error::Kind::Io, QStringLiteral("cannot write the SVG file: %1").arg(file.errorString()), path);
}

} // namespace duizhao
