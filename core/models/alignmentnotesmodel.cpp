#include "alignmentnotesmodel.h"

#include "modelroles.h"

namespace duizhao {

namespace {
QString tr(const char *text)
{
    return tr(text);
}
} // namespace

AlignmentNotesModel::AlignmentNotesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AlignmentNotesModel::setPaper(const Paper &paper)
{
    beginResetModel();
    m_notes = paper.notes;
    endResetModel();
}

QString AlignmentNotesModel::kindName(const QString &kind)
{
    if (kind == u"numbering")
        return tr("Numbering");
    if (kind == u"truncated")
        return tr("Cut short");
    if (kind == u"gap")
        return tr("Lost words");
    if (kind == u"unpaired")
        return tr("Unpaired");
    if (kind == u"citation")
        return tr("Citation");
    return kind;
}

QString AlignmentNotesModel::describe(const AlignmentNote &note)
{
    const QString none = tr("no number");
    auto quoted = [&](const QString &s) { return s.isEmpty() ? none : QStringLiteral("“%1”").arg(s); };
    if (note.kind == u"numbering")
        return tr("The English numbers this %1, the Chinese %2.").arg(quoted(note.detailEn), quoted(note.detailZh));
    if (note.kind == u"truncated")
        return tr("A heading is cut short in one language: “%1” beside “%2”.").arg(note.detailEn, note.detailZh);
    if (note.kind == u"gap") {
        return note.detailZh.isEmpty()
                   ? tr("The English lost a word here: “…%1”.").arg(note.detailEn)
                   : tr("The English lost a name here: “…%1”; the Chinese has %2.").arg(note.detailEn, note.detailZh);
    }
    if (note.kind == u"unpaired") {
        return note.detailZh.isEmpty() ? tr("This English paragraph has no Chinese counterpart.")
                                       : tr("This Chinese paragraph has no English counterpart.");
    }
    if (note.kind == u"citation") {
        return note.detailEn.isEmpty() ? tr("The Chinese cites “%1”, the English does not.").arg(note.detailZh)
                                       : tr("The English cites “%1”, the Chinese does not.").arg(note.detailEn);
    }
    return note.message;
}

int AlignmentNotesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int AlignmentNotesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlignmentNotesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const AlignmentNote &note = m_notes[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case UnitColumn:
            return note.unitSeq;
        case KindColumn:
            return kindName(note.kind);
        case DescriptionColumn:
            return describe(note);
        }
        return {};
    case Qt::ToolTipRole:
        return describe(note);
    case UnitSeqRole:
        return note.unitSeq;
    case SortRole:
        return index.column() == UnitColumn ? QVariant(note.unitSeq) : data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == UnitColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant AlignmentNotesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case DescriptionColumn:
        return tr("What differs");
    }
    return {};
}

} // namespace duizhao
