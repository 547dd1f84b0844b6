#include "documentsmodel.h"

#include "modelroles.h"

namespace duizhao {

DocumentsModel::DocumentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DocumentsModel::setLibrary(const Library *library)
{
    // Emptied first, then the first page comes as rows inserted: a view (or a model tester) that
    // asks for more while the reset is announced finds nothing to fetch.
    beginResetModel();
    m_library = library;
    m_documents.clear();
    m_atEnd = true;
    endResetModel();
    m_atEnd = library == nullptr;
    fetchMore({});
}

void DocumentsModel::setDocuments(const QList<DocumentInfo> &documents)
{
    beginResetModel();
    m_library = nullptr;
    m_documents = documents;
    m_atEnd = true;
    endResetModel();
}

QList<DocumentInfo> DocumentsModel::readPage() const
{
    return m_library->documents(m_documents.isEmpty() ? 0 : m_documents.back().id, PageSize);
}

bool DocumentsModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a page is going in: what is told of those rows asks for more only once they are in.
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void DocumentsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<DocumentInfo> page = readPage();
    m_atEnd = page.size() < PageSize;
    if (page.isEmpty())
        return;
    m_fetching = true;
    beginInsertRows({}, int(m_documents.size()), int(m_documents.size() + page.size() - 1));
    m_documents.append(page);
    endInsertRows();
    m_fetching = false;
}

QModelIndex DocumentsModel::indexForDocument(qint64 id) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents[row].id == id)
            return index(row, 0);
    }
    return {};
}

QModelIndex DocumentsModel::fetchDocument(qint64 id)
{
    while (canFetchMore({}) && (m_documents.isEmpty() || m_documents.back().id < id))
        fetchMore({});
    return indexForDocument(id);
}

int DocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
}

int DocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_documents.size())
        return {};
    const DocumentInfo &doc = m_documents[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        switch (index.column()) {
        case TitleColumn:
            return doc.meta.titleEn;
        case ChineseTitleColumn:
            return doc.meta.titleZh;
        case AuthorsColumn: {
            QStringList names;
            for (const Author &a : doc.meta.authors)
                names.append(QStringList{a.nameEn, a.nameZh}.join(u' ').trimmed());
            return names.join(QStringLiteral(", "));
        }
        case YearColumn:
            return doc.meta.year > 0 ? QVariant(doc.meta.year) : QVariant();
        }
        return {};
    }
    case Qt::ToolTipRole:
        return QStringList{doc.meta.titleEn, doc.meta.titleZh, doc.meta.sourceName}.join(u'\n').trimmed();
    case DocumentIdRole:
        return doc.id;
    default:
        return {};
    }
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case ChineseTitleColumn:
        return tr("Chinese title");
    case AuthorsColumn:
        return tr("Authors");
    case YearColumn:
        return tr("Year");
    }
    return {};
}

} // namespace duizhao
