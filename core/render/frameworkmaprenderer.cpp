#include "frameworkmaprenderer.h"

#include "render/diagramexport.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace duizhao {

namespace {

constexpr qreal Width = 1480;
constexpr qreal Margin = 32;
constexpr qreal Gap = 24;
constexpr qreal Pad = 12;

QString tr(const DiagramStyle &style, const char16_t *en, const char16_t *zh)
{
    return QString::fromUtf16(style.lang() == Lang::En ? en : zh);
}

QString relationName(const QString &kind, Lang lang)
{
    if (kind == u"foundation")
        return lang == Lang::En ? QStringLiteral("foundation") : QStringLiteral("根基");
    if (kind == u"space")
        return lang == Lang::En ? QStringLiteral("space") : QStringLiteral("空间");
    return lang == Lang::En ? QStringLiteral("endorsement") : QStringLiteral("背书");
}

void drawArrowHead(QPainter &painter, const QPointF &tip, const QPointF &from, const QColor &color)
{
    const QPointF d = tip - from;
    const qreal length = std::hypot(d.x(), d.y());
    if (length < 0.01)
        return;
    const QPointF u = d / length;
    const QPointF n(-u.y(), u.x());
    constexpr qreal size = 8;
    QPolygonF head;
    head << tip << tip - u * size + n * size * 0.45 << tip - u * size - n * size * 0.45;
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(head);
}

} // namespace

FrameworkMapRenderer::FrameworkMapRenderer(QList<FrameworkNode> nodes, QList<FrameworkRelation> relations,
                                           const DiagramStyle &style)
    : m_nodes(std::move(nodes))
    , m_relations(std::move(relations))
    , m_style(style)
{
    layout();
}

QString FrameworkMapRenderer::label(const FrameworkNode &node) const
{
    return m_style.lang() == Lang::En ? node.labelEn : node.labelZh;
}

QList<const FrameworkNode *> FrameworkMapRenderer::childrenOf(const QString &key, const QString &kind) const
{
    QList<const FrameworkNode *> children;
    for (const FrameworkNode &node : m_nodes) {
        if (node.parentKey == key && (kind.isEmpty() || node.kind == kind))
            children.append(&node);
    }
    return children;
}

qreal FrameworkMapRenderer::textHeight(const QString &text, const QFont &font, qreal width) const
{
    const QFontMetricsF metrics(font);
    return std::ceil(metrics.boundingRect(QRectF(0, 0, width, 100000), Qt::TextWordWrap, text).height());
}

qreal FrameworkMapRenderer::addText(const QRectF &area, const QString &text, const QFont &font, const QColor &color,
                                    int flags)
{
    const qreal height = textHeight(text, font, area.width());
    m_texts.append(
        {QRectF(area.left(), area.top(), area.width(), height), text, font, color, flags | Qt::TextWordWrap});
    return height;
}

