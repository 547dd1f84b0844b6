#include "notesdock.h"

#include "models/alignmentnotesmodel.h"
#include "models/modelroles.h"

#include "plaintext.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

namespace duizhao::gui {

NotesDock::NotesDock(QWidget *parent)
    : LazyDock(parent)
    , m_model(new AlignmentNotesModel(this))
{
    setObjectName(QStringLiteral("notesDock"));
    retranslate();
}

void NotesDock::buildContent()
{
    m_view = new QTreeView;
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(AlignmentNotesModel::UnitColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AlignmentNotesModel::KindColumn, QHeaderView::ResizeToContents);
    PlainToolTips::install(m_view);
    setWidget(m_view);
    auto activate = [this](const QModelIndex &index) {
        if (index.isValid())
            emit unitActivated(index.data(UnitSeqRole).toInt());
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    retranslate();
}

void NotesDock::setPaper(const Paper &paper)
{
    m_model->setPaper(paper);
}

void NotesDock::retranslate()
{
    setWindowTitle(tr("Alignment Notes"));
    if (!m_view)
        return;
    m_view->setAccessibleName(tr("Alignment notes"));
}

void NotesDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The column titles: read again when the language changes (the views ask on first paint).
        if (m_view) {
            m_view->header()->headerDataChanged(Qt::Horizontal, 0, AlignmentNotesModel::ColumnCount - 1);
            m_view->viewport()->update();
        }
    }
}

} // namespace duizhao::gui
