#include "timelinerenderer.h"

#include "render/diagramexport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace duizhao {

namespace {

constexpr qreal Width = 1480;
constexpr qreal Margin = 40;
constexpr qreal LabelWidth = 190;
constexpr qreal LaneGap = 14;
constexpr qreal LeaderRoom = 64;   // from the axis to the nearest row of labels
constexpr qreal YearTop = 12;      // from the axis to the top of the year labels
constexpr qreal YearClearance = 3; // between a leader and a year label

QString titleText(const DiagramStyle &style, int first, int last)
{
    return style.lang() == Lang::En ? QStringLiteral("Dated measures named in the paper, %1–%2").arg(first).arg(last)
                                    : QStringLiteral("文中提及的有明确时间的措施（%1—%2年）").arg(first).arg(last);
}

} // namespace

TimelineRenderer::TimelineRenderer(QList<Measure> measures, const DiagramStyle &style, int firstYear, int lastYear)
    : m_style(style)
{
    m_measures = datedMeasures(std::move(measures));
    m_firstYear = firstYear;
    m_lastYear = lastYear;
    for (const Measure &m : std::as_const(m_measures)) {
        if (firstYear == 0)
            m_firstYear = m_firstYear == 0 ? m.year() : std::min(m_firstYear, m.year());
        if (lastYear == 0)
            m_lastYear = std::max(m_lastYear, m.year());
    }
    if (m_firstYear == 0)
        m_firstYear = m_lastYear = QDate::currentDate().year();
    if (m_lastYear < m_firstYear)
        m_lastYear = m_firstYear;
    layout();
}

QList<Measure> TimelineRenderer::datedMeasures(QList<Measure> measures)
{
    QList<Measure> dated;
    for (Measure &m : measures) {
        if (m.year() > 0)
            dated.append(std::move(m));
    }
    std::stable_sort(dated.begin(), dated.end(), [](const Measure &a, const Measure &b) { return a.date < b.date; });
    return dated;
}

std::pair<int, int> TimelineRenderer::yearRange(const Paper &paper, const QList<Measure> &measures)
{
    int first = 0;
    int last = 0;
    auto note = [&](int year) {
        first = first == 0 ? year : std::min(first, year);
        last = std::max(last, year);
    };
    for (const Measure &m : measures) {
        if (m.year() > 0)
            note(m.year());
    }
    static const QRegularExpression yearPattern(QStringLiteral("(?<![0-9])(19[5-9][0-9]|20[0-9][0-9])(?![0-9])"));
    for (const Unit &unit : paper.units) {
        for (auto it = yearPattern.globalMatch(unit.en); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            bool inCitation = false;
            for (const CitationOccurrence &c : paper.citations) {
                if (c.unitSeq == unit.seq && c.lang == Lang::En && m.capturedStart() >= c.start &&
                    m.capturedStart() < c.start + c.length)
                    inCitation = true;
            }
            if (!inCitation)
                note(m.captured(1).toInt());
        }
    }
    return {first, last};
}

qreal TimelineRenderer::xOf(const QString &date) const
{
    const int year = QStringView(date).left(4).toInt();
    const int month = date.size() >= 7 ? QStringView(date).mid(5, 2).toInt() : 0;
    const qreal span = std::max(1, m_lastYear - m_firstYear + 1);
    // A year alone stands in the middle of its year, a month in the middle of its month.
    const qreal at = (year - m_firstYear) + (month > 0 ? (month - 0.5) / 12.0 : 0.5);
    return Margin + at * (Width - 2 * Margin) / span;
}

