#include "diagramstyle.h"

namespace duizhao {

DiagramStyle::DiagramStyle(Lang lang, bool dark)
    : m_lang(lang)
    , m_dark(dark)
{}

QColor DiagramStyle::mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() * amount + b.redF() * (1 - amount)),
                            float(a.greenF() * amount + b.greenF() * (1 - amount)),
                            float(a.blueF() * amount + b.blueF() * (1 - amount)));
}

QColor DiagramStyle::background() const
{
    return m_dark ? QColor(0x1e, 0x1e, 0x1e) : QColor(Qt::white);
}

QColor DiagramStyle::text() const
{
    return m_dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x1f, 0x23, 0x28);
}

QColor DiagramStyle::mutedText() const
{
    return m_dark ? QColor(0xa8, 0xad, 0xb4) : QColor(0x57, 0x60, 0x6a);
}

QColor DiagramStyle::line() const
{
    return m_dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x77, 0x81);
}

QColor DiagramStyle::panel() const
{
    return m_dark ? QColor(0x26, 0x28, 0x2b) : QColor(0xf6, 0xf8, 0xfa);
}

QColor DiagramStyle::panelBorder() const
{
    return m_dark ? QColor(0x3d, 0x44, 0x4d) : QColor(0xd0, 0xd7, 0xde);
}

QColor DiagramStyle::fill(FrameworkLevel level) const
{
    return mix(levelColor(level), background(), m_dark ? 0.20 : 0.10);
}

QColor DiagramStyle::header(FrameworkLevel level) const
{
    return mix(levelColor(level), background(), m_dark ? 0.42 : 0.26);
}

QColor DiagramStyle::border(FrameworkLevel level) const
{
    return mix(levelColor(level), background(), m_dark ? 0.70 : 0.60);
}

QColor DiagramStyle::accent(FrameworkLevel level) const
{
    return levelColor(level);
}

QFont DiagramStyle::font(qreal pixelSize, bool bold) const
{
    QFont font;
    // A CJK face draws “quotes” full-width, which is right in Chinese and gappy in English: English
    // takes a Latin face first and falls back to the CJK one for the odd Chinese word.
    const QStringList latin = {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")};
    const QStringList cjk = {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")};
    font.setFamilies(m_lang == Lang::En ? latin + cjk : cjk + latin);
    font.setPixelSize(qRound(pixelSize));
    font.setBold(bold);
    font.setStyleStrategy(QFont::PreferAntialias);
    return font;
}

} // namespace duizhao
