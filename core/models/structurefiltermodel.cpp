#include "structurefiltermodel.h"

#include "text/script.h"

namespace duizhao {

StructureFilterModel::StructureFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void StructureFilterModel::setFilterText(const QString &text)
{
    const QString simplified = script::simplified(text);
    if (simplified == m_text)
        return;
    m_text = simplified;
    invalidateFilter();
}

bool StructureFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    // The tooltip holds both labels whatever language the tree shows.
    const QString labels = index.data(Qt::ToolTipRole).toString();
    return labels.contains(m_text, Qt::CaseInsensitive);
}

} // namespace duizhao
