#pragma once

#include "framework/frameworkdata.h"
#include "render/diagramstyle.h"

#include <QFont>
#include <QImage>
#include <QPolygonF>
#include <QRectF>

class QPainter;

namespace duizhao {

// The dated measures on a time axis, each a dot in its level's colour with a label on a stem.
// Labels go to the first free lane above or below the axis, alternating outwards, so none overlaps
// another or is crossed by another's stem; leaders below the axis pass between the year labels. Painted to any
// QPainter; measureAt() finds the measure under a point for the GUI's clicks.
class TimelineRenderer final
{
public:
    // Years shown: `firstYear`–`lastYear`, or the measures' own years when 0.
    explicit TimelineRenderer(QList<Measure> measures, const DiagramStyle &style = DiagramStyle(), int firstYear = 0,
                              int lastYear = 0);

    // The years a paper's timeline spans: every dated measure and every year its text mentions
    // outside citations ("since 1998", "until 2025"), so the axis covers what the paper talks about.
    static std::pair<int, int> yearRange(const Paper &paper, const QList<Measure> &measures);
    // The measures with a date, in date order (what the timeline shows, without drawing it).
    static QList<Measure> datedMeasures(QList<Measure> measures);

    QSizeF size() const { return m_size; }
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    const QList<Measure> &measures() const { return m_measures; } // the dated ones, by date

    void paint(QPainter &painter) const;
    // Index into measures() of the label or dot at `point`, -1 if none.
    int measureAt(const QPointF &point) const;

    QImage toImage(qreal scale = 2) const;
    QByteArray toSvg() const;
    void exportPng(const QString &path, qreal scale = 2) const;
    void exportSvg(const QString &path) const;

    struct Label
    {
        int measure = 0; // index into measures()
        QRectF rect;     // the label box
        QPointF dot;     // its place on the axis
        qreal stemX = 0; // where the stem meets the label
        QString text;
        QString date;
        // The line from the dot to the label. Below the axis it passes between the year labels.
        QPolygonF leader;
    };
    const QList<Label> &labels() const { return m_labels; }
    // The year labels under the axis, where they are drawn.
    struct Year
    {
        int year = 0;
        QRectF rect;
    };
    const QList<Year> &years() const { return m_years; }
    qreal xOf(const QString &date) const;

    static constexpr qreal leaderWidth() { return 1.3; }

private:
    void layout();
    void layoutYears();
    void layoutLeaders();

    QList<Measure> m_measures;
    DiagramStyle m_style;
    int m_firstYear = 0;
    int m_lastYear = 0;
    QSizeF m_size;
    qreal m_axisY = 0;
    qreal m_top = 0; // where the lanes start, below the title and legend
    QList<Label> m_labels;
    QList<Year> m_years;
    QFont m_labelFont;
    QFont m_yearFont;
    QFont m_dateFont;
};

} // namespace duizhao
