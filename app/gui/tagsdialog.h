#pragma once

#include <QDialog>

class QTreeWidget;

namespace duizhao {
class AnnotationController;
class AnnotationStore;
} // namespace duizhao

namespace duizhao::gui {

// The tags: the paper's framework codes (power, order, values, dilemmas, countermeasures) and the
// user's own, with editable colours. Adding, renaming and recolouring can be undone.
class TagsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit TagsDialog(AnnotationController &annotations, QWidget *parent = nullptr);

private:
    void reload();
    QString currentName() const;
    void addTag();
    void recolour();
    void rename();
    void removeTag();

    AnnotationController &m_annotations;
    AnnotationStore &m_store; // the controller's, for reading
    QTreeWidget *m_list;
};

} // namespace duizhao::gui
