#include "structuretreemodel.h"

#include "model/reference.h"
#include "modelroles.h"

namespace duizhao {

StructureTreeModel::StructureTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_children.resize(1);
}

void StructureTreeModel::setPaper(const Paper &paper)
{
    beginResetModel();
    m_paper = paper;
    m_children = QList<QList<int>>(paper.nodes.size() + 1);
    m_row = QList<int>(paper.nodes.size(), 0);
    for (int i = 0; i < paper.nodes.size(); ++i) {
        QList<int> &siblings = m_children[paper.nodes[i].parent + 1];
        m_row[i] = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

void StructureTreeModel::setFrameworkLevels(const QHash<int, QString> &levels)
{
    // Rows at every depth change; a reset is simplest and happens once per paper.
    beginResetModel();
    m_levels = levels;
    endResetModel();
}

void StructureTreeModel::setLabels(Labels labels)
{
    if (labels == m_labels)
        return;
    beginResetModel();
    m_labels = labels;
    endResetModel();
}

QModelIndex StructureTreeModel::indexForNode(int node) const
{
    if (node < 0 || node >= m_paper.nodes.size())
        return {};
    return createIndex(m_row[node], 0, quintptr(node + 1));
}

QModelIndex StructureTreeModel::indexForUnit(int unitSeq) const
{
    return indexForNode(treeNodeOfUnit(m_paper, unitSeq));
}

void StructureTreeModel::setChineseFirst(bool chineseFirst)
{
    if (chineseFirst == m_chineseFirst)
        return;
    beginResetModel();
    m_chineseFirst = chineseFirst;
    endResetModel();
}

int StructureTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) - 1 : -1;
}

QModelIndex StructureTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const int parentNode = nodeOf(parent);
    const QList<int> &children = m_children[parentNode + 1];
    if (row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children[row] + 1));
}

QModelIndex StructureTreeModel::parent(const QModelIndex &child) const
{
    const int node = nodeOf(child);
    if (node < 0)
        return {};
    return indexForNode(m_paper.nodes[node].parent);
}

int StructureTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_children[nodeOf(parent) + 1].size());
}

int StructureTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString StructureTreeModel::label(const TreeNode &node) const
{
    const QString en = QStringList{node.numberEn, node.labelEn}.join(u' ').trimmed();
    const QString zh = QStringList{node.numberZh, node.labelZh}.join(u' ').trimmed();
    switch (m_labels) {
    case Labels::English:
        return en.isEmpty() ? zh : en;
    case Labels::Chinese:
        return zh.isEmpty() ? en : zh;
    case Labels::Both:
        break;
    }
    if (en.isEmpty() || zh.isEmpty())
        return en + zh;
    return m_chineseFirst ? zh + QStringLiteral("  ·  ") + en : en + QStringLiteral("  ·  ") + zh;
}

QVariant StructureTreeModel::data(const QModelIndex &index, int role) const
{
    const int node = nodeOf(index);
    if (node < 0)
        return {};
    const TreeNode &n = m_paper.nodes[node];
    switch (role) {
    case Qt::DisplayRole:
        return label(n);
    case Qt::ToolTipRole:
        return QStringList{QStringList{n.numberEn, n.labelEn}.join(u' ').trimmed(),
                           QStringList{n.numberZh, n.labelZh}.join(u' ').trimmed()}
            .join(u'\n');
    case Qt::AccessibleTextRole:
        return label(n);
    case UnitSeqRole:
        return n.unitSeq;
    case NodeKindRole:
        return nodeKindCode(n.kind);
    case FrameworkLevelRole:
        return m_levels.value(n.unitSeq);
    default:
        return {};
    }
}

QVariant StructureTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Structure");
    return {};
}

} // namespace duizhao
