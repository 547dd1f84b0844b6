#include "alignmentlinksmodel.h"

#include "align/alignmenteditor.h"
#include "align/sharedtokens.h"

#include <QStringList>

namespace duizhao {

AlignmentLinksModel::AlignmentLinksModel(AlignmentEditor *editor, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
{
    rebuild();
    connect(editor, &AlignmentEditor::aboutToChange, this, &AlignmentLinksModel::beginResetModel);
    connect(editor, &AlignmentEditor::changed, this, [this] {
        rebuild();
        endResetModel();
    });
}

void AlignmentLinksModel::rebuild()
{
    m_rows.clear();
    const QList<SourceParagraph> &en = m_editor->paragraphs(Lang::En);
    const QList<SourceParagraph> &zh = m_editor->paragraphs(Lang::Zh);
    for (const AlignmentLink &link : m_editor->links()) {
        QStringList enTexts;
        for (int i = 0; i < link.enCount; ++i)
            enTexts.append(en[link.enFirst + i].text);
        QStringList zhTexts;
        for (int j = 0; j < link.zhCount; ++j)
            zhTexts.append(zh[link.zhFirst + j].text);
        Row row;
        row.en = enTexts.join(separator());
        row.zh = zhTexts.join(separator());
        const SharedTokens shared = sharedTokens(row.en, row.zh);
        row.enRanges = shared.en;
        row.zhRanges = shared.zh;
        row.tokens = shared.tokens;
        m_rows.append(row);
    }
}

int AlignmentLinksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlignmentLinksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlignmentLinksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlignmentLink &link = m_editor->links()[index.row()];
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case EnglishColumn:
            return row.en;
        case ChineseColumn:
            return row.zh;
        case KindColumn: {
            const QString kind = QStringLiteral("%1–%2").arg(link.enCount).arg(link.zhCount);
            return link.isOneToOne() ? kind : QStringLiteral("⚠ %1").arg(kind);
        }
        case ConfidenceColumn: {
            const QString number = QString::number(link.confidence, 'f', 2);
            if (link.pinned)
                return tr("%1 pinned").arg(number);
            if (!link.sure)
                return tr("⚠ %1 unsure").arg(number);
            return number;
        }
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (link.pinned)
            lines.append(tr("Pinned: re-aligning keeps this link."));
        else if (!link.sure)
            lines.append(tr("Unsure: check that these paragraphs translate each other."));
        if (!link.isOneToOne()) {
            lines.append(
                tr("Not one-to-one: %1 English and %2 Chinese paragraphs.").arg(link.enCount).arg(link.zhCount));
        }
        if (!row.tokens.isEmpty())
            lines.append(tr("Both sides have: %1").arg(row.tokens.join(QStringLiteral(", "))));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        return index.column() >= KindColumn ? QVariant(Qt::AlignCenter) : QVariant(Qt::AlignLeft | Qt::AlignTop);
    case SureRole:
        return link.sure;
    case PinnedRole:
        return link.pinned;
    case UnsureRole:
        return !link.sure;
    case OneToOneRole:
        return link.isOneToOne();
    case NeedsReviewRole:
        return AlignmentEditor::needsReview(link);
    case SharedRangesRole:
        if (index.column() == EnglishColumn)
            return QVariant::fromValue(row.enRanges);
        if (index.column() == ChineseColumn)
            return QVariant::fromValue(row.zhRanges);
        return {};
    case SharedTokensRole:
        return row.tokens;
    default:
        return {};
    }
}

QVariant AlignmentLinksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case EnglishColumn:
        return tr("English");
    case ChineseColumn:
        return tr("Chinese");
    case KindColumn:
        return tr("Kind");
    case ConfidenceColumn:
        return tr("Confidence");
    default:
        return {};
    }
}

QHash<int, QByteArray> AlignmentLinksModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SureRole, "sure");
    names.insert(PinnedRole, "pinned");
    names.insert(UnsureRole, "unsure");
    names.insert(OneToOneRole, "oneToOne");
    names.insert(NeedsReviewRole, "needsReview");
    names.insert(SharedRangesRole, "sharedRanges");
    names.insert(SharedTokensRole, "sharedTokens");
    return names;
}

QString AlignmentLinksModel::summary() const
{
    int sure = 0;
    int unsure = 0;
    int notOneToOne = 0;
    for (const AlignmentLink &link : m_editor->links()) {
        if (link.sure)
            ++sure;
        else
            ++unsure;
        if (!link.isOneToOne())
            ++notOneToOne;
    }
    return tr("%1 links: %2 sure, %3 unsure, %4 not one-to-one")
        .arg(m_editor->links().size())
        .arg(sure)
        .arg(unsure)
        .arg(notOneToOne);
}

} // namespace duizhao
