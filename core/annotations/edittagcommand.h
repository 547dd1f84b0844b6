#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace duizhao {

class AnnotationStore;

// Undoable change of a tag's name, Chinese name or colour (the marks carrying it follow).
class EditTagCommand final : public QUndoCommand
{
public:
    EditTagCommand(AnnotationStore &store, const Tag &before, const Tag &after, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationStore &m_store;
    Tag m_before;
    Tag m_after;
};

} // namespace duizhao
