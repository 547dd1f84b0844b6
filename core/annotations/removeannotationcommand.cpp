#include "removeannotationcommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace duizhao {

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationStore &store, const Annotation &annotation,
                                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_annotation(annotation)
{
    setText(QCoreApplication::translate("duizhao::AnnotationCommands", "Delete annotation"));
}

void RemoveAnnotationCommand::redo()
{
    if (!m_store.attempt([&] { m_store.remove(m_annotation.id); }))
        setObsolete(true);
}

void RemoveAnnotationCommand::undo()
{
    if (!m_store.attempt([&] { m_store.restore(m_annotation); }))
        setObsolete(true);
}

} // namespace duizhao
