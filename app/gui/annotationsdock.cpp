#include "annotationsdock.h"

#include "annotationdialog.h"
#include "annotations/annotationfilterproxy.h"
#include "annotations/annotationpalette.h"
#include "annotations/annotationsmodel.h"
#include "annotations/annotationstore.h"
#include "filterpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTreeView>

namespace duizhao::gui {

namespace {

// Rows two lines tall: a quote, a note and tags wrap onto a second line instead of being cut
// to a few letters in a narrow panel; what is longer still ends in "…" (the tooltip has it all).
class TwoLineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics metrics(option.font);
        size.setHeight(std::max(size.height(), 2 * metrics.lineSpacing() + metrics.height() / 2));
        return size;
    }
};

} // namespace

AnnotationsDock::AnnotationsDock(QWidget *parent)
    : LazyDock(parent)
    , m_proxy(new AnnotationFilterProxy(this))
{
    setObjectName(QStringLiteral("annotationsDock"));
    retranslate();
}

void AnnotationsDock::buildContent()
{
    m_panel = new FilterPanel(m_proxy);
    m_tag = m_panel->addChoice(0, 0);
    m_color = m_panel->addChoice(0, 1);
    m_language = m_panel->addChoice(1, 0);
    m_section = m_panel->addChoice(1, 1);
    m_text = m_panel->addText(2, 0, 2);
    m_view = m_panel->view();
    m_panel->addList(1);
    setWidget(m_panel);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_view->setWordWrap(true);
    m_view->setItemDelegate(new TwoLineDelegate(m_view));
    m_view->setTextElideMode(Qt::ElideRight);
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->setMinimumContentsLength(12);

    connect(m_panel, &FilterPanel::filtersChanged, this, &AnnotationsDock::applyFilters);
    auto activate = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        emit annotationActivated(
            index.data(AnnotationsModel::IdRole).toLongLong(), index.data(AnnotationsModel::UnitSeqRole).toInt(),
            index.data(AnnotationsModel::LangRole).toString(), index.data(AnnotationsModel::StartRole).toInt(),
            index.data(AnnotationsModel::LengthRole).toInt());
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit editRequested(index.data(AnnotationsModel::IdRole).toLongLong());
    });
    setUpColumns();
    rebuildSections();
    retranslate();
}

void AnnotationsDock::setStore(AnnotationStore *store)
{
    m_store = store;
    m_proxy->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
    if (store) {
        m_model = new AnnotationsModel(*store, this);
        m_model->setDocument(m_documentId);
        m_proxy->setSourceModel(m_model);
        connect(store, &AnnotationStore::tagsChanged, this, &AnnotationsDock::reloadTags);
    }
    setUpColumns();
    reloadTags();
}

void AnnotationsDock::setUpColumns()
{
    if (!m_view || !m_model)
        return;
    // The language shows in the quote itself (and the filter above chooses it); the colour too.
    m_view->setColumnHidden(AnnotationsModel::LanguageColumn, true);
    m_view->setColumnHidden(AnnotationsModel::ModifiedColumn, true);
    m_view->setColumnHidden(AnnotationsModel::ColorColumn, true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(AnnotationsModel::UnitColumn, QHeaderView::ResizeToContents);
    for (int column :
         {int(AnnotationsModel::QuoteColumn), int(AnnotationsModel::NoteColumn), int(AnnotationsModel::TagsColumn)})
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    shareColumns();
}

void AnnotationsDock::shareColumns()
{
    if (!m_view || !m_model)
        return;
    // What the unit number leaves goes to the quote most, then the note, then the tags; every
    // column stays in view however narrow the panel.
    QHeaderView *header = m_view->header();
    const int room = m_view->viewport()->width() - header->sectionSize(AnnotationsModel::UnitColumn);
    if (room <= 0)
        return;
    const int quote = room * 11 / 20;
    const int note = room * 5 / 20;
    header->resizeSection(AnnotationsModel::QuoteColumn, quote);
    header->resizeSection(AnnotationsModel::NoteColumn, note);
    header->resizeSection(AnnotationsModel::TagsColumn, room - quote - note);
}

void AnnotationsDock::setPaper(qint64 documentId, const Paper &paper)
{
    m_documentId = documentId;
    m_paper = paper;
    if (m_model)
        m_model->setDocument(documentId);
    rebuildSections();
}

void AnnotationsDock::select(qint64 annotationId)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(annotationId);
    if (row < 0)
        return;
    ensureContent();
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        m_panel->clearFilters(); // filtered out: show everything so the mark can be seen
    const QModelIndex visible = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!isVisible())
        show();
    raise();
    m_view->setCurrentIndex(visible);
    m_view->scrollTo(visible);
}

