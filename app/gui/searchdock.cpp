#include "searchdock.h"

#include "markedtextdelegate.h"
#include "models/modelroles.h"
#include "models/searchresultsmodel.h"

#include "plaintext.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace duizhao::gui {

namespace {
QLabel *stateLabel()
{
    auto *label = new QLabel;
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setMargin(16);
    label->setTextFormat(Qt::PlainText); // the no-results page quotes the query
    return label;
}
} // namespace

SearchDock::SearchDock(QWidget *parent)
    : LazyDock(parent)
    , m_model(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("searchDock"));
    retranslate();
}

void SearchDock::buildContent()
{
    m_pages = new QStackedWidget;
    m_emptyLabel = stateLabel();
    m_noResultsLabel = stateLabel();
    m_summary = new QLabel;
    m_view = new QTreeView;
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegateForColumn(SearchResultsModel::SnippetColumn, new MarkedTextDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(SearchResultsModel::UnitColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(SearchResultsModel::LanguageColumn, QHeaderView::ResizeToContents);

    auto *results = new QWidget;
    auto *layout = new QVBoxLayout(results);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    m_pages->addWidget(m_emptyLabel);
    m_pages->addWidget(results);
    m_pages->addWidget(m_noResultsLabel);
    PlainToolTips::install(m_view);
    setWidget(m_pages);

    connect(m_view, &QTreeView::activated, this, &SearchDock::activate);
    connect(m_view, &QTreeView::clicked, this, &SearchDock::activate);
    retranslate();
}

void SearchDock::addBatch(const QString &query, int offset, const QList<SearchHit> &hits)
{
    if (offset > 0 && m_streaming && m_model->query() == query && m_model->hits().size() == offset) {
        m_model->appendResults(hits);
    } else {
        m_model->setResults(query, hits);
        m_streaming = true;
    }
    m_state = m_model->hits().isEmpty() ? State::NoResults : State::Results;
    showState();
}

void SearchDock::setResults(const QString &query, const QList<SearchHit> &hits)
{
    // The batches already brought these hits: the rows, the selection and the scroll stay.
    const bool streamed =
        std::exchange(m_streaming, false) && m_model->query() == query && m_model->hits().size() == hits.size();
    if (!streamed)
        m_model->setResults(query, hits);
    m_state = hits.isEmpty() ? State::NoResults : State::Results;
    showState();
}

void SearchDock::clear()
{
    m_streaming = false;
    m_model->setResults(QString(), {});
    m_state = State::Empty;
    showState();
}

void SearchDock::showState()
{
    if (!m_pages)
        return;
    switch (m_state) {
    case State::Empty:
        m_pages->setCurrentIndex(0);
        break;
    case State::Results:
        m_summary->setText(tr("Hits for “%1”: %2").arg(m_model->query()).arg(m_model->hits().size()));
        m_pages->setCurrentIndex(1);
        break;
    case State::NoResults:
        m_noResultsLabel->setText(tr("No results for “%1”.\nSearch looks for every word in either language; "
                                     "try fewer words, a prefix like decoupl*, or the Chinese term.")
                                      .arg(m_model->query()));
        m_pages->setCurrentIndex(2);
        break;
    }
}

SearchDock::State SearchDock::state() const
{
    return m_state;
}

bool SearchDock::step(int direction)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return false;
    ensureContent();
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : (direction > 0 ? -1 : rows);
    const int next = ((current + direction) % rows + rows) % rows;
    const QModelIndex index = m_model->index(next, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    activate(index);
    return true;
}

void SearchDock::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    emit hitActivated(first.data(UnitSeqRole).toInt(), langFromCode(first.data(LangRole).toString()).value_or(Lang::En),
                      first.data(TextStartRole).toInt(), first.data(TextLengthRole).toInt());
}

void SearchDock::retranslate()
{
    setWindowTitle(tr("Search Results"));
    if (!m_view)
        return;
    m_emptyLabel->setText(tr("Type in the search field (Ctrl+F) to search the English and the Chinese.\n"
                             "Try 脱钩, “small yard”, decoupl* or 芯片 OR chips."));
    m_view->setAccessibleName(tr("Search results"));
    showState();
}

void SearchDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The column titles: read again when the language changes (the views ask on first paint).
        if (m_view)
            m_view->header()->headerDataChanged(Qt::Horizontal, 0, SearchResultsModel::ColumnCount - 1);
    }
}

} // namespace duizhao::gui
