#include "annotationfilterproxy.h"

#include "annotationpalette.h"
#include "annotationsmodel.h"

#include <QDateTime>

namespace duizhao {

AnnotationFilterProxy::AnnotationFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
}

AnnotationFilterProxy::~AnnotationFilterProxy() = default;

void AnnotationFilterProxy::changeFilter(const std::function<void()> &change)
{
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() after the change re-filters once.
    change();
    invalidateFilter();
}

void AnnotationFilterProxy::setTag(const QString &tag)
{
    changeFilter([&] { m_tag = tag; });
}

void AnnotationFilterProxy::setColor(const QString &color)
{
    changeFilter([&] {
        const QString resolved = AnnotationPalette::resolve(color);
        m_color = resolved.isEmpty() ? color.toUpper() : resolved;
    });
}

void AnnotationFilterProxy::setLanguage(std::optional<Lang> lang)
{
    changeFilter([&] { m_lang = lang; });
}

void AnnotationFilterProxy::setUnitRange(int from, int to)
{
    changeFilter([&] {
        m_from = from;
        m_to = to;
    });
}

void AnnotationFilterProxy::setText(const QString &text)
{
    changeFilter([&] { m_text = text.trimmed(); });
}

void AnnotationFilterProxy::clearFilters()
{
    changeFilter([&] {
        m_tag.clear();
        m_color.clear();
        m_lang.reset();
        m_from = m_to = 0;
        m_text.clear();
    });
}

bool AnnotationFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_tag.isEmpty() && !index.data(AnnotationsModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_color.isEmpty() && index.data(AnnotationsModel::ColorRole).toString().compare(m_color, Qt::CaseInsensitive))
        return false;
    if (m_lang) {
        const QString lang = index.data(AnnotationsModel::LangRole).toString();
        if (!lang.isEmpty() && lang != langCode(*m_lang)) // a unit mark covers both languages
            return false;
    }
    const int unit = index.data(AnnotationsModel::UnitSeqRole).toInt();
    if ((m_from > 0 && unit < m_from) || (m_to > 0 && unit > m_to))
        return false;
    if (!m_text.isEmpty() &&
        !index.data(AnnotationsModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AnnotationFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QDateTime)
        return l.toDateTime() < r.toDateTime();
    if (l.userType() == QMetaType::Int)
        return l.toInt() < r.toInt();
    return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
}

} // namespace duizhao
