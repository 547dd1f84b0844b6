#pragma once

#include "lazydock.h"
#include "models/structuretreemodel.h"

class QLabel;
class QLineEdit;
class QTreeView;
class QComboBox;

namespace duizhao {
class StructureFilterModel;
}

namespace duizhao::gui {

class FrameworkDecorationModel;

// The paper's structure: a filterable tree of parts, sections, subsections and points, each
// marked with the part of the framework it belongs to, and a legend that explains the marks.
class StructureDock final : public LazyDock
{
    Q_OBJECT

public:
    explicit StructureDock(QWidget *parent = nullptr);

    void setPaper(const Paper &paper);
    void setFrameworkLevels(const QHash<int, QString> &levels);
    void setLabels(StructureTreeModel::Labels labels);
    // Selects the node of the unit being read, without asking the reader to move.
    void showUnit(int unitSeq);
    QTreeView *view() { return made(m_view); }
    StructureTreeModel *model() const { return m_model; }

signals:
    void unitActivated(int unitSeq);

protected:
    void buildContent() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildLegend();

    StructureTreeModel *m_model;
    FrameworkDecorationModel *m_decorated;
    StructureFilterModel *m_filter;
    QLineEdit *m_filterEdit = nullptr;
    QTreeView *m_view = nullptr;
    QWidget *m_legend = nullptr;
    int m_unit = 0; // the unit being read, selected once the tree is made
    bool m_following = false;
};

} // namespace duizhao::gui
