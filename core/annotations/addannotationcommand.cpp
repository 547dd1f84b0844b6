#include "addannotationcommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace duizhao {

AddAnnotationCommand::AddAnnotationCommand(AnnotationStore &store, Annotation annotation, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_annotation(std::move(annotation))
{
    setText(m_annotation.isUnitScope()
                ? QCoreApplication::translate("duizhao::AnnotationCommands", "Code unit %1").arg(m_annotation.unitSeq)
                : QCoreApplication::translate("duizhao::AnnotationCommands", "Highlight in unit %1")
                      .arg(m_annotation.unitSeq));
}

void AddAnnotationCommand::redo()
{
    if (!m_store.attempt([&] {
            if (m_stored)
                m_store.restore(m_annotation);
            else
                m_annotation = m_store.add(m_annotation);
            m_stored = true;
        }))
        setObsolete(true);
}

void AddAnnotationCommand::undo()
{
    if (!m_store.attempt([&] { m_store.remove(m_annotation.id); }))
        setObsolete(true);
}

} // namespace duizhao
