#include "structuredock.h"

#include "frameworkstyle.h"
#include "languagemanager.h"
#include "models/modelroles.h"
#include "models/structurefiltermodel.h"

#include "plaintext.h"

#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace duizhao::gui {

// Adds the framework icon to each node of the structure tree.
class FrameworkDecorationModel final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DecorationRole) {
            const QString level = QIdentityProxyModel::data(index, FrameworkLevelRole).toString();
            if (level.isEmpty())
                return {};
            auto it = m_icons.find(level);
            if (it == m_icons.end())
                it = m_icons.insert(level, FrameworkStyle::icon(level));
            return *it;
        }
        if (role == Qt::ToolTipRole) {
            const QString level = QIdentityProxyModel::data(index, FrameworkLevelRole).toString();
            const QString tip = QIdentityProxyModel::data(index, role).toString();
            return level.isEmpty() ? tip : tip + u'\n' + FrameworkStyle::name(level);
        }
        return QIdentityProxyModel::data(index, role);
    }

private:
    mutable QHash<QString, QIcon> m_icons;
};

StructureDock::StructureDock(QWidget *parent)
    : LazyDock(parent)
    , m_model(new StructureTreeModel(this))
    , m_decorated(new FrameworkDecorationModel(this))
    , m_filter(new StructureFilterModel(this))
{
    setObjectName(QStringLiteral("structureDock"));
    m_decorated->setSourceModel(m_model);
    m_filter->setSourceModel(m_decorated);
    retranslate();
}

void StructureDock::buildContent()
{
    m_filterEdit = new QLineEdit;
    m_view = new QTreeView;
    m_legend = new QWidget;
    m_legend->setObjectName(QStringLiteral("frameworkLegend"));
    m_filterEdit->setClearButtonEnabled(true);
    m_view->setModel(m_filter);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setIconSize(QSize(14, 14));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    PlainToolTips::install(m_view);
    setWidget(content);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterText(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    auto activate = [this](const QModelIndex &index) {
        if (!m_following && index.isValid())
            emit unitActivated(index.data(UnitSeqRole).toInt());
    };
    connect(m_view, &QTreeView::clicked, this, activate);
    connect(m_view, &QTreeView::activated, this, activate);
    retranslate();
}

void StructureDock::setPaper(const Paper &paper)
{
    m_model->setPaper(paper);
    if (m_view)
        m_view->expandToDepth(1);
}

void StructureDock::setFrameworkLevels(const QHash<int, QString> &levels)
{
    m_model->setFrameworkLevels(levels);
    if (!m_view)
        return;
    m_view->expandToDepth(1);
    rebuildLegend();
}

void StructureDock::setLabels(StructureTreeModel::Labels labels)
{
    m_model->setLabels(labels);
    if (!m_view)
        return;
    m_view->expandToDepth(1);
    const int unit = m_unit;
    m_unit = 0;
    showUnit(unit);
}

void StructureDock::showUnit(int unitSeq)
{
    if (!m_view) {
        m_unit = unitSeq;
        return;
    }
    const QModelIndex source = m_model->indexForUnit(unitSeq);
    const QModelIndex index = m_filter->mapFromSource(m_decorated->mapFromSource(source));
    m_unit = unitSeq;
    if (!index.isValid() || index == m_view->currentIndex())
        return;
    m_following = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_following = false;
}

void StructureDock::rebuildLegend()
{
    delete m_legend->layout();
    qDeleteAll(m_legend->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    auto *grid = new QGridLayout(m_legend);
    grid->setContentsMargins(2, 4, 2, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    int row = 0;
    for (const QString &level : FrameworkStyle::levels()) {
        auto *icon = new QLabel;
        icon->setPixmap(FrameworkStyle::icon(level).pixmap(12, 12));
        auto *name = new QLabel(FrameworkStyle::name(level));
        name->setForegroundRole(QPalette::PlaceholderText);
        QFont small = name->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        name->setFont(small);
        grid->addWidget(icon, row, 0);
        grid->addWidget(name, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    m_legend->setAccessibleName(tr("Legend of the framework marks"));
    // A paper without a framework has no marks to explain.
    m_legend->setVisible(m_model->hasFrameworkLevels());
}

void StructureDock::retranslate()
{
    m_model->setChineseFirst(LanguageManager::current() == u"zh_CN");
    setWindowTitle(tr("Structure"));
    if (!m_view)
        return;
    m_view->expandToDepth(1);
    const int unit = m_unit;
    m_unit = 0;
    showUnit(unit);
    m_filterEdit->setPlaceholderText(tr("Filter sections…"));
    m_filterEdit->setAccessibleName(tr("Filter the structure"));
    m_view->setAccessibleName(tr("Structure of the paper"));
    rebuildLegend();
}

void StructureDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_view)
            m_view->viewport()->update();
    }
}

} // namespace duizhao::gui
