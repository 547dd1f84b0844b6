#include "frameworkmodel.h"

#include "framework/frameworkstore.h"
#include "models/frameworkroles.h"

#include <QHash>

namespace duizhao {

FrameworkModel::FrameworkModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void FrameworkModel::setFramework(QList<FrameworkNode> nodes, QList<FrameworkRelation> relations)
{
    beginResetModel();
    m_nodes = std::move(nodes);
    m_relations = std::move(relations);
    QHash<QString, int> byKey;
    for (int i = 0; i < m_nodes.size(); ++i)
        byKey.insert(m_nodes[i].key, i);
    m_parent.fill(-1, m_nodes.size());
    m_row.fill(0, m_nodes.size());
    m_children = QList<QList<int>>(m_nodes.size());
    m_top.clear();
    for (int i = 0; i < m_nodes.size(); ++i) {
        const int parent = byKey.value(m_nodes[i].parentKey, -1);
        m_parent[i] = parent;
        QList<int> &siblings = parent >= 0 ? m_children[parent] : m_top;
        m_row[i] = int(siblings.size());
        siblings.append(i);
    }
    endResetModel();
}

void FrameworkModel::load(Library &library, qint64 documentId)
{
    FrameworkStore store(library);
    setFramework(store.nodes(documentId), store.relations(documentId));
}

QModelIndex FrameworkModel::indexOf(const QString &key) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].key == key)
            return createIndex(m_row[i], 0, quintptr(i));
    }
    return {};
}

void FrameworkModel::emitAllChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent));
    for (int row = 0; row < rows; ++row)
        emitAllChanged(index(row, 0, parent));
}

void FrameworkModel::setLanguage(Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    emitAllChanged({});
    emit headerDataChanged(Qt::Horizontal, 0, 0);
}

QList<int> FrameworkModel::childrenOf(int node) const
{
    return node < 0 ? m_top : m_children[node];
}

QModelIndex FrameworkModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_children[int(parent.internalId())] : m_top;
    if (row >= siblings.size())
        return {};
    return createIndex(row, 0, quintptr(siblings[row]));
}

QModelIndex FrameworkModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_parent[int(child.internalId())];
    if (parent < 0)
        return {};
    return createIndex(m_row[parent], 0, quintptr(parent));
}

int FrameworkModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_children[int(parent.internalId())].size());
}

int FrameworkModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant FrameworkModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FrameworkNode &node = m_nodes[int(index.internalId())];
    const bool en = m_lang == Lang::En;
    switch (role) {
    case Qt::DisplayRole:
        return en ? node.labelEn : node.labelZh;
    case Qt::ToolTipRole:
        return QString((en ? node.labelZh : node.labelEn) + u"\n\n" + (en ? node.summaryEn : node.summaryZh));
    case Qt::DecorationRole:
        return node.level == FrameworkLevel::None ? QVariant() : QVariant(levelColor(node.level));
    case FrameworkRole::Key:
        return node.key;
    case FrameworkRole::Kind:
        return node.kind;
    case FrameworkRole::Level:
        return int(node.level);
    case FrameworkRole::LevelColor:
        return levelColor(node.level);
    case FrameworkRole::Units:
        return QVariant::fromValue(unitsOf(node.spans));
    case FrameworkRole::Spans:
        return QVariant::fromValue(node.spans);
    case FrameworkRole::Summary:
        return en ? node.summaryEn : node.summaryZh;
    case FrameworkRole::TextEn:
        return node.labelEn;
    case FrameworkRole::TextZh:
        return node.labelZh;
    default:
        return {};
    }
}

QVariant FrameworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return m_lang == Lang::En ? QStringLiteral("Framework") : QStringLiteral("分析框架");
    return {};
}

} // namespace duizhao
