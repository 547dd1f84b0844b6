#include "timelinerenderer.h"

#include "render/diagramexport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace duizhao {

namespace {

constexpr qreal Width = 1480;
constexpr qreal Margin = 40;
constexpr qreal LabelWidth = 190;
constexpr qreal LaneGap = 14;
constexpr qreal LeaderRoom = 64; // from the axis to the nearest row of labels

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
            m_labels.append({it.measure, rect, QPointF(dotX[it.measure], m_axisY), rect.center().x(), it.text,
                             m_measures[it.measure].date});
        }
    }
    std::sort(m_labels.begin(), m_labels.end(), [](const Label &a, const Label &b) { return a.measure < b.measure; });
    const qreal below = std::max(extent[1], 40.0); // the year labels need room even with no labels below
    m_size = QSizeF(Width, std::ceil(m_axisY + below + Margin / 2));
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

    // The axis with a tick per year and a label every year, or every other year when crowded.
    const qreal span = std::max(1, m_lastYear - m_firstYear + 1);
    const qreal perYear = (Width - 2 * Margin) / span;
    painter.setPen(QPen(s.line(), 2));
    painter.drawLine(QPointF(Margin, m_axisY), QPointF(Width - Margin, m_axisY));
    const QFont yearFont = s.font(11.5);
    const QFontMetricsF yearMetrics(yearFont);
    painter.setFont(yearFont);
    const int every = perYear >= yearMetrics.horizontalAdvance(QStringLiteral("2000")) + 8 ? 1 : 2;
    for (int year = m_firstYear; year <= m_lastYear + 1; ++year) {
        const qreal x = Margin + (year - m_firstYear) * perYear;
        painter.setPen(QPen(s.line(), 1));
        painter.drawLine(QPointF(x, m_axisY - 4), QPointF(x, m_axisY + 4));
    }
    // Years go on after the leaders (below), on a patch of background, so a leader passes under them.
    auto drawYears = [&] {
        painter.setFont(yearFont);
        for (int year = m_firstYear; year <= m_lastYear; year += every) {
            const qreal x = Margin + (year - m_firstYear) * perYear;
            const QString text = QString::number(year);
            const qreal w = yearMetrics.horizontalAdvance(text) + 4;
            const QRectF rect(x + perYear / 2 - w / 2, m_axisY + 7, w, yearMetrics.height());
            painter.fillRect(rect, s.background());
            painter.setPen(s.mutedText());
            painter.drawText(rect, Qt::AlignHCenter, text);
        }
    };

    // Leaders, then the years over them, then the labels, then the dots on top of the axis.
    for (const Label &label : m_labels) {
        const Measure &m = m_measures[label.measure];
        const QColor accent = s.accent(m.level);
        const bool above = label.rect.center().y() < m_axisY;
        const qreal edge = above ? label.rect.bottom() : label.rect.top();
        painter.setPen(QPen(DiagramStyle::mix(accent, s.background(), 0.75), 1.3));
        painter.setBrush(Qt::NoBrush);
        // Up from the dot a little, then straight to the label: leaders of one side keep the order
        // of their dates, so they do not cross.
        QPainterPath leader(label.dot);
        const qreal knee = label.dot.y() + (above ? -12 : 12);
        leader.lineTo(label.dot.x(), knee);
        leader.lineTo(label.stemX, edge);
        painter.drawPath(leader);
    }
    drawYears();
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