void TimelineRenderer::layout()
{
    m_labelFont = m_style.font(12.5, true);
    m_dateFont = m_style.font(11.5);
    const QFontMetricsF labelMetrics(m_labelFont);
    const QFontMetricsF dateMetrics(m_dateFont);
    const QFontMetricsF titleMetrics(m_style.font(20, true));
    m_top = Margin + titleMetrics.height() + 14 + 24 + 16; // title, legend row, breathing room
    m_labels.clear();

    // Labels alternate above and below the axis in date order. On each side they stand in a row,
    // in date order, each as near its date as the others allow; leaders from the dots to the
    // labels then never cross, however the dates cluster. A side whose labels do not fit one row
    // takes more rows, nearest the axis first.
    struct Item
    {
        int measure;
        QString text;
        qreal width;
        qreal height;
        qreal x; // the date's place on the axis
    };
    QList<Item> sides[2];
    for (int i = 0; i < m_measures.size(); ++i) {
        const Measure &m = m_measures[i];
        QString text = m.name(m_style.lang());
        if (m_style.lang() == Lang::En && !m.acronym.isEmpty() && !text.contains(m.acronym) && text.size() > 28)
            text = m.acronym + u" — " + text;
        const qreal textWidth = std::min(LabelWidth, std::ceil(labelMetrics.horizontalAdvance(text)) + 2);
        const qreal textHeight =
            std::ceil(labelMetrics.boundingRect(QRectF(0, 0, textWidth, 1000), Qt::TextWordWrap, text).height());
        const qreal width = std::max(textWidth, std::ceil(dateMetrics.horizontalAdvance(m.date)) + 2) + 20;
        const qreal height = textHeight + dateMetrics.height() + 12;
        sides[i % 2].append({i, text, width, height, xOf(m.date)});
    }

    const qreal minX = Margin / 2;
    const qreal maxX = Width - Margin / 2;
    const qreal gap = 12;
    qreal extent[2] = {0, 0}; // how far each side reaches from the axis
    QList<QRectF> rects(m_measures.size());
    QList<qreal> rowOffset(m_measures.size());
    for (int side = 0; side < 2; ++side) {
        const QList<Item> &items = sides[side];
        if (items.isEmpty())
            continue;
        int rows = 1;
        auto fits = [&](int rowCount) {
            for (int r = 0; r < rowCount; ++r) {
                qreal total = 0;
                int count = 0;
                for (int k = r; k < items.size(); k += rowCount) {
                    total += items[k].width;
                    ++count;
                }
                if (total + (count - 1) * gap > maxX - minX)
                    return false;
            }
            return true;
        };
        while (!fits(rows) && rows < items.size())
            ++rows;
        qreal offset = LeaderRoom;
        for (int r = 0; r < rows; ++r) {
            QList<int> row;
            for (int k = r; k < items.size(); k += rows)
                row.append(k);
            QList<qreal> left(row.size());
            // As near the dates as order and neighbours allow: left to right, then back.
            for (int j = 0; j < row.size(); ++j) {
                const Item &it = items[row[j]];
                left[j] = std::max(it.x - it.width / 2, j == 0 ? minX : left[j - 1] + items[row[j - 1]].width + gap);
            }
            for (int j = int(row.size()) - 1; j >= 0; --j) {
                const Item &it = items[row[j]];
                const qreal limit = j == row.size() - 1 ? maxX - it.width : left[j + 1] - gap - it.width;
                left[j] = std::min(left[j], limit);
            }
            qreal rowHeight = 0;
            for (int j = 0; j < row.size(); ++j) {
                const Item &it = items[row[j]];
                rects[it.measure] = QRectF(std::max(minX, left[j]), 0, it.width, it.height);
                rowOffset[it.measure] = offset;
                rowHeight = std::max(rowHeight, it.height);
            }
            offset += rowHeight + LaneGap;
        }
        extent[side] = offset;
    }

    m_axisY = m_top + extent[0];
    // Dots closer than a dot's width (the same month) move apart along the axis, a cluster keeping
    // its middle where it was, so none hides another and the year labels under the axis stay clear.
    QList<qreal> dotX(m_measures.size(), 0);
    for (int side = 0; side < 2; ++side) {
        for (const Item &it : std::as_const(sides[side]))
            dotX[it.measure] = it.x;
    }
    {
        constexpr qreal spacing = 13;
        QList<int> order(m_measures.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return dotX[a] < dotX[b]; });
        for (qsizetype start = 0; start < order.size();) {
            qsizetype end = start + 1;
            QList<qreal> placed{dotX[order[start]]};
            while (end < order.size() && dotX[order[end]] < placed.back() + spacing) {
                placed.append(placed.back() + spacing);
                ++end;
            }
            if (end - start > 1) {
                qreal original = 0;
                for (qsizetype k = start; k < end; ++k)
                    original += dotX[order[k]];
                const qreal shift = original / qreal(end - start) - (placed.front() + placed.back()) / 2;
                for (qsizetype k = start; k < end; ++k)
                    dotX[order[k]] = placed[k - start] + shift;
            }
            start = end;
        }
    }
    for (int side = 0; side < 2; ++side) {
        for (const Item &it : std::as_const(sides[side])) {
            QRectF rect = rects[it.measure];
            const bool above = side == 0;
            rect.moveTop(above ? m_axisY - rowOffset[it.measure] - rect.height() : m_axisY + rowOffset[it.measure]);
            m_labels.append({it.measure,
                             rect,
                             QPointF(dotX[it.measure], m_axisY),
                             rect.center().x(),
                             it.text,
                             m_measures[it.measure].date,
                             {}});
        }
    }
    std::sort(m_labels.begin(), m_labels.end(), [](const Label &a, const Label &b) { return a.measure < b.measure; });
    layoutYears();
    layoutLeaders();
    const qreal below = std::max(extent[1], 40.0); // the year labels need room even with no labels below
    m_size = QSizeF(Width, std::ceil(m_axisY + below + Margin / 2));
}

