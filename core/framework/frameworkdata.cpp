#include "frameworkdata.h"

#include <algorithm>

namespace duizhao {

QList<int> unitsOf(const QList<UnitSpan> &spans)
{
    QList<int> units;
    for (const UnitSpan &span : spans)
        units.append(span.unitSeq);
    std::sort(units.begin(), units.end());
    units.erase(std::unique(units.begin(), units.end()), units.end());
    return units;
}

int Measure::year() const
{
    return date.size() >= 4 ? QStringView(date).left(4).toInt() : 0;
}

const FrameworkNode *FrameworkData::node(QStringView key) const
{
    for (const FrameworkNode &n : nodes) {
        if (n.key == key)
            return &n;
    }
    return nullptr;
}

const Measure *FrameworkData::measure(QStringView key) const
{
    for (const Measure &m : measures) {
        if (m.key == key)
            return &m;
    }
    return nullptr;
}

QString Table1Item::text(Lang lang) const
{
    const QString label = lang == Lang::En ? labelEn : labelZh;
    const QStringList &details = lang == Lang::En ? detailsEn : detailsZh;
    if (details.isEmpty())
        return label;
    if (lang == Lang::En)
        return label + u" (" + details.join(QStringLiteral(", ")) + u')';
    return label + u'（' + details.join(u'、') + u'）';
}

QString Table1Cell::text(Lang lang, QStringView separator) const
{
    QStringList lines;
    for (const Table1Item &item : items)
        lines.append(item.text(lang));
    return lines.join(separator);
}

QList<int> Table1Cell::units() const
{
    QList<int> all;
    for (const Table1Item &item : items)
        all.append(item.units);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

} // namespace duizhao
