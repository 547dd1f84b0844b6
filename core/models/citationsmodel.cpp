#include "citationsmodel.h"

#include "modelroles.h"

namespace duizhao {

namespace {
// internalId: 0 for a work row, work index + 1 for an occurrence row under that work.
constexpr quintptr WorkRow = 0;
} // namespace

CitationsModel::CitationsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void CitationsModel::setPaper(const Paper &paper)
{
    beginResetModel();
    m_paper = paper;
    endResetModel();
}

QModelIndex CitationsModel::indexForWork(int work) const
{
    return work >= 0 && work < m_paper.works.size() ? createIndex(work, 0, WorkRow) : QModelIndex();
}

QModelIndex CitationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_paper.works.size() ? createIndex(row, column, WorkRow) : QModelIndex();
    if (parent.internalId() != WorkRow || parent.column() != 0)
        return {};
    const CitedWork &work = m_paper.works[parent.row()];
    return row < work.occurrences.size() ? createIndex(row, column, quintptr(parent.row() + 1)) : QModelIndex();
}

QModelIndex CitationsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == WorkRow)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, WorkRow);
}

int CitationsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_paper.works.size());
    if (parent.internalId() != WorkRow || parent.column() != 0)
        return 0;
    return int(m_paper.works[parent.row()].occurrences.size());
}

int CitationsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString CitationsModel::occurrenceText(const CitationOccurrence &c) const
{
    const Unit &unit = m_paper.units[c.unitSeq - 1];
    return (c.lang == Lang::En ? unit.en : unit.zh).mid(c.start, c.length);
}

QVariant CitationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == WorkRow) {
        const CitedWork &work = m_paper.works[index.row()];
        const int firstUnit = work.occurrences.isEmpty() ? 0 : m_paper.citations[work.occurrences.front()].unitSeq;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            switch (index.column()) {
            case WorkColumn:
                return work.authorEn.isEmpty() ? work.authorZh : work.authorEn;
            case ChineseColumn:
                return work.authorZh;
            case YearColumn:
                return work.year;
            case CountColumn:
                return int(work.occurrences.size());
            }
            return {};
        case Qt::ToolTipRole:
            return tr("%1, %2 · %3, %2 — occurrences: %4")
                .arg(work.authorEn, work.year, work.authorZh)
                .arg(work.occurrences.size());
        case WorkRole:
            return index.row();
        case UnitSeqRole:
            return firstUnit;
        case SortRole:
            return index.column() == CountColumn ? QVariant(int(work.occurrences.size()))
                                                 : data(index, Qt::DisplayRole);
        case Qt::TextAlignmentRole:
            return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        default:
            return {};
        }
    }

    const int workIndex = int(index.internalId()) - 1;
    const int citation = m_paper.works[workIndex].occurrences[index.row()];
    const CitationOccurrence &c = m_paper.citations[citation];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case WorkColumn:
            return occurrenceText(c);
        case ChineseColumn:
            return c.lang == Lang::En ? tr("English") : tr("Chinese");
        case YearColumn:
            return tr("unit %1").arg(c.unitSeq);
        default:
            return {};
        }
    case WorkRole:
        return workIndex;
    case CitationRole:
        return citation;
    case UnitSeqRole:
        return c.unitSeq;
    case LangRole:
        return langCode(c.lang);
    case TextStartRole:
        return c.start;
    case TextLengthRole:
        return c.length;
    case SortRole:
        return index.row();
    default:
        return {};
    }
}

QVariant CitationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WorkColumn:
        return tr("Work");
    case ChineseColumn:
        return tr("Chinese");
    case YearColumn:
        return tr("Year");
    case CountColumn:
        return tr("Cited");
    }
    return {};
}

} // namespace duizhao