void TimelineRenderer::layoutYears()
{
    // A label every year, or every other year when a year is narrower than its label.
    m_yearFont = m_style.font(11.5);
    const QFontMetricsF yearMetrics(m_yearFont);
    const qreal span = std::max(1, m_lastYear - m_firstYear + 1);
    const qreal perYear = (Width - 2 * Margin) / span;
    const int every = perYear >= yearMetrics.horizontalAdvance(QStringLiteral("2000")) + 8 ? 1 : 2;
    m_years.clear();
    for (int year = m_firstYear; year <= m_lastYear; year += every) {
        const qreal x = Margin + (year - m_firstYear) * perYear;
        const qreal w = yearMetrics.horizontalAdvance(QString::number(year)) + 4;
        m_years.append({year, QRectF(x + perYear / 2 - w / 2, m_axisY + YearTop, w, yearMetrics.height())});
    }
}

void TimelineRenderer::layoutLeaders()
{
    // Above the axis: up from the dot a little, then straight to the label. Leaders of one side keep
    // the order of their dates, so they do not cross.
    // Below: the year labels are in the way. A leader goes from its dot to the nearest gap between
    // two year labels, down through the gap, then to its label. Leaders sharing a gap stand side by
    // side in it, in the order of their dots, so they still do not cross.
    const qreal bandTop = m_axisY + YearTop - YearClearance;
    const qreal bandBottom = m_axisY + YearTop + QFontMetricsF(m_yearFont).height() + YearClearance;
    struct Gap
    {
        qreal left;
        qreal right;
        QList<int> leaders; // indexes into m_labels, by dot
    };
    QList<Gap> gaps;
    qreal from = 0;
    for (const Year &year : std::as_const(m_years)) {
        const qreal to = year.rect.left() - YearClearance;
        if (to > from)
            gaps.append({from, to, {}});
        from = year.rect.right() + YearClearance;
    }
    gaps.append({from, Width, {}});

    QList<int> below;
    for (int i = 0; i < m_labels.size(); ++i) {
        Label &label = m_labels[i];
        if (label.rect.center().y() < m_axisY) {
            label.leader = QPolygonF(
                {label.dot, QPointF(label.dot.x(), label.dot.y() - 12), QPointF(label.stemX, label.rect.bottom())});
        } else {
            below.append(i);
        }
    }
    std::stable_sort(below.begin(), below.end(),
                     [this](int a, int b) { return m_labels[a].dot.x() < m_labels[b].dot.x(); });
    for (int i : std::as_const(below)) {
        const qreal x = m_labels[i].dot.x();
        qsizetype best = 0;
        qreal bestDistance = std::numeric_limits<qreal>::max();
        for (qsizetype g = 0; g < gaps.size(); ++g) {
            const qreal distance = x < gaps[g].left ? gaps[g].left - x : x > gaps[g].right ? x - gaps[g].right : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = g;
            }
        }
        gaps[best].leaders.append(i);
    }
    for (const Gap &gap : std::as_const(gaps)) {
        const qsizetype count = gap.leaders.size();
        if (count == 0)
            continue;
        const qreal width = gap.right - gap.left;
        const qreal step = count > 1 ? std::min<qreal>(4, width / qreal(count - 1)) : 0;
        // Near the dots when there is room (a gap at either end of the axis is wide), else centred.
        qreal first = gap.left + width / 2 - step * qreal(count - 1) / 2;
        if (width > 40) {
            const qreal wanted = m_labels[gap.leaders.front()].dot.x();
            first = std::clamp(wanted, gap.left, gap.right - step * qreal(count - 1));
        }
        for (qsizetype k = 0; k < count; ++k) {
            Label &label = m_labels[gap.leaders[k]];
            const qreal gx = std::clamp(first + step * qreal(k), gap.left, gap.right);
            label.leader = QPolygonF(
                {label.dot, QPointF(gx, bandTop), QPointF(gx, bandBottom), QPointF(label.stemX, label.rect.top())});
        }
    }
}

