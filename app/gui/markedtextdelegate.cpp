#include "markedtextdelegate.h"

#include "models/modelroles.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace duizhao::gui {

MarkedTextDelegate::MarkedTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void MarkedTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString marked = index.data(MarkedTextRole).toString();
    if (marked.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // Strip the marks, remembering where they were.
    QString text;
    QList<QTextLayout::FormatRange> formats;
    int start = -1;
    for (const QChar ch : marked) {
        if (ch == u'«') {
            start = int(text.size());
        } else if (ch == u'»' && start >= 0) {
            QTextLayout::FormatRange range;
            range.start = start;
            range.length = int(text.size()) - start;
            range.format.setBackground(QColor(255, 196, 0, 120));
            range.format.setFontWeight(QFont::DemiBold);
            formats.append(range);
            start = -1;
        } else {
            text += ch == u'\n' ? u' ' : ch;
        }
    }
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const QString elided = opt.fontMetrics.elidedText(text, Qt::ElideRight, rect.width() * 1);
    QTextLayout layout(elided.size() < text.size() ? elided : text, opt.font);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(
        opt.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

} // namespace duizhao::gui
