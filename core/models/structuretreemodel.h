#pragma once

#include "model/paper.h"

#include <QAbstractItemModel>
#include <QHash>

namespace duizhao {

// The paper's heading tree (parts → sections → subsections → points) for a QTreeView. Labels
// in English, Chinese or both; each node carries the framework level of the text it heads.
class StructureTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Labels
    {
        English,
        Chinese,
        Both
    };

    explicit StructureTreeModel(QObject *parent = nullptr);

    void setPaper(const Paper &paper);
    // unit seq → framework level code ("power", …); a node takes the level of its unit.
    void setFrameworkLevels(const QHash<int, QString> &levels);
    // Whether the paper has a framework at all: only then do its legend and level marks mean anything.
    bool hasFrameworkLevels() const { return !m_levels.isEmpty(); }
    void setLabels(Labels labels);
    // With both labels, which comes first: the UI language's.
    void setChineseFirst(bool chineseFirst);
    Labels labels() const { return m_labels; }

    // The node for a unit: its own node, or the heading it belongs to.
    QModelIndex indexForUnit(int unitSeq) const;
    QModelIndex indexForNode(int node) const;
    int nodeOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString label(const TreeNode &node) const;

    Paper m_paper;
    QList<QList<int>> m_children; // per node + 1 (index 0 is the root)
    QList<int> m_row;             // row of each node among its siblings
    QHash<int, QString> m_levels;
    Labels m_labels = Labels::Both;
    bool m_chineseFirst = false;
};

} // namespace duizhao
