#include "editannotationcommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace duizhao {

EditAnnotationCommand::EditAnnotationCommand(AnnotationStore &store, const Annotation &before,
                                             const Annotation &changed, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(before)
    , m_after(changed)
{
    setText(QCoreApplication::translate("duizhao::AnnotationCommands", "Edit annotation"));
}

void EditAnnotationCommand::redo()
{
    if (!m_store.attempt([&] {
            // The first time it is an edit (new modification time); after an undo the same edit comes back.
            if (m_done)
                m_store.restore(m_after);
            else
                m_after = m_store.update(m_after);
            m_done = true;
        }))
        setObsolete(true);
}

void EditAnnotationCommand::undo()
{
    if (!m_store.attempt([&] { m_store.restore(m_before); }))
        setObsolete(true);
}

} // namespace duizhao
