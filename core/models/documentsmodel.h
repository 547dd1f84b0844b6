#pragma once

#include "library/library.h"

#include <QAbstractTableModel>

namespace duizhao {

// The papers in a library: title in both languages, authors, year. Over a library it reads a
// page of papers at a time, in id order, as a view scrolls (canFetchMore/fetchMore), so showing a
// library of 50,000 papers costs what showing one of 100 does.
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
    static constexpr int PageSize = 100;

    explicit DocumentsModel(QObject *parent = nullptr);
    // Shows the papers of `library` (nullptr: none), reading its first page. The library must
    // outlive the model or be replaced first.
    void setLibrary(const Library *library);
    // Shows exactly these papers, with nothing more to fetch.
    void setDocuments(const QList<DocumentInfo> &documents);
    const QList<DocumentInfo> &documents() const { return m_documents; }
    // The row of a paper among those read so far; invalid when it is not one of them.
    QModelIndex indexForDocument(qint64 id) const;
    // The row of a paper, reading the pages up to it first: what selecting a paper far down the
    // list costs, and only then.
    QModelIndex fetchDocument(qint64 id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QList<DocumentInfo> readPage() const;

    const Library *m_library = nullptr;
    QList<DocumentInfo> m_documents;
    bool m_atEnd = true;
    bool m_fetching = false;
};

} // namespace duizhao