void TimelineRenderer::paint(QPainter &painter) const
{
    const DiagramStyle &s = m_style;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), m_size), s.background());

    // Title and legend.
    const QFont titleFont = s.font(20, true);
    painter.setFont(titleFont);
    painter.setPen(s.text());
    const QFontMetricsF titleMetrics(titleFont);
    painter.drawText(QRectF(Margin, Margin, Width - 2 * Margin, titleMetrics.height()), Qt::AlignLeft,
                     titleText(s, m_firstYear, m_lastYear));
    const QFont legendFont = s.font(12.5);
    const QFontMetricsF legendMetrics(legendFont);
    painter.setFont(legendFont);
    qreal lx = Margin;
    const qreal ly = Margin + titleMetrics.height() + 14;
    for (FrameworkLevel level : frameworkLevels()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(s.accent(level));
        painter.drawEllipse(QPointF(lx + 6, ly + legendMetrics.height() / 2), 6, 6);
        const QString name = levelName(level, s.lang());
        painter.setPen(s.text());
        painter.drawText(QRectF(lx + 18, ly, legendMetrics.horizontalAdvance(name) + 2, legendMetrics.height()),
                         Qt::AlignLeft, name);
        lx += 18 + legendMetrics.horizontalAdvance(name) + 26;
    }

    // The axis with a tick per year and the year labels under it.
    const qreal span = std::max(1, m_lastYear - m_firstYear + 1);
    const qreal perYear = (Width - 2 * Margin) / span;
    painter.setPen(QPen(s.line(), 2));
    painter.drawLine(QPointF(Margin, m_axisY), QPointF(Width - Margin, m_axisY));
    for (int year = m_firstYear; year <= m_lastYear + 1; ++year) {
        const qreal x = Margin + (year - m_firstYear) * perYear;
        painter.setPen(QPen(s.line(), 1));
        painter.drawLine(QPointF(x, m_axisY - 4), QPointF(x, m_axisY + 4));
    }
    painter.setFont(m_yearFont);
    painter.setPen(s.mutedText());
    for (const Year &year : m_years)
        painter.drawText(year.rect, Qt::AlignHCenter, QString::number(year.year));

    // Leaders, then the labels, then the dots on top of the axis.
    for (const Label &label : m_labels) {
        const QColor accent = s.accent(m_measures[label.measure].level);
        painter.setPen(QPen(DiagramStyle::mix(accent, s.background(), 0.75), leaderWidth()));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(label.leader);
    }
    for (const Label &label : m_labels) {
        const Measure &m = m_measures[label.measure];
        const QColor accent = s.accent(m.level);
        painter.setPen(QPen(s.border(m.level), 1));
        painter.setBrush(s.fill(m.level));
        painter.drawRoundedRect(label.rect, 6, 6);
        painter.setPen(Qt::NoPen);
        painter.setBrush(accent);
        painter.drawRoundedRect(QRectF(label.rect.left(), label.rect.top(), 4, label.rect.height()), 2, 2);
        painter.setPen(s.text());
        painter.setFont(m_labelFont);
        const QFontMetricsF dateMetrics(m_dateFont);
        const QRectF textRect(label.rect.left() + 12, label.rect.top() + 5, label.rect.width() - 20,
                              label.rect.height() - 10 - dateMetrics.height());
        painter.drawText(textRect, Qt::TextWordWrap | Qt::AlignLeft, label.text);
        painter.setFont(m_dateFont);
        painter.setPen(s.mutedText());
        painter.drawText(QRectF(textRect.left(), textRect.bottom(), textRect.width(), dateMetrics.height()),
                         Qt::AlignLeft, label.date);
    }
    for (const Label &label : m_labels) {
        painter.setPen(QPen(s.background(), 2));
        painter.setBrush(s.accent(m_measures[label.measure].level));
        painter.drawEllipse(label.dot, 6, 6);
    }
    painter.restore();
}

int TimelineRenderer::measureAt(const QPointF &point) const
{
    for (const Label &label : m_labels) {
        const QPointF d = point - label.dot;
        if (label.rect.contains(point) || std::hypot(d.x(), d.y()) <= 8)
            return label.measure;
    }
    return -1;
}

QImage TimelineRenderer::toImage(qreal scale) const
{
    return DiagramExport::image(
        m_size, [this](QPainter &p) { paint(p); }, scale, m_style.background());
}

QByteArray TimelineRenderer::toSvg() const
{
    return DiagramExport::svg(
        m_size, [this](QPainter &p) { paint(p); }, titleText(m_style, m_firstYear, m_lastYear));
}

void TimelineRenderer::exportPng(const QString &path, qreal scale) const
{
    DiagramExport::writePng(path, toImage(scale));
}

void TimelineRenderer::exportSvg(const QString &path) const
{
    DiagramExport::writeSvg(path, toSvg());
}

} // namespace duizhao
