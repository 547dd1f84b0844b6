#pragma once

#include <QIcon>
#include <QList>
#include <QVariant>
#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeView;
class QVBoxLayout;

namespace duizhao::gui {

// The body of a panel that lists what the paper holds and narrows the list down: filters in a
// grid above a sortable list, then what the panel shows below it (the places of the entry
// selected, its details). The measures, glossary and annotations panels are made of one. The
// parts are added top to bottom, which is also the order Tab visits them in.
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    // The list shows `model` (a filter proxy).
    explicit FilterPanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }

    // A filter in the grid above the list; changing it emits filtersChanged().
    QComboBox *addChoice(int row, int column);
    QLineEdit *addText(int row, int column, int columnSpan = 1);
    // From and to, with a dash between; 0 (shown as "—") is no bound.
    std::pair<QSpinBox *, QSpinBox *> addYearRange(int row, int column);
    void setColumnStretch(int column, int stretch);
    // The list, under the filters; `stretch` is its share of the height beside what goes below.
    void addList(int stretch);
    // Below the list, in order.
    void addBelow(QWidget *widget, int stretch = 0);
    // The selected entry's details, under the list: plain, wrapped, selectable text.
    QLabel *addDetails(int stretch);

    // Every filter back to showing everything: for an entry chosen elsewhere that is filtered out.
    void clearFilters();

    // A choice filter's entries: "All …" (no filter) first, then `choices`. The entry chosen
    // stays chosen while it is still offered; no signal is sent.
    struct Choice
    {
        QString text;
        QVariant data;
        QIcon icon;
    };
    static void setChoices(QComboBox *box, const QString &all, const QList<Choice> &choices);

signals:
    void filtersChanged();

private:
    QGridLayout *m_filters;
    QVBoxLayout *m_layout;
    QTreeView *m_view;
    QList<QComboBox *> m_choices;
    QList<QLineEdit *> m_texts;
    QList<QSpinBox *> m_years;
};

} // namespace duizhao::gui
