#pragma once

#include "framework/frameworklevel.h"

#include <QColor>
#include <QFont>

namespace duizhao {

// Colours and fonts of the framework map and the timeline, for a light or a dark background. The
// level colours themselves come from levelColor(); this tints them for fills and borders so text
// on them keeps its contrast.
class DiagramStyle final
{
public:
    explicit DiagramStyle(Lang lang = Lang::En, bool dark = false);

    Lang lang() const { return m_lang; }
    bool dark() const { return m_dark; }

    QColor background() const;
    QColor text() const;
    QColor mutedText() const;
    QColor line() const;
    QColor panel() const; // a neutral container
    QColor panelBorder() const;
    QColor fill(FrameworkLevel level) const;   // boxes: a light tint of the level colour
    QColor header(FrameworkLevel level) const; // headers: a stronger tint
    QColor border(FrameworkLevel level) const;
    QColor accent(FrameworkLevel level) const; // marks and bars: the level colour itself

    // A font with Latin and CJK coverage, sized in pixels so layouts are the same on every screen.
    QFont font(qreal pixelSize, bool bold = false) const;

    // `a` mixed into `b`: amount 0 is b, 1 is a.
    static QColor mix(const QColor &a, const QColor &b, qreal amount);

private:
    Lang m_lang;
    bool m_dark;
};

} // namespace duizhao
