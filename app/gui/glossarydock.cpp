#include "glossarydock.h"

#include "languagemanager.h"
#include "models/glossaryfiltermodel.h"
#include "models/glossarymodel.h"
#include "plaintext.h"
#include "spannavigator.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace duizhao::gui {

GlossaryDock::GlossaryDock(QWidget *parent)
    : LazyDock(parent)
    , m_model(new GlossaryModel(this))
    , m_proxy(new GlossaryFilterModel(this))
{
    setObjectName(QStringLiteral("glossaryDock"));
    m_proxy->setSourceModel(m_model);
    retranslate();
}

void GlossaryDock::buildContent()
{
    m_search = new QLineEdit;
    m_category = new QComboBox;
    m_view = new QTreeView;
    m_details = new QLabel;
    m_navigator = new SpanNavigator;
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(GlossaryModel::TermEn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(GlossaryModel::TermZh, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(GlossaryModel::Occurrences, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(GlossaryModel::Category, true);
    m_view->setColumnHidden(GlossaryModel::Definition, true);
    PlainToolTips::install(m_view);
    m_search->setClearButtonEnabled(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category, 1);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_navigator);
    layout->addWidget(m_details, 1);
    setWidget(content);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &GlossaryFilterModel::setText);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_category->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GlossaryDock::showCurrent);
    connect(m_navigator, &SpanNavigator::spanShown, this, &GlossaryDock::spanShown);
    fillCategories();
    retranslate();
}

QTreeView *GlossaryDock::view()
{
    ensureContent();
    return m_view;
}

QLineEdit *GlossaryDock::searchField()
{
    ensureContent();
    return m_search;
}

SpanNavigator *GlossaryDock::navigator()
{
    ensureContent();
    return m_navigator;
}

void GlossaryDock::load(Library *library, qint64 documentId)
{
    if (library && documentId > 0)
        m_model->load(*library, documentId);
    else
        m_model->setTerms({});
    QSet<QString> categories;
    for (const GlossaryTerm &term : m_model->terms())
        categories.insert(term.category);
    m_categories = QStringList(categories.begin(), categories.end());
    m_categories.sort();
    m_proxy->setCategory(QString());
    if (!m_view)
        return;
    fillCategories();
    m_details->clear();
    m_navigator->clear();
}

void GlossaryDock::fillCategories()
{
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString &category : m_categories)
        m_category->addItem(category, category);
}

const QList<GlossaryTerm> &GlossaryDock::terms() const
{
    return m_model->terms();
}

void GlossaryDock::showCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_details->clear();
        m_navigator->clear();
        return;
    }
    const GlossaryTerm &term = m_model->termAt(m_proxy->mapToSource(index).row());
    const Lang first = LanguageManager::lang();
    const Lang second = first == Lang::En ? Lang::Zh : Lang::En;
    m_details->setText(term.termZh + QStringLiteral(" · ") + term.termEn + u'\n' + term.definition(first) + u'\n' +
                       term.definition(second));
    emit occurrencesSelected(term.occurrences);
    m_navigator->setSpans(term.occurrences);
}

void GlossaryDock::retranslate()
{
    setWindowTitle(tr("Glossary"));
    m_proxy->setLanguage(LanguageManager::lang());
    if (!m_view)
        return;
    m_search->setPlaceholderText(tr("Search terms in English or 中文…"));
    m_view->setAccessibleName(tr("Glossary"));
    if (m_category->count() > 0)
        m_category->setItemText(0, tr("All categories"));
    showCurrent();
}

void GlossaryDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace duizhao::gui
