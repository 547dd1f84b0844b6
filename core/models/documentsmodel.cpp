#include "documentsmodel.h"

#include "modelroles.h"

namespace duizhao {

DocumentsModel::DocumentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DocumentsModel::setDocuments(const QList<DocumentInfo> &documents)
{
    beginResetModel();
    m_documents = documents;
    endResetModel();
}

QModelIndex DocumentsModel::indexForDocument(qint64 id) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents[row].id == id)
            return index(row, 0);
    }
    return {};
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
