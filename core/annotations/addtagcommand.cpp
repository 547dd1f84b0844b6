#include "addtagcommand.h"

#include "annotationstore.h"

#include <QCoreApplication>

namespace duizhao {

AddTagCommand::AddTagCommand(AnnotationStore &store, const Tag &tag, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("duizhao::AnnotationCommands", "Add Tag %1").arg(tag.name), parent)
    , m_store(store)
    , m_tag(tag)
{}

void AddTagCommand::redo()
{
    if (!m_store.attempt([this] { m_tag = m_store.addTag(m_tag); }))
        setObsolete(true);
}

void AddTagCommand::undo()
{
    m_store.attempt([this] { m_store.removeTag(m_tag.name); });
}

} // namespace duizhao
