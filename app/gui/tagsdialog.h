#pragma once

#include <QDialog>

class QTreeWidget;
class QUndoStack;

namespace duizhao {
class AnnotationStore;
}

namespace duizhao::gui {

// The tags: the paper's framework codes (power, order, values, dilemmas, countermeasures) and the
// user's own, with editable colours. Adding, renaming and recolouring can be undone.
class TagsDialog final : public QDialog
{
    Q_OBJECT

public:
    TagsDialog(AnnotationStore &store, QUndoStack &undo, QWidget *parent = nullptr);

private:
    void reload();
    QString currentName() const;
    void addTag();
    void recolour();
    void rename();
    void removeTag();

    AnnotationStore &m_store;
    QUndoStack &m_undo;
    QTreeWidget *m_list;
};

} // namespace duizhao::gui