void FrameworkMapRenderer::layout()
{
    const DiagramStyle &s = m_style;
    const QFont titleFont = s.font(22, true);
    const QFont sectionFont = s.font(16, true);
    const QFont headerFont = s.font(15, true);
    const QFont boxTitleFont = s.font(13.5, true);
    const QFont bodyFont = s.font(13);
    const QFont smallFont = s.font(12);
    const QFont capsFont = s.font(11.5, true);

    qreal y = Margin;
    y += addText(QRectF(Margin, y, Width - 2 * Margin, 0),
                 tr(s, u"The paper's framework: technology power and the U.S.–China technology competition",
                    u"本文的分析框架：技术权力视角下的中美技术竞争"),
                 titleFont, s.text());
    y += 18;

    // Three columns share the width; the powers stand over the competitions fought for them.
    const qreal column = (Width - 2 * Margin - 2 * Gap) / 3;
    auto columnX = [&](int i) { return Margin + i * (column + Gap); };

    QList<const FrameworkNode *> competitions;
    for (const FrameworkNode &node : m_nodes) {
        if (node.kind == u"competition")
            competitions.append(&node);
    }
    std::sort(competitions.begin(), competitions.end(),
              [](const FrameworkNode *a, const FrameworkNode *b) { return a->level < b->level; });

    // --- Technology power: a container with the three powers and their relations.
    const FrameworkNode *rootConcept = nullptr;
    for (const FrameworkNode &node : m_nodes) {
        if (node.kind == u"concept")
            rootConcept = &node;
    }
    QHash<QString, QRectF> powerRects;
    if (rootConcept) {
        const qreal top = y;
        const QRectF inner(Margin + 16, y + 14, Width - 2 * Margin - 32, 0);
        qreal yy = inner.top();
        yy += addText(QRectF(inner.left(), yy, inner.width(), 0), label(*rootConcept), sectionFont, s.text());
        yy += 4;
        yy += addText(QRectF(inner.left(), yy, inner.width() * 0.72, 0),
                      s.lang() == Lang::En ? rootConcept->summaryEn : rootConcept->summaryZh, smallFont, s.mutedText());
        // Room above the powers for the two long relation arcs and their labels.
        const qreal arcRoom = 86;
        const qreal powersTop = yy + arcRoom;
        const qreal powerWidth = 300;
        QList<const FrameworkNode *> powers = childrenOf(rootConcept->key, QStringLiteral("power"));
        qreal powersBottom = powersTop;
        // Heights first, so the three boxes are equal.
        qreal powerHeight = 0;
        for (const FrameworkNode *power : powers) {
            const qreal h =
                textHeight(label(*power), boxTitleFont, powerWidth - 2 * Pad) + 6 +
                textHeight(s.lang() == Lang::En ? power->summaryEn : power->summaryZh, smallFont, powerWidth - 2 * Pad);
            powerHeight = std::max(powerHeight, h + 2 * Pad);
        }
        QList<Shape> powerShapes;
        for (const FrameworkNode *power : powers) {
            // Under its competition's column; in file order when no competition names it.
            int index = int(powers.indexOf(power));
            for (int c = 0; c < competitions.size(); ++c) {
                if (competitions[c]->goalKey == power->key)
                    index = c;
            }
            const qreal cx = columnX(index) + column / 2;
            const QRectF rect(cx - powerWidth / 2, powersTop, powerWidth, powerHeight);
            powerRects.insert(power->key, rect);
            powerShapes.append({rect, s.fill(power->level), s.border(power->level), 8, 1.2});
            qreal ty = rect.top() + Pad;
            ty += addText(QRectF(rect.left() + Pad, ty, rect.width() - 2 * Pad, 0), label(*power), boxTitleFont,
                          s.text());
            ty += 6;
            addText(QRectF(rect.left() + Pad, ty, rect.width() - 2 * Pad, 0),
                    s.lang() == Lang::En ? power->summaryEn : power->summaryZh, smallFont, s.mutedText());
            m_boxes.append({power->key, rect, 1});
            powersBottom = std::max(powersBottom, rect.bottom());
        }
        const QRectF container(Margin, top, Width - 2 * Margin, powersBottom + 16 - top);
        m_shapes.append({container, s.panel(), s.panelBorder(), 10, 1});
        m_shapes.append(powerShapes);
        m_boxes.prepend({rootConcept->key, container, 0});

        // Relations. Between neighbours: straight arrows in the gap, one above the other. Between
        // the two outer powers: arcs over the middle one, at two heights so labels never meet.
        const QFont relationFont = s.font(11.5, true);
        const QFontMetricsF relationMetrics(relationFont);
        int arcsDrawn = 0;
        QHash<QString, int> gapUse;
        for (const FrameworkRelation &r : m_relations) {
            if (!powerRects.contains(r.fromKey) || !powerRects.contains(r.toKey))
                continue;
            const QRectF from = powerRects[r.fromKey];
            const QRectF to = powerRects[r.toKey];
            const QString name = relationName(r.kind, s.lang());
            const qreal labelWidth = relationMetrics.horizontalAdvance(name) + 4;
            const qreal labelHeight = relationMetrics.height();
            const bool neighbours = std::abs(from.center().x() - to.center().x()) < column + Gap + 1;
            QPainterPath path;
            QColor color = s.line();
            if (neighbours) {
                const bool rightwards = to.center().x() > from.center().x();
                const qreal left = rightwards ? from.right() : to.right();
                const qreal right = rightwards ? to.left() : from.left();
                const QString gapKey = QString::number(qRound(left));
                const int use = gapUse[gapKey]++;
                // First arrow in a gap sits above the middle, the second below it.
                const qreal yLine = from.center().y() + (use == 0 ? -14 : 22);
                path.moveTo(rightwards ? left + 6 : right - 6, yLine);
                path.lineTo(rightwards ? right - 6 : left + 6, yLine);
                const QRectF labelRect((left + right) / 2 - labelWidth / 2, yLine - labelHeight - 3, labelWidth,
                                       labelHeight);
                m_texts.append({labelRect, name, relationFont, s.mutedText(), Qt::AlignHCenter | Qt::TextWordWrap});
            } else {
                const bool rightwards = to.center().x() > from.center().x();
                const qreal apex = from.top() - (arcsDrawn == 0 ? 30 : 62);
                // The lower arc lands nearer the middle than the upper one, so their ends stay apart.
                const qreal inward = arcsDrawn == 0 ? 80 : 10;
                const QPointF start(from.center().x() + (rightwards ? inward : -inward), from.top());
                const QPointF end(to.center().x() + (rightwards ? -inward : inward), to.top());
                path.moveTo(start);
                // A cubic with both handles at the apex height gives a flat top over the middle box.
                path.cubicTo(QPointF(start.x(), apex), QPointF(end.x(), apex), end);
                const QPointF top = path.pointAtPercent(0.5);
                const QRectF labelRect(top.x() - labelWidth / 2, top.y() - labelHeight - 2, labelWidth, labelHeight);
                m_texts.append({labelRect, name, relationFont, s.mutedText(), Qt::AlignHCenter | Qt::TextWordWrap});
                ++arcsDrawn;
            }
            m_lines.append({path, color, 1.5, true});
        }
        y = container.bottom();
    }

    // --- The three competitions, each under the power it is fought for.
    const qreal goalRoom = 46;
    const qreal columnsTop = y + goalRoom;
    struct Column
    {
        const FrameworkNode *node;
        qreal x;
        QRectF header;
        qreal initiativesTop = 0;
    };
    QList<Column> columns;
    qreal headerHeight = 0;
    for (int c = 0; c < competitions.size(); ++c)
        headerHeight = std::max(headerHeight, textHeight(label(*competitions[c]), headerFont, column - 2 * Pad - 14));
    headerHeight += 2 * 10;
    for (int c = 0; c < competitions.size(); ++c) {
        const FrameworkNode *comp = competitions[c];
        Column col{comp, columnX(c), QRectF(columnX(c) + Pad, columnsTop + Pad, column - 2 * Pad, headerHeight)};
        m_shapes.append({col.header, s.header(comp->level), s.border(comp->level), 6, 1});
        m_shapes.append({QRectF(col.header.left(), col.header.top(), 5, col.header.height()), s.accent(comp->level),
                         s.accent(comp->level), 2, 0});
        addText(QRectF(col.header.left() + 14, col.header.top() + 10, col.header.width() - 14 - Pad, 0), label(*comp),
                headerFont, s.text());
        m_boxes.append({comp->key, col.header, 1});
        if (powerRects.contains(comp->goalKey)) {
            const QRectF power = powerRects[comp->goalKey];
            QPainterPath path;
            path.moveTo(col.header.center().x(), col.header.top() - 2);
            path.lineTo(col.header.center().x(), power.bottom() + 18);
            m_lines.append({path, s.accent(comp->level), 1.8, true});
            const QString goal = tr(s, u"goal", u"目标");
            const QFontMetricsF metrics(capsFont);
            m_texts.append({QRectF(col.header.center().x() + 8, (power.bottom() + 18 + col.header.top()) / 2 - 8,
                                   metrics.horizontalAdvance(goal) + 6, metrics.height()),
                            goal, capsFont, s.mutedText(), Qt::TextWordWrap});
        }
        columns.append(col);
    }

    auto subheading = [&](qreal x, qreal yy, const QString &text) {
        return addText(QRectF(x, yy, column - 2 * Pad, 0), text.toUpper(), capsFont, s.mutedText());
    };

    // Initiatives: a box each, sub-initiatives as chips that wrap inside it.
    qreal initiativesBottom = columnsTop + Pad + headerHeight;
    for (Column &col : columns) {
        qreal yy = col.header.bottom() + 14;
        yy += subheading(col.x + Pad, yy, tr(s, u"Main initiatives", u"主要举措")) + 6;
        for (const FrameworkNode *initiative : childrenOf(col.node->key, QStringLiteral("initiative"))) {
            const QRectF area(col.x + Pad, yy, column - 2 * Pad, 0);
            const qreal innerWidth = area.width() - 2 * 10;
            qreal h = 10 + textHeight(label(*initiative), boxTitleFont, innerWidth);
            const QList<const FrameworkNode *> subs = childrenOf(initiative->key, QStringLiteral("initiative"));
            // Chips: lay out rows first to know the box height.
            struct Chip
            {
                const FrameworkNode *node;
                QRectF rect;
            };
            QList<Chip> chips;
            if (!subs.isEmpty()) {
                const QFontMetricsF metrics(smallFont);
                qreal cx = 0;
                qreal cy = h + 8;
                const qreal chipHeight = metrics.height() + 8;
                for (const FrameworkNode *sub : subs) {
                    // Rounded up with a pixel to spare: a chip one pixel short wraps its text.
                    const qreal w = std::min(innerWidth, std::ceil(metrics.horizontalAdvance(label(*sub))) + 18);
                    if (cx > 0 && cx + w > innerWidth) {
                        cx = 0;
                        cy += chipHeight + 6;
                    }
                    chips.append({sub, QRectF(cx, cy, w, chipHeight)});
                    cx += w + 6;
                }
                h = cy + chipHeight;
            }
            h += 10;
            const QRectF box(area.left(), yy, area.width(), h);
            m_shapes.append({box, s.fill(initiative->level), s.border(initiative->level), 6, 1});
            addText(QRectF(box.left() + 10, box.top() + 10, innerWidth, 0), label(*initiative), boxTitleFont, s.text());
            m_boxes.append({initiative->key, box, 2});
            for (const Chip &chip : chips) {
                const QRectF rect = chip.rect.translated(box.left() + 10, box.top());
                m_shapes.append({rect, s.background(), s.border(chip.node->level), rect.height() / 2, 1});
                m_texts.append({rect.adjusted(8, 4, -8, -4), label(*chip.node), smallFont, s.text(),
                                Qt::AlignHCenter | Qt::TextWordWrap});
                m_boxes.append({chip.node->key, rect, 3});
            }
            yy = box.bottom() + 8;
        }
        initiativesBottom = std::max(initiativesBottom, yy);
    }
    // Features start at one height in every column.
    qreal columnsBottom = initiativesBottom;
    for (Column &col : columns) {
        qreal yy = initiativesBottom + 8;
        yy += subheading(col.x + Pad, yy, tr(s, u"Main features", u"主要特征")) + 6;
        for (const FrameworkNode *feature : childrenOf(col.node->key, QStringLiteral("feature"))) {
            const qreal innerWidth = column - 2 * Pad - 20;
            const qreal h = textHeight(label(*feature), bodyFont, innerWidth) + 16;
            const QRectF box(col.x + Pad, yy, column - 2 * Pad, h);
            m_shapes.append({box, s.background(), s.border(feature->level), 6, 1});
            addText(QRectF(box.left() + 10, box.top() + 8, innerWidth, 0), label(*feature), bodyFont, s.text());
            m_boxes.append({feature->key, box, 2});
            yy = box.bottom() + 8;
        }
        columnsBottom = std::max(columnsBottom, yy);
    }
    for (const Column &col : columns) {
        const QRectF panel(col.x, columnsTop, column, columnsBottom + Pad - 8 - columnsTop);
        // Panels go under everything in the column.
        m_shapes.prepend({panel, DiagramStyle::mix(s.accent(col.node->level), s.background(), s.dark() ? 0.07 : 0.04),
                          s.border(col.node->level), 10, 1});
        m_boxes.append({col.node->key, panel, 0});
    }
    y = columnsBottom + Pad - 8;

    // --- Dilemmas and countermeasures: four columns each, a header and its points.
    auto band = [&](const QString &title, const QString &kind, const QString &pointKind) {
        QList<const FrameworkNode *> heads;
        for (const FrameworkNode &node : m_nodes) {
            if (node.kind == kind)
                heads.append(&node);
        }
        if (heads.isEmpty())
            return;
        y += 30;
        y += addText(QRectF(Margin, y, Width - 2 * Margin, 0), title, sectionFont, s.text()) + 10;
        const int n = int(heads.size());
        const qreal w = (Width - 2 * Margin - (n - 1) * Gap) / n;
        qreal headHeight = 0;
        for (const FrameworkNode *head : heads)
            headHeight = std::max(headHeight, textHeight(label(*head), boxTitleFont, w - 2 * Pad - 14 - 10));
        headHeight += 20;
        qreal bottom = y;
        QList<QRectF> panels;
        for (int i = 0; i < n; ++i) {
            const FrameworkNode *head = heads[i];
            const qreal x = Margin + i * (w + Gap);
            const QRectF header(x + Pad, y + Pad, w - 2 * Pad, headHeight);
            m_shapes.append({header, s.header(head->level), s.border(head->level), 6, 1});
            m_shapes.append({QRectF(header.left(), header.top(), 5, header.height()), s.accent(head->level),
                             s.accent(head->level), 2, 0});
            addText(QRectF(header.left() + 14, header.top() + 10, header.width() - 14 - 10, 0), label(*head),
                    boxTitleFont, s.text());
            m_boxes.append({head->key, header, 1});
            qreal yy = header.bottom() + 8;
            for (const FrameworkNode *point : childrenOf(head->key, pointKind)) {
                const qreal innerWidth = w - 2 * Pad - 20;
                const qreal h = textHeight(label(*point), smallFont, innerWidth) + 14;
                const QRectF box(x + Pad, yy, w - 2 * Pad, h);
                m_shapes.append({box, s.background(), s.border(point->level), 6, 1});
                addText(QRectF(box.left() + 10, box.top() + 7, innerWidth, 0), label(*point), smallFont, s.text());
                m_boxes.append({point->key, box, 2});
                yy = box.bottom() + 6;
            }
            bottom = std::max(bottom, yy);
            panels.append(QRectF(x, y, w, 0));
        }
        for (int i = 0; i < n; ++i) {
            QRectF panel = panels[i];
            panel.setBottom(bottom + Pad - 6);
            m_shapes.prepend({panel,
                              DiagramStyle::mix(s.accent(heads[i]->level), s.background(), s.dark() ? 0.07 : 0.04),
                              s.border(heads[i]->level), 10, 1});
            m_boxes.append({heads[i]->key, panel, 0});
        }
        y = bottom + Pad - 6;
    };
    band(tr(s, u"U.S. dilemmas", u"美国对华技术竞争面临的困境"), QStringLiteral("dilemma"),
         QStringLiteral("dilemma-point"));
    band(tr(s, u"China's countermeasures", u"中国应对美国技术竞争的对策"), QStringLiteral("countermeasure"),
         QStringLiteral("countermeasure-point"));

    m_size = QSizeF(Width, std::ceil(y + Margin));
}

