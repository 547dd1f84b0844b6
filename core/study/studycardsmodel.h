#pragma once

#include "study/studycard.h"

#include <QAbstractTableModel>

namespace duizhao {

// A list of cards as a table for the Study panel (the card browser, weak spots, the session): one
// row per card. Display text is plain; roles give a view what it needs to link back to the paper
// (UnitSeqRole: the first paragraph), colour by level (FrameworkLevelRole) and sort (SortRole: due
// times as numbers, new cards last).
class StudyCardsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Question,
        Answer,
        Deck,
        Level,
        Phase,
        Due,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int CardIdRole = Qt::UserRole + 64; // qint64

    explicit StudyCardsModel(QObject *parent = nullptr);

    void setCards(QList<StudyCard> cards);
    const QList<StudyCard> &cards() const { return m_cards; }
    const StudyCard &cardAt(int row) const { return m_cards.at(row); }
    int rowOf(qint64 cardId) const; // -1 when absent
    // Replaces one card (after an answer) and tells views which row changed.
    void updateCard(const StudyCard &card);

    void setLanguage(Lang language); // of the deck and level names and the headers
    Lang language() const { return m_language; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column, Lang language);

private:
    QList<StudyCard> m_cards;
    Lang m_language = Lang::En;
};

} // namespace duizhao
