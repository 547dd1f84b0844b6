#pragma once

#include <QStyledItemDelegate>

namespace duizhao::gui {

// Paints a snippet whose hits are marked «like this» with the hits highlighted. The text is
// drawn as text: nothing in it is ever read as markup.
class MarkedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MarkedTextDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace duizhao::gui
