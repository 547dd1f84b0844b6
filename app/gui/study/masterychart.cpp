#include "masterychart.h"

#include "frameworkstyle.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace duizhao::gui {

MasteryChart::MasteryChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("studyMasteryChart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QString MasteryChart::levelLabel(FrameworkLevel level)
{
    if (level == FrameworkLevel::None)
        return tr("Other cards");
    return FrameworkStyle::name(levelCode(level));
}

void MasteryChart::setMastery(const QList<LevelMastery> &mastery)
{
    m_mastery.clear();
    for (const LevelMastery &m : mastery) {
        if (m.cards > 0)
            m_mastery.append(m);
    }
    updateGeometry();
    update();
}

int MasteryChart::rowHeight() const
{
    return fontMetrics().height() * 2 + 6; // the name over the bar
}

QSize MasteryChart::sizeHint() const
{
    return {260, std::max(1, int(m_mastery.size())) * rowHeight() + 4};
}

QSize MasteryChart::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void MasteryChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    if (m_mastery.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No cards yet."));
        return;
    }
    const int row = rowHeight();
    const QString widest = QStringLiteral("100%");
    const int valueWidth = fm.horizontalAdvance(widest) + 8;
    int y = 2;
    for (const LevelMastery &m : m_mastery) {
        // The name and the mature count above the bar.
        const QString count = tr("%1 of %2 mature").arg(m.mature).arg(m.cards);
        const int countWidth = fm.horizontalAdvance(count);
        p.setPen(palette().color(QPalette::WindowText));
        const QRect nameRect(0, y, width() - countWidth - 8, fm.height());
        p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(levelLabel(m.level), Qt::ElideRight, nameRect.width()));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRect(width() - countWidth, y, countWidth, fm.height()), Qt::AlignRight | Qt::AlignVCenter, count);

        // The bar: the track, then recall filled in the level's colour.
        const QRectF track(0, y + fm.height() + 2, width() - valueWidth, fm.height() - 2);
        const QColor colour = levelColor(m.level);
        QColor trackColour = colour;
        trackColour.setAlphaF(0.18);
        p.setPen(Qt::NoPen);
        p.setBrush(trackColour);
        p.drawRoundedRect(track, 3, 3);
        const double recall = std::clamp(m.recall, 0.0, 1.0);
        if (recall > 0) {
            p.setBrush(colour);
            p.drawRoundedRect(QRectF(track.left(), track.top(), std::max(2.0, track.width() * recall), track.height()),
                              3, 3);
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(track.right(), track.top() - 2, valueWidth, track.height() + 4),
                   Qt::AlignRight | Qt::AlignVCenter, tr("%1%").arg(std::lround(recall * 100)));
        y += row;
    }
}

void MasteryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::PaletteChange) {
        updateGeometry();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace duizhao::gui
