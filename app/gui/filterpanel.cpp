#include "filterpanel.h"

#include "plaintext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace duizhao::gui {

FilterPanel::FilterPanel(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filters(new QGridLayout)
    , m_layout(new QVBoxLayout(this))
    , m_view(new QTreeView)
{
    // Sortable by any column, in the model's own order until a header is clicked.
    m_view->setModel(model);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    PlainToolTips::install(m_view);

    m_filters->setContentsMargins(0, 0, 0, 0);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->addLayout(m_filters);
}

QComboBox *FilterPanel::addChoice(int row, int column)
{
    auto *box = new QComboBox;
    m_filters->addWidget(box, row, column);
    m_choices.append(box);
    connect(box, &QComboBox::currentIndexChanged, this, &FilterPanel::filtersChanged);
    return box;
}

QLineEdit *FilterPanel::addText(int row, int column, int columnSpan)
{
    auto *edit = new QLineEdit;
    edit->setClearButtonEnabled(true);
    m_filters->addWidget(edit, row, column, 1, columnSpan);
    m_texts.append(edit);
    connect(edit, &QLineEdit::textChanged, this, &FilterPanel::filtersChanged);
    return edit;
}

std::pair<QSpinBox *, QSpinBox *> FilterPanel::addYearRange(int row, int column)
{
    auto *years = new QHBoxLayout;
    auto *from = new QSpinBox;
    auto *to = new QSpinBox;
    years->addWidget(from);
    years->addWidget(new QLabel(QStringLiteral("–")));
    years->addWidget(to);
    for (QSpinBox *year : {from, to}) {
        year->setRange(0, 2100);
        year->setSpecialValueText(QStringLiteral("—"));
        m_years.append(year);
        connect(year, &QSpinBox::valueChanged, this, &FilterPanel::filtersChanged);
    }
    m_filters->addLayout(years, row, column);
    return {from, to};
}

void FilterPanel::setColumnStretch(int column, int stretch)
{
    m_filters->setColumnStretch(column, stretch);
}

void FilterPanel::addList(int stretch)
{
    m_layout->addWidget(m_view, stretch);
}

void FilterPanel::addBelow(QWidget *widget, int stretch)
{
    m_layout->addWidget(widget, stretch);
}

QLabel *FilterPanel::addDetails(int stretch)
{
    auto *details = new QLabel;
    details->setWordWrap(true);
    details->setTextFormat(Qt::PlainText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    addBelow(details, stretch);
    return details;
}

void FilterPanel::clearFilters()
{
    for (QComboBox *box : std::as_const(m_choices))
        box->setCurrentIndex(0);
    for (QLineEdit *edit : std::as_const(m_texts))
        edit->clear();
    for (QSpinBox *year : std::as_const(m_years))
        year->setValue(year->minimum());
}

void FilterPanel::setChoices(QComboBox *box, const QString &all, const QList<Choice> &choices)
{
    const QVariant current = box->currentData();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(all, QString());
    for (const Choice &choice : choices)
        box->addItem(choice.icon, choice.text, choice.data);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace duizhao::gui
