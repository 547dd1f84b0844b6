#pragma once

#include <QSortFilterProxyModel>

namespace duizhao {

// Narrows the structure tree to the nodes whose English or Chinese label contains the filter
// text, keeping their ancestors so the tree still reads as a tree.
class StructureFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit StructureFilterModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace duizhao
