#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace duizhao {

class AnnotationStore;

// Undoable new tag: undo() removes it again.
class AddTagCommand final : public QUndoCommand
{
public:
    AddTagCommand(AnnotationStore &store, const Tag &tag, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationStore &m_store;
    Tag m_tag;
};

} // namespace duizhao
