#pragma once

#include "model/paper.h"

#include <QAbstractItemModel>

namespace duizhao {

// The works a paper cites, each expanding to its occurrences in both languages.
// Columns: the work (English form), its Chinese form, year, number of occurrences.
class CitationsModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        WorkColumn,
        ChineseColumn,
        YearColumn,
        CountColumn,
        ColumnCount
    };

    explicit CitationsModel(QObject *parent = nullptr);
    void setPaper(const Paper &paper);
    QModelIndex indexForWork(int work) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString occurrenceText(const CitationOccurrence &c) const;

    Paper m_paper;
};

} // namespace duizhao
