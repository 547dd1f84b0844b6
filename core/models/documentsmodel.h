#pragma once

#include "library/library.h"

#include <QAbstractTableModel>

namespace duizhao {

// The papers in a library: title in both languages, authors, year.
class DocumentsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        ChineseTitleColumn,
        AuthorsColumn,
        YearColumn,
        ColumnCount
    };

    explicit DocumentsModel(QObject *parent = nullptr);
    void setDocuments(const QList<DocumentInfo> &documents);
    const QList<DocumentInfo> &documents() const { return m_documents; }
    QModelIndex indexForDocument(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DocumentInfo> m_documents;
};

} // namespace duizhao
