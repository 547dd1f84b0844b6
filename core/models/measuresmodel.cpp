#include "measuresmodel.h"

#include "framework/measurestore.h"
#include "models/frameworkroles.h"

namespace duizhao {

namespace {

QString searchText(const Measure &m)
{
    QStringList parts = {m.nameEn,  m.nameZh,   m.acronym, m.kind,   m.actorEn,
                         m.actorZh, m.category, m.noteEn,  m.noteZh, m.date};
    parts += m.aliasesEn;
    parts += m.aliasesZh;
    for (const MeasureFigure &f : m.figures)
        parts << f.en << f.zh;
    return parts.join(u'\n');
}

} // namespace

MeasuresModel::MeasuresModel(QObject *parent)
    : BilingualTableModel(parent)
{}

void MeasuresModel::setMeasures(QList<Measure> measures)
{
    replaceRows(m_measures, std::move(measures));
}

void MeasuresModel::load(Library &library, qint64 documentId)
{
    setMeasures(MeasureStore(library).measures(documentId));
}

bool MeasuresModel::hasLevels() const
{
    return std::any_of(m_measures.cbegin(), m_measures.cend(),
                       [](const Measure &m) { return m.level != FrameworkLevel::None; });
}

int MeasuresModel::rowOf(qint64 measureId) const
{
    return rowWithId(m_measures, measureId);
}

QString MeasuresModel::columnTitle(Column column, Lang lang)
{
    const bool en = lang == Lang::En;
    switch (column) {
    case Name:
        return en ? QStringLiteral("Name") : QStringLiteral("名称");
    case OtherName:
        return en ? QStringLiteral("Chinese name") : QStringLiteral("英文名称");
    case Acronym:
        return en ? QStringLiteral("Acronym") : QStringLiteral("缩写");
    case Kind:
        return en ? QStringLiteral("Kind") : QStringLiteral("类型");
    case Actor:
        return en ? QStringLiteral("Actor") : QStringLiteral("主体");
    case Date:
        return en ? QStringLiteral("Date") : QStringLiteral("日期");
    case Level:
        return en ? QStringLiteral("Level") : QStringLiteral("层面");
    case Category:
        return en ? QStringLiteral("Category") : QStringLiteral("类别");
    case Mentions:
        return en ? QStringLiteral("Units") : QStringLiteral("段落");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant MeasuresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Measure &m = m_measures[index.row()];
    const Lang other = language() == Lang::En ? Lang::Zh : Lang::En;
    auto textIn = [&](Lang lang) -> QString {
        switch (index.column()) {
        case Name:
            return m.name(lang);
        case OtherName:
            return m.name(lang == Lang::En ? Lang::Zh : Lang::En);
        case Acronym:
            return m.acronym;
        case Kind:
            return measureKindName(m.kind, lang);
        case Actor:
            return lang == Lang::En ? m.actorEn : m.actorZh;
        case Date:
            return m.date;
        case Level:
            return m.level == FrameworkLevel::None ? QString() : levelName(m.level, lang);
        case Category:
            return m.category;
        case Mentions:
            return QString::number(unitsOf(m.mentions).size());
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return textIn(language());
    case Qt::ToolTipRole: {
        const QString note = language() == Lang::En ? m.noteEn : m.noteZh;
        return note.isEmpty() ? m.name(other) : m.name(other) + u"\n\n" + note;
    }
    case Qt::DecorationRole:
        if (index.column() == Level && m.level != FrameworkLevel::None)
            return levelColor(m.level);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Mentions || index.column() == Date)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FrameworkRole::Id:
        return m.id;
    case FrameworkRole::Key:
        return m.key;
    case FrameworkRole::Level:
        return int(m.level);
    case FrameworkRole::LevelColor:
        return levelColor(m.level);
    case FrameworkRole::Units:
        return QVariant::fromValue(unitsOf(m.mentions));
    case FrameworkRole::Spans:
        return QVariant::fromValue(m.mentions);
    case FrameworkRole::Year:
        return m.year();
    case FrameworkRole::Kind:
        return m.kind;
    case FrameworkRole::Category:
        return m.category;
    case FrameworkRole::Actor:
        return language() == Lang::En ? m.actorEn : m.actorZh;
    case FrameworkRole::SearchText:
        return searchText(m);
    case FrameworkRole::SortKey:
        switch (index.column()) {
        case Level:
            return int(m.level);
        case Mentions:
            return int(unitsOf(m.mentions).size());
        case Date:
            // Undated measures sort after dated ones.
            return m.date.isEmpty() ? QStringLiteral("9999") : m.date;
        default:
            return textIn(language());
        }
    case FrameworkRole::TextEn:
        return textIn(Lang::En);
    case FrameworkRole::TextZh:
        return textIn(Lang::Zh);
    case FrameworkRole::Summary:
        return language() == Lang::En ? m.noteEn : m.noteZh;
    default:
        return {};
    }
}

QVariant MeasuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return BilingualTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section), language());
    return {};
}

QHash<int, QByteArray> MeasuresModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FrameworkRole::Id, "measureId");
    names.insert(FrameworkRole::Key, "key");
    names.insert(FrameworkRole::Level, "level");
    names.insert(FrameworkRole::Units, "units");
    names.insert(FrameworkRole::Year, "year");
    return names;
}

} // namespace duizhao
