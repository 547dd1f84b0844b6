#include "citationsdock.h"

#include "models/citationsmodel.h"
#include "models/modelroles.h"

#include "plaintext.h"

#include <QEvent>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTreeView>

namespace duizhao::gui {

CitationsDock::CitationsDock(QWidget *parent)
    : LazyDock(parent)
    , m_model(new CitationsModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("citationsDock"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    retranslate();
}

void CitationsDock::buildContent()
{
    m_view = new QTreeView;
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the paper's order until the user sorts
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(CitationsModel::WorkColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    // The Chinese form is sized once per paper and capped, so a long institutional author cannot
    // squeeze the Work column down to a few letters in a narrow dock; the user can still drag it.
    m_view->header()->setSectionResizeMode(CitationsModel::ChineseColumn, QHeaderView::Interactive);
    for (int column : {CitationsModel::YearColumn, CitationsModel::CountColumn})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    PlainToolTips::install(m_view);
    setWidget(m_view);

    auto activate = [this](const QModelIndex &index) {
        if (!index.isValid() || !index.parent().isValid())
            return; // a work row only expands
        const QModelIndex first = index.siblingAtColumn(0);
        emit occurrenceActivated(first.data(UnitSeqRole).toInt(),
                                 langFromCode(first.data(LangRole).toString()).value_or(Lang::En),
                                 first.data(TextStartRole).toInt(), first.data(TextLengthRole).toInt());
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    sizeChineseColumn();
    retranslate();
}

void CitationsDock::setPaper(const Paper &paper)
{
    m_model->setPaper(paper);
    sizeChineseColumn();
}

void CitationsDock::sizeChineseColumn()
{
    if (!m_view)
        return;
    const int cap = m_view->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 11;
    m_view->resizeColumnToContents(CitationsModel::ChineseColumn);
    if (m_view->header()->sectionSize(CitationsModel::ChineseColumn) > cap)
        m_view->header()->resizeSection(CitationsModel::ChineseColumn, cap);
}

void CitationsDock::showWork(int work, int citation)
{
    const QModelIndex source = m_model->indexForWork(work);
    const QModelIndex index = m_sorted->mapFromSource(source);
    if (!index.isValid())
        return;
    ensureContent();
    if (!isVisible())
        show();
    raise();
    m_view->expand(index);
    QModelIndex select = index;
    // Select the very occurrence that was clicked, if given.
    for (int row = 0; citation >= 0 && row < m_model->rowCount(source); ++row) {
        const QModelIndex child = m_model->index(row, 0, source);
        if (child.data(CitationRole).toInt() == citation)
            select = m_sorted->mapFromSource(child);
    }
    m_view->setCurrentIndex(select);
    m_view->scrollTo(select);
}

void CitationsDock::retranslate()
{
    setWindowTitle(tr("Citations"));
    if (m_view)
        m_view->setAccessibleName(tr("Cited works"));
}

void CitationsDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The column titles: read again when the language changes (the views ask on first paint).
        if (m_view) {
            m_view->header()->headerDataChanged(Qt::Horizontal, 0, CitationsModel::ColumnCount - 1);
            m_view->viewport()->update();
        }
    }
}

} // namespace duizhao::gui
