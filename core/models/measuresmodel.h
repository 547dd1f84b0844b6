#pragma once

#include "framework/frameworkdata.h"

#include "models/bilingualtablemodel.h"

namespace duizhao {

class Library;

// The measures of one document as a table for the measures dock: one row per measure, columns in
// the order of Column. Text is in the model's language (names in the other language have their own
// column); roles in FrameworkRole give levels, years, units and mentions to views and the filter.
class MeasuresModel final : public BilingualTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        OtherName, // the name in the other language
        Acronym,
        Kind,
        Actor,
        Date,
        Level,
        Category,
        Mentions, // how many units mention it
        ColumnCount
    };
    Q_ENUM(Column)

    explicit MeasuresModel(QObject *parent = nullptr);

    void setMeasures(QList<Measure> measures);
    void load(Library &library, qint64 documentId);
    const QList<Measure> &measures() const { return m_measures; }
    const Measure &measureAt(int row) const { return m_measures.at(row); }
    int rowOf(qint64 measureId) const; // -1 when absent
    // Whether any measure has a framework level: a paper without a framework gets no level filter.
    bool hasLevels() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The column title, for the CSV export and the CLI as much as for views.
    static QString columnTitle(Column column, Lang lang);

protected:
    int modelRows() const override { return int(m_measures.size()); }
    int modelColumns() const override { return ColumnCount; }

private:
    QList<Measure> m_measures;
};

} // namespace duizhao
