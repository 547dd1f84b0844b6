#pragma once

#include <QObject>
#include <QString>

class QAbstractItemView;

namespace duizhao::gui {

// Imported text is data, never markup. Qt guesses that any string that looks like HTML is rich
// text — in tooltips, labels and message boxes — and a paper containing "<img src=…>" would then
// load a file. Everything that shows paper text goes through these.

// Rich text that displays `text` literally, line breaks kept.
QString plainToHtml(const QString &text);

// Shows an item view's tooltips (Qt::ToolTipRole) as literal text.
class PlainToolTips final : public QObject
{
    Q_OBJECT

public:
    static void install(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit PlainToolTips(QAbstractItemView *view);
    QAbstractItemView *m_view;
};

} // namespace duizhao::gui
