#include "markstyle.h"

namespace duizhao::gui {

namespace {
QColor withAlpha(QColor color, float alpha)
{
    color.setAlphaF(alpha);
    return color;
}
} // namespace

MarkStyle::MarkStyle(const QPalette &palette)
    : m_palette(palette)
{}

QColor MarkStyle::searchHit()
{
    return QColor(255, 196, 0, 110);
}

QColor MarkStyle::activeRange()
{
    return QColor(255, 120, 0, 190);
}

QColor MarkStyle::notesBadge()
{
    return QColor(214, 92, 24);
}

QColor MarkStyle::notesBadgeText()
{
    return QColor(Qt::white);
}

QColor MarkStyle::rule() const
{
    return withAlpha(text(), 0.09f);
}

QColor MarkStyle::termUnderline() const
{
    return withAlpha(text(), 0.3f);
}

QColor MarkStyle::focus() const
{
    return withAlpha(m_palette.color(QPalette::Highlight), 0.30f);
}

QColor MarkStyle::focusUnderline() const
{
    return m_palette.color(QPalette::Highlight);
}

QColor MarkStyle::interleavedBar() const
{
    return withAlpha(m_palette.color(QPalette::Highlight), 0.45f);
}

QColor MarkStyle::unitCodeTint(QColor code)
{
    return withAlpha(code, 0.28f);
}

} // namespace duizhao::gui
