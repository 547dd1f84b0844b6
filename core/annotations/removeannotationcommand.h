#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace duizhao {

class AnnotationStore;

// Undoable removal of a mark; undo() restores it with its id, uuid, tags and times.
class RemoveAnnotationCommand final : public QUndoCommand
{
public:
    RemoveAnnotationCommand(AnnotationStore &store, const Annotation &annotation, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    AnnotationStore &m_store;
    Annotation m_annotation;
};

} // namespace duizhao
