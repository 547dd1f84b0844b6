#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace duizhao {

class AnnotationStore;

// Undoable change of a mark's note, colour or tags. undo() puts back the mark exactly as it was,
// modification time included.
class EditAnnotationCommand final : public QUndoCommand
{
public:
    // `changed` is the stored mark with the new colour, note and tags.
    EditAnnotationCommand(AnnotationStore &store, const Annotation &before, const Annotation &changed,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationStore &m_store;
    Annotation m_before;
    Annotation m_after;
    bool m_done = false;
};

} // namespace duizhao
