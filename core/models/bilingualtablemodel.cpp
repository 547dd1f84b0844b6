#include "bilingualtablemodel.h"

namespace duizhao {

BilingualTableModel::BilingualTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BilingualTableModel::setLanguage(Lang lang)
{
    if (lang == m_lang)
        return;
    m_lang = lang;
    if (modelRows() > 0) {
        emit dataChanged(index(0, 0), index(modelRows() - 1, modelColumns() - 1));
        emit headerDataChanged(Qt::Vertical, 0, modelRows() - 1);
    }
    emit headerDataChanged(Qt::Horizontal, 0, modelColumns() - 1);
}

int BilingualTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : modelRows();
}

int BilingualTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : modelColumns();
}

} // namespace duizhao
