#include "searchresultsmodel.h"

#include "modelroles.h"

namespace duizhao {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SearchResultsModel::setResults(const QString &query, const QList<SearchHit> &hits)
{
    beginResetModel();
    m_query = query;
    m_hits = hits;
    endResetModel();
}

void SearchResultsModel::appendResults(const QList<SearchHit> &hits)
{
    if (hits.isEmpty())
        return;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + hits.size()) - 1);
    m_hits += hits;
    endInsertRows();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case UnitColumn:
            return hit.unitSeq;
        case LanguageColumn:
            return hit.lang == Lang::En ? tr("English") : tr("Chinese");
        case SnippetColumn:
            return hit.snippet.text;
        }
        return {};
    case MarkedTextRole:
        return hit.snippet.marked();
    case UnitSeqRole:
        return hit.unitSeq;
    case LangRole:
        return langCode(hit.lang);
    case DocumentIdRole:
        return hit.documentId;
    case TextStartRole:
        return hit.matches.isEmpty() ? 0 : hit.matches.front().start;
    case TextLengthRole:
        return hit.matches.isEmpty() ? 0 : hit.matches.front().length;
    case Qt::TextAlignmentRole:
        return index.column() == UnitColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case LanguageColumn:
        return tr("Language");
    case SnippetColumn:
        return tr("Text");
    }
    return {};
}

} // namespace duizhao
