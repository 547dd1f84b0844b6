#pragma once

#include "library/library.h"

#include <QAbstractTableModel>

namespace duizhao {

// Search hits for the search dock, replaced on every new query and appended to as they stream in: unit, language and a
// snippet. MarkedTextRole gives the snippet with the hits marked «like this».
class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        LanguageColumn,
        SnippetColumn,
        ColumnCount
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(const QString &query, const QList<SearchHit> &hits);
    // More hits of the same query, after those shown (a search streams its hits in batches).
    void appendResults(const QList<SearchHit> &hits);
    const QList<SearchHit> &hits() const { return m_hits; }
    const QString &query() const { return m_query; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_query;
    QList<SearchHit> m_hits;
};

} // namespace duizhao
