#pragma once

#include "framework/frameworkdata.h"

#include <QAbstractItemModel>

namespace duizhao {

class Library;

// The paper's framework as a tree: technology power and its three powers; the three competitions
// with their initiatives and features; the four dilemmas and the four countermeasures with their
// points. One column, the label in the model's language; FrameworkRole gives the key, kind, level,
// summary and the units that state each node.
class FrameworkModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    explicit FrameworkModel(QObject *parent = nullptr);

    void setFramework(QList<FrameworkNode> nodes, QList<FrameworkRelation> relations = {});
    void load(Library &library, qint64 documentId);
    const QList<FrameworkNode> &nodes() const { return m_nodes; }
    const QList<FrameworkRelation> &relations() const { return m_relations; }
    QModelIndex indexOf(const QString &key) const;

    Lang language() const { return m_lang; }
    void setLanguage(Lang lang);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<int> childrenOf(int node) const; // -1: the top level
    void emitAllChanged(const QModelIndex &parent);

    QList<FrameworkNode> m_nodes;
    QList<FrameworkRelation> m_relations;
    QList<int> m_parent;          // per node, the index of its parent or -1
    QList<int> m_row;             // per node, its row under its parent
    QList<QList<int>> m_children; // per node, its children in file order
    QList<int> m_top;             // the top-level nodes
    Lang m_lang = Lang::En;
};

} // namespace duizhao
