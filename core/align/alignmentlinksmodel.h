#pragma once

#include "align/sharedtokens.h"

#include <QAbstractTableModel>
#include <QList>

// The alignment review's table: one row per link of an AlignmentEditor's draft, in order, with the
// English and the Chinese paragraphs, the link's kind and its confidence. Rows are made again
// whenever the editor changes (an edit, an undo).
namespace duizhao {

class AlignmentEditor;

class AlignmentLinksModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EnglishColumn,
        ChineseColumn,
        KindColumn,
        ConfidenceColumn,
        ColumnCount
    };
    enum Role
    {
        SureRole = Qt::UserRole + 1, // bool
        PinnedRole,                  // bool
        UnsureRole,                  // bool: the aligner was not sure and nobody confirmed it
        OneToOneRole,                // bool: one paragraph on each side
        NeedsReviewRole,             // bool: unsure or not one-to-one, what next/previous unsure visit
        SharedRangesRole, // QList<TextRange> in the English or Chinese column's text: shared digits and acronyms
        SharedTokensRole, // QStringList: the shared tokens themselves, on any column
    };

    explicit AlignmentLinksModel(AlignmentEditor *editor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A side's paragraphs of a link as the table shows them: joined by a blank line.
    static QString separator() { return QStringLiteral("\n\n"); }
    // "312 links: 298 sure, 9 unsure, 5 not one-to-one".
    QString summary() const;

private:
    struct Row
    {
        QString en;
        QString zh;
        QList<TextRange> enRanges;
        QList<TextRange> zhRanges;
        QStringList tokens;
    };
    void rebuild();

    AlignmentEditor *m_editor;
    QList<Row> m_rows;
};

} // namespace duizhao
