#pragma once

#include "annotations/annotation.h"

#include <QUndoCommand>

namespace duizhao {
class AnnotationStore;
}

namespace duizhao::gui {

// Undoable change of a tag's name, Chinese name or colour (the marks carrying it follow).
class EditTagCommand final : public QUndoCommand
{
public:
    EditTagCommand(AnnotationStore &store, const Tag &before, const Tag &after);
    void redo() override;
    void undo() override;

private:
    AnnotationStore &m_store;
    Tag m_before;
    Tag m_after;
};

// Undoable new tag.
class AddTagCommand final : public QUndoCommand
{
public:
    AddTagCommand(AnnotationStore &store, const Tag &tag);
    void redo() override;
    void undo() override;

private:
    AnnotationStore &m_store;
    Tag m_tag;
};

} // namespace duizhao::gui
