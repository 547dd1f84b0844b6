#include "librarydock.h"

#include "models/documentsmodel.h"
#include "models/modelroles.h"

#include "plaintext.h"
#include <QDir>

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace duizhao::gui {

LibraryDock::LibraryDock(QWidget *parent)
    : LazyDock(parent)
    , m_model(new DocumentsModel(this))
{
    setObjectName(QStringLiteral("libraryDock"));
    retranslate();
}

void LibraryDock::buildContent()
{
    m_path = new QLabel;
    m_view = new QTreeView;
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(DocumentsModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_path->setForegroundRole(QPalette::PlaceholderText);
    m_path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path->setTextFormat(Qt::PlainText);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_path);
    layout->addWidget(m_view, 1);
    PlainToolTips::install(m_view);
    setWidget(content);

    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit documentActivated(index.data(DocumentIdRole).toLongLong());
    });
    selectCurrent();
    retranslate();
}

void LibraryDock::setLibrary(const Library *library, qint64 current)
{
    m_libraryPath = library ? library->path() : QString();
    m_current = current;
    m_model->setLibrary(library);
    selectCurrent();
    retranslate();
}

void LibraryDock::selectCurrent()
{
    // Only a list that is shown reads up to the current paper; a hidden one reads its first page.
    if (!m_view)
        return;
    const QModelIndex index = m_model->fetchDocument(m_current);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void LibraryDock::retranslate()
{
    setWindowTitle(tr("Library"));
    if (!m_view)
        return;
    m_path->setText(m_libraryPath.isEmpty() ? tr("No library open") : QDir::toNativeSeparators(m_libraryPath));
    m_view->setAccessibleName(tr("Papers in the library"));
    m_view->setToolTip(tr("Double-click a paper to open it. Import more with File → Import Paper… or by dropping "
                          ".txt files on the window."));
}

void LibraryDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The column titles: read again when the language changes (the views ask on first paint).
        if (m_view)
            m_view->header()->headerDataChanged(Qt::Horizontal, 0, DocumentsModel::ColumnCount - 1);
    }
}

} // namespace duizhao::gui
