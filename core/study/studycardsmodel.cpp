#include "studycardsmodel.h"

#include "models/modelroles.h"

#include <limits>

namespace duizhao {

namespace {

QString phaseName(CardPhase phase, Lang language)
{
    const bool en = language == Lang::En;
    switch (phase) {
    case CardPhase::New:
        return en ? QStringLiteral("new") : QStringLiteral("新卡");
    case CardPhase::Learning:
        return en ? QStringLiteral("learning") : QStringLiteral("学习中");
    case CardPhase::Review:
        return en ? QStringLiteral("review") : QStringLiteral("复习");
    case CardPhase::Relearning:
        return en ? QStringLiteral("relearning") : QStringLiteral("重新学习");
    }
    return {};
}

} // namespace

StudyCardsModel::StudyCardsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void StudyCardsModel::setCards(QList<StudyCard> cards)
{
    beginResetModel();
    m_cards = std::move(cards);
    endResetModel();
}

int StudyCardsModel::rowOf(qint64 cardId) const
{
    for (qsizetype i = 0; i < m_cards.size(); ++i) {
        if (m_cards[i].id == cardId)
            return int(i);
    }
    return -1;
}

void StudyCardsModel::updateCard(const StudyCard &card)
{
    const int row = rowOf(card.id);
    if (row < 0)
        return;
    m_cards[row] = card;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void StudyCardsModel::setLanguage(Lang language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_cards.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int StudyCardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int StudyCardsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StudyCardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudyCard &card = m_cards[index.row()];
    const CardSchedule &s = card.schedule;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Question:
            return role == Qt::ToolTipRole ? card.prompt : card.prompt.simplified();
        case Answer:
            return role == Qt::ToolTipRole ? card.answer : card.answer.simplified();
        case Deck:
            return deckName(card.deck, m_language);
        case Level:
            return card.level == FrameworkLevel::None ? QString() : levelName(card.level, m_language);
        case Phase:
            return phaseName(s.phase, m_language);
        case Due:
            return s.due.isValid() ? s.due.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
        case ColumnCount:
            break;
        }
        return {};
    case SortRole:
        switch (Column(index.column())) {
        case Due:
            return s.due.isValid() ? s.due.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case Deck:
            return int(card.deck);
        case Level:
            return int(card.level);
        case Phase:
            return int(s.phase);
        default:
            return data(index, Qt::DisplayRole);
        }
    case CardIdRole:
        return card.id;
    case UnitSeqRole:
        return card.units.isEmpty() ? QVariant() : QVariant(card.units.front());
    case FrameworkLevelRole:
        return card.level == FrameworkLevel::None ? QString() : levelCode(card.level);
    case DocumentIdRole:
        return card.documentId;
    default:
        return {};
    }
}

QVariant StudyCardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(Column(section), m_language);
}

QString StudyCardsModel::columnTitle(Column column, Lang language)
{
    const bool en = language == Lang::En;
    switch (column) {
    case Question:
        return en ? QStringLiteral("Question") : QStringLiteral("问题");
    case Answer:
        return en ? QStringLiteral("Answer") : QStringLiteral("答案");
    case Deck:
        return en ? QStringLiteral("Deck") : QStringLiteral("卡组");
    case Level:
        return en ? QStringLiteral("Level") : QStringLiteral("层面");
    case Phase:
        return en ? QStringLiteral("Phase") : QStringLiteral("阶段");
    case Due:
        return en ? QStringLiteral("Due") : QStringLiteral("到期");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace duizhao
