#pragma once

#include "framework/frameworkdata.h"
#include "render/diagramstyle.h"

#include <QFont>
#include <QImage>
#include <QPainterPath>
#include <QRectF>

class QPainter;

namespace duizhao {

// The framework map: a layered diagram of the paper's framework, laid out once and painted to any
// QPainter (a widget, an image, an SVG generator). Top to bottom: technology power with its three
// powers and the relations between them (foundation, space, endorsement); the three competitions
// in columns under the power each one is fought for, with their initiatives and features; the
// four U.S. dilemmas and the four Chinese countermeasures with their points. Every node is a box
// that nodeAt() finds, so the GUI can take a click to the node's units.
class FrameworkMapRenderer final
{
public:
    explicit FrameworkMapRenderer(QList<FrameworkNode> nodes, QList<FrameworkRelation> relations = {},
                                  const DiagramStyle &style = DiagramStyle());

    QSizeF size() const { return m_size; }
    const DiagramStyle &style() const { return m_style; }

    // Paints at the natural size with the top-left corner at (0, 0); scale the painter to fit.
    void paint(QPainter &painter) const;

    // The key of the innermost node box at `point` (in natural coordinates), empty if none.
    QString nodeAt(const QPointF &point) const;
    QRectF nodeRect(const QString &key) const;

    QImage toImage(qreal scale = 2) const;
    QByteArray toSvg() const;
    void exportPng(const QString &path, qreal scale = 2) const;
    void exportSvg(const QString &path) const;

    // What was laid out, for tests: node boxes (a box is inside its parent's or apart from all
    // others) and every text with the rectangle it must fit in.
    struct Box
    {
        QString key;
        QRectF rect;
        int depth = 0;
    };
    struct Text
    {
        QRectF rect;
        QString text;
        QFont font;
        QColor color;
        int flags = 0;
    };
    const QList<Box> &boxes() const { return m_boxes; }
    const QList<Text> &texts() const { return m_texts; }

private:
    struct Shape
    {
        QRectF rect;
        QColor fill;
        QColor border;
        qreal radius = 6;
        qreal borderWidth = 1;
    };
    struct Line
    {
        QPainterPath path;
        QColor color;
        qreal width = 1.4;
        bool arrow = true; // an arrowhead at the path's end
    };

    void layout();
    qreal addText(const QRectF &area, const QString &text, const QFont &font, const QColor &color, int flags = 0);
    qreal textHeight(const QString &text, const QFont &font, qreal width) const;
    QString label(const FrameworkNode &node) const;
    QList<const FrameworkNode *> childrenOf(const QString &key, const QString &kind = {}) const;

    QList<FrameworkNode> m_nodes;
    QList<FrameworkRelation> m_relations;
    DiagramStyle m_style;
    QSizeF m_size;
    QList<Shape> m_shapes; // painted in order: panels first, then boxes
    QList<Line> m_lines;
    QList<Text> m_texts;
    QList<Box> m_boxes;
};

} // namespace duizhao