void AnnotationsDock::reloadTags()
{
    if (!m_view)
        return;
    QList<FilterPanel::Choice> tags;
    if (m_store) {
        for (const Tag &tag : m_store->tags())
            tags.append({tag.displayName(), tag.name, {}});
    }
    FilterPanel::setChoices(m_tag, tr("All tags"), tags);
}

void AnnotationsDock::rebuildSections()
{
    if (!m_view)
        return;
    const QSignalBlocker blocker(m_section);
    m_section->clear();
    m_section->addItem(tr("The whole paper"), QPoint(0, 0));
    const int units = int(m_paper.units.size());
    for (int i = 0; i < m_paper.nodes.size(); ++i) {
        const TreeNode &node = m_paper.nodes[i];
        if (!isHeadingKind(node.kind))
            continue;
        // A heading reaches to the next heading at its depth or above.
        int last = units;
        for (int j = i + 1; j < m_paper.nodes.size(); ++j) {
            if (isHeadingKind(m_paper.nodes[j].kind) && m_paper.nodes[j].depth <= node.depth) {
                last = m_paper.nodes[j].unitSeq - 1;
                break;
            }
        }
        const QString label =
            QString(node.depth * 2, u' ') + QStringList{node.numberEn, node.labelEn}.join(u' ').trimmed();
        m_section->addItem(label, QPoint(node.unitSeq, last));
    }
    applyFilters();
}

void AnnotationsDock::applyFilters()
{
    m_proxy->setTag(m_tag->currentData().toString());
    m_proxy->setColor(m_color->currentData().toString());
    const QString lang = m_language->currentData().toString();
    m_proxy->setLanguage(langFromCode(lang));
    const QPoint range = m_section->currentData().toPoint();
    m_proxy->setUnitRange(range.x(), range.y());
    m_proxy->setText(m_text->text());
}

void AnnotationsDock::retranslate()
{
    setWindowTitle(tr("Annotations"));
    if (!m_view)
        return;
    m_text->setPlaceholderText(tr("Filter by words, note or tag…"));
    m_view->setAccessibleName(tr("Annotations"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_color->setAccessibleName(tr("Filter by colour"));
    m_language->setAccessibleName(tr("Filter by language"));
    m_section->setAccessibleName(tr("Filter by section"));
    QList<FilterPanel::Choice> colors;
    for (const AnnotationPalette::Entry &entry : AnnotationPalette::entries()) {
        QPixmap pixmap(12, 12);
        pixmap.fill(QColor(QString::fromLatin1(entry.hex)));
        colors.append({AnnotationDialog::colorName(QString::fromLatin1(entry.name)), QString::fromLatin1(entry.hex),
                       QIcon(pixmap)});
    }
    FilterPanel::setChoices(m_color, tr("All colours"), colors);
    FilterPanel::setChoices(m_language, tr("Both languages"),
                            {{tr("English"), QStringLiteral("en"), {}}, {tr("Chinese"), QStringLiteral("zh"), {}}});
    reloadTags();
    if (m_section->count() > 0)
        m_section->setItemText(0, tr("The whole paper"));
}

void AnnotationsDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool AnnotationsDock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize)
        shareColumns();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && m_view->currentIndex().isValid()) {
            emit removeRequested(m_view->currentIndex().data(AnnotationsModel::IdRole).toLongLong());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace duizhao::gui
