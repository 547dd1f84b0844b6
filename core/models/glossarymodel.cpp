#include "glossarymodel.h"

#include "framework/glossarystore.h"
#include "models/frameworkroles.h"

namespace duizhao {

GlossaryModel::GlossaryModel(QObject *parent)
    : BilingualTableModel(parent)
{}

void GlossaryModel::setTerms(QList<GlossaryTerm> terms)
{
    replaceRows(m_terms, std::move(terms));
}

void GlossaryModel::load(Library &library, qint64 documentId)
{
    setTerms(GlossaryStore(library).terms(documentId));
}

int GlossaryModel::rowOf(qint64 termId) const
{
    return rowWithId(m_terms, termId);
}

QString GlossaryModel::columnTitle(Column column, Lang lang)
{
    const bool en = lang == Lang::En;
    switch (column) {
    case TermEn:
        return en ? QStringLiteral("English") : QStringLiteral("英文");
    case TermZh:
        return en ? QStringLiteral("Chinese") : QStringLiteral("中文");
    case Category:
        return en ? QStringLiteral("Category") : QStringLiteral("类别");
    case Definition:
        return en ? QStringLiteral("Definition") : QStringLiteral("释义");
    case Occurrences:
        return en ? QStringLiteral("Units") : QStringLiteral("段落");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant GlossaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GlossaryTerm &t = m_terms[index.row()];
    auto textIn = [&](Lang lang) -> QString {
        switch (index.column()) {
        case TermEn:
            return t.termEn;
        case TermZh:
            return t.termZh;
        case Category:
            return t.category;
        case Definition:
            return t.definition(lang);
        case Occurrences:
            return QString::number(unitsOf(t.occurrences).size());
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return textIn(language());
    case Qt::ToolTipRole:
        return QString(t.termEn + u" · " + t.termZh + u"\n\n" + t.definition(language()));
    case Qt::TextAlignmentRole:
        if (index.column() == Occurrences)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FrameworkRole::Id:
        return t.id;
    case FrameworkRole::Key:
        return t.key;
    case FrameworkRole::Units:
        return QVariant::fromValue(unitsOf(t.occurrences));
    case FrameworkRole::Spans:
        return QVariant::fromValue(t.occurrences);
    case FrameworkRole::Category:
        return t.category;
    case FrameworkRole::SearchText:
        return QStringList{t.termEn,       t.termZh,      t.aliasesEn.join(u'\n'), t.aliasesZh.join(u'\n'),
                           t.definitionEn, t.definitionZh}
            .join(u'\n');
    case FrameworkRole::SortKey:
        if (index.column() == Occurrences)
            return int(unitsOf(t.occurrences).size());
        return textIn(language());
    case FrameworkRole::TextEn:
        return textIn(Lang::En);
    case FrameworkRole::TextZh:
        return textIn(Lang::Zh);
    case FrameworkRole::Summary:
        return t.definition(language());
    default:
        return {};
    }
}

QVariant GlossaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return BilingualTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section), language());
    return {};
}

} // namespace duizhao
