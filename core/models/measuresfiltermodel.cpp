#include "measuresfiltermodel.h"

#include "framework/termmatcher.h"
#include "models/frameworkroles.h"
#include "models/measuresmodel.h"

namespace duizhao {

namespace {

// Text as filters compare it: folded like names are matched, spaces next to Han removed, lower case.
QString comparable(const QString &text)
{
    return TermMatcher::fold(text).toLower();
}

QLocale localeFor(Lang lang)
{
    return lang == Lang::En ? QLocale(QLocale::English, QLocale::UnitedStates)
                            : QLocale(QLocale::Chinese, QLocale::China);
}

} // namespace

MeasuresFilterModel::MeasuresFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(localeFor(Lang::En))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(FrameworkRole::SortKey);
}

void MeasuresFilterModel::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() is the documented way.
    invalidateFilter();
}

void MeasuresFilterModel::setLevel(std::optional<FrameworkLevel> level)
{
    m_level = level;
    refilter();
}

void MeasuresFilterModel::setCategory(const QString &category)
{
    m_category = comparable(category);
    refilter();
}

void MeasuresFilterModel::setActor(const QString &actor)
{
    m_actor = comparable(actor);
    refilter();
}

void MeasuresFilterModel::setKind(const QString &kind)
{
    m_kind = kind.trimmed();
    refilter();
}

void MeasuresFilterModel::setYearRange(int from, int to)
{
    m_yearFrom = from;
    m_yearTo = to;
    refilter();
}

void MeasuresFilterModel::setText(const QString &text)
{
    m_text = comparable(text.trimmed());
    refilter();
}

void MeasuresFilterModel::setLanguage(Lang lang)
{
    m_collator = QCollator(localeFor(lang));
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    invalidate();
}

void MeasuresFilterModel::clearFilters()
{
    m_level.reset();
    m_category.clear();
    m_actor.clear();
    m_kind.clear();
    m_yearFrom = 0;
    m_yearTo = 0;
    m_text.clear();
    refilter();
}

bool MeasuresFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (m_level && model->data(index, FrameworkRole::Level).toInt() != int(*m_level))
        return false;
    if (!m_kind.isEmpty() && model->data(index, FrameworkRole::Kind).toString() != m_kind)
        return false;
    if (!m_category.isEmpty() &&
        !comparable(model->data(index, FrameworkRole::Category).toString()).contains(m_category))
        return false;
    if (!m_actor.isEmpty()) {
        const QString both =
            model->data(index, FrameworkRole::Actor).toString() + u'\n' +
            model->index(sourceRow, MeasuresModel::Actor, sourceParent).data(FrameworkRole::TextEn).toString() + u'\n' +
            model->index(sourceRow, MeasuresModel::Actor, sourceParent).data(FrameworkRole::TextZh).toString();
        if (!comparable(both).contains(m_actor))
            return false;
    }
    if (m_yearFrom > 0 || m_yearTo > 0) {
        const int year = model->data(index, FrameworkRole::Year).toInt();
        if (year == 0 || (m_yearFrom > 0 && year < m_yearFrom) || (m_yearTo > 0 && year > m_yearTo))
            return false;
    }
    if (!m_text.isEmpty() && !comparable(model->data(index, FrameworkRole::SearchText).toString()).contains(m_text))
        return false;
    return true;
}

bool MeasuresFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    const int order = m_collator.compare(a.toString(), b.toString());
    if (order != 0)
        return order < 0;
    return left.row() < right.row(); // stable: ties keep the paper's order
}

} // namespace duizhao
