#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace duizhao {

class AnnotationStore;

// Undoable "add a mark". The first redo() stores it; undo() removes it; a later redo() puts back
// the very same mark (same id, same uuid, same times), so exports made in between stay valid.
// A failed write marks the command obsolete (QUndoStack drops it) and is reported through
// AnnotationStore::failed.
class AddAnnotationCommand final : public QUndoCommand
{
public:
    AddAnnotationCommand(AnnotationStore &store, Annotation annotation, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The stored mark after the first redo() (id 0 before, or when the write failed).
    const Annotation &annotation() const { return m_annotation; }

private:
    AnnotationStore &m_store;
    Annotation m_annotation;
    bool m_stored = false;
};

} // namespace duizhao
