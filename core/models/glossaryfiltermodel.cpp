#include "glossaryfiltermodel.h"

#include "framework/termmatcher.h"
#include "models/frameworkroles.h"

namespace duizhao {

namespace {

QString comparable(const QString &text)
{
    return TermMatcher::fold(text).toLower();
}

QCollator collatorFor(Lang lang)
{
    QCollator collator(lang == Lang::En ? QLocale(QLocale::English, QLocale::UnitedStates)
                                        : QLocale(QLocale::Chinese, QLocale::China));
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

} // namespace

GlossaryFilterModel::GlossaryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(collatorFor(Lang::En))
{
    setSortRole(FrameworkRole::SortKey);
}

void GlossaryFilterModel::setText(const QString &text)
{
    m_text = comparable(text.trimmed());
    invalidateFilter();
}

void GlossaryFilterModel::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void GlossaryFilterModel::setLanguage(Lang lang)
{
    m_collator = collatorFor(lang);
    invalidate();
}

bool GlossaryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && index.data(FrameworkRole::Category).toString() != m_category)
        return false;
    return m_text.isEmpty() || comparable(index.data(FrameworkRole::SearchText).toString()).contains(m_text);
}

bool GlossaryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    const int order = m_collator.compare(a.toString(), b.toString());
    return order != 0 ? order < 0 : left.row() < right.row();
}

} // namespace duizhao
