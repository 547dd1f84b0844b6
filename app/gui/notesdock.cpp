#include "notesdock.h"

#include "models/alignmentnotesmodel.h"
#include "models/modelroles.h"

#include "plaintext.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>

namespace duizhao::gui {

NotesDock::NotesDock(QWidget *parent)
    : QDockWidget(parent)
    , m_view(new QTreeView)
{
    setObjectName(QStringLiteral("notesDock"));
    auto *model = new AlignmentNotesModel(this);
    m_view->setModel(model);
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
    static_cast<AlignmentNotesModel *>(m_view->model())->setPaper(paper);
}

void NotesDock::retranslate()
{
    setWindowTitle(tr("Alignment Notes"));
    m_view->setAccessibleName(tr("Alignment notes"));
    m_view->header()->headerDataChanged(Qt::Horizontal, 0, AlignmentNotesModel::ColumnCount - 1);
}

void NotesDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_view->viewport()->update();
    }
}

} // namespace duizhao::gui
