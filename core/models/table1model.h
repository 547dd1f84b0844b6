#pragma once

#include "framework/frameworkdata.h"

#include "models/bilingualtablemodel.h"

namespace duizhao {

class Library;

// The paper's Table 1, which the text describes but does not contain, rebuilt from the data: the
// three levels of competition as rows; main initiatives, main features and representative
// measures as columns. A cell's text lists its items, one per line, in the model's language;
// FrameworkRole::Units gives the units the whole cell links to and ItemUnits those of each item.
// A measures cell lists the named measures first and the general instruments after them
// (NamedCount tells where they start; generalTitle() is their heading).
class Table1Model final : public BilingualTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Initiatives,
        Features,
        Measures,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        Items = Qt::UserRole + 100, // QStringList: the cell's items in the model's language
        ItemKeys,                   // QStringList: their node or measure keys
        ItemUnits,                  // QVariantList of QList<int>: the units of each item
        NamedCount,                 // int: how many items come before the general instruments
    };

    explicit Table1Model(QObject *parent = nullptr);

    void setRows(QList<Table1Row> rows);
    void load(Library &library, qint64 documentId);
    const QList<Table1Row> &rows() const { return m_rows; }
    const Table1Cell &cell(int row, Column column) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column, Lang lang);
    static QString rowTitle(const Table1Row &row, Lang lang);
    // The heading of a cell's general instruments ("control lists", "deemed export").
    static QString generalTitle(Lang lang);

protected:
    int modelRows() const override { return int(m_rows.size()); }
    int modelColumns() const override { return ColumnCount; }

private:
    QList<Table1Row> m_rows;
};

} // namespace duizhao
