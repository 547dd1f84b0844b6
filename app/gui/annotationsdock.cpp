#include "annotationsdock.h"

#include "annotationdialog.h"
#include "annotations/annotationfilterproxy.h"
#include "annotations/annotationpalette.h"
#include "annotations/annotationsmodel.h"
#include "annotations/annotationstore.h"
#include "plaintext.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace duizhao::gui {

AnnotationsDock::AnnotationsDock(QWidget *parent)
    : LazyDock(parent)
    , m_proxy(new AnnotationFilterProxy(this))
{
    setObjectName(QStringLiteral("annotationsDock"));
    retranslate();
}

void AnnotationsDock::buildContent()
{
    m_tag = new QComboBox;
    m_color = new QComboBox;
    m_language = new QComboBox;
    m_section = new QComboBox;
    m_text = new QLineEdit;
    m_view = new QTreeView;
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->installEventFilter(this);
    PlainToolTips::install(m_view);
    m_text->setClearButtonEnabled(true);
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->setMinimumContentsLength(12);

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_tag, 0, 0);
    filters->addWidget(m_color, 0, 1);
    filters->addWidget(m_language, 1, 0);
    filters->addWidget(m_section, 1, 1);
    filters->addWidget(m_text, 2, 0, 1, 2);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    setWidget(content);

    for (QComboBox *box : {m_tag, m_color, m_language, m_section})
        connect(box, &QComboBox::currentIndexChanged, this, &AnnotationsDock::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &AnnotationsDock::applyFilters);
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

QTreeView *AnnotationsDock::view()
{
    ensureContent();
    return m_view;
}

QComboBox *AnnotationsDock::tagFilter()
{
    ensureContent();
    return m_tag;
}

QLineEdit *AnnotationsDock::textFilter()
{
    ensureContent();
    return m_text;
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
    // Quote and note share what the dock leaves; a narrow dock scrolls no column out of view.
    m_view->header()->setSectionResizeMode(AnnotationsModel::QuoteColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(AnnotationsModel::NoteColumn, QHeaderView::Stretch);
    m_view->header()->resizeSection(AnnotationsModel::TagsColumn,
                                    m_view->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 10);
    m_view->header()->setStretchLastSection(false);
    for (int column : {int(AnnotationsModel::UnitColumn), int(AnnotationsModel::LanguageColumn)})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setColumnHidden(AnnotationsModel::ModifiedColumn, true);
    m_view->setColumnHidden(AnnotationsModel::ColorColumn, true); // the quote shows the colour
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
    if (!index.isValid()) {
        // Filtered out: show everything so the mark can be seen.
        m_tag->setCurrentIndex(0);
        m_color->setCurrentIndex(0);
        m_language->setCurrentIndex(0);
        m_section->setCurrentIndex(0);
        m_text->clear();
    }
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
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    if (m_store) {
        for (const Tag &tag : m_store->tags())
            m_tag->addItem(tag.displayName(), tag.name);
    }
    const int index = m_tag->findData(current);
    m_tag->setCurrentIndex(index >= 0 ? index : 0);
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
    {
        const QSignalBlocker blocker(m_color);
        const int current = m_color->currentIndex();
        m_color->clear();
        m_color->addItem(tr("All colours"), QString());
        for (const AnnotationPalette::Entry &entry : AnnotationPalette::entries()) {
            QPixmap pixmap(12, 12);
            pixmap.fill(QColor(QString::fromLatin1(entry.hex)));
            m_color->addItem(QIcon(pixmap), AnnotationDialog::colorName(QString::fromLatin1(entry.name)),
                             QString::fromLatin1(entry.hex));
        }
        m_color->setCurrentIndex(std::max(0, current));
    }
    {
        const QSignalBlocker blocker(m_language);
        const int current = m_language->currentIndex();
        m_language->clear();
        m_language->addItem(tr("Both languages"), QString());
        m_language->addItem(tr("English"), QStringLiteral("en"));
        m_language->addItem(tr("Chinese"), QStringLiteral("zh"));
        m_language->setCurrentIndex(std::max(0, current));
    }
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
