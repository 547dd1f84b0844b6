#include "chinesefonts.h"

#include <QFontDatabase>
#include <QFontInfo>

namespace duizhao::gui {

const QStringList &chineseFamilies()
{
    static const QStringList families = [] {
        QStringList found;
        const QStringList available = QFontDatabase::families();
        for (const QString &family : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
                                      QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei")}) {
            if (available.contains(family))
                found.append(family);
        }
        return found;
    }();
    return families;
}

QFont chineseFirst(const QFont &base)
{
    QFont font = base;
    QStringList families = chineseFamilies();
    for (const QString &family : base.families()) {
        if (!families.contains(family))
            families.append(family);
    }
    font.setFamilies(families);
    return font;
}

QFont withChineseFallback(const QFont &base)
{
    QFont font = base;
    // The face the font resolves to, not its family names: a generic name such as "Sans Serif"
    // is no face of its own, so the first Chinese face would take the Latin text too and draw
    // “quotes” full-width.
    QStringList families{QFontInfo(base).family()};
    for (const QString &family : chineseFamilies()) {
        if (!families.contains(family))
            families.append(family);
    }
    font.setFamilies(families);
    return font;
}

} // namespace duizhao::gui
