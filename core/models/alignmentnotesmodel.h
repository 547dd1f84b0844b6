#pragma once

#include "model/paper.h"

#include <QAbstractTableModel>

namespace duizhao {

// The places where the paper's two languages disagree, one row each: unit, kind, what is wrong.
// The description is written from the note's kind and details, so it follows the UI language.
class AlignmentNotesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UnitColumn,
        KindColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit AlignmentNotesModel(QObject *parent = nullptr);
    void setPaper(const Paper &paper);

    static QString kindName(const QString &kind);
    static QString describe(const AlignmentNote &note);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AlignmentNote> m_notes;
};

} // namespace duizhao
