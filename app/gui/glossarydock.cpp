#include "glossarydock.h"

#include "filterpanel.h"
#include "languagemanager.h"
#include "models/glossaryfiltermodel.h"
#include "models/glossarymodel.h"
#include "spannavigator.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTreeView>

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
    auto *panel = new FilterPanel(m_proxy);
    m_search = panel->addText(0, 0);
    m_category = panel->addChoice(0, 1);
    panel->setColumnStretch(0, 2);
    panel->setColumnStretch(1, 1);
    m_view = panel->view();
    panel->addList(3);
    m_navigator = new SpanNavigator;
    panel->addBelow(m_navigator);
    m_details = panel->addDetails(1);
    setWidget(panel);

    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(GlossaryModel::TermEn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(GlossaryModel::TermZh, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(GlossaryModel::Occurrences, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(GlossaryModel::Category, true);
    m_view->setColumnHidden(GlossaryModel::Definition, true);

    connect(panel, &FilterPanel::filtersChanged, this, [this] {
        m_proxy->setText(m_search->text());
        m_proxy->setCategory(m_category->currentData().toString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GlossaryDock::showCurrent);
    connect(m_navigator, &SpanNavigator::spanShown, this, &GlossaryDock::spanShown);
    fillCategories();
    retranslate();
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
