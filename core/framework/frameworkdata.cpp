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

QString measureKindName(const QString &kind, Lang lang)
{
    struct KindName
    {
        const char16_t *code;
        const char16_t *en;
        const char16_t *zh;
    };
    static constexpr KindName names[] = {
        {u"law", u"Law", u"法律"},
        {u"bill", u"Bill", u"法案"},
        {u"executive-strategy", u"Executive strategy", u"行政战略"},
        {u"report", u"Report", u"报告"},
        {u"control-list", u"Control list", u"管制清单"},
        {u"agency-action", u"Agency action", u"机构行动"},
        {u"agency", u"Agency", u"机构"},
        {u"review-system", u"Review system", u"审查制度"},
        {u"alliance", u"Alliance", u"联盟"},
        {u"partnership", u"Partnership", u"伙伴关系"},
        {u"agreement", u"Agreement", u"协议"},
        {u"statement", u"Statement", u"声明"},
        {u"organization", u"Organization", u"组织"},
        {u"subsidy-program", u"Subsidy programme", u"补贴计划"},
        {u"policy-initiative", u"Policy initiative", u"政策倡议"},
        {u"policy-principle", u"Policy principle", u"政策原则"},
        {u"countermeasure", u"Countermeasure", u"反制措施"},
        {u"dialogue-mechanism", u"Dialogue mechanism", u"对话机制"},
    };
    for (const KindName &name : names) {
        if (kind == QStringView(name.code))
            return QString::fromUtf16(lang == Lang::En ? name.en : name.zh);
    }
    QString shown = kind;
    return shown.replace(u'-', u' ');
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

qsizetype Table1Cell::namedCount() const
{
    return std::count_if(items.cbegin(), items.cend(), [](const Table1Item &item) { return !item.general; });
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