void FrameworkMapRenderer::paint(QPainter &painter) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), m_size), m_style.background());
    for (const Shape &shape : m_shapes) {
        painter.setPen(shape.borderWidth > 0 ? QPen(shape.border, shape.borderWidth) : QPen(Qt::NoPen));
        painter.setBrush(shape.fill);
        painter.drawRoundedRect(shape.rect, shape.radius, shape.radius);
    }
    for (const Line &line : m_lines) {
        painter.setPen(QPen(line.color, line.width, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(line.path);
        if (line.arrow) {
            const QPointF tip = line.path.pointAtPercent(1.0);
            const QPointF before =
                line.path.pointAtPercent(std::max(0.0, 1.0 - 8.0 / std::max(1.0, line.path.length())));
            drawArrowHead(painter, tip, before, line.color);
        }
    }
    for (const Text &text : m_texts) {
        painter.setFont(text.font);
        painter.setPen(text.color);
        painter.drawText(text.rect, text.flags, text.text);
    }
    painter.restore();
}

QString FrameworkMapRenderer::nodeAt(const QPointF &point) const
{
    const Box *best = nullptr;
    for (const Box &box : m_boxes) {
        if (box.rect.contains(point) && (!best || box.depth > best->depth))
            best = &box;
    }
    return best ? best->key : QString();
}

QRectF FrameworkMapRenderer::nodeRect(const QString &key) const
{
    // The most specific box of a node: a competition's header rather than its column.
    const Box *best = nullptr;
    for (const Box &box : m_boxes) {
        if (box.key == key && (!best || box.depth > best->depth))
            best = &box;
    }
    return best ? best->rect : QRectF();
}

QImage FrameworkMapRenderer::toImage(qreal scale) const
{
    return DiagramExport::image(
        m_size, [this](QPainter &p) { paint(p); }, scale, m_style.background());
}

QByteArray FrameworkMapRenderer::toSvg() const
{
    return DiagramExport::svg(
        m_size, [this](QPainter &p) { paint(p); },
        m_style.lang() == Lang::En ? QStringLiteral("The paper's framework") : QStringLiteral("本文的分析框架"));
}

void FrameworkMapRenderer::exportPng(const QString &path, qreal scale) const
{
    DiagramExport::writePng(path, toImage(scale));
}

void FrameworkMapRenderer::exportSvg(const QString &path) const
{
    DiagramExport::writeSvg(path, toSvg());
}

} // namespace duizhao
