#include "frameworklevel.h"

namespace duizhao {

namespace {
struct LevelInfo
{
    FrameworkLevel level;
    const char16_t *code;
    const char16_t *nameEn;
    const char16_t *nameZh;
    QRgb color;
};

// Colours checked against #ffffff and #1e1e1e: each has a contrast ratio between 3.0 and 5.5
// with both, so a swatch or a bar reads the same in a light and a dark theme.
constexpr LevelInfo levels[] = {
    {FrameworkLevel::None, u"none", u"None", u"无", 0xff8a8f98},
    {FrameworkLevel::Power, u"power", u"Power", u"实力竞争", 0xffd6604d},
    {FrameworkLevel::Order, u"order", u"Order", u"秩序竞争", 0xff3d85c6},
    {FrameworkLevel::Values, u"values", u"Values", u"价值观竞争", 0xff9b6bc4},
    {FrameworkLevel::Dilemmas, u"dilemmas", u"Dilemmas", u"美国困境", 0xffc08a1e},
    {FrameworkLevel::Countermeasures, u"countermeasures", u"Countermeasures", u"中国对策", 0xff2e9e6e},
};

const LevelInfo &infoOf(FrameworkLevel level)
{
    for (const LevelInfo &info : levels) {
        if (info.level == level)
            return info;
    }
    return levels[0];
}
} // namespace

QList<FrameworkLevel> frameworkLevels()
{
    return {FrameworkLevel::Power, FrameworkLevel::Order, FrameworkLevel::Values, FrameworkLevel::Dilemmas,
            FrameworkLevel::Countermeasures};
}

QString levelCode(FrameworkLevel level)
{
    return QString::fromUtf16(infoOf(level).code);
}

std::optional<FrameworkLevel> levelFromCode(QStringView code)
{
    for (const LevelInfo &info : levels) {
        if (code == QStringView(info.code))
            return info.level;
    }
    return std::nullopt;
}

QString levelName(FrameworkLevel level, Lang lang)
{
    const LevelInfo &info = infoOf(level);
    return QString::fromUtf16(lang == Lang::En ? info.nameEn : info.nameZh);
}

QColor levelColor(FrameworkLevel level)
{
    return QColor::fromRgb(infoOf(level).color);
}

} // namespace duizhao
