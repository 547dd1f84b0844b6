#pragma once

#include "framework/frameworkdata.h"

#include "models/bilingualtablemodel.h"

namespace duizhao {

class Library;

// The glossary of one document for the glossary dock: one row per term with both forms, its
// category, its definition in the model's language and how many units it occurs in. The tooltip
// is the definition, for the reader's hover.
class GlossaryModel final : public BilingualTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TermEn,
        TermZh,
        Category,
        Definition,
        Occurrences, // units
        ColumnCount
    };
    Q_ENUM(Column)

    explicit GlossaryModel(QObject *parent = nullptr);

    void setTerms(QList<GlossaryTerm> terms);
    void load(Library &library, qint64 documentId);
    const QList<GlossaryTerm> &terms() const { return m_terms; }
    const GlossaryTerm &termAt(int row) const { return m_terms.at(row); }
    int rowOf(qint64 termId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column, Lang lang);

protected:
    int modelRows() const override { return int(m_terms.size()); }
    int modelColumns() const override { return ColumnCount; }

private:
    QList<GlossaryTerm> m_terms;
};

} // namespace duizhao
