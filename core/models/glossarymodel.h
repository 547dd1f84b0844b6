#pragma once

#include "framework/frameworkdata.h"

#include <QAbstractTableModel>

namespace duizhao {

class Library;

// The glossary of one document for the glossary dock: one row per term with both forms, its
// category, its definition in the model's language and how many units it occurs in. The tooltip
// is the definition, for the reader's hover.
class GlossaryModel final : public QAbstractTableModel
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

    Lang language() const { return m_lang; }
    void setLanguage(Lang lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column, Lang lang);

private:
    QList<GlossaryTerm> m_terms;
    Lang m_lang = Lang::En;
};

} // namespace duizhao
