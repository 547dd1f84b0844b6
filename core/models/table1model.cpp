#include "table1model.h"

#include "framework/frameworkstore.h"
#include "models/frameworkroles.h"

namespace duizhao {

Table1Model::Table1Model(QObject *parent)
    : BilingualTableModel(parent)
{}

void Table1Model::setRows(QList<Table1Row> rows)
{
    replaceRows(m_rows, std::move(rows));
}

void Table1Model::load(Library &library, qint64 documentId)
{
    setRows(FrameworkStore(library).table1(documentId));
}

const Table1Cell &Table1Model::cell(int row, Column column) const
{
    const Table1Row &r = m_rows.at(row);
    return column == Initiatives ? r.initiatives : column == Features ? r.features : r.measures;
}

QString Table1Model::columnTitle(Column column, Lang lang)
{
    const bool en = lang == Lang::En;
    switch (column) {
    case Initiatives:
        return en ? QStringLiteral("Main initiatives") : QStringLiteral("主要举措");
    case Features:
        return en ? QStringLiteral("Main features") : QStringLiteral("主要特征");
    case Measures:
        return en ? QStringLiteral("Representative measures") : QStringLiteral("代表性措施");
    case ColumnCount:
        break;
    }
    return {};
}

QString Table1Model::rowTitle(const Table1Row &row, Lang lang)
{
    const QString label = lang == Lang::En ? row.labelEn : row.labelZh;
    return label.isEmpty() ? levelName(row.level, lang) : label;
}

QString Table1Model::generalTitle(Lang lang)
{
    return lang == Lang::En ? QStringLiteral("General instruments") : QStringLiteral("一般性工具");
}

QVariant Table1Model::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Table1Cell &c = cell(index.row(), Column(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        return c.text(language());
    case Qt::ToolTipRole:
        return c.text(language() == Lang::En ? Lang::Zh : Lang::En);
    case FrameworkRole::Level:
        return int(m_rows[index.row()].level);
    case FrameworkRole::LevelColor:
        return levelColor(m_rows[index.row()].level);
    case FrameworkRole::Units:
        return QVariant::fromValue(c.units());
    case FrameworkRole::TextEn:
        return c.text(Lang::En);
    case FrameworkRole::TextZh:
        return c.text(Lang::Zh);
    case Items: {
        QStringList items;
        for (const Table1Item &item : c.items)
            items.append(item.text(language()));
        return items;
    }
    case ItemKeys: {
        QStringList keys;
        for (const Table1Item &item : c.items)
            keys.append(item.key);
        return keys;
    }
    case NamedCount:
        return int(c.namedCount());
    case ItemUnits: {
        QVariantList units;
        for (const Table1Item &item : c.items)
            units.append(QVariant::fromValue(item.units));
        return units;
    }
    default:
        return {};
    }
}

QVariant Table1Model::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < ColumnCount) {
        if (role == Qt::DisplayRole)
            return columnTitle(Column(section), language());
        return {};
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_rows.size()) {
        if (role == Qt::DisplayRole)
            return rowTitle(m_rows[section], language());
        if (role == Qt::DecorationRole || role == FrameworkRole::LevelColor)
            return levelColor(m_rows[section].level);
        if (role == FrameworkRole::Level)
            return int(m_rows[section].level);
        return {};
    }
    return BilingualTableModel::headerData(section, orientation, role);
}

} // namespace duizhao
