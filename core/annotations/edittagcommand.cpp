#include "edittagcommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace duizhao {

EditTagCommand::EditTagCommand(AnnotationStore &store, const Tag &before, const Tag &after, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("duizhao::AnnotationCommands", "Edit Tag %1").arg(before.name), parent)
    , m_store(store)
    , m_before(before)
    , m_after(after)
{}

void EditTagCommand::redo()
{
    if (!m_store.attempt([this] { m_store.updateTag(m_before.name, m_after); }))
        setObsolete(true);
}

void EditTagCommand::undo()
{
    m_store.attempt([this] { m_store.updateTag(m_after.name, m_before); });
}

} // namespace duizhao
